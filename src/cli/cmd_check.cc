// Article commands: `dyad extract FILE|- [--date YYYY-MM-DD]` prints the claims an
// article makes (src/text). `dyad check` (verdicts against the data) joins it here.
#include <iostream>
#include <iterator>
#include <string>

#include "base/date.h"
#include "base/files.h"
#include "base/strings.h"
#include "check/apply.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/registry_cli.h"
#include "text/claims.h"
#include "text/claims_json.h"

namespace dyad::cli {
namespace {

std::string Join(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (const std::string& s : items) {
    if (!out.empty()) out += sep;
    out += s;
  }
  return out;
}

std::string PartiesCell(const text::Claim& c) {
  using text::ClaimKind;
  if (c.parties.size() != 2) return Join(c.parties, ",");
  switch (c.kind) {
    case ClaimKind::kTradeFlow:
    case ClaimKind::kComposition:
      return c.parties[0] + "->" + c.parties[1];
    case ClaimKind::kRank:
    case ClaimKind::kShare:
      return c.parties[0] + " in " + c.parties[1];
    case ClaimKind::kTradeGrowth:
      return c.measure == "exports" ? c.parties[0] + "->" + c.parties[1] : c.parties[0] + "-" + c.parties[1];
    case ClaimKind::kTarget:
      return c.measure == "exports" ? c.parties[0] + "->" + c.parties[1] : c.parties[0] + "-" + c.parties[1];
    default:
      return c.parties[0] + "-" + c.parties[1];
  }
}

std::string ValueCell(const text::Claim& c, Format format) {
  if (c.value_usd) return UsdCell(c.value_usd, format);
  if (c.amount && !c.currency.empty()) {
    return WithThousands(static_cast<int64_t>(*c.amount)) + " " + c.currency;
  }
  if (c.percent) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g%%", *c.percent);
    return buf;
  }
  return "";
}

std::string DetailsCell(const text::Claim& c) {
  using text::ClaimKind;
  std::vector<std::string> parts;
  switch (c.kind) {
    case ClaimKind::kRank:
      parts.push_back("rank " + std::to_string(c.rank.value_or(0)));
      if (!c.group.empty()) parts.push_back("among " + c.group);
      if (!c.after.empty()) parts.push_back("after " + Join(c.after, ","));
      if (c.measure != "total") parts.push_back(c.measure);
      break;
    case ClaimKind::kTarget:
      if (c.target_year) parts.push_back("by " + std::to_string(*c.target_year));
      if (c.target_stage == 2) parts.push_back("second stage");
      if (c.measure == "exports") parts.push_back("exports");
      break;
    case ClaimKind::kComposition:
      parts.push_back(Join(c.goods, ", "));
      break;
    case ClaimKind::kAreas:
      parts.push_back(Join(c.areas, ", "));
      break;
    case ClaimKind::kTradeGrowth:
    case ClaimKind::kShare:
      if (c.measure != "total" && !c.measure.empty()) parts.push_back(c.measure);
      break;
    case ClaimKind::kAgreement:
      if (c.agreement) {
        const auto& a = *c.agreement;
        parts.push_back(a.kind + ": " + a.title);
        std::vector<std::string> subs;
        for (const auto& p : a.parties) {
          if (!p.name.empty()) subs.push_back(p.name + " (" + (p.state.empty() ? "?" : p.state) + ")");
        }
        if (!subs.empty()) parts.push_back("between " + Join(subs, " and "));
        if (!a.place.empty()) parts.push_back("in " + a.place);
        if (a.signed_on) parts.push_back("signed " + a.signed_on->ToString());
        if (!a.validity.empty()) parts.push_back("for " + a.validity);
        if (a.status != "signed") parts.push_back(a.status);
      }
      break;
    default:
      break;
  }
  return Join(parts, "; ");
}

std::string Excerpt(const std::string& s, size_t limit) {
  if (s.size() <= limit) return s;
  size_t cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // UTF-8 boundary
  return s.substr(0, cut) + "...";
}

// --apply: the article's agreements, targets and areas into the registry (src/check/apply.h),
// then what was added, updated, left unchanged or skipped.
Status RunApply(Context& ctx, const std::string& path, const text::Article& article) {
  registry::Source source;
  source.file = path == "-" ? "(stdin)" : path;
  source.published = article.date;
  for (const text::Sentence& s : article.sentences) {
    if (s.headline) source.title = Excerpt(s.text, 300);
  }
  DYAD_ASSIGN_OR_RETURN(auto registry, OpenRegistry(ctx));
  DYAD_ASSIGN_OR_RETURN(check::ApplyReport r, check::ApplyArticle(article, source, *registry));
  if (ctx.options.format == Format::kJson) {
    nlohmann::json items = nlohmann::json::array();
    for (const check::ApplyItem& i : r.items) {
      items.push_back({{"what", i.what}, {"action", std::string(check::ApplyActionName(i.action))},
                       {"id", i.id ? nlohmann::json(i.id) : nlohmann::json(nullptr)}, {"entry", i.summary},
                       {"reason", i.reason}});
    }
    ctx.PrintJson({{"added", r.added}, {"updated", r.updated}, {"unchanged", r.unchanged},
                   {"skipped", r.skipped}, {"items", items}});
    return Status::Ok();
  }
  Table t;
  t.columns = {"action", "what", "id", "entry", "reason"};
  t.numeric = {false, false, true, false, false};
  for (const check::ApplyItem& i : r.items) {
    t.rows.push_back({std::string(check::ApplyActionName(i.action)), i.what, i.id ? std::to_string(i.id) : "",
                      i.summary, i.reason});
  }
  ctx.PrintTable(t);
  if (ctx.options.format != Format::kCsv) {
    ctx.out << "registry: " << r.added << " added, " << r.updated << " updated, " << r.unchanged
            << " unchanged, " << r.skipped << " skipped\n";
  }
  return Status::Ok();
}

Status RunExtract(Context& ctx, const std::string& path, const std::string& date_text,
                  bool apply) {
  DYAD_ASSIGN_OR_RETURN(std::optional<Date> date, DateOption(date_text));
  DYAD_ASSIGN_OR_RETURN(std::string data, ctx.ReadInput(path));
  Result<text::Article> article = text::ExtractClaims(data, date);
  if (!article.ok()) {
    return article.status().WithPrefix(path == "-" ? "stdin" : path);
  }
  if (!ctx.options.quiet) {
    for (const std::string& w : article->warnings) {
      ctx.err << "dyad: warning: " << (path == "-" ? "stdin" : path) << ": " << w << "\n";
    }
  }
  if (apply) return RunApply(ctx, path, *article);
  if (ctx.options.format == Format::kJson) {
    ctx.PrintJson(text::ArticleToJson(*article));
    return Status::Ok();
  }
  Table t;
  t.columns = {"kind", "parties", "period", "value", "qualifier", "details", "sentence"};
  t.numeric = {false, false, false, true, false, false, false};
  bool csv = ctx.options.format == Format::kCsv;
  for (const text::Claim& c : article->claims) {
    t.rows.push_back({std::string(text::ClaimKindName(c.kind)), PartiesCell(c), text::PeriodLabel(c),
                      ValueCell(c, ctx.options.format), c.qualifier, DetailsCell(c),
                      csv ? c.text : Excerpt(c.text, 60)});
  }
  if (ctx.options.format == Format::kTable) {
    ctx.out << "article date " << article->date.ToString() << " (" << text::DateSourceName(article->date_source)
            << "), pair " << (article->pair.empty() ? "unknown" : Join(article->pair, "-")) << ", "
            << article->claims.size() << " claims\n";
  }
  ctx.PrintTable(t);
  return Status::Ok();
}

}  // namespace

void RegisterCheckCommands(CLI::App& app, Context& ctx) {
  auto path = ctx.Bound<std::string>();
  auto date = ctx.Bound<std::string>();
  auto apply = ctx.Bound<bool>(false);
  CLI::App* extract = AddCommand(app, ctx, "extract",
                                 "The claims an article makes (trade figures, targets, ranks, "
                                 "agreements, areas), without checking them",
                                 [&ctx, path, date, apply] { return RunExtract(ctx, *path, *date, *apply); });
  extract->add_option("file", *path, "Article text file, or - for stdin")->required();
  extract->add_option("--date", *date,
                      "Publication date YYYY-MM-DD (default: a date in the text, else today)");
  extract->add_flag("--apply", *apply,
                    "Write the article's agreements, targets and areas to the registry (de-duplicated)");
}

}  // namespace dyad::cli
