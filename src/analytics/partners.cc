#include "analytics/partners.h"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "analytics/pair_figure.h"
#include "analytics/ranking.h"
#include "reference/countries.h"
#include "reference/trade_areas.h"

namespace dyad::analytics {

using store::Basis;
using store::Side;

std::string_view FlowName(Flow flow) {
  switch (flow) {
    case Flow::kTotal: return "total";
    case Flow::kExports: return "exports";
    case Flow::kImports: return "imports";
  }
  return "?";
}

namespace {

// One way of answering "C's partners": a dataset, and whose figures in it.
struct Candidate {
  const store::Dataset* ds = nullptr;
  Basis basis = Basis::kReconciled;
  std::set<int> years;       // years with any figure for C
  std::set<int> full_years;  // years with a full-year figure for C
  int order = 0;             // precedence: lower answers first
  // Named as a figure of this source names it (Figure::SourceLabel).
  std::string Label(const std::string& country) const {
    Figure f;
    f.dataset = ds->info().name;
    f.basis = basis;
    f.reporter = country;
    f.synthetic = ds->info().synthetic;
    return f.SourceLabel();
  }
};

std::vector<Candidate> Candidates(const store::Snapshot& snap, uint16_t country,
                                  const SourceFilter& filter) {
  const std::string& code = CodeOf(country);
  std::vector<Candidate> out;
  for (const auto& ds : snap.datasets()) {
    const store::DatasetInfo& info = ds->info();
    if (!filter.Matches(info)) continue;
    if (info.basis == Basis::kNational && ds->aggregate_rows() > 0 &&
        filter.MatchesReporter(code, Basis::kNational)) {
      // National releases list only some partners: they answer a ranking when no source
      // covering every partner has the year (docs/analytics.md, "Rankings").
      Candidate c{ds.get(), Basis::kNational, {}, {}, 2};
      for (const auto& r : ds->aggregates()) {
        if (r.reporter != country) continue;
        c.years.insert(r.year);
        if (r.full_year()) c.full_years.insert(r.year);
      }
      if (!c.years.empty()) out.push_back(c);
      continue;
    }
    if (info.basis == Basis::kNational) continue;
    // A one-commodity extract ranks partners in that commodity only when asked for by name.
    if (!info.complete() && filter.dataset.empty()) continue;
    bool reporter = info.basis == Basis::kReporter;
    if (reporter ? !filter.MatchesReporter(code, Basis::kReporter)
                 : !filter.MatchesReporter("", Basis::kReconciled)) {
      continue;
    }
    Candidate c{ds.get(), reporter ? Basis::kReporter : Basis::kReconciled, {}, {}, reporter ? 1 : 0};
    for (uint16_t y : ds->years()) {
      bool has = reporter ? (ds->CountryYear(y, country, Side::kExporterReported) ||
                             ds->CountryYear(y, country, Side::kImporterReported))
                          : ds->CountryYear(y, country, Side::kReconciled).has_value();
      if (has) c.years.insert(y);
    }
    if (reporter) {
      // The reporter's TOTAL figures (Comtrade's cmdCode TOTAL) count as its declarations.
      for (const auto& r : ds->aggregates()) {
        if (r.reporter == country) c.years.insert(r.year);
      }
    }
    c.full_years = c.years;
    if (info.synthetic) c.order += 10;
    if (!c.years.empty()) out.push_back(c);
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Candidate& a, const Candidate& b) { return a.order < b.order; });
  return out;
}

std::string YearList(const std::set<int>& years) {
  std::string s;
  for (int y : years) s += (s.empty() ? "" : ", ") + std::to_string(y);
  return s;
}

// Per partner: the figure C's chosen source gives for the year.
std::map<uint16_t, Figure> RowsOf(const Candidate& c, uint16_t country, int year) {
  std::map<uint16_t, Figure> rows;
  const store::DatasetInfo& info = c.ds->info();
  if (c.basis == Basis::kNational) {
    for (const auto& r : c.ds->aggregates()) {
      if (r.reporter != country || r.year != year) continue;
      Figure f = FromAggregate(info, r);
      auto it = rows.find(r.partner);
      // A full-year figure beats a partial one; among partials the longest period wins;
      // among equals the later publication (a revision) wins.
      if (it == rows.end()) {
        rows.emplace(r.partner, f);
      } else {
        const Figure& cur = it->second;
        int span = f.last_month - f.first_month, cur_span = cur.last_month - cur.first_month;
        if (span > cur_span || (span == cur_span && f.published > cur.published)) it->second = f;
      }
    }
    return rows;
  }
  // Product and reporter data: every partner's figure from the one pair rule.
  std::set<uint16_t> partners;
  if (c.basis == Basis::kReconciled) {
    for (const auto& p : c.ds->Partners(year, country, Side::kReconciled)) {
      partners.insert(p.exporter == country ? p.importer : p.exporter);
    }
    for (uint16_t p : partners) {
      if (auto f = ReconciledPairFigure(*c.ds, year, country, p)) rows.emplace(p, *f);
    }
    return rows;
  }
  for (Side side : {Side::kExporterReported, Side::kImporterReported}) {
    for (const auto& p : c.ds->Partners(year, country, side)) {
      bool declared = side == Side::kExporterReported ? p.exporter == country : p.importer == country;
      if (declared) partners.insert(p.exporter == country ? p.importer : p.exporter);
    }
  }
  for (const auto& r : c.ds->aggregates()) {
    if (r.reporter == country && r.year == year) partners.insert(r.partner);
  }
  for (uint16_t p : partners) {
    if (auto f = ReporterPairFigure(*c.ds, year, country, p)) rows.emplace(p, *f);
  }
  return rows;
}

std::optional<int64_t> FlowValue(const Figure& f, Flow flow) {
  switch (flow) {
    case Flow::kTotal: return f.total_usd;
    case Flow::kExports: return f.exports_usd;
    case Flow::kImports: return f.imports_usd;
  }
  return std::nullopt;
}

std::string Money(int64_t v) {
  std::string digits = std::to_string(v < 0 ? -v : v), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return (v < 0 ? "-" : "") + out;
}

constexpr size_t kWorldMinPartners = 50;

// The country's trade with all partners in the chosen source (nullopt for national
// releases, which list only some partners): reconciled data from the country totals;
// reporter data as the sum of the partners' figures, so that TOTAL rows count.
std::optional<int64_t> WorldTotal(const Candidate& c, const std::map<uint16_t, Figure>& rows,
                                  uint16_t country, int year, Flow flow) {
  if (c.basis == Basis::kNational) return std::nullopt;
  if (c.basis == Basis::kReconciled) {
    auto t = c.ds->CountryYear(static_cast<uint16_t>(year), country, Side::kReconciled);
    int64_t x = t ? t->exports.value_usd : 0, m = t ? t->imports.value_usd : 0;
    return flow == Flow::kExports ? x : flow == Flow::kImports ? m : x + m;
  }
  // An extract of a few partners (a downloaded selection) says nothing about the
  // country's trade with the world: its sum is used only when the reporter's figures
  // name at least kWorldMinPartners partners (docs/analytics.md, "Rankings").
  if (rows.size() < kWorldMinPartners) return std::nullopt;
  int64_t x = 0, m = 0;
  for (const auto& [p, f] : rows) {
    x += f.exports_usd.value_or(0);
    m += f.imports_usd.value_or(0);
  }
  return flow == Flow::kExports ? x : flow == Flow::kImports ? m : x + m;
}

// Areas ("Areas, nes", Bunkers, "nes" regions) are not countries: out of the ranking,
// named in a note with what they add up to.
void SetAreasAside(std::map<uint16_t, Figure>* rows, Flow flow, std::vector<std::string>* notes) {
  const auto& areas = reference::TradeAreas::Builtin();
  std::string names;
  int64_t sum = 0;
  for (auto it = rows->begin(); it != rows->end();) {
    if (!areas.IsArea(it->first)) {
      if (const auto* holds = areas.StandsFor(it->first)) {
        it->second.note = reference::Countries::Builtin().at(it->first).name + ": " + holds->name +
                          " as trade data reports it";
      }
      ++it;
      continue;
    }
    names += (names.empty() ? "" : ", ") + reference::Countries::Builtin().at(it->first).name;
    sum += FlowValue(it->second, flow).value_or(0);
    it = rows->erase(it);
  }
  if (!names.empty()) {
    notes->push_back("areas that are not countries are counted in the total but not ranked: " + names +
                     " (together " + Money(sum) + " USD)");
  }
}

}  // namespace

