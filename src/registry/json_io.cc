#include "registry/json_io.h"

#include <cmath>
#include <limits>

#include "base/strings.h"
#include "base/utf8.h"

namespace dyad::registry {
namespace {

using nlohmann::json;

constexpr int kMaxDepth = 16;

const char* TypeName(const json& j) {
  switch (j.type()) {
    case json::value_t::null: return "null";
    case json::value_t::object: return "an object";
    case json::value_t::array: return "an array";
    case json::value_t::string: return "a string";
    case json::value_t::boolean: return "a boolean";
    case json::value_t::binary: return "binary";
    case json::value_t::discarded: return "nothing";
    default: return "a number";
  }
}

// Line and column (1-based, in bytes) of byte offset `pos`.
std::string LineCol(std::string_view text, size_t pos) {
  size_t line = 1, col = 1;
  for (size_t i = 0; i < pos && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      col = 1;
    } else {
      ++col;
    }
  }
  return std::to_string(line) + ":" + std::to_string(col);
}

// Rejects nesting deeper than kMaxDepth before the recursive parts of the JSON
// library see it; our schema needs five levels.
std::optional<size_t> TooDeep(std::string_view text) {
  int depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxDepth) return i;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return std::nullopt;
}

class Reader {
 public:
  explicit Reader(std::string_view where) : where_(where) {}

  Status Error(const std::string& path, const std::string& message) const {
    return InvalidInput(where_ + ": " + path + ": " + message);
  }

  Status CheckObject(const json& j, const std::string& path,
                     std::initializer_list<const char*> allowed) const {
    if (!j.is_object()) return Error(path, std::string("expected an object, got ") + TypeName(j));
    for (auto it = j.begin(); it != j.end(); ++it) {
      bool ok = false;
      for (const char* a : allowed) ok = ok || it.key() == a;
      if (!ok) {
        std::string list;
        for (const char* a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
        return Error(path, "unknown field " + QuoteForMessage(it.key()) + "; expected one of " + list);
      }
    }
    return Status::Ok();
  }

  Status String(const json& obj, const char* key, const std::string& path, std::string* out) const {
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return Status::Ok();
    if (!it->is_string()) return Error(path + "." + key, std::string("expected a string, got ") + TypeName(*it));
    *out = it->get<std::string>();
    return Status::Ok();
  }

  Status OptDate(const json& obj, const char* key, const std::string& path,
                 std::optional<Date>* out) const {
    std::string text;
    DYAD_RETURN_IF_ERROR(String(obj, key, path, &text));
    if (obj.contains(key) && !obj[key].is_null()) {
      Result<Date> d = ParseDate(text);
      if (!d.ok()) return Error(path + "." + key, d.status().message());
      *out = d.value();
    }
    return Status::Ok();
  }

  Status StringList(const json& obj, const char* key, const std::string& path,
                    std::vector<std::string>* out) const {
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return Status::Ok();
    std::string p = path.empty() ? key : path + "." + key;
    if (!it->is_array()) return Error(p, std::string("expected an array of strings, got ") + TypeName(*it));
    for (size_t i = 0; i < it->size(); ++i) {
      const json& v = (*it)[i];
      if (!v.is_string()) {
        return Error(p + "[" + std::to_string(i) + "]", std::string("expected a string, got ") + TypeName(v));
      }
      out->push_back(v.get<std::string>());
    }
    return Status::Ok();
  }

  Status WholeNumber(const json& v, const std::string& path, int64_t* out) const {
    if (v.is_number_integer() && !v.is_number_unsigned()) {
      *out = v.get<int64_t>();
      return Status::Ok();
    }
    if (v.is_number_unsigned()) {
      uint64_t u = v.get<uint64_t>();
      if (u > static_cast<uint64_t>(std::numeric_limits<int64_t>::max())) {
        return Error(path, "number too large: " + std::to_string(u));
      }
      *out = static_cast<int64_t>(u);
      return Status::Ok();
    }
    if (v.is_number_float()) {
      double d = v.get<double>();
      if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e18) {
        *out = static_cast<int64_t>(d);
        return Status::Ok();
      }
      return Error(path, "expected a whole number, got " + v.dump());
    }
    return Error(path, std::string("expected a whole number, got ") + TypeName(v));
  }

