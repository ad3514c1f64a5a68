// HTTP GET and HEAD over libcurl: HTTPS with the system CA store, HTTP/2 where the
// server offers it, redirects, timeouts, ranges for resuming, and proxies from the usual
// environment variables (http_proxy, https_proxy, no_proxy). Transport failures come
// back as kIoError with one plain line: "URL: cannot resolve host ... (DNS lookup
// failed)", "URL: connection refused by HOST port N", "URL: TLS handshake with HOST
// port N failed ...", "URL: truncated body: got N of M bytes". HTTP error statuses are
// not errors here: the caller reads status and body. Functions are thread-safe (one
// curl handle per call).
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace dyad::fetch {

struct HttpRequest {
  std::string url;
  std::vector<std::string> headers;  // "Name: value"
  bool head = false;                 // HEAD instead of GET
  uint64_t range_from = 0;           // > 0 sends "Range: bytes=N-"
  bool compressed = false;           // accept gzip/deflate/br bodies (API calls; not zips)
  // Receives the body of a 2xx response piece by piece, with the response so far
  // (status and headers known); error bodies always go to HttpResponse::body. A non-OK
  // status aborts the transfer and is returned as is.
  std::function<Status(const struct HttpResponse&, std::string_view)> on_body;
  // Called from time to time with the bytes of this transfer so far and the expected
  // total (0 when unknown).
  std::function<void(uint64_t done, uint64_t total)> on_progress;
  long connect_timeout_seconds = 30;
  long stall_seconds = 60;  // fail when under 1 byte/s for this long
};

struct HttpResponse {
  long status = 0;
  std::map<std::string, std::string> headers;  // names lowercased; last value wins
  std::string body;                            // unless on_body took it
  uint64_t body_bytes = 0;                     // bytes received in this transfer
  std::string effective_url;                   // after redirects

  std::string Header(std::string_view lower_name) const;
};

Result<HttpResponse> HttpFetch(const HttpRequest& request);

// The URL without its query string, as messages show it.
std::string UrlForMessage(std::string_view url);

// The message for a libcurl result code (CURLcode) on `url`: exposed for tests of the
// wording of failures a test machine cannot provoke (DNS is never asked in tests).
std::string TransportMessage(int curl_code, std::string_view url, std::string_view host, long port,
                             int os_errno, std::string_view curl_detail, uint64_t got,
                             std::optional<uint64_t> expected);

}  // namespace dyad::fetch
