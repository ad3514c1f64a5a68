// Commands over the trade store: `info` (what is in it), `trade` (one pair's flows per
// dataset and year) and `verify` (every checksum and invariant).
#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/knowledge.h"
#include "reference/countries.h"
#include "store/store.h"

namespace dyad::cli {
namespace {

using store::Dataset;
using store::Side;

// "2015-2019, 2021": ascending years as compact ranges.
std::string YearRanges(const std::set<uint16_t>& years) {
  std::string out;
  for (auto it = years.begin(); it != years.end();) {
    uint16_t first = *it, last = *it;
    for (++it; it != years.end() && *it == last + 1; ++it) last = *it;
    if (!out.empty()) out += ", ";
    out += std::to_string(first);
    if (last != first) out += "-" + std::to_string(last);
  }
  return out;
}

std::set<uint16_t> AllYears(const Dataset& d) {
  std::set<uint16_t> years(d.years().begin(), d.years().end());
  years.insert(d.aggregate_years().begin(), d.aggregate_years().end());
  return years;
}

std::string Integer(uint64_t v, Format format) {
  return UsdCell(static_cast<int64_t>(v), format);
}

Status RunInfo(Context& ctx) {
  DYAD_ASSIGN_OR_RETURN(std::unique_ptr<store::Store> st, OpenStore(ctx));
  DYAD_ASSIGN_OR_RETURN(std::shared_ptr<const store::Snapshot> snap, st->OpenSnapshot());
  if (ctx.options.format == Format::kJson) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& d : snap->datasets()) {
      const store::DatasetInfo& i = d->info();
      nlohmann::json files = nlohmann::json::array();
      for (const store::SourceFile& f : i.files) {
        files.push_back({{"name", f.name}, {"checksum", f.checksum}, {"bytes", f.bytes}});
      }
      std::set<uint16_t> years = AllYears(*d);
      list.push_back({{"name", i.name},
                      {"source", store::SourceKindName(i.kind)},
                      {"basis", store::BasisName(i.basis)},
                      {"vintage", i.vintage.empty() ? nlohmann::json() : nlohmann::json(i.vintage)},
                      {"hs_edition", i.hs_edition.empty() ? nlohmann::json() : nlohmann::json(i.hs_edition)},
                      {"years", std::vector<uint16_t>(years.begin(), years.end())},
                      {"product_rows", d->product_rows()},
                      {"aggregate_rows", d->aggregate_rows()},
                      {"rows", d->product_rows() + d->aggregate_rows()},
                      {"bytes", d->bytes_on_disk()},
                      {"files", d->file_count()},
                      {"imported_at", i.imported_at},
                      {"synthetic", i.synthetic},
                      {"description", i.description},
                      {"source_files", files}});
    }
    ctx.PrintJson({{"datasets", list}});
    return Status::Ok();
  }
  Table t;
  t.columns = {"dataset", "source", "basis", "vintage", "hs", "years", "rows", "bytes", "files", "imported"};
  t.numeric = {false, false, false, false, false, false, true, true, true, false};
  for (const auto& d : snap->datasets()) {
    const store::DatasetInfo& i = d->info();
    std::string source(store::SourceKindName(i.kind));
    if (i.synthetic && i.kind != store::SourceKind::kSynthetic) source += " (synthetic)";
    t.rows.push_back({i.name, source, std::string(store::BasisName(i.basis)), i.vintage,
                      i.hs_edition, YearRanges(AllYears(*d)),
                      Integer(d->product_rows() + d->aggregate_rows(), ctx.options.format),
                      Integer(d->bytes_on_disk(), ctx.options.format),
                      std::to_string(d->file_count()), i.imported_at});
  }
  ctx.PrintTable(t);
  return Status::Ok();
}

Status RunVerify(Context& ctx) {
  DYAD_ASSIGN_OR_RETURN(std::filesystem::path dir, ctx.DataDir());
  // verify never writes: the store is opened as it is, without the built-in import.
  DYAD_ASSIGN_OR_RETURN(std::unique_ptr<store::Store> st, store::Store::Open(dir));
  std::unique_ptr<ProgressSink> progress = ctx.MakeProgress();
  DYAD_ASSIGN_OR_RETURN(store::VerifyReport r, st->Verify(progress.get()));
  if (ctx.options.format == Format::kJson) {
    ctx.PrintJson({{"ok", true}, {"datasets", r.datasets}, {"files", r.files}, {"rows", r.rows}});
  } else {
    ctx.out << "ok: " << r.datasets << " datasets, " << r.files << " files, " << r.rows
            << " rows verified\n";
  }
  return Status::Ok();
}

