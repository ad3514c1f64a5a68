#include "server/server.h"

#include <httplib.h>
#include <pthread.h>
#include <signal.h>

#include <algorithm>
#include <map>
#include <mutex>
#include <thread>

#include <nlohmann/json.hpp>

#include "server/api.h"
#include "server/web_assets.h"

namespace dyad::server {
namespace {

constexpr std::string_view kApiPrefix = "/api/v1/";

Response Error(int status, const std::string& message) {
  Response r;
  r.status = status;
  r.body = nlohmann::json{{"error", message}}.dump() + "\n";
  return r;
}

// Compares without stopping at the first difference, so timing tells nothing of the token.
bool SameToken(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  unsigned char diff = 0;
  for (size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

// The dashboard: "/" is its index.html, every other path one of its files.
Response Page(const std::string& path) {
  std::string_view want = path == "/" ? std::string_view("/index.html") : std::string_view(path);
  for (const WebAsset& a : WebAssets()) {
    if (a.path == want) {
      Response r;
      r.content_type = std::string(a.content_type);
      r.body = std::string(a.body);
      return r;
    }
  }
  return Error(404, "no page " + path);
}

// Counts a check in flight for as long as it lives.
class CheckSlot {
 public:
  CheckSlot(std::atomic<int>& n, int max) : n_(n), held_(n_.fetch_add(1) < max) {
    if (!held_) n_.fetch_sub(1);
  }
  ~CheckSlot() {
    if (held_) n_.fetch_sub(1);
  }
  bool held() const { return held_; }

 private:
  std::atomic<int>& n_;
  bool held_;
};

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// application/x-www-form-urlencoded decoding: '+' is a space, %XX a byte; a '%' not
// followed by two hex digits stays as it is.
std::string DecodeQueryPart(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '+') {
      out.push_back(' ');
    } else if (s[i] == '%' && i + 2 < s.size() && HexDigit(s[i + 1]) >= 0 && HexDigit(s[i + 2]) >= 0) {
      out.push_back(static_cast<char>(HexDigit(s[i + 1]) * 16 + HexDigit(s[i + 2])));
      i += 2;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> ParseQuery(std::string_view query) {
  std::vector<std::pair<std::string, std::string>> params;
  while (!query.empty()) {
    size_t amp = query.find('&');
    std::string_view pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    size_t eq = pair.find('=');
    std::string name = DecodeQueryPart(pair.substr(0, eq));
    if (name.empty()) continue;
    params.emplace_back(std::move(name),
                        eq == std::string_view::npos ? std::string() : DecodeQueryPart(pair.substr(eq + 1)));
  }
  return params;
}

int HttpStatusFor(const Status& s) {
  switch (s.code()) {
    case StatusCode::kOk: return 200;
    case StatusCode::kUsage:
    case StatusCode::kInvalidInput:
    case StatusCode::kNotFound: return 400;
    case StatusCode::kBusy: return 503;
    default: return 500;
  }
}

struct Server::Impl {
  httplib::Server http;
};

Server::Server(Options options, CommandRunner runner)
    : options_(std::move(options)), runner_(std::move(runner)), impl_(std::make_unique<Impl>()) {}

Server::~Server() { Stop(); }

Response Server::Handle(const Request& req) {
  if (req.path.rfind(kApiPrefix, 0) != 0) {
    if (req.method != "GET" && req.method != "HEAD") return Error(405, "method " + req.method + " not allowed on " + req.path);
    return Page(req.path);
  }
  return Api(req, std::string_view(req.path).substr(kApiPrefix.size()));
}

Response Server::Api(const Request& req, std::string_view endpoint) {
  std::vector<std::string> methods = EndpointMethods(endpoint);
  if (methods.empty()) return Error(404, "no endpoint " + req.path);
  if (std::find(methods.begin(), methods.end(), req.method) == methods.end()) {
    std::string allowed;
    for (const auto& m : methods) allowed += (allowed.empty() ? "" : ", ") + m;
    Response r = Error(405, "method " + req.method + " not allowed on " + req.path + " (allowed: " + allowed + ")");
    r.headers.emplace_back("Allow", allowed);
    return r;
  }
  if (req.body.size() > options_.max_body) {
    return Error(413, "request body of " + std::to_string(req.body.size()) + " bytes is over the limit of " +
                          std::to_string(options_.max_body >> 20) + " MB");
  }
  ApiCall call{std::string(endpoint), req.method, {}, req.body};
  for (const auto& [k, v] : req.params) call.params.emplace(k, v);
  Result<CommandLine> line = BuildCommandLine(call);
  if (!line.ok()) return Error(HttpStatusFor(line.status()), line.status().message());
  if (line->write) {
    if (options_.token.empty()) {
      return Error(403, "writes are disabled: start dyad serve with --token-file FILE or DYAD_TOKEN set");
    }
    constexpr std::string_view kBearer = "Bearer ";
    if (req.authorization.rfind(kBearer, 0) != 0 ||
        !SameToken(std::string_view(req.authorization).substr(kBearer.size()), options_.token)) {
      Response r = Error(401, req.authorization.empty() ? "writes need the header Authorization: Bearer TOKEN"
                                                          : "wrong token in Authorization: Bearer TOKEN");
      r.headers.emplace_back("WWW-Authenticate", "Bearer");
      return r;
    }
  }
  CheckSlot slot(checks_in_flight_, line->check ? options_.max_checks : 1 << 30);
  if (!slot.held()) {
    Response r = Error(503, "too many articles being checked at once (" + std::to_string(options_.max_checks) +
                                "); try again in a moment");
    r.headers.emplace_back("Retry-After", "1");
    return r;
  }
  CommandOutput out =
      runner_(line->args, line->body_is_input ? std::string_view(req.body) : std::string_view(), line->format);
  if (!out.status.ok()) return Error(HttpStatusFor(out.status), out.status.message());
  Response r;
  r.status = line->success_status;
  r.content_type = line->content_type;
  r.body = std::move(out.out);
  return r;
}

Status Server::Bind() {
  httplib::Server& h = impl_->http;
  int threads = options_.threads;
  h.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
  h.set_tcp_nodelay(true);
  h.set_keep_alive_max_count(100000);
  h.set_keep_alive_timeout(5);
  h.set_payload_max_length(options_.max_body);
  auto handler = [this](const httplib::Request& hr, httplib::Response& hres) {
    Request req;
    req.method = hr.method;
    req.path = hr.path;
    // The query string only, parsed here: httplib also puts a form-encoded body into
    // `params` (a body is an article or an entry, never parameters), and its parser
    // (0.11) drops what follows a second '=' in a value and reorders the names.
    size_t q = hr.target.find('?');
    if (q != std::string::npos) req.params = ParseQuery(std::string_view(hr.target).substr(q + 1));
    req.authorization = hr.get_header_value("Authorization");
    req.body = hr.body;
    Response r = Handle(req);
    hres.status = r.status;
    for (const auto& [k, v] : r.headers) hres.set_header(k, v);
    // What set_content does, without copying the body (httplib 0.11 has no overload
    // that takes it by value).
    hres.body = std::move(r.body);
    hres.set_header("Content-Type", r.content_type);
  };
  for (const char* pattern : {".*"}) {
    h.Get(pattern, handler);
    h.Post(pattern, handler);
    h.Put(pattern, handler);
    h.Delete(pattern, handler);
    h.Patch(pattern, handler);
  }
  // Errors httplib answers itself (413 for a body over the limit, 400 for a bad request
  // line) get the API's JSON shape too.
  h.set_error_handler(httplib::Server::HandlerWithResponse([this](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    std::string message = res.status == 413 ? "request body is over the limit of " +
                                                  std::to_string(options_.max_body >> 20) + " MB"
                                            : "HTTP " + std::to_string(res.status);
    res.set_content(nlohmann::json{{"error", message}}.dump() + "\n", "application/json");
    return httplib::Server::HandlerResponse::Handled;
  }));
  if (options_.port == 0) {
    port_ = h.bind_to_any_port(options_.bind);
    if (port_ <= 0) return Status(StatusCode::kIoError, "cannot listen on " + options_.bind);
  } else {
    if (!h.bind_to_port(options_.bind, options_.port)) {
      return Status(StatusCode::kIoError,
                    "cannot listen on " + options_.bind + ":" + std::to_string(options_.port) +
                        " (in use, or not an address of this machine)");
    }
    port_ = options_.port;
  }
  return Status::Ok();
}

void Server::Run() {
  {
    std::lock_guard<std::mutex> lock(run_mu_);
    if (port_ <= 0 || stopping_) return;
    running_ = true;
  }
  impl_->http.listen_after_bind();
  running_ = false;
}

void Server::Stop() {
  bool running;
  {
    std::lock_guard<std::mutex> lock(run_mu_);
    stopping_ = true;
    running = running_;
  }
  // Run may be between its check and httplib's loop: wait until the loop runs (or Run
  // gave up), so that stop() does not come too early and leave it running.
  while (running && running_ && !impl_->http.is_running()) std::this_thread::yield();
  impl_->http.stop();
}

Status ServeUntilSignal(Server& server, const Options& options, std::ostream& err) {
  // Block the signals in every thread (the pool inherits the mask) and wait for them here.
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  sigset_t old;
  pthread_sigmask(SIG_BLOCK, &set, &old);
  Status bound = server.Bind();
  if (!bound.ok()) {
    pthread_sigmask(SIG_SETMASK, &old, nullptr);
    return bound;
  }
  std::thread serving([&server] { server.Run(); });
  err << "dyad: serving on http://" << options.bind << ":" << server.port() << std::endl;
  int sig = 0;
  sigwait(&set, &sig);
  err << "dyad: stopping (" << (sig == SIGINT ? "SIGINT" : "SIGTERM") << ")" << std::endl;
  server.Stop();
  serving.join();
  pthread_sigmask(SIG_SETMASK, &old, nullptr);
  return Status::Ok();
}

}  // namespace dyad::server
