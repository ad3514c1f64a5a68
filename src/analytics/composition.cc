#include "analytics/composition.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "analytics/pair_figure.h"
#include "base/strings.h"
#include "reference/hs.h"
#include "reference/trade_areas.h"

namespace dyad::analytics {

using store::Basis;
using store::Side;

std::string_view CompositionLevelName(CompositionLevel level) {
  switch (level) {
    case CompositionLevel::kSection: return "section";
    case CompositionLevel::kChapter: return "chapter";
    case CompositionLevel::kHeading: return "heading";
    case CompositionLevel::kHs6: return "hs6";
    case CompositionLevel::kGroup: return "group";
  }
  return "?";
}

Result<CompositionLevel> ParseCompositionLevel(std::string_view text) {
  for (auto l : {CompositionLevel::kSection, CompositionLevel::kChapter, CompositionLevel::kHeading,
                 CompositionLevel::kHs6, CompositionLevel::kGroup}) {
    if (text == CompositionLevelName(l)) return l;
  }
  return UsageError("--by: expected section, chapter, heading, hs6 or group, got \"" +
                    std::string(text) + "\"");
}

const store::Dataset* ChooseProductDataset(const store::Snapshot& snapshot,
                                           const SourceFilter& filter) {
  const store::Dataset* best = nullptr;
  int best_order = 1 << 20;
  for (const auto& ds : snapshot.datasets()) {
    if (ds->product_rows() == 0 || !filter.Matches(ds->info())) continue;
    int order = ds->info().basis == Basis::kReconciled ? 0 : 1;
    if (!ds->info().complete()) order += 5;  // a one-commodity extract only when nothing else
    if (ds->info().synthetic) order += 10;
    if (order < best_order) {
      best = ds.get();
      best_order = order;
    }
  }
  return best;
}

Side ExportSide(const store::Dataset& ds) {
  return ds.info().basis == Basis::kReconciled ? Side::kReconciled : Side::kExporterReported;
}

namespace {

std::string SourceLabel(const store::Dataset& ds) {
  const auto& info = ds.info();
  if (info.basis == Basis::kReporter) return info.name + " (as reported to UN Comtrade)";
  return info.name + (info.synthetic ? " (synthetic, reconciled)" : " (reconciled)");
}

std::string Pad(uint32_t v, int width) { return fmt::format("{:0{}}", v, width); }

// The side a direction's rows come from: reconciled data has one; reporter data has the
// exporter's declaration, else the importer's (an extract of one reporter's trade has
// only that reporter's exports and imports).
Side DirectionSide(const store::Dataset& ds, int year, uint16_t from, uint16_t to) {
  if (ds.info().basis == Basis::kReconciled) return Side::kReconciled;
  uint16_t y = static_cast<uint16_t>(year);
  if (ds.PairYear(y, from, to, Side::kExporterReported)) return Side::kExporterReported;
  if (ds.PairYear(y, from, to, Side::kImporterReported)) return Side::kImporterReported;
  return Side::kExporterReported;
}

bool HasRows(const store::Dataset& ds, int year, uint16_t from, uint16_t to) {
  uint16_t y = static_cast<uint16_t>(year);
  for (Side s : {Side::kReconciled, Side::kExporterReported, Side::kImporterReported}) {
    if (ds.PairYear(y, from, to, s)) return true;
  }
  return false;
}

// "not specified" for chapter 99 and its codes; else `label`.
std::string LabelOf(uint32_t chapter, std::string label) {
  return chapter == reference::kUnspecifiedChapter ? "not specified (commodities not specified according to kind)"
                                                   : label;
}

Result<DirectionComposition> Direction(const store::Dataset& ds, int year, uint16_t from,
                                       uint16_t to, CompositionLevel level) {
  DirectionComposition d;
  d.exporter = CodeOf(from);
  d.importer = CodeOf(to);
  const reference::Hs& hs = reference::Hs::Builtin();
  Side side = DirectionSide(ds, year, from, to);
  std::map<std::string, CompositionLine> lines;
  if (level == CompositionLevel::kSection || level == CompositionLevel::kChapter) {
    DYAD_ASSIGN_OR_RETURN(auto chapters, ds.PairChapters(year, from, to, side));
    for (const auto& c : chapters) {
      d.total_usd += c.total.value_usd;
      std::string code, label;
      if (level == CompositionLevel::kChapter) {
        code = Pad(c.chapter, 2);
        const auto* ch = hs.Chapter(c.chapter);
        label = LabelOf(c.chapter, ch ? ch->name : "");
      } else {
        const auto* sec = hs.SectionOfChapter(c.chapter);
        code = sec ? sec->roman : "?";
        label = sec ? sec->name : LabelOf(c.chapter, "chapter " + Pad(c.chapter, 2) + " (no section)");
      }
      CompositionLine& l = lines[code];
      l.code = code;
      l.label = label;
      l.value_usd += c.total.value_usd;
    }
  } else {
    DYAD_ASSIGN_OR_RETURN(auto rows, ds.PairProducts(year, from, to, side));
    for (const auto& r : rows) {
      d.total_usd += r.value_usd;
      if (level == CompositionLevel::kGroup) {
        for (const auto& g : hs.groups()) {
          if (!g.Contains(static_cast<int>(r.hs6))) continue;
          CompositionLine& l = lines[g.name];
          l.code = g.name;
          l.label = g.description;
          l.value_usd += r.value_usd;
        }
        continue;
      }
      std::string code = level == CompositionLevel::kHs6 ? Pad(r.hs6, 6) : Pad(r.hs6 / 100, 4);
      CompositionLine& l = lines[code];
      l.code = code;
      if (level == CompositionLevel::kHs6) l.label = std::string(ds.ProductDescription(r.hs6));
      l.label = LabelOf(r.hs6 / 10000, l.label);
      l.value_usd += r.value_usd;
    }
  }
  for (auto& [code, l] : lines) {
    l.share = d.total_usd > 0 ? static_cast<double>(l.value_usd) / static_cast<double>(d.total_usd) : 0;
    d.lines.push_back(std::move(l));
  }
  std::sort(d.lines.begin(), d.lines.end(), [](const CompositionLine& x, const CompositionLine& y) {
    if (x.value_usd != y.value_usd) return x.value_usd > y.value_usd;
    return x.code < y.code;
  });
  return d;
}

// Whose declarations each direction comes from, and where a reporter's TOTAL figure
// differs from the sum of its commodity rows (TOTAL includes trade not shown by
// commodity), what it is.
void ReporterNotes(const store::Dataset& ds, int year, uint16_t a, uint16_t b, CompositionResult& res) {
  for (const DirectionComposition* d : {&res.a_to_b, &res.b_to_a}) {
    uint16_t from = d == &res.a_to_b ? a : b, to = d == &res.a_to_b ? b : a;
    if (!HasRows(ds, year, from, to)) continue;
    bool by_exporter = DirectionSide(ds, year, from, to) == Side::kExporterReported;
    uint16_t reporter = by_exporter ? from : to;
    res.notes.push_back(fmt::format("{}->{}: as reported by {} ({})", d->exporter, d->importer, CodeOf(reporter),
                                    by_exporter ? "its exports" : "its imports"));
    auto f = ReporterPairFigure(ds, year, reporter, by_exporter ? to : from);
    if (!f || f->url.empty()) continue;  // no TOTAL row
    std::optional<int64_t> total = by_exporter ? f->exports_usd : f->imports_usd;
    if (total && *total != d->total_usd) {
      res.notes.push_back(fmt::format("{}->{}: {}'s TOTAL figure is {} USD; its commodity rows add up to {} USD",
                                      d->exporter, d->importer, CodeOf(reporter), WithThousands(*total),
                                      WithThousands(d->total_usd)));
    }
  }
}

}  // namespace

Result<CompositionResult> Composition(const store::Snapshot& snapshot, uint16_t a, uint16_t b,
                                      int year, CompositionLevel level,
                                      const SourceFilter& filter) {
  DYAD_RETURN_IF_ERROR(CheckFilter(snapshot, filter));
  const store::Dataset* ds = ChooseProductDataset(snapshot, filter);
  if (ds == nullptr) {
    if (!filter.dataset.empty()) {
      return NotFound("dataset " + filter.dataset + " has no product-level rows: " + kNoProductData);
    }
    return NotFound(kNoProductData);
  }
  std::vector<std::string> read_as;
  for (uint16_t* c : {&a, &b}) {
    uint16_t as = ReadAs(*ds, *c);
    if (as != *c) read_as.push_back(CodeOf(*c) + " " + reference::TradeAreas::Builtin().ReportedAsNote(*c));
    *c = as;
  }
  std::vector<int> years;
  for (uint16_t y : ds->years()) {
    if (HasRows(*ds, y, a, b) || HasRows(*ds, y, b, a)) years.push_back(y);
  }
  if (years.empty()) {
    return NotFound(fmt::format("{} has no product rows for {} and {}", ds->info().name, CodeOf(a),
                                CodeOf(b)));
  }
  if (year == 0) year = years.back();
  if (std::find(years.begin(), years.end(), year) == years.end()) {
    std::string list;
    for (int y : years) list += (list.empty() ? "" : ", ") + std::to_string(y);
    return NotFound(fmt::format("{} has no {} product rows for {} and {} (years with rows: {})",
                                ds->info().name, year, CodeOf(a), CodeOf(b), list));
  }
  CompositionResult res;
  res.dataset = ds->info().name;
  res.source = SourceLabel(*ds);
  res.year = year;
  // An extract of headings or chapters answers at its own level, never finer.
  int stored = ds->info().product_level;
  bool finer = (stored == 4 && level == CompositionLevel::kHs6) ||
               (stored == 2 && (level == CompositionLevel::kHeading || level == CompositionLevel::kHs6 ||
                                level == CompositionLevel::kGroup));
  if (finer) {
    CompositionLevel at = stored == 4 ? CompositionLevel::kHeading : CompositionLevel::kChapter;
    res.notes.push_back(fmt::format("{} holds {}-digit commodity codes: shown by {}, not by {}", res.dataset,
                                    stored, CompositionLevelName(at), CompositionLevelName(level)));
    level = at;
  }
  if (!ds->info().complete()) {
    res.notes.push_back("commodities " + ds->info().coverage + " only (a partial extract): not the pair's whole trade");
  }
  res.level = level;
  res.notes.insert(res.notes.end(), read_as.begin(), read_as.end());
  DYAD_ASSIGN_OR_RETURN(res.a_to_b, Direction(*ds, year, a, b, level));
  DYAD_ASSIGN_OR_RETURN(res.b_to_a, Direction(*ds, year, b, a, level));
  if (ds->info().basis == Basis::kReporter) ReporterNotes(*ds, year, a, b, res);
  if (level == CompositionLevel::kGroup) {
    res.notes.push_back("product groups overlap and do not cover every product: shares need not add up to 100%");
  }
  if (ds->info().synthetic) res.notes.push_back("synthetic data: not real trade");
  return res;
}

}  // namespace dyad::analytics
