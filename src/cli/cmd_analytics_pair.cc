// Pair commands: composition, target status, indicators and mirror (profile lives in
// cmd_analytics_profile.cc). Rendering only; the numbers come from src/analytics.
#include <fmt/format.h>

#include "analytics/composition.h"
#include "analytics/mirror.h"
#include "analytics/pair_indicators.h"
#include "analytics/targets.h"
#include "cli/analytics_cli.h"
#include "cli/commands.h"
#include "reference/countries.h"
#include "reference/hs.h"

namespace dyad::cli {

using namespace dyad::analytics;  // NOLINT: this file is the analytics front end
using nlohmann::json;

// ---------------------------------------------------------------- composition

void RenderDirection(Report& rep, const Context& ctx, const DirectionComposition& d,
                     const std::string& level, int top) {
  rep.Section(fmt::format("{} -> {}: {} US dollars", d.exporter, d.importer, UsdCell(d.total_usd, ctx.options.format)));
  Table t;
  t.columns = {level, "description", "value_usd", "share"};
  t.numeric = {false, false, true, true};
  int n = 0;
  for (const auto& l : d.lines) {
    if (top > 0 && n++ >= top) break;
    t.rows.push_back({l.code, l.label, UsdCell(l.value_usd, ctx.options.format), Pct(l.share, 1)});
  }
  if (t.rows.empty()) {
    rep.Line("no trade recorded in this direction");
  } else {
    rep.Table(t);
  }
  if (top > 0 && static_cast<int>(d.lines.size()) > top) {
    rep.Line(fmt::format("({} more not shown; --top 0 for all)", d.lines.size() - top));
  }
}

namespace {

struct CompositionArgs {
  std::string a, b, by = "chapter";
  int year = 0, top = 0;
  SourceOptions src;
};

Status RunComposition(Context& ctx, const CompositionArgs& args) {
  DYAD_ASSIGN_OR_RETURN(const reference::Country* a, CountryArg(args.a));
  DYAD_ASSIGN_OR_RETURN(const reference::Country* b, CountryArg(args.b));
  DYAD_ASSIGN_OR_RETURN(CompositionLevel level, ParseCompositionLevel(args.by));
  DYAD_ASSIGN_OR_RETURN(Knowledge kb, OpenKnowledge(ctx));
  DYAD_ASSIGN_OR_RETURN(CompositionResult c,
                        Composition(*kb.snapshot, a->index, b->index, args.year, level, args.src.Filter()));
  if (ctx.options.format == Format::kJson) {
    ctx.PrintJson(CompositionJson(c));
    return Status::Ok();
  }
  Report rep(ctx);
  rep.Title(fmt::format("Composition of {}-{} trade in {} by {}", a->code, b->code, c.year,
                        CompositionLevelName(c.level)));
  rep.Line("source: " + c.source);
  RenderDirection(rep, ctx, c.a_to_b, std::string(CompositionLevelName(c.level)), args.top);
  RenderDirection(rep, ctx, c.b_to_a, std::string(CompositionLevelName(c.level)), args.top);
  rep.Notes(c.notes);
  return Status::Ok();
}

// ---------------------------------------------------------------- target status

std::string Usd0(double v, Format f) { return UsdCell(static_cast<int64_t>(std::llround(v)), f); }

void RenderTarget(Report& rep, const Context& ctx, const TargetStatus& s) {
  Format f = ctx.options.format;
  const registry::Target& t = s.target;
  const TargetAssessment& a = s.assessment;
  std::string when = t.target_year ? "by " + std::to_string(*t.target_year) : "no target year";
  std::string stated = t.stated_on ? "stated " + t.stated_on->ToString() : "date stated unknown";
  if (!t.stated_by.empty()) stated += " by " + t.stated_by;
  rep.Title(fmt::format("Target: {} of {} {} ({}; {})", s.metric_note, UsdCell(t.value, f), t.currency, when, stated));
  if (!t.sources.empty()) {
    rep.Line("target source: " + t.sources.front().title +
             (t.sources.front().url.empty() ? "" : " " + t.sources.front().url));
  }
  Citations cites;
  if (a.baseline) {
    rep.Line(fmt::format("baseline: {} {} {}{} (latest full year before the statement)", a.baseline->year,
                         UsdCell(a.baseline->total_usd, f), cites.Ref(*a.baseline),
                         a.baseline->qualifier == store::Qualifier::kExact ? "" : " " + QualifierText(a.baseline->qualifier)));
  } else {
    rep.Line("baseline: none (no full-year figure before the statement)");
  }
  if (a.latest && (!a.baseline || a.latest->year != a.baseline->year)) {
    rep.Line(fmt::format("latest full year: {} {} {}", a.latest->year, UsdCell(a.latest->total_usd, f), cites.Ref(*a.latest)));
  }
  if (a.latest_partial) {
    rep.Line(fmt::format("latest partial figure: {} months {} {} {} (not compared with full years)",
                         a.latest_partial->year, a.latest_partial->months(),
                         UsdCell(a.latest_partial->total_usd, f), cites.Ref(*a.latest_partial)));
  }
  if (!a.horizons.empty()) {
    rep.Section(t.target_year ? "Required growth" : "Required growth (no target year: 3, 5, 7 and 10-year horizons)");
    Table h;
    h.columns = {"years", "by_year", "required_cagr", "trend_projection_usd"};
    h.numeric = {true, true, true, true};
    for (const Horizon& x : a.horizons) {
      h.rows.push_back({std::to_string(x.years), std::to_string(x.by_year), Pct(x.required_cagr),
                        x.projected_usd ? Usd0(*x.projected_usd, f) : ""});
    }
    rep.Table(h);
  }
  if (!a.growth_to_baseline.empty()) {
    rep.Section("Actual growth to the baseline");
    Table g;
    g.columns = {"from_year", "from_usd", "ref", "years", "growth", "cagr"};
    g.numeric = {true, true, false, true, true, true};
    for (const GrowthSince& x : a.growth_to_baseline) {
      g.rows.push_back({std::to_string(x.from.year), UsdCell(x.from.total_usd, f), cites.Ref(x.from),
                        std::to_string(x.years), Pct(x.growth), Pct(x.cagr)});
    }
    rep.Table(g);
  }
  if (a.trend) {
    rep.Section(fmt::format("Trend: log-linear fit over {} full-year figures {}-{}: {} a year, R^2 {:.2f}",
                            a.trend->points, a.trend->first_year, a.trend->last_year,
                            Pct(a.trend->annual_growth()), a.trend->r_squared));
    Table p;
    p.columns = {"year", "total_usd", "qualifier", "ref"};
    p.numeric = {true, true, false, false};
    for (const Figure& x : a.trend_points) {
      p.rows.push_back({std::to_string(x.year), UsdCell(x.total_usd, f), QualifierText(x.qualifier), cites.Ref(x)});
    }
    rep.Table(p);
  }
  std::string verdict = "Verdict: " + std::string(VerdictName(a.verdict));
  if (a.margin) {
    if (a.verdict == Verdict::kReached) {
      verdict += fmt::format(" (margin {:+.2f}% over the target)", *a.margin * 100);
    } else if (a.projected_at_verdict_year) {
      verdict += fmt::format(" (trend projects {} in {}, margin {:+.2f}% against the target)",
                             Usd0(*a.projected_at_verdict_year, f), a.verdict_year, *a.margin * 100);
    }
  }
  rep.Section(verdict);
  rep.Notes(a.assumptions);
  rep.Citations(cites);
}

struct PairArgs {
  std::string a, b, years;
  int year = 0, top = 10;
  bool by_chapter = false;
  SourceOptions src;
};

Status RunTargetStatus(Context& ctx, const PairArgs& args) {
  DYAD_ASSIGN_OR_RETURN(const reference::Country* a, CountryArg(args.a));
  DYAD_ASSIGN_OR_RETURN(const reference::Country* b, CountryArg(args.b));
  DYAD_ASSIGN_OR_RETURN(Knowledge kb, OpenKnowledge(ctx));
  DYAD_ASSIGN_OR_RETURN(auto reg, OpenKnowledgeRegistry(ctx));
  DYAD_ASSIGN_OR_RETURN(auto statuses, AssessPairTargets(*kb.snapshot, *reg, a->index, b->index, args.src.Filter()));
  if (statuses.empty()) {
    return NotFound(fmt::format("no targets declared for {} and {} in the registry (add one with `dyad targets add`)",
                                a->code, b->code));
  }
  if (ctx.options.format == Format::kJson) {
    json j = json::array();
    for (const auto& s : statuses) j.push_back(render::TargetStatusJson(s));
    ctx.PrintJson({{"pair", {a->code, b->code}}, {"targets", j}});
    return Status::Ok();
  }
  for (size_t i = 0; i < statuses.size(); ++i) {
    if (i > 0) ctx.out << "\n";
    Report rep(ctx);
    RenderTarget(rep, ctx, statuses[i]);
  }
  return Status::Ok();
}

// ---------------------------------------------------------------- indicators

json HhiJson(const std::optional<HhiResult>& h) {
  if (!h) return nullptr;
  return {{"hhi", h->hhi}, {"normalized", h->normalized}, {"count", h->count}, {"equivalent", h->equivalent}};
}

std::string HhiCell(const std::optional<HhiResult>& h) {
  if (!h) return "";
  return fmt::format("{:.4f} (n={}, eq. {:.1f})", h->hhi, h->count, h->equivalent);
}

Status RunIndicators(Context& ctx, const PairArgs& args) {
  DYAD_ASSIGN_OR_RETURN(const reference::Country* a, CountryArg(args.a));
  DYAD_ASSIGN_OR_RETURN(const reference::Country* b, CountryArg(args.b));
  DYAD_ASSIGN_OR_RETURN(Knowledge kb, OpenKnowledge(ctx));
  DYAD_ASSIGN_OR_RETURN(PairIndicators r,
                        ComputePairIndicators(*kb.snapshot, a->index, b->index, args.year, args.src.Filter()));
  Format f = ctx.options.format;
  if (f == Format::kJson) {
    auto side = [](const SideIndicators& s) {
      json j;
      j["country"] = s.country;
      j["exports_to_partner_usd"] = s.exports_to_partner_usd;
      j["exports_usd"] = s.exports_usd;
      j["imports_usd"] = s.imports_usd;
      j["complementarity"] = Opt(s.complementarity);
      j["intensity"] = Opt(s.intensity);
      j["product_hhi"] = HhiJson(s.product_hhi);
      j["export_partner_hhi"] = HhiJson(s.export_partner_hhi);
      j["import_partner_hhi"] = HhiJson(s.import_partner_hhi);
      j["products_with_advantage"] = s.products_with_advantage;
      j["bilateral_share_with_advantage"] = s.bilateral_share_with_advantage;
      j["rca"] = json::array();
      for (const ProductRca& p : s.rca) {
        j["rca"].push_back({{"hs6", fmt::format("{:06}", p.hs6)}, {"bilateral_usd", p.bilateral_usd},
                            {"world_exports_usd", p.world_exports_usd}, {"rca", Opt(p.rca)}});
      }
      return j;
    };
    json gl = json::array();
    for (const auto& [ch, g] : r.gl_by_chapter) {
      gl.push_back({{"chapter", fmt::format("{:02}", ch)}, {"gl", g.index}, {"trade_usd", g.total_usd}});
    }
    ctx.PrintJson({{"year", r.year}, {"dataset", r.dataset}, {"world_usd", r.world_usd},
                   {"sides", {side(r.a), side(r.b)}},
                   {"grubel_lloyd", r.gl ? json(r.gl->index) : json(nullptr)},
                   {"grubel_lloyd_by_chapter", gl}, {"notes", r.notes},
                   {"formulas", "docs/indicators.md"}});
    return Status::Ok();
  }
  Report rep(ctx);
  rep.Title(fmt::format("Indicators of {}-{} trade in {}", r.a.country, r.b.country, r.year));
  rep.Line("source: " + r.source + "; formulas and their sources: docs/indicators.md");
  Table t;
  std::string ab = r.a.country + "->" + r.b.country, ba = r.b.country + "->" + r.a.country;
  t.columns = {"indicator", ab, ba};
  t.numeric = {false, true, true};
  t.rows.push_back({"exports to partner, USD", UsdCell(r.a.exports_to_partner_usd, f), UsdCell(r.b.exports_to_partner_usd, f)});
  t.rows.push_back({"trade complementarity (0-100, Michaely)", Num(r.a.complementarity, 2), Num(r.b.complementarity, 2)});
  t.rows.push_back({"trade intensity (WITS)", Num(r.a.intensity), Num(r.b.intensity)});
  t.rows.push_back({"products with RCA > 1 (Balassa)",
                    fmt::format("{} of {}", r.a.products_with_advantage, r.a.rca.size()),
                    fmt::format("{} of {}", r.b.products_with_advantage, r.b.rca.size())});
  t.rows.push_back({"share of exports in RCA > 1 products", Pct(r.a.bilateral_share_with_advantage, 1),
                    Pct(r.b.bilateral_share_with_advantage, 1)});
  t.rows.push_back({"product HHI of exports to partner", HhiCell(r.a.product_hhi), HhiCell(r.b.product_hhi)});
  t.rows.push_back({"partner HHI of exporter's exports", HhiCell(r.a.export_partner_hhi), HhiCell(r.b.export_partner_hhi)});
  t.rows.push_back({"partner HHI of exporter's imports", HhiCell(r.a.import_partner_hhi), HhiCell(r.b.import_partner_hhi)});
  rep.Table(t);
  rep.Line(fmt::format("Grubel-Lloyd intra-industry trade (HS6, aggregate): {}", r.gl ? Num(r.gl->index, 4) : "n/a"));
  for (const SideIndicators* s : {&r.a, &r.b}) {
    rep.Section(fmt::format("RCA of {} in the products it sells to {} (top {} by value)", s->country,
                            s == &r.a ? r.b.country : r.a.country, args.top));
    Table p;
    p.columns = {"hs6", "to_partner_usd", "world_exports_usd", "rca"};
    p.numeric = {false, true, true, true};
    int n = 0;
    for (const ProductRca& x : s->rca) {
      if (args.top > 0 && n++ >= args.top) break;
      p.rows.push_back({fmt::format("{:06}", x.hs6), UsdCell(x.bilateral_usd, f), UsdCell(x.world_exports_usd, f), Num(x.rca, 2)});
    }
    rep.Table(p);
  }
  if (!r.gl_by_chapter.empty()) {
    rep.Section("Grubel-Lloyd by HS chapter");
    Table g;
    g.columns = {"chapter", "name", "trade_usd", "gl"};
    g.numeric = {false, false, true, true};
    for (const auto& [ch, x] : r.gl_by_chapter) {
      const auto* c = reference::Hs::Builtin().Chapter(ch);
      g.rows.push_back({fmt::format("{:02}", ch), c ? c->name : "", Usd0(x.total_usd, f), Num(x.index, 4)});
    }
    rep.Table(g);
  }
  rep.Notes(r.notes);
  return Status::Ok();
}

// ---------------------------------------------------------------- mirror

Status RunMirror(Context& ctx, const PairArgs& args) {
  DYAD_ASSIGN_OR_RETURN(const reference::Country* a, CountryArg(args.a));
  DYAD_ASSIGN_OR_RETURN(const reference::Country* b, CountryArg(args.b));
  int first = 0, last = 0;
  if (!args.years.empty()) {
    DYAD_ASSIGN_OR_RETURN(auto range, ParseYears(args.years));
    first = range.first;
    last = range.last;
  }
  DYAD_ASSIGN_OR_RETURN(Knowledge kb, OpenKnowledge(ctx));
  DYAD_ASSIGN_OR_RETURN(MirrorResult m, Mirror(*kb.snapshot, a->index, b->index, first, last,
                                               args.by_chapter, args.src.Filter()));
  Format f = ctx.options.format;
  if (f == Format::kJson) {
    json lines = json::array();
    for (const MirrorLine& l : m.lines) {
      lines.push_back({{"year", l.year}, {"months", l.months}, {"chapter", l.chapter.empty() ? json(nullptr) : json(l.chapter)},
                       {"exporter", l.exporter}, {"importer", l.importer},
                       {"exporter_reported_usd", Opt(l.exporter_reported)},
                       {"importer_reported_usd", Opt(l.importer_reported)}, {"gap_usd", Opt(l.gap_usd)},
                       {"gap_pct", Opt(l.gap_pct)}, {"exporter_source", l.exporter_source},
                       {"importer_source", l.importer_source}, {"note", l.note}});
    }
    ctx.PrintJson({{"pair", {m.a, m.b}}, {"lines", lines}, {"causes", m.causes}, {"notes", m.notes}});
    return Status::Ok();
  }
  Report rep(ctx);
  rep.Title(fmt::format("Mirror statistics for {} and {}: exporter's declared exports vs importer's declared imports", m.a, m.b));
  Table t;
  t.columns = {"year", "months", "flow", "chapter", "exporter_says", "importer_says", "gap_usd", "gap", "sources", "note"};
  t.numeric = {true, false, false, false, true, true, true, true, false, false};
  for (const MirrorLine& l : m.lines) {
    t.rows.push_back({std::to_string(l.year), l.months, l.exporter + "->" + l.importer, l.chapter.empty() ? "all" : l.chapter,
                      UsdCell(l.exporter_reported, f), UsdCell(l.importer_reported, f), UsdCell(l.gap_usd, f),
                      Pct(l.gap_pct, 1), l.exporter_source + " / " + l.importer_source, l.note});
  }
  rep.Table(t);
  rep.Section("Usual causes of mirror gaps");
  for (const auto& c : m.causes) rep.Line("- " + c);
  rep.Notes(m.notes);
  return Status::Ok();
}

}  // namespace

void RegisterAnalyticsCommandsPart2(CLI::App& app, Context& ctx) {
  auto ca = ctx.Bound<CompositionArgs>();
  CLI::App* c = AddCommand(app, ctx, "composition", "What a pair trades, per direction, by HS level or product group",
                           [&ctx, ca] { return RunComposition(ctx, *ca); });
  c->add_option("a", ca->a, "First country")->required();
  c->add_option("b", ca->b, "Second country")->required();
  c->add_option("--year", ca->year, "Year (default: the latest with product rows)");
  c->add_option("--by", ca->by, "section, chapter (default), heading, hs6 or group");
  c->add_option("--top", ca->top, "Show the first N lines per direction (0: all)");
  AddSourceOptions(c, ca->src);

  CLI::App* target = app.add_subcommand("target", "Declared targets of a pair");
  target->require_subcommand(1);
  target->fallthrough();
  auto ta = ctx.Bound<PairArgs>();
  CLI::App* ts = AddCommand(*target, ctx, "status", "Each declared target: baseline, required growth, trend, verdict",
                            [&ctx, ta] { return RunTargetStatus(ctx, *ta); });
  ts->add_option("a", ta->a, "First country")->required();
  ts->add_option("b", ta->b, "Second country")->required();
  AddSourceOptions(ts, ta->src);

  auto ia = ctx.Bound<PairArgs>();
  CLI::App* ind = AddCommand(app, ctx, "indicators", "RCA, complementarity, intensity, Grubel-Lloyd, HHI of a pair-year",
                             [&ctx, ia] { return RunIndicators(ctx, *ia); });
  ind->add_option("a", ia->a, "First country")->required();
  ind->add_option("b", ia->b, "Second country")->required();
  ind->add_option("--year", ia->year, "Year (default: the latest with product rows)");
  ind->add_option("--top", ia->top, "RCA rows per side (default 10, 0: all)");
  AddSourceOptions(ind, ia->src);

  auto ma = ctx.Bound<PairArgs>();
  CLI::App* mi = AddCommand(app, ctx, "mirror", "Exporter's declared exports vs importer's declared imports",
                            [&ctx, ma] { return RunMirror(ctx, *ma); });
  mi->add_option("a", ma->a, "First country")->required();
  mi->add_option("b", ma->b, "Second country")->required();
  mi->add_option("--years", ma->years, "YEAR or FIRST-LAST");
  mi->add_flag("--by-chapter", ma->by_chapter, "Add HS chapter lines where product data exists");
  AddSourceOptions(mi, ma->src);

  RegisterProfileCommand(app, ctx);
}

}  // namespace dyad::cli
