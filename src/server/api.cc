#include "server/api.h"

#include <nlohmann/json.hpp>

namespace dyad::server {
namespace {

enum class Kind {
  kPositional,  // a positional argument of the command, in table order
  kWord,        // a fixed word among the positionals (`rank A in B`); not a parameter
  kOption,      // --option=value
  kFlag,        // --option when the value is 1 or true
  kPair,        // "KAZ,TJK" -> --option KAZ TJK
  kJsonBody,    // the request body, one JSON object -> --option=JSON
  kFormat,      // the output format: json (default), md or html
};

struct Param {
  std::string_view name;    // the query parameter (the word itself for kWord)
  Kind kind;
  std::string_view option;  // the command's option for kOption, kFlag, kPair, kJsonBody
};

struct Endpoint {
  std::string_view name;
  std::string_view method;
  std::vector<std::string_view> command;
  std::vector<Param> params;
  bool write = false;
  bool check = false;
};

constexpr Param Pos(std::string_view n) { return {n, Kind::kPositional, ""}; }
constexpr Param Opt(std::string_view n, std::string_view o) { return {n, Kind::kOption, o}; }
constexpr Param Flag(std::string_view n, std::string_view o) { return {n, Kind::kFlag, o}; }
constexpr Param kDataset = Opt("dataset", "--dataset");
constexpr Param kSource = Opt("source", "--source");

// One row per endpoint: the command it runs and its parameters, named as the CLI names
// them (positionals by their role, options without the dashes, with _ for -).
const std::vector<Endpoint>& Endpoints() {
  static const std::vector<Endpoint> table = {
      {"trade", "GET", {"trade"}, {Pos("a"), Pos("b"), Opt("years", "--years"), kDataset}},
      {"profile", "GET", {"profile"},
       {Pos("a"), Pos("b"), Opt("year", "--year"), Opt("years", "--years"), Opt("on", "--on"),
        Opt("top", "--top"), kDataset, kSource}},
      {"partners", "GET", {"partners"},
       {Pos("country"), Opt("year", "--year"), Opt("group", "--group"), Opt("flow", "--flow"),
        Opt("top", "--top"), kDataset, kSource}},
      {"rank", "GET", {"rank"},
       {Pos("a"), {"in", Kind::kWord, ""}, Pos("in"), Opt("year", "--year"), Opt("group", "--group"),
        Opt("flow", "--flow"), kDataset, kSource}},
      {"composition", "GET", {"composition"},
       {Pos("a"), Pos("b"), Opt("year", "--year"), Opt("by", "--by"), Opt("top", "--top"), kDataset, kSource}},
      {"target", "GET", {"target", "status"}, {Pos("a"), Pos("b"), kDataset, kSource}},
      {"indicators", "GET", {"indicators"},
       {Pos("a"), Pos("b"), Opt("year", "--year"), Opt("top", "--top"), kDataset, kSource}},
      {"mirror", "GET", {"mirror"},
       {Pos("a"), Pos("b"), Opt("years", "--years"), Flag("by_chapter", "--by-chapter"), kDataset, kSource}},
      {"timeline", "GET", {"timeline"}, {Pos("a"), Pos("b"), Flag("no_trade", "--no-trade")}},
      {"agreements", "GET", {"agreements", "list"},
       {{"pair", Kind::kPair, "--pair"}, Opt("party", "--party"), Opt("kind", "--kind"), Opt("area", "--area"),
        Opt("active_on", "--active-on"), Opt("signed_from", "--signed-from"), Opt("signed_to", "--signed-to")}},
      {"agreements", "POST", {"agreements", "add"}, {{"body", Kind::kJsonBody, "--json"}}, true},
      {"targets", "GET", {"targets", "list"}, {{"pair", Kind::kPair, "--pair"}, Opt("metric", "--metric")}},
      {"targets", "POST", {"targets", "add"}, {{"body", Kind::kJsonBody, "--json"}}, true},
      {"areas", "GET", {"areas", "list"}, {{"pair", Kind::kPair, "--pair"}, Opt("area", "--area")}},
      {"areas", "POST", {"areas", "add"}, {{"body", Kind::kJsonBody, "--json"}}, true},
      {"country", "GET", {"country"}, {Pos("q"), Opt("on", "--on")}},
      {"countries", "GET", {"countries"}, {}},
      {"group", "GET", {"group"}, {Pos("q"), Opt("on", "--on"), Flag("history", "--history")}},
      {"groups", "GET", {"groups"}, {Opt("on", "--on")}},
      {"hs", "GET", {"hs"}, {Pos("q"), Flag("groups", "--groups")}},
      {"info", "GET", {"info"}, {}},
      {"check", "POST", {"check", "-"}, {Opt("date", "--date"), {"format", Kind::kFormat, ""}}, false, true},
  };
  return table;
}

const Endpoint* Find(std::string_view name, std::string_view method) {
  for (const Endpoint& e : Endpoints()) {
    if (e.name == name && e.method == method) return &e;
  }
  return nullptr;
}

std::string Expected(const Endpoint& e) {
  std::string s;
  for (const Param& p : e.params) {
    if (p.kind == Kind::kWord || p.kind == Kind::kJsonBody) continue;
    s += (s.empty() ? "" : ", ") + std::string(p.name);
  }
  return s.empty() ? "none" : s;
}

}  // namespace

std::vector<std::string> EndpointMethods(std::string_view endpoint) {
  std::vector<std::string> out;
  for (const Endpoint& e : Endpoints()) {
    if (e.name == endpoint) out.emplace_back(e.method);
  }
  return out;
}

Result<CommandLine> BuildCommandLine(const ApiCall& call) {
  const Endpoint* e = Find(call.endpoint, call.method);
  if (e == nullptr) return Status(StatusCode::kInternal, "no endpoint " + call.method + " " + call.endpoint);
  for (const auto& [name, value] : call.params) {
    bool known = false;
    for (const Param& p : e->params) known |= p.kind != Kind::kWord && p.kind != Kind::kJsonBody && p.name == name;
    if (!known) {
      return UsageError("unknown parameter \"" + name + "\" for /api/v1/" + call.endpoint + " (expected: " +
                        Expected(*e) + ")");
    }
  }
  CommandLine line;
  line.write = e->write;
  line.check = e->check;
  line.body_is_input = e->check;
  line.success_status = e->write ? 201 : 200;
  line.args.assign(e->command.begin(), e->command.end());
  std::vector<std::string> positionals;
  for (const Param& p : e->params) {
    if (p.kind == Kind::kWord) {
      positionals.emplace_back(p.name);
      continue;
    }
    if (p.kind == Kind::kJsonBody) {
      nlohmann::json j = nlohmann::json::parse(call.body, nullptr, false);
      if (j.is_discarded() || !j.is_object()) {
        return UsageError("body: expected one entry as a JSON object (docs/registry.md)");
      }
      line.args.push_back(std::string(p.option) + "=" + j.dump());
      continue;
    }
    auto it = call.params.find(std::string(p.name));
    if (it == call.params.end()) {
      if (p.kind == Kind::kPositional) return UsageError("missing parameter \"" + std::string(p.name) + "\"");
      continue;
    }
    const std::string& v = it->second;
    switch (p.kind) {
      case Kind::kPositional:
        // A value CLI11 could take for an option is refused (no country, group or HS
        // query begins with "-").
        if (!v.empty() && v[0] == '-') {
          return UsageError("parameter \"" + std::string(p.name) + "\": a value may not begin with \"-\", got \"" +
                            v + "\"");
        }
        positionals.push_back(v);
        break;
      case Kind::kOption: line.args.push_back(std::string(p.option) + "=" + v); break;
      case Kind::kFlag:
        if (v == "1" || v == "true") line.args.emplace_back(p.option);
        else if (v != "0" && v != "false") {
          return UsageError(std::string(p.name) + ": expected 1, true, 0 or false, got \"" + v + "\"");
        }
        break;
      case Kind::kPair: {
        size_t comma = v.find(',');
        std::string x = v.substr(0, comma), y = comma == std::string::npos ? "" : v.substr(comma + 1);
        if (comma == std::string::npos || x.empty() || y.empty() || x[0] == '-' || y[0] == '-' ||
            y.find(',') != std::string::npos) {
          return UsageError(std::string(p.name) + ": expected two countries A,B (KAZ,TJK), got \"" + v + "\"");
        }
        line.args.insert(line.args.end(), {std::string(p.option), x, y});
        break;
      }
      case Kind::kFormat:
        if (v == "md") {
          line.content_type = "text/markdown; charset=utf-8";
        } else if (v == "html") {
          line.content_type = "text/html; charset=utf-8";
        } else if (v != "json") {
          return UsageError("format: expected json, md or html, got \"" + v + "\"");
        }
        line.format = v;
        break;
      case Kind::kWord:
      case Kind::kJsonBody: break;
    }
  }
  line.args.insert(line.args.end(), positionals.begin(), positionals.end());
  return line;
}

}  // namespace dyad::server
