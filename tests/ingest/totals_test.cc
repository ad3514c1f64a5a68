#include "ingest/totals.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace dyad::ingest {
namespace {

using testing::MemorySink;
using testing::TestCodes;

constexpr char kHeader[] =
    "year,months,reporter,partner,exports_usd,imports_usd,total_usd,qualifier,source,source_url,published\n";

std::string Error(const std::string& rows) {
  MemorySink sink;
  RejectLog strict(false, {});
  return ParseTotalsCsv(std::string(kHeader) + rows, "totals.csv", TestCodes(), sink, strict).status().message();
}

TEST(Totals, PartialYearsStayPartial) {
  MemorySink sink;
  RejectLog strict(false, {});
  auto r = ParseTotalsCsv(std::string(kHeader) +
                              "2022,1-6,KAZ,TJK,362700000,258600000,621400000,,Bureau,http://x,2022\n"
                              "2021,1-12,kaz,TJK,,,1200000000,approx,Bureau,http://x,2022\n",
                          "totals.csv", TestCodes(), sink, strict);
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(sink.aggregates.size(), 2u);
  const auto& a = sink.aggregates[0];
  EXPECT_EQ(a.year, 2022);
  EXPECT_EQ(a.first_month, 1);
  EXPECT_EQ(a.last_month, 6);
  EXPECT_EQ(a.reporter, 2);
  EXPECT_EQ(a.partner, 3);
  EXPECT_EQ(*a.exports_usd, 362700000);
  EXPECT_EQ(*a.total_usd, 621400000);
  EXPECT_EQ(a.qualifier, store::Qualifier::kExact);
  EXPECT_EQ(a.source, "Bureau");
  const auto& b = sink.aggregates[1];
  EXPECT_FALSE(b.exports_usd.has_value());
  EXPECT_EQ(b.qualifier, store::Qualifier::kApprox);
  EXPECT_TRUE(b.full_year());
}

TEST(TotalsErrors, ExactMessages) {
  EXPECT_EQ(Error("2022,1-13,KAZ,TJK,1,2,3,,S,u,p\n"),
            "totals.csv:2:6: column months: expected months like 1-12 or 1-6, got \"1-13\"");
  EXPECT_EQ(Error("2022,1-12,KAX,TJK,1,2,3,,S,u,p\n"),
            "totals.csv:2:11: column reporter: expected an ISO alpha-3 country code, got \"KAX\"");
  EXPECT_EQ(Error("2022,1-12,KAZ,TJK,-1,2,3,,S,u,p\n"),
            "totals.csv:2:19: column exports_usd: expected a number >= 0, got \"-1\"");
  EXPECT_EQ(Error("2022,1-12,KAZ,TJK,1,2,3,about,S,u,p\n"),
            "totals.csv:2:25: column qualifier: expected empty, approx, more_than or less_than, got \"about\"");
  EXPECT_EQ(Error("2022,1-12,KAZ,TJK,1,2,3,,S,u,p\n2022,1-12,KAZ,TJK,1,2,4,,S,u,p\n"),
            "totals.csv:3:1: duplicate figure (same year, months, reporter, partner and source), first "
            "seen on line 2");
  EXPECT_EQ(Error("2022,1-12,KAZ,TJK,1,2\n"),
            "totals.csv:2:22: expected 11 columns as in the header, got 6");
  EXPECT_EQ(Error("2022,1-12,KAZ,TJK,1,2,3,,\"Bureau,u,p\n"),
            "totals.csv:2:26: expected a closing quote, got end of file");
  EXPECT_EQ(Error("2022,1-12,KAZ,TJK,1,2,3,,Bur\xC3\x28u,u,p\n"),
            "totals.csv:2:29: expected UTF-8 text, got byte 0xC3");
  MemorySink sink;
  RejectLog strict(false, {});
  EXPECT_EQ(ParseTotalsCsv("year,reporter\n", "totals.csv", TestCodes(), sink, strict).status().message(),
            "totals.csv:1:1: expected the header \"year,months,reporter,partner,exports_usd,imports_usd,"
            "total_usd,qualifier,source,source_url,published\", got \"year,reporter\"");
}

}  // namespace
}  // namespace dyad::ingest
