// dyad fetch comtrade against a fake Comtrade Plus API on 127.0.0.1: calls split to stay
// under the record cap, throttling, retries of 429 (Retry-After) and 500, the cache that
// makes a repeated fetch free, the imported figures, and the API's errors in plain words.
#include <deque>
#include <functional>

#include "fetch/comtrade_api.h"
#include "fetch_fixture.h"
#include "test_server.h"

namespace dyad::fetch::testing {
namespace {

constexpr char kQuota[] = R"({"statusCode":403,"message":"Out of call volume quota. Quota will be replenished in 02:17:58."})";
constexpr char kBadKey[] =
    R"({"statusCode":401,"message":"Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription."})";

// Kazakhstan's declared trade with Tajikistan, Uzbekistan, the World and an area (97, the EU).
nlohmann::json Record(int year, const std::string& flow, int partner, double value) {
  return {{"typeCode", "C"},        {"freqCode", "A"},          {"refYear", year},
          {"period", std::to_string(year)}, {"reporterCode", 398}, {"reporterISO", "KAZ"},
          {"flowCode", flow},       {"partnerCode", partner},   {"partner2Code", 0},
          {"classificationCode", "H6"}, {"cmdCode", "TOTAL"},   {"customsCode", "C00"},
          {"mosCode", "0"},         {"motCode", 0},             {"netWgt", nullptr},
          {"primaryValue", value},  {"isAggregate", false}};
}

std::vector<int> IntList(const std::string& s) {
  std::vector<int> out;
  for (std::string_view p : SplitString(s, ',')) out.push_back(std::stoi(std::string(p)));
  return out;
}

class ComtradeFetchTest : public FetchTest {
 protected:
  void SetUp() override {
    FetchTest::SetUp();
    for (int year = 2019; year <= 2023; ++year) {
      for (int partner : {762, 860, 0, 97}) {
        records_.push_back(Record(year, "X", partner, 1000.0 * year + partner));
        records_.push_back(Record(year, "M", partner, 500.0 * year + partner + 0.4));
      }
    }
    auto handler = [this](bool preview) {
      return [this, preview](const httplib::Request& req, httplib::Response& res) {
        std::function<void(httplib::Response&)> fault;
        {
          std::lock_guard<std::mutex> lock(mu_);
          if (!faults_.empty()) {
            fault = faults_.front();
            faults_.pop_front();
          }
        }
        if (fault) return fault(res);
        if (!preview) {
          std::string key = req.get_header_value("Ocp-Apim-Subscription-Key");
          if (key == "quota-key") return res.set_content(kQuota, "application/json"), void(res.status = 403);
          if (key != "good-key") return res.set_content(kBadKey, "application/json"), void(res.status = 401);
        }
        Serve(req, res, preview ? kPreviewRecordCap : kKeyRecordCap);
      };
    };
    server_.server().Get("/public/v1/preview/C/A/HS", handler(true));
    server_.server().Get("/data/v1/get/C/A/HS", handler(false));
  }

  // The records the query asks for, cut at maxRecords like the real API.
  void Serve(const httplib::Request& req, httplib::Response& res, uint64_t cap) {
    std::vector<int> periods = IntList(req.get_param_value("period"));
    std::vector<int> partners = req.has_param("partnerCode") ? IntList(req.get_param_value("partnerCode")) : std::vector<int>{};
    std::string flow_param = req.get_param_value("flowCode");
    std::vector<std::string_view> flows = SplitString(flow_param, ',');
    uint64_t max = std::min<uint64_t>(cap, std::stoull(req.get_param_value("maxRecords")));
    nlohmann::json data = nlohmann::json::array();
    for (const auto& r : records_) {
      auto in = [](const auto& list, const auto& v) { return std::find(list.begin(), list.end(), v) != list.end(); };
      if (std::to_string(r["reporterCode"].get<int>()) != req.get_param_value("reporterCode")) continue;
      if (!in(periods, r["refYear"].get<int>())) continue;
      if (!partners.empty() && !in(partners, r["partnerCode"].get<int>())) continue;
      if (!in(flows, r["flowCode"].get<std::string>())) continue;
      if (data.size() < max) data.push_back(r);
    }
    nlohmann::json body = {{"elapsedTime", "0.01 secs"}, {"count", data.size()}, {"data", data}, {"error", ""}};
    res.set_content(body.dump(), "application/json");
  }