  Status Sources(const json& obj, const std::string& path, std::vector<Source>* out) const {
    auto it = obj.find("sources");
    if (it == obj.end() || it->is_null()) return Status::Ok();
    std::string p = path + ".sources";
    if (!it->is_array()) return Error(p, std::string("expected an array, got ") + TypeName(*it));
    for (size_t i = 0; i < it->size(); ++i) {
      const json& j = (*it)[i];
      std::string sp = p + "[" + std::to_string(i) + "]";
      DYAD_RETURN_IF_ERROR(CheckObject(j, sp, {"title", "url", "file", "published", "quote"}));
      Source s;
      DYAD_RETURN_IF_ERROR(String(j, "title", sp, &s.title));
      DYAD_RETURN_IF_ERROR(String(j, "url", sp, &s.url));
      DYAD_RETURN_IF_ERROR(String(j, "file", sp, &s.file));
      DYAD_RETURN_IF_ERROR(OptDate(j, "published", sp, &s.published));
      DYAD_RETURN_IF_ERROR(String(j, "quote", sp, &s.quote));
      out->push_back(std::move(s));
    }
    return Status::Ok();
  }

  Status Pair(const json& obj, const std::string& path, std::string* a, std::string* b) const {
    auto it = obj.find("pair");
    if (it == obj.end()) return Error(path, "missing field \"pair\"");
    std::vector<std::string> pair;
    DYAD_RETURN_IF_ERROR(StringList(obj, "pair", path, &pair));
    if (pair.size() != 2) {
      return Error(path + ".pair", "expected two countries, got " + std::to_string(pair.size()));
    }
    *a = pair[0];
    *b = pair[1];
    return Status::Ok();
  }

  Result<Agreement> ParseAgreement(const json& j, const std::string& path) const {
    DYAD_RETURN_IF_ERROR(CheckObject(j, path, {"id", "title", "kind", "level", "parties", "signed",
                                               "place", "signatories", "valid_from", "valid_to",
                                               "status", "areas", "relationship_level", "notes",
                                               "sources"}));
    Agreement a;
    a.status.clear();
    DYAD_RETURN_IF_ERROR(String(j, "title", path, &a.title));
    DYAD_RETURN_IF_ERROR(String(j, "kind", path, &a.kind));
    DYAD_RETURN_IF_ERROR(String(j, "level", path, &a.level));
    DYAD_RETURN_IF_ERROR(OptDate(j, "signed", path, &a.signed_on));
    DYAD_RETURN_IF_ERROR(String(j, "place", path, &a.place));
    DYAD_RETURN_IF_ERROR(StringList(j, "signatories", path, &a.signatories));
    DYAD_RETURN_IF_ERROR(OptDate(j, "valid_from", path, &a.valid_from));
    DYAD_RETURN_IF_ERROR(OptDate(j, "valid_to", path, &a.valid_to));
    DYAD_RETURN_IF_ERROR(String(j, "status", path, &a.status));
    DYAD_RETURN_IF_ERROR(StringList(j, "areas", path, &a.areas));
    DYAD_RETURN_IF_ERROR(String(j, "relationship_level", path, &a.relationship_level));
    DYAD_RETURN_IF_ERROR(String(j, "notes", path, &a.notes));
    DYAD_RETURN_IF_ERROR(Sources(j, path, &a.sources));
    auto it = j.find("parties");
    if (it != j.end() && !it->is_null()) {
      if (!it->is_array()) return Error(path + ".parties", std::string("expected an array, got ") + TypeName(*it));
      for (size_t i = 0; i < it->size(); ++i) {
        const json& pj = (*it)[i];
        std::string pp = path + ".parties[" + std::to_string(i) + "]";
        Party p;
        if (pj.is_string()) {  // shorthand: "KAZ"
          p.state = pj.get<std::string>();
        } else {
          DYAD_RETURN_IF_ERROR(CheckObject(pj, pp, {"state", "name", "kind", "entry_into_force"}));
          DYAD_RETURN_IF_ERROR(String(pj, "state", pp, &p.state));
          DYAD_RETURN_IF_ERROR(String(pj, "name", pp, &p.name));
          DYAD_RETURN_IF_ERROR(String(pj, "kind", pp, &p.kind));
          DYAD_RETURN_IF_ERROR(OptDate(pj, "entry_into_force", pp, &p.entry_into_force));
        }
        a.parties.push_back(std::move(p));
      }
    }
    return a;
  }

