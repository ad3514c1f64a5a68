// The pair brief as one HTML page (`dyad report A B`): the same sections as `dyad
// profile`, with the trade series drawn as an SVG bar chart and every figure citing its
// source in a numbered list.
#include <fmt/format.h>

#include <map>

#include "base/strings.h"
#include "reference/countries.h"
#include "render/html.h"
#include "render/sentences.h"

namespace dyad::render {
namespace {

using namespace dyad::analytics;  // NOLINT: this file renders analytics results

// Numbered sources: each distinct label (with its URL) gets one number.
class Sources {
 public:
  std::string Ref(const Figure& f) { return Ref(f.Label(), f.url); }
  std::string Ref(const std::string& label, const std::string& url) {
    auto [it, added] = index_.emplace(label, static_cast<int>(entries_.size()) + 1);
    if (added) entries_.push_back({label, url});
    return fmt::format("<sup><a href=\"#src{0}\">[{0}]</a></sup>", it->second);
  }
  std::string List() const {
    if (entries_.empty()) return "<p>No figures cited.</p>\n";
    std::string s = "<ol class=\"sources\">\n";
    for (size_t i = 0; i < entries_.size(); ++i) {
      const auto& [label, url] = entries_[i];
      s += fmt::format("<li id=\"src{}\">{}", i + 1, HtmlEscape(label));
      if (!url.empty()) s += fmt::format(" &lt;<a href=\"{0}\">{0}</a>&gt;", HtmlEscape(url));
      s += "</li>\n";
    }
    return s + "</ol>\n";
  }

