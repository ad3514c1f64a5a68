// `dyad fetch baci`: finds the release (the newest on CEPII's download page unless one
// is named), downloads BASE/BACI_<edition>_<vintage>.zip into DATA/fetch/baci/ with
// resume, keeps dyad's own record of its size and SHA-256 (DATA/fetch/baci/releases.json;
// CEPII publishes none) and refuses a changed file under a recorded name unless forced,
// then imports the chosen years straight from the zip. Thread-compatible.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/progress.h"
#include "base/status.h"
#include "ingest/importer.h"
#include "store/store.h"

namespace dyad::fetch {

inline constexpr char kBaciBaseUrl[] = "https://www.cepii.fr/DATA_DOWNLOAD/baci/data";
inline constexpr char kBaciListingUrl[] = "https://www.cepii.fr/CEPII/en/bdd_modele/bdd_modele_item.asp?id=37";

struct BaciFetchRequest {
  std::filesystem::path data_dir;
  std::string edition;        // "HS17"
  std::string vintage;        // "" = the newest listed
  std::set<uint16_t> years;   // empty = every year in the release
  std::string base_url = kBaciBaseUrl;
  std::string listing_url;    // "" = CEPII's page, or BASE/ when base_url was changed
  std::string dataset;        // "" = the importer's default (baci-hs17)
  bool force = false;         // accept a changed file under a recorded name
  bool dry_run = false;       // read the listing, download and import nothing
  ProgressSink* progress = nullptr;
};

// What dyad recorded when it first downloaded a release.
struct ReleaseRecord {
  std::string file, url, sha256, etag, last_modified, fetched;  // fetched: ISO 8601 UTC
  uint64_t bytes = 0;
};

struct BaciFetchResult {
  std::string file;           // BACI_HS17_V202501.zip
  std::string url;
  std::filesystem::path path; // where the zip is (or would be)
  std::string listing_url;    // "" when --release named the vintage
  bool downloaded = false;    // false: the local copy was used
  bool dry_run = false;
  uint64_t resumed_from = 0;
  uint64_t transferred = 0;
  ReleaseRecord record;
  std::vector<std::string> notes;  // things the user should know (a server not checked, ...)
  std::optional<ingest::ImportSummary> import;
};

Result<BaciFetchResult> FetchBaci(store::Store& store, const BaciFetchRequest& request);

// The records in DATA/fetch/baci/releases.json (empty when the file does not exist).
Result<std::vector<ReleaseRecord>> ReadReleaseRecords(const std::filesystem::path& data_dir);

}  // namespace dyad::fetch
