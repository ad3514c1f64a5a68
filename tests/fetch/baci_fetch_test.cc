// dyad fetch baci against a local server: listing, download, import of chosen years,
// resume after the dyad process is killed mid-download, the record of size and sha256,
// refusal of a changed file, and the exact messages of transport failures.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <thread>

#include "fetch/baci_fetch.h"
#include "fetch/download.h"
#include "fetch/sha256.h"
#include "fetch_fixture.h"
#include "test_server.h"

namespace dyad::fetch::testing {
namespace {

constexpr char kY2021[] = "t,i,j,k,v,q\n2021,398,762,270900,10.5,1\n";
constexpr char kY2022[] =
    "t,i,j,k,v,q\n2022,398,762,270900,1234.567,10\n2022,762,398,270900,2,NA\n";

constexpr char kListing[] =
    "<html><body><h1>BACI</h1><ul>\n"
    "<li><a href=\"https://www.cepii.fr/DATA_DOWNLOAD/baci/data/BACI_HS17_V202401.zip\">HS17 (2024)</a>\n"
    "<li><a href='/DATA_DOWNLOAD/baci/data/BACI_HS17_V202501.zip?x=1'>HS17 (2025)</a>\n"
    "<li><A HREF=\"BACI_HS22_V202601.ZIP\">HS22</A> (newer, other edition)\n"
    "<li>OLD_BACI_HS17_V209912.zip is not a release name\n"
    "</ul></body></html>\n";

class BaciFetchTest : public FetchTest {
 protected:
  void SetUp() override {
    FetchTest::SetUp();
    zip_ = MakeBaciZip(dir_, "V202501", kY2021, kY2022, 300000);
    server_.server().Get("/baci/", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(kListing, "text/html");
    });
    server_.server().Get("/baci/BACI_HS17_V202501.zip", [this](const httplib::Request&, httplib::Response& res) {
      std::string bytes;
      {
        std::lock_guard<std::mutex> lock(mu_);
        bytes = zip_;
      }
      auto shared = std::make_shared<std::string>(std::move(bytes));
      res.set_header("ETag", "\"" + Sha256Hex(*shared).substr(0, 16) + "\"");
      res.set_content_provider(shared->size(), "application/zip",
                               [this, shared](size_t offset, size_t length, httplib::DataSink& sink) {
                                 size_t n = std::min<size_t>(length, slow_ ? 8192 : 1 << 20);
                                 if (truncate_at_ > 0 && offset >= truncate_at_) return false;
                                 if (truncate_at_ > 0) n = std::min(n, truncate_at_ - offset);
                                 if (slow_) std::this_thread::sleep_for(std::chrono::milliseconds(10));
                                 sink.write(shared->data() + offset, n);
                                 return true;
                               });
    });
  }

  std::vector<std::string> Args(std::vector<std::string> extra = {}, std::string edition = "HS17") {
    std::vector<std::string> a = {"fetch", "baci", "--hs", edition, "--base-url", server_.Url("/baci")};
    a.insert(a.end(), extra.begin(), extra.end());
    return a;
  }
  fs::path Zip() const { return Data() / "fetch" / "baci" / "BACI_HS17_V202501.zip"; }