// One line of the `trade` series.
struct TradeRow {
  std::string dataset;
  std::string basis;
  std::optional<std::string> reporter;
  uint16_t year = 0;
  std::string months = "1-12";
  std::optional<int64_t> a_to_b, b_to_a, total;
  std::string qualifier;
  std::string source;
  std::string source_url;
  std::string published;
  int order = 0;  // 0: no reporter, 1: reporter A, 2: reporter B
};

std::optional<int64_t> Sum(std::optional<int64_t> a, std::optional<int64_t> b) {
  if (!a || !b) return std::nullopt;
  return *a + *b;
}

// Product-level datasets: per year, from the pair totals.
void ProductRows(const Dataset& d, uint16_t a, uint16_t b, const std::string& code_a,
                 const std::string& code_b, const YearRange& years, std::vector<TradeRow>* out) {
  const store::DatasetInfo& info = d.info();
  std::string source = info.description.empty()
                           ? std::string(store::SourceKindName(info.kind)) + " " + info.vintage
                           : info.description;
  auto value = [&](uint16_t y, uint16_t e, uint16_t i, Side s, uint16_t declarant) -> std::optional<int64_t> {
    if (auto t = d.PairYear(y, e, i, s)) return t->value_usd;
    // No row: zero if the declarant reported that year at all, else unknown.
    if (d.CountryYear(y, declarant, s)) return 0;
    return std::nullopt;
  };
  for (uint16_t y : d.years()) {
    if (!years.Contains(y)) continue;
    if (info.basis != store::Basis::kReporter) {
      auto ab = d.PairYear(y, a, b, Side::kReconciled), ba = d.PairYear(y, b, a, Side::kReconciled);
      if (!ab && !ba) continue;
      TradeRow r;
      r.a_to_b = ab ? ab->value_usd : 0;
      r.b_to_a = ba ? ba->value_usd : 0;
      r.year = y;
      r.source = source;
      out->push_back(std::move(r));
      continue;
    }
    // Reporter basis: one row per declaring side. A declares its exports to B
    // (exporter-reported) and its imports from B (importer-reported); B likewise.
    for (int k = 0; k < 2; ++k) {
      uint16_t rep = k == 0 ? a : b;
      auto ab = k == 0 ? value(y, a, b, Side::kExporterReported, a) : value(y, a, b, Side::kImporterReported, b);
      auto ba = k == 0 ? value(y, b, a, Side::kImporterReported, a) : value(y, b, a, Side::kExporterReported, b);
      bool any = d.PairYear(y, a, b, k == 0 ? Side::kExporterReported : Side::kImporterReported) ||
                 d.PairYear(y, b, a, k == 0 ? Side::kImporterReported : Side::kExporterReported);
      if (!any) continue;
      TradeRow r;
      r.reporter = rep == a ? code_a : code_b;
      r.order = k + 1;
      r.a_to_b = ab;
      r.b_to_a = ba;
      r.year = y;
      r.source = source;
      out->push_back(std::move(r));
    }
  }
  for (TradeRow& r : *out) {
    if (r.dataset.empty()) {
      r.dataset = info.name;
      r.basis = store::BasisName(info.basis);
      r.total = Sum(r.a_to_b, r.b_to_a);
    }
  }
}

// National totals: a row published by B gives A->B as B's imports and B->A as B's
// exports; a row published by A, the other way round.
void AggregateRows(const Dataset& d, uint16_t a, uint16_t b, const std::string& code_a,
                   const std::string& code_b, const YearRange& years, std::vector<TradeRow>* out) {
  for (int k = 0; k < 2; ++k) {
    for (const store::AggregateFlow& f : d.AggregatesFor(k == 0 ? a : b, k == 0 ? b : a)) {
      if (!years.Contains(f.year)) continue;
      TradeRow r;
      r.dataset = d.info().name;
      r.basis = store::BasisName(d.info().basis);
      r.reporter = k == 0 ? code_a : code_b;
      r.order = k + 1;
      r.year = f.year;
      r.months = f.months();
      r.a_to_b = k == 0 ? f.exports_usd : f.imports_usd;
      r.b_to_a = k == 0 ? f.imports_usd : f.exports_usd;
      r.total = f.total_usd ? f.total_usd : Sum(r.a_to_b, r.b_to_a);
      r.qualifier = store::QualifierName(f.qualifier);
      r.source = f.source;
      r.source_url = f.source_url;
      r.published = f.published;
      out->push_back(std::move(r));
    }
  }
}

nlohmann::json OptionalJson(const std::optional<std::string>& s) {
  return s ? nlohmann::json(*s) : nlohmann::json();
}

