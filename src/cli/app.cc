#include "cli/app.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <iterator>
#include <mutex>

#include "base/files.h"
#include "cli/commands.h"

namespace dyad::cli {
namespace {

// The command table: one row per top-level command, naming the function of its area
// (cmd_<area>.cc) that registers it. The CLI registers every area once, in this order
// (the order of --help); `dyad serve` registers only the area of the command it runs.
using RegisterFn = void (*)(CLI::App&, Context&);
struct CommandRow {
  std::string_view command;
  RegisterFn area;
};
constexpr CommandRow kCommands[] = {
    {"info", RegisterStoreCommands},         {"trade", RegisterStoreCommands},
    {"verify", RegisterStoreCommands},       {"import", RegisterImportCommands},
    {"synth", RegisterImportCommands},       {"country", RegisterReferenceCommands},
    {"countries", RegisterReferenceCommands},
    {"group", RegisterReferenceCommands},    {"groups", RegisterReferenceCommands},
    {"hs", RegisterReferenceCommands},       {"agreements", RegisterRegistryCommands},
    {"targets", RegisterRegistryCommands},   {"areas", RegisterRegistryCommands},
    {"timeline", RegisterRegistryCommands},  {"partners", RegisterAnalyticsCommands},
    {"rank", RegisterAnalyticsCommands},     {"composition", RegisterAnalyticsCommands},
    {"target", RegisterAnalyticsCommands},   {"indicators", RegisterAnalyticsCommands},
    {"mirror", RegisterAnalyticsCommands},   {"profile", RegisterAnalyticsCommands},
    {"report", RegisterAnalyticsCommands},   {"extract", RegisterCheckCommands},
    {"check", RegisterVerdictCommands},      {"fetch", RegisterFetchCommands},
    {"serve", RegisterServeCommands},
};

// Registers the area of `command`, or every area when `command` is empty or unknown.
void RegisterCommands(CLI::App& app, Context& ctx, std::string_view command) {
  for (const CommandRow& row : kCommands) {
    if (row.command == command) {
      row.area(app, ctx);
      return;
    }
  }
  std::vector<RegisterFn> done;
  for (const CommandRow& row : kCommands) {
    if (std::find(done.begin(), done.end(), row.area) != done.end()) continue;
    row.area(app, ctx);
    done.push_back(row.area);
  }
}

// A one-line bar on stderr, redrawn at most ten times a second:
//   importing BACI_HS17_Y2022.csv  41% 120.3/293.1 MB  2.1M rows  1.9M rows/s  ETA 0:04
// or, for a download (no rows yet):
//   downloading BACI_HS17_V202501.zip  12% 301.2/2510.0 MB  11.20 MB/s  ETA 3:17
class TerminalProgress final : public ProgressSink {
 public:
  explicit TerminalProgress(std::ostream& err) : err_(err), start_(Clock::now()) {}
  void Update(std::string_view label, uint64_t bytes_done, uint64_t bytes_total,
              uint64_t rows_done) override {
    std::lock_guard<std::mutex> lock(mu_);
    auto now = Clock::now();
    if (now - last_ < std::chrono::milliseconds(100)) return;
    last_ = now;
    double secs = std::chrono::duration<double>(now - start_).count();
    double rate = secs > 0 ? static_cast<double>(rows_done) / secs : 0;
    char buf[256];
    if (rows_done == 0) {
      // A download: bytes and their rate.
      double byte_rate = secs > 0 ? static_cast<double>(bytes_done) / secs : 0;
      double frac = bytes_total > 0 ? static_cast<double>(bytes_done) / static_cast<double>(bytes_total) : 0;
      double eta = frac > 0 ? secs / frac - secs : 0;
      if (bytes_total > 0) {
        std::snprintf(buf, sizeof buf, "\r%.*s %3.0f%% %.1f/%.1f MB  %.2f MB/s  ETA %d:%02d ",
                      static_cast<int>(label.size()), label.data(), frac * 100, bytes_done / 1e6,
                      bytes_total / 1e6, byte_rate / 1e6, static_cast<int>(eta) / 60, static_cast<int>(eta) % 60);
      } else {
        std::snprintf(buf, sizeof buf, "\r%.*s %.1f MB  %.2f MB/s ", static_cast<int>(label.size()),
                      label.data(), bytes_done / 1e6, byte_rate / 1e6);
      }
    } else if (bytes_total > 0) {
      double frac = static_cast<double>(bytes_done) / static_cast<double>(bytes_total);
      double eta = frac > 0 ? secs / frac - secs : 0;
      std::snprintf(buf, sizeof buf, "\r%.*s %3.0f%% %.1f/%.1f MB  %.1fM rows  %.2fM rows/s  ETA %d:%02d ",
                    static_cast<int>(label.size()), label.data(), frac * 100,
                    bytes_done / 1e6, bytes_total / 1e6, rows_done / 1e6, rate / 1e6,
                    static_cast<int>(eta) / 60, static_cast<int>(eta) % 60);
    } else {
      std::snprintf(buf, sizeof buf, "\r%.*s %.1f MB  %.1fM rows  %.2fM rows/s ",
                    static_cast<int>(label.size()), label.data(), bytes_done / 1e6,
                    rows_done / 1e6, rate / 1e6);
    }
    err_ << buf << std::flush;
    drawn_ = true;
  }
  void Finish() override {
    std::lock_guard<std::mutex> lock(mu_);
    if (drawn_) err_ << "\r\033[K" << std::flush;
    drawn_ = false;
  }

