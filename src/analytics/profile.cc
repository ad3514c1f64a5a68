#include "analytics/profile.h"

#include <fmt/format.h>

#include "reference/countries.h"
#include "reference/groups.h"

namespace dyad::analytics {
namespace {

// `of` among `in`'s partners: overall, then within each group both belong to.
void Ranks(const store::Snapshot& snap, const reference::Country& of, const reference::Country& in, int year,
           const SourceFilter& filter, std::vector<ProfileRank>* out) {
  PartnersQuery q;
  q.country = in.index;
  q.year = year;
  q.filter = filter;
  auto overall = RankOf(snap, q, of.index);
  if (!overall.ok()) {
    out->push_back({in.code, of.code, std::nullopt, overall.status().message(), false});
    return;
  }
  int y = overall->partners.year;
  if (!overall->partners.complete && overall->of < 2) {
    out->push_back({in.code, of.code, std::nullopt,
                    fmt::format("{}'s partners: {} published a {} figure for {} only ({}): no ranking", in.code,
                                in.code, y, of.code, overall->partners.source),
                    true});
    return;
  }
  out->push_back({in.code, of.code, std::move(*overall), "", false});
  for (const reference::Group* g : reference::Groups::Builtin().CommonGroups(of.code, in.code, Date::Ymd(y, 12, 31))) {
    q.year = y;
    q.group = g;
    auto r = RankOf(snap, q, of.index);
    if (r.ok() && (r->partners.complete || r->of >= 2)) out->push_back({in.code, of.code, std::move(*r), "", false});
  }
}

// Each country's share of the other's trade, from the product dataset.
std::vector<ProfileShare> Shares(const store::Snapshot& snap, const store::Dataset& product,
                                 const reference::Country& a, const reference::Country& b, int year) {
  std::vector<ProfileShare> out;
  for (const reference::Country* c : {&a, &b}) {
    const reference::Country* other = c == &a ? &b : &a;
    PartnersQuery q;
    q.country = c->index;
    q.year = year;
    q.filter = SourceFilter{product.info().name, ""};
    auto r = RankPartners(snap, q);
    if (!r.ok()) continue;
    for (const PartnerRow& p : r->rows) {
      if (p.partner != other->code || !p.share) continue;
      out.push_back({c->code, other->code, r->year, *p.share, p.figure.total_usd, r->country_total_usd, r->source});
    }
  }
  return out;
}

}  // namespace

Result<PairProfile> BuildPairProfile(const store::Snapshot& snap, const registry::Registry& reg,
                                     const ProfileQuery& query) {
  const auto& countries = reference::Countries::Builtin();
  const reference::Country& a = countries.at(query.a);
  const reference::Country& b = countries.at(query.b);
  if (query.a == query.b) return UsageError("profile needs two different countries");
  DYAD_RETURN_IF_ERROR(CheckFilter(snap, query.filter));
  PairProfile p;
  p.a = a.code;
  p.b = b.code;
  p.on = query.on;
  p.series = BuildPairSeries(snap, a.index, b.index, query.filter, query.first_year, query.last_year);
  if (p.series.years.empty() && (query.first_year || query.last_year)) {
    PairSeries all = BuildPairSeries(snap, a.index, b.index, query.filter);
    std::string have;
    for (const SeriesYear& y : all.years) have += (have.empty() ? "" : ", ") + std::to_string(y.preferred.year);
    int first = query.first_year, last = query.last_year;
    return NotFound(fmt::format("no trade figures for {} and {} in {} (years with figures: {})", a.code, b.code,
                                first == last ? std::to_string(first) : fmt::format("{}-{}", first, last),
                                have.empty() ? "none" : have));
  }
  // Ranks and shares are for the year asked, else each side's latest full year.
  Ranks(snap, a, b, query.year, query.filter, &p.ranks);  // A among B's partners
  Ranks(snap, b, a, query.year, query.filter, &p.ranks);  // B among A's partners

  const store::Dataset* product = ChooseProductDataset(snap, query.filter);
  if (product == nullptr) {
    p.composition_note = kNoProductData;
  } else {
    auto s = Composition(snap, a.index, b.index, query.year, CompositionLevel::kSection, query.filter);
    if (s.ok()) {
      p.sections = std::move(*s);
      p.groups = Composition(snap, a.index, b.index, p.sections->year, CompositionLevel::kGroup, query.filter).value();
      auto h = Composition(snap, a.index, b.index, p.sections->year, CompositionLevel::kHs6, query.filter);
      if (h.ok()) p.hs6 = std::move(*h);
    } else {
      p.composition_note = s.status().message();
    }
    // Shares of each country's trade: product data only (national totals give no world total).
    p.shares = Shares(snap, *product, a, b, p.sections ? p.sections->year : query.year);
  }

  registry::AgreementFilter af;
  af.states = {a.code, b.code};
  DYAD_ASSIGN_OR_RETURN(p.agreements, reg.ListAgreements(af));
  registry::AreaFilter arf;
  arf.states = {a.code, b.code};
  DYAD_ASSIGN_OR_RETURN(p.areas, reg.ListAreaAnnouncements(arf));
  DYAD_ASSIGN_OR_RETURN(p.targets, AssessPairTargets(snap, reg, a.index, b.index, query.filter));

  if (p.series.years.empty() && p.agreements.empty() && p.targets.empty() && product == nullptr) {
    return NotFound(fmt::format("nothing known about {} and {}: no trade figures, agreements or targets{}", a.code,
                                b.code, query.first_year || query.last_year ? " in the years asked" : ""));
  }
  return p;
}

}  // namespace dyad::analytics
