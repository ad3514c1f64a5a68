// Precision and recall per claim kind over the corpus in tests/data/articles: each
// NN-slug.txt has NN-slug.expected.json ({"date", "claims": [compact claims]}, format in
// docs/extraction.md). A predicted claim matches an expected one when the kind and the
// kind's key fields agree exactly (parties, period, value, qualifier, ...). Fails below
// 0.95 precision or 0.90 recall for any kind.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "text/claims.h"
#include "text/claims_json.h"

namespace dyad::text {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string ReadAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

fs::path CorpusDir() {
  const char* tests = std::getenv("DYAD_TESTS");
  return fs::path(tests ? tests : ".") / "data" / "articles";
}

// A predicted claim in the corpus's compact form.
json Compact(const Claim& c) {
  json j = ClaimToJson(c);
  json out = json::object();
  for (const char* k : {"kind", "parties", "year", "months", "value_usd", "qualifier", "measure", "percent",
                        "rank", "group", "after", "goods", "target_year", "areas", "currency", "amount"}) {
    out[k] = j[k];
  }
  if (c.agreement) {
    out["agreement_kind"] = c.agreement->kind;
    out["signed_on"] = c.agreement->signed_on ? json(c.agreement->signed_on->ToString()) : json(nullptr);
    out["place"] = c.agreement->place;
    out["valid"] = c.agreement->valid_from && c.agreement->valid_to
                       ? json(c.agreement->valid_from->ToString() + "-" + c.agreement->valid_to->ToString())
                       : json("");
  }
  return out;
}

std::string Str(const json& j, const char* key, const std::string& def = "") {
  if (!j.contains(key) || j[key].is_null()) return def;
  if (j[key].is_string()) return j[key].get<std::string>();
  if (j[key].is_number_float()) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4g", j[key].get<double>());
    return buf;
  }
  return j[key].dump();
}

std::string List(const json& j, const char* key, bool sorted) {
  std::vector<std::string> v;
  if (j.contains(key) && j[key].is_array()) {
    for (const auto& x : j[key]) v.push_back(x.get<std::string>());
  }
  if (sorted) std::sort(v.begin(), v.end());
  std::string s;
  for (const auto& x : v) s += x + ",";
  return s;
}

std::string Money(const json& j) {
  std::string currency = Str(j, "currency", "USD");
  if (currency == "USD" || currency.empty()) return "USD" + Str(j, "value_usd");
  if (!j.contains("amount") || !j["amount"].is_number()) return currency;
  return currency + std::to_string(std::llround(j["amount"].get<double>()));
}

// The fields that must agree, per kind.
std::string Key(const json& j) {
  std::string kind = Str(j, "kind");
  std::string measure = Str(j, "measure", "total");
  std::string k = kind + "|";
  if (kind == "trade_total") {
    k += List(j, "parties", true) + "|" + Str(j, "year") + "|" + Str(j, "months") + "|" + Money(j) + "|" +
         Str(j, "qualifier") + "|" + measure;
  } else if (kind == "trade_flow") {
    k += List(j, "parties", false) + "|" + Str(j, "year") + "|" + Str(j, "months") + "|" + Money(j) + "|" +
         Str(j, "qualifier");
  } else if (kind == "trade_growth") {
    k += List(j, "parties", false) + "|" + measure + "|" + Str(j, "year") + "|" +
         Str(j, "months") + "|" + Str(j, "percent");
  } else if (kind == "share") {
    k += List(j, "parties", false) + "|" + Str(j, "year") + "|" + Str(j, "percent") + "|" + measure + "|" +
         Str(j, "qualifier");
  } else if (kind == "target") {
    k += List(j, "parties", measure == "total" || measure == "non_oil") + "|" + Money(j) + "|" +
         Str(j, "target_year") + "|" + measure;
  } else if (kind == "rank") {
    k += List(j, "parties", false) + "|" + Str(j, "rank") + "|" + Str(j, "group") + "|" +
         List(j, "after", false) + "|" + Str(j, "year") + "|" + measure;
  } else if (kind == "composition") {
    k += List(j, "parties", false) + "|" + List(j, "goods", true);
  } else if (kind == "agreement") {
    k += List(j, "parties", true) + "|" + Str(j, "agreement_kind") + "|" + Str(j, "signed_on") + "|" +
         Str(j, "place") + "|" + Str(j, "valid") + "|" + Money(j);
  } else if (kind == "areas") {
    k += List(j, "parties", true) + "|" + List(j, "areas", true);
  }
  return k;
}

