// The Comtrade Plus API pieces that need no server: planning, URLs, splitting, reading
// responses and error bodies.
#include "fetch/comtrade_api.h"

#include <gtest/gtest.h>

#include "fetch/comtrade_fetch.h"

namespace dyad::fetch {
namespace {

TEST(ComtradeApi, PlansAtMostTwelvePeriodsACall) {
  ComtradeQuery q;
  q.reporter = 398;
  q.partners = {762};
  q.first_year = 2000;
  q.last_year = 2024;
  auto calls = PlanComtradeCalls(q, "https://comtradeapi.un.org", true, 500);
  ASSERT_EQ(calls.size(), 3u);
  EXPECT_EQ(calls[0].years.size(), 12u);
  EXPECT_EQ(calls[1].years.front(), 2012);
  EXPECT_EQ(calls[2].years, std::vector<int>{2024});
  EXPECT_EQ(ComtradeCallUrl("https://comtradeapi.un.org/", false, q, calls[2], 100000),
            "https://comtradeapi.un.org/data/v1/get/C/A/HS?reporterCode=398&period=2024&partnerCode=762&flowCode=X,M"
            "&cmdCode=TOTAL&partner2Code=0&customsCode=C00&motCode=0&maxRecords=100000&includeDesc=false");
}

TEST(ComtradeApi, LongPartnerListsAreCutToFitTheUrlLimit) {
  ComtradeQuery q;
  q.reporter = 398;
  q.first_year = q.last_year = 2023;
  for (int i = 1; i <= 1500; ++i) q.partners.push_back(i);
  auto calls = PlanComtradeCalls(q, "https://comtradeapi.un.org", true, 500);
  ASSERT_GT(calls.size(), 1u);
  size_t partners = 0;
  for (const auto& c : calls) {
    EXPECT_LE(ComtradeCallUrl("https://comtradeapi.un.org", true, q, c, 500).size(), kMaxUrlLength);
    partners += c.partners.size();
  }
  EXPECT_EQ(partners, 1500u);
}

TEST(ComtradeApi, SplitsByYearsThenFlowsThenPartners) {
  ComtradeCall c{{2021, 2022, 2023}, {"X", "M"}, {}};
  auto s = SplitComtradeCall(c, {1, 2, 3, 4});
  ASSERT_TRUE(s);
  EXPECT_EQ(s->first.years, std::vector<int>{2021});
  EXPECT_EQ(s->second.years, (std::vector<int>{2022, 2023}));
  s = SplitComtradeCall(ComtradeCall{{2021}, {"X", "M"}, {}}, {1, 2, 3, 4});
  EXPECT_EQ(s->first.flows, std::vector<std::string>{"X"});
  s = SplitComtradeCall(ComtradeCall{{2021}, {"X"}, {}}, {1, 2, 3, 4});
  EXPECT_EQ(s->first.partners, (std::vector<int>{1, 2}));
  EXPECT_EQ(s->second.partners, (std::vector<int>{3, 4}));
  EXPECT_FALSE(SplitComtradeCall(ComtradeCall{{2021}, {"X"}, {762}}, {1, 2}));
}

TEST(ComtradeApi, ReadsResponsesAndErrors) {
  auto r = ParseComtradeResponse(R"({"elapsedTime":"0.1 secs","count":1,"data":[{"refYear":2023}],"error":""})", "u?k=1");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->count, 1u);
  EXPECT_EQ(r->data.size(), 1u);
  EXPECT_EQ(ParseComtradeResponse("<html>", "http://h/p?x").status().message(),
            "http://h/p: expected a JSON response, got \"<html>\"");
  EXPECT_EQ(ParseComtradeResponse(R"({"count":0,"data":null,"error":"Invalid period"})", "u").status().message(),
            "u: the API answered with an error: Invalid period");
  EXPECT_EQ(ParseComtradeResponse(R"({"data":[1]})", "u").status().message(),
            "u: expected records (JSON objects) in \"data\", got number");
  EXPECT_EQ(ComtradeErrorText(R"({"errorObject":{"errorMessage":"Bad cmdCode"}})"), "Bad cmdCode");
  EXPECT_EQ(ComtradeErrorText("Request URL Too Long\r\n"), "Request URL Too Long");
  EXPECT_EQ(ComtradeStatusMessage(414, "Request URL Too Long", "u", true),
            "u: the Comtrade API refused the URL as too long (HTTP 414: Request URL Too Long)");
}

TEST(ComtradeApi, CountryCodesAreComtradesOwn) {
  EXPECT_EQ(ComtradeCountryCode(398, {398}), 398);
  EXPECT_EQ(ComtradeCountryCode(840, {840, 842}), 842);
  EXPECT_EQ(ComtradeCountryCode(250, {251}), 251);
}

}  // namespace
}  // namespace dyad::fetch
