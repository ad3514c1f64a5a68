// Phrasings of real English news that the reader handles (docs/extraction.md, "Rules
// for real news"), one test per rule, each on a short synthetic sentence.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "claim_lines.h"
#include "text/claims.h"
#include "text/claims_json.h"

namespace dyad::text {
namespace {

std::vector<std::string> Claims(const std::string& text, std::optional<Date> date = Date::Ymd(2024, 8, 22)) {
  return ClaimLines(text, date);
}

using V = std::vector<std::string>;

TEST(RealNewsTest, MonthRangeAfterFromIsAPeriod) {
  EXPECT_EQ(Claims("From January to November 2017, trade between Nigeria and China reached $12.3 billion."),
            V{"trade_total NGA CHN 2017 1-11 $12300000000"});
  EXPECT_EQ(Claims("In 2016, from January to July, trade between Iran and China was worth $6.5 billion."),
            V{"trade_total IRN CHN 2016 1-7 $6500000000"});
}

TEST(RealNewsTest, AListOfThreeCountriesIsNoPairsFigure) {
  const std::string pair = "Trade between Tajikistan and Kazakhstan reached $1.2 billion in 2023. ";
  const V first = {"trade_total TJK KAZ 2023 1-12 $1200000000"};
  EXPECT_EQ(Claims(pair + "Trade between Russia, Kazakhstan and Belarus reached $60 billion in 2023."), first);
  EXPECT_EQ(Claims(pair + "Kazakhstan's trade with Russia, China and Uzbekistan reached $60 billion in 2023."), first);
  EXPECT_EQ(Claims("Товарооборот Таджикистана и Казахстана в 2023 году составил 1,2 млрд долларов. Товарооборот "
                   "России, Казахстана и Беларуси в 2023 году составил 60 млрд долларов."),
            first);
  // The same country named twice is still a pair.
  EXPECT_EQ(Claims("По данным правительства Казахстана, Казахстан и Узбекистан в 2023 году нарастили товарооборот "
                   "до 4 млрд долларов."),
            V{"trade_total KAZ UZB 2023 1-12 $4000000000"});
}

TEST(RealNewsTest, AChangeNounAloneIsTheChangeOfTheFigureJustStated) {
  const std::string stated = "Trade between Kazakhstan and Kyrgyzstan reached $1.2 billion in 2023. ";
  EXPECT_EQ(Claims(stated + "Compared with 2022, the increase was 20%."),
            (V{"trade_total KAZ KGZ 2023 1-12 $1200000000", "trade_growth KAZ KGZ 2023 1-12 20.00%"}));
  EXPECT_EQ(Claims("Товарооборот Казахстана и Кыргызстана в 2023 году составил 1,2 млрд долларов. Снижение "
                   "составило 5%."),
            (V{"trade_total KAZ KGZ 2023 1-12 $1200000000", "trade_growth KAZ KGZ 2023 1-12 -5.00%"}));
  // Not after a sentence naming another subject or a distractor.
  EXPECT_EQ(Claims(stated + "GDP growth was 5%."), V{"trade_total KAZ KGZ 2023 1-12 $1200000000"});
  EXPECT_EQ(Claims(stated + "In Uzbekistan, growth was 5%."), V{"trade_total KAZ KGZ 2023 1-12 $1200000000"});
}

TEST(RealNewsTest, ALaterClauseWithItsSubjectLeftOutContinuesTheFigure) {
  EXPECT_EQ(Claims("Exports of Kazakhstan to Uzbekistan reached $2 billion in 2023, while in the first quarter of 2024 "
                   "amounted to $0.5 billion."),
            (V{"trade_flow KAZ UZB 2023 1-12 $2000000000", "trade_flow KAZ UZB 2024 1-3 $500000000"}));
  EXPECT_EQ(Claims("Товарооборот Казахстана и Узбекистана за 2023 год превысил 4,5 млрд долларов, а за первые четыре "
                   "месяца 2024 года составил 1,4 млрд долларов."),
            (V{"trade_total KAZ UZB 2023 1-12 $4500000000", "trade_total KAZ UZB 2024 1-4 $1400000000"}));
  // A clause with a subject of its own is not continued.
  EXPECT_EQ(Claims("Trade between Kazakhstan and Uzbekistan reached $4 billion in 2023, while investment in 2023 "
                   "amounted to $1 billion."),
            V{"trade_total KAZ UZB 2023 1-12 $4000000000"});
}

TEST(RealNewsTest, APartWithItsPartnerAfterAGroupsTotalIsThePairs) {
  EXPECT_EQ(Claims("Kazakhstan's trade with the EAEU countries reached $29 billion in 2023, including with Russia -- "
                   "$26 billion."),
            V{"trade_total KAZ RUS 2023 1-12 $26000000000"});
  EXPECT_EQ(Claims("Товарооборот Казахстана со странами ЕАЭС в 2023 году составил 29 млрд долларов, в том числе с "
                   "Россией — 26 млрд долларов."),
            V{"trade_total KAZ RUS 2023 1-12 $26000000000"});
  // With no partner named for the part, the group's total gives nothing.
  EXPECT_EQ(Claims("Kazakhstan's trade with the EAEU countries reached $29 billion in 2023, including exports of $9 "
                   "billion."),
            V{});
}

TEST(RealNewsTest, SingleMonthIsAPeriod) {
  EXPECT_EQ(Claims("In June alone, trade between China and the United States came to $61.2 billion."),
            V{"trade_total CHN USA 2024 6-6 $61200000000"});
}

TEST(RealNewsTest, FiscalYearsAreNamedByTheirEnd) {
  EXPECT_EQ(Claims("Trade between India and Russia stood at $10,110 million in 2019-2020."),
            V{"trade_total IND RUS 2020 - $10110000000"});
  EXPECT_EQ(Claims("India's exports to Sri Lanka were $6.7 billion in 2014-15."),
            V{"trade_flow IND LKA 2015 - $6700000000"});
}

TEST(RealNewsTest, ScaleAbbreviationEndsASentence) {
  EXPECT_EQ(Claims("Russia-Belarus trade increased last year, and it exceeded $32 bln. In this year, trade "
                   "growth is above 12%."),
            (V{"trade_total RUS BLR 2023 1-12 $32000000000", "trade_growth RUS BLR 2024 - 12.00%"}));
}

TEST(RealNewsTest, BaselineAmountIsTheYearBefore) {
  EXPECT_EQ(Claims("Egypt-Russia trade reached $4.7 billion in 2021, up 5.1% YoY from $4.5 billion."),
            (V{"trade_total EGY RUS 2021 1-12 $4700000000", "trade_total EGY RUS 2020 1-12 $4500000000",
               "trade_growth EGY RUS 2021 1-12 5.100%"}));
}

TEST(RealNewsTest, FigureDatedByABaselineIsOfTheYearBefore) {
  const std::string first = "Trade between Vietnam and Korea reached $40.2 billion in the first half of 2024. ";
  const std::string h1 = "trade_total VNM KOR 2024 1-6 $40200000000";
  const std::string h1_before = "trade_total VNM KOR 2023 1-6 $36700000000";
  // Opening the sentence, after the figure, naming its year, or "a year earlier".
  EXPECT_EQ(Claims(first + "During the same period last year, trade between them stood at $36.7 billion."),
            (V{h1, h1_before}));
  EXPECT_EQ(Claims(first + "Trade between the two countries stood at $36.7 billion in the same period last year."),
            (V{h1, h1_before}));
  EXPECT_EQ(Claims(first + "In the same period of 2023, trade between Vietnam and Korea was $36.7 billion."),
            (V{h1, h1_before}));
  EXPECT_EQ(Claims(first + "A year earlier, Vietnam-Korea trade was $36.7 billion."), (V{h1, h1_before}));
  EXPECT_EQ(Claims(first + "Vietnam-Korea trade was $36.7 billion a year earlier."), (V{h1, h1_before}));
  // Such a sentence does not move the current period: the next figure is still of 2024.
  EXPECT_EQ(Claims(first + "A year earlier, Vietnam-Korea trade was $36.7 billion. Vietnam's exports to Korea "
                           "were $11.8 billion."),
            (V{h1, h1_before, "trade_flow VNM KOR 2024 1-6 $11800000000"}));
  EXPECT_EQ(Claims("Trade between Egypt and China hit $15.8 billion in 2023, compared with $16.3 billion in 2022. "
                   "Egypt's exports to China were $1.7 billion."),
            (V{"trade_total EGY CHN 2023 1-12 $15800000000", "trade_total EGY CHN 2022 1-12 $16300000000",
               "trade_flow EGY CHN 2023 1-12 $1700000000"}));
  EXPECT_EQ(Claims("Trade between Egypt and China fell to $15.8 billion in 2023 from $16.3 billion in 2022. "
                   "Egypt's exports to China were $1.7 billion."),
            (V{"trade_total EGY CHN 2023 1-12 $15800000000", "trade_total EGY CHN 2022 1-12 $16300000000",
               "trade_flow EGY CHN 2023 1-12 $1700000000"}));
  // Compared with a baseline, the figure keeps its own period.
  EXPECT_EQ(Claims(first + "Vietnam's exports to Korea rose 5% to $11.8 billion compared with the same period "
                           "last year."),
            (V{h1, "trade_flow VNM KOR 2024 1-6 $11800000000", "trade_growth VNM KOR 2024 1-6 5.000%"}));
  EXPECT_EQ(Claims(first + "Vietnam's exports to Korea grew 12.8% more than in the same period last year, and its "
                           "imports from Korea in the period were $28.4 billion."),
            (V{h1, "trade_flow KOR VNM 2024 1-6 $28400000000", "trade_growth VNM KOR 2024 1-6 12.80%"}));
}

TEST(RealNewsTest, NotTrade) {
  // A balance, the surplus "in its trade", a product inside a flow, world trade.
  EXPECT_EQ(Claims("Argentina's trade with Brazil produced a US$ 107 million deficit in August."), V{});
  EXPECT_EQ(Claims("China's surplus in its trade with the United States came to $164.9 billion in 2023."), V{});
  EXPECT_EQ(Claims("Egypt's wheat imports from Russia jumped 84% in 2023."), V{});
  EXPECT_EQ(Claims("The main U.S. exports to Mexico were crude oil, at $24.48 billion, in 2023."), V{});
  EXPECT_EQ(Claims("U.S. trade with the world as a whole amounted to $3.81 trillion in 2023."), V{});
}

TEST(RealNewsTest, FlowWordsAndPassive) {
  EXPECT_EQ(Claims("The export turnover of Vietnam to Russia exceeded 2.44 billion USD in 2018."),
            V{"trade_flow VNM RUS 2018 1-12 $2440000000"});
  EXPECT_EQ(Claims("In 2016, Iranian goods imported by China were worth $6.5 billion."),
            V{"trade_flow IRN CHN 2016 1-12 $6500000000"});
}

TEST(RealNewsTest, ReferentCarriesTheParties) {
  EXPECT_EQ(Claims("In 2023 Azerbaijan-Russia trade turnover came to $4.4 bln. In comparison to 2022, it went up "
                   "by 17.5%."),
            (V{"trade_total AZE RUS 2023 1-12 $4400000000", "trade_growth AZE RUS 2023 1-12 17.50%"}));
}

TEST(RealNewsTest, NoDateNoRelativePeriod) {
  // Without a publication date, "last year" would be a guess: no claim. A named year stays.
  EXPECT_EQ(Claims("Trade between Kenya and China reached $3 billion last year.", std::nullopt), V{});
  EXPECT_EQ(Claims("Trade between Kenya and China reached $3 billion in 2021.", std::nullopt),
            V{"trade_total KEN CHN 2021 1-12 $3000000000"});
}

TEST(RealNewsTest, ShareOfAGroupsTradeIsNoPairShare) {
  EXPECT_EQ(Claims("In 2018 more than 90 percent of the trade between the EAEU and Vietnam came from Russia."), V{});
}

TEST(RealNewsTest, ShareNeedsANamedPartner) {
  EXPECT_EQ(Claims("China, Germany and Italy came next, with these countries together accounting for 44% of "
                   "Turkish imports in April."),
            V{});
}


TEST(RealNewsTest, LevelReachedAfterAChangeIsNoTarget) {
  EXPECT_EQ(Claims("In January 2017, Russian-Iranian trade turnover went up 98 percent to reach $155.1 million."),
            (V{"trade_total RUS IRN 2017 1-1 $155100000", "trade_growth RUS IRN 2017 1-1 98.00%"}));
}

TEST(RealNewsTest, ItemAmountsInsideAFlowAreNotTheFlow) {
  EXPECT_EQ(Claims("In 2023 U.S. exports to Mexico came to $237.3 billion. The main U.S. exports to Mexico were "
                   "gasoline, at $24.48 billion, and motor vehicle parts, at $15.68 billion."),
            V{"trade_flow USA MEX 2023 1-12 $237300000000"});
}

TEST(RealNewsTest, DatelineCountryIsNotThePair) {
  auto r = ExtractClaims("Baku, Azerbaijan, Aug. 29\nIn 2017 mutual trade turnover between Kyrgyzstan and "
                         "Uzbekistan came to $259 million.",
                         Date::Ymd(2018, 8, 29));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->pair, (std::vector<std::string>{"KGZ", "UZB"}));
}

TEST(RealNewsTest, UnnamedPossessorIsNoCarriedSubject) {
  // "the Middle Eastern country" is not the earlier clause's subject (Russia) but the
  // country named last (Iran; TheCountrysFlowInALaterClauseIsTheCountryNamedLast).
  EXPECT_EQ(Claims("In 2023 Russia's exports to Iran rose by 5 percent to $117.7 million, and the Middle Eastern "
                   "country's exports had grown by 6.3 percent up to $37.3 million."),
            (V{"trade_flow RUS IRN 2023 1-12 $117700000", "trade_flow IRN RUS 2023 1-12 $37300000",
               "trade_growth RUS IRN 2023 1-12 5.000%", "trade_growth IRN RUS 2023 1-12 6.300%"}));
}


TEST(RealNewsTest, FiscalYearAprilToMarch) {
  EXPECT_EQ(Claims("Russia's exports of goods to India reached $41.6 billion in the fiscal year April 2022 and "
                   "March 2023."),
            V{"trade_flow RUS IND 2023 - $41600000000"});
}

TEST(RealNewsTest, PercentRangesAndProductGrowthAreNoGrowthOfTrade) {
  EXPECT_EQ(Claims("In 2023 imports by Vietnam from China grew by between 6.3 percent and 16.9 percent."), V{});
  EXPECT_EQ(Claims("In 2023 exports of Vietnamese farm products to China grew, among them vegetables and fruit "
                   "(up 23.98 percent)."),
            V{});
}

TEST(RealNewsTest, ImportsOfAdjectiveGoodsNameTheExporter) {
  EXPECT_EQ(Claims("In January-June 2021 Chinese exports to the United States rose to $252.9 billion, while imports "
                   "of American goods reached $87.9 billion."),
            (V{"trade_flow CHN USA 2021 1-6 $252900000000", "trade_flow USA CHN 2021 1-6 $87900000000"}));
}

TEST(RealNewsTest, PercentInParenthesisAfterAnItemIsTheItemsGrowth) {
  EXPECT_EQ(Claims("In 2023 exports of Nepalese farm goods to India grew, among them rubber (14.2 percent higher) "
                   "and jute products (up 31.5 percent)."),
            V{});
}

TEST(RealNewsTest, PercentAfterToIsALevelNotAChange) {
  // The share fell to 46%: no growth of -46%; "growth amounted to 12%" still is growth.
  EXPECT_EQ(Claims("In 2023 trade between Kazakhstan and Russia stayed at $26 billion, although its share dipped "
                   "slightly, to 46% against 50% a year earlier."),
            V{"trade_total KAZ RUS 2023 1-12 $26000000000"});
  EXPECT_EQ(Claims("In 2023 Kazakhstan-Russia trade growth amounted to 12%."),
            V{"trade_growth KAZ RUS 2023 1-12 12.00%"});
}

TEST(RealNewsTest, HedgedMultiplierStatesNoRate) {
  EXPECT_EQ(Claims("In January 2024, Chile-Peru trade turnover almost doubled year-on-year and exceeded $155 million."),
            V{"trade_total CHL PER 2024 1-1 $155000000"});
}

TEST(RealNewsTest, TheSameIndexContinuesThePreviousFigure) {
  EXPECT_EQ(Claims("Last year, bilateral trade between Peru and Chile reached $2.4 billion. The same index has "
                   "risen by 20 percent over the first half of 2024, to $1.36 billion."),
            (V{"trade_total PER CHL 2023 1-12 $2400000000", "trade_total PER CHL 2024 1-6 $1360000000",
               "trade_growth PER CHL 2024 1-6 20.00%"}));
}

TEST(RealNewsTest, HyphenatedAmountInATarget) {
  EXPECT_EQ(Claims("He said Peru-Chile trade was fast overtaking the $30-billion-by-2025 target."),
            V{"target PER CHL - - $30000000000"});
}

TEST(RealNewsTest, TradeWithAGroupIsNoPairFigure) {
  EXPECT_EQ(Claims("In 2023 Russia's trade with the Asian countries of the near abroad hit a record $56.2 billion. "
                   "Turnover with the region as a whole rose by 7%."),
            V{});
  EXPECT_EQ(Claims("In 2023 Peru and Chile took their trade with Brazil to highs, making up 38% of Brazil's trade "
                   "with all countries of the region."),
            V{});
}

TEST(RealNewsTest, ForecastForTheCurrentYearIsNoTarget) {
  EXPECT_EQ(Claims("By the end of this year, commerce between Peru and Chile is expected to rise to $6 billion."), V{});
  EXPECT_EQ(Claims("Last year's turnover between Peru and Chile is expected to be at least $1.6 billion."), V{});
  // A goal, and a prediction over the coming years, stay targets.
  EXPECT_EQ(Claims("In January 2024, the Peruvian president predicted that Peru-Chile trade would reach $60 billion "
                   "within the next 10 years."),
            V{"target PER CHL - - $60000000000"});
  EXPECT_EQ(Claims("Peru and Chile aim to lift trade to $6 billion this year."), V{"target PER CHL - - $6000000000"});
  EXPECT_EQ(Claims("Peru-Chile trade grew in 2023, and we expect it to exceed $6 billion this year."),
            V{"target PER CHL - - $6000000000"});
}

TEST(RealNewsTest, TheSixMonthPeriodRefersToTheLastPeriodOfSixMonths) {
  EXPECT_EQ(Claims("In the first six months of 2015, trade between Peru and Chile reached $3.2 billion. In the first "
                   "five months of 2015, Peruvian imports from Chile grew by between 6.3 percent and 16.9 percent. "
                   "During the six-month period Peru shipped to Chile goods worth some $0.7 billion."),
            (V{"trade_total PER CHL 2015 1-6 $3200000000", "trade_flow PER CHL 2015 1-6 $700000000"}));
}

TEST(RealNewsTest, GerundsOfFlowVerbsAreFlowCues) {
  EXPECT_EQ(Claims("In 2023 Chile stayed Peru's biggest supplier, supplying goods worth $2.4 billion."),
            (V{"trade_flow CHL PER 2023 1-12 $2400000000", "rank CHL PER 2023 -"}));
}

TEST(RealNewsTest, ArticleAboutManyPartnersOfOneCountry) {
  // Brazil is the hub: a clause naming one other country alone is about it and Brazil.
  EXPECT_EQ(Claims("Brazil's trade with its neighbours hit a record. Brazil's trade with Argentina reached $20 billion "
                   "in 2023. Chile completed the top three of Brazil's partners, its trade rising to $7.3 billion "
                   "last year. Next comes Peru, its trade turnover reaching $4.4 billion compared with $4.1 billion "
                   "a year earlier. With Uruguay, Brazil's trade edged up 2.7 per cent to reach $1.7 billion."),
            (V{"trade_total BRA ARG 2023 1-12 $20000000000", "trade_total CHL BRA 2023 1-12 $7300000000",
               "rank CHL BRA 2023 -", "trade_total PER BRA 2023 1-12 $4400000000", "trade_total PER BRA 2022 1-12 $4100000000",
               "trade_total URY BRA 2023 1-12 $1700000000", "trade_growth URY BRA 2023 1-12 2.700%"}));
}

TEST(RealNewsTest, AChangeGivenAsAnAmountIsNoLevel) {
  EXPECT_EQ(Claims("In 2023 trade between Kenya and Uganda rose by $120 million."), V{});
  EXPECT_EQ(Claims("In 2023 trade between Kenya and Uganda showed an increase of $50 million."), V{});
  EXPECT_EQ(Claims("In 2023 trade between Kenya and Uganda rose by $120 million to $3.1 billion."),
            V{"trade_total KEN UGA 2023 1-12 $3100000000"});
}

TEST(RealNewsTest, TheBaselinesPeriodDoesNotDateTheGrowth) {
  EXPECT_EQ(Claims("In 2023 trade between Kenya and Uganda grew 8.2% against $2.45 billion in 2022."),
            (V{"trade_total KEN UGA 2022 1-12 $2450000000", "trade_growth KEN UGA 2023 1-12 8.200%"}));
}

TEST(RealNewsTest, AnAmountRestatedInDollarsGivesTheDollarClaim) {
  EXPECT_EQ(Claims("In 2023 trade between Kazakhstan and Kyrgyzstan reached 420 billion tenge ($910 million)."),
            V{"trade_total KAZ KGZ 2023 1-12 $910000000"});
}

TEST(RealNewsTest, TheWholeBeforeAPartIsNotThePairs) {
  EXPECT_EQ(Claims("In 2023 Kazakhstan's exports totalled $80 billion, including $2 billion to Kyrgyzstan."),
            V{"trade_flow KAZ KGZ 2023 1-12 $2000000000"});
}

TEST(RealNewsTest, SpecificWeightIsAShare) {
  auto r = ExtractClaims("The specific weight of Kazakhstan in Uzbekistan's foreign trade was 12.5% in 2023.",
                         Date::Ymd(2024, 8, 22));
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->claims.size(), 1u);
  EXPECT_EQ(r->claims[0].kind, ClaimKind::kShare);
  EXPECT_EQ(r->claims[0].parties, (std::vector<std::string>{"KAZ", "UZB"}));
}

