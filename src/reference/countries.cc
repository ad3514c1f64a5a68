#include "reference/countries.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <unordered_map>

#include "base/strings.h"
#include "base/utf8.h"
#include "embedded/countries_csv.h"
#include "reference/csv_records.h"
#include "reference/suggest.h"

namespace dyad::reference {

namespace {

constexpr int kMaxTradeCode = 999;

// The matching key of a name: folded (case, accents, typographic punctuation), '.'
// dropped ("U.S.A." = "USA", "St." = "St"), '&' read as "and", and a leading "the"
// dropped, so "the Republic of Kazakhstan" and "Republic of Kazakhstan" meet.
std::string NameKey(std::string_view text) {
  std::string folded = FoldForMatch(text);
  std::string out;
  out.reserve(folded.size());
  for (char c : folded) {
    if (c == '.') continue;
    if (c == '&') {
      out += "and";
      continue;
    }
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out.push_back(c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (out.rfind("the ", 0) == 0) out.erase(0, 4);
  return out;
}

bool IsAsciiAlnum(std::string_view s) {
  for (char c : s) {
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
      return false;
    }
  }
  return !s.empty();
}

bool IsDigits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return !s.empty();
}

}  // namespace

struct Countries::Index {
  std::unordered_map<std::string, uint16_t> by_code;    // upper-case alpha-3 / entity code
  std::unordered_map<std::string, uint16_t> by_alpha2;  // upper-case
  std::unordered_map<std::string, uint16_t> by_name;    // NameKey of every name
  std::array<int16_t, kMaxTradeCode + 1> by_trade{};    // -1 when unknown
  // For "did you mean": display names and aliases, their keys, and their entity.
  std::vector<std::string> candidates;
  std::vector<std::string> candidate_keys;
  std::vector<uint16_t> candidate_owner;
};

Result<Countries> Countries::Parse(std::string_view csv, std::string_view file_name) {
  static const std::vector<std::string_view> kColumns = {
      "code", "iso", "alpha2", "numeric", "name", "formal_name", "aliases", "adjectives",
      "trade_codes"};
  DYAD_ASSIGN_OR_RETURN(std::vector<CsvRecord> records,
                        ReadCsvTable(csv, file_name, kColumns));
  if (records.size() > 60000) {
    return InvalidInput(std::string(file_name) + ": too many rows (" +
                        std::to_string(records.size()) + "); at most 60000");
  }
  Countries table;
  auto index = std::make_shared<Index>();
  index->by_trade.fill(-1);
  // Which record defined each key, to name both places in a conflict.
  std::unordered_map<std::string, int> name_line;

  auto parse_code_number = [&](const CsvRecord& r, std::string_view text, std::string_view what,
                               int* out) -> Status {
    text = TrimAscii(text);
    int value = -1;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (!IsDigits(text) || ec != std::errc() || ptr != text.data() + text.size() || value < 0 ||
        value > kMaxTradeCode) {
      return RecordError(file_name, r,
                         std::string(what) + ": expected a number 0-999, found " +
                             QuoteForMessage(text));
    }
    *out = value;
    return Status::Ok();
  };

  for (const CsvRecord& r : records) {
    Country c;
    c.index = static_cast<uint16_t>(table.countries_.size());
    c.code = ToUpperAscii(TrimAscii(r.fields[0]));
    if (c.code.size() < 2 || c.code.size() > 4 || !IsAsciiAlnum(c.code)) {
      return RecordError(file_name, r,
                         "code: expected 2-4 letters or digits, found " +
                             QuoteForMessage(r.fields[0]));
    }
    std::string_view iso = TrimAscii(r.fields[1]);
    if (iso != "yes" && iso != "no") {
      return RecordError(file_name, r, "iso: expected yes or no, found " + QuoteForMessage(iso));
    }
    c.iso = iso == "yes";
    c.alpha2 = ToUpperAscii(TrimAscii(r.fields[2]));
    if (!c.alpha2.empty() && (c.alpha2.size() != 2 || !IsAsciiAlnum(c.alpha2))) {
      return RecordError(file_name, r,
                         "alpha2: expected 2 letters, found " + QuoteForMessage(r.fields[2]));
    }
    if (c.iso && (c.alpha2.empty() || c.code.size() != 3)) {
      return RecordError(file_name, r, "an ISO entry needs a 3-letter code and an alpha-2 code");
    }
    DYAD_RETURN_IF_ERROR(parse_code_number(r, r.fields[3], "numeric", &c.numeric));
    c.name = std::string(TrimAscii(r.fields[4]));
    if (c.name.empty()) return RecordError(file_name, r, "name: empty");
    c.formal_name = std::string(TrimAscii(r.fields[5]));
    c.aliases = SplitList(r.fields[6]);
    c.adjectives = SplitList(r.fields[7]);
    if (c.numeric != 0) c.trade_codes.push_back(c.numeric);
    for (const std::string& item : SplitList(r.fields[8])) {
      int code = 0;
      DYAD_RETURN_IF_ERROR(parse_code_number(r, item, "trade_codes", &code));
      if (code == 0) return RecordError(file_name, r, "trade_codes: 0 means World, not a country");
      c.trade_codes.push_back(code);
    }

    if (!index->by_code.emplace(c.code, c.index).second) {
      return RecordError(file_name, r, "code " + c.code + " appears twice");
    }
    if (!c.alpha2.empty() && !index->by_alpha2.emplace(c.alpha2, c.index).second) {
      return RecordError(file_name, r, "alpha2 " + c.alpha2 + " appears twice");
    }
    for (int code : c.trade_codes) {
      int16_t& slot = index->by_trade[static_cast<size_t>(code)];
      if (slot >= 0 && slot != static_cast<int16_t>(c.index)) {
        return RecordError(file_name, r,
                           "trade code " + std::to_string(code) + " already means " +
                               table.countries_[static_cast<size_t>(slot)].code);
      }
      slot = static_cast<int16_t>(c.index);
    }
    std::vector<const std::string*> names = {&c.name};
    if (!c.formal_name.empty()) names.push_back(&c.formal_name);
    for (const std::string& a : c.aliases) names.push_back(&a);
    for (const std::string& a : c.adjectives) names.push_back(&a);
    for (const std::string* n : names) {
      std::string key = NameKey(*n);
      if (key.empty()) return RecordError(file_name, r, "a name folds to nothing");
      auto [it, inserted] = index->by_name.emplace(key, c.index);
      if (!inserted && it->second != c.index) {
        return RecordError(file_name, r,
                           "name " + QuoteForMessage(*n) + " already means " +
                               table.countries_[it->second].code + " (line " +
                               std::to_string(name_line[key]) + ")");
      }
      name_line.emplace(key, r.line);
    }
    for (const std::string* n : names) {
      if (n == &c.formal_name) continue;
      index->candidates.push_back(*n);
      index->candidate_keys.push_back(NameKey(*n));
      index->candidate_owner.push_back(c.index);
    }
    table.countries_.push_back(std::move(c));
  }
  // A name that spells another entity's code would make Find() depend on precedence in
  // a way nobody expects ("Lao" is LAO's own adjective and fine; a name "CAN" on another
  // row would not be).
  for (const auto& [key, owner] : index->by_name) {
    std::string upper = ToUpperAscii(key);
    auto code = index->by_code.find(upper);
    auto alpha2 = index->by_alpha2.find(upper);
    if ((code != index->by_code.end() && code->second != owner) ||
        (alpha2 != index->by_alpha2.end() && alpha2->second != owner)) {
      return InvalidInput(std::string(file_name) + ": name \"" + key + "\" of " +
                          table.countries_[owner].code + " is another entity's code");
    }
  }
  table.index_ = std::move(index);
  return table;
}

const Countries& Countries::Builtin() {
  // Parsed once; C++ guarantees the initialisation is thread-safe. The built-in file is
  // tested, so a parse failure is a build defect: the table is then empty rather than
  // the process aborting.
  static const Countries table = [] {
    Result<Countries> parsed = Parse(embedded::countries_csv(), "data/reference/countries.csv");
    return parsed.ok() ? std::move(parsed).value() : Countries();
  }();
  return table;
}

const Country* Countries::FindByCode(std::string_view code) const {
  if (!index_ || code.empty() || code.size() > 4) return nullptr;
  auto it = index_->by_code.find(ToUpperAscii(code));
  return it == index_->by_code.end() ? nullptr : &countries_[it->second];
}

const Country* Countries::FindByTradeCode(int code) const {
  if (!index_ || code <= 0 || code > kMaxTradeCode) return nullptr;
  int16_t slot = index_->by_trade[static_cast<size_t>(code)];
  return slot < 0 ? nullptr : &countries_[static_cast<size_t>(slot)];
}

const Country* Countries::FindName(std::string_view name) const {
  if (!index_) return nullptr;
  auto it = index_->by_name.find(NameKey(name));
  return it == index_->by_name.end() ? nullptr : &countries_[it->second];
}

const Country* Countries::TryFind(std::string_view query) const {
  std::string_view q = TrimAscii(query);
  if (!index_ || q.empty()) return nullptr;
  if (IsDigits(q)) {
    if (q.size() > 4) return nullptr;
    int code = 0;
    std::from_chars(q.data(), q.data() + q.size(), code);
    return FindByTradeCode(code);
  }
  if (q.size() >= 3 && q.size() <= 4 && IsAsciiAlnum(q)) {
    if (const Country* c = FindByCode(q)) return c;
  }
  if (const Country* c = FindName(q)) return c;
  if (q.size() == 2 && IsAsciiAlnum(q)) {
    auto it = index_->by_alpha2.find(ToUpperAscii(q));
    if (it != index_->by_alpha2.end()) return &countries_[it->second];
  }
  return nullptr;
}

Result<const Country*> Countries::Find(std::string_view query) const {
  if (const Country* c = TryFind(query)) return c;
  std::string message = "unknown country " + QuoteForMessage(query);
  std::vector<std::string> suggestions = Suggest(query);
  if (!suggestions.empty()) message += "; did you mean " + JoinAlternatives(suggestions) + "?";
  return NotFound(std::move(message));
}

std::vector<std::string> Countries::Suggest(std::string_view query, size_t limit) const {
  std::vector<std::string> out;
  if (!index_) return out;
  std::string key = NameKey(query);
  if (IsDigits(key)) return out;  // a wrong number is not a misspelt name
  std::vector<uint16_t> owners;
  for (size_t i : NearestKeys(key, index_->candidate_keys)) {
    uint16_t owner = index_->candidate_owner[i];
    if (std::find(owners.begin(), owners.end(), owner) != owners.end()) continue;
    owners.push_back(owner);
    out.push_back(index_->candidates[i] + " (" + countries_[owner].code + ")");
    if (out.size() == limit) break;
  }
  return out;
}

}  // namespace dyad::reference
