// The Russian gloss stage alone: what the English stages will read for each Russian
// construction (numbers, periods, prepositions, ranks), and that spans stay on the
// Russian words.
#include <gtest/gtest.h>

#include "text/ru_gloss.h"
#include "text/tokens.h"

namespace dyad::text::ru {
namespace {

// The glossed norms joined by spaces; numbers as their value.
std::string Read(std::string_view text) {
  std::string out;
  for (const Token& t : Gloss(Tokenize(text))) {
    if (!out.empty() && t.space_before) out += " ";
    if (t.kind == TokenKind::kNumber) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%g", t.value);
      out += buf;
    } else {
      out += t.norm;
    }
  }
  return out;
}

TEST(RuGlossTest, Numbers) {
  EXPECT_EQ(Read("1,15 млрд долларов"), "1.15 billion dollars");
  EXPECT_EQ(Read("1 млрд 150 млн долларов"), "1.15 billion dollars");
  EXPECT_EQ(Read("2 млрд. 842 млн. долларов США"), "2.842 billion us dollars");
  EXPECT_EQ(Read("38 млрд 607,6 млн долларов"), "38.6076 billion dollars");
  EXPECT_EQ(Read("412,5 тыс. долларов"), "412.5 thousand dollars");
  EXPECT_EQ(Read("21,9 млн долл. США"), "21.9 million us dollars");
  EXPECT_EQ(Read("свыше 5 млрд рублей"), "over 5 billion rubles");
}

TEST(RuGlossTest, TwoAmountsWithTheirScalesShareTheCurrencyWrittenOnce) {
  EXPECT_EQ(Read("120 млн и 45 млн долларов"), "120 million dollars and 45 million dollars");
  EXPECT_EQ(Read("1,4 млрд или 900 млн долларов США"), "1.4 billion us dollars or 900 million us dollars");
  // A currency of its own, or none after the second, is left as written.
  EXPECT_EQ(Read("3 млн рублей и 2 млн долларов"), "3 million rubles and 2 million dollars");
  EXPECT_EQ(Read("3 млн и 2 млн тонн"), "3 million and 2 million tonnes");
}

TEST(RuGlossTest, AnIndeclinableNameAfterANounIsAGenitive) {
  EXPECT_EQ(Read("доля товарооборота РУз"), "share trade turnover of uzbekistan");
  EXPECT_EQ(Read("в товарообороте КР"), "in trade turnover of kyrgyzstan");
  EXPECT_EQ(Read("импорт США"), "imports of united states");
  EXPECT_EQ(Read("экспорт в США"), "exports to united states");
}

TEST(RuGlossTest, ThePeriodUnderReviewAndALeadingPosition) {
  EXPECT_EQ(Read("за рассматриваемый период времени"), "in the period");
  EXPECT_EQ(Read("в рассматриваемом периоде"), "in the period");
  EXPECT_EQ(Read("удерживает лидерскую позицию"), "holds first place");
  EXPECT_EQ(Read("третью позицию"), "third position");
}

TEST(RuGlossTest, ThousandsGroupedWithAPlainSpace) {
  EXPECT_EQ(Read("составил 1 200 млн долларов"), "amounted to 1200 million dollars");
  EXPECT_EQ(Read("составил 12 345,6 тыс. долларов"), "amounted to 12345.6 thousand dollars");
  EXPECT_EQ(Read("составил 1 234 567 долларов"), "amounted to 1.23457e+06 dollars");
  // Not groups: a year, a group of other than three digits, a decimal before the space.
  EXPECT_EQ(Read("в 2023 году 150 млн"), "in 2023 150 million");
  EXPECT_EQ(Read("за 9 месяцев 12 стран"), "in 9 months 12 countries");
  EXPECT_EQ(Read("1,5 200 долларов"), "1.5 200 dollars");
  // English keeps its own reading.
  EXPECT_EQ(Read("rose to 1 200 tonnes"), "rose to 1 200 tonnes");
  // An elided list item takes the currency from its first group ("— 1 900 млн").
  EXPECT_EQ(Read("4,4 млрд долларов, в 2022 году — 1 900 млн"),
            "4.4 billion dollars, in 2022 -- 1900 million dollars");
}

TEST(RuGlossTest, WordsReadByTheFigureBeforeThem) {
  // "от" after a percentage is "of" (a part of a whole); elsewhere "from".
  EXPECT_EQ(Read("или 3,5% от внешней торговли"), "or 3.5% of foreign trade");
  EXPECT_EQ(Read("3,5 млрд от продажи"), "3.5 billion from sales");
  // "что" after a figure and a comma starts a relative clause; elsewhere "that".
  EXPECT_EQ(Read("8,4 млрд долларов, что в 1,5 раза больше уровня 2022 года"),
            "8.4 billion dollars, which 1.5 times more than the level of 2022");
  EXPECT_EQ(Read("на 5%, что больше"), "by 5%, which more");
  EXPECT_EQ(Read("отметил, что товарооборот"), "отметил, that trade turnover");
}

TEST(RuGlossTest, BackThenAndTheSamePeriod) {
  EXPECT_EQ(Read("Тогда стоимость продукции, импортированной Таджикистаном"),
            "at that time worth products, imported tajikistan");
  EXPECT_EQ(Read("в то время"), "at that time");
  EXPECT_EQ(Read("такого же временного промежутка в 2021-м"), "the same period in 2021");
  EXPECT_EQ(Read("за аналогичный период 2021 года"), "in the same period of 2021");
  EXPECT_EQ(Read("тогда как импорт"), "while imports");
}

TEST(RuGlossTest, WholeAndPronouns) {
  EXPECT_EQ(Read("22,5% всего товарооборота"), "22.5% of total trade turnover");
  EXPECT_EQ(Read("всей внешней торговли"), "total foreign trade");
  EXPECT_EQ(Read("всего 5%"), "only 5%");
  EXPECT_EQ(Read("Он занимает третье место"), "it ranks third place");
  EXPECT_EQ(Read("товарооборот удвоился"), "trade turnover doubled");
}

TEST(RuGlossTest, AbbreviationDotEndsTheSentenceOnlyBeforeACapital) {
  EXPECT_EQ(Read("составил 5 млрд. долларов"), "amounted to 5 billion dollars");
  EXPECT_EQ(Read("составил 5 млрд. Это"), "amounted to 5 billion. this");
}

TEST(RuGlossTest, Periods) {
  EXPECT_EQ(Read("за январь–ноябрь 2023 года"), "in january-november of 2023");
  EXPECT_EQ(Read("в январе-марте"), "in january-march");
  EXPECT_EQ(Read("за 10 месяцев 2023 года"), "in 10 months of 2023");
  EXPECT_EQ(Read("в I квартале"), "in first quarter");
  EXPECT_EQ(Read("в первом полугодии"), "in first half");
  EXPECT_EQ(Read("в прошлом году"), "in last year");
  EXPECT_EQ(Read("в 2022-м"), "in 2022");
  EXPECT_EQ(Read("с января по октябрь"), "from january to october");
  EXPECT_EQ(Read("за аналогичный период прошлого года"), "in the same period last year");
  EXPECT_EQ(Read("по сравнению с тем же периодом 2023 года"), "compared with the same period of 2023");
  EXPECT_EQ(Read("в том же периоде"), "in the same period");
  // Months counted from the start of a year are its first months.
  EXPECT_EQ(Read("за пять месяцев с начала 2024 года"), "in five months of 2024");
  EXPECT_EQ(Read("за 7 месяцев с начала текущего года"), "in 7 months of the year");
  EXPECT_EQ(Read("с начала 2018 года"), "since the start of 2018");
  // The half-year reported without an ordinal is the first.
  EXPECT_EQ(Read("за полугодие"), "in the first half");
  EXPECT_EQ(Read("по итогам полугодия"), "in the first half");
  EXPECT_EQ(Read("во втором полугодии"), "in second half");
}

TEST(RuGlossTest, PrepositionsByTheNextWord) {
  EXPECT_EQ(Read("экспорт в Казахстан"), "exports to kazakhstan");
  EXPECT_EQ(Read("экспорт в Россию"), "exports to russia");
  EXPECT_EQ(Read("в Казахстане"), "in kazakhstan");
  EXPECT_EQ(Read("в Душанбе"), "in dushanbe");
  EXPECT_EQ(Read("вырос в 1,8 раза"), "rose 1.8 times");
  EXPECT_EQ(Read("вырос на 12,5%"), "rose by 12.5%");
  EXPECT_EQ(Read("до 2 млрд долларов к 2030 году"), "to 2 billion dollars by 2030");
  EXPECT_EQ(Read("торговля с Казахстаном"), "trade with kazakhstan");
  EXPECT_EQ(Read("На Китай пришлось 35%"), "china accounted for 35%");
}

TEST(RuGlossTest, FactorsInWordsAreNumbersAndAFallByAFactorIsAPercent) {
  EXPECT_EQ(Read("вырос вдвое"), "rose 2 times");
  EXPECT_EQ(Read("увеличился в два раза"), "increased 2 times");
  EXPECT_EQ(Read("увеличились в полтора раза"), "increased 1.5 times");
  EXPECT_EQ(Read("выросла на треть"), "rose by 33.3 percent");
  EXPECT_EQ(Read("увеличился на рекордные 20%"), "increased by рекордные 20%");
  // A fall by a factor N is a fall by 100 * (1 - 1/N) percent.
  EXPECT_EQ(Read("сократился вдвое"), "fell by 50 percent");
  EXPECT_EQ(Read("снизился в 1,5 раза"), "decreased by 33.3 percent");
  EXPECT_EQ(Read("в 4 раза меньше"), "75 percent less");
  EXPECT_EQ(Read("уменьшился наполовину"), "decreased by 50 percent");
  // Hedged, the factor stays a factor (it states no rate); a rise stays a factor.
  EXPECT_EQ(Read("сократился почти в 2 раза"), "fell nearly 2 times");
  EXPECT_EQ(Read("в 2 раза больше"), "2 times more");
}

TEST(RuGlossTest, AGrowthIndexIsReadAsTheChange) {
  // After "темп роста": the level as a percent of the base.
  EXPECT_EQ(Read("темпы роста товарооборота составили 115%"), "growth trade turnover amounted to 15%");
  EXPECT_EQ(Read("темп роста - 85,2%"), "decrease - 14.8%");
  // A percent "к" a base.
  EXPECT_EQ(Read("составил 1 млрд долларов, или 115,3% к уровню 2022 года"),
            "amounted to 1 billion dollars, or rose by 15.3% compared with 2022");
  EXPECT_EQ(Read("или 97% к январю-марту 2023 года"), "or fell by 3% compared with january-march of 2023");
  // Not an index: a rate after "темп прироста", a low "темп роста", a share.
  EXPECT_EQ(Read("темп прироста составил 115%"), "growth amounted to 115%");
  EXPECT_EQ(Read("темп роста составил 15%"), "growth amounted to 15%");
  EXPECT_EQ(Read("доля составила 60%"), "share amounted to 60%");
}

TEST(RuGlossTest, AnAgreementsComplementReadsAsItsPreposition) {
  EXPECT_EQ(Read("подписали договор о стратегическом партнерстве"), "signed treaty on strategic partnership");
  EXPECT_EQ(Read("меморандум об обмене"), "memorandum on обмене");
  EXPECT_EQ(Read("программа экономического сотрудничества на 2024-2026 годы"),
            "programme of экономического cooperation for 2024-2026");
  EXPECT_EQ(Read("дорожная карта сотрудничества"), "roadmap of cooperation");
  // Elsewhere "о" is "about", and a genitive that is no complement takes no "of".
  EXPECT_EQ(Read("говорили о торговле"), "говорили about trade");
  EXPECT_EQ(Read("соглашение подписано"), "agreement signed");
  EXPECT_EQ(Read("ряд соглашений"), "several agreements");
}

TEST(RuGlossTest, AGenitiveWholeAfterAPercentIsOfIt) {
  EXPECT_EQ(Read("это 22% всей внешней торговли Казахстана"), "this 22% of total foreign trade of kazakhstan");
  EXPECT_EQ(Read("35% внешнеторгового оборота"), "35% of foreign trade turnover");
  EXPECT_EQ(Read("75 проц. импорта"), "75 percent imports");
}

TEST(RuGlossTest, AnAmountAfterATradeNounIsOfIt) {
  EXPECT_EQ(Read("выйти на уровень товарооборота в 10 млрд долларов к 2030 году"),
            "to reach trade turnover of 10 billion dollars by 2030");
  EXPECT_EQ(Read("объем в 5 млрд долларов"), "volume of 5 billion dollars");
  // Elsewhere "в" + a number keeps its reading.
  EXPECT_EQ(Read("в 2023 году"), "in 2023");
  EXPECT_EQ(Read("обеспечил 35% импорта"), "accounted for 35% imports");
}

TEST(RuGlossTest, ShortPastFormsOfFlowVerbs) {
  EXPECT_EQ(Read("ввез из Грузии продукции на 111,2 млн долларов"),
            "imported from georgia products worth 111.2 million dollars");
  EXPECT_EQ(Read("вывезла в Китай"), "exported to china");
}

TEST(RuGlossTest, GenitiveCountryAfterANounTakesOf) {
  EXPECT_EQ(Read("товарооборот Казахстана и Китая"), "trade turnover of kazakhstan and china");
  EXPECT_EQ(Read("Россия и Китай"), "russia and china");
}

TEST(RuGlossTest, ShareOfACountryReadsAsItsPossessive) {
  EXPECT_EQ(Read("доля России во внешней торговле Армении"), "russia's share in foreign trade of armenia");
  EXPECT_EQ(Read("доля стран"), "share countries");
}

TEST(RuGlossTest, ShareOpeningALineKeepsTheLineStart) {
  // The country moved before "share" starts the line and the sentence, as "Доля" did.
  std::string text = "Экспорт вырос.\nДоля Китая в товарообороте Казахстана составила 21,4%.";
  std::vector<Token> toks = Gloss(Tokenize(text));
  size_t china = 0;
  while (china < toks.size() && toks[china].norm != "china") ++china;
  ASSERT_LT(china + 2, toks.size());
  EXPECT_TRUE(toks[china].newline_before);
  EXPECT_EQ(text.substr(toks[china].begin, 8), "Доля");
  EXPECT_EQ(toks[china + 2].norm, "share");
  EXPECT_FALSE(toks[china + 2].newline_before);
  EXPECT_FALSE(toks[china + 2].cap);
}

TEST(RuGlossTest, RankOrdinalMovesNextToItsVerb) {
  EXPECT_EQ(Read("занимает среди торговых партнеров Узбекистана 16-е место"),
            "ranks 16th place among trading partners of uzbekistan");
  EXPECT_EQ(Read("занимает третье место"), "ranks third place");
  EXPECT_EQ(Read("входит в число крупнейших партнеров"), "входит in one of the largest partners");
}

TEST(RuGlossTest, SpansStayOnTheRussianWords) {
  std::string text = "Товарооборот Казахстана вырос.";
  std::vector<Token> toks = Gloss(Tokenize(text));
  ASSERT_GE(toks.size(), 4u);
  EXPECT_EQ(toks[0].norm, "trade");
  EXPECT_EQ(text.substr(toks[0].begin, toks[0].end - toks[0].begin), "Товарооборот");
  EXPECT_EQ(toks[1].norm, "turnover");
  EXPECT_EQ(toks[1].begin, toks[0].begin);
  EXPECT_EQ(toks[2].norm, "of");
  EXPECT_EQ(toks[3].norm, "kazakhstan");
  EXPECT_TRUE(toks[3].cap);
  EXPECT_EQ(text.substr(toks[3].begin, toks[3].end - toks[3].begin), "Казахстана");
}

TEST(RuGlossTest, LatinTokensPassThrough) {
  EXPECT_EQ(Read("Trade with Kazakhstan rose 5%."), "trade with kazakhstan rose 5%.");
  // A comma between thousands stays one in an English sentence of a mixed article.
  EXPECT_EQ(Read("Exports reached $654,800 in 2023. Экспорт вырос."),
            "exports reached $654800 in 2023. exports rose.");
}

}  // namespace
}  // namespace dyad::text::ru
