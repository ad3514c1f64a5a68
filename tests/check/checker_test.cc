// The Checker on constructed claims against a real data directory holding the built-in
// knowledge (official totals in the store, the seed facts in the registry).
#include <unistd.h>

#include <filesystem>

#include <gtest/gtest.h>

#include "check/checker.h"
#include "check/match.h"
#include "ingest/knowledge.h"
#include "text/claims.h"

namespace dyad::check {
namespace {

namespace fs = std::filesystem;

class CheckerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new fs::path(fs::path(::testing::TempDir()) / ("dyad_check_test_" + std::to_string(::getpid())));
    fs::remove_all(*dir_);
    store_ = store::Store::Open(*dir_).value().release();
    ASSERT_TRUE(ingest::EnsureBuiltinKnowledge(*store_).ok());
    snapshot_ = new std::shared_ptr<const store::Snapshot>(store_->OpenSnapshot().value());
    registry_ = registry::Registry::OpenInDataDir(*dir_).value().release();
  }
  static void TearDownTestSuite() {
    delete registry_;
    delete snapshot_;
    delete store_;
    fs::remove_all(*dir_);
    delete dir_;
  }

  CheckedClaim Check(const text::Claim& c, Date date = Date::Ymd(2024, 8, 22)) {
    Checker checker(**snapshot_, registry_);
    return checker.CheckClaim(c, date);
  }

  static text::Claim Claim(text::ClaimKind kind, std::vector<std::string> parties) {
    text::Claim c;
    c.kind = kind;
    c.parties = std::move(parties);
    return c;
  }

  static fs::path* dir_;
  static store::Store* store_;
  static std::shared_ptr<const store::Snapshot>* snapshot_;
  static registry::Registry* registry_;
};

fs::path* CheckerTest::dir_ = nullptr;
store::Store* CheckerTest::store_ = nullptr;
std::shared_ptr<const store::Snapshot>* CheckerTest::snapshot_ = nullptr;
registry::Registry* CheckerTest::registry_ = nullptr;

TEST_F(CheckerTest, MissingYearIsTheLastFullYearBeforeTheArticle) {
  text::Claim c = Claim(text::ClaimKind::kTradeTotal, {"KAZ", "TJK"});
  c.value_usd = 1150000000;
  c.qualifier = "approx";
  CheckedClaim r = Check(c);
  EXPECT_EQ(r.verdict, Verdict::kSupported);
  EXPECT_EQ(r.explanation.substr(0, 97),
            "No year is stated: taken as 2023, the last full year before the article (2024-08-22). Supported: ");
}

TEST_F(CheckerTest, FlowIsTheFirstPartysExports) {
  // TJK's 2023 statistics: imports from KAZ 893,000,000 = KAZ's exports to TJK.
  text::Claim c = Claim(text::ClaimKind::kTradeFlow, {"KAZ", "TJK"});
  c.value_usd = 893000000;
  c.year = 2023;
  c.months = "1-12";
  CheckedClaim r = Check(c);
  EXPECT_EQ(r.verdict, Verdict::kSupported);
  ASSERT_FALSE(r.evidence.empty());
  EXPECT_EQ(*r.evidence[0].value_usd, 893000000);
  EXPECT_EQ(r.evidence[0].reporter, "TJK");
  c.parties = {"TJK", "KAZ"};  // TJK's exports to KAZ: 255,800,000
  r = Check(c);
  EXPECT_EQ(r.verdict, Verdict::kContradicted);
  EXPECT_NEAR(*r.evidence[0].diff_pct, 249.1, 1e-9);
}

TEST_F(CheckerTest, Ranks) {
  text::Claim c = Claim(text::ClaimKind::kRank, {"KAZ", "TJK"});
  c.rank = 1;
  c.group = "CIS";
  c.year = 2023;
  CheckedClaim r = Check(c);
  EXPECT_EQ(r.verdict, Verdict::kContradicted);
  EXPECT_NE(r.explanation.find("KAZ ranks 2nd, not 1st"), std::string::npos) << r.explanation;
  c.rank = 2;
  c.after = {"UZB"};
  r = Check(c);
  EXPECT_EQ(r.verdict, Verdict::kContradicted);
  EXPECT_NE(r.explanation.find("the partners ranked above differ"), std::string::npos);
  c.after = {"RUS"};
  EXPECT_EQ(Check(c).verdict, Verdict::kSupported);
  c.year = 2019;
  r = Check(c);
  EXPECT_EQ(r.verdict, Verdict::kUnverifiable);
  EXPECT_EQ(r.explanation.substr(0, 40), "Unverifiable: no 2019 partner figures fo");
}

TEST_F(CheckerTest, GrowthWithinOneSource) {
  // KAZ's statistics: 2021 approx 1.2 billion, 2022 approx 1.4 billion: +16.7%.
  text::Claim c = Claim(text::ClaimKind::kTradeGrowth, {"KAZ", "TJK"});
  c.percent = 17;
  c.year = 2022;
  c.months = "1-12";
  CheckedClaim r = Check(c);
  EXPECT_EQ(r.verdict, Verdict::kSupported);
  ASSERT_EQ(r.evidence.size(), 1u);
  EXPECT_NEAR(*r.evidence[0].percent, 16.7, 1e-9);
  c.percent = 25;
  EXPECT_EQ(Check(c).verdict, Verdict::kContradicted);
  // 2022 -> 2023 would mix KAZ's and TJK's statistics: not computed.
  c.year = 2023;
  r = Check(c);
  EXPECT_EQ(r.verdict, Verdict::kUnverifiable);
  EXPECT_NE(r.explanation.find("growth is only computed within one source"), std::string::npos);
}

