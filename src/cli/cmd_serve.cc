// `dyad serve [--bind ADDR] [--port N] [--token-file FILE]`: the JSON API and the
// dashboard (src/server) until SIGINT or SIGTERM.
#include <cstdlib>
#include <sstream>
#include <streambuf>

#include "base/files.h"
#include "base/strings.h"
#include "cli/commands.h"
#include "cli/serve.h"
#include "ingest/knowledge.h"

namespace dyad::cli {
namespace {

// An input stream over bytes someone else owns.
class ViewStreambuf : public std::streambuf {
 public:
  explicit ViewStreambuf(std::string_view v) {
    char* p = const_cast<char*>(v.data());  // never written: the get area only
    setg(p, p, p + v.size());
  }
};

struct ServeArgs {
  server::Options options;
  std::string token_file;
};

// The write token: the first line of --token-file, else $DYAD_TOKEN, else none.
Result<std::string> ReadToken(const std::string& file) {
  if (file.empty()) {
    const char* env = std::getenv("DYAD_TOKEN");
    return std::string(env ? env : "");
  }
  DYAD_ASSIGN_OR_RETURN(std::string text, ReadFile(file));
  std::string token(TrimAscii(text.substr(0, text.find('\n'))));
  if (token.empty()) return InvalidInput(file + ": empty token file");
  return token;
}

Status RunServe(Context& ctx, ServeArgs& args) {
  if (args.options.port < 0 || args.options.port > 65535) {
    return UsageError("--port: expected 0-65535, got " + std::to_string(args.options.port));
  }
  DYAD_ASSIGN_OR_RETURN(args.options.token, ReadToken(args.token_file));
  DYAD_ASSIGN_OR_RETURN(std::filesystem::path dir, ctx.DataDir());
  DYAD_ASSIGN_OR_RETURN(server::CommandRunner runner, MakeCommandRunner(dir));
  server::Server srv(args.options, std::move(runner));
  return server::ServeUntilSignal(srv, args.options, ctx.err);
}

}  // namespace

Result<server::CommandRunner> MakeCommandRunner(const std::filesystem::path& data_dir) {
  DYAD_ASSIGN_OR_RETURN(std::unique_ptr<store::Store> opened, store::Store::Open(data_dir));
  DYAD_RETURN_IF_ERROR(ingest::EnsureBuiltinKnowledge(*opened));
  std::shared_ptr<store::Store> shared = std::move(opened);
  std::string data = "--data=" + data_dir.string();
  return server::CommandRunner([shared, data](const std::vector<std::string>& args, std::string_view input,
                                                 std::string_view format) {
    std::ostringstream out, err;
    ViewStreambuf buf(input);  // the body is read where it lies: one copy, by the command
    std::istream in(&buf);
    Context ctx(out, err, in);
    ctx.shared_store = shared;
    std::vector<std::string> line = {data, "--format=" + std::string(format), "--quiet"};
    line.insert(line.end(), args.begin(), args.end());
    Status s = RunCommand(ctx, line, args.empty() ? std::string_view() : std::string_view(args.front()));
    return server::CommandOutput{std::move(s), std::move(out).str()};
  });
}

void RegisterServeCommands(CLI::App& app, Context& ctx) {
  auto args = std::make_shared<ServeArgs>();
  CLI::App* sub = AddCommand(app, ctx, "serve", "The JSON API (/api/v1/) and the dashboard over HTTP",
                             [&ctx, args] { return RunServe(ctx, *args); });
  sub->add_option("--bind", args->options.bind, "Address to listen on (default 127.0.0.1)");
  sub->add_option("--port", args->options.port, "Port (default 8470; 0: any free port)");
  sub->add_option("--token-file", args->token_file,
                  "File whose first line is the token writes need (default: $DYAD_TOKEN; none: no writes)");
  sub->add_option("--threads", args->options.threads, "Worker threads = connections served at once (default 64)");
}

}  // namespace dyad::cli