TEST(RealNewsTest, TradeOfAPartOfACountryIsNotThePairs) {
  EXPECT_EQ(Claims("Trade between the Chinese province of Xinjiang and Kazakhstan reached $20 billion in 2023."), V{});
  EXPECT_EQ(Claims("Trade between Tatarstan and Kazakhstan reached $700 million in 2023."), V{});
  EXPECT_EQ(Claims("Mr Ivanov of Tatarstan, a Russian republic, said its trade with Kazakhstan reached $700 million "
                   "in 2023."),
            V{});
  EXPECT_EQ(Claims("Trade between the Kazakh republic and Russia reached $7 billion in 2023."),
            V{"trade_total KAZ RUS 2023 1-12 $7000000000"});
}

TEST(RealNewsTest, RankedBarePartnerAndAmongThePossessor) {
  auto ranks = [](const std::string& text) {
    std::vector<std::string> out;
    auto r = ExtractClaims(text, Date::Ymd(2024, 8, 22));
    if (!r.ok()) return out;
    for (const Claim& c : r->claims) {
      if (c.kind == ClaimKind::kRank) out.push_back(c.parties[0] + " " + c.parties[1] + " " + std::to_string(*c.rank));
    }
    return out;
  };
  EXPECT_EQ(ranks("Belarus is Russia's second-biggest partner within the EAEU."), V{"BLR RUS 2"});
  EXPECT_EQ(ranks("Belarus ranks second among Russia's trading partners in the EAEU."), V{"BLR RUS 2"});
  EXPECT_EQ(ranks("Belarus is Russia's largest investment partner."), V{});
}

