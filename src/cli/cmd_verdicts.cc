// dyad check FILE|- and dyad check --batch DIR: the claims of news articles with a
// verdict each (src/check), rendered as a table, markdown, CSV or JSON.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <sstream>

#include <fmt/format.h>

#include "base/files.h"
#include "check/check_json.h"
#include "check/checker.h"
#include "check/summary.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/knowledge.h"
#include "cli/registry_cli.h"
#include "render/html.h"
#include "text/claims.h"

namespace dyad::cli {
namespace {

namespace fs = std::filesystem;

// Articles larger than this are refused with a clear message (a news article is a few
// kilobytes; this leaves room for pasted pages with HTML).
constexpr size_t kMaxArticleBytes = 64u << 20;

struct CheckArgs {
  std::string file;
  std::string date;
  std::string batch;
};

Result<std::string> ReadArticle(const Context& ctx, const std::string& file) {
  std::error_code ec;
  if (file != "-" && fs::is_directory(file, ec)) {
    return InvalidInput(file + ": is a directory (use dyad check --batch DIR)");
  }
  DYAD_ASSIGN_OR_RETURN(std::string text, ctx.ReadInput(file));
  if (text.size() > kMaxArticleBytes) {
    return InvalidInput(fmt::format("{}: {} bytes, more than the {} MB an article may have", file, text.size(),
                                    kMaxArticleBytes >> 20));
  }
  return text;
}

// The knowledge a check reads, opened once per process.
struct CheckKnowledge {
  std::unique_ptr<store::Store> store;
  std::shared_ptr<const store::Snapshot> snapshot;
  std::unique_ptr<registry::Registry> registry;
};

Result<CheckKnowledge> OpenCheckKnowledge(const Context& ctx) {
  CheckKnowledge k;
  DYAD_ASSIGN_OR_RETURN(k.store, OpenStore(ctx));
  DYAD_ASSIGN_OR_RETURN(k.snapshot, k.store->OpenSnapshot());
  DYAD_ASSIGN_OR_RETURN(k.registry, OpenRegistry(ctx));
  return k;
}

std::string EvidenceCell(const check::CheckedClaim& c) {
  std::string s;
  int n = 0;
  for (const check::Evidence& e : c.evidence) {
    if (n++ == 3) {
      s += fmt::format("; +{} more", c.evidence.size() - 3);
      break;
    }
    s += (s.empty() ? "" : "; ") + check::EvidenceSummary(e);
  }
  return s;
}

constexpr size_t kBlockWidth = 100;  // the table layout fits a 100-column terminal

// `text` wrapped at word boundaries to kBlockWidth, every line after the first indented
// by `indent` spaces (the first continues a label of that width).
std::string Wrapped(const std::string& text, size_t indent) {
  std::string out, line;
  size_t width = kBlockWidth - indent;
  std::istringstream words(text);
  for (std::string w; words >> w;) {
    if (!line.empty() && line.size() + 1 + w.size() > width) {
      out += line + "\n" + std::string(indent, ' ');
      line.clear();
    }
    line += (line.empty() ? "" : " ") + w;
  }
  return out + line + "\n";
}

// One block per claim: "N. verdict  kind", then claim, evidence and explanation, each
// wrapped under its label.
std::string ClaimBlocks(const check::CheckedArticle& a) {
  constexpr size_t kIndent = 16;  // "   explanation " + 1
  auto field = [&](const char* label, const std::string& value) {
    std::string head = std::string("   ") + label;
    head.resize(kIndent, ' ');
    return head + Wrapped(value.empty() ? "-" : value, kIndent);
  };
  std::string out;
  int i = 0;
  for (const check::CheckedClaim& c : a.claims) {
    out += fmt::format("{}. {}  {}\n", ++i, check::VerdictName(c.verdict), text::ClaimKindName(c.claim.kind));
    out += field("claim", check::ClaimSummary(c.claim));
    std::string evidence;
    for (const check::Evidence& e : c.evidence) evidence += (evidence.empty() ? "" : "; ") + check::EvidenceSummary(e);
    out += field("evidence", evidence);
    out += field("explanation", c.explanation);
    out += "\n";
  }
  return out;
}

void PrintArticle(const Context& ctx, const std::string& file, const check::CheckedArticle& a) {
  if (ctx.options.format == Format::kJson) {
    nlohmann::json j = check::CheckedArticleToJson(a);
    j["file"] = file;
    ctx.PrintJson(j);
    return;
  }
  Table t;
  t.columns = {"#", "verdict", "kind", "claim", "evidence", "explanation"};
  t.numeric = {true, false, false, false, false, false};
  int i = 0;
  for (const check::CheckedClaim& c : a.claims) {
    t.rows.push_back({std::to_string(++i), std::string(check::VerdictName(c.verdict)),
                      std::string(text::ClaimKindName(c.claim.kind)), check::ClaimSummary(c.claim),
                      EvidenceCell(c), c.explanation});
  }
  if (ctx.options.format == Format::kCsv) {
    ctx.out << RenderTable(t, Format::kCsv);
    return;
  }
  bool md = ctx.options.format == Format::kMarkdown;
  std::string pair;
  for (const auto& p : a.article.pair) pair += (pair.empty() ? "" : "-") + p;
  ctx.out << (md ? "**" : "") << "Article " << file << (md ? "**" : "") << ": date " << a.article.date.ToString()
          << " (" << text::DateSourceName(a.article.date_source) << ")"
          << (pair.empty() ? "" : ", about " + pair) << "\n";
  for (const std::string& w : a.article.warnings) ctx.out << (md ? "- " : "") << "warning: " << w << "\n";
  ctx.out << "\n";
  if (!t.rows.empty()) ctx.out << (md ? RenderTable(t, ctx.options.format) + "\n" : ClaimBlocks(a));
  ctx.out << check::SummaryLine(a.counts) << "\n";
}

Status RunCheck(Context& ctx, const CheckArgs& args) {
  DYAD_ASSIGN_OR_RETURN(std::optional<Date> date, DateOption(args.date));
  DYAD_ASSIGN_OR_RETURN(std::string text, ReadArticle(ctx, args.file));
  DYAD_ASSIGN_OR_RETURN(text::Article article, text::ExtractClaims(text, date));
  if (article.date_source == text::DateSource::kToday && !ctx.options.quiet) {
    ctx.err << "dyad: no publication date found; relative periods resolved against today, "
            << article.date.ToString() << ", and figures dated only by one ('last year') left out; pass --date\n";
  }
  DYAD_ASSIGN_OR_RETURN(CheckKnowledge k, OpenCheckKnowledge(ctx));
  check::Checker checker(*k.snapshot, k.registry.get());
  check::CheckedArticle checked = checker.Check(std::move(article));
  // The file's name, as in batch output (and independent of where the file lives).
  std::string name = args.file == "-" ? "(stdin)" : fs::path(args.file).filename().string();
  if (ctx.options.format == Format::kHtml) {
    ctx.out << render::CheckedArticleHtml(checked, text, name);
    return Status::Ok();
  }
  PrintArticle(ctx, name, checked);
  return Status::Ok();
}

Status RunBatch(Context& ctx, const CheckArgs& args) {
  DYAD_ASSIGN_OR_RETURN(std::optional<Date> date, DateOption(args.date));
  std::error_code ec;
  if (!fs::is_directory(args.batch, ec)) return InvalidInput(args.batch + ": not a directory");
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(args.batch, ec)) {
    if (entry.path().extension() == ".txt" && entry.is_regular_file(ec)) files.push_back(entry.path());
  }
  if (ec) return IoError(args.batch + ": " + ec.message());
  std::sort(files.begin(), files.end());
  DYAD_ASSIGN_OR_RETURN(CheckKnowledge k, OpenCheckKnowledge(ctx));
  check::Checker checker(*k.snapshot, k.registry.get());
  std::array<int, check::kVerdictCount> totals{};
  int failed = 0;
  bool json = ctx.options.format == Format::kJson;
  bool csv = ctx.options.format == Format::kCsv;
  if (csv) ctx.out << "file,date,claims,supported,consistent,contradicted,unverifiable,recorded,error\n";
  std::string buffer;
  for (const fs::path& path : files) {
    std::string name = path.filename().string();
    auto text = ReadArticle(ctx, path.string());
    Result<text::Article> article = text.ok() ? text::ExtractClaims(*text, date) : Result<text::Article>(text.status());
    if (!article.ok()) {
      ++failed;
      if (json) {
        buffer += nlohmann::json{{"file", name}, {"error", article.status().message()}}.dump() + "\n";
      } else if (csv) {
        buffer += CsvField(name) + ",,,,,,,," + CsvField(article.status().message()) + "\n";
      } else {
        buffer += name + ": error: " + article.status().message() + "\n";
      }
      continue;
    }
    check::CheckedArticle checked = checker.Check(std::move(*article));
    for (int i = 0; i < check::kVerdictCount; ++i) totals[i] += checked.counts[i];
    if (json) {
      nlohmann::json j = check::CheckedArticleToJson(checked);
      j["file"] = name;
      buffer += j.dump() + "\n";
    } else if (csv) {
      int n = 0;
      for (int c : checked.counts) n += c;
      buffer += fmt::format("{},{},{}", CsvField(name), checked.article.date.ToString(), n);
      for (int c : checked.counts) buffer += fmt::format(",{}", c);
      buffer += ",\n";
    } else {
      buffer += name + ": " + check::SummaryLine(checked.counts) + "\n";
    }
    if (buffer.size() > (1u << 16)) {
      ctx.out << buffer;
      buffer.clear();
    }
  }
  ctx.out << buffer;
  std::string total = fmt::format("{} article{}{}: {}", files.size(), files.size() == 1 ? "" : "s",
                                  failed ? fmt::format(" ({} unreadable)", failed) : "", check::SummaryLine(totals));
  if (json) {
    nlohmann::json s = nlohmann::json::object();
    for (int i = 0; i < check::kVerdictCount; ++i) s[std::string(check::VerdictName(static_cast<check::Verdict>(i)))] = totals[i];
    ctx.out << nlohmann::json{{"articles", files.size()}, {"failed", failed}, {"summary", s}}.dump() << "\n";
  } else if (!csv) {
    ctx.out << (ctx.options.format == Format::kMarkdown ? "\n**total**: " : "total: ") << total << "\n";
  }
  if (failed > 0) return InvalidInput(fmt::format("{} of {} articles could not be read", failed, files.size()));
  return Status::Ok();
}

}  // namespace

void RegisterVerdictCommands(CLI::App& app, Context& ctx) {
  auto args = ctx.Bound<CheckArgs>();
  CLI::App* sub = AddCommand(app, ctx, "check",
                             "Check the claims of a news article against the data and the registry",
                             [&ctx, args]() -> Status {
                               if (!args->batch.empty() && !args->file.empty()) {
                                 return UsageError("check: give FILE or --batch DIR, not both");
                               }
                               if (!args->batch.empty() && ctx.options.format == Format::kHtml) {
                                 return UsageError("--format html: one article at a time (check FILE), not --batch");
                               }
                               if (!args->batch.empty()) return RunBatch(ctx, *args);
                               if (args->file.empty()) return UsageError("check: FILE (or - for stdin) or --batch DIR is required");
                               return RunCheck(ctx, *args);
                             },
                             /*renders_html=*/true);
  sub->add_option("file", args->file, "Article text file, or - for standard input")->option_text("FILE");
  sub->add_option("--date", args->date, "Publication date (default: a date in the text, else today)")
      ->option_text("YYYY-MM-DD");
  sub->add_option("--batch", args->batch, "Check every *.txt file in DIR: one summary line per article")
      ->option_text("DIR");
}

}  // namespace dyad::cli
