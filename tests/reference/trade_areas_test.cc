#include "reference/trade_areas.h"

#include <gtest/gtest.h>

#include "embedded/trade_areas_csv.h"

namespace dyad::reference {
namespace {

uint16_t Idx(const char* code) { return Countries::Builtin().FindByCode(code)->index; }

TEST(TradeAreas, BuiltinTableParses) {
  EXPECT_TRUE(TradeAreas::Parse(embedded::trade_areas_csv(), "trade_areas.csv", Countries::Builtin()).ok());
}

TEST(TradeAreas, AreasAreNotCountries) {
  const TradeAreas& t = TradeAreas::Builtin();
  for (const char* area : {"XAN", "XBK", "XFZ", "XSC", "XLA", "XOE", "XOF", "XNC"}) EXPECT_TRUE(t.IsArea(Idx(area))) << area;
  for (const char* country : {"CHN", "TWN", "S19", "BLX"}) EXPECT_FALSE(t.IsArea(Idx(country))) << country;
}

TEST(TradeAreas, TaiwanIsReportedAsOtherAsiaNes) {
  const TradeAreas& t = TradeAreas::Builtin();
  ASSERT_NE(t.ReportedAs(Idx("TWN")), nullptr);
  EXPECT_EQ(t.ReportedAs(Idx("TWN"))->code, "S19");
  EXPECT_EQ(t.StandsFor(Idx("S19"))->code, "TWN");
  EXPECT_EQ(t.ReportedAsNote(Idx("TWN")), "reported as Other Asia, nes (490)");
  EXPECT_EQ(t.ReportedAs(Idx("CHN")), nullptr);
}

TEST(TradeAreas, BadRowsNameTheLine) {
  auto r = TradeAreas::Parse("code,kind,stands_for,note\nXAN,region,,\n", "t.csv", Countries::Builtin());
  EXPECT_EQ(r.status().message(), "t.csv:2: kind: expected area or stand-in, found region");
}

}  // namespace
}  // namespace dyad::reference
