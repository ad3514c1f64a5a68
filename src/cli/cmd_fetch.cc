// dyad fetch baci|comtrade: the CLI side of src/fetch. Parses the options, runs the
// fetch (which also imports) and prints what was fetched and imported.
#include <nlohmann/json.hpp>

#include "base/strings.h"
#include "cli/analytics_cli.h"
#include "cli/commands.h"
#include "cli/import_cli.h"
#include "cli/knowledge.h"
#include "base/files.h"
#include "fetch/baci_fetch.h"
#include "fetch/comtrade_fetch.h"
#include "reference/countries.h"

namespace dyad::cli {
namespace {

std::string Bytes(uint64_t n) { return WithThousands(static_cast<int64_t>(n)) + " bytes"; }

Result<std::set<uint16_t>> YearSet(const std::string& text) {
  std::set<uint16_t> years;
  if (text.empty()) return years;
  DYAD_ASSIGN_OR_RETURN(auto range, ParseYears(text));
  if (range.first < 1900 || range.last > 2100) return UsageError("--years: expected years 1900-2100, got \"" + text + "\"");
  for (int y = range.first; y <= range.last; ++y) years.insert(static_cast<uint16_t>(y));
  return years;
}

struct BaciArgs {
  std::string edition, release, years, base_url = fetch::kBaciBaseUrl, listing_url, dataset;
  bool force = false, dry_run = false;
};

void PrintBaci(const Context& ctx, const fetch::BaciFetchResult& r, const std::string& dataset) {
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
    ctx.out << "then import it as dataset " << (dataset.empty() ? "baci-" + ToLowerAscii(r.file.substr(5, 4)) : dataset)
            << "\n";
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
  auto args = ctx.Bound<BaciArgs>();
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
    PrintBaci(ctx, r, req.dataset);
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

struct ComtradeArgs {
  std::string reporter, partner, years, flows = "X,M", level = "total", key_file, base_url = fetch::kComtradeBaseUrl,
      dataset;
  double rate = 10;
  int retries = 4;
  uint64_t max_records = 0;
  bool dry_run = false;
};

// The subscription key: --key-file (its first line), else $COMTRADE_KEY, else "".
Result<std::string> ComtradeKey(const std::string& key_file) {
  if (!key_file.empty()) {
    DYAD_ASSIGN_OR_RETURN(std::string text, ReadFile(key_file));
    std::string key(TrimAscii(text.substr(0, text.find('\n'))));
    if (key.empty()) return InvalidInput(key_file + ": expected a Comtrade subscription key on the first line, got nothing");
    return key;
  }
  const char* env = std::getenv("COMTRADE_KEY");
  return std::string(env ? TrimAscii(env) : "");
}

Status BuildComtradeRequest(const Context& ctx, const ComtradeArgs& a, fetch::ComtradeFetchRequest* req) {
  DYAD_ASSIGN_OR_RETURN(req->data_dir, ctx.DataDir());
  DYAD_ASSIGN_OR_RETURN(const reference::Country* reporter, CountryArg(a.reporter));
  req->reporter_code = reporter->code;
  req->query.reporter = fetch::ComtradeCountryCode(reporter->numeric, reporter->trade_codes);
  if (ToLowerAscii(a.partner) == "all") {
    req->partner_label = "all";
  } else {
    for (std::string_view p : SplitString(a.partner, ',')) {
      DYAD_ASSIGN_OR_RETURN(const reference::Country* c, CountryArg(std::string(TrimAscii(p))));
      req->query.partners.push_back(fetch::ComtradeCountryCode(c->numeric, c->trade_codes));
      req->partner_label += (req->partner_label.empty() ? "" : "+") + c->code;
    }
  }
  DYAD_ASSIGN_OR_RETURN(auto years, ParseYears(a.years));
  req->query.first_year = years.first;
  req->query.last_year = years.last;
  req->query.flows.clear();
  for (std::string_view f : SplitString(a.flows, ',')) {
    std::string flow = ToUpperAscii(TrimAscii(f));
    if (flow != "X" && flow != "M" && flow != "RX" && flow != "RM") {
      return UsageError("fetch comtrade: --flow expects X, M, RX or RM (comma-separated), got \"" + a.flows + "\"");
    }
    req->query.flows.push_back(flow);
  }
  auto level = fetch::ParseComtradeLevel(a.level);
  if (!level) return UsageError("fetch comtrade: --level expects total, hs2, hs4 or hs6, got \"" + a.level + "\"");
  req->query.level = *level;
  if (a.rate <= 0) return UsageError("fetch comtrade: --rate expects calls a minute above 0");
  DYAD_ASSIGN_OR_RETURN(req->key, ComtradeKey(a.key_file));
  req->base_url = a.base_url;
  req->calls_per_minute = a.rate;
  req->retries = a.retries;
  req->max_records = a.max_records;
  req->dataset = a.dataset;
  req->dry_run = a.dry_run;
  return Status::Ok();
}

void PrintComtrade(const Context& ctx, const fetch::ComtradeFetchResult& r, bool dry_run) {
  if (ctx.options.format == Format::kJson) {
    nlohmann::json j = {{"dry_run", dry_run},         {"preview", r.preview},       {"record_cap", r.record_cap},
                        {"calls", r.calls},           {"from_cache", r.from_cache}, {"to_api", r.to_api},
                        {"retries", r.retries},       {"splits", r.splits},         {"records", r.records},
                        {"planned", r.planned},       {"notes", r.notes}};
    if (r.import) j["import"] = ImportSummaryJson(*r.import, ingest::ImportFormat::kComtrade);
    ctx.PrintJson(j);
    return;
  }
  for (const auto& n : r.notes) ctx.out << "note: " << n << "\n";
  if (dry_run) {
    for (const auto& url : r.planned) ctx.out << "would call " << url << "\n";
    ctx.out << "(more calls if an answer reaches the cap of " << WithThousands(static_cast<int64_t>(r.record_cap))
            << " records; answers already cached cost none)\n";
    return;
  }
  ctx.out << "comtrade: " << r.calls << (r.calls == 1 ? " call" : " calls") << " (" << r.from_cache
          << " from the cache, " << r.to_api << " to the API";
  if (r.retries > 0) ctx.out << " of which " << r.retries << " retries";
  ctx.out << "), " << WithThousands(static_cast<int64_t>(r.records)) << " records\n";
  if (r.import) PrintImportSummary(ctx, *r.import, ingest::ImportFormat::kComtrade);
}

void AddComtrade(CLI::App& fetch, Context& ctx) {
  auto args = ctx.Bound<ComtradeArgs>();
  CLI::App* sub = AddCommand(fetch, ctx, "comtrade", "Fetch a reporter's declared trade from the UN Comtrade Plus API and import it",
                             [&ctx, args]() -> Status {
    fetch::ComtradeFetchRequest req;
    DYAD_RETURN_IF_ERROR(BuildComtradeRequest(ctx, *args, &req));
    auto progress = ctx.MakeProgress();
    req.progress = progress.get();
    DYAD_ASSIGN_OR_RETURN(auto store, OpenStore(ctx));
    DYAD_ASSIGN_OR_RETURN(fetch::ComtradeFetchResult r, fetch::FetchComtrade(*store, req));
    PrintComtrade(ctx, r, req.dry_run);
    return Status::Ok();
  });
  sub->add_option("--reporter", args->reporter, "Reporting country (KAZ)")->required();
  sub->add_option("--partner", args->partner, "Partner country, a comma-separated list, or all")->required();
  sub->add_option("--years", args->years, "Years, A-B")->required();
  sub->add_option("--flow", args->flows, "Flows, comma-separated: X, M, RX, RM (default X,M)");
  sub->add_option("--level", args->level, "Commodity level: total (default), hs2, hs4, hs6");
  sub->add_option("--key-file", args->key_file, "File holding the subscription key (default: $COMTRADE_KEY)");
  sub->add_option("--base-url", args->base_url, "API host (default https://comtradeapi.un.org)");
  sub->add_option("--rate", args->rate, "Calls a minute at most (default 10)");
  sub->add_option("--retries", args->retries, "Retries of a call after 429 or 5xx (default 4)");
  sub->add_option("--max-records", args->max_records, "Records asked for per call (default: the endpoint's cap)");
  sub->add_option("--dataset", args->dataset, "Dataset name (default comtrade-<reporter>[-<partner>])");
  sub->add_flag("--dry-run", args->dry_run, "Show the calls that would be made; call nothing");
}

}  // namespace

void RegisterFetchCommands(CLI::App& app, Context& ctx) {
  CLI::App* fetch = app.add_subcommand("fetch", "Download BACI releases or UN Comtrade data and import them");
  fetch->require_subcommand(1);
  AddBaci(*fetch, ctx);
  AddComtrade(*fetch, ctx);
}

}  // namespace dyad::cli
