#include "cli/output.h"

#include <algorithm>

#include "base/strings.h"
#include "base/utf8.h"

namespace dyad::cli {
namespace {

// Display width in terminal columns: one per code point (good enough for Latin and
// Cyrillic, the scripts our data holds).
size_t DisplayWidth(const std::string& s) {
  size_t w = 0;
  for (unsigned char c : s) {
    if ((c & 0xC0) != 0x80) ++w;
  }
  return w;
}

std::string Pad(const std::string& s, size_t width, bool right) {
  size_t w = DisplayWidth(s);
  if (w >= width) return s;
  std::string fill(width - w, ' ');
  return right ? fill + s : s + fill;
}

std::string MarkdownCell(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '|') out += "\\|";
    else if (c == '\n') out += ' ';
    else out.push_back(c);
  }
  return out;
}

}  // namespace

std::string RenderTable(const Table& table, Format format) {
  std::string out;
  size_t ncol = table.columns.size();
  auto numeric = [&](size_t i) { return i < table.numeric.size() && table.numeric[i]; };
  if (format == Format::kCsv) {
    for (size_t i = 0; i < ncol; ++i) {
      if (i) out.push_back(',');
      out += CsvField(table.columns[i]);
    }
    out += '\n';
    for (const auto& row : table.rows) {
      for (size_t i = 0; i < row.size(); ++i) {
        if (i) out.push_back(',');
        out += CsvField(row[i]);
      }
      out += '\n';
    }
    return out;
  }
  if (format == Format::kMarkdown) {
    out += "|";
    for (const auto& c : table.columns) out += " " + MarkdownCell(c) + " |";
    out += "\n|";
    for (size_t i = 0; i < ncol; ++i) out += numeric(i) ? "---:|" : "---|";
    out += "\n";
    for (const auto& row : table.rows) {
      out += "|";
      for (const auto& c : row) out += " " + MarkdownCell(c) + " |";
      out += "\n";
    }
    return out;
  }
  std::vector<size_t> width(ncol, 0);
  for (size_t i = 0; i < ncol; ++i) width[i] = DisplayWidth(table.columns[i]);
  for (const auto& row : table.rows) {
    for (size_t i = 0; i < row.size() && i < ncol; ++i) {
      width[i] = std::max(width[i], DisplayWidth(row[i]));
    }
  }
  auto line = [&](const std::vector<std::string>& cells) {
    std::string l;
    for (size_t i = 0; i < ncol; ++i) {
      if (i) l += "  ";
      l += Pad(i < cells.size() ? cells[i] : "", width[i], numeric(i));
    }
    while (!l.empty() && l.back() == ' ') l.pop_back();
    return l + "\n";
  };
  out += line(table.columns);
  std::vector<std::string> rule;
  for (size_t i = 0; i < ncol; ++i) rule.push_back(std::string(width[i], '-'));
  out += line(rule);
  for (const auto& row : table.rows) out += line(row);
  return out;
}

std::string RenderJson(const nlohmann::json& value) {
  return value.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string UsdCell(std::optional<int64_t> usd, Format format) {
  if (!usd) return "";
  if (format == Format::kCsv) return std::to_string(*usd);
  return WithThousands(*usd);
}

nlohmann::json UsdJson(std::optional<int64_t> usd) {
  if (!usd) return nullptr;
  return *usd;
}

}  // namespace dyad::cli
