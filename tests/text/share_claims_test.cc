// Unit tests of the "shares" stage (src/text/share_claims.cc): each phrasing of a share
// on made-up sentences of different wording, and near misses that are no share (and
// never a growth rate).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/claims.h"
#include "text/claims_json.h"

namespace dyad::text {
namespace {

// The share, rank and growth claims of `text` as "kind partner country year measure percent".
std::vector<std::string> Shares(const std::string& text) {
  auto r = ExtractClaims(text, Date::Ymd(2024, 6, 1));
  EXPECT_TRUE(r.ok());
  std::vector<std::string> out;
  if (!r.ok()) return out;
  for (const Claim& c : r->claims) {
    if (c.kind != ClaimKind::kShare && c.kind != ClaimKind::kTradeGrowth) continue;
    std::string line(ClaimKindName(c.kind));
    for (const auto& p : c.parties) line += " " + p;
    line += " " + (c.year ? std::to_string(*c.year) : std::string("-")) + " " + c.measure;
    if (c.percent) line += " " + std::to_string(*c.percent).substr(0, 4);
    out.push_back(line);
  }
  return out;
}

using V = std::vector<std::string>;

TEST(ShareClaims, PercentOfACountrysTrade) {
  EXPECT_EQ(Shares("Kazakhstan accounted for 18% of Kyrgyzstan's trade in 2023."), V{"share KAZ KGZ 2023 total 18.0"});
  EXPECT_EQ(Shares("In 2023, 15% of Kazakhstan's exports went to China."), V{"share CHN KAZ 2023 exports 15.0"});
}

TEST(ShareClaims, ThatWithTheNextCountryContinuesTheShare) {
  EXPECT_EQ(Shares("In 2022, trade with Germany made up 27 percent of Poland's foreign trade, while that with "
                   "France accounted for 6.5 percent and that with Italy 4.9 percent."),
            (V{"share DEU POL 2022 total 27.0", "share FRA POL 2022 total 6.50", "share ITA POL 2022 total 4.90"}));
  // A bare comma between the two: the first whole ends at it.
  EXPECT_EQ(Shares("In 2021, trade with India accounted for 11 percent of Nepal's total trade, trade with China "
                   "accounted for 14 percent."),
            (V{"share IND NPL 2021 total 11.0", "share CHN NPL 2021 total 14.0"}));
  // No share before it: a rate after "that with X" is not continued as a share.
  for (const std::string& line : Shares("Poland's trade with France grew by 6.5 percent in 2022, while that with "
                                        "Italy rose 4.9 percent.")) {
    EXPECT_EQ(line.rfind("share", 0), std::string::npos) << line;
  }
}

TEST(ShareClaims, APartOfThePairsOwnFlowIsNoPartnerShare) {
  // Goods making up a share of the flow from the partner: no share of the partner.
  EXPECT_EQ(Shares("Indonesia's main purchases were machinery and chemicals, worth $4 billion, accounting for "
                   "61% of its total imports from Korea in 2023."),
            V{});
  EXPECT_EQ(Shares("Textiles represented 40 percent of Bangladesh's exports to Germany in 2023."), V{});
  // The partner's share of the country's whole flow stays one.
  EXPECT_EQ(Shares("Korea accounted for 6% of Indonesia's total imports in 2023."), V{"share KOR IDN 2023 imports 6.00"});
}

TEST(ShareClaims, ThePossessorOfShareIsThePartner) {
  EXPECT_EQ(Shares("China's share in trade turnover of Kyrgyzstan was 20% in 2023."), V{"share CHN KGZ 2023 total 20.0"});
  EXPECT_EQ(Shares("Turkey's share in Georgia's foreign trade was 7.6% in 2023."), V{"share TUR GEO 2023 total 7.60"});
}

TEST(ShareClaims, APeriodBetweenShareAndFigureDoesNotCountTowardsItsReach) {
  EXPECT_EQ(Shares("Kazakhstan's share in foreign trade turnover of Kyrgyzstan in 2023 amounted to 18%."),
            V{"share KAZ KGZ 2023 total 18.0"});
  EXPECT_EQ(Shares("China's share in foreign trade of Tajikistan in January-September 2023 amounted to 15.3%."),
            V{"share CHN TJK 2023 total 15.3"});
}

TEST(ShareClaims, APeriodWithItsPrepositionDoesNotCountTowardsTheReach) {
  EXPECT_EQ(Shares("China's share in foreign trade turnover of Tajikistan in the first half of 2024 amounted to 25.3%."),
            V{"share CHN TJK 2024 total 25.3"});
  EXPECT_EQ(Shares("Доля Китая во внешнеторговом обороте Таджикистана за полугодие составила 25,3%."),
            V{"share CHN TJK 2024 total 25.3"});
}

TEST(ShareClaims, AShareOfTheFigureReferredTo) {
  // ", which is N% of Y's trade" after a total of Y and X, "This is N% ..." after one.
  EXPECT_EQ(Shares("Trade between Kazakhstan and China reached $31 billion in 2023, which is 22% of Kazakhstan's "
                   "total foreign trade."),
            V{"share CHN KAZ 2023 total 22.0"});
  EXPECT_EQ(Shares("Trade between Kazakhstan and China reached $31 billion in 2023. This is 22% of Kazakhstan's "
                   "foreign trade."),
            V{"share CHN KAZ 2023 total 22.0"});
  EXPECT_EQ(Shares("Товарооборот Казахстана с Китаем в 2023 году составил 31 млрд долларов, что составляет 22% от "
                   "всего внешнеторгового оборота Казахстана."),
            V{"share CHN KAZ 2023 total 22.0"});
  EXPECT_EQ(Shares("Товарооборот Казахстана с Китаем в 2023 году составил 31 млрд долларов. Это 22% всей внешней "
                   "торговли Казахстана."),
            V{"share CHN KAZ 2023 total 22.0"});
  // A growth after "which" stays a growth.
  EXPECT_EQ(Shares("Trade between Kazakhstan and China reached $31 billion in 2023, which is 22% more than in 2022."),
            V{"trade_growth KAZ CHN 2023 total 22.0"});
}

TEST(ShareClaims, TradeWithAPartnerAccountedFor) {
  EXPECT_EQ(Shares("In 2023, trade with Armenia accounted for 7.3 percent of Russia's foreign trade."),
            V{"share ARM RUS 2023 total 7.30"});
}

TEST(ShareClaims, NoPartnerOrAGroupIsNoShareAndNoGrowth) {
  EXPECT_EQ(Shares("These countries together account for 44% of Turkish imports in 2023."), V{});
  EXPECT_EQ(Shares("In 2023 China made up 38% of Russia's trade with all countries of the region."), V{});
}

TEST(ShareClaims, VerbsOfAShare) {
  EXPECT_EQ(Shares("In 2022 Germany made up 35 percent of Turkey's exports."), V{"share DEU TUR 2022 exports 35.0"});
  EXPECT_EQ(Shares("Russia represented 12.1% of total trade of Armenia in 2022."), V{"share RUS ARM 2022 total 12.1"});
  EXPECT_EQ(Shares("Uganda took 15 per cent of Kenya's exports in 2022."), V{"share UGA KEN 2022 exports 15.0"});
  // A share verb with no "of" after the figure ("made up", "represented": class
  // share_word, and share_make_verb before "up").
  EXPECT_EQ(Shares("Vietnam's trade reached $680 billion in 2023, of which trade with China represented 25%."),
            V{"share CHN VNM 2023 total 25.0"});
}

TEST(ShareClaims, APercentShareOfTheWhole) {
  EXPECT_EQ(Shares("China holds a 25% share in Kyrgyzstan's foreign trade in 2023."), V{"share CHN KGZ 2023 total 25.0"});
  EXPECT_EQ(Shares("In 2023 Japan had a 9.5 percent share of Vietnam's imports."), V{"share JPN VNM 2023 imports 9.50"});
  // A share of something else is no share and no growth.
  EXPECT_EQ(Shares("In 2023 China had a 25% share of the market for electric cars."), V{});
}

TEST(ShareClaims, AChangeInPointsDoesNotCountTowardsTheReachOfShare) {
  EXPECT_EQ(Shares("China's share of Kazakhstan's trade rose by 2 percentage points to 21% in 2023."),
            V{"share CHN KAZ 2023 total 21.0"});
}

TEST(ShareClaims, ABareShareOfAPairMemberIsOfTheOthersTrade) {
  EXPECT_EQ(Shares("Trade between Georgia and Turkey reached $2 billion in 2023. Turkey's share rose to 14%."),
            V{"share TUR GEO 2023 total 14.0"});
  EXPECT_EQ(Shares("Trade between Georgia and Turkey reached $2 billion in 2023. Turkey's share of the market rose to 14%."),
            V{});
  EXPECT_EQ(Shares("Trade between Georgia and Turkey reached $2 billion in 2023. Russia's share rose to 14%."), V{});
}

TEST(ShareClaims, AThirdCountrysShareOfAPairsTradeIsNoClaim) {
  EXPECT_EQ(Shares("China accounted for 30% of Russia's trade with India in 2023."), V{});
  EXPECT_EQ(Shares("In 2023 China accounted for 12% of the trade between Kazakhstan and Russia."), V{});
  // A partner named by "with" before the share is the partner, whatever the clause names.
  EXPECT_EQ(Shares("Kazakhstan's foreign trade reached $140 billion in 2023, of which trade with China made up 22%."),
            V{"share CHN KAZ 2023 total 22.0"});
  // The partner named by "with" after the whole is still the partner.
  EXPECT_EQ(Shares("In 2023, 49 per cent of Belarus's trade was with Russia."), V{"share RUS BLR 2023 total 49.0"});
}

// The period of each share as "year months".
std::vector<std::string> SharePeriods(const std::string& text) {
  auto r = ExtractClaims(text, Date::Ymd(2024, 11, 1));
  EXPECT_TRUE(r.ok());
  std::vector<std::string> out;
  if (!r.ok()) return out;
  for (const Claim& c : r->claims) {
    if (c.kind != ClaimKind::kShare) continue;
    out.push_back((c.year ? std::to_string(*c.year) : std::string("-")) + " " + (c.months.empty() ? "-" : c.months));
  }
  return out;
}

TEST(ShareClaims, AShareIsDatedByTheCarriedPeriodWithItsMonths) {
  EXPECT_EQ(SharePeriods("Trade between Azerbaijan and Turkiye amounted to $6.3 billion in January-September 2024. "
                         "Turkiye accounted for 12.8 percent of Azerbaijan's foreign trade during the period."),
            V{"2024 1-9"});
  EXPECT_EQ(SharePeriods("Russia's trade with Kazakhstan rose 8.5% in the first half of 2024. "
                         "Kazakhstan accounted for 2.5% of Russia's foreign trade in the same period."),
            V{"2024 1-6"});
  EXPECT_EQ(SharePeriods("Georgia's trade with Turkey reached $1.1 billion in the first quarter of 2024. "
                         "Turkey's share of Georgia's total trade was 14%."),
            V{"2024 1-3"});
  // Stated in the present, after a sentence that dates the article's figures.
  EXPECT_EQ(SharePeriods("Kazakhstan's imports from Russia reached $11 billion in January-November 2018. "
                         "Among the countries that supply Kazakhstan, Russia's share is 37.3 percent."),
            V{"2018 1-11"});
  // Its own period wins.
  EXPECT_EQ(SharePeriods("Georgia's trade with Turkey reached $1.1 billion in the first quarter of 2024. "
                         "In 2023 Turkey's share of Georgia's total trade was 14%."),
            V{"2023 1-12"});
}

TEST(ShareClaims, ItsWholeIsTheNearestPossessiveCountrys) {
  EXPECT_EQ(Shares("Kazakhstan's exports to China rose 25% in 2023 and accounted for 18% of its total exports."),
            (V{"trade_growth KAZ CHN 2023 exports 25.0", "share CHN KAZ 2023 exports 18.0"}));
  EXPECT_EQ(Shares("In 2023 Vietnam's imports from China reached $110 billion, or 33% of its total imports."),
            V{"share CHN VNM 2023 imports 33.0"});
  // A flow the other way: its imports are the importer's.
  EXPECT_EQ(Shares("In 2023 India's exports to Sri Lanka, at $4.8 billion, made up 23.2 per cent of its imports."),
            V{"share IND LKA 2023 imports 23.2"});
  // The possessor of the rank, not its subject.
  EXPECT_EQ(Shares("In 2023 India was the UK's 12th largest trading partner, accounting for 2.1% of its total trade."),
            V{"share IND GBR 2023 total 2.10"});
}

TEST(ShareClaims, AShareComparedWithIsTheSameShareForItsPeriod) {
  EXPECT_EQ(SharePeriods("China's share of Kazakhstan's foreign trade reached 21.5 percent in 2023, up from 18.9 percent "
                         "in 2022."),
            (V{"2023 1-12", "2022 1-12"}));
  EXPECT_EQ(Shares("In 2023 Russia's share in Belarus's foreign trade was 49.1%, against 50.4% a year earlier."),
            (V{"share RUS BLR 2023 total 49.1", "share RUS BLR 2022 total 50.4"}));
  // The time after the share compared with is its own, not the first share's.
  EXPECT_EQ(SharePeriods("In 2023 Russia's share of Armenia's total foreign trade was 35.3 per cent, up from 28.1 per "
                         "cent in 2022."),
            (V{"2023 1-12", "2022 1-12"}));
  EXPECT_EQ(SharePeriods("Trade between Armenia and Russia grew in the first half of 2024. Russia's share of Armenia's "
                         "trade was 35.3 per cent, against 28.1 per cent in the first half of 2023."),
            (V{"2024 1-6", "2023 1-6"}));
  // Without a period of its own it is no claim, and no growth either.
  EXPECT_EQ(Shares("In 2023 Russia's share in Belarus's foreign trade rose to 49.1% from 47%."),
            V{"share RUS BLR 2023 total 49.1"});
}

TEST(ShareClaims, AnImpliedWholeIsThePossessiveCountrysTrade) {
  EXPECT_EQ(Shares("Russia ranks first among Kazakhstan's trading partners with a share of 18.9% in 2023."),
            V{"share RUS KAZ 2023 total 18.9"});
  EXPECT_EQ(Shares("In 2023 China was Vietnam's largest trading partner with a 24.5 percent share."),
            V{"share CHN VNM 2023 total 24.5"});
  EXPECT_EQ(Shares("In 2023 Georgia's trade with Turkey totaled $2 billion, accounting for 14% of the total."),
            V{"share TUR GEO 2023 total 14.0"});
  // A whole of no trade, or no country whose trade it is.
  EXPECT_EQ(Shares("In 2023 China was Kazakhstan's largest investor with a share of 21.5%."), V{});
  EXPECT_EQ(Shares("In 2023 China held first place with a share of 21.5%."), V{});
}

TEST(ShareClaims, AnOwnedShareWithALongComplementReachesFurther) {
  EXPECT_EQ(Shares("In 2023 Russia's share in the total volume of Kazakhstan's foreign trade amounted to 18.9%."),
            V{"share RUS KAZ 2023 total 18.9"});
  EXPECT_EQ(Shares("China's share in the overall volume of Vietnam's foreign trade turnover in 2023 was 24.5%."),
            V{"share CHN VNM 2023 total 24.5"});
  EXPECT_EQ(Shares("In 2023 the share of China in the structure of Kazakhstan's foreign trade was 21.5%."),
            V{"share CHN KAZ 2023 total 21.5"});
  // No level verb right before the figure: not that far.
  EXPECT_EQ(Shares("In 2023 China's share in the total volume of Kazakhstan's foreign trade turnover grew, by 30%."),
            V{});
}

TEST(ShareClaims, PercentagesOfAListOfPartnersAreTheirShares) {
  EXPECT_EQ(Shares("In 2023 Kazakhstan's main trading partners were China (21.5%), Russia (18.9%) and Italy (12%)."),
            (V{"share CHN KAZ 2023 total 21.5", "share RUS KAZ 2023 total 18.9", "share ITA KAZ 2023 total 12.0"}));
  EXPECT_EQ(Shares("In 2023 the main suppliers of Georgia were Turkey with 17.3% and Russia with 11.1%."),
            (V{"share TUR GEO 2023 imports 17.3", "share RUS GEO 2023 imports 11.1"}));
  // Without a partner noun owned by a country the parenthesis is no share.
  EXPECT_EQ(Shares("In 2023 Kazakhstan's trade with China grew 10%, with Russia (5%) and Italy (3%)."),
            V{"trade_growth KAZ CHN 2023 total 10.0"});
}

TEST(ShareClaims, PercentagesOfAListAfterTradeWith) {
  EXPECT_EQ(Shares("In 2023, the largest volume of Chile's foreign trade turnover was recorded with China (31.9 "
                   "percent), the US (15.8 percent) and Brazil (5 percent)."),
            (V{"share CHN CHL 2023 total 31.9", "share USA CHL 2023 total 15.8", "share BRA CHL 2023 total 5.00"}));
  // No owner of the trade named in the sentence: no share.
  EXPECT_EQ(Shares("In 2023, most foreign trade was recorded with China (31.9 percent)."), V{});
}

TEST(ShareClaims, AShareOfARegionsTradeOrOfAPairsFlowIsNone) {
  EXPECT_EQ(Shares("In 2020, Nigeria accounts for 64 per cent of South Africa's trade with West Africa."), V{});
  EXPECT_EQ(Shares("In 2020, 64 percent of South Africa's trade in the West African region was with Nigeria."), V{});
  EXPECT_EQ(Shares("In 2016, crude oil accounted for 99% of South Africa's imports from Nigeria."), V{});
  // A country's whole trade or imports still has shares.
  EXPECT_EQ(Shares("In 2016, Nigeria accounted for 9% of South Africa's imports."),
            V{"share NGA ZAF 2016 imports 9.00"});
}

TEST(ShareClaims, AShareOfTheNeighboringCountrysTrade) {
  EXPECT_EQ(Shares("Trade between Chile and Peru was $5 billion in 2023. Peru's share in the total trade turnover "
                   "of the neighbouring country amounted to 8.1 percent."),
            V{"share PER CHL 2023 total 8.10"});
  EXPECT_EQ(Shares("Trade between Chile and Peru was $5 billion in 2023. The share of Peru in the total trade of "
                   "the neighboring republic accounted for 8.5 percent."),
            V{"share PER CHL 2023 total 8.50"});
}

TEST(ShareClaims, AnUnownedShareInAPairMembersTradeIsTheOtherMembers) {
  EXPECT_EQ(Shares("Uzbekistan's trade with Turkmenistan reached $612.5 mln in the first half of 2024.\n"
                   "- Share in Uzbekistan's foreign trade: 1.9%"),
            V{"share TKM UZB 2024 total 1.90"});
  EXPECT_EQ(Shares("Trade between Georgia and Turkey grew in 2023. Its share in Georgia's trade was 14%."),
            V{"share TUR GEO 2023 total 14.0"});
  // A flow's part of the whole is no partner's share.
  EXPECT_EQ(Shares("Trade between Georgia and Turkey grew in 2023. The share of exports in Georgia's trade was 60%."),
            V{});
}

TEST(ShareClaims, AfterShareOfAPartTheWholeFollowsIn) {
  EXPECT_EQ(Shares("In 2023 the share of Georgian exports in Turkey's imports was 0.5%."),
            V{"share GEO TUR 2023 imports 0.50"});
  EXPECT_EQ(Shares("In 2023 the share of Chinese goods in Kyrgyzstan's imports was 40%."),
            V{"share CHN KGZ 2023 imports 40.0"});
  // "the share of <country> in" is unchanged.
  EXPECT_EQ(Shares("In 2023 the share of Russia in the foreign trade of Belarus was 49 percent."),
            V{"share RUS BLR 2023 total 49.0"});
}

TEST(ShareClaims, ItemsOfAListAfterAShareAreSharesOfTheSameWhole) {
  EXPECT_EQ(Shares("In 2022 Germany accounted for 12.5% of Poland's trade, the Netherlands - 5.1% and Italy 4%."),
            (V{"share DEU POL 2022 total 12.5", "share NLD POL 2022 total 5.10", "share ITA POL 2022 total 4.00"}));
  EXPECT_EQ(Shares("В 2023 году на Китай пришлось 21% внешней торговли Монголии, Россия — 13%, Япония — 4%."),
            (V{"share CHN MNG 2023 total 21.0", "share RUS MNG 2023 total 13.0", "share JPN MNG 2023 total 4.00"}));
  // A growth list is no list of shares.
  EXPECT_EQ(Shares("In 2022 Poland's trade with Germany grew by 12.5%, with Italy - by 4%."),
            (V{"trade_growth POL DEU 2022 total 12.5", "trade_growth POL ITA 2022 total 4.00"}));
}

TEST(ShareClaims, AShareVerbWithoutAWholeAfterAShareIsOfTheSameWhole) {
  const std::string first = "In 2021 China accounted for 18% of Mongolia's foreign trade. ";
  EXPECT_EQ(Shares(first + "Russia accounted for 11%, Japan - 3%."),
            (V{"share CHN MNG 2021 total 18.0", "share RUS MNG 2021 total 11.0", "share JPN MNG 2021 total 3.00"}));
  EXPECT_EQ(Shares("Доля Казахстана во внешней торговле Киргизии в 2022 году составила 14%. На Узбекистан пришлось "
                   "6%."),
            (V{"share KAZ KGZ 2022 total 14.0", "share UZB KGZ 2022 total 6.00"}));
  // Not two sentences later, and not without a share before.
  EXPECT_EQ(Shares("Trade between Russia and Mongolia grew. Russia accounted for 11%."), V{});
}

}  // namespace
}  // namespace dyad::text
