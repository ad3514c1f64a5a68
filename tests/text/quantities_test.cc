// Money, percentages, hedges and time expressions, one phrase at a time.
#include <gtest/gtest.h>

#include "text/quantities.h"
#include "text/time_expr.h"
#include "text/tokens.h"

namespace dyad::text {
namespace {

struct M {
  std::optional<int64_t> usd;
  double amount;
  std::string currency;
  std::string qualifier;
};

std::vector<M> Money(const std::string& s) {
  auto toks = Tokenize(s);
  std::vector<M> out;
  for (const auto& m : FindMoney(toks, 0, toks.size())) out.push_back({m.usd, m.amount, m.currency, m.qualifier});
  return out;
}

TEST(MoneyTest, DollarForms) {
  EXPECT_EQ(Money("$2 billion")[0].usd, 2000000000);
  EXPECT_EQ(Money("$1.13 billion")[0].usd, 1130000000);
  EXPECT_EQ(Money("USD 550 mln")[0].usd, 550000000);
  EXPECT_EQ(Money("4.4 billion US dollars")[0].usd, 4400000000);
  EXPECT_EQ(Money("$1.6bn")[0].usd, 1600000000);
  EXPECT_EQ(Money("$654,800")[0].usd, 654800);
  EXPECT_EQ(Money("$500 million")[0].usd, 500000000);
  EXPECT_EQ(Money("US$ 1.2 billion")[0].usd, 1200000000);
  EXPECT_EQ(Money("US$1.2 billion")[0].usd, 1200000000);
  EXPECT_EQ(Money("2 billion dollars")[0].usd, 2000000000);
  EXPECT_EQ(Money("$1,130 million")[0].usd, 1130000000);
  EXPECT_EQ(Money("$5m")[0].usd, 5000000);
}

TEST(MoneyTest, CurrencyCodeWrittenAgainstTheAmount) {
  // "USD24.2 billion": the code and the number are two tokens, as with a space.
  EXPECT_EQ(Money("standing at USD24.2 billion in 2022")[0].usd, 24200000000);
  EXPECT_EQ(Money("USD750 million")[0].usd, 750000000);
  auto d = Money("worth AED12bn");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].currency, "AED");
  EXPECT_FALSE(d[0].usd.has_value());
  EXPECT_EQ(Money("RMB3.5 trillion")[0].currency, "CNY");
  // Other capitals before digits stay one word: no amount is made of them.
  EXPECT_TRUE(Money("the COP28 summit and the G20 in 2023").empty());
  EXPECT_TRUE(Money("FY2023 exports").empty());
  auto toks = Tokenize("COP28 FY22 usd5");
  ASSERT_EQ(toks.size(), 3u);
  EXPECT_EQ(toks[0].norm, "cop28");
  EXPECT_EQ(toks[1].norm, "fy22");
  EXPECT_EQ(toks[2].norm, "usd5");  // lower case is not the code
}

TEST(MoneyTest, DecimalCommaAndRussianScale) {
  EXPECT_EQ(Money("1,5 млрд долларов")[0].usd, 1500000000);
  EXPECT_EQ(Money("1,130 млрд долларов")[0].usd, 1130000000);  // a decimal comma before млрд
  EXPECT_EQ(Money("0,6 billion US dollars")[0].usd, 600000000);
  EXPECT_EQ(Money("1\u00a0130\u00a0000 долларов")[0].usd, 1130000);       // no-break spaces between groups
}

TEST(MoneyTest, OtherCurrenciesAreNotDollars) {
  auto t = Money("500 billion tenge");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_FALSE(t[0].usd.has_value());
  EXPECT_EQ(t[0].currency, "KZT");
  EXPECT_EQ(t[0].amount, 5e11);
  EXPECT_EQ(Money("2.1 million somoni")[0].currency, "TJS");
  EXPECT_EQ(Money("96.5 billion euros")[0].currency, "EUR");
  EXPECT_EQ(Money("€3 billion")[0].currency, "EUR");
  EXPECT_TRUE(Money("2 billion").empty());      // no currency: not money
  EXPECT_TRUE(Money("in 2023").empty());
  EXPECT_TRUE(Money("the team won 3 games").empty());
}

