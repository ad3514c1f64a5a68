// The UN Comtrade Plus API as dyad calls it: the query a user asks for, the calls that
// answer it within the API's limits (at most 12 periods a call, a record cap per call,
// URLs under kMaxUrlLength), the URL of a call, and reading a response or an error
// body. Parameter names are the API's: reporterCode, partnerCode, period, cmdCode,
// flowCode, partner2Code, customsCode, motCode, maxRecords. Pure functions, thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/status.h"

namespace dyad::fetch {

inline constexpr char kComtradeBaseUrl[] = "https://comtradeapi.un.org";
inline constexpr int kMaxPeriodsPerCall = 12;       // the API refuses more
inline constexpr uint64_t kPreviewRecordCap = 500;  // public preview, no key
inline constexpr uint64_t kKeyRecordCap = 100000;   // free subscription
inline constexpr size_t kMaxUrlLength = 4096;       // longer URLs are refused ("URL too long")

enum class ComtradeLevel { kTotal, kHs2, kHs4, kHs6 };

// "total", "hs2", "hs4", "hs6" -> level; nullopt otherwise.
std::optional<ComtradeLevel> ParseComtradeLevel(std::string_view text);
// The cmdCode for a level: TOTAL, AG2, AG4, AG6.
const char* CmdCode(ComtradeLevel level);

struct ComtradeQuery {
  int reporter = 0;            // Comtrade numeric code (398 Kazakhstan, 842 USA)
  std::vector<int> partners;   // empty: every partner
  int first_year = 0, last_year = 0;
  std::vector<std::string> flows = {"X", "M"};
  ComtradeLevel level = ComtradeLevel::kTotal;
};

// One call: some years, flows and partners of the query (partners empty: all).
struct ComtradeCall {
  std::vector<int> years;
  std::vector<std::string> flows;
  std::vector<int> partners;
};

// The calls that cover `query`: years in runs of at most kMaxPeriodsPerCall, partner
// lists cut so that every URL stays under kMaxUrlLength.
std::vector<ComtradeCall> PlanComtradeCalls(const ComtradeQuery& query, std::string_view base_url, bool preview,
                                            uint64_t max_records);

// BASE/data/v1/get/C/A/HS?... (with a key) or BASE/public/v1/preview/C/A/HS?... The key
// itself never goes into the URL (it travels in a header), so URLs can be cached and shown.
std::string ComtradeCallUrl(std::string_view base_url, bool preview, const ComtradeQuery& query,
                            const ComtradeCall& call, uint64_t max_records);

// When a call returned as many records as the cap (so some were cut off): two calls
// that together ask for the same, split by years, then flows, then partners
// (`all_partners` stands in for "every partner"). nullopt when it cannot be split.
std::optional<std::pair<ComtradeCall, ComtradeCall>> SplitComtradeCall(const ComtradeCall& call,
                                                                        const std::vector<int>& all_partners);

// A successful response: {"elapsedTime": ..., "count": N, "data": [...], "error": ""}.
struct ComtradeResponse {
  uint64_t count = 0;
  nlohmann::json data = nlohmann::json::array();  // the records, objects
};

// Reads a 200 response body. Fails with kInvalidInput "URL: ..." when it is not that
// shape, or with the API's own words when "error" is not empty.
Result<ComtradeResponse> ParseComtradeResponse(std::string_view body, std::string_view url);

// The API's message in an error body ({"statusCode": 403, "message": "..."} or
// {"errorObject": {"errorMessage": "..."}} or plain text), "" when none.
std::string ComtradeErrorText(std::string_view body);

// One plain line for an HTTP error status of the API, naming what to do about it.
std::string ComtradeStatusMessage(long status, std::string_view body, std::string_view url, bool have_key);

}  // namespace dyad::fetch
