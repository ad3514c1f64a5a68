// Targets, agreements and cooperation areas: what the registry holds for the pair, and
// for targets what follows from them (the growth they require from the latest full
// year before the article).
#include <algorithm>
#include <cmath>
#include <set>

#include <fmt/format.h>

#include "analytics/series.h"
#include "analytics/target_math.h"
#include "check/claim_checks.h"
#include "check/match.h"
#include "check/rules.h"

namespace dyad::check {
namespace {

std::string DateText(const std::optional<Date>& d) { return d ? d->ToString() : "undated"; }

Evidence AgreementEvidence(const registry::Agreement& a) {
  Evidence e;
  e.what = "agreement";
  e.dataset = "registry";
  e.registry_id = a.id;
  e.title = a.title;
  if (a.signed_on) e.year = a.signed_on->year;
  e.note = fmt::format("{}, signed {}{}", a.kind, DateText(a.signed_on), a.place.empty() ? "" : " in " + a.place);
  if (!a.sources.empty()) {
    e.source = a.sources.front().title;
    e.url = a.sources.front().url;
  }
  return e;
}

}  // namespace

Judgement CheckTarget(Checker& c, const text::Claim& claim, const Date& date) {
  Judgement j;
  j.verdict = Verdict::kRecorded;
  const std::string& a = claim.parties[0];
  const std::string& b = claim.parties[1];
  std::string when = claim.target_year ? fmt::format("by {}", *claim.target_year) : "with no target year";
  if (!claim.value_usd) {
    j.explanation = fmt::format("Recorded: a target for {}-{} {} stated in {}; no growth is computed for a "
                                "figure that is not in US dollars.", a, b, when,
                                claim.currency.empty() ? "an unknown unit" : claim.currency);
    return j;
  }
  bool exports = claim.measure == "exports";
  analytics::TargetInput in;
  in.target_usd = static_cast<double>(*claim.value_usd);
  in.target_year = claim.target_year;
  in.stated = date;
  uint16_t ia = *CountryIndex(a), ib = *CountryIndex(b);
  if (exports) {
    for (analytics::Figure f : analytics::PairFigures(c.snapshot(), ia, ib)) {
      f.total_usd = f.exports_usd;
      if (f.total_usd) in.series.push_back(f);
    }
    in.series = analytics::PreferredByYear(in.series, a, b);
  } else {
    for (const auto& y : analytics::BuildPairSeries(c.snapshot(), ia, ib).years) in.series.push_back(y.preferred);
  }
  analytics::TargetAssessment t = analytics::AssessTarget(in);
  std::string subject = exports ? fmt::format("{}'s exports to {}", a, b) : fmt::format("{}-{} trade", a, b);
  std::string head = fmt::format("Recorded: a target of {}{} for {} {} is a goal, which data cannot confirm.",
                                 QualifierWords(claim.qualifier), Usd(in.target_usd), subject, when);
  std::string growth;
  if (t.baseline && t.baseline->total_usd && *t.baseline->total_usd > 0) {
    double base = static_cast<double>(*t.baseline->total_usd);
    Evidence e = FigureEvidence(*t.baseline, t.baseline->total_usd);
    e.what = "baseline";
    e.note = "latest full year before the article";
    j.evidence.push_back(std::move(e));
    growth = fmt::format(" From the {} baseline of {}{} ({}, the latest full year before {}) it requires {}{}{} in total",
                         t.baseline->year, DataQualifierWords(t.baseline->qualifier), Usd(base),
                         SourceName(*t.baseline), date.ToString(),
                         t.baseline->qualifier == store::Qualifier::kMoreThan ? "at most " : "",
                         in.target_usd >= base ? "+" : "",
                         PctText((in.target_usd / base - 1) * 100));
    std::vector<std::string> parts;
    for (const analytics::Horizon& h : t.horizons) {
      if (!h.required_cagr) continue;
      if (!claim.target_year && h.years != 3 && h.years != analytics::kVerdictHorizonWithoutYear) continue;
      parts.push_back(fmt::format("{} a year to reach it by {} ({} year{})", PctText(*h.required_cagr * 100),
                                  h.by_year, h.years, h.years == 1 ? "" : "s"));
    }
    for (size_t i = 0; i < parts.size(); ++i) growth += (i == 0 ? ": " : ", ") + parts[i];
    growth += ".";
    if (claim.target_year && *claim.target_year <= t.baseline->year) {
      growth += fmt::format(" The target year {} is not after the baseline year.", *claim.target_year);
    }
  } else {
    growth = fmt::format(" No full-year figure for {} before {} is loaded, so the growth it requires cannot be "
                         "computed (load national statistics or BACI).", subject, date.ToString());
  }
  const PairRegistry& reg = c.Registry(a, b);
  std::string stored;
  if (const registry::Target* rt = MatchTarget(claim, reg.targets)) {
    Evidence e;
    e.what = "target";
    e.dataset = "registry";
    e.registry_id = rt->id;
    e.value_usd = rt->value;
    e.title = fmt::format("{} {} {}", rt->state_a, rt->state_b, rt->metric);
    e.note = "stated " + DateText(rt->stated_on) + (rt->stated_by.empty() ? "" : " by " + rt->stated_by);
    j.evidence.push_back(std::move(e));
    stored = fmt::format(" The registry holds it (target #{}).", rt->id);
  } else if (reg.error.empty()) {
    stored = " It is not in the registry: dyad extract FILE --apply records it.";
  }
  j.explanation = head + growth + stored;
  return j;
}

Judgement CheckAgreement(Checker& c, const text::Claim& claim, const Date& date) {
  Judgement j;
  j.verdict = Verdict::kUnverifiable;
  if (!claim.agreement) {
    j.explanation = "Unverifiable: the agreement's details could not be read from the sentence.";
    return j;
  }
  const text::AgreementInfo& info = *claim.agreement;
  std::vector<std::string> states;
  for (const auto& p : info.parties) {
    if (!p.state.empty() && std::find(states.begin(), states.end(), p.state) == states.end()) {
      states.push_back(p.state);
    }
  }
  if (states.empty()) states = claim.parties;
  std::string what = fmt::format("{} \"{}\"{}", info.kind.empty() ? "agreement" : info.kind, info.title,
                                 info.signed_on ? " signed " + info.signed_on->ToString() : "");
  if (states.size() < 2) {
    j.explanation = fmt::format("Unverifiable: the {} does not name two states, so it cannot be matched "
                                "against the registry.", what);
    return j;
  }
  const PairRegistry& reg = c.Registry(states[0], states[1]);
  if (!reg.error.empty()) {
    j.explanation = "Unverifiable: the registry could not be read: " + reg.error + ".";
    return j;
  }
  auto m = MatchAgreement(info, states, date, reg.agreements);
  std::string rule = "rule: same states, compatible kind, signing dates that agree, and a matching title, "
                     "named party or relationship level";
  if (m) {
    const registry::Agreement& a = *m->agreement;
    j.verdict = Verdict::kSupported;
    j.evidence.push_back(AgreementEvidence(a));
    j.evidence.back().note += "; matched: " + m->why;
    j.explanation = fmt::format("Supported: the registry records \"{}\" ({}, signed {}{}; #{}) ({}).", a.title,
                                a.kind, DateText(a.signed_on), a.place.empty() ? "" : " in " + a.place, a.id, rule);
    return j;
  }
  if (info.status == "planned") {
    j.verdict = Verdict::kRecorded;
    j.explanation = fmt::format("Recorded: a planned {} between {}, which no data can confirm yet; not in the "
                                "registry (dyad extract FILE --apply records it).", what,
                                states[0] + " and " + states[1]);
    return j;
  }
  j.explanation = fmt::format("Unverifiable: no agreement in the registry matches the {} between {} and {} "
                              "({}); record it with dyad extract FILE --apply.",
                              what, states[0], states[1], rule);
  return j;
}

Judgement CheckAreas(Checker& c, const text::Claim& claim, const Date& date) {
  Judgement j;
  const std::string& a = claim.parties[0];
  const std::string& b = claim.parties[1];
  if (claim.areas.empty()) {
    j.verdict = Verdict::kUnverifiable;
    j.explanation = "Unverifiable: no cooperation area could be read from the sentence.";
    return j;
  }
  const std::vector<std::string> areas = CanonicalAreas(claim.areas);
  const PairRegistry& reg = c.Registry(a, b);
  std::set<std::string> found;
  for (const registry::AreaAnnouncement& an : reg.announcements) {
    bool used = false;
    for (const std::string& area : areas) {
      if (std::find(an.areas.begin(), an.areas.end(), area) != an.areas.end()) {
        found.insert(area);
        used = true;
      }
    }
    if (!used) continue;
    Evidence e;
    e.what = "areas";
    e.dataset = "registry";
    e.registry_id = an.id;
    e.year = an.date.year;
    e.title = "areas announced " + an.date.ToString();
    std::string list;
    for (const auto& x : an.areas) list += (list.empty() ? "" : ", ") + x;
    e.note = list;
    j.evidence.push_back(std::move(e));
  }
  for (const registry::Agreement& ag : reg.agreements) {
    bool used = false;
    for (const std::string& area : areas) {
      if (!found.count(area) && std::find(ag.areas.begin(), ag.areas.end(), area) != ag.areas.end()) {
        found.insert(area);
        used = true;
      }
    }
    if (!used) continue;
    Evidence e = AgreementEvidence(ag);
    e.what = "areas";
    std::string list;
    for (const auto& x : ag.areas) list += (list.empty() ? "" : ", ") + x;
    e.note = "areas of the agreement: " + list;
    j.evidence.push_back(std::move(e));
  }
  std::string missing;
  for (const std::string& area : areas) {
    if (!found.count(area)) missing += (missing.empty() ? "" : ", ") + area;
  }
  std::string all;
  for (const std::string& area : areas) all += (all.empty() ? "" : ", ") + area;
  if (missing.empty()) {
    j.verdict = Verdict::kSupported;
    j.explanation = fmt::format("Supported: the registry records cooperation in {} for {}-{} (rule: every area "
                                "named is in an area announcement or an agreement of the pair).", all, a, b);
    return j;
  }
  j.verdict = Verdict::kRecorded;
  j.explanation = fmt::format("Recorded: cooperation areas are announcements that data cannot confirm; not in "
                              "the registry for {}-{}: {} (dyad extract FILE --apply records them).", a, b, missing);
  (void)date;
  return j;
}

}  // namespace dyad::check