TEST(RealNewsTest, AnExportOfferIsNoFigure) {
  EXPECT_EQ(Claims("In 2023 Kenya offered to export goods worth $1 billion to Uganda."), V{});
  EXPECT_EQ(Claims("In 2023 Kenya exported goods worth $1 billion to Uganda."), V{"trade_flow KEN UGA 2023 1-12 $1000000000"});
}

TEST(RealNewsTest, AChangeNounWithALevelVerbIsAGrowthRate) {
  EXPECT_EQ(Claims("Growth of trade turnover between Russia and Armenia in 2023 amounted to 40%."),
            V{"trade_growth RUS ARM 2023 1-12 40.00%"});
  EXPECT_EQ(Claims("In 2023 the decline in exports of Kazakhstan to Russia was 12%."),
            V{"trade_growth KAZ RUS 2023 1-12 -12.0%"});
  EXPECT_EQ(Claims("Trade turnover growth between Uzbekistan and Kyrgyzstan reached 25 percent in 2023."),
            V{"trade_growth UZB KGZ 2023 1-12 25.00%"});
  // A change word that is not the head of the clause gives no rate.
  EXPECT_EQ(Claims("After a rise, Georgia's wine exports to Armenia reached 40% in 2023."), V{});
}

TEST(RealNewsTest, AMultiplierOfAFlowIsTheFlowsGrowth) {
  EXPECT_EQ(Claims("Exports of Kazakhstan to Russia in 2023 rose 2.5 times."),
            V{"trade_growth KAZ RUS 2023 1-12 150.0%"});
  EXPECT_EQ(Claims("Kazakhstan's imports from China doubled in 2022."),
            V{"trade_growth CHN KAZ 2022 1-12 100.0%"});
}

TEST(RealNewsTest, AFlowsComplementsEndAtTheNextFlow) {
  EXPECT_EQ(Claims("In 2023, trade between Kazakhstan and Italy amounted to $10 billion. Exports to Italy were $8 "
                   "billion, imports from Italy $2 billion."),
            (V{"trade_total KAZ ITA 2023 1-12 $10000000000", "trade_flow KAZ ITA 2023 1-12 $8000000000",
               "trade_flow ITA KAZ 2023 1-12 $2000000000"}));
  // "imports and exports from China": no amount between, one complement for both.
  EXPECT_EQ(Claims("Kyrgyzstan exported goods worth $300 million to Kazakhstan in 2023, and imported $900 million."),
            (V{"trade_flow KGZ KAZ 2023 1-12 $300000000", "trade_flow KAZ KGZ 2023 1-12 $900000000"}));
}

TEST(RealNewsTest, AComparedAmountWithItsOwnPeriodIsAFigureOfThatPeriod) {
  const V both{"trade_total KAZ UZB 2022 1-12 $4500000000", "trade_total KAZ UZB 2021 1-12 $3900000000"};
  EXPECT_EQ(Claims("Trade between Kazakhstan and Uzbekistan totaled $4.5 billion in 2022, compared with $3.9 billion "
                   "in 2021."),
            both);
  EXPECT_EQ(Claims("Trade between Kazakhstan and Uzbekistan totaled $4.5 billion in 2022, versus $3.9 billion in 2021."),
            both);
  EXPECT_EQ(Claims("Trade between Kazakhstan and Uzbekistan totaled $4.5 billion in 2022, compared to $3.9 billion a "
                   "year earlier."),
            both);
  // A referent in a later clause, or opening the next sentence, continues the figure.
  EXPECT_EQ(Claims("Trade between Kazakhstan and Uzbekistan totaled $4.5 billion in 2022, while in 2021 it was $3.9 "
                   "billion."),
            both);
  EXPECT_EQ(Claims("Trade between Nigeria and China reached $22.6 billion in 2023, customs data showed. That was "
                   "down from $23.9 billion in 2022."),
            (V{"trade_total NGA CHN 2023 1-12 $22600000000", "trade_total NGA CHN 2022 1-12 $23900000000"}));
  // "this year" is a time, not a referent: "losses" are no trade.
  EXPECT_EQ(Claims("Trade between Russia and Armenia rose to $12.7 billion in 2023, and this year losses could reach "
                   "$6 billion."),
            V{"trade_total RUS ARM 2023 1-12 $12700000000"});
}

