// dyad serve end to end: a server on a free loopback port, in-process, on a data
// directory with the built-in totals and two small BACI years. Every endpoint answers
// with the bytes `dyad --format json` prints for the same parameters (the dyad binary,
// run as a separate process), and errors carry the CLI's message with the right status.
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "cli/serve.h"
#include "server/server.h"

namespace dyad::server {
namespace {

namespace fs = std::filesystem;

struct Proc {
  int exit = 0;
  std::string out, err;
};

std::string Quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

// Runs the dyad binary (DYAD_BIN) with `args`; stdout and stderr captured.
Proc Dyad(const std::vector<std::string>& args, const std::string& stdin_file = "") {
  const char* bin = std::getenv("DYAD_BIN");
  std::string cmd = Quote(bin ? bin : "dyad");
  for (const auto& a : args) cmd += " " + Quote(a);
  fs::path err_file = fs::temp_directory_path() / ("dyad-server-test-err-" + std::to_string(getpid()));
  cmd += " 2>" + Quote(err_file.string());
  if (!stdin_file.empty()) cmd += " <" + Quote(stdin_file);
  Proc r;
  FILE* p = popen(cmd.c_str(), "r");
  std::array<char, 65536> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  int st = pclose(p);
  r.exit = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  FILE* e = fopen(err_file.c_str(), "r");
  while (e && (n = fread(buf.data(), 1, buf.size(), e)) > 0) r.err.append(buf.data(), n);
  if (e) fclose(e);
  fs::remove(err_file);
  return r;
}

class ServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    char tmpl[] = "/tmp/dyad-server-test-XXXXXX";
    dir_ = new fs::path(mkdtemp(tmpl));
    Proc imp = Dyad({"--data", dir_->string(), "import", "baci", "store/data/BACI_HS17_Y2021_V202401.csv",
                    "store/data/BACI_HS17_Y2022_V202401.csv"});
    ASSERT_EQ(imp.exit, 0) << imp.err;
  }
  static void TearDownTestSuite() {
    fs::remove_all(*dir_);
    delete dir_;
  }

  void Start(Options o) {
    auto runner = cli::MakeCommandRunner(*dir_);
    ASSERT_TRUE(runner.ok()) << runner.status().message();
    o.port = 0;
    server_ = std::make_unique<Server>(o, std::move(*runner));
    ASSERT_TRUE(server_->Bind().ok());
    thread_ = std::thread([this] { server_->Run(); });
    client_ = std::make_unique<httplib::Client>("127.0.0.1", server_->port());
  }
  void SetUp() override { Start(Options{}); }
  void TearDown() override {
    server_->Stop();
    thread_.join();
  }
  void Restart(Options o) {
    TearDown();
    Start(std::move(o));
  }

  // The CLI's JSON for `args`.
  static Proc Cli(std::vector<std::string> args) {
    args.insert(args.begin(), {"--data", dir_->string(), "--format", "json"});
    return Dyad(args);
  }
  static std::string ErrorOf(const std::string& body) { return nlohmann::json::parse(body).at("error"); }

  static fs::path* dir_;
  std::unique_ptr<Server> server_;
  std::thread thread_;
  std::unique_ptr<httplib::Client> client_;
};
fs::path* ServerTest::dir_ = nullptr;

struct Case {
  std::string url;
  std::vector<std::string> cli;
};