  Result<Target> ParseTarget(const json& j, const std::string& path) const {
    DYAD_RETURN_IF_ERROR(CheckObject(j, path, {"id", "pair", "metric", "value", "currency",
                                               "target_year", "stated_on", "stated_by", "notes",
                                               "sources"}));
    Target t;
    DYAD_RETURN_IF_ERROR(Pair(j, path, &t.state_a, &t.state_b));
    DYAD_RETURN_IF_ERROR(String(j, "metric", path, &t.metric));
    if (!j.contains("value")) return Error(path, "missing field \"value\"");
    DYAD_RETURN_IF_ERROR(WholeNumber(j["value"], path + ".value", &t.value));
    DYAD_RETURN_IF_ERROR(String(j, "currency", path, &t.currency));
    if (j.contains("target_year") && !j["target_year"].is_null()) {
      int64_t y = 0;
      DYAD_RETURN_IF_ERROR(WholeNumber(j["target_year"], path + ".target_year", &y));
      if (y < 1800 || y > 2200) return Error(path + ".target_year", "out of range 1800-2200: " + std::to_string(y));
      t.target_year = static_cast<int>(y);
    }
    DYAD_RETURN_IF_ERROR(OptDate(j, "stated_on", path, &t.stated_on));
    DYAD_RETURN_IF_ERROR(String(j, "stated_by", path, &t.stated_by));
    DYAD_RETURN_IF_ERROR(String(j, "notes", path, &t.notes));
    DYAD_RETURN_IF_ERROR(Sources(j, path, &t.sources));
    return t;
  }

  Result<AreaAnnouncement> ParseAnnouncement(const json& j, const std::string& path) const {
    DYAD_RETURN_IF_ERROR(CheckObject(j, path, {"id", "pair", "date", "areas", "notes", "sources"}));
    AreaAnnouncement a;
    DYAD_RETURN_IF_ERROR(Pair(j, path, &a.state_a, &a.state_b));
    std::optional<Date> date;
    DYAD_RETURN_IF_ERROR(OptDate(j, "date", path, &date));
    if (!date) return Error(path, "missing field \"date\"");
    a.date = *date;
    DYAD_RETURN_IF_ERROR(StringList(j, "areas", path, &a.areas));
    DYAD_RETURN_IF_ERROR(String(j, "notes", path, &a.notes));
    DYAD_RETURN_IF_ERROR(Sources(j, path, &a.sources));
    return a;
  }

  template <typename T, typename Fn>
  Status Array(const json& root, const char* key, std::vector<T>* out, Fn parse) const {
    auto it = root.find(key);
    if (it == root.end() || it->is_null()) return Status::Ok();
    if (!it->is_array()) return Error(key, std::string("expected an array, got ") + TypeName(*it));
    for (size_t i = 0; i < it->size(); ++i) {
      Result<T> v = parse((*it)[i], std::string(key) + "[" + std::to_string(i) + "]");
      if (!v.ok()) return v.status();
      out->push_back(std::move(v).value());
    }
    return Status::Ok();
  }

 private:
  std::string where_;
};