Status RunTrade(Context& ctx, const std::string& query_a, const std::string& query_b,
                const std::string& years_text, const std::string& dataset) {
  DYAD_ASSIGN_OR_RETURN(YearRange years, ParseYears(years_text));
  const auto& countries = reference::Countries::Builtin();
  DYAD_ASSIGN_OR_RETURN(const reference::Country* ca, countries.Find(query_a));
  DYAD_ASSIGN_OR_RETURN(const reference::Country* cb, countries.Find(query_b));
  if (ca == cb) return UsageError("trade: A and B are the same country (" + ca->code + ")");
  DYAD_ASSIGN_OR_RETURN(std::unique_ptr<store::Store> st, OpenStore(ctx));
  DYAD_ASSIGN_OR_RETURN(std::shared_ptr<const store::Snapshot> snap, st->OpenSnapshot());
  std::vector<const Dataset*> sets;
  if (!dataset.empty()) {
    const Dataset* d = snap->FindDataset(dataset);
    if (d == nullptr) {
      std::string names;
      for (const auto& x : snap->datasets()) names += (names.empty() ? "" : ", ") + x->info().name;
      return NotFound("no dataset named \"" + dataset + "\"" +
                      (names.empty() ? std::string() : "; datasets: " + names));
    }
    sets.push_back(d);
  } else {
    for (const auto& d : snap->datasets()) sets.push_back(d.get());
  }
  std::vector<TradeRow> rows;
  for (const Dataset* d : sets) {
    std::vector<TradeRow> part;
    ProductRows(*d, ca->index, cb->index, ca->code, cb->code, years, &part);
    // A reporter's published total (Comtrade's TOTAL commodity row) supersedes the sum
    // of its HS6 rows for the same year: the HS6 rows may be incomplete.
    std::vector<TradeRow> totals;
    AggregateRows(*d, ca->index, cb->index, ca->code, cb->code, years, &totals);
    std::erase_if(part, [&](const TradeRow& p) {
      return p.reporter && std::any_of(totals.begin(), totals.end(), [&](const TradeRow& t) {
               return t.reporter == p.reporter && t.year == p.year && t.months == "1-12";
             });
    });
    part.insert(part.end(), totals.begin(), totals.end());
    std::stable_sort(part.begin(), part.end(), [](const TradeRow& x, const TradeRow& y) {
      return std::tie(x.year, x.order) < std::tie(y.year, y.order);
    });
    rows.insert(rows.end(), part.begin(), part.end());
  }

  Format format = ctx.options.format;
  if (format == Format::kJson) {
    nlohmann::json series = nlohmann::json::array();
    for (const TradeRow& r : rows) {
      series.push_back({{"dataset", r.dataset},
                        {"basis", r.basis},
                        {"reporter", OptionalJson(r.reporter)},
                        {"year", r.year},
                        {"months", r.months},
                        {"a_to_b_usd", UsdJson(r.a_to_b)},
                        {"b_to_a_usd", UsdJson(r.b_to_a)},
                        {"total_usd", UsdJson(r.total)},
                        {"qualifier", r.qualifier.empty() ? nlohmann::json() : nlohmann::json(r.qualifier)},
                        {"source", r.source},
                        {"source_url", r.source_url.empty() ? nlohmann::json() : nlohmann::json(r.source_url)},
                        {"published", r.published.empty() ? nlohmann::json() : nlohmann::json(r.published)}});
    }
    ctx.PrintJson({{"a", ca->code}, {"b", cb->code}, {"series", series}});
    return Status::Ok();
  }
  Table t;
  t.columns = {"dataset", "year", "months", "reporter", ca->code + "->" + cb->code,
               cb->code + "->" + ca->code, "total", "qualifier", "source"};
  t.numeric = {false, true, false, false, true, true, true, false, false};
  for (const TradeRow& r : rows) {
    t.rows.push_back({r.dataset, std::to_string(r.year), r.months, r.reporter.value_or(""),
                      UsdCell(r.a_to_b, format), UsdCell(r.b_to_a, format), UsdCell(r.total, format),
                      r.qualifier, r.source});
  }
  ctx.PrintTable(t);
  return Status::Ok();
}

}  // namespace

void RegisterStoreCommands(CLI::App& app, Context& ctx) {
  AddCommand(app, ctx, "info", "Datasets in the store: source, basis, vintage, years, rows, size",
             [&ctx] { return RunInfo(ctx); });

  struct TradeArgs {
    std::string a, b, years, dataset;
  };
  auto args = std::make_shared<TradeArgs>();
  CLI::App* trade = AddCommand(
      app, ctx, "trade", "Trade between two countries per dataset and year, both directions",
      [&ctx, args] { return RunTrade(ctx, args->a, args->b, args->years, args->dataset); });
  trade->add_option("A", args->a, "Country: ISO alpha-3, numeric or English name")->required();
  trade->add_option("B", args->b, "Partner country")->required();
  trade->add_option("--years", args->years, "Years: 2023 or 2015-2023 (default: all)");
  trade->add_option("--dataset", args->dataset, "Only this dataset");

  AddCommand(app, ctx, "verify", "Check every checksum and invariant of the store",
             [&ctx] { return RunVerify(ctx); });
}

}  // namespace dyad::cli