TEST_F(ServerTest, EveryReadEndpointAnswersTheCliJson) {
  const std::vector<Case> cases = {
      {"/api/v1/trade?a=KAZ&b=TJK", {"trade", "KAZ", "TJK"}},
      {"/api/v1/trade?a=kazakhstan&b=762&years=2021-2022&dataset=baci-hs17",
       {"trade", "kazakhstan", "762", "--years", "2021-2022", "--dataset", "baci-hs17"}},
      {"/api/v1/profile?a=KAZ&b=TJK", {"profile", "KAZ", "TJK"}},
      {"/api/v1/profile?a=TJK&b=KAZ&year=2022", {"profile", "TJK", "KAZ", "--year", "2022"}},
      {"/api/v1/partners?country=KAZ&year=2022", {"partners", "KAZ", "--year", "2022"}},
      {"/api/v1/partners?country=TJK&flow=exports&top=2", {"partners", "TJK", "--flow", "exports", "--top", "2"}},
      {"/api/v1/rank?a=TJK&in=KAZ&year=2022", {"rank", "TJK", "in", "KAZ", "--year", "2022"}},
      {"/api/v1/composition?a=KAZ&b=TJK&year=2022&by=section",
       {"composition", "KAZ", "TJK", "--year", "2022", "--by", "section"}},
      {"/api/v1/target?a=KAZ&b=TJK", {"target", "status", "KAZ", "TJK"}},
      {"/api/v1/indicators?a=KAZ&b=TJK&year=2022", {"indicators", "KAZ", "TJK", "--year", "2022"}},
      {"/api/v1/timeline?a=KAZ&b=TJK", {"timeline", "KAZ", "TJK"}},
      {"/api/v1/agreements?pair=KAZ,TJK", {"agreements", "list", "--pair", "KAZ", "TJK"}},
      {"/api/v1/agreements?pair=KAZ,TJK&active_on=2020-01-01",
       {"agreements", "list", "--pair", "KAZ", "TJK", "--active-on", "2020-01-01"}},
      {"/api/v1/targets", {"targets", "list"}},
      {"/api/v1/areas?pair=KAZ,TJK", {"areas", "list", "--pair", "KAZ", "TJK"}},
      {"/api/v1/country?q=Tajikistan", {"country", "Tajikistan"}},
      {"/api/v1/countries", {"countries"}},
      {"/api/v1/info", {"info"}},
      {"/api/v1/group?q=EAEU&on=2020-01-01", {"group", "EAEU", "--on", "2020-01-01"}},
      {"/api/v1/hs?q=27", {"hs", "27"}},
      // The server reuses each command's parser: options of an earlier call (years,
      // dataset; a refused value) never carry into a later one.
      {"/api/v1/trade?a=KAZ&b=TJK&years=2023abc", {}},
      {"/api/v1/trade?a=KAZ&b=TJK", {"trade", "KAZ", "TJK"}},
      {"/api/v1/partners?country=KAZ", {"partners", "KAZ"}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.url);
    if (c.cli.empty()) {
      EXPECT_EQ(client_->Get(c.url)->status, 400);
      continue;
    }
    Proc cli = Cli(c.cli);
    ASSERT_EQ(cli.exit, 0) << cli.err;
    auto res = client_->Get(c.url);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200) << res->body;
    EXPECT_EQ(res->get_header_value("Content-Type"), "application/json");
    EXPECT_EQ(res->body, cli.out);
  }
}

