#include "text/claims_json.h"

namespace dyad::text {
namespace {

nlohmann::json OptDate(const std::optional<Date>& d) {
  return d ? nlohmann::json(d->ToString()) : nlohmann::json(nullptr);
}

nlohmann::json AgreementJson(const AgreementInfo& a) {
  nlohmann::json parties = nlohmann::json::array();
  for (const auto& p : a.parties) {
    parties.push_back({{"state", p.state.empty() ? nlohmann::json(nullptr) : nlohmann::json(p.state)},
                       {"name", p.name},
                       {"kind", p.kind}});
  }
  nlohmann::json j = nlohmann::json::object();
  j["kind"] = a.kind;
  j["title"] = a.title;
  j["level"] = a.level;
  j["parties"] = parties;
  j["signed_on"] = OptDate(a.signed_on);
  j["signed_on_from_article"] = a.signed_on_from_article;
  j["place"] = a.place;
  j["place_state"] = a.place_state;
  j["valid_from"] = OptDate(a.valid_from);
  j["valid_to"] = OptDate(a.valid_to);
  j["validity"] = a.validity;
  j["status"] = a.status;
  j["relationship_level"] = a.relationship_level;
  return j;
}

template <typename T>
nlohmann::json Opt(const std::optional<T>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

}  // namespace

std::string PeriodLabel(const Claim& c) {
  if (!c.year) return "";
  std::string s = std::to_string(*c.year);
  if (!c.months.empty() && c.months != "1-12") s += " (" + c.months + ")";
  if (c.from_year) s = std::to_string(*c.from_year) + "-" + s;
  return s;
}

nlohmann::json ClaimToJson(const Claim& c) {
  nlohmann::json j = nlohmann::json::object();
  j["kind"] = std::string(ClaimKindName(c.kind));
  j["text"] = c.text;
  j["span"] = {c.span_begin, c.span_end};
  j["parties"] = c.parties;
  j["year"] = Opt(c.year);
  j["months"] = c.months.empty() ? nlohmann::json(nullptr) : nlohmann::json(c.months);
  j["value_usd"] = Opt(c.value_usd);
  j["percent"] = Opt(c.percent);
  j["qualifier"] = c.qualifier;
  j["rank"] = Opt(c.rank);
  j["group"] = c.group.empty() ? nlohmann::json(nullptr) : nlohmann::json(c.group);
  j["after"] = c.after;
  j["goods"] = c.goods;
  j["target_year"] = Opt(c.target_year);
  j["agreement"] = c.agreement ? AgreementJson(*c.agreement) : nlohmann::json(nullptr);
  j["areas"] = c.areas;
  j["verdict"] = nullptr;
  j["evidence"] = nlohmann::json::array();
  j["explanation"] = nullptr;
  j["speaker"] = c.speaker.empty() ? nlohmann::json(nullptr) : nlohmann::json(c.speaker);
  j["measure"] = c.measure.empty() ? nlohmann::json(nullptr) : nlohmann::json(c.measure);
  j["currency"] = c.currency.empty() ? nlohmann::json(nullptr) : nlohmann::json(c.currency);
  j["amount"] = Opt(c.amount);
  j["from_year"] = Opt(c.from_year);
  j["target_stage"] = c.target_stage == 0 ? nlohmann::json(nullptr) : nlohmann::json(c.target_stage);
  return j;
}

nlohmann::json ArticleToJson(const Article& a) {
  nlohmann::json j = nlohmann::json::object();
  j["date"] = a.date.ToString();
  j["date_source"] = std::string(DateSourceName(a.date_source));
  j["language"] = a.language;
  j["pair"] = a.pair;
  j["warnings"] = a.warnings;
  nlohmann::json claims = nlohmann::json::array();
  for (const Claim& c : a.claims) claims.push_back(ClaimToJson(c));
  j["claims"] = std::move(claims);
  return j;
}

}  // namespace dyad::text
