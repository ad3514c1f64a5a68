// Unit tests of the "roles" stage (src/text/amount_roles.h): each predicate on made-up
// sentences of the phrasing it covers, and on a near miss that must not match.
#include "text/amount_roles.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "text/gazetteer.h"
#include "text/lexicon.h"
#include "text/sentences.h"
#include "text/tokens.h"

namespace dyad::text::internal {
namespace {

// One English sentence analysed as extraction does (tokens, word classes, analysis).
class Sentence {
 public:
  explicit Sentence(std::string text) : text_(std::move(text)) {
    toks_ = Tokenize(text_);
    ranges_ = SplitSentences(toks_);
    doc_.clean = text_;
    doc_.toks = &toks_;
    doc_.gz = &Gazetteer::Builtin();
    doc_.lex = &Lexicon::Builtin(Language::kEnglish);
    doc_.date = Date::Ymd(2024, 6, 1);
    for (const Token& t : toks_) doc_.classes.push_back(t.kind == TokenKind::kWord ? doc_.lex->Classes(t.norm) : 0);
    info_ = Analyze(doc_, ranges_.at(0));
  }
  const Doc& doc() const { return doc_; }
  const SentenceInfo& s() const { return info_; }
  const Money& money(size_t i) const { return info_.money.at(i); }
  const Percent& percent(size_t i) const { return info_.percents.at(i); }
  // The index of the first token whose folded form is `norm`.
  size_t At(const std::string& norm) const {
    for (size_t i = 0; i < toks_.size(); ++i) {
      if (toks_[i].norm == norm) return i;
    }
    ADD_FAILURE() << "no token \"" << norm << "\" in: " << text_;
    return 0;
  }

