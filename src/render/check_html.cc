// A checked article as one HTML page (`dyad check FILE --format html`): the article
// with each claim's sentence in a <mark> coloured by its verdict and numbered, then one
// card per claim with its verdict, the rule's explanation and the evidence.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "check/summary.h"
#include "render/html.h"
#include "text/claims.h"
#include "text/tokens.h"

namespace dyad::render {
namespace {

// The verdict a sentence is coloured by when it holds several claims: the one a reader
// must see first.
int Severity(check::Verdict v) {
  switch (v) {
    case check::Verdict::kContradicted: return 0;
    case check::Verdict::kUnverifiable: return 1;
    case check::Verdict::kConsistent: return 2;
    case check::Verdict::kSupported: return 3;
    default: return 4;
  }
}

// What a reader sees of clean[b, e): the sanitized text without the filler bytes that
// stand for removed HTML tags and entities, with the spaces a removed tag leaves run
// together into one, escaped.
std::string Shown(std::string_view clean, size_t b, size_t e) {
  std::string visible;
  visible.reserve(e - b);
  for (size_t k = b; k < e; ++k) {
    char c = clean[k];
    if (c == text::kFiller) continue;
    if (c == ' ' && !visible.empty() && (visible.back() == ' ' || visible.back() == '\n')) continue;
    visible += c;
  }
  return HtmlEscape(visible);
}

// The article as it reads: an HTML article is shown as its text (tags removed, entities
// decoded, invalid bytes replaced: the text the claims were read from, with the same
// offsets), not as escaped markup.
std::string MarkedArticle(const check::CheckedArticle& checked, std::string_view input) {
  const std::string clean = text::Sanitize(input).text;
  const std::string_view text = clean;
  // Claims by sentence span, in text order.
  std::map<std::pair<size_t, size_t>, std::vector<size_t>> spans;
  for (size_t i = 0; i < checked.claims.size(); ++i) {
    const text::Claim& c = checked.claims[i].claim;
    if (c.span_begin < c.span_end && c.span_end <= text.size()) spans[{c.span_begin, c.span_end}].push_back(i);
  }
  std::string h = "<div class=\"article\">";
  size_t at = 0;
  for (const auto& [span, claims] : spans) {
    if (span.first < at) continue;  // overlaps the previous mark
    h += Shown(text, at, span.first);
    check::Verdict shown = checked.claims[claims.front()].verdict;
    for (size_t i : claims) {
      if (Severity(checked.claims[i].verdict) < Severity(shown)) shown = checked.claims[i].verdict;
    }
    std::string refs;
    for (size_t i : claims) refs += fmt::format("<a href=\"#claim{0}\">[{0}]</a>", i + 1);
    h += fmt::format("<mark class=\"{}\" title=\"{}\">{}</mark><sup>{}</sup>", check::VerdictName(shown),
                     check::VerdictName(shown), Shown(text, span.first, span.second), refs);
    at = span.second;
  }
  h += Shown(text, at, text.size());
  return h + "</div>\n";
}

std::string ClaimCard(const check::CheckedClaim& c, size_t n) {
  std::string_view verdict = check::VerdictName(c.verdict);
  std::string h = fmt::format(
      "<div class=\"claim\" id=\"claim{}\"><p><mark class=\"{} verdict\">{}</mark> <strong>[{}]</strong> {} "
      "<em>({})</em></p>\n<p>{}</p>\n",
      n, verdict, verdict, n, HtmlEscape(check::ClaimSummary(c.claim)), text::ClaimKindName(c.claim.kind),
      HtmlEscape(c.explanation));
  if (!c.evidence.empty()) {
    h += "<ul>\n";
    for (const check::Evidence& e : c.evidence) h += "<li>" + HtmlEscape(check::EvidenceSummary(e)) + "</li>\n";
    h += "</ul>\n";
  }
  return h + "</div>\n";
}

}  // namespace

std::string CheckedArticleHtml(const check::CheckedArticle& checked, std::string_view text, std::string_view name) {
  const text::Article& a = checked.article;
  std::string pair;
  for (const auto& p : a.pair) pair += (pair.empty() ? "" : "-") + p;
  std::string title = "Checked: " + std::string(name);
  std::string body = fmt::format(
      "<h1>{}</h1>\n<p class=\"sub\">Dated {} ({}); pair {}. {}.</p>\n<p class=\"legend\">"
      "<mark class=\"supported\">supported</mark> <mark class=\"consistent\">consistent</mark> "
      "<mark class=\"contradicted\">contradicted</mark> <mark class=\"unverifiable\">unverifiable</mark> "
      "<mark class=\"recorded\">recorded</mark></p>\n",
      HtmlEscape(title), a.date.ToString(), text::DateSourceName(a.date_source),
      pair.empty() ? "unknown" : HtmlEscape(pair), HtmlEscape(check::SummaryLine(checked.counts)));
  body += "<h2>The article</h2>\n" + MarkedArticle(checked, text);
  body += "<h2>Claims</h2>\n";
  if (checked.claims.empty()) body += "<p>No claims found.</p>\n";
  for (size_t i = 0; i < checked.claims.size(); ++i) body += ClaimCard(checked.claims[i], i + 1);
  return HtmlPage(title, body);
}

}  // namespace dyad::render
