#include "base/date.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(DateTest, ParsesThreePrecisions) {
  EXPECT_EQ(ParseDate("2024-08-22")->ToString(), "2024-08-22");
  EXPECT_EQ(ParseDate("2024-08")->precision, DatePrecision::kMonth);
  EXPECT_EQ(ParseDate(" 2023 ")->ToString(), "2023");
}

TEST(DateTest, RejectsImpossibleDates) {
  EXPECT_EQ(ParseDate("2023-02-29").status().message(),
            "invalid date \"2023-02-29\": February 2023 has 28 days");
  EXPECT_TRUE(ParseDate("2024-02-29").ok());
  EXPECT_EQ(ParseDate("2024-13-01").status().message(),
            "invalid date \"2024-13-01\": month must be 01-12");
  EXPECT_EQ(ParseDate("22.08.2024").status().message(),
            "invalid date \"22.08.2024\": expected YYYY-MM-DD, YYYY-MM or YYYY");
}

TEST(DateTest, RangesAndOrder) {
  Date m = Date::Ym(2024, 2);
  EXPECT_EQ(m.First().ToString(), "2024-02-01");
  EXPECT_EQ(m.Last().ToString(), "2024-02-29");
  EXPECT_EQ(Date::Ymd(1970, 1, 2).DayNumber(), 1);
  EXPECT_TRUE(CompareDates(Date::Y(2023), Date::Ymd(2023, 1, 1)) < 0);
  EXPECT_TRUE(CompareDates(Date::Ymd(2023, 12, 31), Date::Y(2024)) < 0);
}

}  // namespace
}  // namespace dyad