 private:
  using Clock = std::chrono::steady_clock;
  std::mutex mu_;
  std::ostream& err_;
  Clock::time_point start_;
  Clock::time_point last_{};
  bool drawn_ = false;
};

int ExitCodeFor(const Status& s) {
  if (s.ok()) return 0;
  return s.code() == StatusCode::kUsage ? 2 : 1;
}

}  // namespace

Result<std::filesystem::path> Context::DataDir() const {
  if (!options.data_dir.empty()) return std::filesystem::path(options.data_dir);
  if (const char* home = std::getenv("DYAD_HOME"); home && *home) return std::filesystem::path(home);
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) {
    return std::filesystem::path(xdg) / "dyad";
  }
  if (const char* home = std::getenv("HOME"); home && *home) {
    return std::filesystem::path(home) / ".local" / "share" / "dyad";
  }
  return UsageError("no data directory: pass --data DIR or set DYAD_HOME");
}

std::unique_ptr<ProgressSink> Context::MakeProgress() const {
  if (options.quiet || !::isatty(STDERR_FILENO) || &err != &std::cerr) {
    return std::make_unique<NullProgress>();
  }
  return std::make_unique<TerminalProgress>(err);
}

void Context::PrintTable(const Table& table) const {
  if (options.format != Format::kJson) {
    out << RenderTable(table, options.format);
    return;
  }
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& row : table.rows) {
    nlohmann::json obj = nlohmann::json::object();
    for (size_t i = 0; i < row.size() && i < table.columns.size(); ++i) obj[table.columns[i]] = row[i];
    rows.push_back(std::move(obj));
  }
  PrintJson(rows);
}

void Context::PrintJson(const nlohmann::json& value) const { out << RenderJson(value); }

Result<std::string> Context::ReadInput(const std::string& file) const {
  if (file != "-") return ReadFile(file);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

CLI::App* AddCommand(CLI::App& app, Context& ctx, const std::string& name,
                     const std::string& help, Handler handler, bool renders_html) {
  CLI::App* sub = app.add_subcommand(name, help);
  sub->fallthrough();
  // The handler's status travels out through an exception that RunCli catches; CLI11
  // callbacks cannot return values.
  sub->callback([&ctx, name, renders_html, handler = std::move(handler)] {
    Status s = !renders_html && ctx.options.format == Format::kHtml
                   ? UsageError("--format html: " + name + " has no HTML form (check FILE has; for a pair, dyad report)")
                   : handler();
    if (!s.ok()) throw s;
  });
  return sub;
}

namespace {

// The parser of dyad: the global options, then the commands (`command`'s area only, or
// every area when it is empty).
std::unique_ptr<CLI::App> BuildParser(Context& ctx, std::string_view command) {
  auto app = std::make_unique<CLI::App>(
      "dyad: the relationship between two countries, from trade data, agreements "
      "and news claims");
  app->set_version_flag("--version", "dyad 0.1.0");
  app->require_subcommand(1);
  app->add_option("--data", ctx.options.data_dir,
                  "Data directory (default: $DYAD_HOME, else $XDG_DATA_HOME/dyad)");
  std::map<std::string, Format> formats{{"table", Format::kTable},
                                        {"json", Format::kJson},
                                        {"csv", Format::kCsv},
                                        {"md", Format::kMarkdown},
                                        {"markdown", Format::kMarkdown},
                                        {"html", Format::kHtml}};
  app->add_option("--format", ctx.options.format, "Output format: table (default), json, csv, md; html for check")
      ->transform(CLI::CheckedTransformer(formats, CLI::ignore_case).description(""))
      ->option_text("FORMAT");
  app->add_flag("-q,--quiet", ctx.options.quiet, "No progress output");
  RegisterCommands(*app, ctx, command);
  return app;
}

// Parses `args` with `app` and runs the command; the Status as RunCommand returns it.
Status Parse(CLI::App& app, Context& ctx, const std::vector<std::string>& args) {
  std::vector<const char*> argv{"dyad"};
  for (const std::string& a : args) argv.push_back(a.c_str());
  try {
    app.parse(static_cast<int>(argv.size()), argv.data());
  } catch (const CLI::CallForHelp& e) {
    ctx.out << app.help();
  } catch (const CLI::CallForAllHelp& e) {
    ctx.out << app.help("", CLI::AppFormatMode::All);
  } catch (const CLI::CallForVersion& e) {
    ctx.out << e.what() << "\n";
  } catch (const CLI::ParseError& e) {
    return UsageError(std::string(e.what()) + " (see dyad --help)");
  } catch (const Status& s) {
    return s;
  } catch (const std::exception& e) {
    return Status(StatusCode::kInternal, std::string("internal error: ") + e.what());
  }
  return Status::Ok();
}

}  // namespace

Status RunCommand(Context& ctx, const std::vector<std::string>& args, std::string_view command) {
  std::unique_ptr<CLI::App> app = BuildParser(ctx, command);
  return Parse(*app, ctx, args);
}

CommandParser::CommandParser(Context& ctx, std::string_view command)
    : ctx_(ctx), app_(BuildParser(ctx, command)), options_(ctx.options) {
  for (const auto& save : ctx_.bound_) restore_.push_back(save());
  ctx_.bound_.clear();
}

CommandParser::~CommandParser() = default;

Status CommandParser::Run(const std::vector<std::string>& args) {
  ctx_.options = options_;
  for (const auto& restore : restore_) restore();
  app_->clear();  // what the previous parse left, even one a handler's error cut short
  return Parse(*app_, ctx_, args);
}

int RunCli(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
  Context ctx(out, err);
  std::vector<std::string> args(argv + std::min(argc, 1), argv + argc);
  Status s = RunCommand(ctx, args);
  if (!s.ok()) err << "dyad: " << s.message() << "\n";
  return ExitCodeFor(s);
}

}  // namespace dyad::cli
