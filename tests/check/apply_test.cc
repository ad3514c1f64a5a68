// extract --apply semantics: the seed article applied to the built-in registry adds
// nothing; applied to an empty registry it adds its agreements, target and areas, and
// applying it again changes nothing.
#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include <gtest/gtest.h>

#include "base/files.h"
#include "check/apply.h"
#include "text/claims.h"

namespace dyad::check {
namespace {

namespace fs = std::filesystem;

text::Article SeedArticle() {
  const char* shared = std::getenv("DYAD_SHARED");
  fs::path path = fs::path(shared ? shared : "../../shared") / "seed" / "article.txt";
  auto text = ReadFile(path);
  EXPECT_TRUE(text.ok()) << path;
  auto a = text::ExtractClaims(text.ok() ? *text : "", Date::Ymd(2024, 8, 22));
  EXPECT_TRUE(a.ok());
  return a.ok() ? *a : text::Article{};
}

registry::Source ArticleSource() {
  registry::Source s;
  s.file = "article.txt";
  s.published = Date::Ymd(2024, 8, 22);
  return s;
}

fs::path TempDb(const std::string& name) {
  fs::path p = fs::path(::testing::TempDir()) / ("dyad_apply_" + std::to_string(::getpid()) + "_" + name + ".db");
  fs::remove(p);
  return p;
}

TEST(Apply, SeedArticleOnTheBuiltInRegistryAddsNothing) {
  fs::path db = TempDb("seeded");
  auto reg = registry::Registry::Open(db);
  ASSERT_TRUE(reg.ok());
  auto before = (*reg)->Export();
  ASSERT_TRUE(before.ok());
  auto r = ApplyArticle(SeedArticle(), ArticleSource(), **reg);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->added, 0);
  EXPECT_EQ(r->updated, 0);
  EXPECT_EQ(r->skipped, 0);
  EXPECT_EQ(r->unchanged, 8);  // 4 agreements, 1 target, 3 area sentences
  for (const ApplyItem& i : r->items) {
    if (i.what == "agreement") {
      EXPECT_GT(i.id, 0) << i.summary;
    }
  }
  auto after = (*reg)->Export();
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after->agreements, before->agreements);
  EXPECT_EQ(after->targets, before->targets);
  EXPECT_EQ(after->area_announcements, before->area_announcements);
  reg->reset();
  fs::remove(db);
}

// Areas are stored and compared as reference/areas.h codes: "sports" in an article is
// sport in the registry, and a claim carrying the spelling finds it recorded.
TEST(Apply, AreasAreRecordedAsRegistryCodes) {
  fs::path db = TempDb("areas");
  auto reg = registry::Registry::Open(db);
  ASSERT_TRUE(reg.ok());
  auto article = text::ExtractClaims("Uzbekistan and Kyrgyzstan agreed to expand cooperation in sports and youth policy.",
                                     Date::Ymd(2024, 6, 1));
  ASSERT_TRUE(article.ok());
  auto r = ApplyArticle(*article, ArticleSource(), **reg);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->added, 1);
  auto anns = (*reg)->ListAreaAnnouncements({.states = {"UZB", "KGZ"}});
  ASSERT_TRUE(anns.ok());
  ASSERT_EQ(anns->size(), 1u);
  EXPECT_EQ(anns->front().areas, (std::vector<std::string>{"sport", "youth"}));
  for (text::Claim& c : article->claims) c.areas = {"Sports"};
  r = ApplyArticle(*article, ArticleSource(), **reg);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->unchanged, 1);
  ASSERT_EQ(r->items.size(), 1u);
  EXPECT_EQ(r->items[0].summary, "UZB-KGZ: sport");
  reg->reset();
  fs::remove(db);
}

TEST(Apply, EmptyRegistryGetsTheArticlesFactsOnce) {
  fs::path db = TempDb("empty");
  registry::OpenOptions o;
  o.seed = false;
  auto reg = registry::Registry::Open(db, o);
  ASSERT_TRUE(reg.ok());
  auto r = ApplyArticle(SeedArticle(), ArticleSource(), **reg);
  ASSERT_TRUE(r.ok()) << r.status().message();
  for (const ApplyItem& i : r->items) {
    EXPECT_NE(i.action, ApplyAction::kSkipped) << i.summary << ": " << i.reason;
  }
  EXPECT_EQ(r->added, 4 + 1 + 1);  // agreements, the target, one announcement of 2024-08-22
  EXPECT_EQ(r->updated, 2);        // the two later area sentences merge into it
  auto data = (*reg)->Export();
  ASSERT_TRUE(data.ok());
  ASSERT_EQ(data->agreements.size(), 4u);
  ASSERT_EQ(data->targets.size(), 1u);
  EXPECT_EQ(data->targets[0].value, 2000000000);
  EXPECT_EQ(data->targets[0].stated_on, Date::Ymd(2024, 8, 22));
  ASSERT_EQ(data->area_announcements.size(), 1u);
  EXPECT_EQ(data->area_announcements[0].areas.size(), 8u);  // 7 announced + trade
  const registry::Agreement* treaty = nullptr;
  for (const auto& a : data->agreements) {
    if (a.kind == "treaty") treaty = &a;
  }
  ASSERT_NE(treaty, nullptr);
  EXPECT_EQ(treaty->place, "Dushanbe");
  EXPECT_EQ(treaty->signed_on, Date::Ymd(2024, 8, 22));
  ASSERT_EQ(treaty->sources.size(), 1u);
  EXPECT_EQ(treaty->sources[0].file, "article.txt");

  auto again = ApplyArticle(SeedArticle(), ArticleSource(), **reg);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->added, 0);
  EXPECT_EQ(again->updated, 0);
  EXPECT_EQ(again->unchanged, 8);
  reg->reset();
  fs::remove(db);
}

}  // namespace
}  // namespace dyad::check
