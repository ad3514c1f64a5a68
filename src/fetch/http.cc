#include "fetch/http.h"

#include <curl/curl.h>

#include <cerrno>
#include <cstring>
#include <mutex>

#include "base/strings.h"

namespace dyad::fetch {
namespace {

void GlobalInit() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct Transfer {
  CURL* curl = nullptr;
  const HttpRequest* request = nullptr;
  HttpResponse* response = nullptr;
  Status sink_status;
  std::optional<uint64_t> content_length;
};

size_t OnHeader(char* data, size_t size, size_t count, void* user) {
  auto* t = static_cast<Transfer*>(user);
  std::string_view line(data, size * count);
  if (line.rfind("HTTP/", 0) == 0) {
    // A new response (after a redirect or a 100 Continue): forget the earlier headers.
    t->response->headers.clear();
    t->content_length.reset();
    return size * count;
  }
  size_t colon = line.find(':');
  if (colon == std::string_view::npos) return size * count;
  std::string name = ToLowerAscii(TrimAscii(line.substr(0, colon)));
  std::string value(TrimAscii(line.substr(colon + 1)));
  if (name == "content-length") {
    try {
      t->content_length = std::stoull(value);
    } catch (...) {
    }
  }
  t->response->headers[name] = std::move(value);
  return size * count;
}

size_t OnBody(char* data, size_t size, size_t count, void* user) {
  auto* t = static_cast<Transfer*>(user);
  size_t n = size * count;
  t->response->body_bytes += n;
  // The status of the response being received (the last one, after redirects).
  curl_easy_getinfo(t->curl, CURLINFO_RESPONSE_CODE, &t->response->status);
  bool success = t->response->status >= 200 && t->response->status < 300;
  if (success && t->request->on_body) {
    t->sink_status = t->request->on_body(*t->response, std::string_view(data, n));
    if (!t->sink_status.ok()) return 0;  // aborts with CURLE_WRITE_ERROR
  } else {
    t->response->body.append(data, n);
  }
  return n;
}

int OnProgress(void* user, curl_off_t dltotal, curl_off_t dlnow, curl_off_t, curl_off_t) {
  auto* t = static_cast<Transfer*>(user);
  if (t->request->on_progress) {
    t->request->on_progress(static_cast<uint64_t>(dlnow), static_cast<uint64_t>(dltotal));
  }
  return 0;
}

struct HostPort {
  std::string host;
  long port = 0;
};

HostPort ParseHost(const std::string& url) {
  HostPort hp;
  CURLU* u = curl_url();
  if (curl_url_set(u, CURLUPART_URL, url.c_str(), 0) == CURLUE_OK) {
    char* host = nullptr;
    char* port = nullptr;
    if (curl_url_get(u, CURLUPART_HOST, &host, 0) == CURLUE_OK) hp.host = host;
    if (curl_url_get(u, CURLUPART_PORT, &port, CURLU_DEFAULT_PORT) == CURLUE_OK) hp.port = std::atol(port);
    curl_free(host);
    curl_free(port);
  }
  curl_url_cleanup(u);
  return hp;
}

// RFC 6761: names under .invalid never exist, and resolvers should say so without
// asking the network.
bool IsInvalidTld(std::string_view host) {
  if (!host.empty() && host.back() == '.') host.remove_suffix(1);
  constexpr std::string_view kInvalid = ".invalid";
  return EqualsIgnoreCaseAscii(host, "invalid") ||
         (host.size() > kInvalid.size() && EqualsIgnoreCaseAscii(host.substr(host.size() - kInvalid.size()), kInvalid));
}

}  // namespace

std::string HttpResponse::Header(std::string_view lower_name) const {
  auto it = headers.find(std::string(lower_name));
  return it == headers.end() ? "" : it->second;
}

std::string UrlForMessage(std::string_view url) {
  size_t q = url.find('?');
  return std::string(url.substr(0, q));
}

std::string TransportMessage(int curl_code, std::string_view url, std::string_view host, long port,
                             int os_errno, std::string_view curl_detail, uint64_t got,
                             std::optional<uint64_t> expected) {
  std::string where = UrlForMessage(url) + ": ";
  std::string host_port = std::string(host) + " port " + std::to_string(port);
  switch (curl_code) {
    case CURLE_COULDNT_RESOLVE_HOST:
      return where + "cannot resolve host \"" + std::string(host) + "\" (DNS lookup failed)";
    case CURLE_COULDNT_RESOLVE_PROXY:
      return where + "cannot resolve the proxy host (DNS lookup failed; check http_proxy/https_proxy)";
    case CURLE_COULDNT_CONNECT:
      if (os_errno == ECONNREFUSED) return where + "connection refused by " + host_port;
      if (os_errno == ETIMEDOUT) return where + "connection to " + host_port + " timed out";
      if (os_errno != 0) return where + "cannot connect to " + host_port + " (" + std::strerror(os_errno) + ")";
      return where + "cannot connect to " + host_port;
    case CURLE_SSL_CONNECT_ERROR:
      return where + "TLS handshake with " + host_port + " failed (is it an https server?)";
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
      return where + "TLS certificate of " + host_port + " is not trusted (" + std::string(curl_detail) + ")";
    case CURLE_PARTIAL_FILE:
      return where + "truncated body: got " + WithThousands(static_cast<int64_t>(got)) + " of " +
             (expected ? WithThousands(static_cast<int64_t>(*expected)) : std::string("?")) + " bytes";
    case CURLE_OPERATION_TIMEDOUT:
      return where + "no data from " + host_port + " for too long (timed out)";
    case CURLE_GOT_NOTHING:
      return where + host_port + " closed the connection without answering";
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
      return where + "connection to " + host_port + " broke (" + std::string(curl_detail) + ")";
    case CURLE_TOO_MANY_REDIRECTS:
      return where + "too many redirects";
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT:
      return where + "not a usable http or https URL";
    default:
      return where + "transfer failed (" + std::string(curl_detail) + ")";
  }
}

Result<HttpResponse> HttpFetch(const HttpRequest& request) {
  GlobalInit();
  HostPort hp = ParseHost(request.url);
  if (IsInvalidTld(hp.host)) {
    return IoError(TransportMessage(CURLE_COULDNT_RESOLVE_HOST, request.url, hp.host, hp.port, 0, "", 0, {}));
  }
  CURL* curl = curl_easy_init();
  if (curl == nullptr) return Internal("curl_easy_init failed");
  HttpResponse response;
  Transfer t;
  t.curl = curl;
  t.request = &request;
  t.response = &response;
  char errbuf[CURL_ERROR_SIZE] = {0};
  curl_slist* headers = nullptr;
  for (const auto& h : request.headers) headers = curl_slist_append(headers, h.c_str());
  std::string range = std::to_string(request.range_from) + "-";

  curl_easy_setopt(curl, CURLOPT_URL, request.url.c_str());
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errbuf);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(curl, CURLOPT_MAXREDIRS, 5L);
  curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(curl, CURLOPT_HTTP_VERSION, static_cast<long>(CURL_HTTP_VERSION_2TLS));
  curl_easy_setopt(curl, CURLOPT_USERAGENT, "dyad/0.1.0 (+libcurl)");
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, request.connect_timeout_seconds);
  curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
  curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, request.stall_seconds);
  if (headers) curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  if (request.head) curl_easy_setopt(curl, CURLOPT_NOBODY, 1L);
  if (request.range_from > 0) curl_easy_setopt(curl, CURLOPT_RANGE, range.c_str());
  if (request.compressed) curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");
  curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, OnHeader);
  curl_easy_setopt(curl, CURLOPT_HEADERDATA, &t);
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, OnBody);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &t);
  curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
  curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, OnProgress);
  curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &t);

  CURLcode rc = curl_easy_perform(curl);
  long status = 0;
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
  response.status = status;
  char* effective = nullptr;
  if (curl_easy_getinfo(curl, CURLINFO_EFFECTIVE_URL, &effective) == CURLE_OK && effective) {
    response.effective_url = effective;
  }
  long os_errno = 0;
  curl_easy_getinfo(curl, CURLINFO_OS_ERRNO, &os_errno);
  curl_slist_free_all(headers);
  curl_easy_cleanup(curl);

  if (rc == CURLE_WRITE_ERROR && !t.sink_status.ok()) return t.sink_status;
  if (rc != CURLE_OK) {
    std::string detail = errbuf[0] ? errbuf : curl_easy_strerror(rc);
    return IoError(TransportMessage(rc, request.url, hp.host, hp.port, static_cast<int>(os_errno), detail,
                                    response.body_bytes, t.content_length));
  }
  return response;
}

}  // namespace dyad::fetch