  TestServer server_;
  std::mutex mu_;
  std::string zip_;
  std::atomic<bool> slow_{false};
  std::atomic<size_t> truncate_at_{0};
};

TEST_F(BaciFetchTest, NewestListedReleaseIsDownloadedRecordedAndImported) {
  CliResult r = Dyad(Args({"--years", "2022"}));
  ASSERT_EQ(r.code, 0) << r.err;
  std::string sha = Sha256Hex(zip_);
  EXPECT_EQ(r.out, "newest release listed: BACI_HS17_V202501.zip (" + server_.Url("/baci/") + ")\n" +
                       "downloaded BACI_HS17_V202501.zip: " + WithThousands(static_cast<int64_t>(zip_.size())) +
                       " bytes, sha256 " + sha + "\n" +
                       "dataset baci-hs17: imported 2 product rows, years 2022, vintage V202501\n"
                       "product descriptions: 1\n");
  EXPECT_EQ(Value("baci-hs17", 2022, "KAZ", "TJK", store::Side::kReconciled), 1234567);
  EXPECT_EQ(Value("baci-hs17", 2022, "TJK", "KAZ", store::Side::kReconciled), 2000);
  EXPECT_EQ(Value("baci-hs17", 2021, "KAZ", "TJK", store::Side::kReconciled), -1);  // not asked for
  EXPECT_FALSE(fs::exists(PartPath(Zip())));
  auto records = ReadReleaseRecords(Data());
  ASSERT_TRUE(records.ok());
  ASSERT_EQ(records->size(), 1u);
  EXPECT_EQ((*records)[0].sha256, sha);
  EXPECT_EQ((*records)[0].bytes, zip_.size());
  EXPECT_EQ(server_.TakeLog(), (std::vector<std::string>{"GET /baci/", "GET /baci/BACI_HS17_V202501.zip"}));

  // The other year later, from the same zip: only a HEAD to check the server's copy.
  r = Dyad(Args({"--release", "V202501", "--years", "2021"}));
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(server_.TakeLog(), (std::vector<std::string>{"HEAD /baci/BACI_HS17_V202501.zip"}));
  EXPECT_EQ(Value("baci-hs17", 2021, "KAZ", "TJK", store::Side::kReconciled), 10500);
  EXPECT_EQ(Value("baci-hs17", 2022, "KAZ", "TJK", store::Side::kReconciled), 1234567);  // kept
}

TEST_F(BaciFetchTest, ResumesAfterTheProcessIsKilledMidDownload) {
  const char* bin = std::getenv("DYAD_BIN");
  if (bin == nullptr) GTEST_SKIP() << "DYAD_BIN not set";
  slow_ = true;
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    freopen("/dev/null", "w", stdout);
    freopen("/dev/null", "w", stderr);
    std::string data = Data().string(), url = server_.Url("/baci");
    execl(bin, bin, "--data", data.c_str(), "fetch", "baci", "--hs", "HS17", "--release", "V202501", "--base-url",
          url.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  fs::path part = PartPath(Zip());
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  std::error_code ec;
  while (std::chrono::steady_clock::now() < deadline && (!fs::exists(part, ec) || fs::file_size(part, ec) < 100000)) {
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status));
  uint64_t have = fs::file_size(part, ec);
  ASSERT_GE(have, 100000u);
  ASSERT_LT(have, zip_.size());
  EXPECT_FALSE(fs::exists(Zip()));  // never a half file under the real name
  server_.TakeLog();

  slow_ = false;
  CliResult r = Dyad(Args({"--release", "V202501"}));
  ASSERT_EQ(r.code, 0) << r.err;
  auto log = server_.TakeLog();
  ASSERT_EQ(log.size(), 1u) << ::testing::PrintToString(log);
  EXPECT_EQ(log[0], "GET /baci/BACI_HS17_V202501.zip [bytes=" + std::to_string(have) + "-] [If-Range: \"" +
                        Sha256Hex(zip_).substr(0, 16) + "\"]");
  auto sha = Sha256OfFile(Zip());
  ASSERT_TRUE(sha.ok());
  EXPECT_EQ(*sha, Sha256Hex(zip_));
  EXPECT_NE(r.out.find("(resumed at byte " + WithThousands(static_cast<int64_t>(have)) + ")"), std::string::npos) << r.out;
  EXPECT_EQ(Value("baci-hs17", 2022, "KAZ", "TJK", store::Side::kReconciled), 1234567);
}

TEST_F(BaciFetchTest, AChangedFileUnderARecordedNameIsRefusedUnlessForced) {
  ASSERT_EQ(Dyad(Args({"--release", "V202501"})).code, 0);
  auto before = ReadReleaseRecords(Data());
  std::string old_sha = Sha256Hex(zip_);
  {
    std::lock_guard<std::mutex> lock(mu_);
    zip_ = MakeBaciZip(dir_, "V202501", kY2021, "t,i,j,k,v,q\n2022,398,762,270900,999,10\n", 300001);
  }
  CliResult r = Dyad(Args({"--release", "V202501"}));
  EXPECT_EQ(r.code, 1);
  std::string url = server_.Url("/baci/BACI_HS17_V202501.zip");
  EXPECT_EQ(r.err, "dyad: " + url + ": the file changed on the server since dyad downloaded it on " +
                       (*before)[0].fetched + " (recorded " + WithThousands(static_cast<int64_t>((*before)[0].bytes)) +
                       " bytes, sha256 " + old_sha + "; the server now has " +
                       WithThousands(static_cast<int64_t>(zip_.size())) +
                       " bytes); dyad keeps what it has: pass --force to take the new file\n");
  EXPECT_EQ(*Sha256OfFile(Zip()), old_sha);  // the local copy is untouched

  // Without the local copy the download itself is compared with the record.
  fs::remove(Zip());
  r = Dyad(Args({"--release", "V202501"}));
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("the download has " + WithThousands(static_cast<int64_t>(zip_.size())) + " bytes, sha256 " +
                       Sha256Hex(zip_)), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(Zip()));
  EXPECT_FALSE(fs::exists(PartPath(Zip())));  // not kept for a later resume either

  r = Dyad(Args({"--release", "V202501", "--force"}));
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ((*ReadReleaseRecords(Data()))[0].sha256, Sha256Hex(zip_));
  EXPECT_EQ(Value("baci-hs17", 2022, "KAZ", "TJK", store::Side::kReconciled), 999000);
}

