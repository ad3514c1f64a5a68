#include "check/apply.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <set>

#include <fmt/format.h>

#include "check/match.h"

namespace dyad::check {

std::string_view ApplyActionName(ApplyAction a) {
  switch (a) {
    case ApplyAction::kAdded: return "added";
    case ApplyAction::kUpdated: return "updated";
    case ApplyAction::kUnchanged: return "unchanged";
    case ApplyAction::kSkipped: return "skipped";
  }
  return "?";
}

namespace {

// True when `sources` already cite this article for this sentence.
bool AlreadyCited(const std::vector<registry::Source>& sources, const registry::Source& s) {
  for (const registry::Source& x : sources) {
    if (!s.quote.empty() && x.quote == s.quote) return true;
  }
  return false;
}

std::vector<std::string> StatesOf(const text::Claim& c) {
  std::vector<std::string> states;
  if (c.agreement) {
    for (const auto& p : c.agreement->parties) {
      if (!p.state.empty() && std::find(states.begin(), states.end(), p.state) == states.end()) {
        states.push_back(p.state);
      }
    }
  }
  if (states.size() < 2) states = c.parties;
  return states;
}

registry::Agreement ToAgreement(const text::AgreementInfo& info, const std::vector<std::string>& states) {
  registry::Agreement a;
  a.title = info.title;
  if (!a.title.empty()) a.title[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(a.title[0])));
  a.kind = info.kind.empty() ? "agreement" : info.kind;
  a.level = info.level;
  bool has_states = false;
  for (const auto& p : info.parties) has_states = has_states || p.name.empty();
  if (!has_states) {
    for (const std::string& s : states) a.parties.push_back({s, "", "", std::nullopt});
  }
  for (const auto& p : info.parties) a.parties.push_back({p.state, p.name, p.kind, std::nullopt});
  a.signed_on = info.signed_on;
  a.place = info.place;
  a.signatories = info.signatories;
  a.valid_from = info.valid_from;
  a.valid_to = info.valid_to;
  a.status = info.status.empty() ? "signed" : info.status;
  a.relationship_level = info.relationship_level;
  if (!info.validity.empty()) a.notes = "validity as stated: " + info.validity;
  return a;
}

void Count(ApplyReport& r, ApplyItem item) {
  switch (item.action) {
    case ApplyAction::kAdded: ++r.added; break;
    case ApplyAction::kUpdated: ++r.updated; break;
    case ApplyAction::kUnchanged: ++r.unchanged; break;
    case ApplyAction::kSkipped: ++r.skipped; break;
  }
  r.items.push_back(std::move(item));
}

// Expected failures of one entry (validation) are reported, not raised; failures of the
// registry itself stop the apply.
bool IsEntryError(const Status& s) { return s.code() == StatusCode::kInvalidInput || s.code() == StatusCode::kNotFound; }

// The outcome of an upsert as an item: an entry error (the article's data is not valid
// registry data) skips the item; any other failure stops the apply.
Result<ApplyItem> FinishUpsert(Result<registry::UpsertResult> up, ApplyItem item) {
  if (!up.ok()) {
    if (!IsEntryError(up.status())) return up.status();
    item.action = ApplyAction::kSkipped;
    item.reason = up.status().message();
    return item;
  }
  item.id = up->id;
  item.action = up->created ? ApplyAction::kAdded : ApplyAction::kUpdated;
  return item;
}

Result<ApplyItem> ApplyAgreement(const text::Claim& c, const Date& date, registry::Source src,
                                 registry::Registry& reg) {
  ApplyItem item;
  item.what = "agreement";
  std::vector<std::string> states = StatesOf(c);
  if (!c.agreement || states.size() < 2) {
    item.action = ApplyAction::kSkipped;
    item.summary = c.agreement ? c.agreement->title : c.text;
    item.reason = "the sentence does not name two states";
    return item;
  }
  registry::AgreementFilter f;
  f.states = {states[0], states[1]};
  DYAD_ASSIGN_OR_RETURN(std::vector<registry::Agreement> existing, reg.ListAgreements(f));
  if (auto m = MatchAgreement(*c.agreement, states, date, existing)) {
    const registry::Agreement& a = *m->agreement;
    item.id = a.id;
    item.summary = a.title;
    item.reason = "matches #" + std::to_string(a.id) + ": " + m->why;
    if (AlreadyCited(a.sources, src)) {
      item.action = ApplyAction::kUnchanged;
      return item;
    }
    registry::Agreement merged = a;
    merged.sources.push_back(src);
    DYAD_RETURN_IF_ERROR(reg.ReplaceAgreement(a.id, merged));
    item.action = ApplyAction::kUpdated;
    return item;
  }
  registry::Agreement a = ToAgreement(*c.agreement, states);
  a.sources.push_back(src);
  item.summary = a.title;
  return FinishUpsert(reg.UpsertAgreement(a), std::move(item));
}

Result<ApplyItem> ApplyTarget(const text::Claim& c, const Date& date, registry::Source src,
                              registry::Registry& reg) {
  ApplyItem item;
  item.what = "target";
  if (c.parties.size() < 2 || (!c.value_usd && !(c.amount && !c.currency.empty()))) {
    item.action = ApplyAction::kSkipped;
    item.summary = c.text;
    item.reason = c.parties.size() < 2 ? "the sentence does not name two states" : "no amount";
    return item;
  }
  registry::TargetFilter f;
  f.states = {c.parties[0], c.parties[1]};
  DYAD_ASSIGN_OR_RETURN(std::vector<registry::Target> existing, reg.ListTargets(f));
  registry::Target t;
  t.state_a = c.parties[0];
  t.state_b = c.parties[1];
  t.metric = c.measure == "exports" ? "exports" : c.measure == "imports" ? "imports" : "total_trade";
  t.value = c.value_usd ? *c.value_usd : std::llround(*c.amount);
  t.currency = c.value_usd ? "USD" : c.currency;
  t.target_year = c.target_year;
  t.stated_on = date;
  t.stated_by = c.speaker;
  item.summary = fmt::format("{}-{} {} {} {}{}", t.state_a, t.state_b, t.metric, t.value, t.currency,
                             t.target_year ? " by " + std::to_string(*t.target_year) : "");
  if (const registry::Target* m = MatchTarget(c, existing)) {
    item.id = m->id;
    item.reason = "matches target #" + std::to_string(m->id);
    if (AlreadyCited(m->sources, src)) {
      item.action = ApplyAction::kUnchanged;
      return item;
    }
    // Same key as the stored target so that the upsert merges the new source into it.
    registry::Target merged = *m;
    merged.sources = {src};
    DYAD_ASSIGN_OR_RETURN(registry::UpsertResult up, reg.UpsertTarget(merged));
    item.id = up.id;
    item.action = up.created ? ApplyAction::kAdded : ApplyAction::kUpdated;
    return item;
  }
  t.sources.push_back(src);
  return FinishUpsert(reg.UpsertTarget(t), std::move(item));
}

Result<ApplyItem> ApplyAreas(const text::Claim& c, const Date& date, registry::Source src,
                             registry::Registry& reg) {
  ApplyItem item;
  item.what = "areas";
  const std::vector<std::string> areas = CanonicalAreas(c.areas);
  std::string list;
  for (const auto& a : areas) list += (list.empty() ? "" : ", ") + a;
  item.summary = (c.parties.size() >= 2 ? c.parties[0] + "-" + c.parties[1] + ": " : "") + list;
  if (c.parties.size() < 2 || areas.empty()) {
    item.action = ApplyAction::kSkipped;
    item.reason = areas.empty() ? "no areas" : "the sentence does not name two states";
    return item;
  }
  // Areas already recorded for the pair (in an announcement or an agreement) are not
  // announced again.
  registry::AreaFilter af;
  af.states = {c.parties[0], c.parties[1]};
  DYAD_ASSIGN_OR_RETURN(std::vector<registry::AreaAnnouncement> anns, reg.ListAreaAnnouncements(af));
  registry::AgreementFilter gf;
  gf.states = {c.parties[0], c.parties[1]};
  DYAD_ASSIGN_OR_RETURN(std::vector<registry::Agreement> ags, reg.ListAgreements(gf));
  std::set<std::string> known;
  for (const auto& a : anns) known.insert(a.areas.begin(), a.areas.end());
  for (const auto& a : ags) known.insert(a.areas.begin(), a.areas.end());
  bool all_known = std::all_of(areas.begin(), areas.end(), [&](const std::string& a) { return known.count(a) > 0; });
  if (all_known) {
    item.action = ApplyAction::kUnchanged;
    item.reason = "already recorded for the pair";
    for (const auto& a : anns) {
      if (a.date == date) item.id = a.id;
    }
    return item;
  }
  registry::AreaAnnouncement an;
  an.state_a = c.parties[0];
  an.state_b = c.parties[1];
  an.date = date;
  an.areas = areas;
  an.sources.push_back(src);
  return FinishUpsert(reg.UpsertAreaAnnouncement(an), std::move(item));
}

}  // namespace

Result<ApplyReport> ApplyArticle(const text::Article& article, const registry::Source& source,
                                 registry::Registry& registry) {
  ApplyReport report;
  for (const text::Claim& c : article.claims) {
    registry::Source src = source;
    src.quote = c.text;
    Result<ApplyItem> item = ApplyItem{};
    switch (c.kind) {
      case text::ClaimKind::kAgreement: item = ApplyAgreement(c, article.date, src, registry); break;
      case text::ClaimKind::kTarget: item = ApplyTarget(c, article.date, src, registry); break;
      case text::ClaimKind::kAreas: item = ApplyAreas(c, article.date, src, registry); break;
      default: continue;
    }
    if (!item.ok()) return item.status();
    Count(report, std::move(*item));
  }
  return report;
}

}  // namespace dyad::check
