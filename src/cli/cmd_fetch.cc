// dyad fetch baci|comtrade: the CLI side of src/fetch. Parses the options, runs the
// fetch (which also imports) and prints what was fetched and imported.
#include <nlohmann/json.hpp>

#include "base/strings.h"
#include "cli/analytics_cli.h"
#include "cli/commands.h"
#include "cli/import_cli.h"
#include "cli/knowledge.h"
#include "fetch/baci_fetch.h"

namespace dyad::cli {
namespace {

std::string Bytes(uint64_t n) { return WithThousands(static_cast<int64_t>(n)) + " bytes"; }

Result<std::set<uint16_t>> YearSet(const std::string& text) {
  std::set<uint16_t> years;
  if (text.empty()) return years;
  DYAD_ASSIGN_OR_RETURN(auto range, ParseYears(text));
  if (range.first < 1900 || range.second > 2100) return UsageError("--years: expected years 1900-2100, got \"" + text + "\"");
  for (int y = range.first; y <= range.second; ++y) years.insert(static_cast<uint16_t>(y));
  return years;
}

struct BaciArgs {
  std::string edition, release, years, base_url = fetch::kBaciBaseUrl, listing_url, dataset;
  bool force = false, dry_run = false;
};

void PrintBaci(const Context& ctx, const fetch::BaciFetchResult& r) {
  if (ctx.options.format == Format::kJson) {
    nlohmann::json j = {{"file", r.file},
                        {"url", r.url},
                        {"path", r.path.string()},
                        {"dry_run", r.dry_run},
                        {"downloaded", r.downloaded},
                        {"resumed_from", r.resumed_from},
                        {"bytes", r.record.bytes},
                        {"sha256", r.record.sha256},
                        {"notes", r.notes}};
    if (r.import) j["import"] = ImportSummaryJson(*r.import, ingest::ImportFormat::kBaci);
    ctx.PrintJson(j);
    return;
  }
  if (!r.listing_url.empty()) ctx.out << "newest release listed: " << r.file << " (" << r.listing_url << ")\n";
  if (r.dry_run) {
    if (r.record.sha256.empty()) {
      ctx.out << "would download " << r.url << " to " << r.path.string() << "\n";
    } else {
      ctx.out << "would check " << r.url << " against dyad's record (" << Bytes(r.record.bytes) << ", sha256 "
              << r.record.sha256 << ") and use " << r.path.string() << "\n";
    }
    ctx.out << "then import it as dataset baci-" << ToLowerAscii(r.file.substr(5, 4)) << "\n";
    return;
  }
  if (r.downloaded) {
    ctx.out << "downloaded " << r.file << ": " << Bytes(r.record.bytes);
    if (r.resumed_from > 0) ctx.out << " (resumed at byte " << WithThousands(static_cast<int64_t>(r.resumed_from)) << ")";
    ctx.out << ", sha256 " << r.record.sha256 << "\n";
  } else {
    ctx.out << "using " << r.path.string() << " (" << Bytes(r.record.bytes) << ", sha256 " << r.record.sha256 << ")\n";
  }
  for (const auto& n : r.notes) ctx.out << "note: " << n << "\n";
  if (r.import) PrintImportSummary(ctx, *r.import, ingest::ImportFormat::kBaci);
}

void AddBaci(CLI::App& fetch, Context& ctx) {
  auto args = std::make_shared<BaciArgs>();
  CLI::App* sub = AddCommand(fetch, ctx, "baci", "Download a CEPII BACI release zip and import it", [&ctx, args]() -> Status {
    fetch::BaciFetchRequest req;
    DYAD_ASSIGN_OR_RETURN(req.data_dir, ctx.DataDir());
    req.edition = ToUpperAscii(args->edition);
    req.vintage = args->release;
    DYAD_ASSIGN_OR_RETURN(req.years, YearSet(args->years));
    req.base_url = args->base_url;
    req.listing_url = args->listing_url;
    req.dataset = args->dataset;
    req.force = args->force;
    req.dry_run = args->dry_run;
    auto progress = ctx.MakeProgress();
    req.progress = progress.get();
    DYAD_ASSIGN_OR_RETURN(auto store, OpenStore(ctx));
    DYAD_ASSIGN_OR_RETURN(fetch::BaciFetchResult r, fetch::FetchBaci(*store, req));
    PrintBaci(ctx, r);
    return Status::Ok();
  });
  sub->add_option("--hs", args->edition, "HS edition: HS92, HS96, HS02, HS07, HS12, HS17, HS22")->required();
  sub->add_option("--release", args->release, "Release (vintage) such as V202501 (default: the newest listed)");
  sub->add_option("--years", args->years, "Years to import, A-B (default: every year in the release)");
  sub->add_option("--base-url", args->base_url, "Folder holding the zips (default: CEPII's)");
  sub->add_option("--listing-url", args->listing_url,
                  "Page listing the releases (default: CEPII's download page, or BASE/ with --base-url)");
  sub->add_option("--dataset", args->dataset, "Dataset name (default: baci-<edition>)");
  sub->add_flag("--force", args->force, "Accept a file that changed on the server under a recorded name");
  sub->add_flag("--dry-run", args->dry_run, "Show what would be downloaded and imported; change nothing");
}

}  // namespace

void RegisterFetchCommands(CLI::App& app, Context& ctx) {
  CLI::App* fetch = app.add_subcommand("fetch", "Download BACI releases or UN Comtrade data and import them");
  fetch->require_subcommand(1);
  AddBaci(*fetch, ctx);
}

}  // namespace dyad::cli
