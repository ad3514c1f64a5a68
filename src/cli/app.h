// The command-line front end. RunCli parses arguments, runs one command and maps its
// Status to an exit code: 0 success, 1 failure on data or input, 2 usage error. Errors
// are printed to `err` as one line "dyad: <message>"; results go to `out`. This is the
// only layer that prints.
#pragma once

#include <CLI/CLI.hpp>
#include <filesystem>
#include <functional>
#include <iosfwd>
#include <memory>
#include <string>

#include "base/progress.h"
#include "base/status.h"
#include "cli/output.h"

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
  Context(std::ostream& out, std::ostream& err) : out(out), err(err) {}

  GlobalOptions options;
  std::ostream& out;
  std::ostream& err;

  // --data DIR, else $DYAD_HOME, else $XDG_DATA_HOME/dyad, else ~/.local/share/dyad.
  Result<std::filesystem::path> DataDir() const;

  // A progress bar on stderr when it is a terminal and --quiet is off; else a null sink.
  std::unique_ptr<ProgressSink> MakeProgress() const;

  // Renders a table in the chosen format (json falls back to an array of row objects).
  void PrintTable(const Table& table) const;
  void PrintJson(const nlohmann::json& value) const;
};

// Adds a subcommand whose handler runs after parsing. Handlers return a Status; the
// first non-OK status becomes the process's exit code and error line.
using Handler = std::function<Status()>;
CLI::App* AddCommand(CLI::App& app, Context& ctx, const std::string& name,
                     const std::string& help, Handler handler);

// Runs dyad with the given arguments (argv[0] included); returns the exit code.
int RunCli(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

}  // namespace dyad::cli
