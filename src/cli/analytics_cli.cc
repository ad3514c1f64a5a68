#include "cli/analytics_cli.h"

#include "cli/knowledge.h"

#include <fmt/format.h>


namespace dyad::cli {

std::string Citations::Ref(const analytics::Figure& f) {
  std::string key = f.Label();
  if (!f.url.empty()) key += " " + f.url;
  auto [it, added] = index_.emplace(key, static_cast<int>(entries_.size()) + 1);
  if (added) entries_.push_back(key);
  return "[" + std::to_string(it->second) + "]";
}

void Report::Emit(const std::string& text) {
  if (text.empty()) return;
  ctx_.out << text;
  last_blank_ = text == "\n" || (text.size() >= 2 && text.compare(text.size() - 2, 2, "\n\n") == 0);
}

void Report::Gap() {
  if (gap_ && !last_blank_) Emit("\n");
  gap_ = false;
}

void Report::Title(const std::string& text) {
  Gap();
  switch (ctx_.options.format) {
    case Format::kMarkdown: Emit(std::string("## ") + text + "\n\n"); break;
    case Format::kCsv: Emit(std::string("# ") + text + "\n"); break;
    default: Emit(std::string(text) + "\n");
  }
  started_ = true;
}

void Report::Section(const std::string& text) {
  if (started_) gap_ = true;
  Gap();
  switch (ctx_.options.format) {
    case Format::kMarkdown: Emit(std::string("### ") + text + "\n\n"); break;
    case Format::kCsv: Emit(std::string("# ") + text + "\n"); break;
    default: Emit(std::string(text) + "\n");
  }
  started_ = true;
}

void Report::Line(const std::string& text) {
  Gap();
  switch (ctx_.options.format) {
    case Format::kMarkdown: Emit(std::string(text) + "\n\n"); break;
    case Format::kCsv: Emit(std::string("# ") + text + "\n"); break;
    default: Emit(std::string(text) + "\n");
  }
  started_ = true;
}

void Report::Table(const cli::Table& table) {
  if (started_ && !last_blank_ && ctx_.options.format == Format::kTable) Emit("\n");
  gap_ = false;
  Emit(std::string(RenderTable(table, ctx_.options.format)));
  gap_ = true;
  started_ = true;
}

void Report::Notes(const std::vector<std::string>& notes) {
  for (const std::string& n : notes) {
    Gap();
    switch (ctx_.options.format) {
      case Format::kMarkdown: Emit(std::string("- note: ") + n + "\n"); break;
      case Format::kCsv: Emit(std::string("# note: ") + n + "\n"); break;
      default: Emit(std::string("note: ") + n + "\n");
    }
  }
  if (!notes.empty() && ctx_.options.format == Format::kMarkdown) Emit(std::string("\n"));
  started_ = true;
}

void Report::Citations(const cli::Citations& cites) {
  for (size_t i = 0; i < cites.entries().size(); ++i) {
    Gap();
    std::string line = "[" + std::to_string(i + 1) + "] " + cites.entries()[i];
    switch (ctx_.options.format) {
      case Format::kMarkdown: Emit(std::string("- ") + line + "\n"); break;
      case Format::kCsv: Emit(std::string("# ") + line + "\n"); break;
      default: Emit(std::string(line) + "\n");
    }
  }
  started_ = true;
}

void AddSourceOptions(CLI::App* sub, SourceOptions& o) {
  sub->add_option("--dataset", o.dataset, "Use only this dataset (see `dyad info`)");
  sub->add_option("--source", o.source,
                  "Use only national, reconciled or reporter figures, or one reporter's (ISO alpha-3)");
}

std::string Pct(std::optional<double> x, int digits) {
  if (!x) return "";
  return fmt::format("{:.{}f}%", *x * 100, digits);
}

std::string Num(std::optional<double> x, int digits) {
  if (!x) return "";
  return fmt::format("{:.{}f}", *x, digits);
}

std::string QualifierText(store::Qualifier q) {
  switch (q) {
    case store::Qualifier::kApprox: return "approx";
    case store::Qualifier::kMoreThan: return "more than";
    case store::Qualifier::kLessThan: return "less than";
    default: return "";
  }
}


Result<Knowledge> OpenKnowledge(Context& ctx) {
  Knowledge k;
  DYAD_ASSIGN_OR_RETURN(k.store, OpenStore(ctx));
  DYAD_ASSIGN_OR_RETURN(k.snapshot, k.store->OpenSnapshot());
  return k;
}

Result<std::unique_ptr<registry::Registry>> OpenKnowledgeRegistry(Context& ctx) {
  DYAD_ASSIGN_OR_RETURN(auto dir, ctx.DataDir());
  return registry::Registry::OpenInDataDir(dir);
}

}  // namespace dyad::cli