 private:
  std::string text_;
  std::vector<Token> toks_;
  std::vector<SentenceRange> ranges_;
  Doc doc_;
  SentenceInfo info_;
};

TEST(AmountRoles, GoalWordsSetTheTargetMode) {
  Sentence a("The sides agreed to raise trade to $3 billion.");
  EXPECT_TRUE(TargetWordAt(a.doc(), a.s(), a.At("agreed")));
  Sentence b("They set the goal of reaching $5 billion.");
  EXPECT_TRUE(TargetWordAt(b.doc(), b.s(), b.At("reaching")));
  Sentence c("Trade reached $3 billion last year.");
  EXPECT_FALSE(TargetWordAt(c.doc(), c.s(), c.At("reached")));
}

TEST(AmountRoles, ToReachAfterAPastChangeIsTheLevelReached) {
  Sentence a("Exports rose 12% to reach $3 billion.");
  EXPECT_TRUE(ResultOfChange(a.doc(), a.s(), a.At("reach")));
  Sentence b("The sides aim to reach $3 billion.");
  EXPECT_FALSE(ResultOfChange(b.doc(), b.s(), b.At("reach")));
}

TEST(AmountRoles, ABaselineIsWhatGrowthIsMeasuredFrom) {
  Sentence a("Trade grew 8.2% against $2.45 billion.");
  ASSERT_EQ(a.s().money.size(), 1u);
  EXPECT_TRUE(IsBaselineAmount(a.doc(), a.s(), a.money(0)));
  Sentence b("Trade grew 8.2% to $2.45 billion.");
  ASSERT_EQ(b.s().money.size(), 1u);
  EXPECT_FALSE(IsBaselineAmount(b.doc(), b.s(), b.money(0)));
}

TEST(AmountRoles, AChangeGivenAsAnAmountIsNoLevel) {
  Sentence a("Exports rose by $120 million.");
  ASSERT_EQ(a.s().money.size(), 1u);
  EXPECT_TRUE(ChangeAmount(a.doc(), a.s(), a.money(0)));
  Sentence b("There was an increase of $50 million in imports.");
  ASSERT_EQ(b.s().money.size(), 1u);
  EXPECT_TRUE(ChangeAmount(b.doc(), b.s(), b.money(0)));
  Sentence c("Exports rose to $120 million.");
  ASSERT_EQ(c.s().money.size(), 1u);
  EXPECT_FALSE(ChangeAmount(c.doc(), c.s(), c.money(0)));
}

TEST(AmountRoles, ItemsHaveTheirOwnFigures) {
  Sentence a("Its main exports were gasoline, at $24 billion, and cars.");
  ASSERT_EQ(a.s().money.size(), 1u);
  EXPECT_TRUE(ItemAmount(a.doc(), a.s(), a.money(0).hedge_begin));
  Sentence b("Exports reached $24 billion.");
  ASSERT_EQ(b.s().money.size(), 1u);
  EXPECT_FALSE(ItemAmount(b.doc(), b.s(), b.money(0).hedge_begin));
  // A word for the figure itself before ", at" is no item: the amount is the figure's.
  for (const char* text : {"Exports to Peru made up most of the total, at $3.2 billion.",
                           "Purchases of Indian goods accounted for the bulk of it, at $12 billion.",
                           "Oil sales made up much of that, at $800 million."}) {
    Sentence w(text);
    ASSERT_EQ(w.s().money.size(), 1u) << text;
    EXPECT_FALSE(ItemAmount(w.doc(), w.s(), w.money(0).hedge_begin)) << text;
  }
  Sentence c("Shipments of rubber (24 percent higher) led the list.");
  ASSERT_EQ(c.s().percents.size(), 1u);
  EXPECT_TRUE(ItemGrowth(c.doc(), c.s(), c.percent(0)));
  Sentence d("Exports (up 24 percent) led the list.");
  ASSERT_EQ(d.s().percents.size(), 1u);
  EXPECT_FALSE(ItemGrowth(d.doc(), d.s(), d.percent(0)));
  // After an amount, the parenthesis is the figure's own change.
  for (const char* text : {"Imports were $310 million (up 6%).", "Turnover: 5.2 billion euros (+4.1% y/y)."}) {
    Sentence e(text);
    ASSERT_EQ(e.s().percents.size(), 1u) << text;
    EXPECT_FALSE(ItemGrowth(e.doc(), e.s(), e.percent(0))) << text;
  }
}

TEST(AmountRoles, TheWholeBeforeItsPartIsNoPairFigure) {
  Sentence a("Kazakhstan's exports totalled $80 billion, including $2 billion to Kyrgyzstan.");
  ASSERT_EQ(a.s().money.size(), 2u);
  EXPECT_TRUE(WholeBeforePart(a.doc(), a.s(), a.money(0)));
  EXPECT_FALSE(WholeBeforePart(a.doc(), a.s(), a.money(1)));
  Sentence b("Chinese exports reached $3.4 trillion, of which $60 billion went to Vietnam.");
  ASSERT_EQ(b.s().money.size(), 2u);
  EXPECT_TRUE(WholeBeforePart(b.doc(), b.s(), b.money(0)));
  // The pair's total split into the pair's flows is the pair's.
  Sentence c("Trade between Brazil and Argentina came to $28 billion, including $16 billion of Brazilian exports "
             "to Argentina.");
  ASSERT_EQ(c.s().money.size(), 2u);
  EXPECT_FALSE(WholeBeforePart(c.doc(), c.s(), c.money(0)));
  // The part's partner named before its amount ("из них в Казахстан — 800 млн").
  Sentence d("Kyrgyzstan's exports reached $3.4 billion in 2023, including to Kazakhstan -- $800 million.");
  ASSERT_EQ(d.s().money.size(), 2u);
  EXPECT_TRUE(WholeBeforePart(d.doc(), d.s(), d.money(0)));
  Sentence e("Trade between Kazakhstan and Kyrgyzstan came to $2.4 billion, of which Kyrgyzstan's exports -- $1 billion.");
  ASSERT_EQ(e.s().money.size(), 2u);
  EXPECT_FALSE(WholeBeforePart(e.doc(), e.s(), e.money(0)));
}

TEST(AmountRoles, AFlowNamedAfterTheAmount) {
  Sentence a("We had $27 million worth of exports and $239 million worth of imports from Peru.");
  ASSERT_EQ(a.s().money.size(), 2u);
  EXPECT_EQ(FlowNamedAfter(a.doc(), a.s(), a.money(0)), a.At("exports"));
  EXPECT_EQ(FlowNamedAfter(a.doc(), a.s(), a.money(1)), a.At("imports"));
  Sentence b("Trade came to $3 billion, including $1.2 billion of Peru's exports to Chile.");
  ASSERT_EQ(b.s().money.size(), 2u);
  EXPECT_EQ(FlowNamedAfter(b.doc(), b.s(), b.money(0)), 0u);
  EXPECT_EQ(FlowNamedAfter(b.doc(), b.s(), b.money(1)), b.At("exports"));
  Sentence c("Trade came to $3 billion worth of exports and imports.");
  EXPECT_EQ(FlowNamedAfter(c.doc(), c.s(), c.money(0)), 0u);
  Sentence d("Exports were $2 billion in 2023, and exports to Peru $400 million.");
  EXPECT_EQ(FlowNamedAfter(d.doc(), d.s(), d.money(0)), 0u);
  // Set against another flow after "compared to", an amount is no earlier level.
  Sentence e("In 2016, Chile exported goods worth $438 million compared to over $2 billion in imports from Peru.");
  ASSERT_EQ(e.s().money.size(), 2u);
  EXPECT_FALSE(IsBaselineAmount(e.doc(), e.s(), e.money(1)));
  Sentence f("In 2016, Chile exported goods worth $438 million compared to $400 million.");
  EXPECT_TRUE(IsBaselineAmount(f.doc(), f.s(), f.money(1)));
}

TEST(AmountRoles, ARateIsNoPeriodsFigure) {
  Sentence a("Two-way trade runs at over $1 billion a month.");
  ASSERT_EQ(a.s().money.size(), 1u);
  EXPECT_TRUE(RateAmount(a.doc(), a.s(), a.money(0)));
  Sentence b("Supplies of about 30 million dollars per day cross the border.");
  ASSERT_EQ(b.s().money.size(), 1u);
  EXPECT_TRUE(RateAmount(b.doc(), b.s(), b.money(0)));
  Sentence c("Trade reached $1 billion a year earlier.");  // a baseline, not a rate
  ASSERT_EQ(c.s().money.size(), 1u);
  EXPECT_FALSE(RateAmount(c.doc(), c.s(), c.money(0)));
  Sentence d("Trade reached $12 billion in a month of talks.");
  ASSERT_EQ(d.s().money.size(), 1u);
  EXPECT_FALSE(RateAmount(d.doc(), d.s(), d.money(0)));
}

TEST(AmountRoles, ASpanOfYearsNoPeriodNamesIsVague) {
  for (const char* text : {"Over the years, exports to Peru stayed below $1 billion.",
                           "Imports from Chile, in all these years, were less than $500 million.",
                           "In recent years trade has hovered around $2 billion."}) {
    Sentence v(text);
    ASSERT_EQ(v.s().money.size(), 1u) << text;
    EXPECT_TRUE(VagueYears(v.doc(), v.s(), v.money(0))) << text;
  }
  // A period of its own, or a count of years, dates it.
  for (const char* text : {"In recent years trade grew, reaching $2 billion in 2023.",
                           "Trade has grown for 5 years and reached $2 billion.",
                           "Exports reached $1 billion last year."}) {
    Sentence v(text);
    ASSERT_EQ(v.s().money.size(), 1u) << text;
    EXPECT_FALSE(VagueYears(v.doc(), v.s(), v.money(0))) << text;
  }
}

TEST(AmountRoles, AnotherCurrencyRestatedInDollars) {
  Sentence a("Trade reached 420 billion tenge ($910 million) last year.");
  ASSERT_EQ(a.s().money.size(), 2u);
  EXPECT_TRUE(RestatedInDollars(a.doc(), a.s(), a.money(0)));
  EXPECT_FALSE(RestatedInDollars(a.doc(), a.s(), a.money(1)));
  Sentence b("Trade reached 420 billion tenge last year.");
  ASSERT_EQ(b.s().money.size(), 1u);
  EXPECT_FALSE(RestatedInDollars(b.doc(), b.s(), b.money(0)));
  // ", or (about) $X", "equivalent to $X", a parenthesis with "or" in it.
  for (const char* text : {"Turnover was 8.4 billion euros, or about $9.1 billion, last year.",
                           "Trade reached C$3 billion, equivalent to $2.2 billion.",
                           "Exports stood at 1.2 trillion won (or $900 million) in May.",
                           "Trade rose to 12 billion yuan or $1.7 billion."}) {
    Sentence r(text);
    ASSERT_EQ(r.s().money.size(), 2u) << text;
    EXPECT_TRUE(RestatedInDollars(r.doc(), r.s(), r.money(0))) << text;
  }
  // Two figures of different things are no restatement.
  for (const char* text : {"Exports were 5 billion euros and imports $3 billion.",
                           "Exports reached 5 billion euros, imports $3 billion."}) {
    Sentence r(text);
    ASSERT_EQ(r.s().money.size(), 2u) << text;
    EXPECT_FALSE(RestatedInDollars(r.doc(), r.s(), r.money(0))) << text;
  }
}

TEST(AmountRoles, TradeWithAGroupIsNoPairs) {
  Sentence a("Its trade with the region reached $5 billion.");
  EXPECT_TRUE(WithGroup(a.doc(), a.s(), a.At("trade"), a.money(0).begin));
  Sentence b("Its trade with Kazakhstan reached $5 billion.");
  EXPECT_FALSE(WithGroup(b.doc(), b.s(), b.At("trade"), b.money(0).begin));
}

TEST(AmountRoles, AGroupInQuotationMarksIsStillAGroup) {
  Sentence a("Trade with \"friendly countries\" reached about $550 billion.");
  EXPECT_TRUE(WithGroup(a.doc(), a.s(), 0, a.s().end));
  Sentence b("Trade with \"friendly\" Kazakhstan reached about $5 billion.");
  EXPECT_FALSE(WithGroup(b.doc(), b.s(), 0, b.s().end));
}

TEST(AmountRoles, APartOfACountryIsNoSide) {
  Sentence a("Trade between Tatarstan and Kazakhstan reached $1 billion.");
  ASSERT_EQ(a.s().money.size(), 1u);
  EXPECT_TRUE(SubnationalSide(a.doc(), a.s(), 0, a.money(0).begin));
  Sentence b("Trade between Russia and Kazakhstan reached $1 billion.");
  ASSERT_EQ(b.s().money.size(), 1u);
  EXPECT_FALSE(SubnationalSide(b.doc(), b.s(), 0, b.money(0).begin));
}

TEST(AmountRoles, ANamedProductMakesAProductFlow) {
  Sentence a("Wheat exports reached $1 billion.");
  EXPECT_TRUE(ProductFlow(a.doc(), a.s(), a.At("exports"), a.money(0).begin));
  Sentence b("Exports reached $1 billion.");
  EXPECT_FALSE(ProductFlow(b.doc(), b.s(), b.At("exports"), b.money(0).begin));
  Sentence c("Exports of cotton worth $40 million went to Turkey.");
  EXPECT_TRUE(ProductFlow(c.doc(), c.s(), c.At("exports"), c.money(0).begin));
  // Goods in apposition, closed by a comma, are what the flow consists of, not its item.
  Sentence d("Chilean exports to Japan, led by copper, were worth C$9 billion.");
  EXPECT_FALSE(ProductFlow(d.doc(), d.s(), d.At("exports"), d.money(0).begin));
  Sentence e("Its supplies, mostly fuel, hit $2 billion.");
  EXPECT_FALSE(ProductFlow(e.doc(), e.s(), e.At("supplies"), e.money(0).begin));
}

TEST(AmountRoles, AnOfferIsNoFigure) {
  Sentence a("Kenya offered to export goods worth $1 billion to Russia.");
  ASSERT_EQ(a.s().money.size(), 1u);
  EXPECT_TRUE(OfferedAmount(a.doc(), a.s(), a.money(0)));
  Sentence b("Kenya exported goods worth $1 billion to Russia.");
  ASSERT_EQ(b.s().money.size(), 1u);
  EXPECT_FALSE(OfferedAmount(b.doc(), b.s(), b.money(0)));
}

TEST(AmountRoles, AnImpersonalForecastForThisYearIsNoGoal) {
  // The sentences are dated 2024-06-01 (Sentence).
  Sentence a("Trade is expected to rise to $60 billion in 2024.");
  ASSERT_EQ(a.s().money.size(), 1u);
  EXPECT_TRUE(ForecastForNow(a.doc(), a.s(), a.money(0), std::nullopt));
  EXPECT_TRUE(ForecastForNow(a.doc(), a.s(), a.money(0), 2024));
  Sentence b("Trade is expected to rise to $60 billion by 2030.");
  ASSERT_EQ(b.s().money.size(), 1u);
  EXPECT_FALSE(ForecastForNow(b.doc(), b.s(), b.money(0), 2030));
  Sentence c("We expect trade to rise to $60 billion in 2024.");
  ASSERT_EQ(c.s().money.size(), 1u);
  EXPECT_FALSE(ForecastForNow(c.doc(), c.s(), c.money(0), std::nullopt));
}

TEST(AmountRoles, BaselinePositions) {
  Sentence a("Trade was $5 billion, compared with $4 billion in 2022.");
  EXPECT_FALSE(BaselinePosition(a.doc(), a.s(), a.money(0).hedge_begin));
  EXPECT_TRUE(BaselinePosition(a.doc(), a.s(), a.money(1).hedge_begin));
  Sentence b("Trade was $5 billion versus $4 billion, up from $3 billion and relative to $2 billion.");
  EXPECT_TRUE(BaselinePosition(b.doc(), b.s(), b.money(1).hedge_begin));
  EXPECT_TRUE(BaselinePosition(b.doc(), b.s(), b.money(2).hedge_begin));
  EXPECT_TRUE(BaselinePosition(b.doc(), b.s(), b.money(3).hedge_begin));
  Sentence c("Trade rose to $5 billion.");
  EXPECT_FALSE(BaselinePosition(c.doc(), c.s(), c.money(0).hedge_begin));
}

TEST(AmountRoles, AnAmountDatedBySamePeriodLastYearIsTheYearBefore) {
  Sentence a("The figure for the same period last year was $12.1 billion.");
  EXPECT_TRUE(YearBeforeAmount(a.doc(), a.s(), a.money(0)));
  Sentence b("Exports were $22 billion a year ago.");
  EXPECT_TRUE(YearBeforeAmount(b.doc(), b.s(), b.money(0)));
  // The baseline of a change, a comparison, "in the same period" and year-on-year are not.
  Sentence c("Exports rose 23 percent against the same period in 2016, to $8.8 billion.");
  EXPECT_FALSE(YearBeforeAmount(c.doc(), c.s(), c.money(0)));
  Sentence d("Trade grew 5% year-on-year to $57 billion.");
  EXPECT_FALSE(YearBeforeAmount(d.doc(), d.s(), d.money(0)));
  Sentence e("Imports were $150 million in the same period.");
  EXPECT_FALSE(YearBeforeAmount(e.doc(), e.s(), e.money(0)));
  Sentence f("Trade reached $13 billion, against $12 billion in the same period last year.");
  EXPECT_FALSE(YearBeforeAmount(f.doc(), f.s(), f.money(1)));
}

TEST(AmountRoles, AnAmountSetOffRightAfterTheBaselineIsItsLevel) {
  Sentence a("Trade was 46.1 percent higher than the same period last year - $371.8 million.");
  EXPECT_TRUE(YearBeforeAmount(a.doc(), a.s(), a.money(0)));
  Sentence b("Exports fell 3% from a year earlier ($1.2 billion).");
  EXPECT_TRUE(YearBeforeAmount(b.doc(), b.s(), b.money(0)));
  Sentence c("Exports were lower than a year earlier: $1.2 billion.");
  EXPECT_TRUE(YearBeforeAmount(c.doc(), c.s(), c.money(0)));
  // Words between: the baseline is not the amount's.
  Sentence d("Exports were lower than a year earlier, at $1.2 billion in total.");
  EXPECT_FALSE(YearBeforeAmount(d.doc(), d.s(), d.money(0)));
}

TEST(AmountRoles, AWhenClauseAfterTheBaselineIsItsLevel) {
  Sentence a("This is 6.3% less than in the same period last year, when trade stood at $760.5 million.");
  EXPECT_TRUE(YearBeforeAmount(a.doc(), a.s(), a.money(0)));
  Sentence c("Trade grew 8% from a year earlier, when it was $3 billion.");
  EXPECT_TRUE(YearBeforeAmount(c.doc(), c.s(), c.money(0)));
  // Another amount between them keeps its own reading; "when" elsewhere is no baseline.
  Sentence d("It was 5% less than in the same period last year, when exports reached $2 billion and imports $1 billion.");
  EXPECT_TRUE(YearBeforeAmount(d.doc(), d.s(), d.money(0)));
  Sentence e("Trade rose 5% in the same period, when it was $3 billion.");
  EXPECT_FALSE(YearBeforeAmount(e.doc(), e.s(), e.money(0)));
}

}  // namespace
}  // namespace dyad::text::internal
