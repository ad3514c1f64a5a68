// Fuzz target: article extraction and checking on arbitrary bytes, against the built-in
// knowledge (official totals in a store and the seed registry in a temporary data
// directory made once per process), plus JSON rendering. Never crashes; checks that a
// verdict is given for every claim and that spans stay inside the input.
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string_view>

#include "check/check_json.h"
#include "check/checker.h"
#include "ingest/knowledge.h"
#include "text/claims.h"

namespace {

struct Knowledge {
  std::filesystem::path dir;
  std::unique_ptr<dyad::store::Store> store;
  std::shared_ptr<const dyad::store::Snapshot> snapshot;
  std::unique_ptr<dyad::registry::Registry> registry;
};

Knowledge* Open() {
  auto* k = new Knowledge;
  k->dir = std::filesystem::temp_directory_path() / ("dyad_check_fuzz_" + std::to_string(::getpid()));
  std::filesystem::remove_all(k->dir);
  k->store = dyad::store::Store::Open(k->dir).value();
  if (!dyad::ingest::EnsureBuiltinKnowledge(*k->store).ok()) std::abort();
  k->snapshot = k->store->OpenSnapshot().value();
  k->registry = dyad::registry::Registry::OpenInDataDir(k->dir).value();
  std::atexit([] {
    std::error_code ec;
    std::filesystem::remove_all(std::filesystem::temp_directory_path() /
                                    ("dyad_check_fuzz_" + std::to_string(::getpid())),
                                ec);
  });
  return k;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static Knowledge* k = Open();
  static dyad::check::Checker checker(*k->snapshot, k->registry.get());
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto article = dyad::text::ExtractClaims(text, dyad::Date::Ymd(2024, 8, 22));
  if (!article.ok()) return 0;
  dyad::check::CheckedArticle checked = checker.Check(std::move(*article));
  for (const auto& c : checked.claims) {
    if (c.explanation.empty() || c.claim.span_end > size || c.claim.span_begin > c.claim.span_end) std::abort();
  }
  (void)dyad::check::CheckedArticleToJson(checked).dump();
  return 0;
}