 private:
  std::map<std::string, int> index_;
  std::vector<std::pair<std::string, std::string>> entries_;
};

std::string Usd(std::optional<int64_t> v) { return v ? WithThousands(*v) : ""; }
std::string UsdOrDash(std::optional<int64_t> v) { return v ? UsdWords(static_cast<double>(*v)) : "n/a"; }
std::string Pct(std::optional<double> x, int digits = 1) {
  return x ? fmt::format("{:.{}f}%", *x * 100, digits) : "";
}

std::string TradeSection(const PairProfile& p, Sources& src) {
  std::string h = fmt::format("<h2>Trade by year</h2>\n<p>Seen from {0}: exports are {0}'s exports to {1}; "
                              "US dollars. Partial years are marked with their months.</p>\n",
                              p.a, p.b);
  if (p.series.years.empty()) return h + "<p>No trade figures for the pair in the loaded data.</p>\n";
  // The headline: the latest full year.
  for (auto it = p.series.years.rbegin(); it != p.series.years.rend(); ++it) {
    const Figure& f = it->preferred;
    if (!f.full_year() || !f.total_usd) continue;
    h += fmt::format("<p><strong>{}: {} total trade</strong>, {}{}</p>\n", f.year,
                     HtmlEscape(UsdWords(static_cast<double>(*f.total_usd))), HtmlEscape(f.Label()), src.Ref(f));
    break;
  }
  std::vector<std::string> labels;
  BarSeries exports{p.a + " exports to " + p.b, {}}, imports{p.a + " imports from " + p.b, {}},
      total{"total (when only the total is published)", {}};
  for (const SeriesYear& y : p.series.years) {
    const Figure& f = y.preferred;
    labels.push_back(f.full_year() ? std::to_string(f.year) : fmt::format("{} ({})", f.year, f.months()));
    auto d = [](std::optional<int64_t> v) { return v ? std::optional<double>(static_cast<double>(*v)) : std::nullopt; };
    exports.values.push_back(d(f.exports_usd));
    imports.values.push_back(d(f.imports_usd));
    total.values.push_back(f.exports_usd || f.imports_usd ? std::nullopt : d(f.total_usd));
  }
  h += SvgBarChart(fmt::format("Trade between {} and {} by year, US dollars", p.a, p.b), labels,
                   {exports, imports, total});
  h += "<table>\n<tr><th class=\"n\">year</th><th>months</th><th class=\"n\">exports</th><th class=\"n\">imports"
       "</th><th class=\"n\">total</th><th class=\"n\">balance</th><th>qualifier</th><th class=\"n\">growth</th>"
       "<th>source</th></tr>\n";
  for (const SeriesYear& y : p.series.years) {
    const Figure& f = y.preferred;
    h += fmt::format(
        "<tr><td class=\"n\">{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>"
        "<td class=\"n\">{}</td><td>{}</td><td class=\"n\">{}</td><td>{}</td></tr>\n",
        f.year, f.months(), Usd(f.exports_usd), Usd(f.imports_usd), Usd(f.total_usd), Usd(f.balance_usd()),
        f.qualifier == store::Qualifier::kExact ? "" : std::string(store::QualifierName(f.qualifier)),
        Pct(y.yoy), src.Ref(f));
  }
  h += "</table>\n";
  const PairSeries& s = p.series;
  h += s.cagr ? fmt::format("<p>Average growth {}-{}: {} a year{}.</p>\n", s.cagr_from, s.cagr_to, Pct(s.cagr, 2),
                            s.cagr_note.empty() ? "" : " (" + HtmlEscape(s.cagr_note) + ")")
              : "<p>Average growth: " + HtmlEscape(s.cagr_note) + ".</p>\n";
  std::string others;
  for (const SeriesYear& y : s.years) {
    for (const Figure& o : y.others) {
      others += fmt::format("<li>{} ({}): {} total{}</li>\n", o.year, o.months(), HtmlEscape(UsdOrDash(o.total_usd)),
                            src.Ref(o));
    }
  }
  if (!others.empty()) h += "<p>Other sources for the same years (side by side, not summed):</p>\n<ul>\n" + others + "</ul>\n";
  return h;
}

std::string CompositionSection(const PairProfile& p) {
  std::string h = "<h2>What they trade</h2>\n";
  if (!p.sections) return h + "<p>" + HtmlEscape(p.composition_note) + "</p>\n";
  const CompositionResult& c = *p.sections;
  h += fmt::format("<p>{} by HS section; source {}.</p>\n", c.year, HtmlEscape(c.source));
  for (const DirectionComposition* d : {&c.a_to_b, &c.b_to_a}) {
    h += fmt::format("<h3>{} to {}: {}</h3>\n<table>\n<tr><th>section</th><th class=\"n\">US dollars</th>"
                     "<th class=\"n\">share</th><th></th></tr>\n",
                     d->exporter, d->importer, HtmlEscape(UsdWords(static_cast<double>(d->total_usd))));
    int n = 0;
    for (const CompositionLine& l : d->lines) {
      if (n++ == 8) break;
      h += fmt::format("<tr><td>{} {}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td><svg width=\"120\" "
                       "height=\"10\" aria-hidden=\"true\"><rect width=\"{}\" height=\"10\" fill=\"#2f6fb3\"/></svg>"
                       "</td></tr>\n",
                       HtmlEscape(l.code), HtmlEscape(l.label), WithThousands(l.value_usd), Pct(l.share),
                       std::lround(120 * l.share));
    }
    h += "</table>\n";
  }
  return h;
}

std::string RegistrySection(const PairProfile& p) {
  std::string h = fmt::format("<h2>Agreements</h2>\n<p>From the registry; in force on {}.</p>\n", p.on.ToString());
  if (p.agreements.empty()) {
    h += "<p>None recorded.</p>\n";
  } else {
    h += "<table>\n<tr><th>signed</th><th>kind</th><th>title</th><th>in force</th></tr>\n";
    for (const registry::Agreement& a : p.agreements) {
      h += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                       a.signed_on ? a.signed_on->ToString() : "", HtmlEscape(a.kind), HtmlEscape(a.title),
                       a.ActiveOn(p.on) ? "yes" : "no (" + HtmlEscape(a.status) + ")");
    }
    h += "</table>\n";
  }
  if (!p.areas.empty()) {
    h += "<h3>Areas of cooperation announced</h3>\n<ul>\n";
    for (const registry::AreaAnnouncement& a : p.areas) {
      std::string areas;
      for (const auto& x : a.areas) areas += (areas.empty() ? "" : ", ") + x;
      h += fmt::format("<li>{}: {}</li>\n", a.date.ToString(), HtmlEscape(areas));
    }
    h += "</ul>\n";
  }
  h += "<h2>Targets</h2>\n";
  if (p.targets.empty()) return h + "<p>None recorded.</p>\n";
  h += "<ul>\n";
  for (const TargetStatus& t : p.targets) {
    const TargetAssessment& a = t.assessment;
    std::string s = fmt::format("{} {} {}{}: <strong>{}</strong>", WithThousands(static_cast<int64_t>(t.target.value)),
                                HtmlEscape(t.target.currency), HtmlEscape(t.metric_note),
                                t.target.target_year ? " by " + std::to_string(*t.target.target_year) : "",
                                VerdictName(a.verdict));
    if (a.baseline && a.baseline->total_usd) {
      s += fmt::format("; baseline {} {}", a.baseline->year, HtmlEscape(UsdWords(static_cast<double>(*a.baseline->total_usd))));
    }
    for (const Horizon& hz : a.horizons) {
      if (t.target.target_year && hz.required_cagr) {
        s += fmt::format("; needs {} a year to reach it by {}", Pct(hz.required_cagr), hz.by_year);
      }
    }
    h += "<li>" + s + "</li>\n";
  }
  return h + "</ul>\n";
}

}  // namespace

std::string PairBriefHtml(const PairProfile& p) {
  const auto& countries = reference::Countries::Builtin();
  const reference::Country* a = countries.FindByCode(p.a);
  const reference::Country* b = countries.FindByCode(p.b);
  std::string title = fmt::format("{} and {}: pair brief", a ? a->name : p.a, b ? b->name : p.b);
  Sources src;
  std::string body = fmt::format("<h1>{}</h1>\n<p class=\"sub\">{} - {}. Figures from the dyad knowledge base; "
                                 "every figure cites its source (numbered list at the end).</p>\n",
                                 HtmlEscape(title), p.a, p.b);
  body += TradeSection(p, src);
  body += "<h2>Ranks among each other's partners</h2>\n<ul>\n";
  for (const ProfileRank& r : p.ranks) body += "<li>" + HtmlEscape(RankSentence(r)) + "</li>\n";
  body += "</ul>\n<h2>Share of each country's trade</h2>\n";
  if (p.shares.empty()) {
    body += "<p>Not available: no total trade of either country in the loaded data (national totals give "
            "bilateral figures only).</p>\n";
  } else {
    body += "<ul>\n";
    for (const ProfileShare& s : p.shares) {
      body += "<li>" + HtmlEscape(ShareSentence(s, Usd)) + "</li>\n";
    }
    body += "</ul>\n";
  }
  body += CompositionSection(p);
  body += RegistrySection(p);
  body += "<h2>Sources</h2>\n" + src.List();
  return HtmlPage(title, body);
}

}  // namespace dyad::render
