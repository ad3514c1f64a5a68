#include "fetch/download.h"

#include <optional>

#include "base/files.h"
#include "base/strings.h"
#include "fetch/http.h"
#include "fetch/sha256.h"

namespace dyad::fetch {
namespace {

namespace fs = std::filesystem;

// Beside DEST.part: the ETag or Last-Modified of the response the part began with.
fs::path ValidatorPath(const fs::path& dest) { return fs::path(dest.string() + ".part.validator"); }

// "bytes 100-199/1000" -> {100, 1000}; "bytes */1000" -> {nullopt, 1000}.
struct ContentRange {
  std::optional<uint64_t> first;
  std::optional<uint64_t> total;
};

ContentRange ParseContentRange(std::string_view v) {
  ContentRange r;
  v = TrimAscii(v);
  if (v.rfind("bytes ", 0) != 0) return r;
  v.remove_prefix(6);
  size_t slash = v.find('/');
  if (slash == std::string_view::npos) return r;
  std::string_view range = v.substr(0, slash), total = v.substr(slash + 1);
  try {
    if (total != "*") r.total = std::stoull(std::string(total));
    if (range != "*") r.first = std::stoull(std::string(range.substr(0, range.find('-'))));
  } catch (...) {
    return ContentRange{};
  }
  return r;
}

uint64_t FileSize(const fs::path& p) {
  std::error_code ec;
  auto n = fs::file_size(p, ec);
  return ec ? 0 : static_cast<uint64_t>(n);
}

struct Attempt {
  HttpResponse response;
  uint64_t start = 0;                  // offset the body was written from
  std::optional<uint64_t> total;       // full size the server announced
};

// One GET from `offset` into `part`; restarts at 0 if the server ignores the range.
// A resumed GET carries If-Range with the ETag (or Last-Modified) of the response the
// part began with, so a file changed on the server comes whole instead of spliced.
Result<Attempt> GetInto(const DownloadOptions& o, const fs::path& part, uint64_t offset) {
  Attempt a;
  a.start = offset;
  std::optional<WritableFile> file;
  HttpRequest req;
  req.url = o.url;
  req.range_from = offset;
  if (offset > 0) {
    auto validator = ReadFile(ValidatorPath(o.dest));
    if (validator.ok() && !validator->empty()) req.headers.push_back("If-Range: " + *validator);
  }
  bool decided = false;
  req.on_body = [&](const HttpResponse& so_far, std::string_view bytes) -> Status {
    if (!decided) {
      decided = true;
      // Check where a partial answer starts before a byte of it touches the part.
      if (so_far.status == 206) {
        ContentRange cr = ParseContentRange(so_far.Header("content-range"));
        if (!cr.first || *cr.first != offset) {
          std::string got = so_far.Header("content-range");
          return IoError(UrlForMessage(o.url) + ": the server answered the range request from byte " +
                         std::to_string(offset) + " with " + (got.empty() ? "no Content-Range" : "\"" + got + "\"") +
                         "; delete " + part.string() + " to download from the start");
        }
      }
      // A 200 to a range request is the whole file: start the part over.
      auto opened = so_far.status == 206 ? WritableFile::OpenAppend(part) : WritableFile::Create(part);
      if (!opened.ok()) return opened.status();
      if (so_far.status == 200) {
        // Weak ETags (W/) are not allowed in If-Range; Last-Modified is then the validator.
        std::string etag = so_far.Header("etag");
        std::string v = !etag.empty() && etag.rfind("W/", 0) != 0 ? etag : so_far.Header("last-modified");
        DYAD_RETURN_IF_ERROR(WriteFileAtomic(ValidatorPath(o.dest), v));
      }
      file.emplace(std::move(opened).value());
    }
    return file->Append(bytes);
  };
  req.on_progress = [&](uint64_t done, uint64_t total) {
    if (o.progress) o.progress->Update(o.label, a.start + done, total ? a.start + total : 0, 0);
  };
  DYAD_ASSIGN_OR_RETURN(a.response, HttpFetch(req));
  if (!file && a.response.status == 200) {  // an empty file
    DYAD_ASSIGN_OR_RETURN(WritableFile empty, WritableFile::Create(part));
    file.emplace(std::move(empty));
  }
  if (file) {
    DYAD_RETURN_IF_ERROR(file->Sync());
    DYAD_RETURN_IF_ERROR(file->Close());
  }
  long s = a.response.status;
  if (s == 206) {
    a.total = ParseContentRange(a.response.Header("content-range")).total;
  } else if (s == 200) {
    a.start = 0;
    std::string len = a.response.Header("content-length");
    if (!len.empty()) a.total = std::stoull(len);
  }
  return a;
}

}  // namespace

fs::path PartPath(const fs::path& dest) { return fs::path(dest.string() + ".part"); }

std::string HttpStatusText(long status) {
  const char* reason = "";
  switch (status) {
    case 400: reason = " Bad Request"; break;
    case 401: reason = " Unauthorized"; break;
    case 403: reason = " Forbidden"; break;
    case 404: reason = " Not Found"; break;
    case 410: reason = " Gone"; break;
    case 416: reason = " Range Not Satisfiable"; break;
    case 429: reason = " Too Many Requests"; break;
    case 500: reason = " Internal Server Error"; break;
    case 502: reason = " Bad Gateway"; break;
    case 503: reason = " Service Unavailable"; break;
    case 504: reason = " Gateway Timeout"; break;
    default: break;
  }
  return "HTTP " + std::to_string(status) + reason;
}

Result<Download> DownloadFile(const DownloadOptions& o) {
  fs::path part = PartPath(o.dest);
  std::error_code ec;
  fs::create_directories(o.dest.parent_path(), ec);
  Download d;
  d.resumed_from = FileSize(part);
  DYAD_ASSIGN_OR_RETURN(Attempt a, GetInto(o, part, d.resumed_from));
  if (a.response.status == 416) {
    // The part is as long as the file or longer: start over once.
    fs::remove(part, ec);
    d.resumed_from = 0;
    DYAD_ASSIGN_OR_RETURN(a, GetInto(o, part, 0));
  }
  long s = a.response.status;
  if (s != 200 && s != 206) return IoError(UrlForMessage(o.url) + ": " + HttpStatusText(s));
  if (a.start == 0) d.resumed_from = 0;
  d.transferred = a.response.body_bytes;
  d.bytes = FileSize(part);
  d.etag = a.response.Header("etag");
  d.last_modified = a.response.Header("last-modified");
  if (a.total && d.bytes != *a.total) {
    return IoError(UrlForMessage(o.url) + ": truncated body: got " + WithThousands(static_cast<int64_t>(d.bytes)) +
                   " of " + WithThousands(static_cast<int64_t>(*a.total)) + " bytes");
  }
  DYAD_ASSIGN_OR_RETURN(d.sha256, Sha256OfFile(part));
  if (o.verify) {
    Status v = o.verify(d);
    if (!v.ok()) {
      fs::remove(part, ec);
      fs::remove(ValidatorPath(o.dest), ec);
      return v;
    }
  }
  fs::rename(part, o.dest, ec);
  if (ec) return IoError("cannot move " + part.string() + " to " + o.dest.string() + ": " + ec.message());
  fs::remove(ValidatorPath(o.dest), ec);
  DYAD_RETURN_IF_ERROR(SyncDir(o.dest.parent_path()));
  return d;
}

}  // namespace dyad::fetch
