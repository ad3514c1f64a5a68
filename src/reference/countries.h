// Countries and the trade-data entities that stand in for them: every ISO 3166-1 entry
// plus the non-ISO codes trade data uses (842 USA, 251 France, 490 "Other Asia, nes",
// 58 Belgium-Luxembourg, ...). Built from the project's own data file
// (data/reference/countries.csv, compiled in). The table is immutable after
// construction and safe to read from any thread.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace dyad::reference {

struct Country {
  // Stable identifier: ISO alpha-3 ("KAZ"), or for trade-data-only entities the code
  // trade data gives them ("S19" Other Asia nes, "BLX" Belgium-Luxembourg, "SCG",
  // "SUN", "CSK", "ANT", ...).
  std::string code;
  std::string alpha2;            // "" when none
  int numeric = 0;               // ISO 3166-1 numeric (or the trade-data code for non-ISO)
  std::string name;              // English short name: "Kazakhstan"
  std::string formal_name;       // "the Republic of Kazakhstan"
  std::vector<std::string> aliases;     // common and former names: "Turkey", "Kirghizia"
  std::vector<std::string> adjectives;  // "Kazakh", "Kazakhstani"
  std::vector<int> trade_codes;  // numeric codes in trade data meaning this entity (840, 842)
  bool iso = true;               // false for trade-data-only entities
  uint16_t index = 0;            // position in Countries::all()
};

class Countries {
 public:
  // The built-in table (parsed once, on first use).
  static const Countries& Builtin();

  // Builds a table from CSV text in the format of data/reference/countries.csv.
  static Result<Countries> Parse(std::string_view csv, std::string_view file_name);

  // Finds by alpha-3, alpha-2, numeric or trade code, short or formal name, alias or
  // adjective; case- and accent-insensitive. Precedence: digits are a numeric/trade code
  // ("398", "842"); then a 3-4 letter entity code ("KAZ", "S19"); then any name, alias
  // or adjective ("the" in front is ignored); then a 2-letter alpha-2 code ("KZ").
  // Unknown input fails with kNotFound:
  //   unknown country "Kazakstan"; did you mean Kazakhstan (KAZ)?
  Result<const Country*> Find(std::string_view query) const;

  // Find() without the error: nullptr when unknown. For hot paths that look up many
  // words, since building the "did you mean" message compares the query with every name.
  const Country* TryFind(std::string_view query) const;

  // Exact lookups; nullptr when unknown.
  const Country* FindByCode(std::string_view code) const;  // alpha-3 / entity code
  const Country* FindByTradeCode(int code) const;          // ISO numeric or trade special

  // Only names, formal names, aliases and adjectives (never codes), folded; nullptr when
  // none matches. For reading prose, where "and", "can" or "US" must not become Andorra,
  // Canada or a code match by accident.
  const Country* FindName(std::string_view name) const;

  // "Kazakhstan (KAZ)" for the names closest to `query` (all at the best edit distance,
  // one per entity, at most `limit`); empty when nothing is close.
  std::vector<std::string> Suggest(std::string_view query, size_t limit = 3) const;

  const std::vector<Country>& all() const { return countries_; }
  const Country& at(uint16_t index) const { return countries_[index]; }

 private:
  std::vector<Country> countries_;
  struct Index;
  std::shared_ptr<const Index> index_;
};

}  // namespace dyad::reference
