// `dyad profile A B`: the brief on a pair. Trade by year and source, ranks of each
// country among the other's partners (overall and in every group both belong to),
// shares of each country's trade, composition, agreements, areas and targets. Every
// section says where its numbers come from, or why it has none.
#include <fmt/format.h>

#include "analytics/composition.h"
#include "analytics/partners.h"
#include "analytics/series.h"
#include "analytics/targets.h"
#include "cli/analytics_cli.h"
#include "cli/commands.h"
#include "reference/groups.h"

namespace dyad::cli {
namespace {

using namespace dyad::analytics;  // NOLINT: this file is the analytics front end
using nlohmann::json;

struct ProfileArgs {
  std::string a, b, years, on;
  int year = 0, top = 5;
  SourceOptions src;
};

// "KAZ among TJK's partners": overall and within each common group, from the other's
// figures; one line per ranking, or why there is none.
struct RankLine {
  std::string text;
  json j;
};

std::vector<RankLine> Ranks(const store::Snapshot& snap, const reference::Country& of,
                            const reference::Country& in, int year, const SourceFilter& filter) {
  std::vector<RankLine> out;
  PartnersQuery q;
  q.country = in.index;
  q.year = year;
  q.filter = filter;
  auto overall = RankOf(snap, q, of.index);
  if (!overall.ok()) {
    out.push_back({fmt::format("{} among {}'s partners: {}", of.code, in.code, overall.status().message()),
                   {{"country", in.code}, {"partner", of.code}, {"group", nullptr}, {"error", overall.status().message()}}});
    return out;
  }
  int y = overall->partners.year;
  if (!overall->partners.complete && overall->of < 2) {
    std::string msg = fmt::format("{}'s partners: {} published a {} figure for {} only ({}): no ranking",
                                  in.code, in.code, y, of.code, overall->partners.source);
    out.push_back({msg, {{"country", in.code}, {"partner", of.code}, {"group", nullptr}, {"error", msg}}});
    return out;
  }
  auto line = [&](const RankAnswer& a) {
    std::string s = a.sentence + fmt::format(" ({} of {} ranked; {})", a.rank, a.of, a.partners.source);
    if (!a.partners.complete) s += fmt::format(", among the partners whose figures {} published", in.code);
    json j = {{"country", in.code}, {"partner", of.code},
              {"group", a.partners.group.empty() ? json(nullptr) : json(a.partners.group)},
              {"year", a.partners.year}, {"rank", a.rank}, {"of", a.of}, {"ahead", a.ahead},
              {"value_usd", static_cast<int64_t>(a.row.value)}, {"source", a.partners.source},
              {"complete", a.partners.complete}, {"sentence", a.sentence}};
    return RankLine{s, j};
  };
  out.push_back(line(*overall));
  const auto& groups = reference::Groups::Builtin();
  for (const reference::Group* g : groups.CommonGroups(of.code, in.code, Date::Ymd(y, 12, 31))) {
    q.year = y;
    q.group = g;
    auto r = RankOf(snap, q, of.index);
    if (r.ok() && (r->partners.complete || r->of >= 2)) out.push_back(line(*r));
  }
  return out;
}

Status RunProfile(Context& ctx, const ProfileArgs& args) {
  DYAD_ASSIGN_OR_RETURN(const reference::Country* a, CountryArg(args.a));
  DYAD_ASSIGN_OR_RETURN(const reference::Country* b, CountryArg(args.b));
  if (a->index == b->index) return UsageError("profile needs two different countries");
  int first = 0, last = 0;
  if (!args.years.empty()) {
    DYAD_ASSIGN_OR_RETURN(auto range, ParseYears(args.years));
    first = range.first;
    last = range.second;
  }
  if (args.year) first = last = args.year;
  Date on = Today();
  if (!args.on.empty()) {
    DYAD_ASSIGN_OR_RETURN(on, ParseDate(args.on));
  }
  DYAD_ASSIGN_OR_RETURN(Knowledge kb, OpenKnowledge(ctx));
  const store::Snapshot& snap = *kb.snapshot;
  SourceFilter filter = args.src.Filter();
  DYAD_RETURN_IF_ERROR(CheckFilter(snap, filter));
  DYAD_ASSIGN_OR_RETURN(auto reg, OpenKnowledgeRegistry(ctx));

  PairSeries series = BuildPairSeries(snap, a->index, b->index, filter, first, last);
  if (series.years.empty() && (first || last)) {
    PairSeries all = BuildPairSeries(snap, a->index, b->index, filter);
    std::string have;
    for (const SeriesYear& y : all.years) have += (have.empty() ? "" : ", ") + std::to_string(y.preferred.year);
    return NotFound(fmt::format("no trade figures for {} and {} in {} (years with figures: {})", a->code, b->code,
                                first == last ? std::to_string(first) : fmt::format("{}-{}", first, last),
                                have.empty() ? "none" : have));
  }
  // Ranks and shares are for the year asked, else each side's latest full year.
  int rank_year = args.year;
  std::vector<RankLine> ranks_b = Ranks(snap, *a, *b, rank_year, filter);  // A among B's partners
  std::vector<RankLine> ranks_a = Ranks(snap, *b, *a, rank_year, filter);  // B among A's partners

  const store::Dataset* product = ChooseProductDataset(snap, filter);
  std::optional<CompositionResult> sections, product_groups, hs6;
  std::string composition_note;
  if (product == nullptr) {
    composition_note = kNoProductData;
  } else {
    auto s = Composition(snap, a->index, b->index, args.year, CompositionLevel::kSection, filter);
    if (s.ok()) {
      sections = std::move(*s);
      product_groups = Composition(snap, a->index, b->index, sections->year, CompositionLevel::kGroup, filter).value();
      auto h = Composition(snap, a->index, b->index, sections->year, CompositionLevel::kHs6, filter);
      if (h.ok()) hs6 = std::move(*h);
    } else {
      composition_note = s.status().message();
    }
  }
  // Shares of each country's trade: product data only (national totals give no world total).
  json shares = json::array();
  std::vector<std::string> share_lines;
  if (product != nullptr) {
    for (const reference::Country* c : {a, b}) {
      const reference::Country* other = c == a ? b : a;
      PartnersQuery q;
      q.country = c->index;
      q.year = sections ? sections->year : args.year;
      q.filter = SourceFilter{product->info().name, ""};
      auto r = RankPartners(snap, q);
      if (!r.ok()) continue;
      for (const PartnerRow& p : r->rows) {
        if (p.partner != other->code || !p.share) continue;
        share_lines.push_back(fmt::format("{} is {:.2f}% of {}'s trade in {} ({} of {} US dollars; {})",
                                          other->code, *p.share * 100, c->code, r->year,
                                          UsdCell(p.figure.total_usd, ctx.options.format),
                                          UsdCell(r->country_total_usd, ctx.options.format), r->source));
        shares.push_back({{"country", c->code}, {"partner", other->code}, {"year", r->year},
                          {"share", *p.share}, {"source", r->source}});
      }
    }
  }
  if (share_lines.empty()) {
    share_lines.push_back("not available: no total trade of either country in the loaded data "
                          "(national totals give bilateral figures only; load BACI for shares)");
  }

  registry::AgreementFilter af;
  af.states = {a->code, b->code};
  DYAD_ASSIGN_OR_RETURN(auto agreements, reg->ListAgreements(af));
  registry::AreaFilter arf;
  arf.states = {a->code, b->code};
  DYAD_ASSIGN_OR_RETURN(auto areas, reg->ListAreaAnnouncements(arf));
  DYAD_ASSIGN_OR_RETURN(auto targets, AssessPairTargets(snap, *reg, a->index, b->index, filter));

  if (series.years.empty() && agreements.empty() && targets.empty() && product == nullptr) {
    return NotFound(fmt::format("nothing known about {} and {}: no trade figures, agreements or targets{}",
                                a->code, b->code, args.years.empty() && !args.year ? "" : " in the years asked"));
  }

  Format f = ctx.options.format;
  if (f == Format::kJson) {
    json j;
    j["pair"] = {a->code, b->code};
    json years = json::array();
    for (const SeriesYear& y : series.years) {
      json e = FigureJson(y.preferred);
      e["yoy"] = Opt(y.yoy);
      if (!y.yoy_note.empty()) e["yoy_note"] = y.yoy_note;
      e["other_sources"] = json::array();
      for (const Figure& o : y.others) e["other_sources"].push_back(FigureJson(o));
      years.push_back(e);
    }
    j["trade"] = {{"seen_from", a->code}, {"years", years},
                  {"cagr", {{"from", series.cagr_from}, {"to", series.cagr_to}, {"value", Opt(series.cagr)}, {"note", series.cagr_note}}}};
    json ranks = json::array();
    for (const auto* list : {&ranks_b, &ranks_a}) for (const RankLine& r : *list) ranks.push_back(r.j);
    j["ranks"] = ranks;
    j["shares"] = shares;
    if (sections) {
      j["composition"] = {{"sections", CompositionJson(*sections)}, {"groups", CompositionJson(*product_groups)},
                          {"hs6", hs6 ? CompositionJson(*hs6) : json(nullptr)}};
    } else {
      j["composition"] = {{"error", composition_note}};
    }
    json ag = json::array();
    for (const auto& x : agreements) {
      ag.push_back({{"id", x.id}, {"title", x.title}, {"kind", x.kind},
                    {"signed_on", x.signed_on ? json(x.signed_on->ToString()) : json(nullptr)},
                    {"status", x.status}, {"in_force", x.ActiveOn(on)}, {"areas", x.areas}});
    }
    j["agreements"] = {{"on", on.ToString()}, {"items", ag}};
    json ar = json::array();
    for (const auto& x : areas) ar.push_back({{"date", x.date.ToString()}, {"areas", x.areas}});
    j["areas"] = ar;
    json tg = json::array();
    for (const auto& t : targets) {
      tg.push_back({{"value", t.target.value}, {"currency", t.target.currency}, {"metric", t.target.metric},
                    {"target_year", t.target.target_year ? json(*t.target.target_year) : json(nullptr)},
                    {"verdict", std::string(VerdictName(t.assessment.verdict))},
                    {"margin", Opt(t.assessment.margin)}});
    }
    j["targets"] = tg;
    ctx.PrintJson(j);
    return Status::Ok();
  }

  Report rep(ctx);
  rep.Title(fmt::format("{} and {}: {} - {}", a->code, b->code, a->name, b->name));
  Citations cites;
  rep.Section(fmt::format("Trade by year (seen from {}: exports are {}'s exports to {}; US dollars)", a->code, a->code, b->code));
  if (series.years.empty()) {
    rep.Line("no trade figures for the pair in the loaded data");
  } else {
    Table t;
    t.columns = {"year", "months", "exports_usd", "imports_usd", "total_usd", "balance_usd", "qualifier", "yoy", "ref"};
    t.numeric = {true, false, true, true, true, true, false, true, false};
    for (const SeriesYear& y : series.years) {
      const Figure& p = y.preferred;
      t.rows.push_back({std::to_string(p.year), p.months(), UsdCell(p.exports_usd, f), UsdCell(p.imports_usd, f),
                        UsdCell(p.total_usd, f), UsdCell(p.balance_usd(), f), QualifierText(p.qualifier),
                        Pct(y.yoy, 1), cites.Ref(p)});
    }
    rep.Table(t);
    if (series.cagr) {
      rep.Line(fmt::format("CAGR {}-{}: {} a year{}", series.cagr_from, series.cagr_to, Pct(series.cagr),
                           series.cagr_note.empty() ? "" : " (" + series.cagr_note + ")"));
    } else {
      rep.Line("CAGR: " + series.cagr_note);
    }
    Table o;
    o.columns = {"year", "months", "exports_usd", "imports_usd", "total_usd", "qualifier", "ref"};
    o.numeric = {true, false, true, true, true, false, false};
    for (const SeriesYear& y : series.years) {
      for (const Figure& x : y.others) {
        o.rows.push_back({std::to_string(x.year), x.months(), UsdCell(x.exports_usd, f), UsdCell(x.imports_usd, f),
                          UsdCell(x.total_usd, f), QualifierText(x.qualifier), cites.Ref(x)});
      }
    }
    if (!o.rows.empty()) {
      rep.Line("Other figures for the same years (shown side by side, not summed):");
      rep.Table(o);
    }
    std::vector<std::string> yoy_notes;
    for (const SeriesYear& y : series.years) {
      if (y.yoy && !y.yoy_note.empty()) yoy_notes.push_back(fmt::format("{} growth: {}", y.preferred.year, y.yoy_note));
    }
    rep.Notes(yoy_notes);
  }

  rep.Section("Ranks among each other's partners");
  for (const auto* list : {&ranks_b, &ranks_a}) for (const RankLine& r : *list) rep.Line(r.text);
  rep.Section("Share of each country's total trade");
  for (const auto& s : share_lines) rep.Line(s);

  rep.Section("Composition");
  if (!sections) {
    rep.Line(composition_note);
  } else {
    rep.Line(fmt::format("{} by HS section, {}; source {}", sections->year, "value and share per direction", sections->source));
    RenderDirection(rep, ctx, sections->a_to_b, "section", args.top);
    RenderDirection(rep, ctx, sections->b_to_a, "section", args.top);
    rep.Line("By named product group (groups overlap):");
    RenderDirection(rep, ctx, product_groups->a_to_b, "group", args.top);
    RenderDirection(rep, ctx, product_groups->b_to_a, "group", args.top);
    if (hs6) {
      rep.Line("Top HS6 products:");
      RenderDirection(rep, ctx, hs6->a_to_b, "hs6", args.top);
      RenderDirection(rep, ctx, hs6->b_to_a, "hs6", args.top);
    }
    rep.Notes(sections->notes);
  }

  rep.Section(fmt::format("Agreements (registry; in force on {})", on.ToString()));
  if (agreements.empty()) {
    rep.Line("none recorded");
  } else {
    Table t;
    t.columns = {"id", "signed", "kind", "title", "in_force", "areas"};
    t.numeric = {true, false, false, false, false, false};
    for (const auto& x : agreements) {
      std::string ar;
      for (const auto& s : x.areas) ar += (ar.empty() ? "" : ", ") + s;
      t.rows.push_back({std::to_string(x.id), x.signed_on ? x.signed_on->ToString() : "", x.kind, x.title,
                        x.ActiveOn(on) ? "yes" : "no (" + x.status + ")", ar});
    }
    rep.Table(t);
  }
  if (!areas.empty()) {
    rep.Section("Areas of cooperation announced");
    for (const auto& x : areas) {
      std::string ar;
      for (const auto& s : x.areas) ar += (ar.empty() ? "" : ", ") + s;
      rep.Line(x.date.ToString() + ": " + ar);
    }
  }

  rep.Section("Targets");
  if (targets.empty()) rep.Line("none recorded");
  for (const auto& t : targets) {
    const TargetAssessment& as = t.assessment;
    std::string s = fmt::format("{} {} {}{}: {}", UsdCell(t.target.value, f), t.target.currency, t.metric_note,
                                t.target.target_year ? " by " + std::to_string(*t.target.target_year) : " (no target year)",
                                VerdictName(as.verdict));
    if (as.baseline) s += fmt::format("; baseline {} {}", as.baseline->year, UsdCell(as.baseline->total_usd, f));
    for (const Horizon& h : as.horizons) {
      if (h.years == kVerdictHorizonWithoutYear || t.target.target_year) {
        s += fmt::format("; needs {} a year to reach it by {}", Pct(h.required_cagr), h.by_year);
      }
    }
    if (as.projected_at_verdict_year) {
      s += fmt::format("; trend projects {} in {} ({:+.2f}%)", UsdCell(std::llround(*as.projected_at_verdict_year), f),
                       as.verdict_year, *as.margin * 100);
    }
    rep.Line(s);
  }
  if (!targets.empty()) rep.Line(fmt::format("details: dyad target status {} {}", a->code, b->code));
  rep.Section("Sources");
  rep.Citations(cites);
  return Status::Ok();
}

}  // namespace

void RegisterProfileCommand(CLI::App& app, Context& ctx) {
  auto pa = std::make_shared<ProfileArgs>();
  CLI::App* p = AddCommand(app, ctx, "profile", "The brief on a pair: trade, ranks, composition, agreements, targets",
                           [&ctx, pa] { return RunProfile(ctx, *pa); });
  p->add_option("a", pa->a, "First country (the series is seen from it)")->required();
  p->add_option("b", pa->b, "Second country")->required();
  p->add_option("--year", pa->year, "One year (ranks, shares and composition for it)");
  p->add_option("--years", pa->years, "FIRST-LAST: the years of the trade series");
  p->add_option("--on", pa->on, "Date for `in force` (default: today)");
  p->add_option("--top", pa->top, "Lines per composition table (default 5, 0: all)");
  AddSourceOptions(p, pa->src);
}

}  // namespace dyad::cli
