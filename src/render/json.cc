#include "render/json.h"

#include <string>

#include "analytics/target_math.h"
#include "registry/json_io.h"

namespace dyad::render {

using nlohmann::json;
using namespace dyad::analytics;  // NOLINT: this file renders analytics results

json Opt(std::optional<double> x) { return x ? json(*x) : json(nullptr); }
json Opt(std::optional<int64_t> x) { return x ? json(*x) : json(nullptr); }

json FigureJson(const Figure& f) {
  json j;
  j["year"] = f.year;
  j["months"] = f.months();
  j["full_year"] = f.full_year();
  j["exports_usd"] = Opt(f.exports_usd);
  j["imports_usd"] = Opt(f.imports_usd);
  j["total_usd"] = Opt(f.total_usd);
  j["balance_usd"] = Opt(f.balance_usd());
  j["qualifier"] = f.qualifier == store::Qualifier::kExact ? json(nullptr)
                                                          : json(std::string(store::QualifierName(f.qualifier)));
  j["dataset"] = f.dataset;
  j["basis"] = std::string(store::BasisName(f.basis));
  j["reporter"] = f.reporter.empty() ? json(nullptr) : json(f.reporter);
  j["source"] = f.Label();
  if (!f.url.empty()) j["url"] = f.url;
  if (f.synthetic) j["synthetic"] = true;
  return j;
}

json CompositionJson(const CompositionResult& c) {
  auto dir = [](const DirectionComposition& d) {
    json j;
    j["exporter"] = d.exporter;
    j["importer"] = d.importer;
    j["total_usd"] = d.total_usd;
    j["lines"] = json::array();
    for (const auto& l : d.lines) {
      j["lines"].push_back({{"code", l.code}, {"label", l.label}, {"value_usd", l.value_usd}, {"share", l.share}});
    }
    return j;
  };
  json j;
  j["year"] = c.year;
  j["by"] = std::string(CompositionLevelName(c.level));
  j["dataset"] = c.dataset;
  j["source"] = c.source;
  j["directions"] = {dir(c.a_to_b), dir(c.b_to_a)};
  j["notes"] = c.notes;
  return j;
}

json TargetStatusJson(const TargetStatus& s) {
  const TargetAssessment& a = s.assessment;
  json j;
  j["target"] = registry::TargetToJson(s.target);
  j["metric"] = s.metric_note;
  j["baseline"] = a.baseline ? FigureJson(*a.baseline) : json(nullptr);
  j["latest"] = a.latest ? FigureJson(*a.latest) : json(nullptr);
  j["latest_partial"] = a.latest_partial ? FigureJson(*a.latest_partial) : json(nullptr);
  j["required_cagr"] = json::array();
  for (const Horizon& h : a.horizons) {
    j["required_cagr"].push_back({{"years", h.years}, {"by_year", h.by_year}, {"cagr", Opt(h.required_cagr)}});
  }
  j["growth_to_baseline"] = json::array();
  for (const GrowthSince& g : a.growth_to_baseline) {
    j["growth_to_baseline"].push_back({{"from_year", g.from.year}, {"from_usd", Opt(g.from.total_usd)},
                                       {"from_source", g.from.Label()}, {"years", g.years},
                                       {"growth", Opt(g.growth)}, {"cagr", Opt(g.cagr)}});
  }
  if (a.trend) {
    json p;
    p["method"] = "log-linear least squares over full-year figures";
    p["annual_growth"] = a.trend->annual_growth();
    p["r_squared"] = a.trend->r_squared;
    p["points"] = json::array();
    for (const Figure& f : a.trend_points) {
      p["points"].push_back({{"year", f.year}, {"total_usd", Opt(f.total_usd)}, {"source", f.Label()}});
    }
    p["values"] = json::array();
    for (const Horizon& h : a.horizons) p["values"].push_back({{"year", h.by_year}, {"usd", Opt(h.projected_usd)}});
    j["projection"] = p;
  } else {
    j["projection"] = nullptr;
  }
  j["verdict"] = std::string(VerdictName(a.verdict));
  j["verdict_year"] = a.verdict_year ? json(a.verdict_year) : json(nullptr);
  j["projected_at_verdict_year"] = Opt(a.projected_at_verdict_year);
  j["margin"] = Opt(a.margin);
  j["assumptions"] = a.assumptions;
  return j;
}

json AgreementJson(const registry::Agreement& a, const Date& on) {
  json j = registry::AgreementToJson(a);
  j["in_force"] = a.ActiveOn(on);
  return j;
}

json RankJson(const ProfileRank& r) {
  if (!r.answer) return {{"country", r.country}, {"partner", r.partner}, {"group", nullptr}, {"error", r.error}};
  const RankAnswer& a = *r.answer;
  return {{"country", r.country},
          {"partner", r.partner},
          {"group", a.partners.group.empty() ? json(nullptr) : json(a.partners.group)},
          {"year", a.partners.year},
          {"rank", a.rank},
          {"of", a.of},
          {"ahead", a.ahead},
          {"value_usd", static_cast<int64_t>(a.row.value)},
          {"source", a.partners.source},
          {"complete", a.partners.complete},
          {"sentence", a.sentence}};
}

json ProfileJson(const PairProfile& p) {
  json j;
  j["pair"] = {p.a, p.b};
  json years = json::array();
  for (const SeriesYear& y : p.series.years) {
    json e = FigureJson(y.preferred);
    e["yoy"] = Opt(y.yoy);
    if (!y.yoy_note.empty()) e["yoy_note"] = y.yoy_note;
    e["other_sources"] = json::array();
    for (const Figure& o : y.others) e["other_sources"].push_back(FigureJson(o));
    years.push_back(e);
  }
  const PairSeries& s = p.series;
  j["trade"] = {{"seen_from", p.a},
                {"years", years},
                {"cagr", {{"from", s.cagr_from}, {"to", s.cagr_to}, {"value", Opt(s.cagr)}, {"note", s.cagr_note}}}};
  j["ranks"] = json::array();
  for (const ProfileRank& r : p.ranks) j["ranks"].push_back(RankJson(r));
  j["shares"] = json::array();
  for (const ProfileShare& x : p.shares) {
    j["shares"].push_back({{"country", x.country}, {"partner", x.partner}, {"year", x.year}, {"share", x.share},
                           {"source", x.source}});
  }
  if (p.sections) {
    j["composition"] = {{"sections", CompositionJson(*p.sections)},
                        {"groups", CompositionJson(*p.groups)},
                        {"hs6", p.hs6 ? CompositionJson(*p.hs6) : json(nullptr)}};
  } else {
    j["composition"] = {{"error", p.composition_note}};
  }
  json ag = json::array();
  for (const auto& x : p.agreements) ag.push_back(AgreementJson(x, p.on));
  j["agreements"] = {{"on", p.on.ToString()}, {"items", ag}};
  json ar = json::array();
  for (const auto& x : p.areas) ar.push_back(registry::AnnouncementToJson(x));
  j["areas"] = ar;
  j["targets"] = json::array();
  for (const auto& t : p.targets) j["targets"].push_back(TargetStatusJson(t));
  return j;
}

}  // namespace dyad::render
