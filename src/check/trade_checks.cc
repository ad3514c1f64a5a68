// Trade totals, one-way flows, growth and shares against the pair series of analytics.
#include <cmath>
#include <map>
#include <set>

#include <fmt/format.h>

#include "analytics/partners.h"
#include "analytics/sources.h"
#include "check/claim_checks.h"
#include "check/rules.h"

namespace dyad::check {
namespace {

// "1-11" -> {1, 11}; anything else -> the full year.
std::pair<int, int> Months(const std::string& m) {
  int a = 0, b = 0;
  if (std::sscanf(m.c_str(), "%d-%d", &a, &b) == 2 && 1 <= a && a <= b && b <= 12) return {a, b};
  return {1, 12};
}

std::string YearsText(const std::set<int>& years) {
  std::string out;
  for (auto it = years.begin(); it != years.end();) {
    int lo = *it, hi = lo;
    for (++it; it != years.end() && *it == hi + 1; ++it) hi = *it;
    out += (out.empty() ? "" : ", ") + (lo == hi ? std::to_string(lo) : fmt::format("{}-{}", lo, hi));
  }
  return out;
}

std::optional<int64_t> MeasureOf(const analytics::Figure& f, const std::string& measure) {
  if (measure == "exports") return f.exports_usd;
  if (measure == "imports") return f.imports_usd;
  return f.total_usd;
}

Judgement NoUsd(const text::Claim& claim) {
  Judgement j;
  j.verdict = Verdict::kUnverifiable;
  j.explanation = fmt::format(
      "Unverifiable: the figure is stated in {}, and dyad compares US dollars only (no exchange "
      "rates are loaded).",
      claim.currency.empty() ? "an unknown currency" : claim.currency);
  return j;
}

std::string Subject(const text::Claim& claim, const std::string& measure) {
  const std::string& a = claim.parties[0];
  const std::string& b = claim.parties[1];
  if (measure == "exports") return fmt::format("{}'s exports to {}", a, b);
  if (measure == "imports") return fmt::format("{}'s imports from {}", a, b);
  return fmt::format("{}-{} trade", a, b);
}

}  // namespace

Judgement CheckTradeAmount(Checker& c, const text::Claim& claim, const Date& date) {
  if (!claim.value_usd) return NoUsd(claim);
  ClaimYear cy = ResolveYear(claim, date);
  // A flow is parties[0]'s exports to parties[1]; a total is both directions.
  std::string measure = claim.kind == text::ClaimKind::kTradeFlow ? "exports" : "total";
  if (claim.kind == text::ClaimKind::kTradeTotal && (claim.measure == "exports" || claim.measure == "imports")) {
    measure = claim.measure;
  }
  uint16_t a = *CountryIndex(claim.parties[0]);
  uint16_t b = *CountryIndex(claim.parties[1]);
  std::vector<analytics::Figure> figures = analytics::PairFigures(c.snapshot(), a, b);
  AmountQuestion q;
  q.claimed = *claim.value_usd;
  q.qualifier = claim.qualifier;
  q.year = cy.year;
  std::tie(q.first_month, q.last_month) = Months(claim.months);
  q.subject = Subject(claim, measure);
  q.assumption = cy.assumption;
  std::set<int> years;
  std::vector<Observation> obs;
  for (const analytics::Figure& f : figures) {
    years.insert(f.year);
    if (f.year == cy.year) obs.push_back({f, MeasureOf(f, measure)});
  }
  q.years_loaded = YearsText(years);
  Judgement j = JudgeAmount(q, obs);
  for (Evidence& e : j.evidence) e.what = measure;
  return j;
}

Judgement CheckGrowth(Checker& c, const text::Claim& claim, const Date& date) {
  Judgement j;
  if (!claim.percent) {
    j.explanation = "Unverifiable: the claim states no growth rate.";
    return j;
  }
  ClaimYear cy = ResolveYear(claim, date);
  int to = cy.year;
  int from = claim.from_year.value_or(to - 1);
  auto [m1, m2] = Months(claim.months);
  std::string measure = claim.measure == "exports" || claim.measure == "imports" ? claim.measure : "total";
  std::string subject = Subject(claim, measure);
  std::string period = from + 1 == to ? fmt::format("{} over {}", PeriodText(to, m1, m2), from)
                                      : fmt::format("{} to {}", PeriodText(from, m1, m2), PeriodText(to, m1, m2));
  std::string prefix = cy.assumption.empty() ? "" : cy.assumption + " ";
  uint16_t a = *CountryIndex(claim.parties[0]);
  uint16_t b = *CountryIndex(claim.parties[1]);
  // Growth is computed within one source (same dataset and reporter) so that a change
  // of source is not read as growth.
  std::map<std::string, std::pair<const analytics::Figure*, const analytics::Figure*>> by_source;
  std::vector<analytics::Figure> figures = analytics::PairFigures(c.snapshot(), a, b);
  for (const analytics::Figure& f : figures) {
    if (f.first_month != m1 || f.last_month != m2 || !MeasureOf(f, measure)) continue;
    auto& slot = by_source[f.dataset + "/" + f.reporter];
    if (f.year == from && !slot.first) slot.first = &f;
    if (f.year == to && !slot.second) slot.second = &f;
  }
  struct Item {
    const analytics::Figure* from;
    const analytics::Figure* to;
    double growth_pct;
    PercentOutcome out;
  };
  std::vector<Item> items;
  for (const auto& [key, p] : by_source) {
    if (!p.first || !p.second || *MeasureOf(*p.first, measure) == 0) continue;
    double g = (static_cast<double>(*MeasureOf(*p.second, measure)) /
                    static_cast<double>(*MeasureOf(*p.first, measure)) - 1) * 100;
    items.push_back({p.first, p.second, g, ComparePercent(*claim.percent, claim.qualifier, g)});
  }
  // Preferred sources first.
  std::sort(items.begin(), items.end(), [&](const Item& x, const Item& y) {
    return analytics::Precedence(*x.to, claim.parties[0], claim.parties[1]) <
           analytics::Precedence(*y.to, claim.parties[0], claim.parties[1]);
  });
  for (const Item& it : items) {
    Evidence e = FigureEvidence(*it.to, MeasureOf(*it.to, measure));
    e.what = "growth of " + measure;
    e.percent = std::round(it.growth_pct * 10) / 10;
    e.diff_pp = std::round(it.out.diff_pp * 10) / 10;
    e.note = fmt::format("{}: {}{} -> {}: {}{}", from, DataQualifierWords(it.from->qualifier),
                         Usd(static_cast<double>(*MeasureOf(*it.from, measure))), to,
                         DataQualifierWords(it.to->qualifier),
                         Usd(static_cast<double>(*MeasureOf(*it.to, measure))));
    j.evidence.push_back(std::move(e));
  }
  std::string claimed = QualifierWords(claim.qualifier) + PctText(*claim.percent);
  if (items.empty()) {
    std::set<int> years;
    for (const analytics::Figure& f : figures) years.insert(f.year);
    j.verdict = Verdict::kUnverifiable;
    j.explanation = prefix + fmt::format(
        "Unverifiable: no single source has {} figures for both {} and {} for {} "
        "(years with figures: {}); growth is only computed within one source. Load "
        "national statistics or BACI for both years (dyad import baci FILE).",
        m1 == 1 && m2 == 12 ? "full-year" : fmt::format("months {}-{}", m1, m2), from, to, subject,
        years.empty() ? "none" : YearsText(years));
    return j;
  }
  const Item* best = &items.front();
  for (const Item& it : items) {
    if (it.out.verdict == Verdict::kSupported && best->out.verdict != Verdict::kSupported) best = &it;
    if (it.out.verdict == Verdict::kConsistent && best->out.verdict == Verdict::kContradicted) best = &it;
  }
  j.verdict = best->out.verdict;
  std::string how = j.verdict == Verdict::kSupported ? "matches it"
                    : j.verdict == Verdict::kConsistent
                        ? fmt::format("is {:.1f} points away, within tolerance", std::fabs(best->out.diff_pp))
                        : fmt::format("is {:.1f} points away, beyond tolerance", std::fabs(best->out.diff_pp));
  std::string name(VerdictName(j.verdict));
  name[0] = static_cast<char>(name[0] - 'a' + 'A');
  j.explanation = prefix + fmt::format("{}: {} gives a change of {} in {} ({}); the claimed {} {} ({}).",
                                       name, SourceName(*best->to), PctText(best->growth_pct), subject,
                                       period, claimed, how, best->out.rule);
  return j;
}

Judgement CheckShare(Checker& c, const text::Claim& claim, const Date& date) {
  Judgement j;
  if (!claim.percent) {
    j.explanation = "Unverifiable: the claim states no share.";
    return j;
  }
  ClaimYear cy = ResolveYear(claim, date);
  std::string prefix = cy.assumption.empty() ? "" : cy.assumption + " ";
  const std::string& partner = claim.parties[0];
  const std::string& country = claim.parties[1];
  analytics::PartnersQuery q = PartnersQueryFor(claim, cy.year);
  auto r = analytics::RankPartners(c.snapshot(), q);
  j.verdict = Verdict::kUnverifiable;
  if (!r.ok()) {
    j.explanation = prefix + fmt::format("Unverifiable: {}; load BACI (dyad import baci FILE) for "
                                         "{}'s trade with all partners.", r.status().message(), country);
    return j;
  }
  const analytics::PartnerRow* row = nullptr;
  for (const auto& p : r->rows) {
    if (p.partner == partner) row = &p;
  }
  if (row == nullptr || !row->share) {
    if (row != nullptr) {
      Evidence e = FigureEvidence(row->figure, static_cast<int64_t>(row->value));
      e.what = std::string(analytics::FlowName(q.flow));
      j.evidence.push_back(std::move(e));
    }
    j.explanation = prefix + fmt::format(
        "Unverifiable: {}'s {} trade with the world in {} is not in the loaded data ({}{}), so "
        "no share can be computed; load BACI (dyad import baci FILE).",
        country, analytics::FlowName(q.flow), cy.year, r->source,
        r->complete ? "" : ", which lists only some partners");
    return j;
  }
  double share = *row->share * 100;
  PercentOutcome out = ComparePercent(*claim.percent, claim.qualifier, share);
  Evidence e = FigureEvidence(row->figure, static_cast<int64_t>(row->value));
  e.what = "share of " + std::string(analytics::FlowName(q.flow));
  e.percent = std::round(share * 10) / 10;
  e.diff_pp = std::round(out.diff_pp * 10) / 10;
  e.note = r->country_total_usd ? fmt::format("{}'s total with the world: {}", country,
                                              Usd(static_cast<double>(*r->country_total_usd)))
                                : "";
  j.evidence.push_back(std::move(e));
  j.verdict = out.verdict;
  std::string name(VerdictName(j.verdict));
  name[0] = static_cast<char>(name[0] - 'a' + 'A');
  j.explanation = prefix + fmt::format(
      "{}: {} accounts for {} of {}'s {} trade in {} ({}); the claimed {}{} {} ({}).", name, partner,
      PctText(share), country, analytics::FlowName(q.flow), cy.year, r->source,
      QualifierWords(claim.qualifier), PctText(*claim.percent),
      j.verdict == Verdict::kSupported ? "matches it"
                                       : fmt::format("is {:.1f} points away, {} tolerance", std::fabs(out.diff_pp),
                                                     j.verdict == Verdict::kConsistent ? "within" : "beyond"),
      out.rule);
  return j;
}

}  // namespace dyad::check