TEST_F(ServerTest, BadParametersAnswer400WithTheCliMessage) {
  const std::vector<Case> cases = {
      {"/api/v1/trade?a=Kazakstan&b=TJK", {"trade", "Kazakstan", "TJK"}},
      {"/api/v1/trade?a=KAZ&b=TJK&years=2023abc", {"trade", "KAZ", "TJK", "--years", "2023abc"}},
      {"/api/v1/partners?country=KAZ&year=20x2", {"partners", "KAZ", "--year", "20x2"}},
      {"/api/v1/partners?country=KAZ&flow=sideways", {"partners", "KAZ", "--flow", "sideways"}},
      {"/api/v1/agreements?active_on=yesterday", {"agreements", "list", "--active-on", "yesterday"}},
      {"/api/v1/mirror?a=KAZ&b=TJK", {"mirror", "KAZ", "TJK"}},
      // A value keeps what follows a second '=' (cpp-httplib's own parser dropped it).
      {"/api/v1/trade?a=KAZ&b=TJK&years=2020=2022", {"trade", "KAZ", "TJK", "--years", "2020=2022"}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.url);
    Proc cli = Cli(c.cli);
    ASSERT_NE(cli.exit, 0);
    auto res = client_->Get(c.url);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 400);
    EXPECT_EQ("dyad: " + ErrorOf(res->body) + "\n", cli.err);
  }
  auto res = client_->Get("/api/v1/trade?a=Kazakstan&b=TJK");
  EXPECT_EQ(ErrorOf(res->body), "unknown country \"Kazakstan\"; did you mean Kazakhstan (KAZ)?");
  res = client_->Get("/api/v1/trade?a=KAZ");
  EXPECT_EQ(res->status, 400);
  EXPECT_EQ(ErrorOf(res->body), "missing parameter \"b\"");
  res = client_->Get("/api/v1/trade?a=KAZ&b=TJK&year=2022");
  EXPECT_EQ(res->status, 400);
  EXPECT_EQ(ErrorOf(res->body), "unknown parameter \"year\" for /api/v1/trade (expected: a, b, years, dataset)");
  // A value is never taken for an option of the command.
  res = client_->Get("/api/v1/trade?a=--data%3D%2Fetc&b=TJK");
  EXPECT_EQ(res->status, 400);
  EXPECT_EQ(ErrorOf(res->body), "parameter \"a\": a value may not begin with \"-\", got \"--data=/etc\"");
}

TEST_F(ServerTest, UnknownRoutesAndMethods) {
  auto res = client_->Get("/api/v1/nothing");
  EXPECT_EQ(res->status, 404);
  EXPECT_EQ(ErrorOf(res->body), "no endpoint /api/v1/nothing");
  res = client_->Post("/api/v1/trade?a=KAZ&b=TJK", "", "text/plain");
  EXPECT_EQ(res->status, 405);
  EXPECT_EQ(res->get_header_value("Allow"), "GET");
  res = client_->Get("/api/v1/check");
  EXPECT_EQ(res->status, 405);
  res = client_->Get("/");
  EXPECT_EQ(res->status, 200);
  EXPECT_NE(res->get_header_value("Content-Type").find("text/html"), std::string::npos);
}

TEST_F(ServerTest, CheckTakesTheArticleAsBody) {
  fs::path file = "data/articles/01-uzb-kaz-eleven-months.txt";
  Proc cli = Dyad({"--data", dir_->string(), "--format", "json", "check", "-", "--date", "2024-05-01"}, file.string());
  ASSERT_EQ(cli.exit, 0) << cli.err;
  std::string body;
  {
    std::ifstream in(file, std::ios::binary);
    body.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  auto res = client_->Post("/api/v1/check?date=2024-05-01", body, "text/plain");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(res->body, cli.out);
  // curl's default content type: the body is still the article, not form parameters.
  res = client_->Post("/api/v1/check?date=2024-05-01", body, "application/x-www-form-urlencoded");
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(res->body, cli.out);
  res = client_->Post("/api/v1/check?date=2024-13-01", body, "text/plain");
  EXPECT_EQ(res->status, 400);
  // The markdown and HTML renderings are the CLI's too.
  for (std::string format : {"md", "html"}) {
    Proc r = Dyad({"--data", dir_->string(), "--format", format, "check", "-", "--date", "2024-05-01"}, file.string());
    ASSERT_EQ(r.exit, 0) << r.err;
    res = client_->Post("/api/v1/check?date=2024-05-01&format=" + format, body, "text/plain");
    EXPECT_EQ(res->status, 200);
    EXPECT_EQ(res->body, r.out);
    EXPECT_EQ(res->get_header_value("Content-Type"),
              format == "md" ? "text/markdown; charset=utf-8" : "text/html; charset=utf-8");
  }
  EXPECT_NE(res->body.find("<mark class="), std::string::npos);
}

TEST_F(ServerTest, OversizedBodiesAnswer413) {
  Options o;
  o.max_body = 1024;
  Restart(o);
  auto res = client_->Post("/api/v1/check", std::string(1025, 'a'), "text/plain");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 413);
  EXPECT_EQ(ErrorOf(res->body), "request body is over the limit of 0 MB");
}

