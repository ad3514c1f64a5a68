// The BACI listing-page parser on the shapes CEPII's page and mirrors' indexes take.
#include "fetch/baci_listing.h"

#include <gtest/gtest.h>

namespace dyad::fetch {
namespace {

TEST(BaciListing, FindsEveryReleaseNameOnce) {
  auto r = ParseBaciListing(
      "<a href=\"https://www.cepii.fr/DATA_DOWNLOAD/baci/data/BACI_HS17_V202401.zip\">x</a>"
      "<a href='BACI_HS17_V202401.zip'>same again</a> baci_hs92_v202501.ZIP "
      "BACI_HS22_V202401b.zip?dl=1");
  EXPECT_EQ(r, (std::vector<BaciRelease>{{"HS17", "V202401"}, {"HS92", "V202501"}, {"HS22", "V202401b"}}));
}

TEST(BaciListing, IgnoresNamesThatAreNotReleases) {
  EXPECT_TRUE(ParseBaciListing("OLD_BACI_HS17_V202401.zip XBACI_HS17_V202401.zip BACI_HS17_V2024.zip "
                               "BACI_HS1_V202401.zip BACI_HS17_V202401.csv BACI_HS17_Y2022_V202401.csv BACI_HS17_V202401")
                  .empty());
}

TEST(BaciListing, NewestVintageOfTheEdition) {
  std::vector<BaciRelease> r = {{"HS17", "V202401"}, {"HS17", "V202401b"}, {"HS22", "V202601"}, {"HS17", "V202301"}};
  EXPECT_EQ(NewestRelease(r, "HS17")->vintage, "V202401b");
  EXPECT_EQ(NewestRelease(r, "HS22")->vintage, "V202601");
  EXPECT_FALSE(NewestRelease(r, "HS92").has_value());
}

TEST(BaciListing, EditionsAndVintages) {
  EXPECT_TRUE(IsBaciEdition("HS92"));
  EXPECT_FALSE(IsBaciEdition("HS99"));
  EXPECT_TRUE(IsBaciVintage("V202501"));
  EXPECT_TRUE(IsBaciVintage("V202401b"));
  EXPECT_FALSE(IsBaciVintage("V2025"));
  EXPECT_FALSE(IsBaciVintage("202501"));
  EXPECT_FALSE(IsBaciVintage("V202401B"));
}

}  // namespace
}  // namespace dyad::fetch
