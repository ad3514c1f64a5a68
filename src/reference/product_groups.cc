// Product groups: parsing of product_groups.csv, membership of HS6 codes, and lookup by
// name, alias or plural.
#include <algorithm>
#include <charconv>

#include "base/strings.h"
#include "base/utf8.h"
#include "reference/csv_records.h"
#include "reference/hs.h"
#include "reference/suggest.h"

namespace dyad::reference {

namespace {

constexpr size_t kMaxRangeItems = 10000;

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Expands "2701-2704" to 2701, 2702, 2703, 2704 and checks a single code; every prefix
// has 2, 4 or 6 digits.
Status ExpandCodes(std::string_view field, std::vector<std::string>* out) {
  for (const std::string& item : SplitList(field)) {
    size_t dash = item.find('-');
    std::string_view lo_text = std::string_view(item).substr(0, dash);
    std::string_view hi_text =
        dash == std::string::npos ? lo_text : std::string_view(item).substr(dash + 1);
    lo_text = TrimAscii(lo_text);
    hi_text = TrimAscii(hi_text);
    bool ok = AllDigits(lo_text) && AllDigits(hi_text) && lo_text.size() == hi_text.size() &&
              (lo_text.size() == 2 || lo_text.size() == 4 || lo_text.size() == 6);
    int lo = 0, hi = 0;
    if (ok) {
      std::from_chars(lo_text.data(), lo_text.data() + lo_text.size(), lo);
      std::from_chars(hi_text.data(), hi_text.data() + hi_text.size(), hi);
      ok = lo <= hi && static_cast<size_t>(hi - lo) < kMaxRangeItems;
    }
    if (!ok) {
      return InvalidInput("expected HS prefixes of 2, 4 or 6 digits or ranges like 2701-2704, found " +
                          QuoteForMessage(item));
    }
    for (int v = lo; v <= hi; ++v) {
      std::string code = std::to_string(v);
      code.insert(0, lo_text.size() - code.size(), '0');
      out->push_back(std::move(code));
    }
  }
  return Status::Ok();
}

bool StartsWithCode(int hs6, const std::string& prefix) {
  static constexpr int kDivisor[] = {1000000, 100000, 10000, 1000, 100, 10, 1};
  if (prefix.empty() || prefix.size() > 6) return false;
  int value = 0;
  std::from_chars(prefix.data(), prefix.data() + prefix.size(), value);
  return hs6 / kDivisor[prefix.size()] == value;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The last word in the singular, by English rules good enough for product names:
// "fruits" -> "fruit", "potatoes" -> "potato", "dairies" -> "dairy", "glass" stays.
std::string Singular(std::string key) {
  size_t space = key.rfind(' ');
  size_t word_len = key.size() - (space == std::string::npos ? 0 : space + 1);
  if (word_len <= 3) return key;
  if (EndsWith(key, "ies")) return key.substr(0, key.size() - 3) + "y";
  if (EndsWith(key, "sses") || EndsWith(key, "ches") || EndsWith(key, "shes") ||
      EndsWith(key, "xes") || EndsWith(key, "oes")) {
    return key.substr(0, key.size() - 2);
  }
  if (EndsWith(key, "ss") || EndsWith(key, "us") || EndsWith(key, "is")) return key;
  if (EndsWith(key, "s")) return key.substr(0, key.size() - 1);
  return key;
}

std::string GroupKey(std::string_view text) {
  std::string key = FoldForMatch(text);
  if (key.rfind("the ", 0) == 0) key.erase(0, 4);
  return key;
}

}  // namespace

bool ProductGroup::Contains(int hs6) const {
  if (hs6 < 0 || hs6 > 999999) return false;
  bool in = std::any_of(prefixes.begin(), prefixes.end(),
                        [&](const std::string& p) { return StartsWithCode(hs6, p); });
  return in && std::none_of(excluded.begin(), excluded.end(),
                            [&](const std::string& p) { return StartsWithCode(hs6, p); });
}

Result<std::vector<ProductGroup>> ParseProductGroups(std::string_view csv,
                                                     std::string_view file_name) {
  DYAD_ASSIGN_OR_RETURN(
      std::vector<CsvRecord> records,
      ReadCsvTable(csv, file_name, {"name", "aliases", "codes", "excluded", "description"}));
  std::vector<ProductGroup> groups;
  for (const CsvRecord& r : records) {
    ProductGroup g;
    g.name = std::string(TrimAscii(r.fields[0]));
    if (g.name.empty()) return RecordError(file_name, r, "name: empty");
    g.aliases = SplitList(r.fields[1]);
    g.codes_text = std::string(TrimAscii(r.fields[2]));
    g.excluded_text = std::string(TrimAscii(r.fields[3]));
    g.description = std::string(TrimAscii(r.fields[4]));
    Status s = ExpandCodes(g.codes_text, &g.prefixes);
    if (s.ok()) s = ExpandCodes(g.excluded_text, &g.excluded);
    if (!s.ok()) return RecordError(file_name, r, s.message());
    if (g.prefixes.empty()) return RecordError(file_name, r, "codes: empty");
    groups.push_back(std::move(g));
  }
  return groups;
}

Status Hs::IndexGroups(std::string_view file_name) {
  group_keys_.clear();
  for (size_t i = 0; i < groups_.size(); ++i) {
    std::vector<std::string> names = {groups_[i].name};
    names.insert(names.end(), groups_[i].aliases.begin(), groups_[i].aliases.end());
    for (const std::string& n : names) {
      std::string key = GroupKey(n);
      for (const std::string& k : {key, Singular(key)}) {
        auto [it, inserted] = group_keys_.emplace(k, i);
        if (!inserted && it->second != i) {
          return InvalidInput(std::string(file_name) + ": product group name " +
                              QuoteForMessage(n) + " of \"" + groups_[i].name +
                              "\" is already used by \"" + groups_[it->second].name + "\"");
        }
      }
    }
  }
  return Status::Ok();
}

Result<const ProductGroup*> Hs::FindGroup(std::string_view query) const {
  std::string key = GroupKey(query);
  auto it = group_keys_.find(key);
  if (it == group_keys_.end()) it = group_keys_.find(Singular(key));
  if (it != group_keys_.end()) return &groups_[it->second];
  std::vector<std::string> keys;
  std::vector<size_t> owner;
  for (size_t i = 0; i < groups_.size(); ++i) {
    keys.push_back(GroupKey(groups_[i].name));
    owner.push_back(i);
    for (const std::string& a : groups_[i].aliases) {
      keys.push_back(GroupKey(a));
      owner.push_back(i);
    }
  }
  std::vector<std::string> names;
  for (size_t k : NearestKeys(key, keys)) {
    const std::string& name = groups_[owner[k]].name;
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
    if (names.size() == 3) break;
  }
  std::string message = "unknown product group " + QuoteForMessage(query);
  if (!names.empty()) message += "; did you mean " + JoinAlternatives(names) + "?";
  return NotFound(std::move(message));
}

Status Hs::LoadUserGroups(std::string_view csv, std::string_view file_name) {
  DYAD_ASSIGN_OR_RETURN(std::vector<ProductGroup> user, ParseProductGroups(csv, file_name));
  std::vector<ProductGroup> merged = groups_;
  for (ProductGroup& g : user) {
    g.user_defined = true;
    std::string key = GroupKey(g.name);
    auto same = std::find_if(merged.begin(), merged.end(),
                             [&](const ProductGroup& b) { return GroupKey(b.name) == key; });
    if (same != merged.end()) {
      *same = std::move(g);
    } else {
      merged.push_back(std::move(g));
    }
  }
  // Commit only when the merged names are unambiguous, so a bad file changes nothing.
  std::vector<ProductGroup> previous = std::move(groups_);
  groups_ = std::move(merged);
  Status s = IndexGroups(file_name);
  if (!s.ok()) {
    groups_ = std::move(previous);
    IndexGroups("product_groups.csv").IgnoreError();
  }
  return s;
}

}  // namespace dyad::reference