TEST_F(ServerTest, ChecksBeyondTheCapAnswer503) {
  Options o;
  o.max_checks = 0;
  Restart(o);
  auto res = client_->Post("/api/v1/check", "Trade grew.", "text/plain");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 503);
  EXPECT_EQ(res->get_header_value("Retry-After"), "1");
}

const char* kAgreement = R"({"title": "Memorandum on testing servers", "kind": "memorandum",
  "parties": ["KAZ", "TJK"], "signed": "2025-03-04", "status": "signed"})";

TEST_F(ServerTest, WritesNeedTheToken) {
  auto res = client_->Post("/api/v1/agreements", kAgreement, "application/json");
  EXPECT_EQ(res->status, 403);
  EXPECT_EQ(ErrorOf(res->body), "writes are disabled: start dyad serve with --token-file FILE or DYAD_TOKEN set");
  Options o;
  o.token = "s3cret";
  Restart(o);
  res = client_->Post("/api/v1/agreements", kAgreement, "application/json");
  EXPECT_EQ(res->status, 401);
  EXPECT_EQ(res->get_header_value("WWW-Authenticate"), "Bearer");
  httplib::Headers wrong = {{"Authorization", "Bearer nope"}};
  res = client_->Post("/api/v1/agreements", wrong, kAgreement, "application/json");
  EXPECT_EQ(res->status, 401);
  httplib::Headers right = {{"Authorization", "Bearer s3cret"}};
  res = client_->Post("/api/v1/agreements", right, "[1, 2]", "application/json");
  EXPECT_EQ(res->status, 400);
  res = client_->Post("/api/v1/agreements", right, kAgreement, "application/json");
  ASSERT_EQ(res->status, 201) << res->body;
  nlohmann::json stored = nlohmann::json::parse(res->body);
  EXPECT_EQ(stored["agreement"]["title"], "Memorandum on testing servers");
  // The entry is now in the registry, as the CLI lists it.
  Proc list = Cli({"agreements", "list", "--pair", "KAZ", "TJK"});
  EXPECT_NE(list.out.find("Memorandum on testing servers"), std::string::npos);
  res = client_->Get("/api/v1/agreements?pair=KAZ,TJK");
  EXPECT_EQ(res->body, list.out);
  // Targets and area announcements likewise, in their registry schema.
  res = client_->Post("/api/v1/targets", right,
                      R"({"pair": ["KAZ", "TJK"], "metric": "total_trade", "value": 3000000000,
                          "currency": "USD", "target_year": 2030})",
                      "application/json");
  ASSERT_EQ(res->status, 201) << res->body;
  EXPECT_EQ(nlohmann::json::parse(res->body)["target"]["value"], 3000000000);
  res = client_->Post("/api/v1/targets", right, R"({"pair": ["KAZ", "TJK"]})", "application/json");
  EXPECT_EQ(res->status, 400);
  EXPECT_EQ(ErrorOf(res->body), "--json: target: missing field \"value\"");
  res = client_->Post("/api/v1/areas", right, R"({"pair": ["KAZ", "TJK"], "date": "2025-03-04", "areas": ["energy"]})",
                      "application/json");
  ASSERT_EQ(res->status, 201) << res->body;
  EXPECT_EQ(nlohmann::json::parse(res->body)["announcement"]["areas"], nlohmann::json::array({"energy"}));
}

