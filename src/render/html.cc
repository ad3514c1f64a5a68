#include "render/html.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "base/strings.h"

namespace dyad::render {
namespace {

// The style sheet of every page: readable on screen, black on white when printed.
constexpr std::string_view kStyle = R"css(
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d0d7de}
.sub{color:#57606a;margin-top:0}
table{border-collapse:collapse;margin:.5rem 0;font-variant-numeric:tabular-nums}
th,td{padding:.2rem .6rem;border-bottom:1px solid #eaeef2;text-align:left;vertical-align:top}
td.n,th.n{text-align:right}
sup a{text-decoration:none}
figure{margin:1rem 0}figcaption{color:#57606a;font-size:.9rem}
svg text{font:11px system-ui,sans-serif;fill:#1b1f24}
.legend span{display:inline-block;margin-right:1rem}.legend i{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:middle}
mark{padding:0 .1rem;border-radius:2px}
mark.supported{background:#c7f0d2}mark.consistent{background:#dcecff}mark.contradicted{background:#ffd2d2}
mark.unverifiable{background:#eeeeee}mark.recorded{background:#fff2b3}
.verdict{font-weight:600;text-transform:uppercase;font-size:.8rem;letter-spacing:.03em}
.article{white-space:pre-wrap;border-left:3px solid #d0d7de;padding-left:1rem}
.claim{border:1px solid #d0d7de;border-radius:6px;padding:.5rem .8rem;margin:.6rem 0;break-inside:avoid}
ol.sources li{margin-bottom:.2rem}
@media print{body{margin:0;max-width:none;font-size:11pt}a{color:inherit}h2{break-after:avoid}}
)css";

constexpr const char* kColors[] = {"#2f6fb3", "#e08a1e", "#6a9f3a"};

// A scale label: "$1.5B", "$500M", "$20,000".
std::string AxisLabel(double v) {
  if (v >= 1e9) return fmt::format("${:g}B", v / 1e9);
  if (v >= 1e6) return fmt::format("${:g}M", v / 1e6);
  return "$" + WithThousands(static_cast<int64_t>(std::llround(v)));
}

// A round scale maximum: 1, 2 or 5 times a power of ten, at or above `v`.
double NiceMax(double v) {
  if (v <= 0) return 1;
  double p = std::pow(10.0, std::floor(std::log10(v)));
  for (double m : {1.0, 2.0, 5.0, 10.0}) {
    if (m * p >= v) return m * p;
  }
  return 10 * p;
}

}  // namespace

std::string HtmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

std::string HtmlPage(std::string_view title, std::string_view body) {
  return fmt::format(
      "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n{}</body>\n</html>\n",
      HtmlEscape(title), kStyle, body);
}

std::string UsdWords(double usd) {
  double a = std::fabs(usd);
  std::string sign = usd < 0 ? "-" : "";
  if (a >= 1e6) {  // in millions with one decimal, as statistics offices publish them
    int64_t tenths = std::llround(a / 1e5);
    return fmt::format("{}${}.{} million", sign, WithThousands(tenths / 10), tenths % 10);
  }
  return sign + "$" + WithThousands(static_cast<int64_t>(std::llround(a)));
}

std::string SvgBarChart(std::string_view caption, const std::vector<std::string>& labels,
                        const std::vector<BarSeries>& series) {
  double max = 0;
  for (const BarSeries& s : series) {
    for (const auto& v : s.values) {
      if (v) max = std::max(max, *v);
    }
  }
  max = NiceMax(max);
  const int left = 70, top = 10, height = 200, bottom = 24;
  const int group = std::max(24, static_cast<int>(24 * std::min<size_t>(series.size(), 3)) + 12);
  const int width = left + group * static_cast<int>(labels.size()) + 10;
  std::string svg = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"{}\" width=\"{}\" height=\"{}\" "
      "viewBox=\"0 0 {} {}\">\n",
      HtmlEscape(caption), width, top + height + bottom, width, top + height + bottom);
  for (int i = 0; i <= 4; ++i) {  // the scale: five gridlines
    double v = max * i / 4;
    int y = top + height - height * i / 4;
    svg += fmt::format("<line x1=\"{}\" x2=\"{}\" y1=\"{}\" y2=\"{}\" stroke=\"#eaeef2\"/>", left, width - 10, y, y);
    svg += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n", left - 4, y + 4,
                       HtmlEscape(AxisLabel(v)));
  }
  size_t shown = std::min<size_t>(series.size(), 3);
  for (size_t l = 0; l < labels.size(); ++l) {
    int x0 = left + group * static_cast<int>(l) + 6;
    for (size_t s = 0; s < shown; ++s) {
      if (l >= series[s].values.size() || !series[s].values[l]) continue;
      double v = std::max(0.0, *series[s].values[l]);
      int h = static_cast<int>(std::lround(height * v / max));
      svg += fmt::format(
          "<rect x=\"{}\" y=\"{}\" width=\"20\" height=\"{}\" fill=\"{}\"><title>{} {}: {}</title></rect>", x0 + 24 * s,
          top + height - h, h, kColors[s], HtmlEscape(series[s].name), HtmlEscape(labels[l]), HtmlEscape(UsdWords(v)));
    }
    svg += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n", x0 + 12 * shown,
                       top + height + 16, HtmlEscape(labels[l]));
  }
  svg += "</svg>";
  std::string legend = "<div class=\"legend\">";
  for (size_t s = 0; s < shown; ++s) {
    legend += fmt::format("<span><i style=\"background:{}\"></i>{}</span>", kColors[s], HtmlEscape(series[s].name));
  }
  legend += "</div>";
  return fmt::format("<figure>{}\n{}<figcaption>{}</figcaption></figure>\n", svg, legend, HtmlEscape(caption));
}

}  // namespace dyad::render
