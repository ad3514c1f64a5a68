#include "analytics/mirror.h"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "analytics/pair_figure.h"

namespace dyad::analytics {

using store::Basis;
using store::Side;

namespace {

void Fill(MirrorLine& l) {
  if (l.exporter_reported && l.importer_reported) {
    l.gap_usd = *l.importer_reported - *l.exporter_reported;
    if (*l.exporter_reported > 0) {
      l.gap_pct = static_cast<double>(*l.gap_usd) / static_cast<double>(*l.exporter_reported);
    }
  }
}

bool InRange(int y, int first, int last) { return (!first || y >= first) && (!last || y <= last); }

}  // namespace

Result<MirrorResult> Mirror(const store::Snapshot& snapshot, uint16_t a, uint16_t b,
                            int first_year, int last_year, bool by_chapter,
                            const SourceFilter& filter) {
  DYAD_RETURN_IF_ERROR(CheckFilter(snapshot, filter));
  MirrorResult res;
  res.a = CodeOf(a);
  res.b = CodeOf(b);
  std::map<std::string, std::set<int>> seen;  // side label -> years
  for (const auto& ds : snapshot.datasets()) {
    const store::DatasetInfo& info = ds->info();
    if (!filter.Matches(info)) continue;
    // National totals: the exporter's published exports vs the importer's published imports.
    if (info.basis == Basis::kNational && ds->aggregate_rows() > 0) {
      for (int dir = 0; dir < 2; ++dir) {
        uint16_t ex = dir == 0 ? a : b, im = dir == 0 ? b : a;
        auto ex_rows = ds->AggregatesFor(ex, im);
        auto im_rows = ds->AggregatesFor(im, ex);
        for (const auto& r : ex_rows) seen[info.name + ": " + CodeOf(ex) + " national"].insert(r.year);
        for (const auto& r : im_rows) seen[info.name + ": " + CodeOf(im) + " national"].insert(r.year);
        for (const auto& e : ex_rows) {
          if (!e.exports_usd || !InRange(e.year, first_year, last_year)) continue;
          for (const auto& i : im_rows) {
            if (i.year != e.year || !i.imports_usd || i.first_month != e.first_month ||
                i.last_month != e.last_month) {
              continue;
            }
            MirrorLine l;
            l.year = e.year;
            l.months = e.months();
            l.exporter = CodeOf(ex);
            l.importer = CodeOf(im);
            l.exporter_reported = e.exports_usd;
            l.importer_reported = i.imports_usd;
            l.exporter_source = info.name + ": " + l.exporter + " national statistics (" + e.source + ")";
            l.importer_source = info.name + ": " + l.importer + " national statistics (" + i.source + ")";
            if (!e.full_year()) l.note = "partial period (months " + e.months() + ")";
            if (e.qualifier != store::Qualifier::kExact || i.qualifier != store::Qualifier::kExact) {
              l.note += std::string(l.note.empty() ? "" : "; ") + "qualified figures";
            }
            Fill(l);
            res.lines.push_back(l);
          }
        }
      }
    }
    // Declarations of each side (Comtrade), from the one pair rule: a reporter's TOTAL
    // figure where it published one, else its commodity rows.
    if (info.basis == Basis::kReporter) {
      std::set<int> years(ds->years().begin(), ds->years().end());
      for (const auto& r : ds->aggregates()) years.insert(r.year);
      for (int y : years) {
        if (!InRange(y, first_year, last_year)) continue;
        for (int dir = 0; dir < 2; ++dir) {
          uint16_t ex = dir == 0 ? a : b, im = dir == 0 ? b : a;
          auto fx = ReporterPairFigure(*ds, y, ex, im), fm = ReporterPairFigure(*ds, y, im, ex);
          std::optional<int64_t> x = fx ? fx->exports_usd : std::nullopt;
          std::optional<int64_t> m = fm ? fm->imports_usd : std::nullopt;
          if (x) seen[info.name + ": " + CodeOf(ex) + " declared"].insert(y);
          if (m) seen[info.name + ": " + CodeOf(im) + " declared"].insert(y);
          if (!x || !m || (*x == 0 && *m == 0)) continue;
          MirrorLine l;
          l.year = y;
          l.exporter = CodeOf(ex);
          l.importer = CodeOf(im);
          l.exporter_reported = x;
          l.importer_reported = m;
          l.exporter_source = info.name + ": " + l.exporter + " as reported to UN Comtrade";
          l.importer_source = info.name + ": " + l.importer + " as reported to UN Comtrade";
          if (!info.complete()) l.note = "commodities " + info.coverage + " only";
          Fill(l);
          res.lines.push_back(l);
          if (!by_chapter) continue;
          DYAD_ASSIGN_OR_RETURN(auto xc, ds->PairChapters(y, ex, im, Side::kExporterReported));
          DYAD_ASSIGN_OR_RETURN(auto mc, ds->PairChapters(y, ex, im, Side::kImporterReported));
          std::map<int, MirrorLine> chapters;
          for (const auto& c : xc) chapters[c.chapter].exporter_reported = c.total.value_usd;
          for (const auto& c : mc) chapters[c.chapter].importer_reported = c.total.value_usd;
          for (auto& [ch, cl] : chapters) {
            cl.year = y;
            cl.chapter = fmt::format("{:02}", ch);
            cl.exporter = l.exporter;
            cl.importer = l.importer;
            cl.exporter_source = l.exporter_source;
            cl.importer_source = l.importer_source;
            // A chapter one side does not declare at all is a zero on that side.
            if (!cl.exporter_reported) cl.exporter_reported = 0;
            if (!cl.importer_reported) cl.importer_reported = 0;
            Fill(cl);
            res.lines.push_back(cl);
          }
        }
      }
    }
  }
  if (res.lines.empty()) {
    std::string have;
    for (const auto& [label, years] : seen) {
      std::string ys;
      for (int y : years) ys += (ys.empty() ? "" : ", ") + std::to_string(y);
      have += (have.empty() ? "" : "; ") + label + ": " + ys;
    }
    return NotFound(fmt::format(
        "no year in which both {} and {} report the same flow{} ({})", res.a, res.b,
        first_year || last_year ? " in the years asked" : "",
        have.empty() ? "no figures from either side" : "have " + have));
  }
  std::stable_sort(res.lines.begin(), res.lines.end(), [&](const MirrorLine& x, const MirrorLine& y) {
    return std::make_tuple(x.year, x.exporter != res.a, x.chapter) <
           std::make_tuple(y.year, y.exporter != res.a, y.chapter);
  });
  res.causes = {
      "CIF/FOB valuation: importers value goods with cost, insurance and freight (CIF), "
      "exporters free on board (FOB); imports typically exceed the mirror exports by 5-10%",
      "re-exports and transit: goods routed through a third country may be attributed to "
      "the country of origin by the importer and to the intermediary by the exporter",
      "timing: goods shipped late in one year can be recorded in the next by the importer",
      "partial periods and revisions: compare only figures covering the same months; "
      "published figures are revised",
      "classification, confidential trade and exchange rates differ between the two reporters"};
  return res;
}

}  // namespace dyad::analytics
