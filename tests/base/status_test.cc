#include "base/status.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

Result<int> Half(int x) {
  if (x % 2 != 0) return InvalidInput("odd: " + std::to_string(x));
  return x / 2;
}

Result<int> Quarter(int x) {
  DYAD_ASSIGN_OR_RETURN(int h, Half(x));
  DYAD_ASSIGN_OR_RETURN(int q, Half(h));
  return q;
}

TEST(StatusTest, OkAndErrors) {
  EXPECT_TRUE(Status::Ok().ok());
  Status s = NotFound("no such country: \"XYZ\"");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kNotFound);
  EXPECT_EQ(s.WithPrefix("trade").message(), "trade: no such country: \"XYZ\"");
  EXPECT_TRUE(Status::Ok().WithPrefix("x").ok());
}

TEST(StatusTest, ResultPropagates) {
  EXPECT_EQ(*Quarter(8), 2);
  Result<int> r = Quarter(6);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), "odd: 3");
}

}  // namespace
}  // namespace dyad
