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

namespace {

// nlohmann's own rendering of one scalar: a float, or a string that needs escaping or
// is not plain ASCII (invalid UTF-8 becomes U+FFFD).
void AppendByLibrary(const nlohmann::json& value, std::string* out) {
  *out += value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// A string as nlohmann writes it; printable ASCII without '"' or a backslash is copied.
void AppendString(std::string_view s, std::string* out) {
  for (unsigned char c : s) {
    if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') {
      AppendByLibrary(nlohmann::json(std::string(s)), out);
      return;
    }
  }
  out->push_back('"');
  *out += s;
  out->push_back('"');
}

// nlohmann's dump(2) byte for byte (tests/golden holds it), without its per-character
// output adapter: the server renders every answer with it.
void AppendJson(const nlohmann::json& v, size_t indent, std::string* out) {
  using value_t = nlohmann::json::value_t;
  switch (v.type()) {
    case value_t::object: {
      if (v.empty()) {
        *out += "{}";
        return;
      }
      *out += "{\n";
      bool first = true;
      for (const auto& [key, item] : v.get_ref<const nlohmann::json::object_t&>()) {
        if (!first) *out += ",\n";
        first = false;
        out->append(indent + 2, ' ');
        AppendString(key, out);
        *out += ": ";
        AppendJson(item, indent + 2, out);
      }
      out->push_back('\n');
      out->append(indent, ' ');
      out->push_back('}');
      return;
    }
    case value_t::array: {
      if (v.empty()) {
        *out += "[]";
        return;
      }
      *out += "[\n";
      bool first = true;
      for (const nlohmann::json& item : v) {
        if (!first) *out += ",\n";
        first = false;
        out->append(indent + 2, ' ');
        AppendJson(item, indent + 2, out);
      }
      out->push_back('\n');
      out->append(indent, ' ');
      out->push_back(']');
      return;
    }
    case value_t::string: AppendString(v.get_ref<const std::string&>(), out); return;
    case value_t::boolean: *out += v.get<bool>() ? "true" : "false"; return;
    case value_t::null: *out += "null"; return;
    case value_t::number_integer: *out += std::to_string(v.get<int64_t>()); return;
    case value_t::number_unsigned: *out += std::to_string(v.get<uint64_t>()); return;
    default: AppendByLibrary(v, out); return;  // floats, binary
  }
}

}  // namespace

void JsonWriter::Open(char bracket) {
  BeforeValue();
  out_->push_back(bracket);
  items_.push_back(0);
}

void JsonWriter::Close(char bracket) {
  size_t n = items_.back();
  items_.pop_back();
  if (n > 0) {
    out_->push_back('\n');
    out_->append(2 * items_.size(), ' ');
  }
  out_->push_back(bracket);
}

// The separator and indent before an item of the open container (a value after its key
// has them already).
void JsonWriter::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (items_.empty()) return;
  *out_ += items_.back()++ == 0 ? "\n" : ",\n";
  out_->append(2 * items_.size(), ' ');
}

void JsonWriter::Key(std::string_view key) {
  BeforeValue();
  AppendString(key, out_);
  *out_ += ": ";
  after_key_ = true;
}

void JsonWriter::String(std::string_view s) {
  BeforeValue();
  AppendString(s, out_);
}

void JsonWriter::StringOrNull(std::string_view s) {
  if (s.empty()) {
    Null();
  } else {
    String(s);
  }
}

void JsonWriter::Int(int64_t v) {
  BeforeValue();
  *out_ += std::to_string(v);
}

void JsonWriter::IntOrNull(std::optional<int64_t> v) {
  if (v) {
    Int(*v);
  } else {
    Null();
  }
}

void JsonWriter::Null() {
  BeforeValue();
  *out_ += "null";
}

std::string RenderJson(const nlohmann::json& value) {
  std::string out;
  out.reserve(4096);
  AppendJson(value, 0, &out);
  out.push_back('\n');
  return out;
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
