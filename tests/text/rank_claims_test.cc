// Unit tests of the rank recogniser (src/text/rank_claims.cc): each phrasing of a rank on
// made-up sentences of different wording, and near misses that are no rank.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/claims.h"

namespace dyad::text {
namespace {

// The rank claims of `text` as "partner country rank [after ...] [group]".
std::vector<std::string> Ranks(const std::string& text) {
  auto r = ExtractClaims(text, Date::Ymd(2024, 6, 1));
  EXPECT_TRUE(r.ok());
  std::vector<std::string> out;
  if (!r.ok()) return out;
  for (const Claim& c : r->claims) {
    if (c.kind != ClaimKind::kRank) continue;
    std::string line = c.parties[0] + " " + c.parties[1] + " " + std::to_string(*c.rank);
    if (!c.after.empty()) {
      line += " after";
      for (const auto& a : c.after) line += " " + a;
    }
    if (!c.group.empty()) line += " in " + c.group;
    out.push_back(line);
  }
  return out;
}

using V = std::vector<std::string>;

TEST(RankClaims, AnOrdinalBeforeASuperlative) {
  EXPECT_EQ(Ranks("India is merely the 12th biggest trading partner of the UK."), V{"IND GBR 12"});
  EXPECT_EQ(Ranks("Vietnam is now Japan's 3rd-largest trading partner."), V{"VNM JPN 3"});
  EXPECT_EQ(Ranks("Turkey is the fifth largest trade partner of Georgia."), V{"TUR GEO 5"});
  EXPECT_EQ(Ranks("Belarus is Russia's second-biggest partner within the EAEU."), V{"BLR RUS 2 in EAEU"});
}

TEST(RankClaims, FollowedByTakesTheNextPlaces) {
  EXPECT_EQ(Ranks("Germany is the top trading partner of Poland, followed by France and Italy, respectively."),
            (V{"DEU POL 1", "FRA POL 2 after DEU", "ITA POL 3 after DEU FRA"}));
  EXPECT_EQ(Ranks("Japan is Thailand's third largest partner, followed by the United States (US)."),
            (V{"JPN THA 3", "USA THA 4 after JPN"}));
  // Not a list of countries after "followed by": no further place.
  EXPECT_EQ(Ranks("China is Kenya's largest trading partner, followed by talks with India."), V{"CHN KEN 1"});
  EXPECT_EQ(Ranks("China is Kenya's largest trading partner, followed by India's growing presence."),
            V{"CHN KEN 1"});
}

TEST(RankClaims, NumberedPlaces) {
  EXPECT_EQ(Ranks("Kazakhstan ranks No. 2 among Uzbekistan's trading partners."), V{"KAZ UZB 2"});
  EXPECT_EQ(Ranks("Germany is France's number two trading partner."), V{"DEU FRA 2"});
  EXPECT_EQ(Ranks("Georgia took sixth place among Russia's trading partners."), V{"GEO RUS 6"});
}

TEST(RankClaims, ATopNIsNoRank) {
  EXPECT_EQ(Ranks("China is among the top five trading partners of Kenya."), V{});
  EXPECT_EQ(Ranks("Kenya counts China among its top 10 trading partners."), V{});
  EXPECT_EQ(Ranks("China is one of the largest trading partners of Kenya."), V{});
  // Completing a top N is the Nth place.
  EXPECT_EQ(Ranks("Chile completed the top three of Brazil's trading partners."), V{"CHL BRA 3"});
  EXPECT_EQ(Ranks("Peru rounds out the top five trading partners of Chile."), V{"PER CHL 5"});
}

TEST(RankClaims, RankedAboveAndOnly) {
  EXPECT_EQ(Ranks("China is the fourth largest trading partner of Brazil after the United States and the EU."),
            V{"CHN BRA 4 after USA"});
  EXPECT_EQ(Ranks("Kazakhstan is second only to Russia among Tajikistan's trading partners."), V{"KAZ TJK 2 after RUS"});
  // "trailed only X and Y": everyone above is named, so the rank follows.
  EXPECT_EQ(Ranks("Mexico trailed only China and Canada among U.S. trading partners."), V{"MEX USA 3 after CHN CAN"});
  EXPECT_EQ(Ranks("Brazil's fourth trade partner was Argentina, after China (Hong Kong included), the EU and the US."),
            V{"ARG BRA 4 after CHN USA"});
}

TEST(RankClaims, OvertakenCountriesAreComparedAgainst) {
  EXPECT_EQ(Ranks("Russia overtook the United States, Iraq, and Indonesia as India's seventh-biggest trading partner."),
            V{"RUS IND 7"});
  EXPECT_EQ(Ranks("Last year Vietnam surpassed Germany as the fifth-largest trading partner of the United States."),
            V{"VNM USA 5"});
}

TEST(RankClaims, AListAfterARankingContinuesIt) {
  EXPECT_EQ(Ranks("Mexico remains the United States' top trading partner, with Canada second and China third."),
            (V{"MEX USA 1", "CAN USA 2", "CHN USA 3"}));
  EXPECT_EQ(Ranks("Kazakhstan is Russia's main trading partner in Central Asia. Uzbekistan came in second, and "
                  "Kyrgyzstan was third."),
            (V{"KAZ RUS 1 in CA5", "UZB RUS 2 in CA5", "KGZ RUS 3 in CA5"}));
  EXPECT_EQ(Ranks("Uzbekistan took second place among Russia's partners in trade. Armenia completed the top three."),
            (V{"UZB RUS 2", "ARM RUS 3"}));
  // Not a place: an adverb, and a list with no ranking before it.
  EXPECT_EQ(Ranks("Brazil's fourth trade partner was Argentina. Argentina first proposed the deal in 2019."),
            V{"ARG BRA 4"});
  EXPECT_EQ(Ranks("Canada second, China third: the order of the speeches at the forum."), V{});
}

TEST(RankClaims, APronounSubjectIsThePartnerOfTheRankBefore) {
  // In one sentence: "it" is the partner ranked in the first clause, "the republic's" its country.
  EXPECT_EQ(Ranks("Uzbekistan ranks fifth among Kazakhstan's trading partners, while within Central Asia it is "
                  "the republic's top partner."),
            (V{"UZB KAZ 5", "UZB KAZ 1 in CA5"}));
  EXPECT_EQ(Ranks("Armenia is Russia's eighth largest trading partner, but within the EAEU it is the country's third "
                  "largest partner."),
            (V{"ARM RUS 8", "ARM RUS 3 in EAEU"}));
  // In the next sentence.
  EXPECT_EQ(Ranks("Turkey is Georgia's largest trading partner. It ranks second among the country's export markets "
                  "and is its third largest supplier."),
            (V{"TUR GEO 1", "TUR GEO 2", "TUR GEO 3"}));
  // "It" with no rank before it names no partner.
  EXPECT_EQ(Ranks("Trade between Kazakhstan and Uzbekistan grew in 2023. It ranks third among its trading partners."),
            V{});
}

TEST(RankClaims, ASecondRankWithTheNounLeftOut) {
  EXPECT_EQ(Ranks("Germany is France's biggest trading partner, while France is Germany's second-largest after China."),
            (V{"DEU FRA 1", "FRA DEU 2 after CHN"}));
  EXPECT_EQ(Ranks("Russia is Belarus's largest trading partner, and Belarus is Russia's fourth largest."),
            (V{"RUS BLR 1", "BLR RUS 4"}));
  // A superlative with another noun is no rank of trade.
  EXPECT_EQ(Ranks("Russia is Belarus's largest trading partner, and Belarus is Russia's fourth largest investor."),
            V{"RUS BLR 1"});
  EXPECT_EQ(Ranks("Russia is Belarus's largest trading partner, and the biggest lender to the country."), V{"RUS BLR 1"});
}

TEST(RankClaims, TheObjectOfMakingIsThePartner) {
  EXPECT_EQ(Ranks("India's trade with the UAE reached $85 billion in 2023, making the UAE its third-largest trading "
                  "partner."),
            V{"ARE IND 3"});
  EXPECT_EQ(Ranks("Brazil's trade with Argentina grew 8% in 2023, which made Argentina the country's fourth biggest "
                  "trading partner."),
            V{"ARG BRA 4"});
}

TEST(RankClaims, APlaceAmongTheLargestIsARank) {
  EXPECT_EQ(Ranks("Turkey ranks fifth among the largest trading partners of Uzbekistan."), V{"TUR UZB 5"});
  EXPECT_EQ(Ranks("Egypt took third place among the main trading partners of Russia."), V{"EGY RUS 3"});
  EXPECT_EQ(Ranks("Турция занимает пятое место среди крупнейших торговых партнеров Узбекистана."), V{"TUR UZB 5"});
  // With no place before it, "among the largest" is still "one of".
  EXPECT_EQ(Ranks("Kazakhstan is among the largest trading partners of Uzbekistan."), V{});
  EXPECT_EQ(Ranks("Казахстан входит в число крупнейших торговых партнеров Узбекистана."), V{});
}

TEST(RankClaims, ForACountryBeforeTheRankIsWhosePartner) {
  EXPECT_EQ(Ranks("For Uzbekistan, Kazakhstan is the second largest trading partner."), V{"KAZ UZB 2"});
  EXPECT_EQ(Ranks("Для Узбекистана Казахстан является вторым торговым партнером."), V{"KAZ UZB 2"});
  EXPECT_EQ(Ranks("Kazakhstan is the second largest trading partner for Uzbekistan."), V{"KAZ UZB 2"});
}

// The rank claims with their measure: "partner country rank measure".
std::vector<std::string> Measured(const std::string& text) {
  auto r = ExtractClaims(text, Date::Ymd(2024, 6, 1));
  EXPECT_TRUE(r.ok());
  std::vector<std::string> out;
  if (!r.ok()) return out;
  for (const Claim& c : r->claims) {
    if (c.kind == ClaimKind::kRank) out.push_back(c.parties[0] + " " + c.parties[1] + " " + std::to_string(*c.rank) + " " + c.measure);
  }
  return out;
}

TEST(RankClaims, PlacesAfterAPartnerNounWithoutARank) {
  EXPECT_EQ(Measured("Turkey is among the main trading partners of Azerbaijan: it ranks third in imports."),
            V{"TUR AZE 3 imports"});
  EXPECT_EQ(Measured("Китай входит в число основных торговых партнеров Грузии: по экспорту он занимает 4-е место, "
                     "по импорту — 2-е место, а по товарообороту — тоже 2-е место."),
            (V{"CHN GEO 4 exports", "CHN GEO 2 imports", "CHN GEO 2 total"}));
  // A bare "partner" in a sentence about flows, a place left out after a dash.
  EXPECT_EQ(Measured("Грузия — один из ключевых партнеров Азербайджана: по импорту она занимает восьмое место, по "
                     "экспорту — шестое."),
            (V{"GEO AZE 8 imports", "GEO AZE 6 exports"}));
  // An item of only a verb of ranking and the place, after the partner noun's clause.
  EXPECT_EQ(Measured("Turkmenistan is one of the main trading partners of Kazakhstan, ranking third after Uzbekistan "
                     "and Kyrgyzstan."),
            V{"TKM KAZ 3 total"});
  EXPECT_EQ(Measured("Туркменистан входит в число основных торговых партнеров Казахстана, занимая третье место после "
                     "Узбекистана."),
            V{"TKM KAZ 3 total"});
  // A place that is not in trade is none.
  EXPECT_EQ(Measured("Turkey is one of the main trading partners of Azerbaijan, and its team took second place in "
                     "the tournament."),
            V{});
}

// The composition claims: "exporter importer goods...".
std::vector<std::string> Compositions(const std::string& text) {
  auto r = ExtractClaims(text, Date::Ymd(2024, 6, 1));
  EXPECT_TRUE(r.ok());
  std::vector<std::string> out;
  if (!r.ok()) return out;
  for (const Claim& c : r->claims) {
    if (c.kind != ClaimKind::kComposition) continue;
    std::string line = c.parties[0] + " " + c.parties[1];
    for (const auto& g : c.goods) line += " " + g;
    out.push_back(line);
  }
  return out;
}

TEST(CompositionClaims, TheRepublicIsTheFirstNamedMember) {
  const std::string pair = "Trade between Tajikistan and Kazakhstan reached $1.2 billion in 2023. ";
  EXPECT_EQ(Compositions(pair + "The country mainly exports cotton and fruits."), V{"TJK KAZ cotton fruits"});
  EXPECT_EQ(Compositions("Товарооборот Таджикистана и Казахстана в 2023 году составил 1,2 млрд долларов. Экспорт "
                         "республики составили руда и цинк."),
            V{"TJK KAZ ores zinc"});
  EXPECT_EQ(Compositions("Товарооборот Таджикистана и Казахстана в 2023 году составил 1,2 млрд долларов. Республика "
                         "импортирует в основном пшеницу."),
            V{"KAZ TJK wheat"});
  // A named side is kept.
  EXPECT_EQ(Compositions(pair + "Kazakhstan exports wheat to the republic."), V{"KAZ TJK wheat"});
}

TEST(RankClaims, UsAndYouInAQuoteAreTheSpeakersCountryAndTheOther) {
  EXPECT_EQ(Ranks("Trade between Kazakhstan and Belarus grew 10%. The Belarusian leader said: \"For us, you are the "
                  "third partner.\""),
            V{"KAZ BLR 3"});
  EXPECT_EQ(Ranks("Президент Казахстана встретился с коллегой. Товарооборот Казахстана и Узбекистана вырос на 10%. "
                  "«Для нас вы — второй торговый партнер», — сказал он."),
            V{"UZB KAZ 2"});
  // No leader named: no speaker to rank by.
  EXPECT_EQ(Ranks("Trade between Kazakhstan and Belarus grew 10%. \"For us, you are the third partner,\" he said."),
            V{});
}

TEST(RankClaims, AmongTheTopNIsNoRank) {
  EXPECT_EQ(Ranks("Kenya's trade with China reached $4 billion in 2023. China is among the top five trading partners "
                  "of Kenya."),
            V{});
  EXPECT_EQ(Ranks("China is among Kenya's five largest trading partners."), V{});
}

TEST(RankClaims, APlaceAmongAPartnersMainPartners) {
  EXPECT_EQ(Ranks("In 2023, Peru ranked fourth among Chile's main trading partners, after China, the US and Brazil."),
            V{"PER CHL 4 after CHN USA BRA"});
  EXPECT_EQ(Ranks("Peru ranks third among Chile's leading trade partners."), V{"PER CHL 3"});
  // The superlative of the group is no rank of its own.
  EXPECT_EQ(Ranks("Peru is among Chile's main trading partners."), V{});
}

TEST(RankClaims, TheMostImportantPartnerIsTheFirst) {
  EXPECT_EQ(Ranks("China remains Chile's most important trading partner."), V{"CHN CHL 1"});
  EXPECT_EQ(Ranks("China is the most significant trade partner of Chile."), V{"CHN CHL 1"});
  EXPECT_EQ(Ranks("China is an important trading partner of Chile."), V{});
}

TEST(RankClaims, APartnerRankedAboveItselfIsNoRank) {
  // The partner is a description ("South America's second largest economy"); the pair's
  // other member is in the list ranked above, so it cannot be the partner.
  EXPECT_EQ(Ranks("Trade between Brazil and the US grew in 2020. As Brazil's fourth trade partner, South America's "
                  "second largest economy trailed China, the European Union and the US."),
            V{});
  EXPECT_EQ(Ranks("As Brazil's fourth trade partner, Argentina trailed China, the European Union and the US."),
            V{"ARG BRA 4 after CHN USA"});
}

TEST(RankClaims, AHyphenatedNumberIsAnAdjectiveNotATopN) {
  EXPECT_EQ(Ranks("Indonesia is Australia's 13th largest two-way trading partner."), V{"IDN AUS 13"});
  EXPECT_EQ(Ranks("Peru is Chile's third biggest two-way trade partner."), V{"PER CHL 3"});
  // A top N stays no rank.
  EXPECT_EQ(Ranks("Indonesia is one of Australia's top 10 trading partners."), V{});
}

TEST(RankClaims, ASecondPlaceAfterAndItsInTheSameClause) {
  EXPECT_EQ(Ranks("Morocco is Spain's largest trading partner in Africa and its third outside the European Union, "
                  "after the United States and the United Kingdom."),
            (V{"MAR ESP 1", "MAR ESP 3 after USA GBR in EU"}));
  EXPECT_EQ(Ranks("Vietnam is Japan's biggest trading partner in Southeast Asia and its fifth among all partners."),
            (V{"VNM JPN 1", "VNM JPN 5"}));
  // "its" before another noun is no place of the same ranking.
  EXPECT_EQ(Ranks("Kenya is Uganda's largest trading partner and its third largest investor."), V{"KEN UGA 1"});
}

TEST(RankClaims, PluralExportMarketsRankExports) {
  EXPECT_EQ(Ranks("China is Vietnam's largest trading partner, and Vietnam ranks third among China's export "
                  "destinations."),
            (V{"CHN VNM 1", "VNM CHN 3"}));
  EXPECT_EQ(Ranks("Turkey is Georgia's largest trading partner. It ranks second among the country's export markets."),
            (V{"TUR GEO 1", "TUR GEO 2"}));
  EXPECT_EQ(Ranks("Vietnam is among China's top three export markets."), V{});
}

TEST(RankClaims, APlaceAfterASentenceNamingACountrysPartnersRanksInThatCountry) {
  const std::string partners = "Kyrgyzstan's list of its ten biggest trading partners was published. ";
  EXPECT_EQ(Ranks(partners + "China held first place, ahead of Russia."), V{"CHN KGZ 1"});
  EXPECT_EQ(Ranks(partners + "Second place was taken by Kazakhstan."), V{"KAZ KGZ 2"});
  // Russian: the place before its verb and the country ("Третье место занял Узбекистан").
  const std::string ru = "Опубликован список десяти крупнейших торговых партнеров Армении. ";
  EXPECT_EQ(Ranks(ru + "Третье место занял Иран."), V{"IRN ARM 3"});
  EXPECT_EQ(Ranks(ru + "Грузия заняла четвертое место, обогнав Китай."), V{"GEO ARM 4"});
  // Without the sentence on partners, or with goods or a flow, a place is no rank.
  EXPECT_EQ(Ranks("China held first place, ahead of Russia."), V{});
  EXPECT_EQ(Ranks(partners + "China took first place in imports of cars."), V{});
  EXPECT_EQ(Ranks(ru + "Иран занял третье место по поставкам фруктов."), V{});
}

TEST(RankClaims, APartnerOfTheRepublicAfterTheNoun) {
  EXPECT_EQ(Ranks("Таджикистан нарастил внешнюю торговлю. Главным торговым партнером республики остается Россия."),
            V{"RUS TJK 1"});
  EXPECT_EQ(Ranks("Georgia's foreign trade grew. The largest trading partner of the country was Turkey."),
            V{"TUR GEO 1"});
}

TEST(RankClaims, APlaceAmongTheCountriesWithTheMostTrade) {
  EXPECT_EQ(Ranks("Russia ranked second among the countries with the largest volume of foreign trade turnover in "
                  "Uzbekistan."),
            V{"RUS UZB 2"});
  EXPECT_EQ(Ranks("China ranks first among the countries with the biggest trade turnover with Kazakhstan."),
            V{"CHN KAZ 1"});
  // Not a place in trade: "the largest oil reserves".
  EXPECT_EQ(Ranks("Kazakhstan ranked third among the countries with the largest oil reserves in Asia."), V{});
}

}  // namespace
}  // namespace dyad::text
