// dyad import baci|comtrade|totals FILE... and dyad synth: the CLI side of src/ingest.
#include <nlohmann/json.hpp>

#include "base/strings.h"
#include "cli/commands.h"
#include "cli/import_cli.h"
#include "cli/knowledge.h"
#include "ingest/importer.h"
#include "ingest/synth.h"
#include "store/store.h"

namespace dyad::cli {
namespace {

struct ImportArgs {
  std::vector<std::string> files;
  std::string dataset;
  bool lenient = false;
  std::string rejects;
  std::string hs_edition, vintage;
};

// "2019-2022" for a run of years, "2019, 2021" otherwise.
std::string YearsText(const std::set<uint16_t>& years) {
  if (years.empty()) return "none";
  uint16_t lo = *years.begin(), hi = *years.rbegin();
  if (static_cast<size_t>(hi - lo + 1) == years.size()) {
    return lo == hi ? std::to_string(lo) : std::to_string(lo) + "-" + std::to_string(hi);
  }
  std::string out;
  for (uint16_t y : years) out += (out.empty() ? "" : ", ") + std::to_string(y);
  return out;
}

std::string Plural(uint64_t n, const char* one, const char* many) {
  return WithThousands(static_cast<int64_t>(n)) + " " + (n == 1 ? one : many);
}

}  // namespace

nlohmann::json ImportSummaryJson(const ingest::ImportSummary& s, ingest::ImportFormat format) {
  nlohmann::json j = {{"dataset", s.dataset},
                      {"unchanged", s.unchanged},
                      {"replaced", s.replaced},
                      {"synthetic", s.info.synthetic},
                      {"kind", std::string(store::SourceKindName(s.info.kind))},
                      {"vintage", s.info.vintage},
                      {"hs_edition", s.info.hs_edition},
                      {"product_rows", s.product_rows},
                      {"aggregate_rows", s.aggregate_rows},
                      {"descriptions", s.descriptions},
                      {"kept_rows", s.kept_rows},
                      {"years", std::vector<uint16_t>(s.years.begin(), s.years.end())},
                      {"rejected", s.rejected},
                      {"rejects_file", s.rejects_path.empty() ? nlohmann::json(nullptr)
                                                              : nlohmann::json(s.rejects_path.string())}};
  j["empty"] = s.empty;
  if (format == ingest::ImportFormat::kComtrade) {
    j["set_aside"] = {{"world", s.skipped_world},       {"breakdowns", s.skipped_breakdown},
                      {"other_flows", s.skipped_flow},  {"coarser_levels", s.skipped_level},
                      {"groups", s.skipped_reporter}};
    j["formats"] = s.formats;
    j["coverage"] = s.info.coverage;
    j["product_level"] = s.info.product_level;
  }
  return j;
}

void PrintImportSummary(const Context& ctx, const ingest::ImportSummary& s, ingest::ImportFormat format) {
  if (ctx.options.format == Format::kJson) {
    ctx.PrintJson(ImportSummaryJson(s, format));
    return;
  }
  if (s.unchanged) {
    ctx.out << "dataset " << s.dataset << ": unchanged (these files"
            << (s.info.vintage.empty() ? "" : " of vintage " + s.info.vintage) << " are already imported)\n";
    return;
  }
  if (format == ingest::ImportFormat::kComtrade) {
    for (const std::string& f : s.formats) ctx.out << "read " << f << "\n";
  }
  std::string what;
  if (s.product_rows > 0 || format == ingest::ImportFormat::kBaci) what = Plural(s.product_rows, "product row", "product rows");
  if (s.aggregate_rows > 0 || format == ingest::ImportFormat::kTotals) {
    what += (what.empty() ? "" : " and ") + Plural(s.aggregate_rows, "total", "totals");
  }
  if (what.empty()) what = "0 rows";
  if (s.empty) {
    ctx.out << "dataset " << s.dataset << ": imported 0 rows: nothing to store, no dataset written\n";
  } else {
    ctx.out << "dataset " << s.dataset << ": imported " << what << ", years " << YearsText(s.years);
    if (!s.info.vintage.empty()) ctx.out << ", vintage " << s.info.vintage;
    if (s.info.vintage.empty() && s.info.kind == store::SourceKind::kBaci) ctx.out << ", unknown vintage";
    if (s.info.synthetic) ctx.out << " (SYNTHETIC)";
    ctx.out << "\n";
  }
  if (format == ingest::ImportFormat::kComtrade && !s.empty && s.product_rows > 0) {
    ctx.out << "commodities: " << (s.info.complete() ? std::string("all") : s.info.coverage) << " ("
            << int{s.info.product_level} << "-digit HS"
            << (s.info.complete() ? "" : "; a partial extract, never shown as the pair's whole trade") << ")\n";
  }
  if (s.descriptions > 0) ctx.out << "product descriptions: " << WithThousands(s.descriptions) << "\n";
  if (s.replaced) ctx.out << "replaced the earlier vintage\n";
  if (!s.kept_years.empty()) {
    ctx.out << "kept " << Plural(s.kept_rows, "row", "rows") << " of years " << YearsText(s.kept_years)
            << " from the earlier import\n";
  }
  if (format == ingest::ImportFormat::kComtrade) {
    ctx.out << "set aside: " << WithThousands(s.skipped_world) << " World partner, "
            << WithThousands(s.skipped_breakdown) << " partner2/mode/customs breakdown, "
            << WithThousands(s.skipped_flow) << " re-export/re-import or other flow, "
            << WithThousands(s.skipped_level) << " coarser-level commodity, "
            << WithThousands(s.skipped_reporter) << " group or area (not a country) rows\n";
  }
  if (s.rejected > 0) {
    ctx.out << "rejected " << Plural(s.rejected, "row", "rows") << " (see " << s.rejects_path.string() << ")\n";
  }
}

namespace {

void AddImportFormat(CLI::App& import, Context& ctx, const std::string& name, const std::string& help,
                     ingest::ImportFormat format) {
  auto args = ctx.Bound<ImportArgs>();
  CLI::App* sub = AddCommand(import, ctx, name, help, [&ctx, args, format]() -> Status {
    DYAD_ASSIGN_OR_RETURN(auto store, OpenStore(ctx));
    ingest::ImportRequest req;
    req.format = format;
    for (const auto& f : args->files) req.files.emplace_back(f);
    req.dataset = args->dataset;
    req.lenient = args->lenient;
    req.rejects = args->rejects;
    req.hs_edition = args->hs_edition;
    req.vintage = args->vintage;
    auto progress = ctx.MakeProgress();
    req.progress = progress.get();
    auto summary = ingest::RunImport(*store, req);
    progress->Finish();
    if (!summary.ok()) return summary.status();
    PrintImportSummary(ctx, *summary, format);
    return Status::Ok();
  });
  sub->add_option("files", args->files, "Input files")->required();
  sub->add_option("--dataset", args->dataset, "Dataset name (default: from the files)");
  sub->add_flag("--lenient", args->lenient, "Import the valid rows; write rejected rows to a reject file");
  sub->add_option("--rejects", args->rejects, "Reject file (default: FILE.rejects.csv)");
  if (format == ingest::ImportFormat::kBaci) {
    sub->add_option("--hs", args->hs_edition, "HS edition when the file name does not say it (HS92)");
    sub->add_option("--vintage", args->vintage, "Release vintage when the file name does not say it (V202301)");
  }
}

struct SynthArgs {
  uint64_t rows = 1000;
  std::string years = "2022";
  uint64_t seed = 1;
  std::string out;
};

}  // namespace

void RegisterImportCommands(CLI::App& app, Context& ctx) {
  CLI::App* import = app.add_subcommand("import", "Import trade data: BACI, UN Comtrade, national totals");
  import->require_subcommand(1);
  AddImportFormat(*import, ctx, "baci", "BACI yearly CSVs or release zips (t,i,j,k,v,q)",
                  ingest::ImportFormat::kBaci);
  AddImportFormat(*import, ctx, "comtrade", "UN Comtrade files: Comtrade Plus CSV/TSV/JSON (gzip too), legacy comtrade.un.org CSV",
                  ingest::ImportFormat::kComtrade);
  AddImportFormat(*import, ctx, "totals", "National statistics totals (year,months,reporter,partner,...)",
                  ingest::ImportFormat::kTotals);

  auto synth = ctx.Bound<SynthArgs>();
  CLI::App* sub = AddCommand(app, ctx, "synth", "Write a synthetic BACI-format CSV (for tests and benchmarks)",
                             [&ctx, synth]() -> Status {
    ingest::SynthOptions o;
    o.rows_per_year = synth->rows;
    o.seed = synth->seed;
    auto parts = SplitString(synth->years, '-');
    try {
      o.first_year = std::stoi(std::string(parts[0]));
      o.last_year = parts.size() > 1 ? std::stoi(std::string(parts[1])) : o.first_year;
    } catch (const std::exception&) {
      return UsageError("synth: --years expects A-B, got \"" + synth->years + "\"");
    }
    if (parts.size() > 2) return UsageError("synth: --years expects A-B, got \"" + synth->years + "\"");
    auto progress = ctx.MakeProgress();
    DYAD_ASSIGN_OR_RETURN(ingest::SynthStats stats, ingest::WriteSynth(o, synth->out, progress.get()));
    ctx.out << "wrote " << WithThousands(static_cast<int64_t>(stats.rows)) << " synthetic rows ("
            << WithThousands(static_cast<int64_t>(stats.bytes)) << " bytes) to " << synth->out << "\n";
    return Status::Ok();
  });
  sub->add_option("--rows", synth->rows, "Rows per year (about; default 1000)");
  sub->add_option("--years", synth->years, "Years, A-B (default 2022)");
  sub->add_option("--seed", synth->seed, "Random seed (default 1)");
  sub->add_option("--out", synth->out, "Output file")->required();
}

}  // namespace dyad::cli