Result<PartnersResult> RankPartners(const store::Snapshot& snapshot, const PartnersQuery& q) {
  DYAD_RETURN_IF_ERROR(CheckFilter(snapshot, q.filter));
  const std::string& code = CodeOf(q.country);
  std::vector<Candidate> cands = Candidates(snapshot, q.country, q.filter);
  if (cands.empty()) {
    std::string where = q.filter.dataset.empty() ? "any loaded dataset" : "dataset " + q.filter.dataset;
    if (!q.filter.source.empty()) where += " (source " + q.filter.source + ")";
    return NotFound(fmt::format("no partner figures for {} in {}", code, where));
  }
  int year = q.year;
  if (year == 0) {
    for (const Candidate& c : cands) {
      if (!c.full_years.empty()) year = std::max(year, *c.full_years.rbegin());
    }
    if (year == 0) {
      for (const Candidate& c : cands) year = std::max(year, *c.years.rbegin());
    }
  }
  const Candidate* chosen = nullptr;
  for (const Candidate& c : cands) {
    if (c.full_years.contains(year)) {
      chosen = &c;
      break;
    }
  }
  if (chosen == nullptr) {
    for (const Candidate& c : cands) {
      if (c.years.contains(year)) {
        chosen = &c;
        break;
      }
    }
  }
  if (chosen == nullptr) {
    std::string have;
    for (const Candidate& c : cands) {
      have += (have.empty() ? "" : "; ") + c.Label(code) + " has " + YearList(c.years);
    }
    return NotFound(fmt::format("no {} partner figures for {} ({})", year, code, have));
  }

  PartnersResult res;
  res.country = code;
  res.year = year;
  res.flow = q.flow;
  res.dataset = chosen->ds->info().name;
  res.source = chosen->Label(code);
  res.basis = chosen->basis;
  res.complete = chosen->basis != Basis::kNational;
  for (const Candidate& c : cands) {
    if (&c != chosen && c.years.contains(year)) res.other_sources.push_back(c.Label(code));
  }

  std::map<uint16_t, Figure> rows = RowsOf(*chosen, q.country, year);
  rows.erase(q.country);
  if (!chosen->ds->info().complete()) {
    res.notes.push_back("commodities " + chosen->ds->info().coverage + " only (a partial extract): partners "
                        "ranked on that trade, not on their whole trade with " + code);
  }
  // The country's trade with the world counts every partner, areas included (as the
  // source's World figure does); areas are then taken out of the ranking.
  std::optional<int64_t> world = WorldTotal(*chosen, rows, q.country, year, q.flow);
  SetAreasAside(&rows, q.flow, &res.notes);
  if (q.group != nullptr) {
    res.group = q.group->code;
    const auto& groups = reference::Groups::Builtin();
    Date asof = Date::Ymd(year, 12, 31);
    auto members = groups.MembersOn(*q.group, asof);
    if (members.empty()) {
      return NotFound(fmt::format("group {} has no members on {}", q.group->code, asof.ToString()));
    }
    std::set<std::string> codes;
    for (const auto* m : members) codes.insert(m->country);
    for (auto it = rows.begin(); it != rows.end();) {
      it = codes.contains(CodeOf(it->first)) ? std::next(it) : rows.erase(it);
    }
    if (rows.empty()) {
      return NotFound(fmt::format("no {} figures for {}'s trade with any {} member in {}", year,
                                  code, q.group->code, res.source));
    }
  }
  if (rows.empty()) return NotFound(fmt::format("no {} partner figures for {} in {}", year, code, res.source));

  // Which period is ranked: full years when there are any, else the longest partial
  // period present (and the answer says so).
  int best_first = 1, best_last = 12;
  bool any_full = std::any_of(rows.begin(), rows.end(), [](const auto& kv) { return kv.second.full_year(); });
  if (!any_full) {
    int span = -1;
    for (const auto& [p, f] : rows) {
      if (f.last_month - f.first_month > span) {
        span = f.last_month - f.first_month;
        best_first = f.first_month;
        best_last = f.last_month;
      }
    }
    res.ranked_months = fmt::format("{}-{}", best_first, best_last);
    res.notes.push_back(fmt::format("no full-year {} figures: ranked on months {} figures only", year,
                                    res.ranked_months));
  }

  std::vector<RankItem> items;
  std::vector<PartnerRow> unranked;
  for (const auto& [p, f] : rows) {
    auto v = FlowValue(f, q.flow);
    if (v && f.first_month == best_first && f.last_month == best_last) {
      items.push_back({CodeOf(p), static_cast<double>(*v), 0});
      continue;
    }
    PartnerRow r;
    r.partner = CodeOf(p);
    r.figure = f;
    r.value = v ? static_cast<double>(*v) : 0;
    r.note = !v ? std::string(FlowName(q.flow)) + " not published"
                : "months " + f.months() + " only: not ranked against " +
                      (any_full ? std::string("full-year figures") : "months " + res.ranked_months);
    unranked.push_back(r);
  }
  res.country_total_usd = world;
  auto ranked = RankDescending(std::move(items));
  res.ranked = static_cast<int>(ranked.size());
  const auto& countries = reference::Countries::Builtin();
  for (size_t i = 0; i < ranked.size(); ++i) {
    if (q.top > 0 && static_cast<int>(i) >= q.top) break;
    PartnerRow r;
    r.rank = ranked[i].rank;
    r.partner = ranked[i].key;
    r.figure = rows.at(countries.FindByCode(r.partner)->index);
    r.value = ranked[i].value;
    if (world) r.share = Share(r.value, static_cast<double>(*world));
    if (r.figure.qualifier == store::Qualifier::kMoreThan) {
      r.note = "published as more than " + Money(static_cast<int64_t>(r.value)) +
               ": ranked at that lower bound";
      if (i > 0) r.note += ", its true rank may be higher";
    } else if (r.figure.qualifier == store::Qualifier::kLessThan) {
      r.note = "published as less than " + Money(static_cast<int64_t>(r.value)) +
               ": ranked at that upper bound";
    }
    if (!r.figure.note.empty()) r.note += std::string(r.note.empty() ? "" : "; ") + r.figure.note;
    if (i > 0 && ranked[i].rank == ranked[i - 1].rank) {
      r.note += std::string(r.note.empty() ? "" : "; ") + "tied";
    }
    res.rows.push_back(r);
  }
  if (chosen->basis == Basis::kNational) {
    // Say which partial-period figures the full-year ones replaced, so that nobody
    // wonders where a quoted "January-November" figure went.
    std::string replaced;
    for (const auto& a : chosen->ds->aggregates()) {
      if (a.reporter != q.country || a.year != year || a.full_year()) continue;
      auto it = rows.find(a.partner);
      if (it == rows.end() || !it->second.full_year()) continue;
      replaced += fmt::format("{}{} (months {})", replaced.empty() ? "" : ", ", CodeOf(a.partner), a.months());
    }
    if (!replaced.empty()) {
      res.notes.push_back("partial-year figures also published for " + replaced +
                          "; the full-year figures are used");
    }
  }
  if (!res.complete) {
    res.notes.push_back(fmt::format(
        "ranked among the {} partners whose {} figures {} published; partners without a "
        "published figure are not ranked",
        res.ranked, year, code));
  }
  if (!unranked.empty() && any_full) {
    res.notes.push_back(fmt::format("{} partner(s) with partial-year figures only are listed "
                                    "after the ranking, not ranked against full-year figures",
                                    unranked.size()));
  }
  for (auto& r : unranked) res.rows.push_back(std::move(r));
  if (chosen->ds->info().synthetic) res.notes.push_back("synthetic data: not real trade");
  return res;
}

