#include "base/strings.h"

#include <gtest/gtest.h>

#include "base/utf8.h"

namespace dyad {
namespace {

TEST(StringsTest, Thousands) {
  EXPECT_EQ(WithThousands(0), "0");
  EXPECT_EQ(WithThousands(999), "999");
  EXPECT_EQ(WithThousands(1148800000), "1,148,800,000");
  EXPECT_EQ(WithThousands(-1234567), "-1,234,567");
}

TEST(StringsTest, Closest) {
  std::vector<std::string> names{"Kazakhstan", "Tajikistan", "Kyrgyzstan", "Uzbekistan"};
  auto m = ClosestMatches("Kazakstan", names);
  ASSERT_FALSE(m.empty());
  EXPECT_EQ(m[0], "Kazakhstan");
  EXPECT_TRUE(ClosestMatches("Atlantis", names).empty());
}

TEST(StringsTest, QuoteForMessage) {
  EXPECT_EQ(QuoteForMessage("n/a"), "\"n/a\"");
  EXPECT_EQ(QuoteForMessage(std::string("a\0b", 3)), "\"a\\x00b\"");
}

TEST(Utf8Test, Validation) {
  EXPECT_FALSE(FindInvalidUtf8("Türkiye, Қазақстан"));
  EXPECT_EQ(FindInvalidUtf8("ab\xff"), 2u);
  EXPECT_EQ(FindInvalidUtf8("\xc0\xaf"), 0u);          // overlong
  EXPECT_EQ(FindInvalidUtf8("x\xed\xa0\x80"), 1u);     // surrogate
  EXPECT_EQ(FindInvalidUtf8("\xe2\x82"), 0u);          // truncated
}

TEST(Utf8Test, Fold) {
  EXPECT_EQ(FoldForMatch("  Türkiye "), "turkiye");
  EXPECT_EQ(FoldForMatch("CÔTE D’IVOIRE"), "cote d'ivoire");
  EXPECT_EQ(FoldForMatch("Қазақстан"), FoldForMatch("қазақстан"));
  EXPECT_EQ(FoldForMatch("Ёлка"), "елка");
  EXPECT_EQ(FoldForMatch("Şanlıurfa"), "sanliurfa");
}

}  // namespace
}  // namespace dyad
