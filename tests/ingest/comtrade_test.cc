#include "ingest/comtrade.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace dyad::ingest {
namespace {

using testing::MemorySink;
using testing::TestCodes;

// The columns of a Comtrade Plus "get" extract, in the order the API returns them.
constexpr char kHeader[] =
    "typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,reporterDesc,"
    "flowCode,flowDesc,partnerCode,partnerISO,partnerDesc,partner2Code,partner2ISO,partner2Desc,"
    "classificationCode,classificationSearchCode,isOriginalClassification,cmdCode,cmdDesc,aggrLevel,"
    "isLeaf,customsCode,customsDesc,mosCode,motCode,motDesc,qtyUnitCode,qtyUnitAbbr,qty,"
    "isQtyEstimated,altQtyUnitCode,altQtyUnitAbbr,altQty,isAltQtyEstimated,netWgt,isNetWgtEstimated,"
    "grossWgt,isGrossWgtEstimated,cifvalue,fobvalue,primaryValue,legacyEstimationFlag,isReported,"
    "isAggregate\n";

// One row: reporter, flow, partner, partner2, cmd, customs, mot, value, netWgt.
std::string Row(int reporter, const char* flow, int partner, int partner2, const char* cmd,
                const char* customs, int mot, const char* value, const char* kg = "",
                const char* freq = "A", int year = 2022) {
  char buf[1024];
  std::snprintf(buf, sizeof buf,
                "C,%s,%d0101,%d,52,%d,%d,XXX,Reporter,%s,Flow,%d,YYY,Partner,%d,ZZZ,P2,H6,HS,true,%s,"
                "Desc,6,true,%s,Customs,0,%d,Mode,8,kg,1,false,-1,N/A,0,false,%s,false,0,false,,,%s,0,"
                "true,false\n",
                freq, year, year, year, reporter, flow, partner, partner2, cmd, customs, mot, kg, value);
  return buf;
}

struct Out {
  Status status;
  ComtradeStats stats;
  MemorySink sink;
};

Out Parse(const std::string& csv) {
  Out o;
  RejectLog strict(false, {});
  auto r = ParseComtradeCsv(csv, "TradeData.csv", TestCodes(), o.sink, strict);
  o.status = r.status();
  if (r.ok()) o.stats = *r;
  return o;
}

TEST(Comtrade, KeepsEachReportersViewOfHs6Rows) {
  Out o = Parse(std::string(kHeader) + Row(398, "X", 762, 0, "010121", "C00", 0, "1000.4", "250") +
                Row(762, "M", 398, 0, "010121", "C00", 0, "1100.5"));
  ASSERT_TRUE(o.status.ok()) << o.status.message();
  ASSERT_EQ(o.sink.products.size(), 2u);
  const auto& x = o.sink.products[0];
  EXPECT_EQ(x.exporter, 2);  // KAZ
  EXPECT_EQ(x.importer, 3);  // TJK
  EXPECT_EQ(x.side, store::Side::kExporterReported);
  EXPECT_EQ(x.value_usd, 1000);
  EXPECT_EQ(x.quantity_kg, 250);
  const auto& m = o.sink.products[1];
  EXPECT_EQ(m.exporter, 2);  // KAZ, as TJK declares it
  EXPECT_EQ(m.importer, 3);
  EXPECT_EQ(m.side, store::Side::kImporterReported);
  EXPECT_EQ(m.value_usd, 1101);  // rounded half up
  EXPECT_EQ(m.quantity_kg, -1);
  EXPECT_EQ(o.stats.classifications, std::set<std::string>{"H6"});
}

TEST(Comtrade, NoDoubleCounting) {
  std::string csv = std::string(kHeader) +
                    // The one row to keep: a total over partner2, customs and mode.
                    Row(398, "X", 762, 0, "010121", "C00", 0, "1000") +
                    // Its breakdowns: by second partner, customs procedure, mode of transport.
                    Row(398, "X", 762, 643, "010121", "C00", 0, "400") +
                    Row(398, "X", 762, 0, "010121", "C01", 0, "600") +
                    Row(398, "X", 762, 0, "010121", "C00", 3100, "999") +
                    // World partner: not a bilateral flow.
                    Row(398, "X", 0, 0, "010121", "C00", 0, "50000") +
                    // Re-exports are part of X already.
                    Row(398, "RX", 762, 0, "010121", "C00", 0, "10") +
                    Row(398, "RM", 762, 0, "010121", "C00", 0, "10") +
                    // Chapter and heading rows sum HS6 rows.
                    Row(398, "X", 762, 0, "01", "C00", 0, "1000") +
                    Row(398, "X", 762, 0, "0101", "C00", 0, "1000") +
                    // TOTAL rows are kept apart, as aggregate flows.
                    Row(398, "X", 762, 0, "TOTAL", "C00", 0, "893000000") +
                    Row(398, "M", 762, 0, "TOTAL", "C00", 0, "255800000") +
                    // Areas nes are not countries.
                    Row(398, "X", 899, 0, "010121", "C00", 0, "5");
  Out o = Parse(csv);
  ASSERT_TRUE(o.status.ok()) << o.status.message();
  ASSERT_EQ(o.sink.products.size(), 1u);
  EXPECT_EQ(o.sink.products[0].value_usd, 1000);
  EXPECT_EQ(o.stats.skipped_breakdown, 3u);
  EXPECT_EQ(o.stats.skipped_world, 1u);
  EXPECT_EQ(o.stats.skipped_reexport, 2u);
  EXPECT_EQ(o.stats.skipped_level, 2u);
  EXPECT_EQ(o.stats.skipped_area, 1u);
  EXPECT_EQ(o.stats.total_rows, 2u);
  ASSERT_EQ(o.sink.aggregates.size(), 1u);
  const auto& a = o.sink.aggregates[0];
  EXPECT_EQ(a.reporter, 2);
  EXPECT_EQ(a.partner, 3);
  EXPECT_EQ(*a.exports_usd, 893000000);
  EXPECT_EQ(*a.imports_usd, 255800000);
  EXPECT_EQ(*a.total_usd, 1148800000);
  EXPECT_TRUE(a.full_year());
}

TEST(ComtradeErrors, ExactMessages) {
  auto err = [](const std::string& row) { return Parse(std::string(kHeader) + row).status.message(); };
  EXPECT_EQ(err(Row(398, "X", 762, 0, "010121", "C00", 0, "1000", "", "M")),
            "TradeData.csv:2:3: column freqCode: expected A (annual data; monthly extracts are not "
            "imported), got \"M\"");
  EXPECT_EQ(err(Row(999, "X", 762, 0, "010121", "C00", 0, "1000")),
            "TradeData.csv:2:27: column reporterCode: expected a known country code, got \"999\"");
  EXPECT_EQ(err(Row(398, "X", 555, 0, "010121", "C00", 0, "1000")),
            "TradeData.csv:2:51: column partnerCode: expected a known country code, got \"555\"");
  EXPECT_EQ(err(Row(398, "X", 762, 0, "0101211", "C00", 0, "1000")),
            "TradeData.csv:2:87: column cmdCode: expected TOTAL or a 2-, 4- or 6-digit HS code, got "
            "\"0101211\"");
  EXPECT_EQ(err(Row(398, "X", 762, 0, "770000", "C00", 0, "1000")),
            "TradeData.csv:2:87: column cmdCode: expected an HS code in an existing chapter, got \"770000\"");
  EXPECT_EQ(err(Row(398, "X", 762, 0, "010121", "C00", 0, "-5")),
            "TradeData.csv:2:172: column primaryValue: expected a number >= 0, got \"-5\"");
  EXPECT_EQ(err(Row(398, "X", 762, 0, "010121", "C00", 0, "1000") + Row(398, "X", 762, 0, "010121", "C00", 0, "7")),
            "TradeData.csv:3:1: duplicate row (same year, reporter, partner, flow and commodity code), "
            "first seen on line 2");
  EXPECT_EQ(Parse("refYear,reporterCode\n2022,398\n").status.message(),
            "TradeData.csv:1:1: expected a UN Comtrade header (Comtrade Plus: typeCode,freqCode,refPeriodId,"
            "refYear,...; legacy: Classification,Year,...,Trade Flow Code,Reporter Code,...), got "
            "\"refYear,reporterCode\"");
  EXPECT_EQ(Parse("refYear,reporterCode,flowCode,partnerCode,primaryValue\n").status.message(),
            "TradeData.csv:1:1: expected a Comtrade header with a column for the commodity code "
            "(\"cmdCode\" or \"Commodity Code\"), got \"refYear,reporterCode,flowCode,partnerCod...\"");
  EXPECT_EQ(Parse("").status.message(),
            "TradeData.csv:1:1: expected the header \"typeCode,freqCode,refPeriodId,refYear,...\", got "
            "an empty file");
  std::string truncated = std::string(kHeader) + Row(398, "X", 762, 0, "010121", "C00", 0, "1000");
  truncated.resize(truncated.size() - 40);
  EXPECT_EQ(Parse(truncated).status.message(), "TradeData.csv:2:150: expected 47 columns as in the header, got 37");
}

}  // namespace
}  // namespace dyad::ingest
