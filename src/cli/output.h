// Output formatting: every command renders results through these helpers so that the
// four formats (table, json, csv, markdown) behave the same everywhere. Pure functions.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/strings.h"

namespace dyad::cli {

// kHtml is one self-contained page; only the commands registered with
// `renders_html` take it (src/render/html.h).
enum class Format { kTable, kJson, kCsv, kMarkdown, kHtml };

// A rectangular result. `numeric[i]` right-aligns column i in table and markdown output.
struct Table {
  std::vector<std::string> columns;
  std::vector<bool> numeric;
  std::vector<std::vector<std::string>> rows;
};

// Renders as an aligned text table, RFC 4180 CSV, or a GitHub markdown table.
// (JSON is built by each command with nlohmann::json and printed by PrintJson, or
// written by JsonWriter where the server needs it fast: `trade`.)
std::string RenderTable(const Table& table, Format format);

// Pretty-printed JSON with two-space indent and a trailing newline.
std::string RenderJson(const nlohmann::json& value);

// Writes the bytes RenderJson would write for a value, without building the value: for
// answers the server renders per request (`trade`). Keys of an object must be given in
// the order nlohmann's std::map keeps them (byte order), as RenderJson writes them; a
// test compares the two on every answer shape. Not thread-safe; one per answer.
class JsonWriter {
 public:
  explicit JsonWriter(std::string* out) : out_(out) {}
  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }
  void Key(std::string_view key);
  void String(std::string_view s);
  void StringOrNull(std::string_view s);  // "" -> null
  void Int(int64_t v);
  void IntOrNull(std::optional<int64_t> v);
  void Null();
  // The trailing newline RenderJson ends with.
  void Finish() { out_->push_back('\n'); }

 private:
  void Open(char bracket);
  void Close(char bracket);
  void BeforeValue();
  std::string* out_;
  std::vector<size_t> items_;  // per open container: items written so far
  bool after_key_ = false;
};

// Cells for tables: "1,148,800,000" in table/markdown, "1148800000" in CSV; "" for null.
std::string UsdCell(std::optional<int64_t> usd, Format format);
// A JSON number or null.
nlohmann::json UsdJson(std::optional<int64_t> usd);

// CSV fields are escaped with dyad::CsvField (base/strings.h).

}  // namespace dyad::cli
