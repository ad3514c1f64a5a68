// A fresh, uniquely named temporary directory per test, removed with its contents when
// the object goes. Unique per process (mkdtemp), so two test runs on one machine (two
// checkouts, ctest -j) never share or delete each other's files.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <string>
#include <system_error>

namespace dyad::testing {

class TempDir {
 public:
  explicit TempDir(const std::string& prefix = "dyad-test") {
    std::string tmpl = (std::filesystem::temp_directory_path() / (prefix + "-XXXXXX")).string();
    if (::mkdtemp(tmpl.data()) != nullptr) path_ = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    if (!path_.empty()) std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace dyad::testing
