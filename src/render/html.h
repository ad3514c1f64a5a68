// Self-contained HTML: the pair brief (`dyad report`) and a checked article (`dyad check
// --format html`). One file each, with inline CSS and inline SVG charts, no scripts and
// nothing loaded from elsewhere; printable. The figures come from the same results the
// JSON writers (json.h) render. Pure functions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "analytics/profile.h"
#include "check/verdict.h"

namespace dyad::render {

// &, <, >, " and ' as entities.
std::string HtmlEscape(std::string_view text);

// A whole page: <!doctype html>, the shared style sheet, `title`, and `body` (HTML).
std::string HtmlPage(std::string_view title, std::string_view body);

// A bar chart as inline SVG: one group per label, one bar per series (at most 3), values
// in US dollars; a null value draws no bar. `caption` is its accessible name.
struct BarSeries {
  std::string name;
  std::vector<std::optional<double>> values;  // one per label
};
std::string SvgBarChart(std::string_view caption, const std::vector<std::string>& labels,
                        const std::vector<BarSeries>& series);

// "$1,148.8 million", "$21,300.0 million", "$950,000".
std::string UsdWords(double usd);

std::string PairBriefHtml(const analytics::PairProfile& profile);

// `text` is the article as checked (the claims' byte spans index it); `name` titles it.
std::string CheckedArticleHtml(const check::CheckedArticle& checked, std::string_view text,
                               std::string_view name);

}  // namespace dyad::render