  void AddFault(std::function<void(httplib::Response&)> f) {
    std::lock_guard<std::mutex> lock(mu_);
    faults_.push_back(std::move(f));
  }

  std::vector<std::string> Args(std::vector<std::string> extra) {
    std::vector<std::string> a = {"fetch", "comtrade", "--reporter", "KAZ", "--base-url", server_.Url(), "--rate", "60000"};
    a.insert(a.end(), extra.begin(), extra.end());
    return a;
  }

  std::string Preview(const std::string& query) { return "GET /public/v1/preview/C/A/HS?" + query; }

  TestServer server_;
  std::mutex mu_;
  std::deque<std::function<void(httplib::Response&)>> faults_;
  nlohmann::json records_ = nlohmann::json::array();
};

// The query string the test server logs (parameters sorted by name).
std::string Q(const std::string& period, const std::string& flows, const std::string& partners, int max) {
  return "cmdCode=TOTAL&customsCode=C00&flowCode=" + flows + "&includeDesc=false&maxRecords=" + std::to_string(max) +
         "&motCode=0&partner2Code=0" + (partners.empty() ? "" : "&partnerCode=" + partners) + "&period=" + period +
         "&reporterCode=398";
}

TEST_F(ComtradeFetchTest, CallsAreSplitUnderTheCapImportedAndCached) {
  CliResult r = Dyad(Args({"--partner", "TJK", "--years", "2019-2023", "--max-records", "4"}));
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(server_.TakeLog(), (std::vector<std::string>{
                                   Preview(Q("2019,2020,2021,2022,2023", "X,M", "762", 4)),
                                   Preview(Q("2019,2020", "X,M", "762", 4)),
                                   Preview(Q("2019", "X,M", "762", 4)),
                                   Preview(Q("2020", "X,M", "762", 4)),
                                   Preview(Q("2021,2022,2023", "X,M", "762", 4)),
                                   Preview(Q("2021", "X,M", "762", 4)),
                                   Preview(Q("2022,2023", "X,M", "762", 4)),
                                   Preview(Q("2022", "X,M", "762", 4)),
                                   Preview(Q("2023", "X,M", "762", 4)),
                               }));
  EXPECT_EQ(r.out,
            "note: no subscription key (--key-file or $COMTRADE_KEY): using the public preview, which returns at most "
            "500 records a call; dyad splits the request to stay under it\n"
            "comtrade: 9 calls (0 from the cache, 9 to the API), 10 records\n"
            "read comtrade_KAZ_TJK_2019-2023_total.json: Comtrade Plus JSON\n"
            "dataset comtrade-kaz-tjk: imported 5 totals, years 2019-2023\n"
            "set aside: 0 World partner, 0 partner2/mode/customs breakdown, 0 re-export/re-import or other flow, "
            "0 coarser-level commodity, 0 group or area (not a country) rows\n");
  for (int year = 2019; year <= 2023; ++year) {
    EXPECT_EQ(Declared("comtrade-kaz-tjk", year, "KAZ", "TJK", true), 1000 * year + 762);
    EXPECT_EQ(Declared("comtrade-kaz-tjk", year, "KAZ", "TJK", false), 500 * year + 762);
  }

  // The same fetch again costs no call.
  r = Dyad(Args({"--partner", "TJK", "--years", "2019-2023", "--max-records", "4"}));
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(server_.TakeLog().empty());
  EXPECT_NE(r.out.find("comtrade: 9 calls (9 from the cache, 0 to the API), 10 records\n"
                       "dataset comtrade-kaz-tjk: unchanged"),
            std::string::npos)
      << r.out;
}

TEST_F(ComtradeFetchTest, EveryPartnerWithAKeyIsOneCallAndSetsAsideWorldAndAreas) {
  fs::path key = dir_ / "key.txt";
  std::ofstream(key) << "good-key\n";
  CliResult r = Dyad(Args({"--partner", "all", "--years", "2023", "--key-file", key.string(), "--flow", "X"}));
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(server_.TakeLog(), (std::vector<std::string>{"GET /data/v1/get/C/A/HS?" + Q("2023", "X", "", 100000)}));
  EXPECT_EQ(r.out,
            "comtrade: 1 call (0 from the cache, 1 to the API), 4 records\n"
            "read comtrade_KAZ_all_2023_total.json: Comtrade Plus JSON\n"
            "dataset comtrade-kaz: imported 2 totals, years 2023\n"
            "set aside: 1 World partner, 0 partner2/mode/customs breakdown, 0 re-export/re-import or other flow, "
            "0 coarser-level commodity, 1 group or area (not a country) rows\n");
  EXPECT_EQ(Declared("comtrade-kaz", 2023, "KAZ", "UZB", true), 1000 * 2023 + 860);
}

TEST_F(ComtradeFetchTest, ThrottleSpacesCallsAndRetriesFollowRetryAfterThenBackoff) {
  AddFault([](httplib::Response& res) {
    res.status = 429;
    res.set_header("Retry-After", "1");
    res.set_content(R"({"statusCode":429,"message":"Rate limit is exceeded. Try again in 1 seconds."})", "application/json");
  });
  AddFault([](httplib::Response& res) {
    res.status = 500;
    res.set_content("Internal Server Error", "text/plain");
  });
  // 600 calls a minute: 0.1 s between calls; the 500 is retried after 0.1 * 2 s. (The
  // gaps are measured at the server, so they may come a few ms short of the client's; on a
  // loaded machine they may come long, so the bound that tells the backoff from the
  // Retry-After leaves 0.7 s of slack.)
  std::vector<std::string> a = {"fetch", "comtrade", "--reporter", "KAZ", "--base-url", server_.Url(), "--rate", "600",
                                "--partner", "TJK", "--years", "2022-2023", "--max-records", "3"};
  CliResult r = Dyad(a);
  ASSERT_EQ(r.code, 0) << r.err;
  auto times = server_.Times();
  auto log = server_.TakeLog();
  std::string first = Preview(Q("2022,2023", "X,M", "762", 3));
  EXPECT_EQ(log, (std::vector<std::string>{first, first, first, Preview(Q("2022", "X,M", "762", 3)),
                                           Preview(Q("2023", "X,M", "762", 3))}));
  ASSERT_EQ(times.size(), 5u);
  auto gap = [&](int i) { return std::chrono::duration<double>(times[i] - times[i - 1]).count(); };
  EXPECT_GE(gap(1), 0.98);  // Retry-After: 1
  EXPECT_GE(gap(2), 0.18);  // backoff after the 500
  EXPECT_LT(gap(2), 0.9);   // not the Retry-After of the 429 before it
  EXPECT_GE(gap(3), 0.08);  // the throttle
  EXPECT_GE(gap(4), 0.08);
  EXPECT_NE(r.out.find("comtrade: 3 calls (0 from the cache, 5 to the API of which 2 retries), 4 records"), std::string::npos)
      << r.out;
}

TEST_F(ComtradeFetchTest, KeyAndQuotaErrorsInPlainWords) {
  std::string url = server_.Url("/data/v1/get/C/A/HS");
  setenv("COMTRADE_KEY", "wrong-key", 1);
  CliResult r = Dyad(Args({"--partner", "TJK", "--years", "2023"}));
  unsetenv("COMTRADE_KEY");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err, "dyad: " + url +
                       ": the Comtrade API refused the subscription key (HTTP 401 Unauthorized: Access denied due to "
                       "invalid subscription key. Make sure to provide a valid key for an active subscription.); check "
                       "--key-file or $COMTRADE_KEY and that the key is subscribed to comtrade - v1\n");
  setenv("COMTRADE_KEY", "quota-key", 1);
  r = Dyad(Args({"--partner", "TJK", "--years", "2023"}));
  unsetenv("COMTRADE_KEY");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err, "dyad: " + url +
                       ": the Comtrade API quota of this key is used up (HTTP 403 Forbidden: Out of call volume quota. "
                       "Quota will be replenished in 02:17:58.); the responses fetched so far are cached: run the same "
                       "command again once the quota is replenished\n");
  EXPECT_EQ(server_.TakeLog().size(), 2u);  // a quota answer is not retried
}