TEST(MoneyTest, OtherDollarsAreNotUsDollars) {
  // A letter prefix written against "$" names another dollar; "US$" stays the US dollar.
  auto c = Money("C$2.5 billion");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_FALSE(c[0].usd.has_value());
  EXPECT_EQ(c[0].currency, "CAD");
  EXPECT_EQ(c[0].amount, 2.5e9);
  EXPECT_EQ(Money("NZ$400 million")[0].currency, "NZD");
  EXPECT_EQ(Money("HK$1.1 trillion")[0].currency, "HKD");
  EXPECT_EQ(Money("S$ 3 billion")[0].currency, "SGD");
  EXPECT_EQ(Money("R$15 billion")[0].currency, "BRL");
  EXPECT_EQ(Money("worth A$7.2bn")[0].currency, "AUD");
  EXPECT_EQ(Money("4 billion Canadian dollars")[0].currency, "CAD");
  EXPECT_EQ(Money("700 million Australian dollars")[0].currency, "AUD");
  EXPECT_EQ(Money("US$700 million")[0].usd, 700000000);
  // A capital word apart from the sign is no prefix: "A $5 billion deal" is in US dollars.
  EXPECT_EQ(Money("A $5 billion deal")[0].usd, 5000000000);
  EXPECT_EQ(Money("a$5 billion")[0].usd, 5000000000);
}

TEST(MoneyTest, NumberWordsBeforeAScale) {
  EXPECT_EQ(Money("five billion USD")[0].usd, 5000000000);
  EXPECT_EQ(Money("two million dollars")[0].usd, 2000000);
  EXPECT_EQ(Money("nearly ten billion US dollars")[0].usd, 10000000000);
  EXPECT_EQ(Money("nearly ten billion US dollars")[0].qualifier, "almost");
  EXPECT_EQ(Money("more than a billion dollars")[0].usd, 1000000000);
  EXPECT_EQ(Money("three billion euros")[0].currency, "EUR");
  // Without a currency, or before a small scale, a number word is no amount.
  EXPECT_TRUE(Money("five billion people").empty());
  EXPECT_TRUE(Money("two thousand dollars").empty());
  EXPECT_TRUE(Money("five companies worth $2 billion").size() == 1);
}

TEST(MoneyTest, Hedges) {
  EXPECT_EQ(Money("more than $1 billion")[0].qualifier, "more_than");
  EXPECT_EQ(Money("over $1 billion")[0].qualifier, "more_than");
  EXPECT_EQ(Money("exceeded $1 billion")[0].qualifier, "more_than");
  EXPECT_EQ(Money("about $1 billion")[0].qualifier, "approx");
  EXPECT_EQ(Money("around $1 billion")[0].qualifier, "approx");
  EXPECT_EQ(Money("approximately $1 billion")[0].qualifier, "approx");
  EXPECT_EQ(Money("nearly $1 billion")[0].qualifier, "almost");
  EXPECT_EQ(Money("almost $1 billion")[0].qualifier, "almost");
  EXPECT_EQ(Money("close to $1 billion")[0].qualifier, "almost");
  EXPECT_EQ(Money("up to $1 billion")[0].qualifier, "up_to");
  EXPECT_EQ(Money("less than $1 billion")[0].qualifier, "less_than");
  EXPECT_EQ(Money("under $1 billion")[0].qualifier, "less_than");
  EXPECT_EQ(Money("$1 billion")[0].qualifier, "");
}