TEST(RealNewsTest, AFigureOfTheSamePeriodLastYearIsDatedAYearBefore) {
  EXPECT_EQ(Claims("Trade between Kazakhstan and Russia reached $13 billion in January-June 2024. The figure for the "
                   "same period last year was $12.1 billion."),
            (V{"trade_total KAZ RUS 2024 1-6 $13000000000", "trade_total KAZ RUS 2023 1-6 $12100000000"}));
  EXPECT_EQ(Claims("Trade between Kazakhstan and Russia reached $13 billion in January-June 2024. A year earlier, it "
                   "stood at $12.1 billion."),
            (V{"trade_total KAZ RUS 2024 1-6 $13000000000", "trade_total KAZ RUS 2023 1-6 $12100000000"}));
  EXPECT_EQ(Claims("In the first quarter of 2024, Chinese exports to Russia were $24 billion, and $22 billion in the "
                   "same period a year ago."),
            (V{"trade_flow CHN RUS 2024 1-3 $24000000000", "trade_flow CHN RUS 2023 1-3 $22000000000"}));
  // "in the same period" is the period just named; a change's baseline dates nothing.
  EXPECT_EQ(Claims("Exports from Georgia to Azerbaijan in January-October 2019 were $400 million. Imports from "
                   "Azerbaijan were $150 million in the same period."),
            (V{"trade_flow GEO AZE 2019 1-10 $400000000", "trade_flow AZE GEO 2019 1-10 $150000000"}));
  EXPECT_EQ(Claims("In the first half of 2017, Chinese exports to Iran rose 23 percent against the same period in "
                   "2016, to $8.8 billion."),
            (V{"trade_flow CHN IRN 2017 1-6 $8800000000", "trade_growth CHN IRN 2017 1-6 23.00%"}));
}

TEST(RealNewsTest, AReferentContinuesTheLastFlow) {
  EXPECT_EQ(Claims("Kazakh exports to China reached $15 billion in 2023. A year earlier, it was $13 billion."),
            (V{"trade_flow KAZ CHN 2023 1-12 $15000000000", "trade_flow KAZ CHN 2022 1-12 $13000000000"}));
}

TEST(RealNewsTest, ItsTradeWithAThirdCountryIsTheEarlierClausesCountrys) {
  EXPECT_EQ(Claims("Uzbekistan's exports to Russia grew by 24% in 2023, to $1.7 billion, while its trade with "
                   "Kazakhstan rose 10% to $5 billion."),
            (V{"trade_flow UZB RUS 2023 1-12 $1700000000", "trade_total UZB KAZ 2023 1-12 $5000000000",
               "trade_growth UZB RUS 2023 1-12 24.00%", "trade_growth UZB KAZ 2023 1-12 10.00%"}));
  EXPECT_EQ(Claims("Russia's exports to China rose 10% in 2023, while their trade with Kazakhstan rose 5%."),
            (V{"trade_growth RUS CHN 2023 1-12 10.00%", "trade_growth RUS KAZ 2023 1-12 5.000%"}));
}

TEST(RealNewsTest, ANewPartnerBetweenTwoAmountsOfOneReadingIsTheSecondAmounts) {
  EXPECT_EQ(Claims("Kazakhstan's trade with China reached $31 billion in 2023, and with Russia $27 billion."),
            (V{"trade_total KAZ CHN 2023 1-12 $31000000000", "trade_total KAZ RUS 2023 1-12 $27000000000"}));
  EXPECT_EQ(Claims("In 2023 Kazakh exports to China were $15 billion and to Russia $9 billion."),
            (V{"trade_flow KAZ CHN 2023 1-12 $15000000000", "trade_flow KAZ RUS 2023 1-12 $9000000000"}));
  EXPECT_EQ(Claims("In 2023, Turkey's imports from Russia reached $45 billion, and from China $44 billion."),
            (V{"trade_flow RUS TUR 2023 1-12 $45000000000", "trade_flow CHN TUR 2023 1-12 $44000000000"}));
  // A baseline of the same figure names no new partner.
  EXPECT_EQ(Claims("Trade between Kazakhstan and China reached $31 billion in 2023, up from $24 billion in 2022."),
            (V{"trade_total KAZ CHN 2023 1-12 $31000000000", "trade_total KAZ CHN 2022 1-12 $24000000000"}));
}

TEST(RealNewsTest, AChangeAmountRestatedAsARateIsTheRate) {
  EXPECT_EQ(Claims("In 2023 trade between Kazakhstan and Tajikistan increased by $500 million, or 15%."),
            V{"trade_growth KAZ TJK 2023 1-12 15.00%"});
  EXPECT_EQ(Claims("In 2023 Tajikistan's exports to Kazakhstan fell by $20 million, or by 8.5%."),
            V{"trade_growth TJK KAZ 2023 1-12 -8.50%"});
}

TEST(RealNewsTest, StandsAsAPartnerDoesNotMakeTheFigurePresent) {
  EXPECT_EQ(Claims("Peru now stands as a key partner of Chile, as trade between the two countries rose to $5 "
                   "billion in 2023."),
            V{"trade_total PER CHL 2023 1-12 $5000000000"});
  // "stands at" is the present level: no period.
  EXPECT_EQ(Claims("Trade between Chile and Peru stands at $5 billion."), V{"trade_total CHL PER - - $5000000000"});
}

TEST(RealNewsTest, PartsOfAFiscalYearAreTheCalendarMonthsOfThePairsFiscalYear) {
  // India's fiscal year starts in April, Australia's in July.
  EXPECT_EQ(Claims("Trade between India and Japan was $9 billion in the first half of fiscal 2023-24."),
            V{"trade_total IND JPN 2023 4-9 $9000000000"});
  EXPECT_EQ(Claims("Trade between Australia and Chile was $1 billion in the first quarter of the financial year "
                   "2023-24."),
            V{"trade_total AUS CHL 2023 7-9 $1000000000"});
  // Months running into a second calendar year, or a pair with no known fiscal year: left out.
  EXPECT_EQ(Claims("Trade between Australia and Chile was $2 billion in the first eight months of the financial "
                   "year 2023-24."),
            V{});
  EXPECT_EQ(Claims("Trade between Chile and Peru was $2 billion in the first half of fiscal 2023-24."), V{});
  // Calendar months of a fiscal year: in the year they fall in for the pair's start; across
  // the start, or for a pair with no known fiscal year, left out.
  EXPECT_EQ(Claims("Between April and August of the FY 2022-23, trade between India and Japan stood at $7 billion."),
            V{"trade_total IND JPN 2022 4-8 $7000000000"});
  EXPECT_EQ(Claims("Indian exports to Japan were $2 billion in January-March FY24."),
            V{"trade_flow IND JPN 2024 1-3 $2000000000"});
  EXPECT_EQ(Claims("Trade between Australia and Chile was $1 billion in July-December 2023-24."),
            V{"trade_total AUS CHL 2023 7-12 $1000000000"});
  EXPECT_EQ(Claims("Trade between India and Japan was $9 billion in January-June of fiscal 2023-24."), V{});
  EXPECT_EQ(Claims("Trade between Chile and Peru was $2 billion in April-June 2023-24."), V{});
  // "of the current fiscal": the article's fiscal year (India, an article of November 2023: 2023-24).
  EXPECT_EQ(Claims("Indian exports to Japan were $3 billion in the first six months of the current fiscal.",
                   Date::Ymd(2023, 11, 20)),
            V{"trade_flow IND JPN 2023 4-9 $3000000000"});
  EXPECT_EQ(Claims("Indian exports to Japan were $1 billion in the first quarter of this financial year.",
                   Date::Ymd(2024, 2, 20)),
            V{"trade_flow IND JPN 2023 4-6 $1000000000"});
}

TEST(RealNewsTest, TheCountrysFlowInALaterClauseIsTheCountryNamedLast) {
  EXPECT_EQ(Claims("In 2023 Kazakhstan's exports to China rose to $2 billion, while the Asian country's exports "
                   "were $3 billion."),
            (V{"trade_flow KAZ CHN 2023 1-12 $2000000000", "trade_flow CHN KAZ 2023 1-12 $3000000000"}));
  EXPECT_EQ(Claims("In 2023 Chile sold Peru goods worth $2 billion, and the Andean republic's exports to Chile "
                   "reached $1 billion."),
            (V{"trade_flow CHL PER 2023 1-12 $2000000000", "trade_flow PER CHL 2023 1-12 $1000000000"}));
  // A possessor that is no country noun stays unknown.
  EXPECT_EQ(Claims("In 2023 Kazakhstan's exports to China rose to $2 billion, while the company's exports were $3 "
                   "million."),
            V{"trade_flow KAZ CHN 2023 1-12 $2000000000"});
}

