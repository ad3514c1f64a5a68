// The vocabulary of cooperation areas (agriculture, energy, sport, ...): one canonical
// code per area and the English words and phrases that name it ("sports" -> sport,
// "transportation" -> transport). Text extraction, the registry and the checker all
// read areas through this table, so an area read from an article matches the area
// stored in the registry. Built from data/reference/areas.csv (compiled in). Immutable
// after construction; safe to read from any thread.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/status.h"

namespace dyad::reference {

struct Area {
  std::string code;                  // "sport": stored in the registry, written in claims
  std::string label;                 // "Sport"
  std::vector<std::string> phrases;  // "sports", as written in the file (case kept: "ICT")
  size_t index = 0;                  // position in all()
};

class Areas {
 public:
  static const Areas& Builtin();

  // Builds the table from CSV text in the format of data/reference/areas.csv. Errors
  // name the file and line: `areas.csv:7: phrase "sports" already names area sport`.
  static Result<Areas> Parse(std::string_view csv, std::string_view file_name);

  const std::vector<Area>& all() const { return areas_; }
  // The codes in file order (alphabetical in the built-in file).
  const std::vector<std::string>& codes() const { return codes_; }

  // The area whose code, label or phrase is `query`, folding case and accents and
  // reading ' ', '-' and '_' alike ("Sports", "space-technologies"); nullptr if none.
  // A hash probe: cheap enough for every word of an article.
  const Area* TryFind(std::string_view query) const;
  // TryFind with an error: kNotFound `unknown area "sprots"; did you mean sport?`.
  Result<const Area*> Find(std::string_view query) const;

  // The folded lookup key of a code, label or phrase ("Space Technologies" ->
  // "space_technologies").
  static std::string Key(std::string_view text);

 private:
  std::vector<Area> areas_;
  std::vector<std::string> codes_;
  std::unordered_map<std::string, size_t> by_key_;
};

}  // namespace dyad::reference
