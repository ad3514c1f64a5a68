// The command-line front end. RunCli parses arguments, runs one command and maps its
// Status to an exit code: 0 success, 1 failure on data or input, 2 usage error. Errors
// are printed to `err` as one line "dyad: <message>"; results go to `out`. This is the
// only layer that prints.
#pragma once

#include <CLI/CLI.hpp>
#include <filesystem>
#include <functional>
#include <iostream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/progress.h"
#include "base/status.h"
#include "cli/output.h"
#include "store/store.h"

namespace dyad::cli {

struct GlobalOptions {
  std::string data_dir;  // --data; empty means $DYAD_HOME, then $XDG_DATA_HOME/dyad
  Format format = Format::kTable;
  bool quiet = false;
};

// What every command handler gets: the global options, the output streams, and the
// resolved data directory.
class Context {
 public:
  Context(std::ostream& out, std::ostream& err, std::istream& in = std::cin)
      : out(out), err(err), in(in) {}

  GlobalOptions options;
  std::ostream& out;
  std::ostream& err;
  std::istream& in;  // what "-" reads (standard input, or an HTTP request's body)
  // A store opened once and shared by many commands (`dyad serve`); when set, OpenStore
  // hands out a view of it instead of opening the data directory again.
  std::shared_ptr<store::Store> shared_store;

  // --data DIR, else $DYAD_HOME, else $XDG_DATA_HOME/dyad, else ~/.local/share/dyad.
  Result<std::filesystem::path> DataDir() const;

  // A progress bar on stderr when it is a terminal and --quiet is off; else a null sink.
  std::unique_ptr<ProgressSink> MakeProgress() const;

  // Renders a table in the chosen format (json falls back to an array of row objects).
  void PrintTable(const Table& table) const;
  void PrintJson(const nlohmann::json& value) const;

  // The bytes of FILE, or of `in` for "-".
  Result<std::string> ReadInput(const std::string& file) const;

  // The variables a command's options are bound to, made by its registration: a parser
  // built once and run many times (CommandParser) puts each back to its value after
  // registration before every parse, so no option leaks into the next command line.
  template <class T, class... Init>
  std::shared_ptr<T> Bound(Init&&... init) {
    auto p = std::make_shared<T>(std::forward<Init>(init)...);
    bound_.push_back([p]() -> std::function<void()> { return [p, saved = *p] { *p = saved; }; });
    return p;
  }

 private:
  friend class CommandParser;
  // Each returns the function that restores its variable to the value it has now.
  std::vector<std::function<std::function<void()>()>> bound_;
};

// Adds a subcommand whose handler runs after parsing. Handlers return a Status; the
// first non-OK status becomes the process's exit code and error line. --format html is
// refused unless `renders_html`.
using Handler = std::function<Status()>;
CLI::App* AddCommand(CLI::App& app, Context& ctx, const std::string& name,
                     const std::string& help, Handler handler, bool renders_html = false);

// Runs dyad with the given arguments (argv[0] included); returns the exit code.
int RunCli(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

// Runs one command line (`args` without the program name) in `ctx`: the command's
// Status, a usage error for arguments CLI11 refuses (message as RunCli prints it, after
// "dyad: "). --help and --version print to ctx.out and return OK. With `command` (the
// top-level command `args` runs) only that command's area is registered: cheaper, for
// the server, which runs one known command per request.
Status RunCommand(Context& ctx, const std::vector<std::string>& args, std::string_view command = {});

// The parser of one top-level command (its area, as RunCommand registers it for
// `command`) built once in `ctx` and run for many command lines of that command; `dyad
// serve` keeps one per command and worker. Run is RunCommand without building the
// parser: the global options and every Bound variable are first put back to their
// values after registration. Not thread-safe; `ctx` must outlive it.
class CommandParser {
 public:
  CommandParser(Context& ctx, std::string_view command);
  ~CommandParser();
  CommandParser(const CommandParser&) = delete;
  CommandParser& operator=(const CommandParser&) = delete;
  Status Run(const std::vector<std::string>& args);

 private:
  Context& ctx_;
  std::unique_ptr<CLI::App> app_;
  GlobalOptions options_;                      // as before any parse
  std::vector<std::function<void()>> restore_;  // each Bound variable's
};

}  // namespace dyad::cli
