// Analytics commands: profile, partners, rank, composition, target status, indicators,
// mirror. Each handler asks src/analytics for values with their sources and renders them
// in the four formats; the rules (precedence, partial years, verdicts) live in analytics.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "analytics/composition.h"
#include "analytics/mirror.h"
#include "analytics/pair_indicators.h"
#include "analytics/partners.h"
#include "analytics/ranking.h"
#include "analytics/series.h"
#include "analytics/targets.h"
#include "cli/analytics_cli.h"
#include "cli/commands.h"
#include "reference/countries.h"
#include "reference/groups.h"
#include "reference/hs.h"
#include "registry/registry.h"

namespace dyad::cli {
namespace {

using namespace dyad::analytics;  // NOLINT: this file is the analytics front end
using nlohmann::json;

// ---------------------------------------------------------------- partners / rank

struct PartnersArgs {
  std::string country, group, flow = "total";
  int year = 0, top = 0;
  SourceOptions src;
};

Result<PartnersQuery> MakeQuery(const PartnersArgs& a) {
  PartnersQuery q;
  DYAD_ASSIGN_OR_RETURN(const reference::Country* c, CountryArg(a.country));
  q.country = c->index;
  q.year = a.year;
  q.top = a.top;
  q.filter = a.src.Filter();
  if (a.flow == "total") q.flow = Flow::kTotal;
  else if (a.flow == "exports") q.flow = Flow::kExports;
  else if (a.flow == "imports") q.flow = Flow::kImports;
  else return UsageError("--flow: expected total, exports or imports, got \"" + a.flow + "\"");
  if (!a.group.empty()) {
    DYAD_ASSIGN_OR_RETURN(q.group, reference::Groups::Builtin().Find(a.group));
  }
  return q;
}

std::string PartnersTitle(const PartnersResult& r) {
  std::string among = r.group.empty() ? "" : " among " + r.group + " members";
  std::string flow = r.flow == Flow::kTotal ? "total trade" : std::string(FlowName(r.flow));
  std::string months = r.ranked_months == "1-12" ? "" : " (months " + r.ranked_months + ")";
  return fmt::format("{}'s trade partners{} in {}{}: {}, US dollars", r.country, among, r.year,
                     months, flow);
}

std::string CoverageLine(const PartnersResult& r) {
  std::string s = "source: " + r.source;
  if (!r.complete) s += fmt::format(" (only the partners whose figures {} published)", r.country);
  return s;
}

Status RunPartners(Context& ctx, const PartnersArgs& args) {
  DYAD_ASSIGN_OR_RETURN(PartnersQuery q, MakeQuery(args));
  DYAD_ASSIGN_OR_RETURN(Knowledge kb, OpenKnowledge(ctx));
  const store::Snapshot* snap = kb.snapshot.get();
  DYAD_ASSIGN_OR_RETURN(PartnersResult r, RankPartners(*snap, q));
  Format fmt = ctx.options.format;
  if (fmt == Format::kJson) {
    json j;
    j["country"] = r.country;
    j["year"] = r.year;
    j["group"] = r.group.empty() ? json(nullptr) : json(r.group);
    j["flow"] = std::string(FlowName(r.flow));
    j["partners"] = json::array();
    for (const PartnerRow& p : r.rows) {
      json e;
      e["rank"] = p.rank > 0 ? json(p.rank) : json(nullptr);
      e["partner"] = p.partner;
      e["total_usd"] = Opt(p.figure.total_usd);
      e["exports_usd"] = Opt(p.figure.exports_usd);
      e["imports_usd"] = Opt(p.figure.imports_usd);
      e["share"] = Opt(p.share);
      e["source"] = p.figure.Label();
      e["qualifier"] = p.figure.qualifier == store::Qualifier::kExact
                           ? json(nullptr)
                           : json(std::string(store::QualifierName(p.figure.qualifier)));
      e["months"] = p.figure.months();
      if (!p.figure.url.empty()) e["url"] = p.figure.url;
      if (!p.note.empty()) e["note"] = p.note;
      j["partners"].push_back(e);
    }
    j["ranked"] = r.ranked;
    j["ranked_months"] = r.ranked_months;
    j["complete"] = r.complete;
    j["dataset"] = r.dataset;
    j["source"] = r.source;
    j["country_total_usd"] = Opt(r.country_total_usd);
    j["notes"] = r.notes;
    j["other_sources"] = r.other_sources;
    ctx.PrintJson(j);
    return Status::Ok();
  }
  Report rep(ctx);
  rep.Title(PartnersTitle(r));
  rep.Line(CoverageLine(r));
  Table t;
  t.columns = {"rank", "partner", "name", "total_usd", "exports_usd", "imports_usd", "qualifier",
               "months", "share", "ref", "note"};
  t.numeric = {true, false, false, true, true, true, false, false, true, false, false};
  Citations cites;
  for (const PartnerRow& p : r.rows) {
    const auto* c = reference::Countries::Builtin().FindByCode(p.partner);
    t.rows.push_back({p.rank > 0 ? std::to_string(p.rank) : "-", p.partner, c ? c->name : "",
                      UsdCell(p.figure.total_usd, fmt), UsdCell(p.figure.exports_usd, fmt),
                      UsdCell(p.figure.imports_usd, fmt), QualifierText(p.figure.qualifier),
                      p.figure.months(), Pct(p.share, 1), cites.Ref(p.figure), p.note});
  }
  bool any_share = std::any_of(r.rows.begin(), r.rows.end(), [](const PartnerRow& p) { return p.share.has_value(); });
  if (!any_share) {
    for (auto& row : t.rows) row.erase(row.begin() + 8);
    t.columns.erase(t.columns.begin() + 8);
    t.numeric.erase(t.numeric.begin() + 8);
  }
  rep.Table(t);
  if (r.country_total_usd) {
    rep.Line(fmt::format("{}'s {} with all partners: {} US dollars", r.country,
                         r.flow == Flow::kTotal ? "trade" : std::string(FlowName(r.flow)),
                         UsdCell(r.country_total_usd, fmt)));
  }
  rep.Notes(r.notes);
  if (!r.other_sources.empty()) {
    std::string s;
    for (const auto& o : r.other_sources) s += (s.empty() ? "" : "; ") + o;
    rep.Line("also available for " + std::to_string(r.year) + " (choose with --dataset/--source): " + s);
  }
  rep.Citations(cites);
  return Status::Ok();
}

struct RankArgs {
  std::string partner, in_word, country, group, flow = "total";
  int year = 0;
  SourceOptions src;
};

Status RunRank(Context& ctx, const RankArgs& args) {
  if (args.in_word != "in") {
    return UsageError("expected `dyad rank PARTNER in COUNTRY`, got \"" + args.in_word + "\" for \"in\"");
  }
  PartnersArgs pa;
  pa.country = args.country;
  pa.group = args.group;
  pa.flow = args.flow;
  pa.year = args.year;
  pa.src = args.src;
  DYAD_ASSIGN_OR_RETURN(PartnersQuery q, MakeQuery(pa));
  DYAD_ASSIGN_OR_RETURN(const reference::Country* partner, CountryArg(args.partner));
  DYAD_ASSIGN_OR_RETURN(Knowledge kb, OpenKnowledge(ctx));
  const store::Snapshot* snap = kb.snapshot.get();
  DYAD_ASSIGN_OR_RETURN(RankAnswer a, RankOf(*snap, q, partner->index));
  const PartnersResult& r = a.partners;
  std::vector<const PartnerRow*> shown;
  for (const PartnerRow& p : r.rows) {
    if (p.rank > 0 && (p.rank <= a.rank || p.rank == a.rank + 1)) shown.push_back(&p);
  }
  if (ctx.options.format == Format::kJson) {
    json j;
    j["partner"] = partner->code;
    j["country"] = r.country;
    j["year"] = r.year;
    j["group"] = r.group.empty() ? json(nullptr) : json(r.group);
    j["flow"] = std::string(FlowName(r.flow));
    j["rank"] = a.rank;
    j["of"] = a.of;
    j["ahead"] = a.ahead;
    j["values"] = json::array();
    for (const PartnerRow* p : shown) {
      json v;
      v["rank"] = p->rank;
      v["partner"] = p->partner;
      v["value_usd"] = static_cast<int64_t>(p->value);
      v["qualifier"] = p->figure.qualifier == store::Qualifier::kExact
                           ? json(nullptr)
                           : json(std::string(store::QualifierName(p->figure.qualifier)));
      v["months"] = p->figure.months();
      v["source"] = p->figure.Label();
      j["values"].push_back(v);
    }
    j["source"] = r.source;
    j["complete"] = r.complete;
    j["sentence"] = a.sentence;
    j["notes"] = r.notes;
    ctx.PrintJson(j);
    return Status::Ok();
  }
  Report rep(ctx);
  rep.Title(a.sentence);
  rep.Line(fmt::format("ranked {} of {}; {}", a.rank, a.of, CoverageLine(r)));
  Table t;
  t.columns = {"rank", "partner", "value_usd", "qualifier", "months", "ref"};
  t.numeric = {true, false, true, false, false, false};
  Citations cites;
  for (const PartnerRow* p : shown) {
    t.rows.push_back({std::to_string(p->rank), p->partner,
                      UsdCell(static_cast<int64_t>(p->value), ctx.options.format),
                      QualifierText(p->figure.qualifier), p->figure.months(), cites.Ref(p->figure)});
  }
  rep.Table(t);
  rep.Notes(r.notes);
  rep.Citations(cites);
  return Status::Ok();
}

}  // namespace

void RegisterAnalyticsCommands(CLI::App& app, Context& ctx) {
  auto pa = ctx.Bound<PartnersArgs>();
  CLI::App* p = AddCommand(app, ctx, "partners", "A country's trade partners in a year, ranked",
                           [&ctx, pa] { return RunPartners(ctx, *pa); });
  p->add_option("country", pa->country, "Country (code or name)")->required();
  p->add_option("--year", pa->year, "Year (default: the latest with full-year figures)");
  p->add_option("--group", pa->group, "Only members of this group, as of 31 December of the year");
  p->add_option("--flow", pa->flow, "total (default), exports or imports");
  p->add_option("--top", pa->top, "Show the first N ranked partners");
  AddSourceOptions(p, pa->src);

  auto ra = ctx.Bound<RankArgs>();
  CLI::App* r = AddCommand(app, ctx, "rank", "Rank of a partner among a country's partners: rank A in B",
                           [&ctx, ra] { return RunRank(ctx, *ra); });
  r->add_option("partner", ra->partner, "The partner ranked")->required();
  r->add_option("in", ra->in_word, "the word `in`")->required();
  r->add_option("country", ra->country, "The country whose partners are ranked")->required();
  r->add_option("--year", ra->year, "Year (default: the latest with full-year figures)");
  r->add_option("--group", ra->group, "Rank among members of this group only");
  r->add_option("--flow", ra->flow, "total (default), exports or imports");
  AddSourceOptions(r, ra->src);

  RegisterAnalyticsCommandsPart2(app, ctx);
}

}  // namespace dyad::cli
