#include "cli/registry_cli.h"

#include <algorithm>

#include "base/strings.h"
#include "registry/vocabulary.h"

namespace dyad::cli {

using registry::Party;
using registry::Registry;
using registry::Source;

Result<std::unique_ptr<Registry>> OpenRegistry(const Context& ctx) {
  DYAD_ASSIGN_OR_RETURN(std::filesystem::path dir, ctx.DataDir());
  return Registry::OpenInDataDir(dir);
}

Result<std::optional<Date>> OptionalDate(const std::string& field, const std::string& text) {
  if (TrimAscii(text).empty()) return std::optional<Date>();
  Result<Date> d = ParseDate(text);
  if (!d.ok()) return InvalidInput(field + ": " + d.status().message());
  return std::optional<Date>(d.value());
}

// --pair A B (names or codes) -> alpha-3 codes.
Result<std::vector<std::string>> PairCodes(const std::vector<std::string>& pair) {
  std::vector<std::string> out;
  for (const std::string& p : pair) {
    DYAD_ASSIGN_OR_RETURN(std::string code, registry::ResolveState("pair", p));
    out.push_back(code);
  }
  return out;
}

std::string Join(const std::vector<std::string>& items, const std::string& sep) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) out += (i ? sep : "") + items[i];
  return out;
}

std::string DateText(const std::optional<Date>& d) { return d ? d->ToString() : ""; }

std::string PartyLabel(const Party& p) {
  std::string s = p.name.empty() ? p.state : p.name + " (" + p.state + ")";
  if (p.entry_into_force) s += " in force " + p.entry_into_force->ToString();
  return s;
}

std::string SourceLabel(const Source& s) {
  std::vector<std::string> parts;
  if (!s.title.empty()) parts.push_back(s.title);
  if (!s.url.empty()) parts.push_back(s.url);
  if (!s.file.empty()) parts.push_back(s.file);
  if (s.published) parts.push_back("published " + s.published->ToString());
  return Join(parts, ", ");
}

// "2,000,000,000" / "2e9" / "2 billion" / "$2bn" / "750 million" -> whole units.
Result<int64_t> ParseAmount(const std::string& text) {
  std::string t = ToLowerAscii(TrimAscii(text));
  if (!t.empty() && t[0] == '$') t = t.substr(1);
  double scale = 1;
  for (const auto& [suffix, s] : std::vector<std::pair<std::string, double>>{
           {"billion", 1e9}, {"bn", 1e9}, {"million", 1e6}, {"mln", 1e6}, {"m", 1e6}, {"b", 1e9}}) {
    if (t.size() > suffix.size() && t.compare(t.size() - suffix.size(), suffix.size(), suffix) == 0) {
      t = std::string(TrimAscii(t.substr(0, t.size() - suffix.size())));
      scale = s;
      break;
    }
  }
  t.erase(std::remove(t.begin(), t.end(), ','), t.end());
  char* end = nullptr;
  double v = t.empty() ? 0 : std::strtod(t.c_str(), &end);
  if (t.empty() || end != t.c_str() + t.size() || !(v > 0) || v * scale > 9e18) {
    return InvalidInput("value: expected a positive amount such as 2000000000 or \"2 billion\", got " +
                        QuoteForMessage(text));
  }
  double whole = v * scale;
  if (whole != static_cast<double>(static_cast<int64_t>(whole))) {
    return InvalidInput("value: expected a whole amount, got " + QuoteForMessage(text));
  }
  return static_cast<int64_t>(whole);
}

void SourceOptions::Add(CLI::App* sub) {
  sub->add_option("--source-title", title, "Title of the source (article, document)");
  sub->add_option("--source-url", url, "URL of the source");
  sub->add_option("--source-file", file, "File of the source");
  sub->add_option("--source-published", published, "Publication date of the source");
  sub->add_option("--quote", quote, "The sentence of the source that states the fact");
}

Result<std::vector<Source>> SourceOptions::Build() const {
  if (title.empty() && url.empty() && file.empty() && published.empty() && quote.empty()) {
    return std::vector<Source>();
  }
  Source s{title, url, file, std::nullopt, quote};
  DYAD_ASSIGN_OR_RETURN(s.published, OptionalDate("sources[0].published", published));
  return std::vector<Source>{s};
}

}  // namespace dyad::cli
