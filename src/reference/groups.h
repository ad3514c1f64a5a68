// Country groups (CIS, EAEU, CSTO, SCO, Central Asia, former USSR, EU, ASEAN, GCC,
// BRICS, G7, G20, and user-defined ones) with membership periods and kinds, as of any
// date. Built from data/reference/groups.csv (compiled in), optionally extended by a
// user file. Immutable after construction; safe to read from any thread.
#pragma once

#include <optional>
#include <unordered_map>
#include <utility>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "base/status.h"

namespace dyad::reference {

enum class MembershipKind { kMember, kAssociate, kObserver };
std::string_view MembershipKindName(MembershipKind kind);  // "member", "associate", "observer"

struct Membership {
  std::string country;         // Country::code
  MembershipKind kind = MembershipKind::kMember;
  Date from;                   // first day of membership
  std::optional<Date> until;   // last day of membership; nullopt while it lasts
  std::string note;            // "withdrew 2009-08-18", "associate member since 2005"
};

struct Group {
  std::string code;                  // "CIS"
  std::string name;                  // "Commonwealth of Independent States"
  std::vector<std::string> aliases;  // "Commonwealth of Independent States", "CIS members"
  std::vector<Membership> memberships;
  bool user_defined = false;
};

class Groups {
 public:
  static const Groups& Builtin();
  static Result<Groups> Parse(std::string_view csv, std::string_view file_name);

  // Builtin() plus the groups in `path` (same CSV format); user groups may replace
  // built-in ones by code.
  static Result<Groups> BuiltinWithUserFile(const std::string& path);

  // By code or name or alias, case-insensitive; kNotFound with suggestions otherwise.
  Result<const Group*> Find(std::string_view query) const;

  // Memberships in force on `date`, in country-code order. A month or year `date`
  // means its first day. Full members always; associates/observers if asked.
  std::vector<const Membership*> MembersOn(const Group& group, const Date& date,
                                           bool include_associates = false,
                                           bool include_observers = false) const;
  // True when `country` is a full member on `date` (or associate, if asked).
  bool IsMemberOn(const Group& group, std::string_view country, const Date& date,
                  bool include_associates = false) const;
  // Groups that both countries belong to on `date` as full members.
  std::vector<const Group*> CommonGroups(std::string_view a, std::string_view b,
                                         const Date& date) const;
  // Every membership (any kind) of `country` in force on `date`, in group order.
  std::vector<std::pair<const Group*, const Membership*>> MembershipsOf(
      std::string_view country, const Date& date) const;

  const std::vector<Group>& all() const { return groups_; }

 private:
  // Indexes names and aliases; fails when one name would mean two groups.
  Status BuildKeys(std::string_view file_name);

  std::vector<Group> groups_;
  std::unordered_map<std::string, size_t> keys_;  // folded code/name/alias -> group
};

}  // namespace dyad::reference
