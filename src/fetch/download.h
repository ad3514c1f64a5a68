// Downloading one file so that no half file is ever where a reader looks: bytes go to
// DEST.part, an interrupted download is resumed from there with an HTTP Range request,
// and the file is moved to DEST only when it is complete (its length matches what the
// server announced) and the caller's check of its SHA-256 passed. Thread-compatible.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>

#include "base/progress.h"
#include "base/status.h"

namespace dyad::fetch {

struct Download {
  uint64_t bytes = 0;          // size of the complete file
  uint64_t resumed_from = 0;   // bytes already in DEST.part when this call started
  uint64_t transferred = 0;    // bytes received by this call
  std::string sha256;
  std::string etag, last_modified;  // as the server sent them ("" when absent)
};

struct DownloadOptions {
  std::string url;
  std::filesystem::path dest;
  ProgressSink* progress = nullptr;
  std::string label;  // progress label
  // Called with the complete file before it is moved into place; a non-OK status
  // deletes DEST.part (it is not the file wanted) and is returned.
  std::function<Status(const Download&)> verify;
};

// The temporary path of a download of `dest`.
std::filesystem::path PartPath(const std::filesystem::path& dest);

Result<Download> DownloadFile(const DownloadOptions& options);

// "HTTP 404 Not Found" for a status code.
std::string HttpStatusText(long status);

}  // namespace dyad::fetch