TEST(RealNewsTest, ALevelComparedWithAndDatedByItselfIsThatPeriodsFigure) {
  // "the 2022 figure of $X" is dated by its year, not by the sentence's period.
  EXPECT_EQ(Claims("Trade between Chile and Peru rose to $4 billion in 2023, compared with the 2022 figure of $3.5 "
                   "billion."),
            (V{"trade_total CHL PER 2023 1-12 $4000000000", "trade_total CHL PER 2022 1-12 $3500000000"}));
  // After a goal, a past level compared with is the actual figure of the goal's measure.
  EXPECT_EQ(Claims("Chile and Peru want trade to reach $8 billion, compared with the 2022 results of $3.5 billion."),
            (V{"target CHL PER - - $8000000000", "trade_total CHL PER 2022 1-12 $3500000000"}));
  EXPECT_EQ(Claims("Chile and Peru want trade to reach $8 billion, compared with $3.5 billion in 2022."),
            (V{"target CHL PER - - $8000000000", "trade_total CHL PER 2022 1-12 $3500000000"}));
  // With no past period of its own it stays no figure.
  EXPECT_EQ(Claims("Chile and Peru want trade to reach $8 billion, compared with $3.5 billion."),
            V{"target CHL PER - - $8000000000"});
}

TEST(RealNewsTest, LastFiscalYearIsThePairsFiscalYearBeforeTheArticles) {
  // India's fiscal year runs April-March: in May 2024 the last one is 2023-24, named 2024.
  EXPECT_EQ(Claims("Trade between India and Japan rose to $22 billion in the last fiscal year.", Date::Ymd(2024, 5, 10)),
            V{"trade_total IND JPN 2024 - $22000000000"});
  // In February 2024 it is 2022-23.
  EXPECT_EQ(Claims("In the previous financial year, Indian exports to Japan were $5 billion.", Date::Ymd(2024, 2, 1)),
            V{"trade_flow IND JPN 2023 - $5000000000"});
  // A pair with no known fiscal year: left out.
  EXPECT_EQ(Claims("Trade between Chile and Peru was $20 billion in the last fiscal year."), V{});
}

TEST(RealNewsTest, AFlowWithAThirdCountryAndNoOtherSideIsTheArticlesFirstCountrys) {
  EXPECT_EQ(Claims("Trade between Kenya and China reached $3 billion in 2023. Shipments to the Netherlands were $470 "
                   "million in 2023, and imports from Germany $300 million."),
            (V{"trade_total KEN CHN 2023 1-12 $3000000000", "trade_flow KEN NLD 2023 1-12 $470000000",
               "trade_flow DEU KEN 2023 1-12 $300000000"}));
  // A side of the pair named: the pair's flow as before.
  EXPECT_EQ(Claims("Trade between Kenya and China reached $3 billion in 2023. Exports to China were $500 million."),
            (V{"trade_total KEN CHN 2023 1-12 $3000000000", "trade_flow KEN CHN 2023 1-12 $500000000"}));
}

TEST(RealNewsTest, AMarketThatNamesThePartnerIsNoDistractor) {
  EXPECT_EQ(Claims("Uzbek exports to the Russian market rose 10% to $1.2 billion in 2023."),
            (V{"trade_flow UZB RUS 2023 1-12 $1200000000", "trade_growth UZB RUS 2023 1-12 10.00%"}));
  EXPECT_EQ(Claims("Armenian exports to Russia, their main market, were $2 billion in 2023."),
            V{"trade_flow ARM RUS 2023 1-12 $2000000000"});
  // A market of goods is still no trade figure.
  EXPECT_EQ(Claims("The Indian car market, worth $100 billion, attracted Japanese firms in 2023."), V{});
}

TEST(RealNewsTest, ATargetYearOfALaterGoalLeavesTheLevelBeforeIt) {
  EXPECT_EQ(Claims("Trade between Kazakhstan and Uzbekistan amounted to $4.4 billion in 2023, and by 2030 it is "
                   "planned to bring it to $10 billion."),
            (V{"trade_total KAZ UZB 2023 1-12 $4400000000", "target KAZ UZB - - $10000000000"}));
  EXPECT_EQ(Claims("Last year trade between Georgia and Turkey reached $2.1 billion, and by 2028 the sides intend to "
                   "raise it to $5 billion."),
            (V{"trade_total GEO TUR 2023 1-12 $2100000000", "target GEO TUR - - $5000000000"}));
  // A year right after the goal is its own; steps of a goal are each a target.
  EXPECT_EQ(Claims("Kazakhstan and Uzbekistan want trade to reach $5 billion by 2030, from $3 billion in 2023."),
            (V{"target KAZ UZB - - $5000000000", "trade_total KAZ UZB 2023 1-12 $3000000000"}));
  EXPECT_EQ(Claims("Kazakhstan and Uzbekistan agreed to lift trade to $3 billion and later to $5 billion."),
            (V{"target KAZ UZB - - $3000000000", "target KAZ UZB - - $5000000000"}));
}

TEST(RealNewsTest, ACountOfItemsWorthAnAmountIsAnOffer) {
  EXPECT_EQ(Claims("Kazakhstan is ready to push exports - 135 commodity items worth about $1 billion - to China."), V{});
  EXPECT_EQ(Claims("In 2023 Kazakhstan exported goods worth about $1 billion to China."),
            V{"trade_flow KAZ CHN 2023 1-12 $1000000000"});
}

TEST(RealNewsTest, WhichAfterAChangeIsTheLevelTheChangeReached) {
  EXPECT_EQ(Claims("Trade between Chile and Peru rose by $120 million in May, which brought it to $900 million."),
            V{"trade_total CHL PER 2024 5-5 $900000000"});
  EXPECT_EQ(Claims("Peruvian exports to Chile grew by $40 million in 2023, which has exceeded $1.1 billion."),
            V{"trade_flow PER CHL 2023 1-12 $1100000000"});
  // Not after a level: "which" then is no change's result.
  EXPECT_EQ(Claims("Trade between Chile and Peru reached $900 million in May, which is a record."),
            V{"trade_total CHL PER 2024 5-5 $900000000"});
}

TEST(RealNewsTest, TheSameMonthOrQuarterIsABaseline) {
  EXPECT_EQ(Claims("Trade between Chile and Peru exceeded $900 million in May 2024 compared to the same month of "
                   "2023. Chilean exports to Peru in the reporting month made up $500 million."),
            (V{"trade_total CHL PER 2024 5-5 $900000000", "trade_flow CHL PER 2024 5-5 $500000000"}));
  EXPECT_EQ(Claims("In the second quarter, trade between Chile and Peru grew 8% against the same quarter in 2023, "
                   "to $2.1 billion."),
            (V{"trade_total CHL PER 2024 4-6 $2100000000", "trade_growth CHL PER 2024 4-6 8.000%"}));
}

TEST(RealNewsTest, AFlowNamingNeitherSideIsTheHomePairs) {
  // After a total of the pair, bare exports are the first-named country's, imports into it.
  EXPECT_EQ(Claims("Trade between Chile and Peru reached $4 billion in 2023. Exports were $2.5 billion, imports "
                   "$1.5 billion."),
            (V{"trade_total CHL PER 2023 1-12 $4000000000", "trade_flow CHL PER 2023 1-12 $2500000000",
               "trade_flow PER CHL 2023 1-12 $1500000000"}));
  EXPECT_EQ(Claims("Georgia-Armenia trade totalled $1 billion in 2023, with exports at $700 million."),
            (V{"trade_total GEO ARM 2023 1-12 $1000000000", "trade_flow GEO ARM 2023 1-12 $700000000"}));
  // A country after a preposition is the earlier flow's complement, not the next flow's subject.
  EXPECT_EQ(Claims("Trade between Chile and Peru grew in 2023. In 2023, exports to Peru came to $3 billion and "
                   "imports to $1 billion."),
            (V{"trade_flow CHL PER 2023 1-12 $3000000000", "trade_flow PER CHL 2023 1-12 $1000000000"}));
  // Before the verb, with no flow word before them, "from" and "to" name the ends.
  EXPECT_EQ(Claims("In 2022, from Kazakhstan to Tajikistan goods worth $400 million were supplied."),
            V{"trade_flow KAZ TJK 2022 1-12 $400000000"});
  // No pair before it, or a third country named: no home pair.
  EXPECT_EQ(Claims("Exports amounted to $5 billion in 2023."), V{});
  EXPECT_EQ(Claims("Trade between Chile and Peru reached $4 billion in 2023. Brazil exports were $2.5 billion."),
            V{"trade_total CHL PER 2023 1-12 $4000000000"});
}

TEST(RealNewsTest, TheNextSentenceOfAPartOfACountryIsStillThePart) {
  EXPECT_EQ(Claims("Russia and Kazakhstan are close partners. Trade between Tatarstan and Kazakhstan has reached $700 "
                   "million. The sides set the task of taking trade to $1 billion."),
            V{});
  // A sentence that names the countries is theirs again.
  EXPECT_EQ(Claims("Trade between Tatarstan and Kazakhstan has reached $700 million. Trade between Russia and "
                   "Kazakhstan reached $26 billion in 2023."),
            V{"trade_total RUS KAZ 2023 1-12 $26000000000"});
}

