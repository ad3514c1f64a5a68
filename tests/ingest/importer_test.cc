// End-to-end importer tests against a real store in a temporary directory.
#include "ingest/importer.h"

#include <gtest/gtest.h>
#include <zip.h>

#include <cmath>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "base/files.h"
#include "ingest/knowledge.h"
#include "ingest/synth.h"
#include "reference/countries.h"
#include "temp_dir.h"

namespace dyad::ingest {
namespace {

namespace fs = std::filesystem;

class ImporterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = tmp_.path();
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    auto s = store::Store::Open(dir_ / "data");
    ASSERT_TRUE(s.ok()) << s.status().message();
    store_ = std::move(*s);
  }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path Write(const std::string& name, const std::string& text) {
    fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << text;
    return p;
  }

  Result<ImportSummary> Import(ImportFormat format, std::vector<fs::path> files, bool lenient = false,
                               std::string dataset = "") {
    ImportRequest req;
    req.format = format;
    req.files = std::move(files);
    req.lenient = lenient;
    req.dataset = dataset;
    return RunImport(*store_, req);
  }

  std::shared_ptr<const store::Snapshot> Snap() {
    auto s = store_->OpenSnapshot();
    EXPECT_TRUE(s.ok());
    return *s;
  }

  static uint16_t Index(const char* code) {
    return reference::Countries::Builtin().FindByCode(code)->index;
  }

  dyad::testing::TempDir tmp_{"dyad-importer"};
  fs::path dir_;
  std::unique_ptr<store::Store> store_;
};

constexpr char kSmall2022[] =
    "t,i,j,k,v,q\n"
    "2022,398,762,010121,1.234,0.5\n"
    "2022,398,762,270900,100,NA\n"
    "2022,762,398,520100,55.5,12\n";
constexpr char kSmall2021[] =
    "t,i,j,k,v,q\n"
    "2021,398,762,010121,2,1\n";

TEST_F(ImporterTest, BaciYearlyFilesMergeAndReimportIsUnchanged) {
  auto a = Write("BACI_HS17_Y2022_V202401.csv", kSmall2022);
  auto r = Import(ImportFormat::kBaci, {a});
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->dataset, "baci-hs17");
  EXPECT_EQ(r->product_rows, 3u);
  auto snap = Snap();
  const store::Dataset* d = snap->FindDataset("baci-hs17");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->info().vintage, "V202401");
  EXPECT_EQ(d->info().hs_edition, "HS17");
  EXPECT_EQ(d->info().kind, store::SourceKind::kBaci);
  EXPECT_FALSE(d->info().synthetic);
  auto kaz_tjk = d->PairYear(2022, Index("KAZ"), Index("TJK"), store::Side::kReconciled);
  ASSERT_TRUE(kaz_tjk.has_value());
  EXPECT_EQ(kaz_tjk->value_usd, 101234);

  // The same file again: nothing to do.
  r = Import(ImportFormat::kBaci, {a});
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->unchanged);
  EXPECT_EQ(Snap()->generation(), snap->generation());

  // Another year of the same release is added; 2022 is kept.
  auto b = Write("BACI_HS17_Y2021_V202401.csv", kSmall2021);
  r = Import(ImportFormat::kBaci, {b});
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->kept_rows, 3u);
  EXPECT_EQ(r->kept_years, std::set<uint16_t>{2022});
  d = Snap()->FindDataset("baci-hs17");
  EXPECT_EQ(std::vector<uint16_t>(d->years().begin(), d->years().end()), (std::vector<uint16_t>{2021, 2022}));
  EXPECT_EQ(d->info().files.size(), 2u);

  // An older vintage is refused; a newer one replaces the whole dataset.
  auto old = Write("BACI_HS17_Y2021_V202301.csv", kSmall2021);
  r = Import(ImportFormat::kBaci, {old});
  EXPECT_EQ(r.status().message(),
            "dataset baci-hs17 holds vintage V202401; V202301 is older (import it under another "
            "name with --dataset)");
  auto newer = Write("BACI_HS17_Y2021_V202501.csv", kSmall2021);
  r = Import(ImportFormat::kBaci, {newer});
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_TRUE(r->replaced);
  d = Snap()->FindDataset("baci-hs17");
  EXPECT_EQ(d->years().size(), 1u);
  EXPECT_EQ(d->info().vintage, "V202501");
}

