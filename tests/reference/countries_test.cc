#include "reference/countries.h"

#include <ctime>
#include <string>

#include <gtest/gtest.h>

#include "embedded/countries_csv.h"
#include "shared_files.h"

namespace dyad::reference {
namespace {

using testing::Column;
using testing::SharedCsv;

const Countries& C() { return Countries::Builtin(); }

std::string CodeOf(std::string_view query) {
  auto r = C().Find(query);
  return r.ok() ? (*r)->code : "error: " + r.status().message();
}

TEST(CountriesTest, BuiltinFileParses) {
  auto parsed = Countries::Parse(embedded::countries_csv(), "countries.csv");
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  EXPECT_EQ(parsed->all().size(), C().all().size());
}

TEST(CountriesTest, BuiltinHasEveryIsoEntryAndTradeEntities) {
  int iso = 0;
  for (const Country& c : C().all()) iso += c.iso ? 1 : 0;
  EXPECT_EQ(iso, 249);
  EXPECT_GT(C().all().size(), 249u);
  const Country* kaz = C().FindByCode("KAZ");
  ASSERT_NE(kaz, nullptr);
  EXPECT_EQ(kaz->alpha2, "KZ");
  EXPECT_EQ(kaz->numeric, 398);
  EXPECT_EQ(kaz->name, "Kazakhstan");
  EXPECT_EQ(kaz->formal_name, "the Republic of Kazakhstan");
  EXPECT_EQ(&C().at(kaz->index), kaz);
}

TEST(CountriesTest, FindByCodesNamesAliasesAdjectives) {
  EXPECT_EQ(CodeOf("KAZ"), "KAZ");
  EXPECT_EQ(CodeOf("kaz"), "KAZ");
  EXPECT_EQ(CodeOf("KZ"), "KAZ");
  EXPECT_EQ(CodeOf("398"), "KAZ");
  EXPECT_EQ(CodeOf("0398"), "KAZ");
  EXPECT_EQ(CodeOf("004"), "AFG");
  EXPECT_EQ(CodeOf("  Kazakhstan "), "KAZ");
  EXPECT_EQ(CodeOf("KAZAKHSTAN"), "KAZ");
  EXPECT_EQ(CodeOf("Republic of Kazakhstan"), "KAZ");
  EXPECT_EQ(CodeOf("the Republic of Kazakhstan"), "KAZ");
  EXPECT_EQ(CodeOf("Kazakh"), "KAZ");
  EXPECT_EQ(CodeOf("Kazakhstani"), "KAZ");
  EXPECT_EQ(CodeOf("Tajik"), "TJK");
  EXPECT_EQ(CodeOf("Tajikistani"), "TJK");
  EXPECT_EQ(CodeOf("Kyrgyz"), "KGZ");
  EXPECT_EQ(CodeOf("Kirghizia"), "KGZ");
  EXPECT_EQ(CodeOf("Uzbek"), "UZB");
  EXPECT_EQ(CodeOf("Turkmen"), "TKM");
  EXPECT_EQ(CodeOf("Turkey"), "TUR");
  EXPECT_EQ(CodeOf("Türkiye"), "TUR");
  EXPECT_EQ(CodeOf("TURKIYE"), "TUR");
  EXPECT_EQ(CodeOf("Turkish"), "TUR");
  EXPECT_EQ(CodeOf("Russia"), "RUS");
  EXPECT_EQ(CodeOf("Russian Federation"), "RUS");
  EXPECT_EQ(CodeOf("Russian"), "RUS");
  EXPECT_EQ(CodeOf("USA"), "USA");
  EXPECT_EQ(CodeOf("U.S.A."), "USA");
  EXPECT_EQ(CodeOf("United States"), "USA");
  EXPECT_EQ(CodeOf("America"), "USA");
  EXPECT_EQ(CodeOf("American"), "USA");
  EXPECT_EQ(CodeOf("UK"), "GBR");
  EXPECT_EQ(CodeOf("Britain"), "GBR");
  EXPECT_EQ(CodeOf("British"), "GBR");
  EXPECT_EQ(CodeOf("Moldavia"), "MDA");
  EXPECT_EQ(CodeOf("Burma"), "MMR");
  EXPECT_EQ(CodeOf("Swaziland"), "SWZ");
  EXPECT_EQ(CodeOf("Ivory Coast"), "CIV");
  EXPECT_EQ(CodeOf("cote d'ivoire"), "CIV");
  EXPECT_EQ(CodeOf("Côte d’Ivoire"), "CIV");  // typographic apostrophe
  EXPECT_EQ(CodeOf("Czech Republic"), "CZE");
  EXPECT_EQ(CodeOf("North Korea"), "PRK");
  EXPECT_EQ(CodeOf("South Korea"), "KOR");
  EXPECT_EQ(CodeOf("Iran"), "IRN");
  EXPECT_EQ(CodeOf("Syria"), "SYR");
  EXPECT_EQ(CodeOf("Vietnam"), "VNM");
  EXPECT_EQ(CodeOf("Viet Nam"), "VNM");
  EXPECT_EQ(CodeOf("Laos"), "LAO");
  EXPECT_EQ(CodeOf("Bolivia"), "BOL");
  EXPECT_EQ(CodeOf("Venezuela"), "VEN");
  EXPECT_EQ(CodeOf("Tanzania"), "TZA");
  EXPECT_EQ(CodeOf("Macedonia"), "MKD");
  EXPECT_EQ(CodeOf("Belarusian"), "BLR");
  EXPECT_EQ(CodeOf("Azerbaijani"), "AZE");
  EXPECT_EQ(CodeOf("Georgian"), "GEO");
  EXPECT_EQ(CodeOf("Ukrainian"), "UKR");
  EXPECT_EQ(CodeOf("Moldovan"), "MDA");
  EXPECT_EQ(CodeOf("Afghan"), "AFG");
  EXPECT_EQ(CodeOf("Pakistani"), "PAK");
  EXPECT_EQ(CodeOf("Indian"), "IND");
  EXPECT_EQ(CodeOf("Iranian"), "IRN");
  EXPECT_EQ(CodeOf("German"), "DEU");
  EXPECT_EQ(CodeOf("French"), "FRA");
  EXPECT_EQ(CodeOf("Chinese"), "CHN");
  EXPECT_EQ(CodeOf("St. Lucia"), "LCA");
  EXPECT_EQ(CodeOf("Bosnia & Herzegovina"), "BIH");
}

TEST(CountriesTest, TwoLetterWordsAreAlpha2Codes) {
  EXPECT_EQ(CodeOf("IN"), "IND");
  EXPECT_EQ(CodeOf("in"), "IND");
  EXPECT_EQ(CodeOf("US"), "USA");
  EXPECT_EQ(CodeOf("TO"), "TON");
  // FindName never reads codes: prose words stay words.
  EXPECT_EQ(C().FindName("in"), nullptr);
  EXPECT_EQ(C().FindName("and"), nullptr);
  EXPECT_EQ(C().FindName("can"), nullptr);
  EXPECT_EQ(CodeOf("and"), "AND");  // as a query, a 3-letter code wins
  ASSERT_NE(C().TryFind("kz"), nullptr);
  EXPECT_EQ(C().TryFind("kz")->code, "KAZ");
  EXPECT_EQ(C().TryFind("Kazakstan"), nullptr);
  EXPECT_EQ(C().TryFind("00000398"), nullptr);
  ASSERT_NE(C().FindName("Kazakh"), nullptr);
  EXPECT_EQ(C().FindName("Kazakh")->code, "KAZ");
  EXPECT_EQ(C().FindName("KAZ"), nullptr);
}

TEST(CountriesTest, TradeCodes) {
  auto code_of = [](int n) {
    const Country* c = C().FindByTradeCode(n);
    return c ? c->code : std::string("null");
  };
  EXPECT_EQ(code_of(842), "USA");
  EXPECT_EQ(code_of(840), "USA");
  EXPECT_EQ(code_of(251), "FRA");
  EXPECT_EQ(code_of(381), "ITA");
  EXPECT_EQ(code_of(699), "IND");
  EXPECT_EQ(code_of(757), "CHE");
  EXPECT_EQ(code_of(579), "NOR");
  EXPECT_EQ(code_of(280), "DEU");
  EXPECT_EQ(code_of(278), "DDR");
  EXPECT_EQ(code_of(711), "XSA");
  EXPECT_EQ(code_of(710), "ZAF");
  EXPECT_EQ(code_of(490), "S19");
  EXPECT_EQ(code_of(58), "BLX");
  EXPECT_EQ(code_of(891), "SCG");
  EXPECT_EQ(code_of(200), "CSK");
  EXPECT_EQ(code_of(810), "SUN");
  EXPECT_EQ(code_of(530), "ANT");
  EXPECT_EQ(code_of(736), "XSD");
  EXPECT_EQ(code_of(729), "SDN");
  EXPECT_EQ(code_of(697), "XEF");
  EXPECT_EQ(code_of(0), "null");   // World is not a country
  EXPECT_EQ(code_of(-5), "null");
  EXPECT_EQ(code_of(1000), "null");
  EXPECT_EQ(code_of(999), "null");
  const Country* s19 = C().FindByTradeCode(490);
  EXPECT_FALSE(s19->iso);
  EXPECT_EQ(s19->alpha2, "");
  EXPECT_EQ(CodeOf("842"), "USA");
  EXPECT_EQ(CodeOf("S19"), "S19");
  EXPECT_EQ(CodeOf("Other Asia, nes"), "S19");
  EXPECT_EQ(CodeOf("USSR"), "SUN");
  EXPECT_EQ(CodeOf("Soviet Union"), "SUN");
  const Country* usa = C().FindByCode("USA");
  EXPECT_EQ(usa->trade_codes, (std::vector<int>{840, 842}));
}

TEST(CountriesTest, UnknownSuggestsClosest) {
  auto r = C().Find("Kazakstan");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(r.status().message(), "unknown country \"Kazakstan\"; did you mean Kazakhstan (KAZ)?");
  EXPECT_EQ(C().Find("Atlantis").status().message(), "unknown country \"Atlantis\"");
  EXPECT_EQ(C().Find("Tadjikstan").status().message(),
            "unknown country \"Tadjikstan\"; did you mean Tadjikistan (TJK)?");
  EXPECT_EQ(C().Find("").status().message(), "unknown country \"\"");
  EXPECT_EQ(C().Find("0").status().message(), "unknown country \"0\"");
  EXPECT_EQ(C().Find("ZZ").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(C().Find("\xff\xfe").status().code(), StatusCode::kNotFound);
}

// Every ISO entry of the shared reference table resolves to the same entry by alpha-3,
// alpha-2, numeric, UN/ISO English name and UN formal name.
TEST(CountriesTest, MatchesSharedIsoTable) {
  auto records = SharedCsv("data/reference/iso3166-country-codes.csv");
  ASSERT_GT(records.size(), 1u);
  const CsvRecord& header = records[0];
  int a3 = Column(header, "ISO3166-1-Alpha-3"), a2 = Column(header, "ISO3166-1-Alpha-2");
  int num = Column(header, "ISO3166-1-numeric"), name = Column(header, "official_name_en");
  int formal = Column(header, "UNTERM English Formal");
  ASSERT_GE(std::min({a3, a2, num, name, formal}), 0);
  int checked = 0;
  for (size_t i = 1; i < records.size(); ++i) {
    const auto& f = records[i].fields;
    const Country* c = C().FindByCode(f[a3]);
    ASSERT_NE(c, nullptr) << f[a3];
    EXPECT_TRUE(c->iso) << f[a3];
    EXPECT_EQ(c->alpha2, f[a2]) << f[a3];
    EXPECT_EQ(c->numeric, std::stoi(f[num])) << f[a3];
    EXPECT_EQ(CodeOf(f[a2]), c->code);
    EXPECT_EQ(CodeOf(f[num]), c->code);
    EXPECT_EQ(C().FindByTradeCode(std::stoi(f[num])), c);
    if (!f[name].empty()) {
      EXPECT_EQ(CodeOf(f[name]), c->code) << f[name];
    }
    std::string un_formal = f[formal];
    while (!un_formal.empty() && (un_formal.back() == '*' || un_formal.back() == ' ')) {
      un_formal.pop_back();
    }
    if (!un_formal.empty()) {
      EXPECT_EQ(c->formal_name, un_formal) << f[a3];
    }
    ++checked;
  }
  EXPECT_EQ(checked, 249);
}

// Every code of BACI's country list resolves; ISO ones to the alpha-3 BACI gives.
TEST(CountriesTest, EveryBaciCodeResolves) {
  auto records = SharedCsv("data/reference/baci-country-codes-V202201.csv");
  ASSERT_GT(records.size(), 200u);
  for (size_t i = 1; i < records.size(); ++i) {
    const auto& f = records[i].fields;
    int code = std::stoi(f[0]);
    const Country* c = C().FindByTradeCode(code);
    ASSERT_NE(c, nullptr) << code << " " << f[1];
    if (c->iso) {
      // Where the code means an ISO entity, it is the one BACI names. (BACI also puts
      // BEL on 58, ZAF on 711 and SDN on 736; dyad keeps those as their own entities.)
      EXPECT_EQ(c->code, f[4]) << code << " " << f[1];
    }
  }
}

TEST(CountriesTest, ParseErrorsNameThePlace) {
  const std::string header =
      "code,iso,alpha2,numeric,name,formal_name,aliases,adjectives,trade_codes\n";
  auto err = [&](const std::string& body) {
    auto r = Countries::Parse(header + body, "c.csv");
    return r.ok() ? std::string("ok") : r.status().message();
  };
  EXPECT_EQ(err("AAA,yes,AA,1,Aland,,,,\n"), "ok");
  EXPECT_EQ(err("AAA,maybe,AA,1,A,,,,\n"), "c.csv:2: iso: expected yes or no, found \"maybe\"");
  EXPECT_EQ(err("AAA,yes,AA,x1,A,,,,\n"),
            "c.csv:2: numeric: expected a number 0-999, found \"x1\"");
  EXPECT_EQ(err("AAA,yes,AA,1,A,,,,\nBBB,yes,BB,2,B,,A,,\n"),
            "c.csv:3: name \"A\" already means AAA (line 2)");
  EXPECT_EQ(err("AAA,yes,AA,1,A,,,,\nAAA,yes,BB,2,B,,,,\n"), "c.csv:3: code AAA appears twice");
  EXPECT_EQ(err("AAA,yes,AA,1,A,,,,\nBBB,no,,2,B,,,,1\n"),
            "c.csv:3: trade code 1 already means AAA");
  EXPECT_EQ(err("AAA,yes,AA,1,A,,,\n"), "c.csv:2: expected 9 fields, found 8");
  EXPECT_EQ(err("AAA,yes,AA,1,\"A,,,,\n"), "c.csv:2:14: quoted field is not closed");
  EXPECT_EQ(Countries::Parse("code,name\n", "c.csv").status().message(),
            "c.csv:1: expected the header "
            "\"code,iso,alpha2,numeric,name,formal_name,aliases,adjectives,trade_codes\", "
            "found \"code,name\"");
}

TEST(CountriesTest, LookupIsFast) {
  const char* queries[] = {"Kazakhstan", "Tajik", "KAZ", "Russia", "the Kyrgyz Republic",
                           "nothing"};
  std::clock_t start = std::clock();  // CPU time: holds on a loaded machine
  int found = 0;
  for (int i = 0; i < 100000; ++i) {
    found += C().FindName(queries[i % 6]) != nullptr ? 1 : 0;
  }
  double seconds = static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
  EXPECT_EQ(found, 16666 * 4 + 3);  // "KAZ" is a code and "nothing" is nothing
  EXPECT_LT(seconds, 2.0);  // ~microseconds per lookup even in a sanitizer build
}

}  // namespace
}  // namespace dyad::reference