TEST(RealNewsTest, APartOfTheYearIsRelativeWithoutADate) {
  // No publication date: "of the year" could be any year, so no claim; a named year stays.
  EXPECT_EQ(Claims("In the first three quarters of the year, trade between China and Peru reached $30 billion.",
                   std::nullopt),
            V{});
  EXPECT_EQ(Claims("In the first half of this year, trade between China and Peru reached $20 billion.", std::nullopt),
            V{});
  EXPECT_EQ(Claims("In the first half of 2023, trade between China and Peru reached $20 billion.", std::nullopt),
            V{"trade_total CHN PER 2023 1-6 $20000000000"});
  EXPECT_EQ(Claims("In the first three quarters of the year, trade between China and Peru reached $30 billion."),
            V{"trade_total CHN PER 2024 1-9 $30000000000"});
}

TEST(RealNewsTest, AChangeInAParenthesisAfterAnAmountOrWithASignIsTheFiguresGrowth) {
  EXPECT_EQ(Claims("In 2023 Chilean exports to Peru were $2 billion (up 6%)."),
            (V{"trade_flow CHL PER 2023 1-12 $2000000000", "trade_growth CHL PER 2023 1-12 6.000%"}));
  EXPECT_EQ(Claims("Trade between Chile and Peru reached $4 billion in 2023. Imports: $1.5 billion (-2.4%)"),
            (V{"trade_total CHL PER 2023 1-12 $4000000000", "trade_flow PER CHL 2023 1-12 $1500000000",
               "trade_growth PER CHL 2023 1-12 -2.40%"}));
  EXPECT_EQ(Claims("In 2023 trade between Chile and Peru was $4 billion, +8% year-on-year."),
            (V{"trade_total CHL PER 2023 1-12 $4000000000", "trade_growth CHL PER 2023 1-12 8.000%"}));
}

TEST(RealNewsTest, GoodsTradedBetweenThePairAreTheirTrade) {
  EXPECT_EQ(Claims("The value of goods traded between Kenya and Britain grew 12 percent to $2 billion in 2022."),
            (V{"trade_total KEN GBR 2022 1-12 $2000000000", "trade_growth KEN GBR 2022 1-12 12.00%"}));
  EXPECT_EQ(Claims("Goods exchanged with Peru were worth $900 million in 2023, Chile's customs said."),
            V{"trade_total PER CHL 2023 1-12 $900000000"});
  // A participle before anything else is no cue.
  EXPECT_EQ(Claims("Tea is the most traded commodity between Kenya and Britain, worth $500 million in 2022."), V{});
}

TEST(RealNewsTest, APeriodComparedWithBetweenTheVerbAndTheRateKeepsTheGrowth) {
  EXPECT_EQ(Claims("In 2023, trade between Chile and Peru exceeded $1.7 billion and rose compared with 2022 by 2.5%."),
            (V{"trade_total CHL PER 2023 1-12 $1700000000", "trade_growth CHL PER 2023 1-12 2.500%"}));
  EXPECT_EQ(Claims("Товарооборот Казахстана и Китая по итогам 2023 года превысил $41 млрд и вырос по сравнению с 2022 "
                   "годом на 32%."),
            (V{"trade_total KAZ CHN 2023 1-12 $41000000000", "trade_growth KAZ CHN 2023 1-12 32.00%"}));
}

TEST(RealNewsTest, AFiscalYearWrittenAsOneWord) {
  EXPECT_EQ(Claims("Bilateral trade between India and Peru stood at $4.3 billion in FY2020-21."),
            V{"trade_total IND PER 2021 - $4300000000"});
  EXPECT_EQ(Claims("Bilateral trade between India and Peru stood at $4.3 billion in FY21."),
            V{"trade_total IND PER 2021 - $4300000000"});
  EXPECT_EQ(Claims("Indian exports to Peru were $1.1 billion in FY2023."), V{"trade_flow IND PER 2023 - $1100000000"});
}

TEST(RealNewsTest, TheYearOfDiplomaticTiesDatesNoFigure) {
  EXPECT_EQ(Claims("Chile and Peru aim to expand trade. Last year trade between the two topped $6 billion, 130 times "
                   "more than when they set up diplomatic ties in 1992."),
            V{"trade_total CHL PER 2023 1-12 $6000000000"});
}

TEST(RealNewsTest, ABaselineBetweenTheVerbAndTheRateKeepsTheGrowth) {
  EXPECT_EQ(Claims("In 2023, trade between Chile and Peru increased year on year by 12.5% to $4 billion."),
            (V{"trade_total CHL PER 2023 1-12 $4000000000", "trade_growth CHL PER 2023 1-12 12.50%"}));
  EXPECT_EQ(Claims("In 2023, Chilean exports to Peru fell year-on-year by 3% to $1.5 billion."),
            (V{"trade_flow CHL PER 2023 1-12 $1500000000", "trade_growth CHL PER 2023 1-12 -3.00%"}));
}

TEST(RealNewsTest, APossessiveTimeDatesTheNounAfterIt) {
  EXPECT_EQ(Claims("In the first 11 months of this year, trade between Chile and Peru reached $5 billion, already "
                   "surpassing last year's annual figure of $4.6 billion."),
            (V{"trade_total CHL PER 2024 1-11 $5000000000", "trade_total CHL PER 2023 1-12 $4600000000"}));
  // After a verb of a level kept, the possessive time names the level, not the period.
  EXPECT_EQ(Claims("In January-March 2024 trade between Chile and Peru remained at last year's level of about $2 "
                   "billion."),
            (V{"trade_total CHL PER 2024 1-3 $2000000000"}));
  EXPECT_EQ(Claims("Trade between Chile and Peru stayed at 2023's level of $9 billion in 2024."),
            (V{"trade_total CHL PER 2024 - $9000000000"}));
  EXPECT_EQ(Claims("Trade between Chile and Peru reached $2 billion in January-March 2024. Chilean exports to "
                   "Peru remained roughly at last year's level, falling by 1%."),
            (V{"trade_total CHL PER 2024 1-3 $2000000000", "trade_growth CHL PER 2024 1-3 -1.00%"}));
}

TEST(RealNewsTest, ThePeriodOfAMonthRangeAfterComparedToIsTheBase) {
  EXPECT_EQ(Claims("In January-August 2024, trade between Chile and Peru was $3 billion. Chilean exports to Peru "
                   "were $1.1 billion, which is 8 percent less compared to the period of January-August 2023."),
            (V{"trade_total CHL PER 2024 1-8 $3000000000", "trade_flow CHL PER 2024 1-8 $1100000000",
               "trade_growth CHL PER 2024 1-8 -8.00%"}));
}

TEST(RealNewsTest, AnAmountWorthOfAFlowIsThatFlow) {
  EXPECT_EQ(Claims("In 2023, trade between Chile and Peru included $900 million worth of imports from Peru."),
            V{"trade_flow PER CHL 2023 1-12 $900000000"});
  EXPECT_EQ(Claims("In 2023, trade between Chile and Peru came to $3 billion, including $1.2 billion of Peru's "
                   "exports to Chile."),
            (V{"trade_total CHL PER 2023 1-12 $3000000000", "trade_flow PER CHL 2023 1-12 $1200000000"}));
  // Both flows named: the total.
  EXPECT_EQ(Claims("In 2023, trade between Chile and Peru came to $3 billion worth of exports and imports."),
            V{"trade_total CHL PER 2023 1-12 $3000000000"});
}

TEST(RealNewsTest, TradeAmongThreeOrMoreCountriesIsNoPairs) {
  EXPECT_EQ(Claims("Kazakhstan's trade with Uzbekistan reached $4 billion in 2023. Trade among Kazakhstan, Uzbekistan "
                   "and Kyrgyzstan reached $7 billion in 2023."),
            V{"trade_total KAZ UZB 2023 1-12 $4000000000"});
  EXPECT_EQ(Claims("In 2023 trade among Russia, Belarus and Armenia grew 5% to $90 billion."), V{});
  EXPECT_EQ(Claims("Kazakhstan's trade with Uzbekistan rose 10% in 2023, while trade among Kazakhstan, Uzbekistan and "
                   "Kyrgyzstan grew 12%."),
            V{"trade_growth KAZ UZB 2023 1-12 10.00%"});
  // A list compared against is no sum.
  EXPECT_EQ(Claims("Kazakhstan's trade with Uzbekistan, behind Russia, China and Italy, reached $4 billion in 2023."),
            V{"trade_total KAZ UZB 2023 1-12 $4000000000"});
}

TEST(RealNewsTest, ACountrysWorldExportsAreNoPairFlow) {
  EXPECT_EQ(Claims("Kenya's trade with Uganda reached $1 billion in 2023. Kenya's exports rose to $7 billion in 2023."),
            V{"trade_total KEN UGA 2023 1-12 $1000000000"});
  EXPECT_EQ(Claims("Kenya's trade with Uganda reached $1 billion in 2023. Exports from Kenya rose 5% to $7 billion."),
            V{"trade_total KEN UGA 2023 1-12 $1000000000"});
  EXPECT_EQ(Claims("Kenya's trade with Uganda reached $1 billion in 2023. Kenya's exports to Uganda rose to $700 "
                   "million in 2023."),
            (V{"trade_total KEN UGA 2023 1-12 $1000000000", "trade_flow KEN UGA 2023 1-12 $700000000"}));
}