TEST_F(ComtradeFetchTest, ATruncatedAnswerIsRetriedThenReported) {
  for (int i = 0; i < 2; ++i) {
    AddFault([](httplib::Response& res) {
      res.set_content_provider(1000, "application/json", [](size_t, size_t, httplib::DataSink& sink) {
        sink.write("{\"count\":1,\"data\":[", 19);
        return false;
      });
    });
  }
  CliResult r = Dyad(Args({"--partner", "TJK", "--years", "2023", "--retries", "1"}));
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err, "dyad: " + server_.Url("/public/v1/preview/C/A/HS") + ": truncated body: got 19 of 1,000 bytes\n");
  EXPECT_EQ(server_.TakeLog().size(), 2u);
  // Nothing was cached: the next run asks again and succeeds.
  r = Dyad(Args({"--partner", "TJK", "--years", "2023"}));
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(Declared("comtrade-kaz-tjk", 2023, "KAZ", "TJK", true), 1000 * 2023 + 762);
}

TEST_F(ComtradeFetchTest, MoreRecordsThanACallCanHoldIsAnError) {
  CliResult r = Dyad(Args({"--partner", "TJK", "--years", "2023", "--flow", "X", "--max-records", "1"}));
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err, "dyad: comtrade: KAZ 2023 flow X partner 762 has more records than one call returns (1, the public "
                   "preview's cap) and cannot be split further; use a subscription key (--key-file or $COMTRADE_KEY), "
                   "which allows 100,000 a call\n");
}