TEST(PercentTest, Forms) {
  auto p = [](const std::string& s) {
    auto toks = Tokenize(s);
    auto v = FindPercents(toks, 0, toks.size());
    return v.empty() ? -999.0 : v[0].value;
  };
  EXPECT_EQ(p("grew by 15%"), 15);
  EXPECT_EQ(p("15 percent"), 15);
  EXPECT_EQ(p("up 12.5 per cent"), 12.5);
  EXPECT_EQ(p("14,6 percent"), 14.6);
  EXPECT_EQ(p("30 pct"), 30);
  EXPECT_EQ(p("fifteen"), -999.0);
}

TEST(PercentTest, AWrittenSign) {
  auto sign = [](const std::string& s) {
    auto toks = Tokenize(s);
    auto v = FindPercents(toks, 0, toks.size());
    return v.empty() ? std::pair{-999, -999.0} : std::pair{v[0].sign, v[0].value};
  };
  EXPECT_EQ(sign("imports (+7.5% y/y)"), (std::pair{1, 7.5}));
  EXPECT_EQ(sign("exports (-12%)"), (std::pair{-1, -12.0}));
  EXPECT_EQ(sign("turnover, +3 percent"), (std::pair{1, 3.0}));
  EXPECT_EQ(sign("a fall of -4%"), (std::pair{-1, -4.0}));
  EXPECT_EQ(sign("rose 4%"), (std::pair{0, 4.0}));
  // A hyphen between words and a number is no sign: "January-5%" is not read as -5%.
  EXPECT_EQ(sign("January-5%").first, 0);
}

struct T {
  TimeKind kind;
  int year;
  std::string months;
};

std::vector<T> Times(const std::string& s, Date article = Date::Ymd(2024, 8, 22)) {
  auto toks = Tokenize(s);
  std::vector<T> out;
  for (const auto& t : FindTimes(toks, 0, toks.size(), article)) {
    out.push_back({t.kind, t.kind == TimeKind::kDate ? t.date.year : t.year, MonthsString(t.month_from, t.month_to)});
  }
  return out;
}

TEST(TimeTest, Periods) {
  auto one = [](const std::string& s) {
    auto v = Times(s);
    EXPECT_EQ(v.size(), 1u) << s;
    return v.empty() ? T{TimeKind::kDate, 0, ""} : v[0];
  };
  EXPECT_EQ(one("last year").year, 2023);
  EXPECT_EQ(one("last year").months, "1-12");
  EXPECT_EQ(one("this year").year, 2024);
  EXPECT_EQ(one("this year").months, "");
  EXPECT_EQ(one("in 2023").months, "1-12");
  EXPECT_EQ(one("in the first 11 months of 2023").months, "1-11");
  EXPECT_EQ(one("in the first 11 months of 2023").year, 2023);
  EXPECT_EQ(one("January-November 2023").months, "1-11");
  EXPECT_EQ(one("January–September").months, "1-9");
  EXPECT_EQ(one("in the first half of 2022").months, "1-6");
  EXPECT_EQ(one("in Q1").months, "1-3");
  EXPECT_EQ(one("in Q1").year, 2024);
  EXPECT_EQ(one("the second quarter of 2023").months, "4-6");
  EXPECT_EQ(one("nine months of 2023").months, "1-9");
  EXPECT_EQ(one("the 2023-24 financial year").year, 2024);
  EXPECT_EQ(one("the 2023-24 financial year").months, "");
  EXPECT_EQ(one("by 2030").kind, TimeKind::kTargetYear);
  EXPECT_EQ(one("by 2030").year, 2030);
  EXPECT_EQ(one("2023-2025").kind, TimeKind::kRange);
  EXPECT_EQ(one("over the past five years").kind, TimeKind::kPastYears);
  EXPECT_EQ(one("since 2019").kind, TimeKind::kSince);
  EXPECT_EQ(one("compared to the same period last year").kind, TimeKind::kBaseline);
  EXPECT_EQ(one("year-on-year").kind, TimeKind::kBaseline);
}

