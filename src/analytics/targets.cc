#include "analytics/targets.h"

#include "reference/countries.h"

namespace dyad::analytics {

Result<std::vector<TargetStatus>> AssessPairTargets(const store::Snapshot& snapshot,
                                                    const registry::Registry& registry,
                                                    uint16_t a, uint16_t b,
                                                    const SourceFilter& filter) {
  DYAD_RETURN_IF_ERROR(CheckFilter(snapshot, filter));
  registry::TargetFilter tf;
  tf.states = {CodeOf(a), CodeOf(b)};
  DYAD_ASSIGN_OR_RETURN(std::vector<registry::Target> targets, registry.ListTargets(tf));
  std::vector<TargetStatus> out;
  for (const registry::Target& t : targets) {
    TargetStatus st;
    st.target = t;
    TargetInput in;
    in.target_usd = static_cast<double>(t.value);
    in.target_year = t.target_year;
    in.stated = t.stated_on.value_or(Date::Y(9999));
    const auto* ca = reference::Countries::Builtin().FindByCode(t.state_a);
    const auto* cb = reference::Countries::Builtin().FindByCode(t.state_b);
    if (ca == nullptr || cb == nullptr || t.currency != "USD" ||
        (t.metric != "total_trade" && t.metric != "exports" && t.metric != "imports")) {
      st.metric_note = "metric " + t.metric + " in " + t.currency + ": not assessed from trade data";
      st.assessment.assumptions.push_back(st.metric_note);
      out.push_back(std::move(st));
      continue;
    }
    PairSeries s = BuildPairSeries(snapshot, ca->index, cb->index, filter);
    std::vector<Figure> all = PairFigures(snapshot, ca->index, cb->index, filter);
    if (t.metric == "total_trade") {
      st.metric_note = "total trade of " + t.state_a + " and " + t.state_b;
      for (const SeriesYear& y : s.years) in.series.push_back(y.preferred);
    } else {
      // Directed targets: one figure per year that publishes the flow.
      bool exports = t.metric == "exports";
      st.metric_note = (exports ? "exports of " : "imports of ") + t.state_a +
                       (exports ? " to " : " from ") + t.state_b;
      for (Figure f : all) {
        f.total_usd = exports ? f.exports_usd : f.imports_usd;
        if (f.total_usd) in.series.push_back(f);
      }
      in.series = PreferredByYear(in.series, t.state_a, t.state_b);
    }
    if (!t.stated_on) {
      st.assessment.assumptions.push_back("the registry has no date for when the target was stated");
    }
    st.assessment = AssessTarget(in);
    out.push_back(std::move(st));
  }
  return out;
}

}  // namespace dyad::analytics
