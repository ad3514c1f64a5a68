#include "check/check_json.h"

#include "text/claims_json.h"

namespace dyad::check {

using nlohmann::json;

json EvidenceToJson(const Evidence& e) {
  json j = json::object();
  j["what"] = e.what;
  j["value_usd"] = e.value_usd ? json(*e.value_usd) : json(nullptr);
  j["dataset"] = e.dataset;
  j["source"] = e.source;
  j["reporter"] = e.reporter;
  j["year"] = e.year ? json(*e.year) : json(nullptr);
  j["months"] = e.months;
  j["qualifier"] = e.qualifier;
  j["diff_pct"] = e.diff_pct ? json(*e.diff_pct) : json(nullptr);
  if (e.percent) j["percent"] = *e.percent;
  if (e.diff_pp) j["diff_pp"] = *e.diff_pp;
  if (!e.partner.empty()) j["partner"] = e.partner;
  if (e.rank) j["rank"] = *e.rank;
  if (e.of) j["of"] = *e.of;
  if (!e.ahead.empty()) j["ahead"] = e.ahead;
  if (e.registry_id) j["registry_id"] = *e.registry_id;
  if (!e.title.empty()) j["title"] = e.title;
  if (!e.url.empty()) j["url"] = e.url;
  if (!e.published.empty()) j["published"] = e.published;
  if (!e.note.empty()) j["note"] = e.note;
  return j;
}

json CheckedClaimToJson(const CheckedClaim& c) {
  json j = text::ClaimToJson(c.claim);
  j["verdict"] = std::string(VerdictName(c.verdict));
  j["evidence"] = json::array();
  for (const Evidence& e : c.evidence) j["evidence"].push_back(EvidenceToJson(e));
  j["explanation"] = c.explanation;
  return j;
}

json CheckedArticleToJson(const CheckedArticle& a) {
  json j = text::ArticleToJson(a.article);
  j["claims"] = json::array();
  for (const CheckedClaim& c : a.claims) j["claims"].push_back(CheckedClaimToJson(c));
  json summary = json::object();
  for (int i = 0; i < kVerdictCount; ++i) summary[std::string(VerdictName(static_cast<Verdict>(i)))] = a.counts[i];
  j["summary"] = summary;
  return j;
}

}  // namespace dyad::check
