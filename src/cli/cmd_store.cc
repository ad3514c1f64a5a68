// Commands over the trade store: `info` (what is in it), `trade` (one pair's flows per
// dataset and year) and `verify` (every checksum and invariant).
#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "base/strings.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "analytics/pair_figure.h"
#include "cli/knowledge.h"
#include "reference/trade_areas.h"
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
                      {"coverage", d->product_rows() > 0 ? nlohmann::json(i.coverage) : nlohmann::json()},
                      {"product_level", d->product_rows() > 0 ? nlohmann::json(i.product_level) : nlohmann::json()},
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
  t.columns = {"dataset", "source", "basis", "vintage", "hs", "commodities", "years", "rows", "bytes", "files", "imported"};
  t.numeric = {false, false, false, false, false, false, false, true, true, true, false};
  for (const auto& d : snap->datasets()) {
    const store::DatasetInfo& i = d->info();
    std::string source(store::SourceKindName(i.kind));
    if (i.synthetic && i.kind != store::SourceKind::kSynthetic) source += " (synthetic)";
    // "all", "871200", or "8542 (HS4)" for a heading extract; "" without product rows.
    std::string commodities = d->product_rows() == 0 ? "" : i.coverage;
    if (!commodities.empty() && i.product_level != 6) commodities += " (HS" + std::to_string(i.product_level) + ")";
    t.rows.push_back({i.name, source, std::string(store::BasisName(i.basis)), i.vintage,
                      i.hs_edition, commodities, YearRanges(AllYears(*d)),
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


// An area ("Areas, nes", Bunkers, a "nes" region) is a party of `trade` only when asked
// for by its code: a name that happens to match one is far more likely a mistake.
Status CheckNotArea(const std::string& query, const reference::Country& c) {
  if (!reference::TradeAreas::Builtin().IsArea(c.index)) return Status::Ok();
  bool by_code = EqualsIgnoreCaseAscii(query, c.code) || query == std::to_string(c.numeric);
  if (by_code) return Status::Ok();
  return UsageError("trade: \"" + query + "\" is " + c.name + " (" + std::to_string(c.numeric) +
                    "), an area of trade data, not a country; ask for it by code (" + c.code + " or " +
                    std::to_string(c.numeric) + ") to see its figures");
}

Status RunTrade(Context& ctx, const std::string& query_a, const std::string& query_b,
                const std::string& years_text, const std::string& dataset) {
  DYAD_ASSIGN_OR_RETURN(YearRange years, ParseYears(years_text));
  const auto& countries = reference::Countries::Builtin();
  DYAD_ASSIGN_OR_RETURN(const reference::Country* ca, countries.Find(query_a));
  DYAD_ASSIGN_OR_RETURN(const reference::Country* cb, countries.Find(query_b));
  if (ca == cb) return UsageError("trade: A and B are the same country (" + ca->code + ")");
  DYAD_RETURN_IF_ERROR(CheckNotArea(query_a, *ca));
  DYAD_RETURN_IF_ERROR(CheckNotArea(query_b, *cb));
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
  // Every figure comes from analytics (the one rule for a pair's figure), dataset by
  // dataset in the snapshot's order.
  std::vector<analytics::Figure> rows;
  for (const Dataset* d : sets) {
    for (analytics::Figure& f : analytics::DatasetPairFigures(*d, ca->index, cb->index)) {
      if (!years.Contains(static_cast<uint16_t>(f.year))) continue;
      // Product sums carry the dataset's description; published rows their own source.
      if (f.url.empty() && f.basis != store::Basis::kNational) {
        const store::DatasetInfo& info = d->info();
        f.source = info.description.empty()
                       ? std::string(store::SourceKindName(info.kind)) + " " + info.vintage
                       : info.description;
      }
      rows.push_back(std::move(f));
    }
  }
  std::set<std::string> notes;
  for (const analytics::Figure& f : rows) {
    if (!f.note.empty()) notes.insert(f.note);
  }
  Format format = ctx.options.format;
  if (format == Format::kJson) {
    // Written straight out (the server renders this answer per request), in the bytes
    // RenderJson gives the same value: keys in byte order (tests/cli/json_writer_test.cc).
    std::string text;
    text.reserve(512 + 480 * rows.size());
    JsonWriter w(&text);
    w.BeginObject();
    w.Key("a");
    w.String(ca->code);
    w.Key("b");
    w.String(cb->code);
    w.Key("notes");
    w.BeginArray();
    for (const std::string& n : notes) w.String(n);
    w.EndArray();
    w.Key("series");
    w.BeginArray();
    for (const analytics::Figure& r : rows) {
      w.BeginObject();
      w.Key("a_to_b_usd");
      w.IntOrNull(r.exports_usd);
      w.Key("b_to_a_usd");
      w.IntOrNull(r.imports_usd);
      w.Key("basis");
      w.String(store::BasisName(r.basis));
      w.Key("coverage");
      w.String(r.coverage);
      w.Key("dataset");
      w.String(r.dataset);
      w.Key("months");
      w.String(r.months());
      w.Key("note");
      w.StringOrNull(r.note);
      w.Key("published");
      w.StringOrNull(r.published);
      w.Key("qualifier");
      w.StringOrNull(r.qualifier == store::Qualifier::kExact ? std::string_view() : store::QualifierName(r.qualifier));
      w.Key("reporter");
      w.StringOrNull(r.reporter);
      w.Key("source");
      w.String(r.source);
      w.Key("source_url");
      w.StringOrNull(r.url);
      w.Key("total_usd");
      w.IntOrNull(r.total_usd);
      w.Key("year");
      w.Int(r.year);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    w.Finish();
    ctx.out << text;
    return Status::Ok();
  }
  Table t;
  t.columns = {"dataset", "year", "months", "reporter", ca->code + "->" + cb->code,
               cb->code + "->" + ca->code, "total", "qualifier", "source"};
  t.numeric = {false, true, false, false, true, true, true, false, false};
  bool partial = false;
  for (const analytics::Figure& r : rows) {
    std::string source = r.source;
    if (!r.complete()) {
      source = "commodities " + r.coverage + " only; " + source;
      partial = true;
    }
    t.rows.push_back({r.dataset, std::to_string(r.year), r.months(), r.reporter,
                      UsdCell(r.exports_usd, format), UsdCell(r.imports_usd, format), UsdCell(r.total_usd, format),
                      std::string(store::QualifierName(r.qualifier)), source});
  }
  ctx.PrintTable(t);
  if (format == Format::kTable) {
    for (const std::string& n : notes) ctx.out << "note: " << n << "\n";
    if (partial) {
      ctx.out << "note: a partial extract (commodities named in the source column) is that commodity's "
                 "trade, not the pair's: no total is shown for it\n";
    }
  }
  return Status::Ok();
}

}  // namespace

void RegisterStoreCommands(CLI::App& app, Context& ctx) {
  AddCommand(app, ctx, "info", "Datasets in the store: source, basis, vintage, years, rows, size",
             [&ctx] { return RunInfo(ctx); });

  struct TradeArgs {
    std::string a, b, years, dataset;
  };
  auto args = ctx.Bound<TradeArgs>();
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
