#include "registry/vocabulary.h"

#include <algorithm>
#include <set>

#include "base/strings.h"
#include "base/utf8.h"
#include "reference/areas.h"
#include "reference/countries.h"

namespace dyad::registry {
namespace {

std::string JoinNames(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) {
    if (!out.empty()) out += ", ";
    out += n;
  }
  return out;
}

Status FieldError(std::string_view field, std::string message) {
  return InvalidInput(std::string(field) + ": " + message);
}

// "Joint Statement", "sister-city" -> "joint_statement", "sister_city": users write
// vocabulary names the way they read them.
std::string VocabularyForm(std::string_view text) {
  std::string out = ToLowerAscii(TrimAscii(text));
  for (char& c : out) {
    if (c == ' ' || c == '-') c = '_';
  }
  return out;
}

Status ValidateDate(std::string_view field, const Date& d) {
  // A Date built in code may hold impossible values; re-parsing its text checks them.
  Result<Date> back = ParseDate(d.ToString());
  if (!back.ok()) return FieldError(field, back.status().message());
  if (!(back.value() == d)) {
    return FieldError(field, "invalid date " + QuoteForMessage(d.ToString()));
  }
  return Status::Ok();
}

Status ValidateOptionalDate(std::string_view field, const std::optional<Date>& d) {
  return d ? ValidateDate(field, *d) : Status::Ok();
}

Status CheckVocabulary(std::string_view field, std::string* value,
                       const std::vector<std::string>& allowed, std::string_view what) {
  DYAD_RETURN_IF_ERROR(ValidateText(field, *value, 64));
  *value = VocabularyForm(*value);
  if (std::find(allowed.begin(), allowed.end(), *value) != allowed.end()) return Status::Ok();
  return FieldError(field, "unknown " + std::string(what) + " " + QuoteForMessage(*value) +
                               "; expected one of " + JoinNames(allowed));
}

Status NormalizeSources(std::vector<Source>* sources) {
  if (sources->size() > kMaxListItems) {
    return FieldError("sources", std::to_string(sources->size()) + " items, at most " +
                                     std::to_string(kMaxListItems) + " allowed");
  }
  std::vector<Source> unique;
  for (size_t i = 0; i < sources->size(); ++i) {
    Source& s = (*sources)[i];
    std::string f = "sources[" + std::to_string(i) + "]";
    s.title = std::string(TrimAscii(s.title));
    s.url = std::string(TrimAscii(s.url));
    s.file = std::string(TrimAscii(s.file));
    DYAD_RETURN_IF_ERROR(ValidateText(f + ".title", s.title, kMaxTitleBytes));
    DYAD_RETURN_IF_ERROR(ValidateText(f + ".url", s.url, kMaxUrlBytes));
    DYAD_RETURN_IF_ERROR(ValidateText(f + ".file", s.file, kMaxUrlBytes));
    DYAD_RETURN_IF_ERROR(ValidateText(f + ".quote", s.quote, kMaxQuoteBytes));
    DYAD_RETURN_IF_ERROR(ValidateOptionalDate(f + ".published", s.published));
    if (s.title.empty() && s.url.empty() && s.file.empty()) {
      return FieldError(f, "needs a title, url or file");
    }
    if (std::find(unique.begin(), unique.end(), s) == unique.end()) unique.push_back(s);
  }
  *sources = std::move(unique);
  return Status::Ok();
}

Status NormalizeAreas(std::vector<std::string>* areas, const std::vector<std::string>& known) {
  if (areas->size() > kMaxListItems) {
    return FieldError("areas", std::to_string(areas->size()) + " items, at most " +
                                   std::to_string(kMaxListItems) + " allowed");
  }
  std::set<std::string> out;
  for (size_t i = 0; i < areas->size(); ++i) {
    std::string f = "areas[" + std::to_string(i) + "]";
    DYAD_RETURN_IF_ERROR(ValidateText(f, (*areas)[i], kMaxShortBytes, true));
    DYAD_ASSIGN_OR_RETURN(std::string name, ResolveArea(f, (*areas)[i], known));
    out.insert(std::move(name));
  }
  areas->assign(out.begin(), out.end());
  return Status::Ok();
}

Status NormalizePair(std::string* a, std::string* b) {
  DYAD_ASSIGN_OR_RETURN(*a, ResolveState("state_a", *a));
  DYAD_ASSIGN_OR_RETURN(*b, ResolveState("state_b", *b));
  if (*a == *b) return FieldError("state_b", "the pair needs two different countries, got " + *a + " twice");
  return Status::Ok();
}

}  // namespace

