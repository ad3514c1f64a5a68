#include "analytics/composition.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "reference/hs.h"

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
  if (info.basis == Basis::kReporter) return info.name + " (as reported by the exporter)";
  return info.name + (info.synthetic ? " (synthetic, reconciled)" : " (reconciled)");
}

std::string Pad(uint32_t v, int width) { return fmt::format("{:0{}}", v, width); }

Result<DirectionComposition> Direction(const store::Dataset& ds, int year, uint16_t from,
                                       uint16_t to, CompositionLevel level) {
  DirectionComposition d;
  d.exporter = CodeOf(from);
  d.importer = CodeOf(to);
  const reference::Hs& hs = reference::Hs::Builtin();
  Side side = ExportSide(ds);
  std::map<std::string, CompositionLine> lines;
  if (level == CompositionLevel::kSection || level == CompositionLevel::kChapter) {
    DYAD_ASSIGN_OR_RETURN(auto chapters, ds.PairChapters(year, from, to, side));
    for (const auto& c : chapters) {
      d.total_usd += c.total.value_usd;
      std::string code, label;
      if (level == CompositionLevel::kChapter) {
        code = Pad(c.chapter, 2);
        const auto* ch = hs.Chapter(c.chapter);
        label = ch ? ch->name : "";
      } else {
        const auto* sec = hs.SectionOfChapter(c.chapter);
        code = sec ? sec->roman : "?";
        label = sec ? sec->name : "chapter " + Pad(c.chapter, 2) + " (no section)";
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
  Side side = ExportSide(*ds);
  std::vector<int> years;
  for (uint16_t y : ds->years()) {
    if (ds->PairYear(y, a, b, side) || ds->PairYear(y, b, a, side)) years.push_back(y);
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
  res.level = level;
  DYAD_ASSIGN_OR_RETURN(res.a_to_b, Direction(*ds, year, a, b, level));
  DYAD_ASSIGN_OR_RETURN(res.b_to_a, Direction(*ds, year, b, a, level));
  if (level == CompositionLevel::kGroup) {
    res.notes.push_back("product groups overlap and do not cover every product: shares need not add up to 100%");
  }
  if (ds->info().synthetic) res.notes.push_back("synthetic data: not real trade");
  return res;
}

}  // namespace dyad::analytics
