// Helpers for registry tests: a fresh temporary directory per test.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <string>

#include "registry/registry.h"
#include "temp_dir.h"

namespace dyad::registry::testing {

class TempDir : public ::dyad::testing::TempDir {
 public:
  TempDir() : ::dyad::testing::TempDir("dyad-registry") {}
  std::filesystem::path db() const { return path() / "registry.db"; }
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
