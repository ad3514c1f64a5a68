// Helpers shared by the registry commands (cmd_registry.cc for agreements,
// cmd_registry_targets.cc for targets, areas and the timeline): opening the registry
// in the data directory, parsing dates, pairs, amounts and source options, and labels
// for tables. Not thread-safe (options structs are filled by CLI11).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/status.h"
#include "cli/app.h"
#include "registry/registry.h"

namespace dyad::cli {

// DATA/registry.db, created and seeded with the built-in knowledge on first use.
Result<std::unique_ptr<registry::Registry>> OpenRegistry(const Context& ctx);

// "" -> nullopt; else ParseDate, with errors as "<field>: invalid date ...".
Result<std::optional<Date>> OptionalDate(const std::string& field, const std::string& text);

// --pair A B (names or codes) -> alpha-3 codes; "pair: unknown country ..." otherwise.
Result<std::vector<std::string>> PairCodes(const std::vector<std::string>& pair);

std::string Join(const std::vector<std::string>& items, const std::string& sep);
std::string DateText(const std::optional<Date>& d);
std::string PartyLabel(const registry::Party& p);    // "Turkistan (KAZ)"
std::string SourceLabel(const registry::Source& s);  // "title, url, file, published DATE"

// "2000000000", "2,000,000,000", "2 billion", "$2bn", "750 million" -> whole units;
// "value: ..." error otherwise.
Result<int64_t> ParseAmount(const std::string& text);

// --source-title, --source-url, --source-file, --source-published, --quote.
struct SourceOptions {
  std::string title, url, file, published, quote;
  void Add(CLI::App* sub);
  // No source when no option was given; else one.
  Result<std::vector<registry::Source>> Build() const;
};

void RegisterRegistryTargetsAndAreas(CLI::App& app, Context& ctx);  // cmd_registry_targets.cc

}  // namespace dyad::cli
