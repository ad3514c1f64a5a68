// The JSON API of `dyad serve`: each endpoint under /api/v1/ is one dyad command with the
// same parameters, so that the server answers with the very JSON the command prints with
// --format json (one code path renders both). This file holds the table that maps an
// endpoint and its query parameters to the command line; server.cc does the HTTP.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace dyad::server {

// An API call: the endpoint name ("trade" for /api/v1/trade), the HTTP method and the
// query parameters (the first value of each).
struct ApiCall {
  std::string endpoint;
  std::string method;
  std::map<std::string, std::string> params;
  std::string_view body;  // not copied: a check's body may be 16 MB
};

// What the server runs for a call.
struct CommandLine {
  std::vector<std::string> args;  // after the global options: {"trade", "--years=2015", "KAZ", "TJK"}
  bool write = false;             // changes the registry: needs the token
  bool check = false;             // a `check`: counted against the concurrent check cap
  bool body_is_input = false;     // the body is the command's standard input
  int success_status = 200;       // 201 for the POSTs that store an entry
  std::string format = "json";    // the command's --format: json, or md / html where allowed
  std::string content_type = "application/json";
};

// The methods `endpoint` answers ("GET", "POST"); empty for an unknown endpoint.
std::vector<std::string> EndpointMethods(std::string_view endpoint);

// The command line for `call` (endpoint and method must be known: EndpointMethods).
// kUsage naming the parameter for one the endpoint does not take, a missing one or a
// malformed value. Values never become options: options are passed as --name=value,
// and a positional value beginning with "-" is refused.
Result<CommandLine> BuildCommandLine(const ApiCall& call);

}  // namespace dyad::server
