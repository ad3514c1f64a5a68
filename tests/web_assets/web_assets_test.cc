// The dashboard embedded by web/build.mjs: index.html first, every file it references
// served, nothing loaded from outside.
#include "server/web_assets.h"

#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <string>

namespace dyad::server {
namespace {

const WebAsset* Find(std::string_view path) {
  for (const WebAsset& asset : WebAssets()) {
    if (asset.path == path) return &asset;
  }
  return nullptr;
}

TEST(WebAssets, IndexHtmlComesFirst) {
  ASSERT_FALSE(WebAssets().empty());
  EXPECT_EQ(WebAssets()[0].path, "/index.html");
  EXPECT_EQ(WebAssets()[0].content_type, "text/html; charset=utf-8");
  EXPECT_NE(WebAssets()[0].body.find("<!doctype html>"), std::string_view::npos);
}

TEST(WebAssets, EveryFileTheIndexReferencesIsEmbedded) {
  std::string index(WebAssets()[0].body);
  std::regex reference(R"re((?:src|href)="([^"#][^"]*)")re");
  int local = 0;
  for (std::sregex_iterator it(index.begin(), index.end(), reference), end; it != end; ++it) {
    std::string target = (*it)[1];
    EXPECT_EQ(target.find("//"), std::string::npos) << "loads from outside: " << target;
    if (target.starts_with("data:")) continue;
    ++local;
    const WebAsset* asset = Find("/" + target);
    ASSERT_NE(asset, nullptr) << target;
    EXPECT_GT(asset->body.size(), 100u) << target;
  }
  EXPECT_EQ(local, 2);  // app.css and app.js
  EXPECT_EQ(Find("/app.js")->content_type, "text/javascript; charset=utf-8");
  EXPECT_EQ(Find("/app.css")->content_type, "text/css; charset=utf-8");
}

TEST(WebAssets, PathsAreUniqueAndAbsolute) {
  std::set<std::string_view> seen;
  for (const WebAsset& asset : WebAssets()) {
    EXPECT_TRUE(asset.path.starts_with("/")) << asset.path;
    EXPECT_TRUE(seen.insert(asset.path).second) << asset.path;
  }
}

TEST(WebAssets, TheStylesheetLoadsNoFontOrImageFromOutside) {
  std::string_view css = Find("/app.css")->body;
  EXPECT_EQ(css.find("url("), std::string_view::npos);
  EXPECT_EQ(css.find("@import"), std::string_view::npos);
}

}  // namespace
}  // namespace dyad::server