TEST_F(CheckerTest, ShareNeedsTheWorldTotal) {
  text::Claim c = Claim(text::ClaimKind::kShare, {"KAZ", "TJK"});
  c.percent = 15;
  c.year = 2023;
  CheckedClaim r = Check(c);
  EXPECT_EQ(r.verdict, Verdict::kUnverifiable);
  EXPECT_NE(r.explanation.find("load BACI"), std::string::npos) << r.explanation;
}

TEST_F(CheckerTest, TargetWithAYearIsRecordedWithItsRequiredGrowth) {
  text::Claim c = Claim(text::ClaimKind::kTarget, {"KAZ", "TJK"});
  c.value_usd = 2000000000;
  c.target_year = 2030;
  CheckedClaim r = Check(c);
  EXPECT_EQ(r.verdict, Verdict::kRecorded);
  // (2000 / 1148.8)^(1/7) - 1 = 8.25% a year over 2023-2030.
  EXPECT_NE(r.explanation.find("requires +74.1% in total: 8.2% a year to reach it by 2030 (7 years)."),
            std::string::npos) << r.explanation;
  EXPECT_NE(r.explanation.find("It is not in the registry"), std::string::npos);
  c.target_year.reset();
  r = Check(c);
  EXPECT_NE(r.explanation.find("The registry holds it (target #1)."), std::string::npos) << r.explanation;
}

TEST_F(CheckerTest, AgreementsAndAreas) {
  text::Claim c = Claim(text::ClaimKind::kAgreement, {"KAZ", "TJK"});
  text::AgreementInfo a;
  a.kind = "sister_city";
  a.title = "twinning agreement";
  a.parties = {{"KAZ", "", ""}, {"TJK", "", ""}, {"KAZ", "Turkistan", "city"}, {"TJK", "Khujand", "city"}};
  a.signed_on = Date::Y(2023);
  c.agreement = a;
  CheckedClaim r = Check(c);
  EXPECT_EQ(r.verdict, Verdict::kSupported);
  EXPECT_EQ(*r.evidence[0].registry_id, 3);
  // Another year is another agreement.
  c.agreement->signed_on = Date::Y(2019);
  r = Check(c);
  EXPECT_EQ(r.verdict, Verdict::kUnverifiable);
  EXPECT_NE(r.explanation.find("dyad extract FILE --apply"), std::string::npos);
  c.agreement->status = "planned";
  EXPECT_EQ(Check(c).verdict, Verdict::kRecorded);

  text::Claim areas = Claim(text::ClaimKind::kAreas, {"TJK", "KAZ"});
  areas.areas = {"water", "health"};
  r = Check(areas);
  EXPECT_EQ(r.verdict, Verdict::kRecorded);
  EXPECT_NE(r.explanation.find("not in the registry for TJK-KAZ: health"), std::string::npos) << r.explanation;
  areas.areas = {"water", "tourism"};
  EXPECT_EQ(Check(areas).verdict, Verdict::kSupported);
}

// Regression: text read "sports" as culture while the registry stores sport, so such a
// claim could never be supported. Both now read areas through reference/areas.h.
TEST_F(CheckerTest, SportsInAnArticleMatchesSportInTheRegistry) {
  registry::AreaAnnouncement an{.state_a = "UZB", .state_b = "KGZ", .date = Date::Ymd(2024, 5, 10),
                                .areas = {"sport", "tourism"}};
  an.sources = {{.title = "made-up test source"}};
  ASSERT_TRUE(registry_->UpsertAreaAnnouncement(an).ok());
  auto article = text::ExtractClaims(
      "Uzbekistan and Kyrgyzstan agreed to expand cooperation in sports and tourism.", Date::Ymd(2024, 6, 1));
  ASSERT_TRUE(article.ok());
  const text::Claim* areas = nullptr;
  for (const text::Claim& c : article->claims) {
    if (c.kind == text::ClaimKind::kAreas) areas = &c;
  }
  ASSERT_NE(areas, nullptr);
  EXPECT_EQ(areas->areas, (std::vector<std::string>{"sport", "tourism"}));
  CheckedClaim r = Check(*areas, Date::Ymd(2024, 6, 1));
  EXPECT_EQ(r.verdict, Verdict::kSupported) << r.explanation;
  // A claim that carries a spelling instead of the code is read through the same table.
  text::Claim spelled = Claim(text::ClaimKind::kAreas, {"KGZ", "UZB"});
  spelled.areas = {"Sports"};
  r = Check(spelled, Date::Ymd(2024, 6, 1));
  EXPECT_EQ(r.verdict, Verdict::kSupported) << r.explanation;
  EXPECT_NE(r.explanation.find("cooperation in sport for KGZ-UZB"), std::string::npos) << r.explanation;
}

TEST_F(CheckerTest, ClaimsWithoutAPairAreUnverifiable) {
  text::Claim c = Claim(text::ClaimKind::kTradeTotal, {"KAZ"});
  c.value_usd = 1;
  EXPECT_EQ(Check(c).verdict, Verdict::kUnverifiable);
  c.parties = {"KAZ", "XXX"};
  EXPECT_EQ(Check(c).verdict, Verdict::kUnverifiable);
}

TEST(Match, TitleWordsDropStopWordsAndCountries) {
  EXPECT_EQ(TitleWords("Treaty on Allied Relations between the Republic of Kazakhstan and the Republic of "
                       "Tajikistan"),
            (std::vector<std::string>{"treaty", "allied", "relations"}));
  EXPECT_EQ(TitleWords("program for cooperation between the Ministries"),
            (std::vector<std::string>{"programme", "cooperation", "ministry"}));
}

}  // namespace
}  // namespace dyad::check
