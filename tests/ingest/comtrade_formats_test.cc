// The Comtrade format families and the quirks of files as published, on small hand-made
// files (the real ones are tested end to end in tests/analytics/real_files_test.cc and
// the golden transcripts real_*.test).
#include <gtest/gtest.h>
#include <zlib.h>

#include "ingest/comtrade.h"
#include "ingest/comtrade_format.h"
#include "ingest/text_input.h"
#include "test_util.h"

namespace dyad::ingest {
namespace {

using testing::MemorySink;
using testing::TestCodes;

struct Out {
  Status status;
  ComtradeStats stats;
  MemorySink sink;
};

Out Parse(std::string bytes, bool lenient = false) {
  Out o;
  RejectLog log(lenient, {});
  auto r = ParseComtrade(std::move(bytes), "f", TestCodes(), o.sink, log);
  o.status = r.status();
  if (r.ok()) o.stats = *r;
  return o;
}

constexpr char kPlus[] = "refYear,reporterCode,reporterISO,flowCode,partnerCode,partnerISO,partner2Code,cmdCode,"
                         "customsCode,mosCode,motCode,netWgt,primaryValue\n";

TEST(ComtradeFormats, WebsiteQuotesTrailingCommaAndPaddedMosCode) {
  Out o = Parse(std::string(kPlus) +
                "\"2022\",\"398\",\"KAZ\",\"X\",\"762\",\"TJK\",\"0\",\"TOTAL\",\"C00\",\"0 \",\"0\",\"\",\"893000000\",\r\n"
                "\"2022\",\"398\",\"KAZ\",\"X\",\"762\",\"TJK\",\"0\",\"010121\",\"C00\",\"0 \",\"0\",\"\",\"7.0\",\r\n");
  ASSERT_TRUE(o.status.ok()) << o.status.message();
  EXPECT_EQ(o.stats.skipped_breakdown, 0u);
  ASSERT_EQ(o.sink.products.size(), 1u);
  EXPECT_EQ(o.sink.products[0].value_usd, 7);
  ASSERT_EQ(o.sink.aggregates.size(), 1u);
  EXPECT_EQ(*o.sink.aggregates[0].exports_usd, 893000000);
}

TEST(ComtradeFormats, IsoCodesAreCheckedAgainstNumericCodes) {
  Out o = Parse(std::string(kPlus) + "2022,398,TJK,X,762,TJK,0,TOTAL,C00,0,0,,1\n");
  EXPECT_EQ(o.status.message(),
            "f:2:10: column reporterISO: expected KAZ (the country of reporterCode 398), got \"TJK\"");
  // An ISO code dyad does not know (Comtrade's "_X", "A79") is not checked.
  EXPECT_TRUE(Parse(std::string(kPlus) + "2022,398,_X,X,762,A79,0,TOTAL,C00,0,0,,1\n").status.ok());
}

TEST(ComtradeFormats, Windows1252NamesAreRead) {
  Out o = Parse("refYear,reporterCode,flowCode,partnerCode,partnerDesc,cmdCode,primaryValue\n"
                "2022,398,X,762,\"C\xF4te d'Ivoire\",TOTAL,5\n");
  ASSERT_TRUE(o.status.ok()) << o.status.message();
  EXPECT_TRUE(o.stats.windows1252);
  EXPECT_EQ(Windows1252ToUtf8("T\xFCrkiye \x80"), "T\xC3\xBCrkiye \xE2\x82\xAC");
}

TEST(ComtradeFormats, LegacyFlowCodesAndFlowWords) {
  const std::string header = "Classification,Year,Period,Trade Flow Code,Trade Flow,Reporter Code,Partner Code,"
                             "Commodity Code,Trade Value (US$)\n";
  Out o = Parse(header + "H5,2017,2017,1,Import,398,762,1,10\n"        // 01: leading zero lost
                         "H5,2017,2017,2,Export,398,762,1,20\n"
                         "H5,2017,2017,3,Re-Export,398,762,1,5\n"
                         "H5,2017,2017,0,M,762,398,99,30\n"            // 2021 preview: code 0
                         "H5,2017,2017,0,DX,762,398,99,30\n");
  ASSERT_TRUE(o.status.ok()) << o.status.message();
  EXPECT_EQ(o.stats.family, "legacy");
  EXPECT_EQ(o.stats.level, 2);
  ASSERT_EQ(o.sink.products.size(), 3u);
  EXPECT_EQ(o.sink.products[0].hs6, 10000u);   // chapter 01 stored padded
  EXPECT_EQ(o.sink.products[2].hs6, 990000u);  // chapter 99: not specified, still valid
  EXPECT_EQ(o.sink.products[2].side, store::Side::kImporterReported);
  EXPECT_EQ(o.stats.skipped_reexport, 2u);
}

TEST(ComtradeFormats, MonthlyLegacyPeriodIsRefused) {
  Out o = Parse("Year,Period,Trade Flow Code,Reporter Code,Partner Code,Commodity Code,Value\n"
                "2017,201701,1,398,762,TOTAL,5\n");
  EXPECT_EQ(o.status.message(), "f:2:6: column Period: expected the year 2017 (annual data; monthly extracts "
                                "are not imported), got \"201701\"");
}

TEST(ComtradeFormats, ServicesFilesAreRefusedAsSuch) {
  Out o = Parse("typeCode,freqCode,refYear,reporterCode,flowCode,partnerCode,classificationCode,cmdCode,primaryValue\n"
                "S,A,2022,398,X,0,EB10,200,5\n");
  EXPECT_EQ(o.status.message(), "f:2: services trade (EBOPS) is not supported: this is a Comtrade services file "
                                "(typeCode S); dyad imports goods trade (typeCode C, HS)");
}

TEST(ComtradeFormats, JsonRowsNameTheirLine) {
  std::string json = "{\"count\": 2, \"data\": [\n"
                     "  {\"refYear\": 2010, \"reporterCode\": 398, \"flowCode\": \"M\", \"partnerCode\": 762,\n"
                     "   \"cmdCode\": \"TOTAL\", \"primaryValue\": 6804128143.0, \"isReported\": true},\n"
                     "  {\"refYear\": 2010, \"reporterCode\": 398, \"flowCode\": \"X\", \"partnerCode\": 762,\n"
                     "   \"cmdCode\": \"TOTAL\", \"primaryValue\": \"n/a\"}\n]}\n";
  Out o = Parse(json);
  EXPECT_EQ(o.status.message(), "f:4: column primaryValue: expected a number, got \"n/a\"");
  Out lenient = Parse(json, true);
  ASSERT_TRUE(lenient.status.ok()) << lenient.status.message();
  EXPECT_EQ(lenient.stats.container, "json");
  ASSERT_EQ(lenient.sink.aggregates.size(), 1u);
  EXPECT_EQ(*lenient.sink.aggregates[0].imports_usd, 6804128143);
  EXPECT_EQ(Parse("{\"data\": 5}").status.message(),
            "f: expected a Comtrade Plus API response ({\"count\":...,\"data\":[...]}), got JSON without a \"data\" array");
}

std::string Gzip(const std::string& text) {
  uLongf size = compressBound(text.size()) + 32;
  std::string out(size, '\0');
  z_stream z{};
  deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
  z.avail_in = static_cast<uInt>(text.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

TEST(ComtradeFormats, GzipTabSeparatedBulkFiles) {
  std::string tsv = "refYear\treporterCode\tflowCode\tpartnerCode\tcmdCode\tprimaryValue\n"
                    "2022\t398\tX\t762\t010121\t10\n"
                    "2022\t398\tX\t762\t010129\t\t\n";
  Out o = Parse(Gzip(tsv), true);
  ASSERT_TRUE(o.status.ok()) << o.status.message();
  EXPECT_TRUE(o.stats.gzip);
  EXPECT_EQ(o.stats.container, "tsv");
  EXPECT_EQ(o.sink.products.size(), 1u);
  EXPECT_EQ(o.stats.rejected, 1u);  // an empty value
  std::string gz = Gzip(tsv);
  EXPECT_EQ(Parse(gz.substr(0, gz.size() / 2)).status.message(),
            "f: expected gzip data, got end of file inside the compressed data");
}

}  // namespace
}  // namespace dyad::ingest
