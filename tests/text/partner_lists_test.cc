// Lists of partners in one sentence (docs/extraction.md, "Lists of partners"): figures
// paired with the countries of a list by "respectively", each on a short synthetic sentence
// in English and Russian.
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

TEST(PartnerListsTest, RespectiveAmountsAreEachListedCountrysWithTheHome) {
  EXPECT_EQ(Claims("In 2023 Kazakhstan's trade with Turkey and Iran came to $6.1 billion and $0.5 billion "
                   "respectively."),
            (V{"trade_total KAZ TUR 2023 1-12 $6100000000", "trade_total KAZ IRN 2023 1-12 $500000000"}));
  EXPECT_EQ(Claims("Товарооборот Таджикистана с Ираном и Турцией в 2022 году составил 250 млн и 700 млн "
                   "долларов соответственно."),
            (V{"trade_total TJK IRN 2022 1-12 $250000000", "trade_total TJK TUR 2022 1-12 $700000000"}));
  // Flows: "to" lists the importers, "from" the exporters.
  EXPECT_EQ(Claims("Last year Armenian exports to Georgia and Iran totalled $150 million and $120 million, "
                   "respectively."),
            (V{"trade_flow ARM GEO 2023 1-12 $150000000", "trade_flow ARM IRN 2023 1-12 $120000000"}));
  EXPECT_EQ(Claims("В 2021 году импорт Кыргызстана из Казахстана и Узбекистана составил 1,1 млрд и 0,4 млрд "
                   "долларов соответственно."),
            (V{"trade_flow KAZ KGZ 2021 1-12 $1100000000", "trade_flow UZB KGZ 2021 1-12 $400000000"}));
}

TEST(PartnerListsTest, RespectiveGrowthRatesAreEachListedCountrys) {
  EXPECT_EQ(Claims("In 2023 Mongolia's trade with Russia and Japan grew by 12% and 8%, respectively."),
            (V{"trade_growth MNG RUS 2023 1-12 12.00%", "trade_growth MNG JPN 2023 1-12 8.000%"}));
}

TEST(PartnerListsTest, ARespectiveListWithoutItsHomeIsNoPairsFigure) {
  // The two listed countries never trade with each other in such a sentence; with the
  // home unknown (neither of the pair is outside the list) the figures are left out.
  const std::string first = "In 2020 trade between Uzbekistan and China reached $6.4 billion. ";
  EXPECT_EQ(Claims(first + "Trade with Kyrgyzstan and Germany amounted to $903.2 million and $829.0 million "
                           "respectively."),
            V{"trade_total UZB CHN 2020 1-12 $6400000000"});
  // With one member of the pair in the list, the other one is the home.
  EXPECT_EQ(Claims("In 2020 trade between Uzbekistan and Kyrgyzstan reached $0.9 billion. Trade with Kyrgyzstan "
                   "and Germany was $903.2 million and $829.0 million respectively."),
            (V{"trade_total UZB KGZ 2020 1-12 $900000000", "trade_total UZB KGZ 2020 1-12 $903200000",
               "trade_total UZB DEU 2020 1-12 $829000000"}));
  // Respective flows of one pair keep their cues ("exports and imports ... respectively").
  EXPECT_EQ(Claims("In 2023 Kazakhstan's exports and imports in trade with Tajikistan amounted to $1.2 billion "
                   "and $0.8 billion respectively."),
            (V{"trade_flow KAZ TJK 2023 1-12 $1200000000", "trade_flow TJK KAZ 2023 1-12 $800000000"}));
}

TEST(PartnerListsTest, ItemsWithAnotherPartnerAfterAGrowthRateChangeTheSameWay) {
  EXPECT_EQ(Claims("In 2023 Armenia's trade with Iran rose by 14%, with Georgia - by 9% and with India 30%."),
            (V{"trade_growth ARM IRN 2023 1-12 14.00%", "trade_growth ARM GEO 2023 1-12 9.000%",
               "trade_growth ARM IND 2023 1-12 30.00%"}));
  EXPECT_EQ(Claims("В 2022 году товарооборот Кыргызстана с Китаем сократился на 8%, с Турцией – на 12%."),
            (V{"trade_growth KGZ CHN 2022 1-12 -8.00%", "trade_growth KGZ TUR 2022 1-12 -12.0%"}));
  // Not after a flow's rate, nor an item without "with".
  EXPECT_EQ(Claims("In 2023 Armenian exports to Iran rose by 14%, Georgia 9%."),
            (V{"trade_growth ARM IRN 2023 1-12 14.00%"}));
}

}  // namespace
}  // namespace dyad::text
