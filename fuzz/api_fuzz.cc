// Fuzz target for the HTTP API's query parser and request mapping (src/server): any endpoint,
// method, query parameters and body must give a command line or an error, never a
// crash, and a parameter value must never become an option the caller did not ask for
// (--data, --format, --help...: values go as --name=value; positionals never begin with "-").
// Input: "METHOD ENDPOINT\nname=value&name=value\nbody".
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "server/api.h"
#include "server/server.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  auto line = [&in] {
    size_t nl = in.find('\n');
    std::string_view l = in.substr(0, nl);
    in = nl == std::string_view::npos ? std::string_view() : in.substr(nl + 1);
    return l;
  };
  std::string_view head = line(), query = line();
  size_t sp = head.find(' ');
  dyad::server::ApiCall call;
  call.method = std::string(head.substr(0, sp));
  call.endpoint = sp == std::string_view::npos ? "" : std::string(head.substr(sp + 1));
  // The server's own query parser (src/server/server.h): names are never empty.
  for (auto& [name, value] : dyad::server::ParseQuery(query)) {
    if (name.empty()) std::abort();
    call.params.emplace(std::move(name), std::move(value));
  }
  call.body = in;
  bool known = false;
  for (const std::string& m : dyad::server::EndpointMethods(call.endpoint)) known |= m == call.method;
  if (!known) return 0;
  auto cmd = dyad::server::BuildCommandLine(call);
  if (!cmd.ok()) return 0;
  for (const std::string& a : cmd->args) {
    if (a.empty() || a[0] != '-' || a == "-") continue;  // "-": check's standard input
    for (std::string_view global : {"--data", "--format", "--quiet", "-q", "--help", "-h", "--version"}) {
      if (a.rfind(global, 0) == 0 && (a.size() == global.size() || a[global.size()] == '=')) std::abort();
    }
    if (a.size() < 3 || a[1] != '-') std::abort();  // only long options, which the table names
  }
  return 0;
}
