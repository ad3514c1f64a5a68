#include "check/summary.h"

#include <cmath>

#include <fmt/format.h>

#include "check/rules.h"

namespace dyad::check {
namespace {

std::string Join(const std::vector<std::string>& items, const char* sep = ", ") {
  std::string s;
  for (const auto& i : items) s += (s.empty() ? "" : sep) + i;
  return s;
}

std::string Period(const text::Claim& c) {
  if (!c.year) return "";
  std::string s = " " + std::to_string(*c.year);
  if (!c.months.empty() && c.months != "1-12") s += " (months " + c.months + ")";
  return s;
}

std::string Pair(const text::Claim& c, const char* sep = "-") {
  if (c.parties.size() < 2) return c.parties.empty() ? "?" : c.parties[0];
  return c.parties[0] + sep + c.parties[1];
}

std::string Money(const text::Claim& c) {
  if (c.value_usd) return QualifierWords(c.qualifier) + Usd(static_cast<double>(*c.value_usd));
  if (c.amount) return fmt::format("{}{:g} {}", QualifierWords(c.qualifier), *c.amount, c.currency);
  return "?";
}

}  // namespace

std::string ClaimSummary(const text::Claim& c) {
  using K = text::ClaimKind;
  switch (c.kind) {
    case K::kTradeTotal:
      return fmt::format("{} trade{}: {}", Pair(c), Period(c), Money(c));
    case K::kTradeFlow:
      return fmt::format("{} exports{}: {}", Pair(c, "->"), Period(c), Money(c));
    case K::kTradeGrowth:
      return fmt::format("{} trade{}{}: {}{}", Pair(c), c.from_year ? fmt::format(" {}->", *c.from_year) : "",
                         Period(c), c.percent && *c.percent >= 0 ? "+" : "",
                         c.percent ? QualifierWords(c.qualifier) + PctText(*c.percent) : "?");
    case K::kShare:
      return fmt::format("{} share of {}'s trade{}: {}", c.parties.empty() ? "?" : c.parties[0],
                         c.parties.size() > 1 ? c.parties[1] : "?", Period(c),
                         c.percent ? QualifierWords(c.qualifier) + PctText(*c.percent) : "?");
    case K::kTarget:
      return fmt::format("{} target: {}{}{}", Pair(c), Money(c),
                         c.target_year ? fmt::format(" by {}", *c.target_year) : " (no year)",
                         c.target_stage > 1 ? " (second stage)" : "");
    case K::kRank:
      return fmt::format("{} is {}'s no. {} partner{}{}{}", c.parties.empty() ? "?" : c.parties[0],
                         c.parties.size() > 1 ? c.parties[1] : "?", c.rank ? std::to_string(*c.rank) : "?",
                         c.after.empty() ? "" : " after " + Join(c.after),
                         c.group.empty() ? "" : " among " + c.group, Period(c));
    case K::kComposition:
      return fmt::format("{} exports{}: {}", Pair(c, "->"), Period(c), Join(c.goods));
    case K::kAgreement: {
      if (!c.agreement) return "agreement";
      const text::AgreementInfo& a = *c.agreement;
      std::vector<std::string> parties;
      for (const auto& p : a.parties) {
        if (!p.name.empty()) parties.push_back(p.name + (p.state.empty() ? "" : " (" + p.state + ")"));
      }
      if (parties.empty()) parties = c.parties;
      std::string s = fmt::format("{}: {} [{}]", a.kind, a.title, Join(parties));
      if (a.signed_on) s += ", signed " + a.signed_on->ToString();
      if (!a.place.empty()) s += " in " + a.place;
      if (a.valid_from && a.valid_to) s += fmt::format(", for {}-{}", a.valid_from->year, a.valid_to->year);
      return s;
    }
    case K::kAreas:
      return fmt::format("{} cooperation: {}", Pair(c), Join(c.areas));
  }
  return "";
}

std::string EvidenceSummary(const Evidence& e) {
  std::string s;
  if (e.dataset == "registry") {
    s = "registry";
    if (e.registry_id) s += fmt::format(" #{}", *e.registry_id);
    if (!e.title.empty()) s += ": " + e.title;
    return s;
  }
  s = e.dataset;
  if (!e.reporter.empty()) s += " " + e.reporter;
  if (e.year) s += fmt::format(" {}", *e.year);
  if (!e.months.empty() && e.months != "1-12") s += " (" + e.months + ")";
  if (e.rank) s += fmt::format(" rank {} {}", *e.rank, e.partner);
  if (e.what != "rank" && !e.what.empty() && e.what != "total" && e.what != "exports") s += " " + e.what;
  if (e.value_usd) {
    s += ": ";
    if (e.qualifier == "approx") s += "approx. ";
    if (e.qualifier == "more_than") s += "more than ";
    if (e.qualifier == "less_than") s += "less than ";
    s += Usd(static_cast<double>(*e.value_usd));
  }
  if (e.percent) s += fmt::format(" = {}", PctText(*e.percent));
  if (e.diff_pct) s += fmt::format(" (claim {}{})", *e.diff_pct >= 0 ? "+" : "", PctText(*e.diff_pct));
  if (e.diff_pp) s += fmt::format(" (claim {}{:.1f} pts)", *e.diff_pp >= 0 ? "+" : "", *e.diff_pp);
  return s;
}

}  // namespace dyad::check