TEST_F(ComtradeFetchTest, DryRunListsTheCalls) {
  CliResult r = Dyad(Args({"--partner", "TJK", "--years", "2000-2023", "--dry-run", "--flow", "X"}));
  ASSERT_EQ(r.code, 0) << r.err;
  std::string base = server_.Url("/public/v1/preview/C/A/HS?reporterCode=398&period=");
  std::string tail = "&partnerCode=762&flowCode=X&cmdCode=TOTAL&partner2Code=0&customsCode=C00&motCode=0&maxRecords=500&includeDesc=false\n";
  EXPECT_NE(r.out.find("would call " + base + "2000,2001,2002,2003,2004,2005,2006,2007,2008,2009,2010,2011" + tail +
                       "would call " + base + "2012,2013,2014,2015,2016,2017,2018,2019,2020,2021,2022,2023" + tail),
            std::string::npos)
      << r.out;
  EXPECT_TRUE(server_.TakeLog().empty());
}

TEST_F(ComtradeFetchTest, RefusedConnection) {
  std::string p = std::to_string(ClosedPort());
  CliResult r = Dyad({"fetch", "comtrade", "--reporter", "KAZ", "--partner", "TJK", "--years", "2023", "--base-url",
                      "http://127.0.0.1:" + p});
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err, "dyad: http://127.0.0.1:" + p + "/public/v1/preview/C/A/HS: connection refused by 127.0.0.1 port " + p + "\n");
}

}  // namespace
}  // namespace dyad::fetch::testing