// trade_growth of a total is symmetric; of exports it is directed.
std::string GrowthFix(const json& j) {
  json x = j;
  if (Str(j, "kind") == "trade_growth" && Str(j, "measure", "total") == "total" && x.contains("parties")) {
    std::vector<std::string> p = x["parties"];
    std::sort(p.begin(), p.end());
    x["parties"] = p;
  }
  return Key(x);
}

struct Counts {
  int tp = 0, fp = 0, fn = 0;
};

TEST(CorpusTest, PrecisionAndRecallPerKind) {
  fs::path dir = CorpusDir();
  ASSERT_TRUE(fs::is_directory(dir)) << dir;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() == ".txt") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  ASSERT_GE(files.size(), 30u);
  std::map<std::string, Counts> counts;
  for (int i = 0; i < kClaimKindCount; ++i) counts[std::string(ClaimKindName(static_cast<ClaimKind>(i)))];
  std::string report;
  for (const fs::path& txt : files) {
    fs::path exp_path = txt;
    exp_path.replace_extension(".expected.json");
    ASSERT_TRUE(fs::exists(exp_path)) << exp_path;
    json expected = json::parse(ReadAll(exp_path));
    Result<Date> date = ParseDate(expected["date"].get<std::string>());
    ASSERT_TRUE(date.ok());
    Result<Article> article = ExtractClaims(ReadAll(txt), *date);
    ASSERT_TRUE(article.ok()) << txt << ": " << article.status().message();
    std::multimap<std::string, json> want;
    for (const json& e : expected["claims"]) want.emplace(GrowthFix(e), e);
    std::vector<json> extra;
    for (const Claim& c : article->claims) {
      json p = Compact(c);
      auto it = want.find(GrowthFix(p));
      if (it != want.end()) {
        ++counts[Str(p, "kind")].tp;
        want.erase(it);
      } else {
        ++counts[Str(p, "kind")].fp;
        extra.push_back(p);
      }
    }
    for (const auto& [key, e] : want) ++counts[Str(e, "kind")].fn;
    if (!want.empty() || !extra.empty()) {
      report += txt.filename().string() + "\n";
      for (const auto& [key, e] : want) report += "  missing: " + key + "\n";
      for (const json& p : extra) report += "  extra:   " + GrowthFix(p) + "\n";
    }
  }
  std::printf("%-14s %5s %5s %5s %9s %7s\n", "kind", "tp", "fp", "fn", "precision", "recall");
  bool ok = true;
  for (const auto& [kind, c] : counts) {
    double precision = c.tp + c.fp == 0 ? 1.0 : static_cast<double>(c.tp) / (c.tp + c.fp);
    double recall = c.tp + c.fn == 0 ? 1.0 : static_cast<double>(c.tp) / (c.tp + c.fn);
    std::printf("%-14s %5d %5d %5d %9.3f %7.3f\n", kind.c_str(), c.tp, c.fp, c.fn, precision, recall);
    if (precision < 0.95 || recall < 0.90) ok = false;
  }
  if (!report.empty()) std::printf("%s", report.c_str());
  EXPECT_TRUE(ok) << "precision/recall below 0.95/0.90 for some kind (table above)";
}

}  // namespace
}  // namespace dyad::text
