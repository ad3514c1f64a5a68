// RenderJson writes what nlohmann's dump(2) writes, byte for byte: the JSON contract of
// every command (docs/json.md) and of the API is that format.
#include "cli/output.h"

#include <cmath>
#include <cstdint>
#include <random>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace dyad::cli {
namespace {

std::string Library(const nlohmann::json& v) {
  return v.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

TEST(RenderJsonTest, EdgeCasesAreTheLibrarysBytes) {
  const nlohmann::json cases[] = {
      nullptr,
      true,
      nlohmann::json::object(),
      nlohmann::json::array(),
      {{"a", nlohmann::json::object()}, {"b", nlohmann::json::array()}, {"c", {1, 2, {{"d", nullptr}}}}},
      {{"quote \" and \\ backslash", "tab\there\nnew line \x01 \x7f"}},
      {{"name", "São Tomé and Príncipe"}, {"ru", "Таджикистан"}},
      {{"bad utf-8", std::string("a\xff\xfe" "b\xc3")}},
      {{"float", 0.1173}, {"big", 1e300}, {"neg", -2.5}, {"whole", 3.0}, {"nan", NAN}},
      {{"min", INT64_MIN}, {"max", UINT64_MAX}, {"zero", 0}, {"minus", -42}},
      "just a string",
      12345,
  };
  for (const nlohmann::json& v : cases) EXPECT_EQ(RenderJson(v), Library(v)) << Library(v);
}

// Random nested values (fixed seed) against the library.
nlohmann::json RandomValue(std::mt19937& rng, int depth) {
  const std::string pieces[] = {"KAZ", "\"", "\\", "\n", "é", "\xff", " ", "dataset", "\x1f", "Ж"};
  auto text = [&] {
    std::string s;
    for (int n = rng() % 5; n > 0; --n) s += pieces[rng() % std::size(pieces)];
    return s;
  };
  switch (depth > 3 ? rng() % 5 : rng() % 7) {
    case 0: return nullptr;
    case 1: return rng() % 2 == 0;
    case 2: return static_cast<int64_t>(rng()) - (1 << 30);
    case 3: return static_cast<double>(rng()) / 1000.0;
    case 4: return text();
    case 5: {
      nlohmann::json a = nlohmann::json::array();
      for (int n = rng() % 4; n > 0; --n) a.push_back(RandomValue(rng, depth + 1));
      return a;
    }
    default: {
      nlohmann::json o = nlohmann::json::object();
      for (int n = rng() % 4; n > 0; --n) o[text()] = RandomValue(rng, depth + 1);
      return o;
    }
  }
}

TEST(RenderJsonTest, RandomValuesAreTheLibrarysBytes) {
  std::mt19937 rng(7);
  for (int i = 0; i < 2000; ++i) {
    nlohmann::json v = RandomValue(rng, 0);
    ASSERT_EQ(RenderJson(v), Library(v)) << Library(v);
  }
}

// Writes `v` through JsonWriter (objects in the map's key order, as the writer asks);
// false when it holds a value the writer has no call for (booleans, floats).
bool WriteThrough(const nlohmann::json& v, JsonWriter* w) {
  using value_t = nlohmann::json::value_t;
  switch (v.type()) {
    case value_t::object:
      w->BeginObject();
      for (const auto& [key, item] : v.items()) {
        w->Key(key);
        if (!WriteThrough(item, w)) return false;
      }
      w->EndObject();
      return true;
    case value_t::array:
      w->BeginArray();
      for (const nlohmann::json& item : v) {
        if (!WriteThrough(item, w)) return false;
      }
      w->EndArray();
      return true;
    case value_t::string: w->String(v.get_ref<const std::string&>()); return true;
    case value_t::null: w->Null(); return true;
    case value_t::number_integer: w->Int(v.get<int64_t>()); return true;
    default: return false;
  }
}

TEST(JsonWriterTest, WritesTheBytesRenderJsonWrites) {
  std::mt19937 rng(11);
  int compared = 0;
  for (int i = 0; i < 3000; ++i) {
    nlohmann::json v = RandomValue(rng, 0);
    std::string text;
    JsonWriter w(&text);
    if (!WriteThrough(v, &w)) continue;
    w.Finish();
    ASSERT_EQ(text, RenderJson(v)) << RenderJson(v);
    ++compared;
  }
  EXPECT_GT(compared, 1000);
  // The helpers for optional values: "" and nullopt are null.
  std::string text;
  JsonWriter w(&text);
  w.BeginObject();
  w.Key("a");
  w.StringOrNull("");
  w.Key("b");
  w.IntOrNull(std::nullopt);
  w.Key("c");
  w.IntOrNull(42);
  w.Key("d");
  w.StringOrNull("x");
  w.EndObject();
  w.Finish();
  EXPECT_EQ(text, "{\n  \"a\": null,\n  \"b\": null,\n  \"c\": 42,\n  \"d\": \"x\"\n}\n");
}

}  // namespace
}  // namespace dyad::cli