TEST_F(ImporterTest, StrictErrorLeavesTheStoreUnchanged) {
  auto good = Write("BACI_HS17_Y2022_V202401.csv", kSmall2022);
  ASSERT_TRUE(Import(ImportFormat::kBaci, {good}).ok());
  uint64_t generation = Snap()->generation();
  auto bad = Write("BACI_HS17_Y2021_V202401.csv", "t,i,j,k,v,q\n2021,398,762,010121,2,1\n2021,398,762,010122,n/a,1\n");
  auto r = Import(ImportFormat::kBaci, {bad});
  EXPECT_EQ(r.status().message(), "BACI_HS17_Y2021_V202401.csv:3:21: column v: expected a number, got \"n/a\"");
  EXPECT_EQ(Snap()->generation(), generation);
  EXPECT_EQ(Snap()->FindDataset("baci-hs17")->years().size(), 1u);
}

TEST_F(ImporterTest, LenientWritesTheDefaultRejectFile) {
  auto bad = Write("BACI_HS17_Y2021_V202401.csv",
                   "t,i,j,k,v,q\n2021,398,762,010121,2,1\n2021,398,762,010122,n/a,1\n");
  auto r = Import(ImportFormat::kBaci, {bad}, true);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->product_rows, 1u);
  EXPECT_EQ(r->rejected, 1u);
  EXPECT_EQ(r->rejects_path, fs::path(bad.string() + ".rejects.csv"));
  auto text = ReadFile(r->rejects_path);
  ASSERT_TRUE(text.ok());
  EXPECT_EQ(*text,
            "file,line,column,reason,row\nBACI_HS17_Y2021_V202401.csv,3,21,\"column v: expected a "
            "number, got \"\"n/a\"\"\",\"2021,398,762,010122,n/a,1\"\n");
}

TEST_F(ImporterTest, UnsortedDuplicatesStrictAndLenient) {
  auto f = Write("BACI_HS17_Y2022_V202401.csv",
                 "t,i,j,k,v,q\n2022,762,398,010121,1,1\n2022,398,762,010121,2,2\n2022,762,398,010121,3,3\n");
  auto r = Import(ImportFormat::kBaci, {f});
  EXPECT_EQ(r.status().message(),
            "BACI_HS17_Y2022_V202401.csv:4:1: duplicate key (t,i,j,k) = (2022,762,398,010121), first "
            "seen on line 2");
  r = Import(ImportFormat::kBaci, {f}, true);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->product_rows, 2u);
  EXPECT_EQ(r->rejected, 1u);
  auto d = Snap()->FindDataset("baci-hs17");
  EXPECT_EQ(d->PairYear(2022, Index("TJK"), Index("KAZ"), store::Side::kReconciled)->value_usd, 1000);
}

void AddToZip(zip_t* z, const std::string& name, const std::string& text) {
  char* copy = static_cast<char*>(malloc(text.size()));
  memcpy(copy, text.data(), text.size());
  zip_source_t* src = zip_source_buffer(z, copy, text.size(), 1);
  ASSERT_GE(zip_file_add(z, name.c_str(), src, ZIP_FL_OVERWRITE), 0);
}

TEST_F(ImporterTest, ReleaseZipIsReadInPlace) {
  fs::path zpath = dir_ / "BACI_HS17_V202401.zip";
  int err = 0;
  zip_t* z = zip_open(zpath.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  ASSERT_NE(z, nullptr);
  AddToZip(z, "BACI_HS17_Y2021_V202401.csv", kSmall2021);
  AddToZip(z, "BACI_HS17_Y2022_V202401.csv", kSmall2022);
  AddToZip(z, "country_codes_V202401.csv", "country_code,country_name,country_iso2,country_iso3\n398,Kazakhstan,KZ,KAZ\n");
  AddToZip(z, "product_codes_HS17_V202401.csv", "code,description\n010121,\"Horses: live, pure-bred breeding animals\"\n270900,Crude petroleum\n");
  AddToZip(z, "Readme.txt", "hello");
  ASSERT_EQ(zip_close(z), 0);
  auto r = Import(ImportFormat::kBaci, {zpath});
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->product_rows, 4u);
  EXPECT_EQ(r->descriptions, 2u);
  EXPECT_EQ(r->years, (std::set<uint16_t>{2021, 2022}));
  auto d = Snap()->FindDataset("baci-hs17");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->ProductDescription(10121), "Horses: live, pure-bred breeding animals");
  EXPECT_EQ(d->info().files.size(), 1u);
  EXPECT_EQ(d->info().files[0].name, "BACI_HS17_V202401.zip");
}

