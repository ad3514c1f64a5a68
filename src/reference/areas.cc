#include "reference/areas.h"

#include <algorithm>

#include "base/strings.h"
#include "base/utf8.h"
#include "embedded/areas_csv.h"
#include "reference/csv_records.h"
#include "reference/suggest.h"

namespace dyad::reference {
namespace {

bool IsCodeChar(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; }

}  // namespace

std::string Areas::Key(std::string_view text) {
  std::string key = FoldForMatch(text);
  for (char& c : key) {
    if (c == ' ' || c == '-') c = '_';
  }
  return key;
}

Result<Areas> Areas::Parse(std::string_view csv, std::string_view file_name) {
  DYAD_ASSIGN_OR_RETURN(std::vector<CsvRecord> records,
                        ReadCsvTable(csv, file_name, {"code", "label", "phrases"}));
  Areas t;
  for (const CsvRecord& r : records) {
    Area a;
    a.code = std::string(TrimAscii(r.fields[0]));
    a.label = std::string(TrimAscii(r.fields[1]));
    a.phrases = SplitList(r.fields[2]);
    a.index = t.areas_.size();
    if (a.code.empty()) return RecordError(file_name, r, "code: empty");
    if (!std::all_of(a.code.begin(), a.code.end(), IsCodeChar)) {
      return RecordError(file_name, r, "code: expected lowercase letters, digits and _, found " +
                                           QuoteForMessage(a.code));
    }
    if (a.label.empty()) return RecordError(file_name, r, "label: empty");
    std::vector<std::pair<std::string_view, const std::string*>> names = {{"code", &a.code},
                                                                          {"label", &a.label}};
    for (const std::string& p : a.phrases) names.push_back({"phrase", &p});
    for (const auto& [what, name] : names) {
      auto [it, inserted] = t.by_key_.emplace(Key(*name), a.index);
      if (inserted || it->second == a.index) continue;
      return RecordError(file_name, r, std::string(what) + " " + QuoteForMessage(*name) +
                                           " already names area " + t.areas_[it->second].code);
    }
    t.codes_.push_back(a.code);
    t.areas_.push_back(std::move(a));
  }
  return t;
}

const Areas& Areas::Builtin() {
  // Parsed once (thread-safe static initialisation). The built-in file is tested; if it
  // ever failed to parse the table would be empty rather than the process aborting.
  static const Areas t = [] {
    Result<Areas> parsed = Parse(embedded::areas_csv(), "areas.csv");
    return parsed.ok() ? std::move(parsed).value() : Areas();
  }();
  return t;
}

const Area* Areas::TryFind(std::string_view query) const {
  auto it = by_key_.find(Key(query));
  return it == by_key_.end() ? nullptr : &areas_[it->second];
}

Result<const Area*> Areas::Find(std::string_view query) const {
  if (const Area* a = TryFind(query)) return a;
  std::vector<std::string> keys;
  std::vector<size_t> owner;
  for (const auto& [key, index] : by_key_) {
    keys.push_back(key);
    owner.push_back(index);
  }
  // by_key_ has no order; suggest in table order so the message is stable.
  std::vector<size_t> near;
  for (size_t k : NearestKeys(Key(query), keys)) near.push_back(owner[k]);
  std::sort(near.begin(), near.end());
  near.erase(std::unique(near.begin(), near.end()), near.end());
  if (near.size() > 3) near.resize(3);
  std::vector<std::string> codes;
  for (size_t i : near) codes.push_back(areas_[i].code);
  std::string message = "unknown area " + QuoteForMessage(query);
  if (!codes.empty()) message += "; did you mean " + JoinAlternatives(codes) + "?";
  return NotFound(std::move(message));
}

}  // namespace dyad::reference
