// Bad input: every rejected entry names the field, and nothing is written.
#include <gtest/gtest.h>

#include "registry/registry.h"
#include "registry/vocabulary.h"
#include "test_util.h"

namespace dyad::registry {
namespace {

using testing::MakeAgreement;
using testing::TempDir;

class RegistryValidation : public ::testing::Test {
 protected:
  void SetUp() override {
    auto r = Registry::Open(dir_.db(), OpenOptions{.seed = false});
    ASSERT_TRUE(r.ok()) << r.status().message();
    reg_ = std::move(r).value();
  }
  std::string Reject(const Agreement& a) {
    auto r = reg_->UpsertAgreement(a);
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(reg_->ListAgreements()->size(), 0u) << "nothing may be written";
    return r.ok() ? "" : r.status().message();
  }
  TempDir dir_;
  std::unique_ptr<Registry> reg_;
};

TEST_F(RegistryValidation, EmptyTitle) {
  EXPECT_EQ(Reject(MakeAgreement("   ")), "title: must not be empty");
}

TEST_F(RegistryValidation, OversizedTitleAndQuote) {
  EXPECT_EQ(Reject(MakeAgreement(std::string(1001, 'x'))), "title: 1001 bytes, at most 1000 allowed");
  Agreement a = MakeAgreement("ok");
  a.sources = {Source{"t", "", "", std::nullopt, std::string(10001, 'q')}};
  EXPECT_EQ(Reject(a), "sources[0].quote: 10001 bytes, at most 10000 allowed");
}

TEST_F(RegistryValidation, InvalidUtf8) {
  EXPECT_EQ(Reject(MakeAgreement("Treaty \xC3\x28 on")), "title: invalid UTF-8 at byte 7");
  Agreement a = MakeAgreement("ok");
  a.place = "Dushanbe\xFF";
  EXPECT_EQ(Reject(a), "place: invalid UTF-8 at byte 8");
}

TEST_F(RegistryValidation, ImpossibleDates) {
  Agreement a = MakeAgreement("ok");
  a.signed_on = Date::Ymd(2023, 2, 30);
  EXPECT_EQ(Reject(a), "signed: invalid date \"2023-02-30\": February 2023 has 28 days");
}

TEST_F(RegistryValidation, ValidityEndsBeforeItStarts) {
  Agreement a = MakeAgreement("ok");
  a.valid_from = Date::Ymd(2023, 1, 1);
  a.valid_to = Date::Y(2022);
  EXPECT_EQ(Reject(a), "valid_to: 2022 is before valid_from 2023-01-01");
}

TEST_F(RegistryValidation, UnknownCountryWithSuggestion) {
  Agreement a = MakeAgreement("ok");
  a.parties = {Party{"KAZ"}, Party{"Tajikstan"}};
  std::string msg = Reject(a);
  EXPECT_EQ(msg.rfind("parties[1].state: unknown country \"Tajikstan\"", 0), 0u) << msg;
  EXPECT_NE(msg.find("Tajikistan (TJK)"), std::string::npos) << msg;
}

TEST_F(RegistryValidation, VocabularyAndParties) {
  EXPECT_EQ(Reject(MakeAgreement("ok", "pact")),
            "kind: unknown kind \"pact\"; expected one of agreement, contract_package, declaration, "
            "joint_statement, memorandum, programme, protocol, roadmap, sister_city, treaty");
  Agreement a = MakeAgreement("ok");
  a.level = "president";
  EXPECT_EQ(Reject(a), "level: unknown level \"president\"; expected one of heads_of_state, "
                       "government, ministry, agency, region_or_city, institution");
  a = MakeAgreement("ok");
  a.parties.clear();
  EXPECT_EQ(Reject(a), "parties: at least one party is required");
  a = MakeAgreement("ok");
  a.parties[0].kind = "city";
  EXPECT_EQ(Reject(a), "parties[0].kind: only a named sub-state party has a kind");
  a = MakeAgreement("ok");
  a.sources = {Source{}};
  EXPECT_EQ(Reject(a), "sources[0]: needs a title, url or file");
}

TEST_F(RegistryValidation, Targets) {
  Target t{.state_a = "KAZ", .state_b = "KAZ", .value = 1};
  EXPECT_EQ(reg_->UpsertTarget(t).status().message(),
            "state_b: the pair needs two different countries, got KAZ twice");
  t.state_b = "TJK";
  t.value = 0;
  EXPECT_EQ(reg_->UpsertTarget(t).status().message(), "value: must be a positive whole number, got 0");
  t.value = 5;
  t.currency = "dollars";
  EXPECT_EQ(reg_->UpsertTarget(t).status().message(),
            "currency: expected a three-letter code such as USD, got \"DOLLARS\"");
  EXPECT_EQ(reg_->ListTargets()->size(), 0u);
}

TEST(RegistryKey, TitleNormalisation) {
  EXPECT_EQ(NormalizeTitleForKey("  Treaty on Allied—Relations, «2024»! "), "treatyonalliedrelations2024");
  EXPECT_EQ(NormalizeTitleForKey("Договор о союзнических отношениях"),
            NormalizeTitleForKey("ДОГОВОР  о союзнических отношениях."));
}

}  // namespace
}  // namespace dyad::registry
