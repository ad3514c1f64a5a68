// Helpers shared by the analytics commands (cmd_analytics*.cc): a Report that lays out
// titles, lines, tables, notes and numbered source citations in table, markdown or CSV
// form (JSON is built per command), argument parsing, cell formatting, and the opening
// of the knowledge base they read. Not thread-safe; one Report per command run.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include <optional>
#include <utility>

#include <nlohmann/json.hpp>

#include "analytics/composition.h"
#include "analytics/figure.h"
#include "analytics/sources.h"
#include "reference/countries.h"
#include "base/status.h"
#include "cli/app.h"
#include "cli/args.h"
#include "registry/registry.h"
#include "render/json.h"
#include "store/store.h"

namespace dyad::cli {

// Numbered citations: each distinct source of the figures shown gets "[n]".
class Citations {
 public:
  std::string Ref(const analytics::Figure& f);
  const std::vector<std::string>& entries() const { return entries_; }

 private:
  std::map<std::string, int> index_;
  std::vector<std::string> entries_;
};

class Report {
 public:
  explicit Report(const Context& ctx) : ctx_(ctx) {}
  void Title(const std::string& text);
  void Section(const std::string& text);
  void Line(const std::string& text);
  void Table(const cli::Table& table);
  void Notes(const std::vector<std::string>& notes);
  void Citations(const cli::Citations& cites);

 private:
  void Gap();
  void Emit(const std::string& text);  // writes and remembers whether it ended a paragraph
  const Context& ctx_;
  bool started_ = false;
  bool gap_ = false;         // a blank line is due before the next output
  bool last_blank_ = true;   // the output so far ends with a blank line (or is empty)
};

// The knowledge base a command reads: the store (with the built-in official totals
// imported) and a snapshot of it. The store object is kept alive with the snapshot.
struct Knowledge {
  std::unique_ptr<store::Store> store;
  std::shared_ptr<const store::Snapshot> snapshot;
};
Result<Knowledge> OpenKnowledge(Context& ctx);
Result<std::unique_ptr<registry::Registry>> OpenKnowledgeRegistry(Context& ctx);

// --dataset / --source on a command.
struct SourceOptions {
  std::string dataset, source;
  analytics::SourceFilter Filter() const { return {dataset, source}; }
};
void AddSourceOptions(CLI::App* sub, SourceOptions& o);

std::string Pct(std::optional<double> x, int digits = 2);  // "11.73%"; "" when nullopt
std::string Num(std::optional<double> x, int digits = 3);  // "1.133"; "" when nullopt
std::string QualifierText(store::Qualifier q);             // "", "approx", "more than", ...
// The JSON writers live in src/render (one per entity).
using render::CompositionJson;
using render::FigureJson;
using render::Opt;

void RenderDirection(Report& rep, const Context& ctx, const analytics::DirectionComposition& d,
                     const std::string& level, int top);

// Registration of the commands in cmd_analytics_pair.cc and cmd_analytics_profile.cc.
void RegisterAnalyticsCommandsPart2(CLI::App& app, Context& ctx);
void RegisterProfileCommand(CLI::App& app, Context& ctx);

}  // namespace dyad::cli
