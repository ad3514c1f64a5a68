#include "text/lexicon.h"

#include <gtest/gtest.h>

namespace dyad::text {
namespace {

TEST(LexiconTest, BuiltinLexiconsParse) {
  const Lexicon& en = Lexicon::Builtin(Language::kEnglish);
  EXPECT_GT(en.size(), 500u);
  EXPECT_TRUE(en.Is("rose", WordClass::kGrowthUp));
  EXPECT_TRUE(en.Is("fell", WordClass::kGrowthDown));
  EXPECT_FALSE(en.Is("fell", WordClass::kGrowthUp));
  EXPECT_TRUE(en.Is("investment", WordClass::kDistractor));
  EXPECT_TRUE(en.Is("inked", WordClass::kSigningVerb));
  EXPECT_EQ(en.Value("march", WordClass::kMonth), 3);
  EXPECT_EQ(en.Value("third", WordClass::kRankOrdinal), 3);
  EXPECT_EQ(en.Value("third", WordClass::kPeriodOrdinal), 3);
  EXPECT_EQ(en.Value("supplier", WordClass::kPartnerNoun), 2);
  EXPECT_EQ(en.Value("rose", WordClass::kMonth), 0);
}

TEST(LexiconTest, EveryClassHasANameAndWords) {
  const Lexicon& en = Lexicon::Builtin(Language::kEnglish);
  for (int i = 0; i < static_cast<int>(WordClass::kCount); ++i) {
    auto c = static_cast<WordClass>(i);
    EXPECT_EQ(WordClassFromName(WordClassName(c)), c);
    EXPECT_FALSE(en.Words(c).empty()) << WordClassName(c);
  }
  EXPECT_EQ(WordClassFromName("no_such_class"), std::nullopt);
}

TEST(LexiconTest, ParsesValuesCommentsAndAWordInSeveralClasses) {
  auto lex = Lexicon::Parse("# comment\nclass,word,value\n\ngrowth_up,up\ngrowth_up,rose\nmonth,may,5\n"
                            "target_marker,may\n",
                            "t.csv");
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  EXPECT_TRUE(lex->Is("may", WordClass::kMonth));
  EXPECT_TRUE(lex->Is("may", WordClass::kTargetMarker));
  EXPECT_EQ(lex->Value("may", WordClass::kMonth), 5);
  EXPECT_EQ(lex->Words(WordClass::kGrowthUp), (std::vector<std::string>{"up", "rose"}));
  EXPECT_EQ(lex->Classes("absent"), 0u);
}

TEST(LexiconTest, ErrorsNameFileAndLine) {
  EXPECT_EQ(Lexicon::Parse("growth_up,up\nbogus,x\n", "t.csv").status().message(),
            "t.csv:2: unknown word class \"bogus\"");
  EXPECT_EQ(Lexicon::Parse("growth_up,\n", "t.csv").status().message(),
            "t.csv:1: expected class,word[,value], found no word");
  EXPECT_EQ(Lexicon::Parse("growth_up,went up\n", "t.csv").status().message(),
            "t.csv:1: \"went up\" is not one folded token");
  EXPECT_EQ(Lexicon::Parse("growth_up,Rose\n", "t.csv").status().message(),
            "t.csv:1: \"Rose\" is not one folded token (reads as \"rose\")");
  EXPECT_EQ(Lexicon::Parse("month,may,fifth\n", "t.csv").status().message(),
            "t.csv:1: expected an integer value, found \"fifth\"");
  EXPECT_EQ(Lexicon::Parse("month,may,5,x\n", "t.csv").status().message(),
            "t.csv:1: expected class,word[,value], found more than 3 fields");
}

}  // namespace
}  // namespace dyad::text
