#include "reference/groups.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "embedded/groups_csv.h"

namespace dyad::reference {
namespace {

const Groups& G() { return Groups::Builtin(); }

const Group& Get(std::string_view code) {
  auto r = G().Find(code);
  EXPECT_TRUE(r.ok()) << r.status().message();
  static const Group kEmpty;
  return r.ok() ? **r : kEmpty;
}

// "ARM BLR ..." of the memberships in force on `date`.
std::string Members(std::string_view group, const char* date, bool associates = false,
                    bool observers = false) {
  std::string out;
  for (const Membership* m :
       G().MembersOn(Get(group), *ParseDate(date), associates, observers)) {
    if (!out.empty()) out += " ";
    out += m->country;
    if (m->kind != MembershipKind::kMember) out += "(" + std::string(MembershipKindName(m->kind)) + ")";
  }
  return out;
}

TEST(GroupsTest, BuiltinFileParses) {
  auto parsed = Groups::Parse(embedded::groups_csv(), "groups.csv");
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  std::string codes;
  for (const Group& g : parsed->all()) codes += g.code + " ";
  EXPECT_EQ(codes, "CIS EAEU CSTO SCO CA5 FSU EU ASEAN GCC BRICS G7 G20 ");
}

TEST(GroupsTest, CisGeorgiaTurkmenistanUkraine) {
  EXPECT_TRUE(G().IsMemberOn(Get("CIS"), "GEO", Date::Ymd(2008, 6, 1)));
  EXPECT_FALSE(G().IsMemberOn(Get("CIS"), "GEO", Date::Ymd(2010, 1, 1)));
  EXPECT_TRUE(G().IsMemberOn(Get("CIS"), "GEO", Date::Ymd(2009, 8, 17)));
  EXPECT_FALSE(G().IsMemberOn(Get("CIS"), "GEO", Date::Ymd(2009, 8, 18)));
  EXPECT_EQ(Members("CIS", "2008-06-01"), "ARM AZE BLR GEO KAZ KGZ MDA RUS TJK UKR UZB");
  EXPECT_EQ(Members("CIS", "2008-06-01", true),
            "ARM AZE BLR GEO KAZ KGZ MDA RUS TJK TKM(associate) UKR UZB");
  EXPECT_EQ(Members("CIS", "2004-01-01"), "ARM AZE BLR GEO KAZ KGZ MDA RUS TJK TKM UKR UZB");
  EXPECT_FALSE(G().IsMemberOn(Get("CIS"), "TKM", Date::Ymd(2006, 1, 1)));
  EXPECT_TRUE(G().IsMemberOn(Get("CIS"), "TKM", Date::Ymd(2006, 1, 1), true));
  EXPECT_TRUE(G().IsMemberOn(Get("CIS"), "UKR", Date::Ymd(2018, 5, 19)));
  EXPECT_FALSE(G().IsMemberOn(Get("CIS"), "UKR", Date::Ymd(2018, 5, 20)));
  EXPECT_EQ(Members("CIS", "2024-08-22"), "ARM AZE BLR KAZ KGZ MDA RUS TJK UZB");
  EXPECT_EQ(Members("CIS", "1990-01-01"), "");
}

TEST(GroupsTest, BricsBeforeAndAfterEnlargement) {
  EXPECT_EQ(Members("BRICS", "2023-06-01"), "BRA CHN IND RUS ZAF");
  EXPECT_EQ(Members("BRICS", "2024-06-01"), "ARE BRA CHN EGY ETH IND IRN RUS ZAF");
  EXPECT_EQ(Members("BRICS", "2024"), "ARE BRA CHN EGY ETH IND IRN RUS ZAF");
  EXPECT_EQ(Members("BRICS", "2025-02-01"), "ARE BRA CHN EGY ETH IDN IND IRN RUS ZAF");
  EXPECT_FALSE(G().IsMemberOn(Get("BRICS"), "SAU", Date::Ymd(2025, 2, 1), true));
  EXPECT_TRUE(G().IsMemberOn(Get("BRICS"), "KAZ", Date::Ymd(2025, 2, 1), true));
  EXPECT_FALSE(G().IsMemberOn(Get("BRICS"), "KAZ", Date::Ymd(2025, 2, 1)));
}

TEST(GroupsTest, OtherGroupsOnDates) {
  EXPECT_EQ(Members("EAEU", "2015-06-01"), "ARM BLR KAZ RUS");
  EXPECT_EQ(Members("EAEU", "2021-01-01", false, true),
            "ARM BLR CUB(observer) KAZ KGZ MDA(observer) RUS UZB(observer)");
  EXPECT_EQ(Members("SCO", "2017-06-08"), "CHN KAZ KGZ RUS TJK UZB");
  EXPECT_EQ(Members("SCO", "2024-07-04"), "BLR CHN IND IRN KAZ KGZ PAK RUS TJK UZB");
  EXPECT_EQ(Members("CSTO", "2010-01-01"), "ARM BLR KAZ KGZ RUS TJK UZB");
  EXPECT_EQ(Members("CSTO", "2013-01-01"), "ARM BLR KAZ KGZ RUS TJK");
  EXPECT_EQ(Members("CA5", "2024-01-01"), "KAZ KGZ TJK TKM UZB");
  EXPECT_EQ(Get("FSU").memberships.size(), 15u);
  EXPECT_EQ(G().MembersOn(Get("EU"), Date::Ymd(2019, 12, 31)).size(), 28u);
  EXPECT_EQ(G().MembersOn(Get("EU"), Date::Ymd(2020, 2, 1)).size(), 27u);
  EXPECT_EQ(G().MembersOn(Get("EU"), Date::Ymd(1958, 1, 1)).size(), 6u);
  EXPECT_EQ(G().MembersOn(Get("G20"), Date::Ymd(2024, 1, 1)).size(), 19u);
  EXPECT_EQ(G().MembersOn(Get("G7"), Date::Ymd(2024, 1, 1)).size(), 7u);
  EXPECT_EQ(G().MembersOn(Get("ASEAN"), Date::Ymd(2024, 1, 1)).size(), 10u);
  EXPECT_EQ(G().MembersOn(Get("GCC"), Date::Ymd(2024, 1, 1)).size(), 6u);
}

TEST(GroupsTest, CommonGroupsAndMembershipsOf) {
  std::string common;
  for (const Group* g : G().CommonGroups("KAZ", "TJK", Date::Ymd(2024, 8, 22))) {
    common += g->code + " ";
  }
  EXPECT_EQ(common, "CIS CSTO SCO CA5 FSU ");
  std::string of;
  for (auto [g, m] : G().MembershipsOf("TKM", Date::Ymd(2024, 1, 1))) {
    of += g->code + ":" + std::string(MembershipKindName(m->kind)) + " ";
  }
  EXPECT_EQ(of, "CIS:associate CA5:member FSU:member ");
}

TEST(GroupsTest, FindByNameAliasAndPhrase) {
  EXPECT_EQ(Get("cis").code, "CIS");
  EXPECT_EQ(Get("Commonwealth of Independent States").code, "CIS");
  EXPECT_EQ(Get("the CIS countries").code, "CIS");
  EXPECT_EQ(Get("СНГ").code, "CIS");
  EXPECT_EQ(Get("Eurasian Economic Union").code, "EAEU");
  EXPECT_EQ(Get("EEU").code, "EAEU");
  EXPECT_EQ(Get("Central Asian countries").code, "CA5");
  EXPECT_EQ(Get("Central Asia").code, "CA5");
  EXPECT_EQ(Get("former USSR").code, "FSU");
  EXPECT_EQ(Get("EU member states").code, "EU");
  EXPECT_EQ(Get("Shanghai Cooperation Organization").code, "SCO");
  auto r = G().Find("BRIX");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(r.status().message(), "unknown group \"BRIX\"; did you mean BRICS?");
  EXPECT_EQ(G().Find("Warsaw Pact").status().message(),
            "unknown group \"Warsaw Pact\"; `dyad groups` lists them");
}

TEST(GroupsTest, ParseErrors) {
  const std::string header = "group,group_name,group_aliases,country,kind,from,until,note\n";
  auto err = [&](const std::string& body) {
    auto r = Groups::Parse(header + body, "g.csv");
    return r.ok() ? std::string("ok") : r.status().message();
  };
  EXPECT_EQ(err("X,Xland,,Kazakhstan,member,2020,,\n"), "ok");
  EXPECT_EQ(err("X,Xland,,Kazakstan,member,2020,,\n"),
            "g.csv:2: unknown country \"Kazakstan\"; did you mean Kazakhstan (KAZ)?");
  EXPECT_EQ(err("X,Xland,,KAZ,friend,2020,,\n"),
            "g.csv:2: kind: expected member, associate or observer, found \"friend\"");
  EXPECT_EQ(err("X,Xland,,KAZ,member,2023-02-29,,\n"),
            "g.csv:2: from: invalid date \"2023-02-29\": February 2023 has 28 days");
  EXPECT_EQ(err("X,Xland,,KAZ,member,2020-05-01,2020-04-30,\n"),
            "g.csv:2: until 2020-04-30 is before from 2020-05-01");
  EXPECT_EQ(err("X,Xland,,KAZ,member,2020,,\nX,,,KAZ,observer,2021,,\n"),
            "g.csv:3: KAZ in X: period overlaps the one from 2020");
  EXPECT_EQ(err("X,Xland,,KAZ,member,2020,,\nX,Other,,TJK,member,2021,,\n"),
            "g.csv:3: group X has a different name or aliases than on its first row");
  EXPECT_EQ(err("X,Xland,,KAZ,member,2020,,\nY,Xland,,TJK,member,2021,,\n"),
            "g.csv: group name \"Xland\" of Y is already used by X");
}

TEST(GroupsTest, UserFileAddsAndReplaces) {
  std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("dyad_groups_test_" + std::to_string(getpid()) + ".csv");
  {
    std::ofstream out(path);
    out << "group,group_name,group_aliases,country,kind,from,until,note\n"
           "C5P,Central Asia plus Russia,,KAZ,member,1991-12-26,,\n"
           "C5P,,,Russia,member,1991-12-26,,\n"
           "G7,Group of Seven,G-7,Canada,member,1976-06-27,,only Canada here\n";
  }
  auto merged = Groups::BuiltinWithUserFile(path.string());
  ASSERT_TRUE(merged.ok()) << merged.status().message();
  auto c5p = merged->Find("central asia plus russia");
  ASSERT_TRUE(c5p.ok());
  EXPECT_TRUE((*c5p)->user_defined);
  EXPECT_EQ(merged->MembersOn(**c5p, Date::Ymd(2020, 1, 1)).size(), 2u);
  auto g7 = merged->Find("G7");
  ASSERT_TRUE(g7.ok());
  EXPECT_EQ((*g7)->memberships.size(), 1u);
  EXPECT_EQ(G().Find("G7").value()->memberships.size(), 7u);  // built-in untouched
  {
    std::ofstream out(path);
    out << "group,group_name,group_aliases,country,kind,from,until,note\n"
           "MINE,Commonwealth of Independent States,,KAZ,member,2020,,\n";
  }
  EXPECT_EQ(Groups::BuiltinWithUserFile(path.string()).status().message(),
            path.string() + ": group name \"Commonwealth of Independent States\" of MINE is "
                            "already used by CIS");
  std::filesystem::remove(path);
  EXPECT_EQ(Groups::BuiltinWithUserFile(path.string()).status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace dyad::reference