Result<json> ParseText(std::string_view text, std::string_view where) {
  std::string w(where);
  if (text.size() > kMaxJsonBytes) {
    return InvalidInput(w + ": " + std::to_string(text.size()) + " bytes, at most " +
                        std::to_string(kMaxJsonBytes) + " allowed");
  }
  if (std::optional<size_t> bad = FindInvalidUtf8(text)) {
    return InvalidInput(w + ":" + LineCol(text, *bad) + ": invalid UTF-8");
  }
  if (std::optional<size_t> deep = TooDeep(text)) {
    return InvalidInput(w + ":" + LineCol(text, *deep) + ": nesting deeper than " +
                        std::to_string(kMaxDepth) + " levels");
  }
  try {
    return json::parse(text);
  } catch (const json::parse_error& e) {
    std::string msg = e.what();
    // "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error ..."
    size_t col = msg.find("column ");
    size_t colon = col == std::string::npos ? std::string::npos : msg.find(": ", col);
    if (colon != std::string::npos) msg = msg.substr(colon + 2);
    size_t pos = e.byte > 0 ? e.byte - 1 : 0;
    return InvalidInput(w + ":" + LineCol(text, pos) + ": JSON " + msg);
  } catch (const json::exception& e) {
    // Numbers too large for a double ("1E999") are reported as out_of_range, without
    // a position.
    std::string msg = e.what();
    size_t close = msg.find("] ");
    if (close != std::string::npos) msg = msg.substr(close + 2);
    return InvalidInput(w + ": JSON " + msg);
  }
}

json DateJson(const std::optional<Date>& d) { return d ? json(d->ToString()) : json(); }

void PutString(json& j, const char* key, const std::string& v) {
  if (!v.empty()) j[key] = v;
}
void PutDate(json& j, const char* key, const std::optional<Date>& d) {
  if (d) j[key] = d->ToString();
}

json SourcesJson(const std::vector<Source>& sources) {
  json arr = json::array();
  for (const Source& s : sources) arr.push_back(SourceToJson(s));
  return arr;
}

}  // namespace

Result<RegistryData> ParseRegistryJson(std::string_view text, std::string_view file_name) {
  DYAD_ASSIGN_OR_RETURN(json root, ParseText(text, file_name));
  Reader r(file_name);
  RegistryData data;
  auto agreement = [&](const json& j, const std::string& p) { return r.ParseAgreement(j, p); };
  if (root.is_array()) {
    json wrapped = json::object();
    wrapped["agreements"] = std::move(root);
    DYAD_RETURN_IF_ERROR(r.Array<Agreement>(wrapped, "agreements", &data.agreements, agreement));
    return data;
  }
  if (!root.is_object()) {
    return InvalidInput(std::string(file_name) + ": expected a JSON object or array, got " + TypeName(root));
  }
  DYAD_RETURN_IF_ERROR(r.CheckObject(root, "(top level)", {"format", "version", "agreements", "targets",
                                                         "area_announcements", "vocabulary"}));
  std::string format;
  DYAD_RETURN_IF_ERROR(r.String(root, "format", "", &format));
  if (root.contains("format") && format != kJsonFormat) {
    return r.Error("format", "expected \"dyad-registry\", got " + QuoteForMessage(format));
  }
  if (root.contains("version")) {
    int64_t v = 0;
    DYAD_RETURN_IF_ERROR(r.WholeNumber(root["version"], "version", &v));
    if (v != kJsonVersion) {
      return r.Error("version", "unsupported version " + std::to_string(v) + " (this dyad reads " +
                                    std::to_string(kJsonVersion) + ")");
    }
  }
  DYAD_RETURN_IF_ERROR(r.Array<Agreement>(root, "agreements", &data.agreements, agreement));
  DYAD_RETURN_IF_ERROR(r.Array<Target>(root, "targets", &data.targets,
                                       [&](const json& j, const std::string& p) { return r.ParseTarget(j, p); }));
  DYAD_RETURN_IF_ERROR(r.Array<AreaAnnouncement>(
      root, "area_announcements", &data.area_announcements,
      [&](const json& j, const std::string& p) { return r.ParseAnnouncement(j, p); }));
  if (auto it = root.find("vocabulary"); it != root.end() && !it->is_null()) {
    DYAD_RETURN_IF_ERROR(r.CheckObject(*it, "vocabulary", {"kinds", "areas"}));
    DYAD_RETURN_IF_ERROR(r.StringList(*it, "kinds", "vocabulary", &data.custom_kinds));
    DYAD_RETURN_IF_ERROR(r.StringList(*it, "areas", "vocabulary", &data.custom_areas));
  }
  return data;
}