TEST(ParseQueryTest, SplitsEachPairAtItsFirstEqualsSign) {
  using Params = std::vector<std::pair<std::string, std::string>>;
  EXPECT_EQ(ParseQuery("a=KAZ&b=TJK"), (Params{{"a", "KAZ"}, {"b", "TJK"}}));
  EXPECT_EQ(ParseQuery("q=a=b=c"), (Params{{"q", "a=b=c"}}));
  EXPECT_EQ(ParseQuery("q=a%3Db%26c"), (Params{{"q", "a=b&c"}}));
  // In order, repeats kept (the first of a name wins later), '+' a space, a bad escape kept.
  EXPECT_EQ(ParseQuery("b=2&a=1&b=3"), (Params{{"b", "2"}, {"a", "1"}, {"b", "3"}}));
  EXPECT_EQ(ParseQuery("q=United+States&r=100%&s=%zz%4"), (Params{{"q", "United States"}, {"r", "100%"}, {"s", "%zz%4"}}));
  EXPECT_EQ(ParseQuery("flag&=x&&c="), (Params{{"flag", ""}, {"c", ""}}));
  EXPECT_EQ(ParseQuery(""), Params{});
}

// The cap counts checks in flight: with two running (held by a runner that waits), a
// third is refused with 503 + Retry-After, reads still run, and a check is taken again
// once one finishes.
TEST(CheckCapTest, ChecksBeyondTheCapWhileTwoRunAnswer503) {
  std::mutex mu;
  std::condition_variable cv;
  int running = 0;
  bool release = false;
  CommandRunner runner = [&](const std::vector<std::string>& args, std::string_view, std::string_view) {
    if (args.front() == "check") {
      std::unique_lock<std::mutex> lock(mu);
      ++running;
      cv.notify_all();
      cv.wait(lock, [&] { return release; });
    }
    return CommandOutput{Status::Ok(), "{}\n"};
  };
  Server server(Options{}, runner);
  Request check{"POST", "/api/v1/check", {}, "", "Trade grew."};
  std::vector<std::thread> held;
  for (int i = 0; i < 2; ++i) held.emplace_back([&] { EXPECT_EQ(server.Handle(check).status, 200); });
  {
    std::unique_lock<std::mutex> lock(mu);
    cv.wait(lock, [&] { return running == 2; });
  }
  Response busy = server.Handle(check);
  EXPECT_EQ(busy.status, 503);
  EXPECT_EQ(busy.headers, (std::vector<std::pair<std::string, std::string>>{{"Retry-After", "1"}}));
  EXPECT_EQ(nlohmann::json::parse(busy.body).at("error"),
            "too many articles being checked at once (2); try again in a moment");
  EXPECT_EQ(server.Handle({"GET", "/api/v1/info", {}, "", ""}).status, 200);
  {
    std::lock_guard<std::mutex> lock(mu);
    release = true;
  }
  cv.notify_all();
  for (std::thread& t : held) t.join();
  EXPECT_EQ(server.Handle(check).status, 200);
}

// Readers during an import see the store before it or after it, never half of it.
TEST_F(ServerTest, ReadsDuringAnImportSeeOneSnapshot) {
  std::string before = client_->Get("/api/v1/info")->body;
  std::atomic<bool> done{false};
  std::vector<std::string> seen;
  std::thread reader([&] {
    httplib::Client c("127.0.0.1", server_->port());
    while (!done) {
      auto r = c.Get("/api/v1/info");
      seen.push_back(r ? (r->status == 200 ? r->body : "status " + std::to_string(r->status)) : "no answer");
    }
  });
  Proc imp = Dyad({"--data", dir_->string(), "import", "comtrade", "data/import/TradeData_KAZ_2022.csv"});
  done = true;
  reader.join();
  ASSERT_EQ(imp.exit, 0) << imp.err;
  std::string after = client_->Get("/api/v1/info")->body;
  EXPECT_NE(before, after);
  EXPECT_NE(after.find("comtrade-h6"), std::string::npos);
  ASSERT_FALSE(seen.empty());
  for (const std::string& s : seen) EXPECT_TRUE(s == before || s == after) << s.substr(0, 200);
}

}  // namespace
}  // namespace dyad::server
