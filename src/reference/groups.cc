#include "reference/groups.h"

#include <algorithm>
#include <unordered_map>

#include "base/files.h"
#include "base/strings.h"
#include "base/utf8.h"
#include "embedded/groups_csv.h"
#include "reference/countries.h"
#include "reference/csv_records.h"
#include "reference/suggest.h"

namespace dyad::reference {

namespace {

// Folded, with "the" in front and a trailing "countries", "members", "member states",
// "states" or "nations" dropped, so "the CIS member states" finds CIS.
std::string GroupKey(std::string_view text) {
  std::string key = FoldForMatch(text);
  key.erase(std::remove(key.begin(), key.end(), '.'), key.end());
  if (key.rfind("the ", 0) == 0) key.erase(0, 4);
  for (std::string_view suffix : {" member countries", " member states", " member nations",
                                  " countries", " members", " states", " nations"}) {
    if (key.size() > suffix.size() &&
        key.compare(key.size() - suffix.size(), suffix.size(), suffix) == 0) {
      key.resize(key.size() - suffix.size());
      break;
    }
  }
  return key;
}

bool InForce(const Membership& m, int64_t day) {
  if (m.from.First().DayNumber() > day) return false;
  return !m.until || m.until->Last().DayNumber() >= day;
}

bool KindWanted(MembershipKind kind, bool associates, bool observers) {
  switch (kind) {
    case MembershipKind::kMember:
      return true;
    case MembershipKind::kAssociate:
      return associates;
    case MembershipKind::kObserver:
      return observers;
  }
  return false;
}

}  // namespace

std::string_view MembershipKindName(MembershipKind kind) {
  switch (kind) {
    case MembershipKind::kMember:
      return "member";
    case MembershipKind::kAssociate:
      return "associate";
    case MembershipKind::kObserver:
      return "observer";
  }
  return "member";
}

Result<Groups> Groups::Parse(std::string_view csv, std::string_view file_name) {
  static const std::vector<std::string_view> kColumns = {
      "group", "group_name", "group_aliases", "country", "kind", "from", "until", "note"};
  DYAD_ASSIGN_OR_RETURN(std::vector<CsvRecord> records, ReadCsvTable(csv, file_name, kColumns));
  const Countries& countries = Countries::Builtin();
  Groups groups;
  std::unordered_map<std::string, size_t> by_code;
  for (const CsvRecord& r : records) {
    std::string code(TrimAscii(r.fields[0]));
    if (code.empty() || code.size() > 40) {
      return RecordError(file_name, r, "group: expected a code of 1-40 bytes, found " +
                                           QuoteForMessage(r.fields[0]));
    }
    std::string name(TrimAscii(r.fields[1]));
    std::vector<std::string> aliases = SplitList(r.fields[2]);
    auto [it, inserted] = by_code.emplace(code, groups.groups_.size());
    if (inserted) {
      Group g;
      g.code = code;
      g.name = name.empty() ? code : name;
      g.aliases = aliases;
      groups.groups_.push_back(std::move(g));
    }
    Group& group = groups.groups_[it->second];
    if (!inserted && ((!name.empty() && name != group.name) ||
                      (!aliases.empty() && aliases != group.aliases))) {
      return RecordError(file_name, r,
                         "group " + code + " has a different name or aliases than on its first row");
    }
    Membership m;
    std::string_view country = TrimAscii(r.fields[3]);
    const Country* c = countries.FindByCode(country);
    if (c == nullptr) {
      Result<const Country*> found = countries.Find(country);
      if (!found.ok()) return RecordError(file_name, r, found.status().message());
      c = *found;
    }
    m.country = c->code;
    std::string_view kind = TrimAscii(r.fields[4]);
    if (kind == "member") {
      m.kind = MembershipKind::kMember;
    } else if (kind == "associate") {
      m.kind = MembershipKind::kAssociate;
    } else if (kind == "observer") {
      m.kind = MembershipKind::kObserver;
    } else {
      return RecordError(file_name, r,
                         "kind: expected member, associate or observer, found " +
                             QuoteForMessage(kind));
    }
    Result<Date> from = ParseDate(TrimAscii(r.fields[5]));
    if (!from.ok()) return RecordError(file_name, r, "from: " + from.status().message());
    m.from = *from;
    if (!TrimAscii(r.fields[6]).empty()) {
      Result<Date> until = ParseDate(TrimAscii(r.fields[6]));
      if (!until.ok()) return RecordError(file_name, r, "until: " + until.status().message());
      if (until->Last().DayNumber() < m.from.First().DayNumber()) {
        return RecordError(file_name, r,
                           "until " + until->ToString() + " is before from " + m.from.ToString());
      }
      m.until = *until;
    }
    m.note = std::string(TrimAscii(r.fields[7]));
    // Periods of one country in one group must not overlap: "member on a date" has to
    // have one answer.
    for (const Membership& other : group.memberships) {
      if (other.country != m.country) continue;
      int64_t a0 = other.from.First().DayNumber();
      int64_t a1 = other.until ? other.until->Last().DayNumber() : INT64_MAX;
      int64_t b0 = m.from.First().DayNumber();
      int64_t b1 = m.until ? m.until->Last().DayNumber() : INT64_MAX;
      if (a0 <= b1 && b0 <= a1) {
        return RecordError(file_name, r,
                           m.country + " in " + code + ": period overlaps the one from " +
                               other.from.ToString());
      }
    }
    group.memberships.push_back(std::move(m));
  }
  DYAD_RETURN_IF_ERROR(groups.BuildKeys(file_name));
  return groups;
}

const Groups& Groups::Builtin() {
  // Parsed once (thread-safe static initialisation). The built-in file is tested; if it
  // ever failed to parse the table would be empty rather than the process aborting.
  static const Groups groups = [] {
    Result<Groups> parsed = Parse(embedded::groups_csv(), "data/reference/groups.csv");
    return parsed.ok() ? std::move(parsed).value() : Groups();
  }();
  return groups;
}

Result<Groups> Groups::BuiltinWithUserFile(const std::string& path) {
  DYAD_ASSIGN_OR_RETURN(std::string text, ReadFile(path));
  DYAD_ASSIGN_OR_RETURN(Groups user, Parse(text, path));
  Groups merged = Builtin();
  for (Group& g : user.groups_) {
    g.user_defined = true;
    auto same = std::find_if(merged.groups_.begin(), merged.groups_.end(),
                             [&](const Group& b) { return b.code == g.code; });
    if (same != merged.groups_.end()) {
      *same = std::move(g);
    } else {
      merged.groups_.push_back(std::move(g));
    }
  }
  // A user group may not take a name another group already answers to.
  DYAD_RETURN_IF_ERROR(merged.BuildKeys(path));
  return merged;
}

Status Groups::BuildKeys(std::string_view file_name) {
  keys_.clear();
  for (size_t i = 0; i < groups_.size(); ++i) {
    const Group& g = groups_[i];
    std::vector<std::string> names = {g.code, g.name};
    names.insert(names.end(), g.aliases.begin(), g.aliases.end());
    for (const std::string& n : names) {
      auto [it, inserted] = keys_.emplace(GroupKey(n), i);
      if (!inserted && it->second != i) {
        return InvalidInput(std::string(file_name) + ": group name " + QuoteForMessage(n) +
                            " of " + g.code + " is already used by " +
                            groups_[it->second].code);
      }
    }
  }
  return Status::Ok();
}

Result<const Group*> Groups::Find(std::string_view query) const {
  std::string key = GroupKey(query);
  auto it = keys_.find(key);
  if (it != keys_.end()) return &groups_[it->second];
  std::vector<std::string> keys;
  std::vector<size_t> owner;
  for (const auto& [k, i] : keys_) {
    keys.push_back(k);
    owner.push_back(i);
  }
  std::vector<size_t> hits;
  for (size_t k : NearestKeys(key, keys)) {
    if (std::find(hits.begin(), hits.end(), owner[k]) == hits.end()) hits.push_back(owner[k]);
  }
  std::sort(hits.begin(), hits.end());  // file order, not hash order
  std::vector<std::string> codes;
  for (size_t i : hits) codes.push_back(groups_[i].code);
  std::string message = "unknown group " + QuoteForMessage(query);
  if (!codes.empty()) {
    message += "; did you mean " + JoinAlternatives(codes) + "?";
  } else {
    message += "; `dyad groups` lists them";
  }
  return NotFound(std::move(message));
}

std::vector<const Membership*> Groups::MembersOn(const Group& group, const Date& date,
                                                 bool include_associates,
                                                 bool include_observers) const {
  int64_t day = date.First().DayNumber();
  std::vector<const Membership*> out;
  for (const Membership& m : group.memberships) {
    if (InForce(m, day) && KindWanted(m.kind, include_associates, include_observers)) {
      out.push_back(&m);
    }
  }
  std::sort(out.begin(), out.end(),
            [](const Membership* a, const Membership* b) { return a->country < b->country; });
  return out;
}

bool Groups::IsMemberOn(const Group& group, std::string_view country, const Date& date,
                        bool include_associates) const {
  int64_t day = date.First().DayNumber();
  for (const Membership& m : group.memberships) {
    if (m.country == country && InForce(m, day) && KindWanted(m.kind, include_associates, false)) {
      return true;
    }
  }
  return false;
}

std::vector<const Group*> Groups::CommonGroups(std::string_view a, std::string_view b,
                                               const Date& date) const {
  std::vector<const Group*> out;
  for (const Group& g : groups_) {
    if (IsMemberOn(g, a, date) && IsMemberOn(g, b, date)) out.push_back(&g);
  }
  return out;
}

std::vector<std::pair<const Group*, const Membership*>> Groups::MembershipsOf(
    std::string_view country, const Date& date) const {
  int64_t day = date.First().DayNumber();
  std::vector<std::pair<const Group*, const Membership*>> out;
  for (const Group& g : groups_) {
    for (const Membership& m : g.memberships) {
      if (m.country == country && InForce(m, day)) out.emplace_back(&g, &m);
    }
  }
  return out;
}

}  // namespace dyad::reference