TEST_F(BaciFetchTest, APartialAnswerThatDoesNotSayWhereItStartsIsRefused) {
  server_.server().Get("/plain/BACI_HS17_V202501.zip", [this](const httplib::Request&, httplib::Response& res) {
    auto shared = std::make_shared<std::string>(zip_);
    // Chunked: this server answers a range with 206 but no Content-Range.
    res.set_chunked_content_provider("application/zip", [shared](size_t offset, httplib::DataSink& sink) {
      if (offset < shared->size()) sink.write(shared->data() + offset, std::min<size_t>(65536, shared->size() - offset));
      if (offset + 65536 >= shared->size()) sink.done();
      return true;
    });
  });
  fs::create_directories(Zip().parent_path());
  std::ofstream(PartPath(Zip()), std::ios::binary) << std::string(5000, 'x');
  CliResult r = Dyad({"fetch", "baci", "--hs", "HS17", "--release", "V202501", "--base-url", server_.Url("/plain")});
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err, "dyad: " + server_.Url("/plain/BACI_HS17_V202501.zip") +
                       ": the server answered the range request from byte 5000 with no Content-Range; delete " +
                       PartPath(Zip()).string() + " to download from the start\n");
  EXPECT_FALSE(fs::exists(Zip()));
  EXPECT_EQ(fs::file_size(PartPath(Zip())), 5000u);  // nothing appended to it
}

TEST_F(BaciFetchTest, DryRunDownloadsNothing) {
  CliResult r = Dyad(Args({"--dry-run"}));
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "newest release listed: BACI_HS17_V202501.zip (" + server_.Url("/baci/") + ")\n" +
                       "would download " + server_.Url("/baci/BACI_HS17_V202501.zip") + " to " + Zip().string() +
                       "\nthen import it as dataset baci-hs17\n");
  EXPECT_EQ(server_.TakeLog(), (std::vector<std::string>{"GET /baci/"}));
  EXPECT_FALSE(fs::exists(Zip()));
}

TEST_F(BaciFetchTest, ATruncatedBodyLeavesOnlyThePartFile) {
  truncate_at_ = 100000;
  CliResult r = Dyad(Args({"--release", "V202501"}));
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err, "dyad: " + server_.Url("/baci/BACI_HS17_V202501.zip") + ": truncated body: got 100,000 of " +
                       WithThousands(static_cast<int64_t>(zip_.size())) + " bytes\n");
  EXPECT_FALSE(fs::exists(Zip()));
  truncate_at_ = 0;
  r = Dyad(Args({"--release", "V202501"}));
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(*Sha256OfFile(Zip()), Sha256Hex(zip_));
}

TEST_F(BaciFetchTest, UnknownReleaseAndBadOptions) {
  CliResult r = Dyad(Args({"--release", "V202001"}));
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err, "dyad: " + server_.Url("/baci/BACI_HS17_V202001.zip") + ": HTTP 404 Not Found\n");
  r = Dyad({"fetch", "baci", "--hs", "HS99"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "dyad: fetch baci: --hs expects HS92, HS96, HS02, HS07, HS12, HS17 or HS22, got \"HS99\"\n");
  r = Dyad(Args({}, "HS92"));  // the listing has no HS92
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err, "dyad: " + server_.Url("/baci/") +
                       ": the page lists no BACI HS92 release (it lists HS17 V202401, HS17 V202501, HS22 V202601); "
                       "name one with --release\n");
}

TEST_F(BaciFetchTest, TransportFailuresHaveExactMessages) {
  int closed = ClosedPort();
  std::string p = std::to_string(closed);
  CliResult r = Dyad({"fetch", "baci", "--hs", "HS17", "--release", "V202501", "--base-url", "http://127.0.0.1:" + p});
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err, "dyad: http://127.0.0.1:" + p + "/BACI_HS17_V202501.zip: connection refused by 127.0.0.1 port " + p + "\n");

  r = Dyad({"fetch", "baci", "--hs", "HS17", "--release", "V202501", "--base-url", "http://nonexistent.invalid/baci"});
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err, "dyad: http://nonexistent.invalid/baci/BACI_HS17_V202501.zip: cannot resolve host "
                   "\"nonexistent.invalid\" (DNS lookup failed)\n");

  std::string tls = "https://127.0.0.1:" + std::to_string(server_.port()) + "/baci";
  r = Dyad({"fetch", "baci", "--hs", "HS17", "--release", "V202501", "--base-url", tls});
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err, "dyad: " + tls + "/BACI_HS17_V202501.zip: TLS handshake with 127.0.0.1 port " +
                       std::to_string(server_.port()) + " failed (is it an https server?)\n");
}

}  // namespace
}  // namespace dyad::fetch::testing