TEST(RealNewsTest, ImportsOfACountryIntoAnotherAreTheFirstCountrysExports) {
  // "импорт России в Китай": the goods of Russia brought into China.
  EXPECT_EQ(Claims("В январе—июле 2024 года импорт Казахстана в Китай вырос на 12%, до $9,1 млрд."),
            (V{"trade_flow KAZ CHN 2024 1-7 $9100000000", "trade_growth KAZ CHN 2024 1-7 12.00%"}));
  EXPECT_EQ(Claims("In January-July 2024, imports of Peru to Chile grew 12% to $900 million."),
            (V{"trade_flow PER CHL 2024 1-7 $900000000", "trade_growth PER CHL 2024 1-7 12.00%"}));
  // "imports of Chile from Peru": the importer named after "of".
  EXPECT_EQ(Claims("In January-July 2024, imports of Chile from Peru grew 12% to $900 million."),
            (V{"trade_flow PER CHL 2024 1-7 $900000000", "trade_growth PER CHL 2024 1-7 12.00%"}));
}

TEST(RealNewsTest, FlowsNamingNoSideAfterASentenceWithoutFiguresAreTheHomePairs) {
  EXPECT_EQ(Claims("In January-June, trade of Chile with Peru came to $3 billion. Exports made up most of the "
                   "turnover. Since the start of the year exports rose 34.2%, to $2.2 billion, and imports rose "
                   "29.5%, to $833.5 million."),
            (V{"trade_total CHL PER 2024 1-6 $3000000000", "trade_flow CHL PER 2024 1-6 $2200000000",
               "trade_flow PER CHL 2024 1-6 $833500000", "trade_growth CHL PER 2024 1-6 34.20%",
               "trade_growth PER CHL 2024 1-6 29.50%"}));
  // Three sentences on, the total no longer names them.
  EXPECT_EQ(Claims("In January-June, trade of Chile with Peru came to $3 billion. Ports were busy. Roads were "
                   "busy. Rail was busy. Exports rose to $2.2 billion."),
            V{"trade_total CHL PER 2024 1-6 $3000000000"});
}

TEST(RealNewsTest, AMonthOfANamedOrRelativeYear) {
  EXPECT_EQ(Claims("In June of this year, trade between Chile and Peru rose to $1 billion. In March of last year, "
                   "it was $800 million."),
            (V{"trade_total CHL PER 2024 6-6 $1000000000", "trade_total CHL PER 2023 3-3 $800000000"}));
  EXPECT_EQ(Claims("In January- June current year, Chile exported to Peru goods worth $203.5 million."),
            V{"trade_flow CHL PER 2024 1-6 $203500000"});
}

TEST(RealNewsTest, AGoalGerundAfterToAndAGoalWordIsATarget) {
  EXPECT_EQ(Claims("Uzbekistan and Kazakhstan reaffirmed their commitment to reaching $10 billion in trade turnover."),
            V{"target UZB KAZ - - $10000000000"});
  EXPECT_EQ(Claims("India and Oman are committed to bringing bilateral trade to $20 billion by 2030."),
            V{"target IND OMN - - $20000000000"});
}

TEST(RealNewsTest, AnAmountModifyingATradeNounIsThatFigureAfterAnAgreement) {
  EXPECT_EQ(Claims("India and Oman hope to sign a free trade agreement next year to achieve over $20 billion "
                   "bilateral trade."),
            V{"target IND OMN - - $20000000000"});
  EXPECT_EQ(Claims("India and Oman signed a trade pact to reach $5 billion exports of India to Oman."),
            V{"target IND OMN - - $5000000000"});
  // A package stays a package: "deals worth $5 billion in trade and energy".
  EXPECT_EQ(Claims("India and Oman signed investment deals worth $5 billion in trade and energy."), V{});
}

TEST(RealNewsTest, AFutureYearBetweenTwoInfinitivesDatesTheFirstGoal) {
  auto target_year = [](const std::string& text) {
    auto r = ExtractClaims(text, Date::Ymd(2024, 8, 22));
    std::string out;
    for (const Claim& c : r->claims) {
      if (c.kind == ClaimKind::kTarget) out += c.target_year ? std::to_string(*c.target_year) : std::string("none");
    }
    return out;
  };
  // The year of the signing, not of the goal.
  EXPECT_EQ(target_year("India and Oman hope to sign a free trade agreement in 2025 to achieve $20 billion in trade."),
            "none");
  // A year of the goal itself.
  EXPECT_EQ(target_year("India and Oman plan to raise trade in 2026 to $20 billion."), "2026");
  EXPECT_EQ(target_year("In 2026, India and Oman plan to bring trade to $20 billion."), "2026");
  EXPECT_EQ(target_year("India and Oman hope to sign a free trade agreement soon to achieve $20 billion in trade by "
                        "2030."),
            "2030");
}

TEST(RealNewsTest, ABaselineAfterAGoalIsALevelNotAGoal) {
  // "by 2026-27" and "by FY27" are target years; "from $X in 2023" the level now.
  EXPECT_EQ(Claims("Indian exports to Oman will likely hit $5 billion by 2026-27 from $3.2 billion in 2023.",
                   Date::Ymd(2024, 2, 1)),
            (V{"target IND OMN - - $5000000000", "trade_flow IND OMN 2023 1-12 $3200000000"}));
  EXPECT_EQ(Claims("Trade between India and Oman should reach $10 billion by FY27, up from $7 billion in 2023.",
                   Date::Ymd(2024, 2, 1)),
            (V{"target IND OMN - - $10000000000", "trade_total IND OMN 2023 1-12 $7000000000"}));
}

TEST(RealNewsTest, AFiscalYearInOneTokenIsNamedByItsEnd) {
  EXPECT_EQ(Claims("India's exports to Sri Lanka were $4 billion in FY15."), V{"trade_flow IND LKA 2015 - $4000000000"});
  EXPECT_EQ(Claims("India's trade with the UAE reached $85 billion in FY2023."),
            V{"trade_total IND ARE 2023 - $85000000000"});
  EXPECT_EQ(Claims("India's exports to the UAE stood at $31.3 billion in FY2022-23."),
            V{"trade_flow IND ARE 2023 - $31300000000"});
}

TEST(RealNewsTest, TheSameTimeLastYearIsABaselineNotThePeriod) {
  // "the same time last year" compares; the figure keeps the months named before it.
  EXPECT_EQ(Claims("From January to June, trade between Armenia and Iran was $310 million, 4% less than the "
                   "same time last year."),
            (V{"trade_total ARM IRN 2024 1-6 $310000000", "trade_growth ARM IRN 2024 1-6 -4.00%"}));
  EXPECT_EQ(Claims("In the first quarter, Moldova-Romania trade rose 9% compared with the same time a year "
                   "earlier, to $800 million."),
            (V{"trade_total MDA ROU 2024 1-3 $800000000", "trade_growth MDA ROU 2024 1-3 9.000%"}));
  // "at the same time" alone dates nothing.
  EXPECT_EQ(Claims("At the same time, trade between Chile and Peru reached $4 billion in 2023."),
            V{"trade_total CHL PER 2023 1-12 $4000000000"});
}

TEST(RealNewsTest, AGapBetweenTwoRatesIsNoGrowth) {
  // "N per cent higher than the growth rate of ...": a comparison of rates, no change.
  EXPECT_EQ(Claims("Trade between Ghana and China grew 12 percent in 2023, 3 percent higher than the growth of "
                   "China's trade with Africa."),
            (V{"trade_growth GHA CHN 2023 1-12 12.00%"}));
  EXPECT_EQ(Claims("Kenya-India trade rose by 8 per cent in 2023, which was 2 per cent lower than the average rate "
                   "of the region."),
            (V{"trade_growth KEN IND 2023 1-12 8.000%"}));
  // Compared with an earlier period it stays a growth.
  EXPECT_EQ(Claims("Trade between Ghana and China in 2023 was 12 percent higher than a year earlier."),
            (V{"trade_growth GHA CHN 2023 1-12 12.00%"}));
}

TEST(RealNewsTest, AFlowNamedAgainAfterAComparisonWordIsTheBaseline) {
  // "against exports (worth) of $X in the same period of <year>": the earlier figure.
  EXPECT_EQ(Claims("Jordan's exports to Iraq fell to $52.4m in May 2024, against exports worth of $61.3m in same "
                   "period of 2023."),
            (V{"trade_flow JOR IRQ 2024 5-5 $52400000", "trade_flow JOR IRQ 2023 5-5 $61300000"}));
  EXPECT_EQ(Claims("Nepal's imports from India rose to $1.1 billion in the first quarter of 2024, compared with "
                   "imports of $0.9 billion in the same period of 2023."),
            (V{"trade_flow IND NPL 2024 1-3 $1100000000", "trade_flow IND NPL 2023 1-3 $900000000"}));
}

TEST(RealNewsTest, TheCorrespondingPeriodIsTheSamePeriod) {
  const std::string first = "Trade between Chile and Peru reached $2.5 billion in January-July 2024. ";
  EXPECT_EQ(Claims(first + "During the corresponding period of 2023, trade between Chile and Peru stood at $2.1 billion."),
            (V{"trade_total CHL PER 2024 1-7 $2500000000", "trade_total CHL PER 2023 1-7 $2100000000"}));
  EXPECT_EQ(Claims(first + "In the comparable period last year, it was $2.1 billion."),
            (V{"trade_total CHL PER 2024 1-7 $2500000000", "trade_total CHL PER 2023 1-7 $2100000000"}));
}