Result<RankAnswer> RankOf(const store::Snapshot& snapshot, const PartnersQuery& query,
                          uint16_t partner) {
  PartnersQuery q = query;
  q.top = 0;
  DYAD_ASSIGN_OR_RETURN(PartnersResult res, RankPartners(snapshot, q));
  std::string code = CodeOf(partner);
  RankAnswer a;
  auto it = std::find_if(res.rows.begin(), res.rows.end(),
                         [&](const PartnerRow& r) { return r.partner == code; });
  // Taiwan is ranked as 490 "Other Asia, nes", the entity trade data reports it under.
  if (const auto* stand_in = reference::TradeAreas::Builtin().ReportedAs(partner);
      it == res.rows.end() && stand_in != nullptr) {
    it = std::find_if(res.rows.begin(), res.rows.end(),
                      [&](const PartnerRow& r) { return r.partner == stand_in->code; });
    if (it != res.rows.end()) code = stand_in->code + " (" + CodeOf(partner) + ")";
  }
  std::string among = res.group.empty() ? "" : " among " + res.group + " members";
  if (it == res.rows.end()) {
    if (!res.group.empty() &&
        !reference::Groups::Builtin().IsMemberOn(*query.group, code, Date::Ymd(res.year, 12, 31))) {
      return NotFound(fmt::format("{} is not a {} member on {}-12-31", code, res.group, res.year));
    }
    return NotFound(fmt::format("no {} figure for {}'s trade with {} in {}", res.year, res.country,
                                code, res.source));
  }
  if (it->rank == 0) {
    return NotFound(fmt::format("{}'s {} figure for {} covers months {} only ({}): it is not ranked "
                                "against full-year figures",
                                res.country, res.year, code, it->figure.months(), res.source));
  }
  a.row = *it;
  a.rank = it->rank;
  a.of = res.ranked;
  for (const PartnerRow& r : res.rows) {
    if (r.rank > 0 && r.rank < a.rank) a.ahead.push_back(r.partner);
  }
  std::string flow = res.flow == Flow::kTotal ? "" : res.flow == Flow::kExports ? " export" : " import";
  a.sentence = fmt::format("{} is {}'s {}{} partner{} in {}", code, res.country, Ordinal(a.rank), flow,
                           among, res.year);
  if (res.ranked_months != "1-12") a.sentence += " (months " + res.ranked_months + ")";
  if (!a.ahead.empty()) {
    std::string list;
    for (size_t i = 0; i < a.ahead.size(); ++i) {
      list += (i == 0 ? "" : i + 1 == a.ahead.size() ? " and " : ", ") + a.ahead[i];
    }
    a.sentence += ", after " + list;
  }
  bool tied = std::count_if(res.rows.begin(), res.rows.end(),
                            [&](const PartnerRow& r) { return r.rank == a.rank; }) > 1;
  if (tied) a.sentence += " (tied)";
  a.partners = std::move(res);
  return a;
}

}  // namespace dyad::analytics