const std::vector<std::string>& BuiltinKinds() {
  static const std::vector<std::string> k = {
      "agreement", "contract_package", "declaration", "joint_statement", "memorandum",
      "programme", "protocol",         "roadmap",     "sister_city",     "treaty"};
  return k;
}

const std::vector<std::string>& BuiltinAreas() { return reference::Areas::Builtin().codes(); }

const std::vector<std::string>& Levels() {
  static const std::vector<std::string> k = {"heads_of_state", "government", "ministry",
                                             "agency",         "region_or_city", "institution"};
  return k;
}

const std::vector<std::string>& Statuses() {
  static const std::vector<std::string> k = {"signed", "in_force", "expired", "terminated",
                                             "planned"};
  return k;
}

const std::vector<std::string>& PartyKinds() {
  static const std::vector<std::string> k = {"city",      "region",  "ministry", "agency",
                                             "institute", "company", "other"};
  return k;
}

const std::vector<std::string>& Metrics() {
  static const std::vector<std::string> k = {"total_trade", "exports", "imports", "investment"};
  return k;
}

Status ValidateVocabularyName(std::string_view field, std::string_view name) {
  if (name.empty()) return FieldError(field, "must not be empty");
  if (name.size() > 64) {
    return FieldError(field, std::to_string(name.size()) + " bytes, at most 64 allowed");
  }
  for (char c : name) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
      return FieldError(field, "expected lowercase letters, digits and _, got " +
                                   QuoteForMessage(name));
    }
  }
  return Status::Ok();
}

Result<std::string> ResolveArea(std::string_view field, std::string_view text,
                                const std::vector<std::string>& known) {
  std::string form = VocabularyForm(FoldForMatch(text));
  if (std::find(known.begin(), known.end(), form) != known.end()) return form;
  // A built-in area by its label or a phrase ("sports", "space technologies").
  if (const reference::Area* a = reference::Areas::Builtin().TryFind(text)) {
    if (std::find(known.begin(), known.end(), a->code) != known.end()) return a->code;
  }
  std::string message = "unknown area " + QuoteForMessage(text);
  std::vector<std::string> close = ClosestMatches(form, known);
  if (!close.empty()) message += "; did you mean " + JoinNames(close) + "?";
  return Status(StatusCode::kNotFound, std::string(field) + ": " + message);
}

Result<std::string> ResolveState(std::string_view field, std::string_view text) {
  if (Status s = ValidateText(field, text, kMaxShortBytes, true); !s.ok()) return s;
  Result<const reference::Country*> c = reference::Countries::Builtin().Find(TrimAscii(text));
  if (!c.ok()) return Status(c.status().code(), std::string(field) + ": " + c.status().message());
  return c.value()->code;
}

Status ValidateText(std::string_view field, std::string_view value, size_t max_bytes,
                    bool required) {
  if (std::optional<size_t> bad = FindInvalidUtf8(value)) {
    return FieldError(field, "invalid UTF-8 at byte " + std::to_string(*bad));
  }
  if (value.find('\0') != std::string_view::npos) {
    return FieldError(field, "contains a NUL byte at byte " + std::to_string(value.find('\0')));
  }
  if (value.size() > max_bytes) {
    return FieldError(field, std::to_string(value.size()) + " bytes, at most " +
                                 std::to_string(max_bytes) + " allowed");
  }
  if (required && TrimAscii(value).empty()) return FieldError(field, "must not be empty");
  return Status::Ok();
}

