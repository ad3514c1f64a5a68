// Output formatting: every command renders results through these helpers so that the
// four formats (table, json, csv, markdown) behave the same everywhere. Pure functions.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
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
// (JSON is built by each command with nlohmann::json and printed by PrintJson.)
std::string RenderTable(const Table& table, Format format);

// Pretty-printed JSON with two-space indent and a trailing newline.
std::string RenderJson(const nlohmann::json& value);

// Cells for tables: "1,148,800,000" in table/markdown, "1148800000" in CSV; "" for null.
std::string UsdCell(std::optional<int64_t> usd, Format format);
// A JSON number or null.
nlohmann::json UsdJson(std::optional<int64_t> usd);

// CSV fields are escaped with dyad::CsvField (base/strings.h).

}  // namespace dyad::cli
