// `dyad fetch comtrade`: asks the UN Comtrade Plus API for one reporter's declared trade
// with one or every partner over some years, in as many calls as its limits need
// (see comtrade_api.h), at most `calls_per_minute` calls a minute, retrying 429 and 5xx
// answers after their Retry-After (else a doubling backoff), caching every answer in
// DATA/fetch/comtrade/cache/ so that the same fetch again makes no call, then imports
// the records as that reporter's view (docs/fetch.md). Thread-compatible.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "base/progress.h"
#include "base/status.h"
#include "fetch/comtrade_api.h"
#include "ingest/importer.h"
#include "store/store.h"

namespace dyad::fetch {

struct ComtradeFetchRequest {
  std::filesystem::path data_dir;
  ComtradeQuery query;
  std::string reporter_code, partner_label;  // "KAZ", "TJK" or "all": names and labels
  std::string key;                           // "" = the public preview endpoint
  std::string base_url = kComtradeBaseUrl;
  uint64_t max_records = 0;                  // per call; 0 = the endpoint's cap
  double calls_per_minute = 10;
  int retries = 4;                           // per call, after the first attempt
  double max_wait_seconds = 300;             // a longer Retry-After fails instead
  std::string dataset;                       // "" = comtrade-<reporter>[-<partner>]
  bool dry_run = false;
  ProgressSink* progress = nullptr;
};

struct ComtradeFetchResult {
  bool preview = false;
  uint64_t record_cap = 0;
  std::vector<std::string> planned;  // URLs of the first calls (dry run)
  int calls = 0, from_cache = 0, to_api = 0, retries = 0, splits = 0;
  uint64_t records = 0;
  std::vector<std::string> notes;
  std::filesystem::path imported_file;
  std::optional<ingest::ImportSummary> import;
};

Result<ComtradeFetchResult> FetchComtrade(store::Store& store, const ComtradeFetchRequest& request);

// The Comtrade code of a country for the API: its trade-data code where it has one
// other than the ISO numeric (842 USA, 251 France, 699 India), else the ISO numeric.
int ComtradeCountryCode(int iso_numeric, const std::vector<int>& trade_codes);

}  // namespace dyad::fetch