Status NormalizeAgreement(Agreement* a, const std::vector<std::string>& kinds,
                          const std::vector<std::string>& areas) {
  DYAD_RETURN_IF_ERROR(ValidateText("title", a->title, kMaxTitleBytes, true));
  a->title = std::string(TrimAscii(a->title));
  if (a->kind.empty()) return FieldError("kind", "must not be empty");
  DYAD_RETURN_IF_ERROR(CheckVocabulary("kind", &a->kind, kinds, "kind"));
  if (!a->level.empty()) DYAD_RETURN_IF_ERROR(CheckVocabulary("level", &a->level, Levels(), "level"));
  if (a->status.empty()) a->status = "signed";
  DYAD_RETURN_IF_ERROR(CheckVocabulary("status", &a->status, Statuses(), "status"));

  if (a->parties.empty()) return FieldError("parties", "at least one party is required");
  if (a->parties.size() > kMaxListItems) {
    return FieldError("parties", std::to_string(a->parties.size()) + " items, at most " +
                                     std::to_string(kMaxListItems) + " allowed");
  }
  std::vector<Party> parties;
  for (size_t i = 0; i < a->parties.size(); ++i) {
    Party p = a->parties[i];
    std::string f = "parties[" + std::to_string(i) + "]";
    DYAD_ASSIGN_OR_RETURN(p.state, ResolveState(f + ".state", p.state));
    DYAD_RETURN_IF_ERROR(ValidateText(f + ".name", p.name, kMaxShortBytes));
    p.name = std::string(TrimAscii(p.name));
    if (p.name.empty()) {
      if (!p.kind.empty()) return FieldError(f + ".kind", "only a named sub-state party has a kind");
    } else if (!p.kind.empty()) {
      DYAD_RETURN_IF_ERROR(CheckVocabulary(f + ".kind", &p.kind, PartyKinds(), "party kind"));
    }
    DYAD_RETURN_IF_ERROR(ValidateOptionalDate(f + ".entry_into_force", p.entry_into_force));
    bool dup = false;
    for (Party& q : parties) {
      if (q.state == p.state && FoldForMatch(q.name) == FoldForMatch(p.name)) {
        if (q.kind.empty()) q.kind = p.kind;
        if (!q.entry_into_force) q.entry_into_force = p.entry_into_force;
        dup = true;
      }
    }
    if (!dup) parties.push_back(std::move(p));
  }
  a->parties = std::move(parties);

  DYAD_RETURN_IF_ERROR(ValidateOptionalDate("signed", a->signed_on));
  DYAD_RETURN_IF_ERROR(ValidateOptionalDate("valid_from", a->valid_from));
  DYAD_RETURN_IF_ERROR(ValidateOptionalDate("valid_to", a->valid_to));
  if (a->valid_from && a->valid_to && a->valid_to->Last().DayNumber() < a->valid_from->First().DayNumber()) {
    return FieldError("valid_to", a->valid_to->ToString() + " is before valid_from " +
                                      a->valid_from->ToString());
  }
  DYAD_RETURN_IF_ERROR(ValidateText("place", a->place, kMaxShortBytes));
  a->place = std::string(TrimAscii(a->place));
  DYAD_RETURN_IF_ERROR(ValidateText("relationship_level", a->relationship_level, kMaxShortBytes));
  a->relationship_level = std::string(TrimAscii(a->relationship_level));
  DYAD_RETURN_IF_ERROR(ValidateText("notes", a->notes, kMaxNotesBytes));
  if (a->signatories.size() > kMaxListItems) {
    return FieldError("signatories", std::to_string(a->signatories.size()) +
                                         " items, at most " + std::to_string(kMaxListItems) +
                                         " allowed");
  }
  std::vector<std::string> signatories;
  for (size_t i = 0; i < a->signatories.size(); ++i) {
    std::string f = "signatories[" + std::to_string(i) + "]";
    DYAD_RETURN_IF_ERROR(ValidateText(f, a->signatories[i], kMaxShortBytes, true));
    std::string s(TrimAscii(a->signatories[i]));
    if (std::find(signatories.begin(), signatories.end(), s) == signatories.end()) {
      signatories.push_back(std::move(s));
    }
  }
  a->signatories = std::move(signatories);
  DYAD_RETURN_IF_ERROR(NormalizeAreas(&a->areas, areas));
  return NormalizeSources(&a->sources);
}

