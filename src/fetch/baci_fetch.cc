#include "fetch/baci_fetch.h"

#include <chrono>
#include <ctime>
#include <nlohmann/json.hpp>

#include "base/files.h"
#include "base/strings.h"
#include "fetch/baci_listing.h"
#include "fetch/download.h"
#include "fetch/http.h"
#include "fetch/sha256.h"

namespace dyad::fetch {
namespace {

namespace fs = std::filesystem;

fs::path BaciDir(const fs::path& data_dir) { return data_dir / "fetch" / "baci"; }
fs::path RecordsPath(const fs::path& data_dir) { return BaciDir(data_dir) / "releases.json"; }

std::string NowUtc() {
  std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

Status WriteReleaseRecords(const fs::path& data_dir, const std::vector<ReleaseRecord>& records) {
  nlohmann::json j = nlohmann::json::object();
  for (const ReleaseRecord& r : records) {
    j[r.file] = {{"url", r.url},   {"bytes", r.bytes},         {"sha256", r.sha256},
                 {"etag", r.etag}, {"last_modified", r.last_modified}, {"fetched", r.fetched}};
  }
  std::error_code ec;
  fs::create_directories(BaciDir(data_dir), ec);
  return WriteFileAtomic(RecordsPath(data_dir), j.dump(2) + "\n");
}

void PutRecord(std::vector<ReleaseRecord>& records, const ReleaseRecord& r) {
  for (ReleaseRecord& old : records) {
    if (old.file == r.file) {
      old = r;
      return;
    }
  }
  records.push_back(r);
}

std::string Bytes(uint64_t n) { return WithThousands(static_cast<int64_t>(n)) + " bytes"; }

// The release named or the newest one the listing page offers.
Status ChooseRelease(const BaciFetchRequest& req, BaciRelease* release, std::string* listing_url) {
  release->edition = req.edition;
  if (!req.vintage.empty()) {
    release->vintage = req.vintage;
    return Status::Ok();
  }
  *listing_url = !req.listing_url.empty() ? req.listing_url
                 : req.base_url == kBaciBaseUrl ? std::string(kBaciListingUrl)
                                                : req.base_url + "/";
  HttpRequest get;
  get.url = *listing_url;
  get.compressed = true;
  DYAD_ASSIGN_OR_RETURN(HttpResponse page, HttpFetch(get));
  if (page.status != 200) return IoError(UrlForMessage(*listing_url) + ": " + HttpStatusText(page.status));
  std::vector<BaciRelease> all = ParseBaciListing(page.body);
  auto newest = NewestRelease(all, req.edition);
  if (!newest) {
    std::string seen;
    for (const BaciRelease& r : all) seen += (seen.empty() ? "" : ", ") + r.edition + " " + r.vintage;
    return NotFound(UrlForMessage(*listing_url) + ": the page lists no BACI " + req.edition + " release (" +
                    (seen.empty() ? std::string("it names no BACI_<edition>_V<vintage>.zip at all") : "it lists " + seen) +
                    "); name one with --release");
  }
  *release = *newest;
  return Status::Ok();
}

std::string ChangedMessage(const ReleaseRecord& rec, const std::string& now_what) {
  return rec.url + ": the file changed on the server since dyad downloaded it on " + rec.fetched +
         " (recorded " + Bytes(rec.bytes) + ", sha256 " + rec.sha256 + "; " + now_what +
         "); dyad keeps what it has: pass --force to take the new file";
}

// With a recorded local copy: asks the server whether the file is still the same.
Status CheckServer(const ReleaseRecord& rec, const std::string& url, bool* changed, BaciFetchResult* out) {
  HttpRequest head;
  head.url = url;
  head.head = true;
  auto r = HttpFetch(head);
  if (!r.ok() || r->status != 200) {
    out->notes.push_back("could not check the server (" +
                         (r.ok() ? UrlForMessage(url) + ": " + HttpStatusText(r->status) : r.status().message()) +
                         "); using the local copy");
    return Status::Ok();
  }
  std::string len = r->Header("content-length"), etag = r->Header("etag");
  bool size_differs = !len.empty() && len != std::to_string(rec.bytes);
  bool etag_differs = !etag.empty() && !rec.etag.empty() && etag != rec.etag;
  if (!size_differs && !etag_differs) return Status::Ok();
  std::string now = size_differs ? "the server now has " + Bytes(std::stoull(len))
                                 : "the server now sends ETag " + etag + " instead of " + rec.etag;
  *changed = true;
  return InvalidInput(ChangedMessage(rec, now));
}

// Downloads the release into place and fills out->record; a recorded SHA-256 must
// match unless --force.
Status DownloadRelease(const BaciFetchRequest& req, const ReleaseRecord* rec, BaciFetchResult* out) {
  DownloadOptions o;
  o.url = out->url;
  o.dest = out->path;
  o.progress = req.progress;
  o.label = "downloading " + out->file;
  std::optional<ReleaseRecord> known;
  if (rec) known = *rec;
  bool force = req.force;
  o.verify = [known, force](const Download& d) -> Status {
    if (!known || force || d.sha256 == known->sha256) return Status::Ok();
    return InvalidInput(ChangedMessage(*known, "the download has " + Bytes(d.bytes) + ", sha256 " + d.sha256));
  };
  auto d = DownloadFile(o);
  if (req.progress) req.progress->Finish();
  if (!d.ok()) return d.status();
  out->downloaded = true;
  out->resumed_from = d->resumed_from;
  out->transferred = d->transferred;
  out->record = ReleaseRecord{out->file, out->url, d->sha256, d->etag, d->last_modified, NowUtc(), d->bytes};
  return Status::Ok();
}

}  // namespace

Result<std::vector<ReleaseRecord>> ReadReleaseRecords(const fs::path& data_dir) {
  std::vector<ReleaseRecord> out;
  auto text = ReadFile(RecordsPath(data_dir));
  if (!text.ok()) {
    if (text.status().code() == StatusCode::kNotFound) return out;
    return text.status();
  }
  nlohmann::json j = nlohmann::json::parse(*text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    return Corrupt(RecordsPath(data_dir).string() + ": expected a JSON object of release records");
  }
  for (auto& [file, v] : j.items()) {
    ReleaseRecord r;
    r.file = file;
    r.url = v.value("url", "");
    r.bytes = v.value("bytes", uint64_t{0});
    r.sha256 = v.value("sha256", "");
    r.etag = v.value("etag", "");
    r.last_modified = v.value("last_modified", "");
    r.fetched = v.value("fetched", "");
    out.push_back(std::move(r));
  }
  return out;
}

Result<BaciFetchResult> FetchBaci(store::Store& store, const BaciFetchRequest& req) {
  if (!IsBaciEdition(req.edition)) {
    return UsageError("fetch baci: --hs expects HS92, HS96, HS02, HS07, HS12, HS17 or HS22, got \"" + req.edition + "\"");
  }
  if (!req.vintage.empty() && !IsBaciVintage(req.vintage)) {
    return UsageError("fetch baci: --release expects V and six digits (V202501), got \"" + req.vintage + "\"");
  }
  BaciFetchResult out;
  BaciRelease release;
  DYAD_RETURN_IF_ERROR(ChooseRelease(req, &release, &out.listing_url));
  std::string base = req.base_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  out.file = release.FileName();
  out.url = base + "/" + out.file;
  out.path = BaciDir(req.data_dir) / out.file;
  out.dry_run = req.dry_run;
  DYAD_ASSIGN_OR_RETURN(std::vector<ReleaseRecord> records, ReadReleaseRecords(req.data_dir));
  const ReleaseRecord* rec = nullptr;
  for (const ReleaseRecord& r : records) {
    if (r.file == out.file) rec = &r;
  }
  std::error_code ec;
  bool have = fs::exists(out.path, ec);
  if (rec) out.record = *rec;
  if (req.dry_run) return out;

  bool download = !have;
  if (have && rec) {
    bool changed = false;
    Status s = CheckServer(*rec, out.url, &changed, &out);
    if (!s.ok() && !req.force) return s;
    if (changed) {
      download = true;
      fs::remove(PartPath(out.path), ec);  // a part of the old file cannot be resumed
    }
  } else if (have) {
    // A zip put there by hand: trust it and record it.
    DYAD_ASSIGN_OR_RETURN(out.record.sha256, Sha256OfFile(out.path));
    out.record.file = out.file;
    out.record.url = out.url;
    out.record.bytes = fs::file_size(out.path, ec);
    out.record.fetched = NowUtc();
    out.notes.push_back("recorded the local copy " + out.path.string() + " (not downloaded by dyad)");
  }
  if (download) DYAD_RETURN_IF_ERROR(DownloadRelease(req, rec, &out));
  if (download || !rec) {
    PutRecord(records, out.record);
    DYAD_RETURN_IF_ERROR(WriteReleaseRecords(req.data_dir, records));
  }

  ingest::ImportRequest import;
  import.format = ingest::ImportFormat::kBaci;
  import.files = {out.path};
  import.years = req.years;
  import.dataset = req.dataset;
  import.progress = req.progress;
  auto summary = ingest::RunImport(store, import);
  if (req.progress) req.progress->Finish();
  if (!summary.ok()) return summary.status();
  out.import = std::move(summary).value();
  return out;
}

}  // namespace dyad::fetch
