// The Harmonized System: 21 sections, 97+ chapters with short names, and named product
// groups that map everyday words ("oil", "metals", "food products") to HS codes.
// Built from data/reference/hs_sections.csv, hs_chapters.csv and product_groups.csv
// (compiled in); product groups can be overridden by a user file. Immutable after
// construction; safe to read from any thread.
#pragma once

#include <optional>
#include <unordered_map>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace dyad::reference {

// Chapter 99 (and its codes 9999, 999999): "commodities not specified according to
// kind", which UN Comtrade reports for confidential or unclassified trade. Not an HS
// chapter of the nomenclature, but a valid code in trade data.
inline constexpr int kUnspecifiedChapter = 99;

struct HsSection {
  int number = 0;           // 1..21
  std::string roman;        // "V"
  std::string name;         // "Mineral products"
  int first_chapter = 0;    // 25
  int last_chapter = 0;     // 27
};

struct HsChapter {
  int number = 0;          // 27
  std::string name;        // short name: "Mineral fuels, oils"
  int section = 0;         // 5
};

// A named set of HS codes: any HS6 code that starts with one of `prefixes` (2, 4 or 6
// digits) belongs, unless it starts with one of `excluded`.
struct ProductGroup {
  std::string name;                   // "oil"
  std::string description;            // "Crude and refined petroleum oils (HS 2709, 2710)"
  std::vector<std::string> aliases;   // "petroleum", "crude oil", "oil products"
  std::vector<std::string> prefixes;  // "2709", "2710"
  std::vector<std::string> excluded;
  std::string codes_text;             // the codes as written in the file: "72-81;7106-7112"
  std::string excluded_text;          // likewise: "0801;0802"
  bool user_defined = false;          // from a user file (LoadUserGroups)
  // True when the 6-digit code (e.g. 270900 as the integer 270900) starts with a prefix
  // and with no exclusion. Codes outside 0..999999 belong to no group.
  bool Contains(int hs6) const;
};

// Parses product groups in the format of data/reference/product_groups.csv (columns
// name, aliases, codes, excluded, description; codes are prefixes or ranges such as
// "2701-2704"). Errors name the file and line.
Result<std::vector<ProductGroup>> ParseProductGroups(std::string_view csv,
                                                     std::string_view file_name);

class Hs {
 public:
  static const Hs& Builtin();

  // Builds the tables from CSV text in the formats of data/reference/hs_sections.csv,
  // hs_chapters.csv and product_groups.csv; errors name the file and line.
  static Result<Hs> Parse(std::string_view sections_csv, std::string_view chapters_csv,
                          std::string_view groups_csv);

  const std::vector<HsSection>& sections() const { return sections_; }
  const std::vector<HsChapter>& chapters() const { return chapters_; }
  const std::vector<ProductGroup>& groups() const { return groups_; }

  const HsChapter* Chapter(int chapter) const;        // nullptr if unknown
  const HsSection* Section(int number) const;         // 1..21
  const HsSection* SectionOfChapter(int chapter) const;
  int SectionOfProduct(int hs6) const;                // 0 if unknown

  // A product group by name, alias or plural ("foodstuffs" -> "food products"),
  // case-insensitive; kNotFound with suggestions otherwise.
  Result<const ProductGroup*> FindGroup(std::string_view query) const;

  // Product groups from a user CSV (same format as product_groups.csv) replacing or
  // adding to the built-in ones by name.
  Status LoadUserGroups(std::string_view csv, std::string_view file_name);

 private:
  // Indexes group names and aliases (and their singular forms); fails when one name
  // would mean two groups.
  Status IndexGroups(std::string_view file_name);

  std::vector<HsSection> sections_;
  std::vector<HsChapter> chapters_;
  std::vector<ProductGroup> groups_;
  std::vector<int> chapter_slot_;  // chapter number -> index in chapters_, or -1
  std::unordered_map<std::string, size_t> group_keys_;
};

}  // namespace dyad::reference