TEST(TimeTest, PartsOfAFiscalYear) {
  auto fiscal = [](const std::string& s) {
    auto toks = Tokenize(s);
    auto v = FindTimes(toks, 0, toks.size(), Date::Ymd(2024, 8, 22));
    return v.size() == 1 && v[0].fiscal ? std::to_string(v[0].year) + " " + MonthsString(v[0].month_from, v[0].month_to)
                                        : std::string("none");
  };
  // Counted from the fiscal year's start, which the reader knows only from the pair.
  EXPECT_EQ(fiscal("in the first five months of the fiscal year 2022-23"), "2023 1-5");
  EXPECT_EQ(fiscal("the first half of fiscal 2023-24"), "2024 1-6");
  EXPECT_EQ(fiscal("in the third quarter of the financial year 2024"), "2024 7-9");
  EXPECT_EQ(fiscal("the first five months of 2023"), "none");
  // The article's own fiscal year: no year until the pair and the date give it.
  EXPECT_EQ(fiscal("in the first seven months of the current fiscal"), "0 1-7");
  EXPECT_EQ(fiscal("the second quarter of this financial year"), "0 4-6");
  // Calendar months of a fiscal year: the year is the fiscal year's end until the pair
  // gives the start.
  auto calendar = [](const std::string& s) {
    auto toks = Tokenize(s);
    auto v = FindTimes(toks, 0, toks.size(), Date::Ymd(2024, 8, 22));
    return v.size() == 1 && v[0].fiscal && v[0].calendar_months
               ? std::to_string(v[0].year) + " " + MonthsString(v[0].month_from, v[0].month_to) + " [" +
                     std::to_string(v[0].begin) + "," + std::to_string(v[0].end) + ")"
               : std::string("none");
  };
  EXPECT_EQ(calendar("between April and August of the FY 2022-23"), "2023 4-8 [1,10)");
  EXPECT_EQ(calendar("in April-September 2023-24"), "2024 4-9 [1,7)");
  EXPECT_EQ(calendar("April-June FY24"), "2024 4-6 [0,4)");
  EXPECT_EQ(calendar("in January-March of fiscal 2023/24"), "2024 1-3 [1,9)");
  EXPECT_EQ(calendar("April to June of the current financial year"), "0 4-6 [0,8)");
  EXPECT_EQ(calendar("in January-March 2024"), "none");
}

TEST(TimeTest, Dates) {
  auto date = [](const std::string& s) {
    auto toks = Tokenize(s);
    for (const auto& t : FindTimes(toks, 0, toks.size(), Date::Ymd(2024, 8, 22))) {
      if (t.kind == TimeKind::kDate || t.date.year != 0) return t.date.ToString();
    }
    return std::string("none");
  };
  EXPECT_EQ(date("22 August 2024"), "2024-08-22");
  EXPECT_EQ(date("August 22, 2024"), "2024-08-22");
  EXPECT_EQ(date("2024-08-22"), "2024-08-22");
  EXPECT_EQ(date("22.08.2024"), "2024-08-22");
  EXPECT_EQ(date("Aug. 20"), "2024-08-20");
  EXPECT_EQ(date("yesterday"), "2024-08-21");
  EXPECT_EQ(date("on Tuesday"), "2024-08-20");   // 2024-08-22 was a Thursday
  EXPECT_EQ(date("in December"), "2023-12");      // a month still to come means last year's
  EXPECT_EQ(date("August 32, 2024"), "none");
  EXPECT_EQ(date("in may"), "none");              // "may" the verb
}

TEST(TimeTest, Dateline) {
  auto toks = Tokenize("ASTANA, August 22, 2024 (Kazinform) - Talks were held.");
  auto d = FindDateline(toks, 80);
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->ToString(), "2024-08-22");
  auto none = Tokenize("ASTANA, August 22 (Kazinform) - Talks were held.");
  EXPECT_FALSE(FindDateline(none, 80).has_value());
}

}  // namespace
}  // namespace dyad::text
