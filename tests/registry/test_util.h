// Helpers for registry tests: a fresh temporary directory per test.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <string>

#include "registry/registry.h"

namespace dyad::registry::testing {

class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "dyad-registry-XXXXXX").string();
    path_ = mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path db() const { return path_ / "registry.db"; }

 private:
  std::filesystem::path path_;
};

inline Agreement MakeAgreement(std::string title, std::string kind = "agreement",
                               std::optional<Date> signed_on = Date::Ymd(2023, 5, 4)) {
  Agreement a;
  a.title = std::move(title);
  a.kind = std::move(kind);
  a.parties = {Party{"KAZ"}, Party{"TJK"}};
  a.signed_on = signed_on;
  return a;
}

}  // namespace dyad::registry::testing
