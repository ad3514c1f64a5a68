#include "reference/hs.h"

#include <charconv>

#include "base/strings.h"
#include "embedded/hs_chapters_csv.h"
#include "embedded/hs_sections_csv.h"
#include "embedded/product_groups_csv.h"
#include "reference/csv_records.h"

namespace dyad::reference {

namespace {

Result<int> ParseInt(std::string_view file_name, const CsvRecord& r, std::string_view column,
                     std::string_view text, int lo, int hi) {
  text = TrimAscii(text);
  int value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc() || ptr != text.data() + text.size() || value < lo ||
      value > hi) {
    return RecordError(file_name, r,
                       std::string(column) + ": expected a number " + std::to_string(lo) + "-" +
                           std::to_string(hi) + ", found " + QuoteForMessage(text));
  }
  return value;
}

Result<std::vector<HsSection>> ParseSections(std::string_view csv, std::string_view file_name) {
  DYAD_ASSIGN_OR_RETURN(
      std::vector<CsvRecord> records,
      ReadCsvTable(csv, file_name, {"number", "roman", "name", "first_chapter", "last_chapter"}));
  std::vector<HsSection> sections;
  for (const CsvRecord& r : records) {
    HsSection s;
    DYAD_ASSIGN_OR_RETURN(s.number, ParseInt(file_name, r, "number", r.fields[0], 1, 99));
    if (s.number != static_cast<int>(sections.size()) + 1) {
      return RecordError(file_name, r, "sections must be numbered 1, 2, 3, ... in order");
    }
    s.roman = std::string(TrimAscii(r.fields[1]));
    s.name = std::string(TrimAscii(r.fields[2]));
    if (s.roman.empty() || s.name.empty()) return RecordError(file_name, r, "empty roman or name");
    DYAD_ASSIGN_OR_RETURN(s.first_chapter,
                          ParseInt(file_name, r, "first_chapter", r.fields[3], 1, 99));
    DYAD_ASSIGN_OR_RETURN(s.last_chapter,
                          ParseInt(file_name, r, "last_chapter", r.fields[4], s.first_chapter, 99));
    sections.push_back(std::move(s));
  }
  return sections;
}

}  // namespace

Result<Hs> Hs::Parse(std::string_view sections_csv, std::string_view chapters_csv,
                     std::string_view groups_csv) {
  Hs hs;
  DYAD_ASSIGN_OR_RETURN(hs.sections_, ParseSections(sections_csv, "hs_sections.csv"));
  std::string_view file_name = "hs_chapters.csv";
  DYAD_ASSIGN_OR_RETURN(std::vector<CsvRecord> records,
                        ReadCsvTable(chapters_csv, file_name, {"chapter", "name", "section"}));
  hs.chapter_slot_.assign(100, -1);
  for (const CsvRecord& r : records) {
    HsChapter c;
    DYAD_ASSIGN_OR_RETURN(c.number, ParseInt(file_name, r, "chapter", r.fields[0], 1, 99));
    c.name = std::string(TrimAscii(r.fields[1]));
    if (c.name.empty()) return RecordError(file_name, r, "name: empty");
    DYAD_ASSIGN_OR_RETURN(
        c.section,
        ParseInt(file_name, r, "section", r.fields[2], 1, static_cast<int>(hs.sections_.size())));
    const HsSection& s = hs.sections_[static_cast<size_t>(c.section - 1)];
    if (c.number < s.first_chapter || c.number > s.last_chapter) {
      return RecordError(file_name, r,
                         "chapter " + std::to_string(c.number) + " is outside section " + s.roman +
                             " (chapters " + std::to_string(s.first_chapter) + "-" +
                             std::to_string(s.last_chapter) + ")");
    }
    if (hs.chapter_slot_[static_cast<size_t>(c.number)] >= 0) {
      return RecordError(file_name, r, "chapter " + std::to_string(c.number) + " appears twice");
    }
    hs.chapter_slot_[static_cast<size_t>(c.number)] = static_cast<int>(hs.chapters_.size());
    hs.chapters_.push_back(std::move(c));
  }
  DYAD_ASSIGN_OR_RETURN(hs.groups_, ParseProductGroups(groups_csv, "product_groups.csv"));
  DYAD_RETURN_IF_ERROR(hs.IndexGroups("product_groups.csv"));
  return hs;
}

const Hs& Hs::Builtin() {
  // Parsed once (thread-safe static initialisation). The built-in files are tested; if
  // they ever failed to parse the tables would be empty rather than the process aborting.
  static const Hs hs = [] {
    Result<Hs> parsed = Parse(embedded::hs_sections_csv(), embedded::hs_chapters_csv(),
                              embedded::product_groups_csv());
    if (parsed.ok()) return std::move(parsed).value();
    Hs empty;
    empty.chapter_slot_.assign(100, -1);
    return empty;
  }();
  return hs;
}

const HsChapter* Hs::Chapter(int chapter) const {
  if (chapter < 0 || chapter >= static_cast<int>(chapter_slot_.size())) return nullptr;
  int slot = chapter_slot_[static_cast<size_t>(chapter)];
  return slot < 0 ? nullptr : &chapters_[static_cast<size_t>(slot)];
}

const HsSection* Hs::Section(int number) const {
  if (number < 1 || number > static_cast<int>(sections_.size())) return nullptr;
  return &sections_[static_cast<size_t>(number - 1)];
}

const HsSection* Hs::SectionOfChapter(int chapter) const {
  const HsChapter* c = Chapter(chapter);
  return c == nullptr ? nullptr : Section(c->section);
}

int Hs::SectionOfProduct(int hs6) const {
  if (hs6 < 0 || hs6 > 999999) return 0;
  const HsChapter* c = Chapter(hs6 / 10000);
  return c == nullptr ? 0 : c->section;
}

}  // namespace dyad::reference
