#include "fetch/comtrade_api.h"

#include "base/strings.h"
#include "fetch/download.h"
#include "fetch/http.h"

namespace dyad::fetch {
namespace {

template <typename T>
std::string JoinList(const std::vector<T>& items) {
  std::string out;
  for (const auto& x : items) {
    if (!out.empty()) out += ',';
    if constexpr (std::is_same_v<T, std::string>) {
      out += x;
    } else {
      out += std::to_string(x);
    }
  }
  return out;
}

template <typename T>
std::pair<std::vector<T>, std::vector<T>> Halves(const std::vector<T>& v) {
  size_t mid = v.size() / 2;
  return {std::vector<T>(v.begin(), v.begin() + mid), std::vector<T>(v.begin() + mid, v.end())};
}

// Cuts the partner list until each call's URL fits.
void AddFitting(const ComtradeCall& call, std::string_view base, bool preview, const ComtradeQuery& q,
                uint64_t max_records, std::vector<ComtradeCall>* out) {
  if (call.partners.size() <= 1 || ComtradeCallUrl(base, preview, q, call, max_records).size() <= kMaxUrlLength) {
    out->push_back(call);
    return;
  }
  auto [a, b] = Halves(call.partners);
  ComtradeCall first = call, second = call;
  first.partners = a;
  second.partners = b;
  AddFitting(first, base, preview, q, max_records, out);
  AddFitting(second, base, preview, q, max_records, out);
}

}  // namespace

std::optional<ComtradeLevel> ParseComtradeLevel(std::string_view text) {
  std::string t = ToLowerAscii(text);
  if (t == "total") return ComtradeLevel::kTotal;
  if (t == "hs2") return ComtradeLevel::kHs2;
  if (t == "hs4") return ComtradeLevel::kHs4;
  if (t == "hs6") return ComtradeLevel::kHs6;
  return std::nullopt;
}

const char* CmdCode(ComtradeLevel level) {
  switch (level) {
    case ComtradeLevel::kTotal: return "TOTAL";
    case ComtradeLevel::kHs2: return "AG2";
    case ComtradeLevel::kHs4: return "AG4";
    case ComtradeLevel::kHs6: return "AG6";
  }
  return "TOTAL";
}

std::vector<ComtradeCall> PlanComtradeCalls(const ComtradeQuery& q, std::string_view base, bool preview,
                                            uint64_t max_records) {
  std::vector<ComtradeCall> out;
  for (int start = q.first_year; start <= q.last_year; start += kMaxPeriodsPerCall) {
    ComtradeCall call;
    for (int y = start; y <= q.last_year && y < start + kMaxPeriodsPerCall; ++y) call.years.push_back(y);
    call.flows = q.flows;
    call.partners = q.partners;
    AddFitting(call, base, preview, q, max_records, &out);
  }
  return out;
}

std::string ComtradeCallUrl(std::string_view base, bool preview, const ComtradeQuery& q, const ComtradeCall& call,
                            uint64_t max_records) {
  std::string url(base);
  while (!url.empty() && url.back() == '/') url.pop_back();
  url += preview ? "/public/v1/preview/C/A/HS" : "/data/v1/get/C/A/HS";
  url += "?reporterCode=" + std::to_string(q.reporter);
  url += "&period=" + JoinList(call.years);
  if (!call.partners.empty()) url += "&partnerCode=" + JoinList(call.partners);
  url += "&flowCode=" + JoinList(call.flows);
  url += std::string("&cmdCode=") + CmdCode(q.level);
  // Only the totals over second partner, customs procedure and mode of transport: the
  // breakdowns would count the same goods again (and eat the record cap).
  url += "&partner2Code=0&customsCode=C00&motCode=0";
  url += "&maxRecords=" + std::to_string(max_records);
  url += "&includeDesc=false";
  return url;
}

std::optional<std::pair<ComtradeCall, ComtradeCall>> SplitComtradeCall(const ComtradeCall& call,
                                                                        const std::vector<int>& all_partners) {
  ComtradeCall a = call, b = call;
  if (call.years.size() > 1) {
    std::tie(a.years, b.years) = Halves(call.years);
  } else if (call.flows.size() > 1) {
    std::tie(a.flows, b.flows) = Halves(call.flows);
  } else if (call.partners.size() > 1) {
    std::tie(a.partners, b.partners) = Halves(call.partners);
  } else if (call.partners.empty() && all_partners.size() > 1) {
    std::tie(a.partners, b.partners) = Halves(all_partners);
  } else {
    return std::nullopt;
  }
  return std::make_pair(a, b);
}

Result<ComtradeResponse> ParseComtradeResponse(std::string_view body, std::string_view url) {
  std::string where = UrlForMessage(url) + ": ";
  nlohmann::json j = nlohmann::json::parse(body, nullptr, false);
  if (j.is_discarded()) return InvalidInput(where + "expected a JSON response, got " + QuoteForMessage(body.substr(0, 60)));
  if (!j.is_object()) return InvalidInput(where + "expected a JSON object with \"data\", got " + std::string(j.type_name()));
  auto err = j.find("error");
  if (err != j.end() && err->is_string() && !err->get<std::string>().empty()) {
    return InvalidInput(where + "the API answered with an error: " + err->get<std::string>());
  }
  auto data = j.find("data");
  if (data == j.end() || !data->is_array()) {
    std::string text = ComtradeErrorText(body);
    if (!text.empty()) return InvalidInput(where + "the API answered with an error: " + text);
    return InvalidInput(where + "expected a \"data\" array in the response");
  }
  ComtradeResponse r;
  for (const auto& row : *data) {
    if (!row.is_object()) return InvalidInput(where + "expected records (JSON objects) in \"data\", got " + std::string(row.type_name()));
  }
  r.data = std::move(*data);
  auto count = j.find("count");
  r.count = count != j.end() && count->is_number_unsigned() ? count->get<uint64_t>() : r.data.size();
  return r;
}

std::string ComtradeErrorText(std::string_view body) {
  nlohmann::json j = nlohmann::json::parse(body, nullptr, false);
  if (j.is_object()) {
    for (const char* key : {"message", "error"}) {
      auto it = j.find(key);
      if (it != j.end() && it->is_string() && !it->get<std::string>().empty()) return it->get<std::string>();
    }
    auto obj = j.find("errorObject");
    if (obj != j.end() && obj->is_object()) {
      auto m = obj->find("errorMessage");
      if (m != obj->end() && m->is_string()) return m->get<std::string>();
    }
    return "";
  }
  std::string text(TrimAscii(body.substr(0, 200)));
  for (char& c : text) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return text;
}

std::string ComtradeStatusMessage(long status, std::string_view body, std::string_view url, bool have_key) {
  std::string api = ComtradeErrorText(body);
  std::string said = HttpStatusText(status) + (api.empty() ? "" : ": " + api);
  std::string where = UrlForMessage(url) + ": ";
  std::string lower = ToLowerAscii(api);
  if (lower.find("quota") != std::string::npos) {
    return where + "the Comtrade API quota of this key is used up (" + said +
           "); the responses fetched so far are cached: run the same command again once the quota is replenished";
  }
  if (status == 401 || status == 403) {
    if (!have_key) return where + "the Comtrade API refused the call without a subscription key (" + said + ")";
    return where + "the Comtrade API refused the subscription key (" + said +
           "); check --key-file or $COMTRADE_KEY and that the key is subscribed to comtrade - v1";
  }
  if (status == 414 || lower.find("too long") != std::string::npos) {
    return where + "the Comtrade API refused the URL as too long (" + said + ")";
  }
  if (status == 429) return where + "the Comtrade API kept refusing calls as too many (" + said + "); try a lower --rate";
  if (status >= 500) return where + "the Comtrade API failed (" + said + ")";
  return where + "the Comtrade API refused the call (" + said + ")";
}

}  // namespace dyad::fetch
