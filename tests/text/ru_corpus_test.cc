// The Russian development corpus (../shared/data/articles/ru, read through
// $DYAD_SHARED), scored as tools/score-articles scores it (docs/extraction.md) and
// pinned: tests/text/ru_baseline.txt lists the claims missed and the spurious claims
// extracted today; any miss or spurious claim not in that list fails the test, so a
// change for one article cannot silently break another. Claims the baseline lists that
// are now found are printed (remove them from the file). DYAD_RU_BASELINE_UPDATE=1
// rewrites the file.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/date.h"
#include "text/claims.h"
#include "text/claims_json.h"

namespace dyad::text {
namespace {

using nlohmann::json;

std::string Read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string Shared(const std::string& rel) {
  const char* root = std::getenv("DYAD_SHARED");
  return std::string(root ? root : "../../shared") + "/" + rel;
}

std::string BaselinePath() {
  const char* tests = std::getenv("DYAD_TESTS");
  return std::string(tests ? tests : ".") + "/text/ru_baseline.txt";
}

const std::set<std::string> kScored = {"trade_total", "trade_flow", "target", "rank", "share", "trade_growth"};

// The scorer's match: kind; parties ordered for flow, rank, composition, else as a set;
// value within 1%, percent within 0.05; year, months, rank, target_year where expected.
bool Matches(const json& e, const json& c) {
  if (c["kind"] != e["kind"]) return false;
  std::vector<std::string> ep = e["parties"], cp;
  if (c["parties"].is_array()) cp = c["parties"].get<std::vector<std::string>>();
  std::string kind = e["kind"];
  if (kind == "trade_flow" || kind == "rank" || kind == "composition") {
    if (cp.size() < 2 || std::vector<std::string>(cp.begin(), cp.begin() + 2) != ep) return false;
  } else if (std::set<std::string>(cp.begin(), cp.end()) != std::set<std::string>(ep.begin(), ep.end())) {
    return false;
  }
  if (e.contains("value_usd") &&
      (!c["value_usd"].is_number() ||
       std::fabs(c["value_usd"].get<double>() - e["value_usd"].get<double>()) > 0.01 * e["value_usd"].get<double>())) {
    return false;
  }
  if (e.contains("percent") &&
      (!c["percent"].is_number() || std::fabs(c["percent"].get<double>() - e["percent"].get<double>()) > 0.05)) {
    return false;
  }
  if (e.contains("year") && kind != "target" && c["year"] != e["year"]) return false;
  for (const char* k : {"months", "rank", "target_year"}) {
    if (e.contains(k) && c[k] != e[k]) return false;
  }
  if (kind == "composition") {
    bool any = false;
    for (const auto& g : c["goods"]) {
      for (const auto& want : e["goods_any"]) {
        if (g.get<std::string>().find(want.get<std::string>()) != std::string::npos) any = true;
      }
    }
    return any;
  }
  return true;
}

std::string Brief(const json& c) {
  json b = json::object();
  for (const char* k : {"kind", "parties", "year", "months", "value_usd", "percent", "rank"}) {
    if (c.contains(k) && !c[k].is_null() && c[k] != "" && c[k] != json::array()) b[k] = c[k];
  }
  return b.dump();
}

TEST(RuCorpusTest, PinnedMissesAndSpurious) {
  json spec = json::parse(Read(Shared("data/articles/ru/expected.json")), nullptr, false);
  ASSERT_FALSE(spec.is_discarded()) << "cannot read " << Shared("data/articles/ru/expected.json");
  std::map<std::string, std::vector<int>> kinds;  // kind -> need, found, extracted, good
  std::vector<std::string> lines;
  for (const json& a : spec["articles"]) {
    std::string file = a["file"];
    std::optional<Date> date;
    if (a["date"].is_string()) date = ParseDate(a["date"].get<std::string>()).value();
    auto article = ExtractClaims(Read(Shared("data/articles/ru/" + file)), date);
    ASSERT_TRUE(article.ok()) << file;
    EXPECT_EQ(article->language, "ru") << file;
    std::vector<json> claims;
    for (const Claim& c : article->claims) claims.push_back(ClaimToJson(c));
    json wanted = a["required"];
    json accepted = a["required"];
    for (const auto& o : a["optional"]) accepted.push_back(o);
    for (const json& e : a["required"]) {
      auto& k = kinds[e["kind"]];
      k.resize(4);
      ++k[0];
      bool found = false;
      for (const json& c : claims) found = found || Matches(e, c);
      if (found) ++k[1];
      else lines.push_back(file + " missed " + e.dump());
    }
    for (const json& c : claims) {
      if (!kScored.count(c["kind"])) continue;
      auto& k = kinds[c["kind"]];
      k.resize(4);
      ++k[2];
      bool good = false;
      for (const json& e : accepted) good = good || Matches(e, c);
      if (good) ++k[3];
      else lines.push_back(file + " spurious " + Brief(c));
    }
  }
  for (const auto& [kind, k] : kinds) {
    std::printf("%-13s recall %2d/%-2d precision %2d/%-2d\n", kind.c_str(), k[1], k[0], k[3], k[2]);
  }
  if (std::getenv("DYAD_RU_BASELINE_UPDATE")) {
    std::ofstream out(BaselinePath());
    out << "# Claims of ../shared/data/articles/ru that dyad misses or reads wrongly today\n"
        << "# (tests/text/ru_corpus_test.cc). A line may only be removed.\n";
    for (const auto& l : lines) out << l << "\n";
    return;
  }
  std::set<std::string> baseline;
  std::istringstream in(Read(BaselinePath()));
  for (std::string l; std::getline(in, l);) {
    if (!l.empty() && l[0] != '#') baseline.insert(l);
  }
  std::set<std::string> now(lines.begin(), lines.end());
  for (const auto& l : now) EXPECT_TRUE(baseline.count(l)) << "new: " << l;
  for (const auto& l : baseline) {
    if (!now.count(l)) std::printf("fixed (remove from ru_baseline.txt): %s\n", l.c_str());
  }
}

}  // namespace
}  // namespace dyad::text
