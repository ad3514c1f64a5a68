// A small HTTP server for the fetch tests, on a free port of 127.0.0.1, run on its own
// thread by the test itself (cpp-httplib). It logs every request it answers, so tests
// can assert which calls were made and in what order. Nothing here leaves the machine.
#pragma once

#include <arpa/inet.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace dyad::fetch::testing {

class TestServer {
 public:
  TestServer() {
    server_.set_tcp_nodelay(true);
    // Logged on arrival (not when answered) so the log is in the order the client asked.
    server_.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response&) {
      std::lock_guard<std::mutex> lock(mu_);
      std::string line = req.method + " " + req.path;
      std::string q;
      for (const auto& [k, v] : req.params) q += (q.empty() ? "?" : "&") + k + "=" + v;
      line += q;
      if (req.has_header("Range")) line += " [" + req.get_header_value("Range") + "]";
      if (req.has_header("If-Range")) line += " [If-Range: " + req.get_header_value("If-Range") + "]";
      log_.push_back(line);
      times_.push_back(std::chrono::steady_clock::now());
      return httplib::Server::HandlerResponse::Unhandled;
    });
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    while (!server_.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  ~TestServer() {
    server_.stop();
    thread_.join();
  }
  httplib::Server& server() { return server_; }
  int port() const { return port_; }
  std::string Url(const std::string& path = "") const {
    return "http://127.0.0.1:" + std::to_string(port_) + path;
  }
  std::vector<std::string> TakeLog() {
    std::lock_guard<std::mutex> lock(mu_);
    times_.clear();
    return std::exchange(log_, {});
  }
  // Arrival times of the requests logged since the last TakeLog.
  std::vector<std::chrono::steady_clock::time_point> Times() {
    std::lock_guard<std::mutex> lock(mu_);
    return times_;
  }

 private:
  httplib::Server server_;
  int port_ = 0;
  std::thread thread_;
  std::mutex mu_;
  std::vector<std::string> log_;
  std::vector<std::chrono::steady_clock::time_point> times_;
};

// A port on 127.0.0.1 that nothing listens on (bound without listening, then closed).
inline int ClosedPort() {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  socklen_t len = sizeof addr;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  ::close(fd);
  return ntohs(addr.sin_port);
}

}  // namespace dyad::fetch::testing
