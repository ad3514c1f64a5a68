#include "ingest/numbers.h"

#include <gtest/gtest.h>

namespace dyad::ingest {
namespace {

int64_t Scaled(std::string_view s, int scale = 3) {
  int64_t v = -999;
  EXPECT_EQ(ParseScaledDecimal(s, scale, &v), NumberError::kOk) << s;
  return v;
}

TEST(Numbers, ThousandsOfDollarsBecomeExactDollars) {
  EXPECT_EQ(Scaled("1.234"), 1234);
  EXPECT_EQ(Scaled("0.001"), 1);
  EXPECT_EQ(Scaled("12"), 12000);
  EXPECT_EQ(Scaled("12."), 12000);
  EXPECT_EQ(Scaled(".5"), 500);
  EXPECT_EQ(Scaled("+7.1"), 7100);
  EXPECT_EQ(Scaled("-0"), 0);
  EXPECT_EQ(Scaled("000123.4560"), 123456);
  // 0.1 + 0.2 style values that a double would get wrong.
  EXPECT_EQ(Scaled("4503599627370.497"), 4503599627370497);
}

TEST(Numbers, MoreThanThreeDecimalsRoundHalfUp) {
  EXPECT_EQ(Scaled("1.2345"), 1235);
  EXPECT_EQ(Scaled("1.2344999"), 1234);
  EXPECT_EQ(Scaled("0.0005"), 1);
  EXPECT_EQ(Scaled("0.0004"), 0);
  EXPECT_EQ(Scaled("9.9995"), 10000);
}

TEST(Numbers, Exponents) {
  EXPECT_EQ(Scaled("1e3"), 1000000);
  EXPECT_EQ(Scaled("1.5E-3"), 2);
  EXPECT_EQ(Scaled("0e999999"), 0);
}

TEST(Numbers, Errors) {
  int64_t v;
  EXPECT_EQ(ParseScaledDecimal("", 3, &v), NumberError::kEmpty);
  EXPECT_EQ(ParseScaledDecimal("n/a", 3, &v), NumberError::kNotANumber);
  EXPECT_EQ(ParseScaledDecimal("NA", 3, &v), NumberError::kNotANumber);
  EXPECT_EQ(ParseScaledDecimal("1.2.3", 3, &v), NumberError::kNotANumber);
  EXPECT_EQ(ParseScaledDecimal("1e", 3, &v), NumberError::kNotANumber);
  EXPECT_EQ(ParseScaledDecimal(".", 3, &v), NumberError::kNotANumber);
  EXPECT_EQ(ParseScaledDecimal("-1.5", 3, &v), NumberError::kNegative);
  EXPECT_EQ(ParseScaledDecimal("9223372036854775.808", 3, &v), NumberError::kTooLarge);
  EXPECT_EQ(ParseScaledDecimal("9223372036854775.807", 3, &v), NumberError::kOk);
  EXPECT_EQ(v, INT64_MAX);
  EXPECT_EQ(ParseScaledDecimal("99999999999999999999999", 0, &v), NumberError::kTooLarge);
  EXPECT_EQ(ParseScaledDecimal("1e400", 3, &v), NumberError::kTooLarge);
  EXPECT_EQ(DescribeNumberError(NumberError::kNotANumber, "n/a"), "expected a number, got \"n/a\"");
  EXPECT_EQ(DescribeNumberError(NumberError::kNegative, "-1.5"), "expected a number >= 0, got \"-1.5\"");
}

TEST(Numbers, Digits) {
  uint64_t v;
  EXPECT_EQ(ParseDigits("010121", &v), NumberError::kOk);
  EXPECT_EQ(v, 10121u);
  EXPECT_EQ(ParseDigits("18446744073709551616", &v), NumberError::kTooLarge);
  EXPECT_EQ(ParseDigits("-1", &v), NumberError::kNotANumber);
  EXPECT_EQ(ParseDigits("", &v), NumberError::kEmpty);
}

}  // namespace
}  // namespace dyad::ingest