Status NormalizeTarget(Target* t) {
  DYAD_RETURN_IF_ERROR(NormalizePair(&t->state_a, &t->state_b));
  if (t->metric.empty()) t->metric = "total_trade";
  DYAD_RETURN_IF_ERROR(CheckVocabulary("metric", &t->metric, Metrics(), "metric"));
  if (t->value <= 0) return FieldError("value", "must be a positive whole number, got " + std::to_string(t->value));
  t->currency = ToUpperAscii(TrimAscii(t->currency));
  if (t->currency.empty()) t->currency = "USD";
  if (t->currency.size() != 3 || !std::all_of(t->currency.begin(), t->currency.end(),
                                              [](char c) { return c >= 'A' && c <= 'Z'; })) {
    return FieldError("currency", "expected a three-letter code such as USD, got " +
                                      QuoteForMessage(t->currency));
  }
  if (t->target_year && (*t->target_year < 1800 || *t->target_year > 2200)) {
    return FieldError("target_year", "out of range 1800-2200: " + std::to_string(*t->target_year));
  }
  DYAD_RETURN_IF_ERROR(ValidateOptionalDate("stated_on", t->stated_on));
  DYAD_RETURN_IF_ERROR(ValidateText("stated_by", t->stated_by, kMaxShortBytes));
  t->stated_by = std::string(TrimAscii(t->stated_by));
  DYAD_RETURN_IF_ERROR(ValidateText("notes", t->notes, kMaxNotesBytes));
  return NormalizeSources(&t->sources);
}

Status NormalizeAreaAnnouncement(AreaAnnouncement* a, const std::vector<std::string>& areas) {
  DYAD_RETURN_IF_ERROR(NormalizePair(&a->state_a, &a->state_b));
  DYAD_RETURN_IF_ERROR(ValidateDate("date", a->date));
  if (a->areas.empty()) return FieldError("areas", "at least one area is required");
  DYAD_RETURN_IF_ERROR(NormalizeAreas(&a->areas, areas));
  DYAD_RETURN_IF_ERROR(ValidateText("notes", a->notes, kMaxNotesBytes));
  return NormalizeSources(&a->sources);
}

std::string NormalizeTitleForKey(std::string_view title) {
  std::string folded = FoldForMatch(title);
  std::string out;
  size_t pos = 0;
  while (pos < folded.size()) {
    char32_t cp = DecodeUtf8(folded, &pos);
    bool ascii_alnum = (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9');
    if (cp < 0x80) {
      if (ascii_alnum) out.push_back(static_cast<char>(cp));
      continue;
    }
    // Punctuation and symbols outside ASCII: Latin-1 punctuation (« » ¿ ·), general
    // punctuation (– — “ ” …), CJK punctuation, and spaces.
    bool punct = (cp >= 0x00A0 && cp <= 0x00BF) || cp == 0x00D7 || cp == 0x00F7 ||
                 (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F) ||
                 cp == 0xFEFF || cp == 0xFFFD;
    if (!punct) AppendUtf8(cp, &out);
  }
  return out;
}

std::string AgreementKey(const Agreement& a) {
  std::string key;
  for (const std::string& s : a.States()) key += s + ",";
  key += "|" + a.kind + "|" + (a.signed_on ? a.signed_on->ToString() : "") + "|" +
         NormalizeTitleForKey(a.title);
  return key;
}

std::vector<std::string> Agreement::States() const {
  std::set<std::string> s;
  for (const Party& p : parties) s.insert(p.state);
  return {s.begin(), s.end()};
}

bool Agreement::ActiveOn(const Date& day) const {
  if (status == "planned") return false;
  std::optional<Date> start = valid_from;
  if (!start) {
    for (const Party& p : parties) {
      if (p.entry_into_force && (!start || CompareDates(*p.entry_into_force, *start) < 0)) {
        start = p.entry_into_force;
      }
    }
  }
  if (!start) start = signed_on;
  if (!start) return false;
  int64_t d = day.First().DayNumber();
  if (start->First().DayNumber() > d) return false;
  if (valid_to) return d <= valid_to->Last().DayNumber();
  return status != "expired" && status != "terminated";
}

}  // namespace dyad::registry
