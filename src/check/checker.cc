#include "check/checker.h"

#include <fmt/format.h>

#include "check/claim_checks.h"
#include "reference/countries.h"

namespace dyad::check {

ClaimYear ResolveYear(const text::Claim& claim, const Date& article_date) {
  if (claim.year) return {*claim.year, ""};
  int y = article_date.year - 1;
  return {y, fmt::format("No year is stated: taken as {}, the last full year before the article ({}).",
                         y, article_date.ToString())};
}

analytics::PartnersQuery PartnersQueryFor(const text::Claim& claim, int year) {
  analytics::PartnersQuery q;
  q.country = *CountryIndex(claim.parties[1]);
  q.year = year;
  if (claim.measure == "exports") q.flow = analytics::Flow::kExports;
  if (claim.measure == "imports") q.flow = analytics::Flow::kImports;
  return q;
}

std::optional<uint16_t> CountryIndex(const std::string& code) {
  const reference::Country* c = reference::Countries::Builtin().FindByCode(code);
  if (c == nullptr) return std::nullopt;
  return c->index;
}

Checker::Checker(const store::Snapshot& snapshot, registry::Registry* registry)
    : snapshot_(snapshot), registry_(registry) {}

const PairRegistry& Checker::Registry(const std::string& a, const std::string& b) {
  std::string key = a < b ? a + "-" + b : b + "-" + a;
  auto it = registry_cache_.find(key);
  if (it != registry_cache_.end()) return it->second;
  PairRegistry& p = registry_cache_[key];
  if (registry_ == nullptr) {
    p.error = "no registry is open";
    return p;
  }
  registry::AgreementFilter af;
  af.states = {a, b};
  auto agreements = registry_->ListAgreements(af);
  registry::TargetFilter tf;
  tf.states = {a, b};
  auto targets = registry_->ListTargets(tf);
  registry::AreaFilter arf;
  arf.states = {a, b};
  auto announcements = registry_->ListAreaAnnouncements(arf);
  if (!agreements.ok()) p.error = agreements.status().message();
  else if (!targets.ok()) p.error = targets.status().message();
  else if (!announcements.ok()) p.error = announcements.status().message();
  if (p.error.empty()) {
    p.agreements = std::move(*agreements);
    p.targets = std::move(*targets);
    p.announcements = std::move(*announcements);
  }
  return p;
}

CheckedClaim Checker::CheckClaim(const text::Claim& claim, const Date& date) {
  CheckedClaim out;
  out.claim = claim;
  Judgement j;
  using K = text::ClaimKind;
  bool needs_pair = claim.kind != K::kAgreement;
  bool known = true;
  for (const std::string& p : claim.parties) known = known && CountryIndex(p).has_value();
  if (needs_pair && (claim.parties.size() < 2 || !known)) {
    j.verdict = Verdict::kUnverifiable;
    j.explanation = "Unverifiable: the claim does not name the two countries it is about, so no "
                    "figure can be looked up.";
  } else {
    switch (claim.kind) {
      case K::kTradeTotal:
      case K::kTradeFlow: j = CheckTradeAmount(*this, claim, date); break;
      case K::kTradeGrowth: j = CheckGrowth(*this, claim, date); break;
      case K::kShare: j = CheckShare(*this, claim, date); break;
      case K::kRank: j = CheckRank(*this, claim, date); break;
      case K::kComposition: j = CheckComposition(*this, claim, date); break;
      case K::kTarget: j = CheckTarget(*this, claim, date); break;
      case K::kAgreement: j = CheckAgreement(*this, claim, date); break;
      case K::kAreas: j = CheckAreas(*this, claim, date); break;
    }
  }
  out.verdict = j.verdict;
  out.evidence = std::move(j.evidence);
  out.explanation = std::move(j.explanation);
  return out;
}

CheckedArticle Checker::Check(text::Article article) {
  CheckedArticle out;
  std::vector<text::Claim> claims = std::move(article.claims);
  article.claims.clear();
  out.claims.reserve(claims.size());
  for (const text::Claim& c : claims) {
    out.claims.push_back(CheckClaim(c, article.date));
    ++out.counts[static_cast<int>(out.claims.back().verdict)];
  }
  out.article = std::move(article);
  return out;
}

}  // namespace dyad::check