TEST_F(ImporterTest, ErrorsInsideAZipNameTheEntry) {
  fs::path zpath = dir_ / "BACI_HS17_V202401.zip";
  int err = 0;
  zip_t* z = zip_open(zpath.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  AddToZip(z, "BACI_HS17_Y2021_V202401.csv", "t,i,j,k,v,q\n2021,398,999,010121,2,1\n");
  ASSERT_EQ(zip_close(z), 0);
  auto r = Import(ImportFormat::kBaci, {zpath});
  EXPECT_EQ(r.status().message(),
            "BACI_HS17_V202401.zip/BACI_HS17_Y2021_V202401.csv:2:10: column j: expected a known country "
            "code, got \"999\"");
}

// Imports a synthetic file and checks every pair-year total against a naive sum of the CSV.
TEST_F(ImporterTest, SyntheticTotalsMatchANaiveSum) {
  SynthOptions o;
  o.rows_per_year = 20000;
  o.first_year = 2020;
  o.last_year = 2021;
  o.seed = 7;
  fs::path f = dir_ / "synthetic.csv";
  auto stats = WriteSynth(o, f, nullptr);
  ASSERT_TRUE(stats.ok()) << stats.status().message();
  EXPECT_NEAR(static_cast<double>(stats->rows), 40000, 2000);
  auto r = Import(ImportFormat::kBaci, {f});
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->dataset, "synthetic");
  EXPECT_EQ(r->product_rows, stats->rows);

  // The naive side: read the CSV line by line, sum v*1000 per (t, i, j) with doubles
  // rounded per row (values have three decimals, so this is exact).
  std::ifstream in(f);
  std::string line;
  std::getline(in, line);
  EXPECT_EQ(line, "t_synthetic,i,j,k,v,q");
  std::map<std::tuple<int, int, int>, int64_t> naive;
  while (std::getline(in, line)) {
    std::stringstream ss(line);
    std::string t, i, j, k, v;
    std::getline(ss, t, ',');
    std::getline(ss, i, ',');
    std::getline(ss, j, ',');
    std::getline(ss, k, ',');
    std::getline(ss, v, ',');
    naive[{std::stoi(t), std::stoi(i), std::stoi(j)}] += std::llround(std::stod(v) * 1000);
  }
  auto snap = Snap();
  const store::Dataset* d = snap->FindDataset("synthetic");
  ASSERT_NE(d, nullptr);
  EXPECT_TRUE(d->info().synthetic);
  EXPECT_EQ(d->info().kind, store::SourceKind::kSynthetic);
  const auto& countries = reference::Countries::Builtin();
  size_t checked = 0;
  for (const auto& [key, usd] : naive) {
    auto [t, i, j] = key;
    auto total = d->PairYear(t, countries.FindByTradeCode(i)->index, countries.FindByTradeCode(j)->index,
                             store::Side::kReconciled);
    ASSERT_TRUE(total.has_value());
    ASSERT_EQ(total->value_usd, usd) << t << " " << i << " " << j;
    ++checked;
  }
  EXPECT_GT(checked, 1000u);
}

TEST_F(ImporterTest, TotalsAndBuiltinKnowledge) {
  ASSERT_TRUE(EnsureBuiltinKnowledge(*store_).ok());
  auto snap = Snap();
  const store::Dataset* d = snap->FindDataset("official");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->info().kind, store::SourceKind::kNationalTotals);
  EXPECT_EQ(d->info().basis, store::Basis::kNational);
  EXPECT_EQ(d->aggregate_rows(), 18u);
  // Idempotent: a second call commits nothing.
  ASSERT_TRUE(EnsureBuiltinKnowledge(*store_).ok());
  EXPECT_EQ(Snap()->generation(), snap->generation());

  auto f = Write("my-totals.csv",
                 "year,months,reporter,partner,exports_usd,imports_usd,total_usd,qualifier,source,source_url,published\n"
                 "2023,1-6,KAZ,TJK,100,50,150,,Bureau,https://example.org,2023-08\n");
  auto r = Import(ImportFormat::kTotals, {f});
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->dataset, "my-totals");
  auto agg = Snap()->FindDataset("my-totals")->aggregates();
  ASSERT_EQ(agg.size(), 1u);
  EXPECT_EQ(agg[0].first_month, 1);
  EXPECT_EQ(agg[0].last_month, 6);
  EXPECT_FALSE(agg[0].full_year());
  EXPECT_EQ(*agg[0].total_usd, 150);
}

}  // namespace
}  // namespace dyad::ingest
