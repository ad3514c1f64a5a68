// Composition claims ("A primarily exports oil, gas and metals to B") against
// product-level data: each named good (a product group of reference::Hs) must be a main
// export of that direction (docs/checking.md, "Composition").
#include <cmath>

#include <fmt/format.h>

#include "analytics/composition.h"
#include "check/claim_checks.h"
#include "check/rules.h"
#include "reference/hs.h"

namespace dyad::check {

// A named good is a main export at or above this share of the direction's trade...
inline constexpr double kMainExportShare = 0.05;
// ...present but minor (consistent) from this share, and contradicted below it.
inline constexpr double kMinorExportShare = 0.01;

Judgement CheckComposition(Checker& c, const text::Claim& claim, const Date& date) {
  Judgement j;
  j.verdict = Verdict::kUnverifiable;
  const std::string& exporter = claim.parties[0];
  const std::string& importer = claim.parties[1];
  if (claim.goods.empty()) {
    j.explanation = "Unverifiable: the claim names no goods that map to a product group.";
    return j;
  }
  if (analytics::ChooseProductDataset(c.snapshot(), {}) == nullptr) {
    j.explanation = fmt::format(
        "Unverifiable: checking what {} exports to {} needs product-level data, and none is "
        "loaded; load BACI for product-level checks: dyad import baci FILE.",
        exporter, importer);
    return j;
  }
  ClaimYear cy = ResolveYear(claim, date);
  uint16_t a = *CountryIndex(exporter);
  uint16_t b = *CountryIndex(importer);
  auto comp = analytics::Composition(c.snapshot(), a, b, cy.year, analytics::CompositionLevel::kGroup);
  std::string year_note = cy.assumption;
  if (!comp.ok() && !claim.year) {
    // No year stated: the latest year loaded for the pair stands in, said so.
    comp = analytics::Composition(c.snapshot(), a, b, 0, analytics::CompositionLevel::kGroup);
    if (comp.ok()) {
      year_note = fmt::format("No year is stated and product data for {} is not loaded: {}, the latest "
                              "year with product rows for the pair, is used.",
                              cy.year, comp->year);
    }
  }
  std::string prefix = year_note.empty() ? "" : year_note + " ";
  if (!comp.ok()) {
    j.explanation = prefix + fmt::format("Unverifiable: {}; load BACI for that year: dyad import baci FILE.",
                                         comp.status().message());
    return j;
  }
  const analytics::DirectionComposition& d = comp->a_to_b;
  const reference::Hs& hs = reference::Hs::Builtin();
  int supported = 0, consistent = 0, contradicted = 0, unknown = 0;
  std::string lines, contradicted_names;
  for (const std::string& good : claim.goods) {
    Evidence e;
    e.what = good;
    e.dataset = comp->dataset;
    e.source = comp->source;
    e.year = comp->year;
    e.months = "1-12";
    auto group = hs.FindGroup(good);
    if (!group.ok()) {
      ++unknown;
      e.note = "not a known product group: not checked";
      j.evidence.push_back(std::move(e));
      continue;
    }
    int64_t value = 0;
    for (const analytics::CompositionLine& l : d.lines) {
      if (l.code == (*group)->name) value = l.value_usd;
    }
    double share = d.total_usd > 0 ? static_cast<double>(value) / static_cast<double>(d.total_usd) : 0;
    e.value_usd = value;
    e.percent = std::round(share * 1000) / 10;
    e.title = (*group)->description;
    if (d.total_usd > 0 && share >= kMainExportShare) {
      ++supported;
      e.note = "main export";
    } else if (d.total_usd > 0 && share >= kMinorExportShare) {
      ++consistent;
      e.note = "minor export";
    } else {
      ++contradicted;
      e.note = "not a main export";
      contradicted_names += (contradicted_names.empty() ? "" : ", ") + good;
    }
    lines += fmt::format("{}{} {} ({})", lines.empty() ? "" : ", ", good, PctText(share * 100), Usd(value));
    j.evidence.push_back(std::move(e));
  }
  std::string rule = fmt::format(
      "rule: a named good is a main export at {:g}% or more of the direction's trade, minor "
      "(consistent) from {:g}%, contradicted below",
      kMainExportShare * 100, kMinorExportShare * 100);
  std::string context = fmt::format("{}'s exports to {} in {} were {} ({})", exporter, importer, comp->year,
                                    Usd(static_cast<double>(d.total_usd)), comp->source);
  if (supported + consistent + contradicted == 0) {
    j.explanation = prefix + fmt::format("Unverifiable: none of the goods named maps to a product group; {}.",
                                         context);
    return j;
  }
  if (contradicted > 0) {
    j.verdict = Verdict::kContradicted;
  } else if (consistent == 0 && unknown == 0) {
    j.verdict = Verdict::kSupported;
  } else {
    j.verdict = Verdict::kConsistent;
  }
  std::string name(VerdictName(j.verdict));
  name[0] = static_cast<char>(name[0] - 'a' + 'A');
  j.explanation = prefix + fmt::format("{}: {}; shares: {}{} ({}).", name, context, lines,
                                       contradicted > 0 ? "; not main exports: " + contradicted_names : "",
                                       rule);
  return j;
}

}  // namespace dyad::check
