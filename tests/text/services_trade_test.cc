// Services trade is no figure of the goods trade the claims are about (docs/extraction.md,
// "Lists of partners"), on short synthetic sentences in English and Russian.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "claim_lines.h"
#include "text/claims.h"
#include "text/claims_json.h"

namespace dyad::text {
namespace {

std::vector<std::string> Claims(const std::string& text) { return ClaimLines(text, Date::Ymd(2025, 3, 1)); }

using V = std::vector<std::string>;

TEST(ServicesTradeTest, TradeInServicesIsNoTradeFigure) {
  EXPECT_EQ(Claims("In 2024 India's trade with the UK reached $42 billion, while trade in services rose by 9% to "
                   "$11 billion."),
            V{"trade_total IND GBR 2024 1-12 $42000000000"});
  EXPECT_EQ(Claims("Services trade between Kazakhstan and Turkey came to $1.3 billion in 2024."), V{});
  EXPECT_EQ(Claims("В 2024 году объем торговли услугами между Арменией и Россией составил 2 млрд долларов."), V{});
  // Goods and services together are still the pair's trade.
  EXPECT_EQ(Claims("In 2024 trade in goods and services between India and the UK reached $60 billion."),
            V{"trade_total IND GBR 2024 1-12 $60000000000"});
}

}  // namespace
}  // namespace dyad::text
