// `dyad serve`: the JSON API (api.h) and the dashboard over HTTP, with cpp-httplib.
// The server knows HTTP, not dyad: it turns each call into a command line and hands it
// to a CommandRunner (the CLI runs it in-process on a store opened once), then maps the
// command's Status to an HTTP status with {"error": "<the CLI's message>"}.
//
// Thread pool, keep-alive and TCP_NODELAY; writes need `Authorization: Bearer <token>`;
// bodies over `max_body` get 413; more than `max_checks` concurrent checks get 503.
#pragma once

#include <atomic>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace dyad::server {

// The outcome of one command: its Status and what it printed.
struct CommandOutput {
  Status status;
  std::string out;
};
// Runs `args` (a command line after the global options) with --format `format` and
// `input` as what the command reads for "-". Called from many threads at once.
using CommandRunner = std::function<CommandOutput(const std::vector<std::string>& args, std::string_view input,
                                                  std::string_view format)>;

struct Options {
  std::string bind = "127.0.0.1";
  int port = 8470;         // 0: any free port (tests)
  std::string token;       // empty: every write is refused with 403
  // cpp-httplib serves a keep-alive connection on one worker thread until it closes,
  // so this is also the number of connections served at once; most threads wait on
  // their socket, and the cores bound the work done.
  int threads = 64;
  int max_checks = 2;      // concurrent POST /api/v1/check; beyond it 503 + Retry-After
  size_t max_body = size_t{16} << 20;
};

// The HTTP status for a command's error: 400 for bad input (usage, invalid input, an
// unknown country or dataset), 503 when busy, 500 otherwise.
int HttpStatusFor(const Status& s);

// The parameters of a query string ("a=KAZ&b=TJK"), in order: each name=value is split
// at its first '=' (the value keeps any later ones), then '+' and %XX are decoded; a
// name without '=' has an empty value; empty names are dropped.
std::vector<std::pair<std::string, std::string>> ParseQuery(std::string_view query);

// A response as the server sends it; Handle is the whole server minus the sockets.
struct Response {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
};
struct Request {
  std::string method;
  std::string path;
  std::vector<std::pair<std::string, std::string>> params;  // in order; the first of a name wins
  std::string authorization;                                // the Authorization header
  std::string_view body;                                    // valid while the request is handled
};

class Server {
 public:
  Server(Options options, CommandRunner runner);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds and listens; port() is the bound port afterwards. kIoError naming the address.
  Status Bind();
  int port() const { return port_; }
  // Answers requests until Stop(); returns at once if Bind failed.
  void Run();
  // Makes Run return after the requests in flight (from any thread).
  void Stop();

  // What a request gets (routing, auth, limits, errors); Run calls it per request.
  Response Handle(const Request& request);

 private:
  struct Impl;
  Response Api(const Request& request, std::string_view endpoint);
  Options options_;
  CommandRunner runner_;
  std::unique_ptr<Impl> impl_;
  int port_ = 0;
  std::atomic<int> checks_in_flight_{0};
  std::mutex run_mu_;               // orders Run's start against Stop
  bool stopping_ = false;
  std::atomic<bool> running_{false};
};

// Binds, prints "dyad: serving on http://ADDR:PORT" to `err`, and serves until SIGINT or
// SIGTERM, then stops gracefully. The calling thread waits for the signal.
Status ServeUntilSignal(Server& server, const Options& options, std::ostream& err);

}  // namespace dyad::server
