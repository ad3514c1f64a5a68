#include "registry/csv_io.h"

#include <algorithm>
#include <map>

#include "base/strings.h"
#include "base/utf8.h"

namespace dyad::registry {
namespace {

// Backslash-escapes the separators `special` (and the backslash itself).
std::string Escape(std::string_view s, std::string_view special = ";") {
  std::string out;
  for (char c : s) {
    if (c == '\\' || special.find(c) != std::string_view::npos) out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

std::string Unescape(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) ++i;
    out.push_back(s[i]);
  }
  return out;
}

// Splits on unescaped `sep`, keeping escapes (so nested splits still see them).
std::vector<std::string> SplitRaw(std::string_view text, char sep) {
  std::vector<std::string> out(1);
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size()) {
      out.back() += text.substr(i, 2);
      ++i;
    } else if (text[i] == sep) {
      out.emplace_back();
    } else {
      out.back().push_back(text[i]);
    }
  }
  return out;
}

struct Record {
  int line = 0;
  std::vector<std::string> fields;
};

Result<std::vector<Record>> ReadRecords(std::string_view text, const std::string& file) {
  std::vector<Record> records;
  size_t i = 0;
  int line = 1;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") i = 3;  // a BOM from spreadsheet exports
  while (i < text.size()) {
    Record rec{line, {}};
    std::string field;
    bool end_of_record = false;
    while (!end_of_record) {
      if (i < text.size() && text[i] == '"') {
        int start_line = line;
        ++i;
        for (;;) {
          if (i >= text.size()) {
            return InvalidInput(file + ":" + std::to_string(start_line) + ": unterminated quoted field");
          }
          char c = text[i++];
          if (c == '"') {
            if (i < text.size() && text[i] == '"') {
              field.push_back('"');
              ++i;
            } else {
              break;
            }
          } else {
            if (c == '\n') ++line;
            field.push_back(c);
          }
        }
        if (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
          return InvalidInput(file + ":" + std::to_string(line) + ": expected , or end of line after a quoted field");
        }
      } else {
        while (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
          if (text[i] == '"') {
            return InvalidInput(file + ":" + std::to_string(line) + ": quote inside an unquoted field");
          }
          field.push_back(text[i++]);
        }
      }
      rec.fields.push_back(std::move(field));
      field.clear();
      if (i < text.size() && text[i] == ',') {
        ++i;
        continue;
      }
      if (i < text.size() && text[i] == '\r') ++i;
      if (i < text.size() && text[i] == '\n') ++i;
      ++line;
      end_of_record = true;
    }
    bool blank = rec.fields.size() == 1 && rec.fields[0].empty();
    if (!blank) records.push_back(std::move(rec));
  }
  return records;
}

}  // namespace

const std::vector<std::string>& CsvColumns() {
  static const std::vector<std::string> k = {
      "id",          "title",          "kind",           "level",         "parties",
      "signed",      "place",          "signatories",    "valid_from",    "valid_to",
      "status",      "areas",          "relationship_level", "notes",   "source_titles",
      "source_urls", "source_files",   "source_published", "source_quotes"};
  return k;
}

std::string JoinList(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out.push_back(';');
    out += Escape(items[i]);
  }
  return out;
}

std::vector<std::string> SplitList(std::string_view text, char sep) {
  std::vector<std::string> out;
  if (text.empty()) return out;
  for (const std::string& raw : SplitRaw(text, sep)) out.push_back(Unescape(raw));
  return out;
}

std::string PartyToText(const Party& p) {
  constexpr std::string_view kSpecial = ";:@";
  std::string out = p.name.empty() ? Escape(p.state, kSpecial)
                                   : Escape(p.name, kSpecial) + ":" + Escape(p.state, kSpecial);
  if (!p.kind.empty()) out += ":" + Escape(p.kind, kSpecial);
  if (p.entry_into_force) out += "@" + p.entry_into_force->ToString();
  return out;
}

Result<Party> PartyFromText(std::string_view text) {
  Party p;
  std::vector<std::string> at = SplitRaw(text, '@');
  if (at.size() > 2) return InvalidInput("expected NAME:STATE:KIND@DATE, got " + QuoteForMessage(text));
  if (at.size() == 2) {
    Result<Date> d = ParseDate(Unescape(at[1]));
    if (!d.ok()) return d.status();
    p.entry_into_force = d.value();
  }
  std::vector<std::string> parts = SplitRaw(at[0], ':');
  for (std::string& s : parts) s = std::string(TrimAscii(Unescape(s)));
  if (parts.size() == 1) {
    p.state = parts[0];
  } else if (parts.size() <= 3) {
    p.name = parts[0];
    p.state = parts[1];
    if (parts.size() == 3) p.kind = parts[2];
  } else {
    return InvalidInput("expected NAME:STATE:KIND@DATE, got " + QuoteForMessage(text));
  }
  return p;
}

