// Shared pieces of the fetch tests: a scratch data directory, running the dyad CLI in
// process, a tiny BACI release zip, and reading a pair's figure back from the store.
#pragma once

#include <gtest/gtest.h>
#include <zip.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "base/files.h"
#include "base/strings.h"
#include "cli/app.h"
#include "reference/countries.h"
#include "temp_dir.h"
#include "store/store.h"

namespace dyad::fetch::testing {

namespace fs = std::filesystem;

struct CliResult {
  int code = 0;
  std::string out, err;
};

class FetchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // Requests to the test server must never go through a proxy of the machine.
    setenv("no_proxy", "127.0.0.1,localhost", 1);
    setenv("NO_PROXY", "127.0.0.1,localhost", 1);
    dir_ = tmp_.path();
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path Data() const { return dir_ / "data"; }

  CliResult Dyad(std::vector<std::string> args) {
    std::vector<std::string> all = {"dyad", "--data", Data().string(), "--quiet"};
    all.insert(all.end(), args.begin(), args.end());
    std::vector<const char*> argv;
    for (const auto& a : all) argv.push_back(a.c_str());
    std::ostringstream out, err;
    CliResult r;
    r.code = cli::RunCli(static_cast<int>(argv.size()), argv.data(), out, err);
    r.out = out.str();
    r.err = err.str();
    return r;
  }

  // The dataset as stored now (nullptr when missing); `snap_` keeps it alive.
  const store::Dataset* Find(const std::string& dataset) {
    auto s = store::Store::Open(Data());
    if (!s.ok()) return nullptr;
    auto snap = (*s)->OpenSnapshot();
    if (!snap.ok()) return nullptr;
    snap_ = *snap;
    return snap_->FindDataset(dataset);
  }
  static uint16_t Index(const char* code) { return reference::Countries::Builtin().FindByCode(code)->index; }

  // The value in USD of `year` exporter -> importer in `dataset`, or -1.
  int64_t Value(const std::string& dataset, int year, const char* exporter, const char* importer,
                store::Side side) {
    const store::Dataset* d = Find(dataset);
    if (d == nullptr) return -1;
    auto f = d->PairYear(static_cast<uint16_t>(year), Index(exporter), Index(importer), side);
    return f ? f->value_usd : -1;
  }

  // A reporter's declared total with a partner: exports (X) or imports (M), or -1.
  int64_t Declared(const std::string& dataset, int year, const char* reporter, const char* partner, bool exports) {
    const store::Dataset* d = Find(dataset);
    if (d == nullptr) return -1;
    for (const auto& a : d->aggregates()) {
      if (a.year == year && a.reporter == Index(reporter) && a.partner == Index(partner)) {
        auto v = exports ? a.exports_usd : a.imports_usd;
        return v ? *v : -1;
      }
    }
    return -1;
  }

  std::shared_ptr<const store::Snapshot> snap_;
  dyad::testing::TempDir tmp_{"dyad-fetch"};
  fs::path dir_;
};

inline void AddToZip(zip_t* z, const std::string& name, const std::string& bytes) {
  char* copy = static_cast<char*>(malloc(bytes.size()));
  memcpy(copy, bytes.data(), bytes.size());
  zip_source_t* src = zip_source_buffer(z, copy, bytes.size(), 1);
  zip_file_add(z, name.c_str(), src, ZIP_FL_OVERWRITE);
}

// A BACI-style release: two yearly files, product codes, and `padding` bytes of noise
// (a readme that does not compress) so that a download takes several reads.
inline std::string MakeBaciZip(const fs::path& scratch, const std::string& vintage, const std::string& y2021,
                               const std::string& y2022, size_t padding) {
  fs::path p = scratch / ("release_" + vintage + ".zip");
  int err = 0;
  zip_t* z = zip_open(p.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  AddToZip(z, "BACI_HS17_Y2021_" + vintage + ".csv", y2021);
  AddToZip(z, "BACI_HS17_Y2022_" + vintage + ".csv", y2022);
  AddToZip(z, "product_codes_HS17_" + vintage + ".csv", "code,description\n270900,Crude petroleum\n");
  std::mt19937 rng(42);
  std::string noise(padding, '\0');
  for (char& c : noise) c = static_cast<char>(rng());
  AddToZip(z, "Readme.bin", noise);
  zip_close(z);
  auto bytes = ReadFile(p);
  return bytes.ok() ? *bytes : "";
}

}  // namespace dyad::fetch::testing