TEST(RealNewsTest, AFigureInParenthesesAfterAListedPartnerIsThatPartnersTrade) {
  // "X remained C's top partner, followed by A ($...) and B ($...)": A's and B's trade with C.
  EXPECT_EQ(Claims("Trade between Kazakhstan and China reached $21 billion in January-June 2024. China remained "
                   "Kazakhstan's largest partner in trade turnover, followed by Russia ($12.5 billion) and Italy "
                   "(about $8 billion)."),
            (V{"trade_total KAZ CHN 2024 1-6 $21000000000", "trade_total KAZ RUS 2024 1-6 $12500000000",
               "trade_total KAZ ITA 2024 1-6 $8000000000", "rank CHN KAZ - -", "rank RUS KAZ - -",
               "rank ITA KAZ - -"}));
  // By imports: what the listed partners sold to the country ranked in.
  EXPECT_EQ(Claims("Poland's imports from Germany reached $9 billion in March 2024. Germany stayed Poland's main "
                   "partner by imports, followed by China ($4.4 billion) and Italy ($1.9 billion)."),
            (V{"trade_flow DEU POL 2024 3-3 $9000000000", "trade_flow CHN POL 2024 3-3 $4400000000",
               "trade_flow ITA POL 2024 3-3 $1900000000", "rank DEU POL - -", "rank CHN POL - -",
               "rank ITA POL - -"}));
}

TEST(RealNewsTest, AShareAsideBetweenAFlowAndItsAmountIsPassedOver) {
  // ", accounting for N% of total exports," is the flow's share; its whole is no cue, and
  // "rose by M%" after it is the flow's change, not a second share.
  EXPECT_EQ(Claims("Kazakhstan's imports from Russia in the first half of 2024, representing 30 percent of all "
                   "imports, rose by 12 percent to $5.1 billion."),
            (V{"trade_flow RUS KAZ 2024 1-6 $5100000000", "share RUS KAZ 2024 1-6 30.00%",
               "trade_growth RUS KAZ 2024 1-6 12.00%"}));
  EXPECT_EQ(Claims("Armenian exports to Iran in 2023, accounting for 4.1% of the country's total exports, fell by "
                   "6.5% to $110 million."),
            (V{"trade_flow ARM IRN 2023 1-12 $110000000", "share IRN ARM 2023 1-12 4.100%",
               "trade_growth ARM IRN 2023 1-12 -6.50%"}));
}

TEST(RealNewsTest, AFlowNamedAfterTheAmountByACopulaOrOfWhich) {
  // "$X was exports", "$X were imports", "$X of which was exports": the flow named after the
  // amount; a bare flow after "trade between A and B" is A's (the second member is no subject).
  EXPECT_EQ(Claims("Trade between Chile and Peru reached $4 billion in 2023; $2.5 billion was Chilean exports and "
                   "$1.5 billion were imports from Peru."),
            (V{"trade_total CHL PER 2023 1-12 $4000000000", "trade_flow CHL PER 2023 1-12 $2500000000",
               "trade_flow PER CHL 2023 1-12 $1500000000"}));
  EXPECT_EQ(Claims("Trade between Moldova and Romania was $3.1 billion in 2023, $1.2 billion of which was exports."),
            (V{"trade_total MDA ROU 2023 1-12 $3100000000", "trade_flow MDA ROU 2023 1-12 $1200000000"}));
}

TEST(RealNewsTest, ADollarAmountBrokenAtItsDecimalPointIsJoined) {
  // "$3.\n\n1 billion": the fraction and its scale word open the next line.
  EXPECT_EQ(Claims("Trade between Moldova and Romania was $3.\n\n1 billion in 2023.\n"),
            V{"trade_total MDA ROU 2023 1-12 $3100000000"});
  // Only with a scale word after the fraction: "$3." may end its sentence.
  for (const std::string& c : Claims("Moldova-Romania trade reached $3.\n\n12 firms took part in 2023.\n")) {
    EXPECT_EQ(c.find("$312"), std::string::npos) << c;
  }
}

TEST(RealNewsTest, ABaselineAmountWithItsOwnPeriodIsOfThatPeriod) {
  // "(... $8 billion in January-June 2023)" after "the same period a year earlier": the
  // amount's own period, not a year before it.
  EXPECT_EQ(Claims("Kazakhstan's imports from China reached $9 billion in the first half of 2024, up 12 percent "
                   "from the same period a year earlier ($8 billion in January-June 2023)."),
            (V{"trade_flow CHN KAZ 2024 1-6 $9000000000", "trade_flow CHN KAZ 2023 1-6 $8000000000",
               "trade_growth CHN KAZ 2024 1-6 12.00%"}));
}

TEST(RealNewsTest, SinceTheStartOfTheYearIsThePartOfTheYearToDate) {
  // Up to the article's month, never the whole year; no figure when the date is unknown.
  const Date june = Date::Ymd(2024, 6, 20);
  EXPECT_EQ(Claims("Since the beginning of 2024, Kazakhstan's trade with China reached $15 billion.", june),
            V{"trade_total KAZ CHN 2024 1-6 $15000000000"});
  EXPECT_EQ(Claims("С начала текущего года товарооборот Армении и Ирана вырос на 12%.", june),
            V{"trade_growth ARM IRN 2024 1-6 12.00%"});
  EXPECT_EQ(Claims("С начала 2023 года товарооборот Армении и Ирана составил 500 млн долларов.", std::nullopt), V{});
  // Of an earlier year its months are unknown (it runs into the article's year).
  EXPECT_EQ(Claims("С начала 2023 года товарооборот Армении и Ирана составил 500 млн долларов.", june),
            V{"trade_total ARM IRN 2023 - $500000000"});
  // After a period of that year from January, it is that period.
  EXPECT_EQ(Claims("In January-April 2024 trade between Armenia and Iran reached $200 million. Since the start of "
                   "the year Armenian exports to Iran rose by 5%, to $50 million.",
                   june),
            (V{"trade_total ARM IRN 2024 1-4 $200000000", "trade_flow ARM IRN 2024 1-4 $50000000",
               "trade_growth ARM IRN 2024 1-4 5.000%"}));
}

TEST(RealNewsTest, AVerbOfChangeWithItsObjectBeforeByDollarsIsAChange) {
  // "increased the trade turnover with Italy by $6.4 billion": a change, not a level.
  EXPECT_EQ(Claims("Kazakhstan boosted its exports to China by $1.2 billion in 2023, to $15 billion."),
            V{"trade_flow KAZ CHN 2023 1-12 $15000000000"});
  EXPECT_EQ(Claims("Georgia has expanded the trade turnover with Armenia by $300 million in January-June 2024. "
                   "In January-June, trade between the two countries amounted to $1.1 billion."),
            V{"trade_total GEO ARM 2024 1-6 $1100000000"});
}

TEST(RealNewsTest, AnAmountComparedThenTheLevelAfterHavingIsTheDifference) {
  // "exceeded $X compared to the same period last year, having made up $Y": X is the change.
  EXPECT_EQ(Claims("In the first 5 months of 2024, trade turnover between Kazakhstan and Turkey exceeded $50.3 "
                   "million compared to the same period last year, having stood at $1.2 billion."),
            V{"trade_total KAZ TUR 2024 1-5 $1200000000"});
  // Not when the later amount is a change ("having grown by").
  EXPECT_EQ(Claims("In the first 5 months of 2024, trade turnover between Kazakhstan and Turkey reached $1.2 billion "
                   "compared to the same period last year, having grown by $50.3 million."),
            V{"trade_total KAZ TUR 2024 1-5 $1200000000"});
}

TEST(RealNewsTest, TheReportingPeriodOfTheYearIsTheCarriedPeriod) {
  // "over the reporting period of 2024" after a figure of January-March 2024: those months.
  EXPECT_EQ(Claims("Armenia's trade turnover with Iran in January-March 2024 amounted to $180 million. Over the "
                   "reporting period of 2024, Armenia's trade turnover with Georgia reached $250 million."),
            (V{"trade_total ARM IRN 2024 1-3 $180000000", "trade_total ARM GEO 2024 1-3 $250000000"}));
  // A period of another year is that whole year.
  EXPECT_EQ(Claims("Armenia's trade turnover with Iran in January-March 2024 amounted to $180 million. Over the "
                   "period of 2022, Armenia's trade turnover with Georgia reached $950 million."),
            (V{"trade_total ARM IRN 2024 1-3 $180000000", "trade_total ARM GEO 2022 1-12 $950000000"}));
  EXPECT_EQ(Claims("Armenia's trade turnover with Iran in January-March 2024 amounted to $180 million. In the "
                   "period of 2024, trade between Armenia and Georgia was $250 million."),
            (V{"trade_total ARM IRN 2024 1-3 $180000000", "trade_total ARM GEO 2024 1-3 $250000000"}));
}

TEST(RealNewsTest, AMonthOfLastYearAfterAComparisonIsTheBase) {
  // "compared to April of last year": April of the year before, the base of the change;
  // the figure keeps the month named before.
  EXPECT_EQ(Claims("Kazakhstan's imports from Turkey in May 2024 went down by 8 percent compared to May of last "
                   "year and amounted to $90 million."),
            (V{"trade_flow TUR KAZ 2024 5-5 $90000000", "trade_growth TUR KAZ 2024 5-5 -8.00%"}));
}

}  // namespace

}  // namespace dyad::text