Result<Agreement> ParseAgreementJson(std::string_view text, std::string_view where) {
  DYAD_ASSIGN_OR_RETURN(json root, ParseText(text, where));
  return Reader(where).ParseAgreement(root, "agreement");
}

Result<Target> ParseTargetJson(std::string_view text, std::string_view where) {
  DYAD_ASSIGN_OR_RETURN(json root, ParseText(text, where));
  return Reader(where).ParseTarget(root, "target");
}

Result<AreaAnnouncement> ParseAnnouncementJson(std::string_view text, std::string_view where) {
  DYAD_ASSIGN_OR_RETURN(json root, ParseText(text, where));
  return Reader(where).ParseAnnouncement(root, "announcement");
}

json SourceToJson(const Source& s) {
  json j = json::object();
  PutString(j, "title", s.title);
  PutString(j, "url", s.url);
  PutString(j, "file", s.file);
  PutDate(j, "published", s.published);
  PutString(j, "quote", s.quote);
  return j;
}

json AgreementToJson(const Agreement& a) {
  json j = json::object();
  if (a.id != 0) j["id"] = a.id;
  j["title"] = a.title;
  j["kind"] = a.kind;
  PutString(j, "level", a.level);
  json parties = json::array();
  for (const Party& p : a.parties) {
    json pj = json::object();
    pj["state"] = p.state;
    PutString(pj, "name", p.name);
    PutString(pj, "kind", p.kind);
    PutDate(pj, "entry_into_force", p.entry_into_force);
    parties.push_back(std::move(pj));
  }
  j["parties"] = std::move(parties);
  j["signed"] = DateJson(a.signed_on);
  PutString(j, "place", a.place);
  if (!a.signatories.empty()) j["signatories"] = a.signatories;
  PutDate(j, "valid_from", a.valid_from);
  PutDate(j, "valid_to", a.valid_to);
  j["status"] = a.status;
  j["areas"] = a.areas;
  PutString(j, "relationship_level", a.relationship_level);
  PutString(j, "notes", a.notes);
  j["sources"] = SourcesJson(a.sources);
  return j;
}

json TargetToJson(const Target& t) {
  json j = json::object();
  if (t.id != 0) j["id"] = t.id;
  j["pair"] = json::array({t.state_a, t.state_b});
  j["metric"] = t.metric;
  j["value"] = t.value;
  j["currency"] = t.currency;
  j["target_year"] = t.target_year ? json(*t.target_year) : json();
  j["stated_on"] = DateJson(t.stated_on);
  PutString(j, "stated_by", t.stated_by);
  PutString(j, "notes", t.notes);
  j["sources"] = SourcesJson(t.sources);
  return j;
}

json AnnouncementToJson(const AreaAnnouncement& a) {
  json j = json::object();
  if (a.id != 0) j["id"] = a.id;
  j["pair"] = json::array({a.state_a, a.state_b});
  j["date"] = a.date.ToString();
  j["areas"] = a.areas;
  PutString(j, "notes", a.notes);
  j["sources"] = SourcesJson(a.sources);
  return j;
}

json RegistryToJson(const RegistryData& data) {
  json j = json::object();
  j["format"] = kJsonFormat;
  j["version"] = kJsonVersion;
  json agreements = json::array(), targets = json::array(), announcements = json::array();
  // Ids are local to one registry file; the exchange format leaves them out so that an
  // export imported elsewhere exports identically.
  auto no_id = [](auto entry) {
    entry.id = 0;
    return entry;
  };
  for (const auto& a : data.agreements) agreements.push_back(AgreementToJson(no_id(a)));
  for (const auto& t : data.targets) targets.push_back(TargetToJson(no_id(t)));
  for (const auto& a : data.area_announcements) announcements.push_back(AnnouncementToJson(no_id(a)));
  j["agreements"] = std::move(agreements);
  j["targets"] = std::move(targets);
  j["area_announcements"] = std::move(announcements);
  j["vocabulary"] = {{"kinds", data.custom_kinds}, {"areas", data.custom_areas}};
  return j;
}

}  // namespace dyad::registry
