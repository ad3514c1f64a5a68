// `dyad profile A B`: the brief on a pair. Trade by year and source, ranks of each
// country among the other's partners (overall and in every group both belong to),
// shares of each country's trade, composition, agreements, areas and targets. Every
// section says where its numbers come from, or why it has none.
#include <fmt/format.h>

#include "analytics/composition.h"
#include "analytics/partners.h"
#include "analytics/series.h"
#include "analytics/targets.h"
#include "analytics/profile.h"
#include "cli/analytics_cli.h"
#include "cli/commands.h"
#include "reference/groups.h"
#include "base/files.h"
#include "render/html.h"
#include "render/json.h"
#include "render/sentences.h"

namespace dyad::cli {
namespace {

using namespace dyad::analytics;  // NOLINT: this file is the analytics front end
using nlohmann::json;

struct ProfileArgs {
  std::string a, b, years, on;
  int year = 0, top = 5;
  SourceOptions src;
  std::string out;  // report: the HTML file ("" or "-": standard output)
};

std::string UsdTableCell(std::optional<int64_t> usd) { return UsdCell(usd, Format::kTable); }
std::string UsdCsvCell(std::optional<int64_t> usd) { return UsdCell(usd, Format::kCsv); }

Result<ProfileQuery> MakeQuery(const ProfileArgs& args) {
  ProfileQuery q;
  DYAD_ASSIGN_OR_RETURN(const reference::Country* a, CountryArg(args.a));
  DYAD_ASSIGN_OR_RETURN(const reference::Country* b, CountryArg(args.b));
  if (a->index == b->index) return UsageError("profile needs two different countries");
  q.a = a->index;
  q.b = b->index;
  if (!args.years.empty()) {
    DYAD_ASSIGN_OR_RETURN(YearRange range, ParseYears(args.years));
    q.first_year = range.first;
    q.last_year = range.last;
  }
  if (args.year) q.first_year = q.last_year = args.year;
  q.year = args.year;
  q.on = Today();
  if (!args.on.empty()) {
    DYAD_ASSIGN_OR_RETURN(q.on, ParseDate(args.on));
  }
  q.filter = args.src.Filter();
  return q;
}

Result<PairProfile> LoadProfile(Context& ctx, const ProfileArgs& args) {
  DYAD_ASSIGN_OR_RETURN(ProfileQuery q, MakeQuery(args));
  DYAD_ASSIGN_OR_RETURN(Knowledge kb, OpenKnowledge(ctx));
  DYAD_ASSIGN_OR_RETURN(auto reg, OpenKnowledgeRegistry(ctx));
  return BuildPairProfile(*kb.snapshot, *reg, q);
}

Status RunProfile(Context& ctx, const ProfileArgs& args) {
  DYAD_ASSIGN_OR_RETURN(PairProfile p, LoadProfile(ctx, args));
  Format f = ctx.options.format;
  if (f == Format::kJson) {
    ctx.PrintJson(render::ProfileJson(p));
    return Status::Ok();
  }
  const auto& countries = reference::Countries::Builtin();
  const reference::Country* a = countries.FindByCode(p.a);
  const reference::Country* b = countries.FindByCode(p.b);
  const PairSeries& series = p.series;
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
  for (const ProfileRank& r : p.ranks) rep.Line(render::RankSentence(r));
  rep.Section("Share of each country's total trade");
  for (const ProfileShare& s : p.shares) {
    rep.Line(render::ShareSentence(s, f == Format::kCsv ? UsdCsvCell : UsdTableCell));
  }
  if (p.shares.empty()) {
    rep.Line("not available: no total trade of either country in the loaded data "
             "(national totals give bilateral figures only; load BACI for shares)");
  }

  rep.Section("Composition");
  const auto& sections = p.sections;
  const auto& product_groups = p.groups;
  const auto& hs6 = p.hs6;
  if (!sections) {
    rep.Line(p.composition_note);
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

  const Date& on = p.on;
  const auto& agreements = p.agreements;
  const auto& areas = p.areas;
  const auto& targets = p.targets;
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

// `dyad report A B`: the profile as one self-contained HTML page.
Status RunReport(Context& ctx, const ProfileArgs& args) {
  DYAD_ASSIGN_OR_RETURN(PairProfile p, LoadProfile(ctx, args));
  std::string html = render::PairBriefHtml(p);
  if (args.out.empty() || args.out == "-") {
    ctx.out << html;
    return Status::Ok();
  }
  DYAD_RETURN_IF_ERROR(WriteFileAtomic(args.out, html));
  if (!ctx.options.quiet) ctx.err << "dyad: wrote " << args.out << " (" << html.size() << " bytes)\n";
  return Status::Ok();
}

void AddProfileOptions(CLI::App* p, ProfileArgs& pa) {
  p->add_option("a", pa.a, "First country (the series is seen from it)")->required();
  p->add_option("b", pa.b, "Second country")->required();
  p->add_option("--year", pa.year, "One year (ranks, shares and composition for it)");
  p->add_option("--years", pa.years, "FIRST-LAST: the years of the trade series");
  p->add_option("--on", pa.on, "Date for `in force` (default: today)");
  AddSourceOptions(p, pa.src);
}

}  // namespace

void RegisterProfileCommand(CLI::App& app, Context& ctx) {
  auto pa = ctx.Bound<ProfileArgs>();
  CLI::App* p = AddCommand(app, ctx, "profile", "The brief on a pair: trade, ranks, composition, agreements, targets",
                           [&ctx, pa] { return RunProfile(ctx, *pa); });
  AddProfileOptions(p, *pa);
  p->add_option("--top", pa->top, "Lines per composition table (default 5, 0: all)");

  auto ra = ctx.Bound<ProfileArgs>();
  CLI::App* r = AddCommand(
      app, ctx, "report", "The brief on a pair as one self-contained HTML page (inline CSS and SVG, printable)",
      [&ctx, ra] { return RunReport(ctx, *ra); }, /*renders_html=*/true);
  AddProfileOptions(r, *ra);
  r->add_option("-o,--out", ra->out, "Write the page to FILE (default: standard output)");
}

}  // namespace dyad::cli
