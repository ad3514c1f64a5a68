#include "analytics/figure.h"

#include <utility>

namespace dyad::analytics {

std::string Figure::SourceLabel() const {
  std::string s = dataset;
  if (basis == store::Basis::kNational) {
    s += ": " + reporter + " national statistics";
    if (!source.empty() || !published.empty()) {
      s += " (" + source;
      if (!published.empty()) s += (source.empty() ? "" : ", ") + std::string("published ") + published;
      s += ")";
    }
  } else if (basis == store::Basis::kReporter) {
    s += ": " + reporter + " as reported to UN Comtrade";
  } else {
    s += synthetic ? " (synthetic, reconciled)" : " (reconciled)";
  }
  return s;
}

std::string Figure::Label() const {
  std::string s = SourceLabel();
  if (!full_year()) s += ", months " + months() + " only";
  if (!complete()) s += ", commodities " + coverage + " only";
  return s;
}

Figure Flip(const Figure& f) {
  Figure g = f;
  std::swap(g.exports_usd, g.imports_usd);
  return g;
}

}  // namespace dyad::analytics
