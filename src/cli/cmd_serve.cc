// `dyad serve [--bind ADDR] [--port N] [--token-file FILE]`: the JSON API and the
// dashboard (src/server) until SIGINT or SIGTERM.
#include <cstdlib>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>
#include <streambuf>

#include "base/files.h"
#include "base/strings.h"
#include "cli/commands.h"
#include "cli/serve.h"
#include "ingest/knowledge.h"

namespace dyad::cli {
namespace {

// An input stream's buffer over bytes someone else owns.
class ViewStreambuf : public std::streambuf {
 public:
  void Reset(std::string_view v) {
    char* p = const_cast<char*>(v.data());  // never written: the get area only
    setg(p, p, p + v.size());
  }
};

// One command's parser with the streams and context it runs in, reused for request
// after request of that command (building the CLI11 parser was most of a request's
// cost); one request at a time.
struct PooledCommand {
  PooledCommand(std::shared_ptr<store::Store> store, std::string_view command) {
    ctx.shared_store = std::move(store);
    parser = std::make_unique<CommandParser>(ctx, command);
  }
  std::ostringstream out, err;
  ViewStreambuf body;
  std::istream in{&body};
  Context ctx{out, err, in};
  std::unique_ptr<CommandParser> parser;
};

// Idle parsers by command; a request takes one (or builds one) and puts it back.
class CommandPool {
 public:
  explicit CommandPool(std::shared_ptr<store::Store> store) : store_(std::move(store)) {}
  std::unique_ptr<PooledCommand> Take(const std::string& command) {
    {
      std::lock_guard<std::mutex> lock(mu_);
      auto it = idle_.find(command);
      if (it != idle_.end() && !it->second.empty()) {
        std::unique_ptr<PooledCommand> p = std::move(it->second.back());
        it->second.pop_back();
        return p;
      }
    }
    return std::make_unique<PooledCommand>(store_, command);
  }
  void Give(const std::string& command, std::unique_ptr<PooledCommand> p) {
    std::lock_guard<std::mutex> lock(mu_);
    idle_[command].push_back(std::move(p));
  }

 private:
  std::shared_ptr<store::Store> store_;
  std::mutex mu_;
  std::map<std::string, std::vector<std::unique_ptr<PooledCommand>>> idle_;
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
  auto pool = std::make_shared<CommandPool>(std::move(opened));
  std::string data = "--data=" + data_dir.string();
  return server::CommandRunner([pool, data](const std::vector<std::string>& args, std::string_view input,
                                               std::string_view format) {
    const std::string command = args.empty() ? std::string() : args.front();
    std::unique_ptr<PooledCommand> p = pool->Take(command);
    p->out.str("");
    p->err.str("");
    static const std::ostringstream kFresh;
    p->out.copyfmt(kFresh);  // no stream state of the previous request
    p->out.clear();
    p->body.Reset(input);  // the body is read where it lies: one copy, by the command
    p->in.clear();
    std::vector<std::string> line = {data, "--format=" + std::string(format), "--quiet"};
    line.insert(line.end(), args.begin(), args.end());
    Status s = p->parser->Run(line);
    server::CommandOutput output{std::move(s), std::move(p->out).str()};
    p->body.Reset({});
    pool->Give(command, std::move(p));
    return output;
  });
}

void RegisterServeCommands(CLI::App& app, Context& ctx) {
  auto args = ctx.Bound<ServeArgs>();
  CLI::App* sub = AddCommand(app, ctx, "serve", "The JSON API (/api/v1/) and the dashboard over HTTP",
                             [&ctx, args] { return RunServe(ctx, *args); });
  sub->add_option("--bind", args->options.bind, "Address to listen on (default 127.0.0.1)");
  sub->add_option("--port", args->options.port, "Port (default 8470; 0: any free port)");
  sub->add_option("--token-file", args->token_file,
                  "File whose first line is the token writes need (default: $DYAD_TOKEN; none: no writes)");
  sub->add_option("--threads", args->options.threads, "Worker threads = connections served at once (default 64)");
}

}  // namespace dyad::cli