Result<RegistryData> ParseAgreementsCsv(std::string_view text, std::string_view file_name) {
  std::string file(file_name);
  if (std::optional<size_t> bad = FindInvalidUtf8(text)) {
    size_t line = 1 + std::count(text.begin(), text.begin() + static_cast<long>(*bad), '\n');
    return InvalidInput(file + ":" + std::to_string(line) + ": invalid UTF-8");
  }
  DYAD_ASSIGN_OR_RETURN(std::vector<Record> records, ReadRecords(text, file));
  if (records.empty()) return InvalidInput(file + ": empty file; expected a header row");
  std::map<std::string, size_t> col;
  const Record& header = records[0];
  for (size_t i = 0; i < header.fields.size(); ++i) {
    std::string name = ToLowerAscii(TrimAscii(header.fields[i]));
    if (std::find(CsvColumns().begin(), CsvColumns().end(), name) == CsvColumns().end()) {
      return InvalidInput(file + ":" + std::to_string(header.line) + ": unknown column " +
                          QuoteForMessage(name));
    }
    col[name] = i;
  }
  for (const char* required : {"title", "kind", "parties"}) {
    if (!col.count(required)) {
      return InvalidInput(file + ":" + std::to_string(header.line) + ": missing column \"" + required + "\"");
    }
  }
  RegistryData data;
  for (size_t r = 1; r < records.size(); ++r) {
    const Record& rec = records[r];
    std::string where = file + ":" + std::to_string(rec.line);
    if (rec.fields.size() != header.fields.size()) {
      return InvalidInput(where + ": expected " + std::to_string(header.fields.size()) +
                          " fields, got " + std::to_string(rec.fields.size()));
    }
    auto get = [&](const char* name) -> std::string {
      auto it = col.find(name);
      return it == col.end() ? "" : rec.fields[it->second];
    };
    auto date = [&](const char* name, std::optional<Date>* out) -> Status {
      std::string t(TrimAscii(get(name)));
      if (t.empty()) return Status::Ok();
      Result<Date> d = ParseDate(t);
      if (!d.ok()) return InvalidInput(where + ": " + name + ": " + d.status().message());
      *out = d.value();
      return Status::Ok();
    };
    Agreement a;
    a.title = get("title");
    a.kind = get("kind");
    a.level = get("level");
    std::vector<std::string> parties = SplitRaw(get("parties"), ';');
    for (size_t i = 0; i < parties.size(); ++i) {
      if (parties.size() == 1 && parties[0].empty()) break;
      Result<Party> p = PartyFromText(parties[i]);
      if (!p.ok()) {
        return InvalidInput(where + ": parties[" + std::to_string(i) + "]: " + p.status().message());
      }
      a.parties.push_back(std::move(p).value());
    }
    DYAD_RETURN_IF_ERROR(date("signed", &a.signed_on));
    a.place = get("place");
    a.signatories = SplitList(get("signatories"));
    DYAD_RETURN_IF_ERROR(date("valid_from", &a.valid_from));
    DYAD_RETURN_IF_ERROR(date("valid_to", &a.valid_to));
    a.status = get("status");
    a.areas = SplitList(get("areas"));
    a.relationship_level = get("relationship_level");
    a.notes = get("notes");
    std::vector<std::string> titles = SplitList(get("source_titles")), urls = SplitList(get("source_urls")),
                             files = SplitList(get("source_files")),
                             published = SplitList(get("source_published")),
                             quotes = SplitList(get("source_quotes"));
    size_t n = std::max({titles.size(), urls.size(), files.size(), published.size(), quotes.size()});
    auto at = [](const std::vector<std::string>& v, size_t i) { return i < v.size() ? v[i] : ""; };
    for (size_t i = 0; i < n; ++i) {
      Source s{at(titles, i), at(urls, i), at(files, i), std::nullopt, at(quotes, i)};
      std::string p(TrimAscii(at(published, i)));
      if (!p.empty()) {
        Result<Date> d = ParseDate(p);
        if (!d.ok()) {
          return InvalidInput(where + ": sources[" + std::to_string(i) + "].published: " + d.status().message());
        }
        s.published = d.value();
      }
      a.sources.push_back(std::move(s));
    }
    data.agreements.push_back(std::move(a));
    data.agreement_origins.push_back(where);
  }
  return data;
}

std::string AgreementsToCsv(const std::vector<Agreement>& agreements) {
  std::string out;
  for (size_t i = 0; i < CsvColumns().size(); ++i) out += (i ? "," : "") + CsvColumns()[i];
  out += "\n";
  for (const Agreement& a : agreements) {
    std::vector<std::string> parties, titles, urls, files, published, quotes;
    for (const Party& p : a.parties) parties.push_back(PartyToText(p));
    for (const Source& s : a.sources) {
      titles.push_back(s.title);
      urls.push_back(s.url);
      files.push_back(s.file);
      published.push_back(s.published ? s.published->ToString() : "");
      quotes.push_back(s.quote);
    }
    std::string party_text;
    for (size_t i = 0; i < parties.size(); ++i) party_text += (i ? ";" : "") + parties[i];
    auto d = [](const std::optional<Date>& x) { return x ? x->ToString() : std::string(); };
    // The five source columns are parallel lists: item i of each is source i.
    std::vector<std::string> row = {
        a.id ? std::to_string(a.id) : "", a.title, a.kind, a.level, party_text, d(a.signed_on), a.place,
        JoinList(a.signatories), d(a.valid_from), d(a.valid_to), a.status, JoinList(a.areas),
        a.relationship_level, a.notes, JoinList(titles), JoinList(urls), JoinList(files), JoinList(published), JoinList(quotes)};
    for (size_t i = 0; i < row.size(); ++i) out += (i ? "," : "") + CsvField(row[i]);
    out += "\n";
  }
  return out;
}

}  // namespace dyad::registry
