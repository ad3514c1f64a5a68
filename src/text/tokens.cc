#include "text/tokens.h"

#include <cctype>
#include <cmath>
#include <cstring>

#include "base/utf8.h"

namespace dyad::text {
namespace {

bool IsAsciiAlpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

struct NamedEntity {
  const char* name;
  const char* utf8;
};
// The entities that news HTML actually leaves behind; others are dropped.
constexpr NamedEntity kEntities[] = {
    {"amp", "&"},       {"lt", "<"},          {"gt", ">"},          {"quot", "\""},
    {"apos", "'"},      {"nbsp", "\xC2\xA0"}, {"ndash", "\xE2\x80\x93"},
    {"mdash", "\xE2\x80\x94"}, {"lsquo", "\xE2\x80\x98"}, {"rsquo", "\xE2\x80\x99"},
    {"ldquo", "\xE2\x80\x9C"}, {"rdquo", "\xE2\x80\x9D"}, {"laquo", "\xC2\xAB"},
    {"raquo", "\xC2\xBB"}, {"hellip", "\xE2\x80\xA6"}, {"euro", "\xE2\x82\xAC"},
    {"pound", "\xC2\xA3"}, {"yen", "\xC2\xA5"}, {"deg", "\xC2\xB0"}, {"shy", ""},
    {"thinsp", "\xE2\x80\x89"}, {"zwnj", ""}, {"zwj", ""}, {"copy", "\xC2\xA9"},
};

// Writes `repl` over text[pos, pos+len) and fills the rest with kFiller.
// The replacement goes at the end so that what follows stays attached to it
// ("Kyrgyzstan&rsquo;s" -> "Kyrgyzstan~~~~’s": the possessive is still read).
void Overwrite(std::string* text, size_t pos, size_t len, std::string_view repl) {
  size_t fill = len > repl.size() ? len - repl.size() : 0;
  for (size_t k = 0; k < fill; ++k) (*text)[pos + k] = kFiller;
  for (size_t k = 0; k < repl.size() && fill + k < len; ++k) (*text)[pos + fill + k] = repl[k];
}

// Decodes an entity at text[pos] ('&'); returns its length, 0 when it is not one.
size_t DecodeEntity(std::string* text, size_t pos) {
  const std::string& t = *text;
  size_t n = t.size();
  size_t i = pos + 1;
  if (i < n && t[i] == '#') {
    ++i;
    bool hex = i < n && (t[i] == 'x' || t[i] == 'X');
    if (hex) ++i;
    uint32_t cp = 0;
    size_t digits = 0;
    while (i < n && digits < 8) {
      unsigned char c = t[i];
      int d = IsDigit(c) ? c - '0'
              : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
              : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                            : -1;
      if (d < 0) break;
      cp = cp * (hex ? 16 : 10) + d;
      ++digits;
      ++i;
    }
    if (digits == 0 || i >= n || t[i] != ';') return 0;
    size_t len = i + 1 - pos;
    std::string repl;
    if (cp >= 0x20 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF) && cp != 0x7F) {
      AppendUtf8(cp, &repl);
    }
    if (repl.size() > len) repl.clear();
    Overwrite(text, pos, len, repl);
    return len;
  }
  size_t j = i;
  while (j < n && j - i < 10 && IsAsciiAlpha(t[j])) ++j;
  if (j == i || j >= n || t[j] != ';') return 0;
  std::string_view name(t.data() + i, j - i);
  for (const auto& e : kEntities) {
    if (name == e.name) {
      Overwrite(text, pos, j + 1 - pos, e.utf8);
      return j + 1 - pos;
    }
  }
  return 0;
}

bool TagNameIs(std::string_view t, size_t pos, const char* name) {
  size_t len = std::strlen(name);
  if (pos + len > t.size()) return false;
  for (size_t k = 0; k < len; ++k) {
    char c = t[pos + k];
    if (c >= 'A' && c <= 'Z') c += 32;
    if (c != name[k]) return false;
  }
  return pos + len == t.size() || !IsAsciiAlpha(t[pos + len]);
}

// Tags after which a line break belongs (block elements).
bool IsBlockTag(std::string_view t, size_t name_pos) {
  static const char* const kBlock[] = {"p", "br", "div", "li", "h1", "h2", "h3", "h4",
                                       "h5", "h6", "tr", "title", "ul", "ol", "table",
                                       "blockquote", "article", "section", "header", "footer"};
  for (const char* b : kBlock) {
    if (TagNameIs(t, name_pos, b)) return true;
  }
  return false;
}

// Removes an HTML construct at text[pos] ('<'); returns its length, 0 when none.
// `comment_end` caches the next "-->" so that many "<!--" cost linear time.
size_t RemoveTag(std::string* text, size_t pos, size_t* tags, size_t* comment_end) {
  std::string& t = *text;
  size_t n = t.size();
  if (pos + 1 >= n) return 0;
  unsigned char c = t[pos + 1];
  // Comments end at "-->", bounded so that a stray "<!--" cannot swallow a whole file.
  if (t.compare(pos, 4, "<!--") == 0) {
    if (*comment_end != std::string::npos && *comment_end < pos + 4) *comment_end = t.find("-->", pos + 4);
    size_t e = *comment_end;
    if (e == std::string::npos || e - pos > 100000) return 0;
    size_t len = e + 3 - pos;
    std::memset(&t[pos], ' ', len);
    ++*tags;
    return len;
  }
  size_t name_pos = pos + 1 + (c == '/' ? 1 : 0);
  if (!(IsAsciiAlpha(c) || c == '!' || (c == '/' && name_pos < n && IsAsciiAlpha(t[name_pos])))) {
    return 0;
  }
  // A tag ends at the next '>' within a bounded distance; "a < b" is not a tag.
  size_t limit = std::min(n, pos + 2000);
  size_t e = pos + 1;
  while (e < limit && t[e] != '>' && t[e] != '<') ++e;
  if (e >= limit || t[e] != '>') return 0;
  size_t len = e + 1 - pos;
  bool block = IsBlockTag(t, name_pos);
  bool is_script = c != '/' && TagNameIs(t, name_pos, "script");
  bool script = is_script || (c != '/' && TagNameIs(t, name_pos, "style"));
  std::memset(&t[pos], ' ', len);
  if (block) t[pos] = '\n';
  ++*tags;
  if (script) {
    // Everything up to the matching close tag is code, not prose.
    const char* close = is_script ? "</script" : "</style";
    size_t k = e + 1;
    size_t end = n;
    for (size_t q = k; q + 7 < n; ++q) {
      if (t[q] == '<' && t[q + 1] == '/' && TagNameIs(t, q + 2, close + 2)) {
        end = q;
        break;
      }
    }
    for (size_t q = k; q < end; ++q) {
      if (t[q] != '\n') t[q] = ' ';
    }
    len = end - pos;
  }
  return len;
}

// True for code points that are part of words (letters of any script).
bool IsLetterCp(char32_t cp) {
  if (cp < 0x80) return IsAsciiAlpha(static_cast<unsigned char>(cp));
  if (cp < 0xC0) return cp == 0xAA || cp == 0xB5 || cp == 0xBA;
  if (cp == 0xD7 || cp == 0xF7) return false;
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;  // punctuation, symbols, arrows
  if (cp >= 0x3000 && cp <= 0x303F) return false;
  if (cp >= 0xFE30 && cp <= 0xFE4F) return false;
  if (cp == 0xFEFF || cp == 0xFFFD) return false;
  return true;
}

// U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR (text pasted from web pages):
// line breaks, never the first character of a sentence.
bool IsLineSeparatorCp(char32_t cp) { return cp == 0x2028 || cp == 0x2029; }

bool IsSpaceCp(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
         cp == 0xA0 || cp == 0x2009 || cp == 0x202F || cp == 0x2007 || cp == 0x200B ||
         cp == 0xFEFF || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x3000 || IsLineSeparatorCp(cp);
}

bool IsUpperCp(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  // Latin-1/Extended-A capitals, Greek and Cyrillic capitals.
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if (cp >= 0x100 && cp <= 0x17F) return cp % 2 == 0;
  if (cp >= 0x391 && cp <= 0x3A9) return true;
  if (cp >= 0x400 && cp <= 0x42F) return true;
  return false;
}

bool IsNarrowSpace(char32_t cp) { return cp == 0xA0 || cp == 0x202F || cp == 0x2009; }

// Reads a number's digits and separators starting at text[*pos]; fills the token.
void ReadNumber(std::string_view text, size_t* pos, Token* tok) {
  size_t i = *pos;
  size_t n = text.size();
  std::string raw;
  auto digit_run = [&](size_t k) {
    size_t m = 0;
    while (k + m < n && IsDigit(text[k + m])) ++m;
    return m;
  };
  while (i < n && raw.size() < 40) {
    unsigned char c = text[i];
    if (IsDigit(c)) {
      raw.push_back(static_cast<char>(c));
      ++i;
    } else if ((c == '.' || c == ',') && i + 1 < n && IsDigit(text[i + 1]) && !raw.empty()) {
      raw.push_back(static_cast<char>(c));
      ++i;
    } else if (c == kFiller) {
      ++i;
    } else if (c >= 0x80 && !raw.empty()) {
      // "1 130 000" with no-break or thin spaces between groups of three.
      size_t p = i;
      char32_t cp = DecodeUtf8(text, &p);
      if (IsNarrowSpace(cp) && digit_run(p) == 3 && !(p + 3 < n && (text[p + 3] == '.' && false))) {
        raw.push_back(',');
        i = p;
      } else {
        break;
      }
    } else {
      break;
    }
  }
  *pos = i;
  tok->norm = raw;
  // Interpret separators.
  size_t commas = 0, dots = 0;
  bool comma_groups_of_3 = true;
  for (size_t k = 0; k < raw.size(); ++k) {
    if (raw[k] == ',') {
      ++commas;
      size_t m = 0;
      while (k + 1 + m < raw.size() && IsDigit(raw[k + 1 + m])) ++m;
      if (m != 3) comma_groups_of_3 = false;
    } else if (raw[k] == '.') {
      ++dots;
    }
  }
  tok->integer = commas == 0 && dots == 0;
  std::string plain;
  if (commas > 0 && dots > 0) {
    // "1,130.5" (English) or "1.130,5" (European): the last separator is the decimal one.
    char dec = raw.rfind('.') > raw.rfind(',') ? '.' : ',';
    for (char c : raw) {
      if (c == dec) plain.push_back('.');
      else if (IsDigit(c)) plain.push_back(c);
    }
  } else if (commas > 0) {
    if (comma_groups_of_3) {
      for (char c : raw) if (c != ',') plain.push_back(c);
      tok->comma_groups = commas == 1;
    } else if (commas == 1) {
      for (char c : raw) plain.push_back(c == ',' ? '.' : c);
    } else {
      for (char c : raw) if (c != ',') plain.push_back(c);
    }
  } else if (dots > 1) {
    for (char c : raw) if (c != '.') plain.push_back(c);  // "1.130.000"
  } else {
    plain = raw;
  }
  tok->value = plain.empty() ? 0 : std::strtod(plain.c_str(), nullptr);
  if (tok->comma_groups) {
    std::string alt = raw;
    for (char& c : alt) if (c == ',') c = '.';
    tok->comma_decimal_value = std::strtod(alt.c_str(), nullptr);
  }
}

void RemoveMarkup(CleanText* out);

}  // namespace

namespace {

// "amounted to $4.9 billion, $2.\n\n6 billion of which were exports": a page that broke a
// dollar amount at its decimal point, the fraction and its scale word ("6 billion")
// opening the next line. The break becomes filler and the point moves next to the
// fraction, so the tokenizer reads "2.6" (offsets are kept).
void JoinBrokenDecimals(std::string* text) {
  std::string& t = *text;
  const size_t n = t.size();
  for (size_t i = t.find('.'); i != std::string::npos && i + 2 < n; i = t.find('.', i + 1)) {
    if (i == 0 || !IsDigit(t[i - 1]) || (t[i + 1] != '\n' && t[i + 1] != '\r')) continue;
    size_t d = i;  // the integer part, after a dollar sign
    while (d > 0 && IsDigit(t[d - 1])) --d;
    size_t b = d;
    while (b > 0 && t[b - 1] == ' ') --b;
    if (b == 0 || t[b - 1] != '$') continue;
    size_t j = i + 1;
    while (j < n && (t[j] == '\n' || t[j] == '\r' || t[j] == ' ' || t[j] == '\t')) ++j;
    size_t k = j;
    while (k < n && IsDigit(t[k])) ++k;
    if (k == j || k - j > 3 || k >= n || t[k] != ' ') continue;
    size_t w = k + 1;
    while (w < n && IsAsciiAlpha(t[w])) ++w;
    std::string scale = t.substr(k + 1, w - k - 1);
    for (char& c : scale) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (scale != "million" && scale != "billion" && scale != "trillion" && scale != "mln" && scale != "bln") continue;
    for (size_t q = i; q + 1 < j; ++q) t[q] = kFiller;
    t[j - 1] = '.';
  }
}

}  // namespace

CleanText Sanitize(std::string_view input) {
  CleanText out;
  out.text.assign(input.data(), input.size());
  std::string& t = out.text;
  size_t n = t.size();
  size_t i = 0;
  // Pass 1: bytes. Invalid UTF-8 becomes filler, control bytes become spaces.
  while (i < n) {
    unsigned char c = t[i];
    if (c < 0x80) {
      if (c == 0) {
        t[i] = ' ';
        ++out.nul_bytes;
      } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
        t[i] = c == '\f' || c == '\v' ? '\n' : ' ';
        if (c != '\f' && c != '\v') ++out.nul_bytes;
      }
      ++i;
      continue;
    }
    size_t p = i;
    char32_t cp = DecodeUtf8(t, &p);
    if (cp == 0xFFFD && p == i + 1) {
      if (out.invalid_utf8 == 0) out.first_invalid_utf8 = i;
      ++out.invalid_utf8;
      t[i] = kFiller;
      ++i;
      continue;
    }
    // C1 controls and the BOM carry no text.
    if ((cp >= 0x80 && cp < 0xA0) || cp == 0xFEFF) {
      for (size_t k = i; k < p; ++k) t[k] = kFiller;
    }
    i = p;
  }
  // Pass 2: HTML tags and entities (only when the text looks like it has any).
  if (t.find('<') != std::string::npos || t.find('&') != std::string::npos) RemoveMarkup(&out);
  // Pass 3: line breaks of hard-wrapped text.
  out.soft_line_breaks = UnwrapLines(&t);
  // Pass 4: a dollar amount broken at its decimal point ("$2.\n\n6 billion").
  JoinBrokenDecimals(&t);
  return out;
}

namespace {

struct Line {
  size_t begin = 0, end = 0;  // bytes, without the \r\n
  size_t width = 0;           // characters, trailing spaces aside
  size_t first_word = 0;      // characters of the first word
  bool blank = true;
};

size_t Chars(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

bool StartsListItem(std::string_view line) {
  size_t i = line.find_first_not_of(" \t");
  if (i == std::string_view::npos) return false;
  line.remove_prefix(i);
  for (std::string_view bullet : {"- ", "* ", "\xE2\x80\xA2", "\xE2\x80\x93 ", "\xE2\x80\x94 ", "\xC2\xB7"}) {
    if (line.substr(0, bullet.size()) == bullet) return true;
  }
  size_t d = 0;
  while (d < line.size() && d < 3 && line[d] >= '0' && line[d] <= '9') ++d;
  return d > 0 && d < 3 && d + 1 < line.size() && (line[d] == '.' || line[d] == ')') && line[d + 1] == ' ';
}

}  // namespace

size_t UnwrapLines(std::string* text) {
  std::string& t = *text;
  std::vector<Line> lines;
  for (size_t b = 0; b <= t.size();) {
    size_t e = t.find('\n', b);
    if (e == std::string::npos) e = t.size();
    Line l;
    l.begin = b;
    l.end = e > b && t[e - 1] == '\r' ? e - 1 : e;
    std::string_view s(t.data() + l.begin, l.end - l.begin);
    size_t last = s.find_last_not_of(" \t\x7f");
    size_t first = s.find_first_not_of(" \t\x7f");
    if (last != std::string_view::npos) {
      l.blank = false;
      l.width = Chars(s.substr(0, last + 1));
      size_t we = s.find_first_of(" \t", first);
      l.first_word = Chars(s.substr(first, we == std::string_view::npos ? std::string_view::npos : we - first));
    }
    lines.push_back(l);
    if (e == t.size()) break;
    b = e + 1;
  }
  // Lines that run on into a next line; their widest (the first line aside) is W.
  size_t width = 0, inner = 0;
  for (size_t k = 1; k + 1 < lines.size(); ++k) {
    if (lines[k].blank || lines[k + 1].blank) continue;
    ++inner;
    width = std::max(width, lines[k].width);
  }
  if (width < 30 || width > 150 || inner < 3) return 0;
  auto full = [&](size_t k) {
    return !lines[k].blank && !lines[k + 1].blank && lines[k].width + 1 + lines[k + 1].first_word > width;
  };
  size_t fulls = 0;
  for (size_t k = 1; k + 1 < lines.size(); ++k) fulls += full(k);
  if (fulls < 3 || fulls * 2 < inner) return 0;
  size_t made = 0;
  for (size_t k = 0; k + 1 < lines.size(); ++k) {
    if (!full(k)) continue;
    if (StartsListItem(std::string_view(t).substr(lines[k + 1].begin, lines[k + 1].end - lines[k + 1].begin))) continue;
    for (size_t p = lines[k].end; p < lines[k + 1].begin; ++p) t[p] = ' ';
    ++made;
  }
  return made;
}

namespace {

void RemoveMarkup(CleanText* out) {
  std::string& t = out->text;
  size_t n = t.size();
  size_t i = 0;
  size_t comment_end = 0;
  while (i < n) {
    char c = t[i];
    if (c == '<') {
      size_t len = RemoveTag(&t, i, &out->html_tags, &comment_end);
      i += len > 0 ? len : 1;
    } else if (c == '&') {
      size_t len = DecodeEntity(&t, i);
      i += len > 0 ? len : 1;
    } else {
      ++i;
    }
  }
}

}  // namespace

const char* CurrencyCode(std::string_view folded) {
  struct Code {
    std::string_view code;
    const char* iso;
  };
  static constexpr Code kCodes[] = {
      {"usd", "USD"}, {"eur", "EUR"}, {"rub", "RUB"}, {"kzt", "KZT"}, {"cny", "CNY"},
      {"rmb", "CNY"}, {"aed", "AED"}, {"gbp", "GBP"}, {"inr", "INR"}, {"uzs", "UZS"},
      {"tjs", "TJS"}, {"kgs", "KGS"}, {"azn", "AZN"}, {"pln", "PLN"}, {"mxn", "MXN"},
      {"jpy", "JPY"}, {"chf", "CHF"}, {"cad", "CAD"}, {"aud", "AUD"}, {"sgd", "SGD"}};
  for (const Code& c : kCodes) {
    if (c.code == folded) return c.iso;
  }
  return nullptr;
}

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> toks;
  toks.reserve(text.size() / 5 + 4);
  size_t n = text.size();
  size_t i = 0;
  bool space = true, newline = false, blank = false;
  int newlines = 0;
  auto push = [&](Token&& t) {
    t.space_before = space;
    t.newline_before = newline;
    t.blank_line_before = blank;
    toks.push_back(std::move(t));
    space = newline = blank = false;
    newlines = 0;
  };
  while (i < n) {
    unsigned char c = text[i];
    if (c == static_cast<unsigned char>(kFiller)) {
      ++i;
      continue;
    }
    size_t p = i;
    char32_t cp = c < 0x80 ? (++p, c) : DecodeUtf8(text, &p);
    if (IsSpaceCp(cp)) {
      space = true;
      if (cp == '\n' || IsLineSeparatorCp(cp)) {
        newline = true;
        if (++newlines >= 2 || cp == 0x2029) blank = true;
      }
      i = p;
      continue;
    }
    Token tok;
    tok.begin = static_cast<uint32_t>(i);
    if (IsDigit(c)) {
      tok.kind = TokenKind::kNumber;
      size_t q = i;
      ReadNumber(text, &q, &tok);
      tok.end = static_cast<uint32_t>(q);
      i = q;
      push(std::move(tok));
      continue;
    }
    if (IsLetterCp(cp)) {
      // A word: letters, digits, inner apostrophes ("d'Ivoire"); initials "U.S.".
      tok.kind = TokenKind::kWord;
      std::string raw;
      size_t q = i;
      bool has_lower = false, has_upper = false;
      size_t last_end = i;  // end of the last real character (filler excluded)
      tok.cap = IsUpperCp(cp);
      while (q < n) {
        unsigned char d = text[q];
        if (d == static_cast<unsigned char>(kFiller)) {
          ++q;
          continue;
        }
        size_t r = q;
        char32_t dc = d < 0x80 ? (++r, d) : DecodeUtf8(text, &r);
        if (IsLetterCp(dc) || IsDigit(d)) {
          // "USD24.2 billion": an upper-case currency code ends before the digits of its
          // amount, as if a space were there.
          if (IsDigit(d) && raw.size() == 3 && has_upper && !has_lower &&
              CurrencyCode(std::string{static_cast<char>(raw[0] | 32), static_cast<char>(raw[1] | 32),
                                       static_cast<char>(raw[2] | 32)}) != nullptr) {
            break;
          }
          if (IsUpperCp(dc)) has_upper = true;
          else if (IsLetterCp(dc)) has_lower = true;
          raw.append(text.data() + q, r - q);
          q = r;
          last_end = q;
          continue;
        }
        // Apostrophes inside a word, except the possessive "'s" at its end.
        if (dc == '\'' || dc == 0x2019 || dc == 0x2018 || dc == 0x02BC) {
          size_t s = r;
          if (s < n && (text[s] == 's' || text[s] == 'S') &&
              (s + 1 >= n || !IsAsciiAlpha(text[s + 1]))) {
            break;
          }
          if (s < n) {
            size_t s2 = s;
            char32_t nc = static_cast<unsigned char>(text[s]) < 0x80 ? text[s] : DecodeUtf8(text, &s2);
            if (IsLetterCp(nc) && !raw.empty()) {
              raw.push_back('\'');
              q = r;
              last_end = q;
              continue;
            }
          }
          break;
        }
        // Initials: "U.S.", "U.A.E." (a single letter, a dot, a letter, a dot ...).
        if (d == '.' && raw.size() == 1 && q + 2 < n && IsAsciiAlpha(text[q + 1]) &&
            text[q + 2] == '.') {
          std::string letters = raw;
          size_t s = q;
          while (s + 2 < n && text[s] == '.' && IsAsciiAlpha(text[s + 1]) && text[s + 2] == '.' &&
                 letters.size() < 6) {
            letters.push_back(text[s + 1]);
            s += 2;
          }
          // Consume the final dot only when more initials were read.
          raw = letters;
          q = s + 1;
          last_end = q;
          has_upper = true;
          for (char ch : letters) if (ch >= 'a' && ch <= 'z') has_lower = true;
          break;
        }
        break;
      }
      tok.end = static_cast<uint32_t>(last_end);
      tok.upper = has_upper && !has_lower;
      bool ascii = true;
      for (char ch : raw) if (static_cast<unsigned char>(ch) >= 0x80) ascii = false;
      if (ascii) {
        tok.norm.resize(raw.size());
        for (size_t k = 0; k < raw.size(); ++k) {
          char ch = raw[k];
          tok.norm[k] = (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch + 32) : ch;
        }
      } else {
        tok.norm = FoldForMatch(raw);
      }
      i = q;
      push(std::move(tok));
      // The possessive as its own token.
      if (i < n) {
        size_t r = i;
        char32_t ac = static_cast<unsigned char>(text[i]) < 0x80 ? (++r, text[i]) : DecodeUtf8(text, &r);
        bool plural_possessive = (ac == '\'' || ac == 0x2019 || ac == 0x02BC) && !toks.back().norm.empty() &&
                                 toks.back().norm.back() == 's' && (r >= n || !IsLetterCp(static_cast<unsigned char>(text[r]))) &&
                                 (r >= n || text[r] == ' ' || text[r] == ',' || text[r] == '\n');
        if (plural_possessive) {
          Token pos_tok;
          pos_tok.kind = TokenKind::kWord;
          pos_tok.begin = static_cast<uint32_t>(i);
          pos_tok.end = static_cast<uint32_t>(r);
          pos_tok.norm = "'s";
          i = r;
          push(std::move(pos_tok));
        } else if ((ac == '\'' || ac == 0x2019 || ac == 0x02BC) && r < n && (text[r] == 's' || text[r] == 'S') &&
            (r + 1 >= n || !IsAsciiAlpha(text[r + 1]))) {
          Token pos_tok;
          pos_tok.kind = TokenKind::kWord;
          pos_tok.begin = static_cast<uint32_t>(i);
          pos_tok.end = static_cast<uint32_t>(r + 1);
          pos_tok.norm = "'s";
          i = r + 1;
          push(std::move(pos_tok));
        }
      }
      continue;
    }
    // Punctuation and symbols.
    tok.end = static_cast<uint32_t>(p);
    tok.kind = TokenKind::kPunct;
    switch (cp) {
      case '$': case 0x20AC: case 0xA3: case 0xA5: case 0x20B8: case 0x20BD: case 0x20BA:
      case 0x20B9: case 0x20A9: case '%': case 0x2030:
        tok.kind = TokenKind::kSymbol;
        tok.norm = cp == '$' ? "$" : cp == 0x20AC ? "eur" : cp == 0xA3 ? "gbp" : cp == 0xA5 ? "jpy"
                 : cp == 0x20B8 ? "kzt" : cp == 0x20BD ? "rub" : cp == 0x20BA ? "try"
                 : cp == 0x20B9 ? "inr" : cp == 0x20A9 ? "krw" : "%";
        break;
      case '"': case 0x201C: case 0x201D: case 0x201E: case 0xAB: case 0xBB: case 0x201F:
        tok.norm = "\"";
        tok.quote = (cp == 0x201C || cp == 0xAB || cp == 0x201E) ? 'o'
                    : (cp == 0x201D || cp == 0xBB) ? 'c' : '?';
        break;
      case '\'': case 0x2018: case 0x2019: case 0x02BC:
        tok.norm = "'";
        break;
      case '-': case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
      case 0x2212:
        tok.norm = (cp == 0x2014 || cp == 0x2015) ? "--" : "-";
        // "--" written as two hyphens is a dash too.
        if (cp == '-' && p < n && text[p] == '-') {
          tok.norm = "--";
          ++p;
          tok.end = static_cast<uint32_t>(p);
        }
        break;
      case 0x2026:
        tok.norm = "...";
        break;
      case '.':
        if (p + 1 < n && text[p] == '.' && text[p + 1] == '.') {
          tok.norm = "...";
          p += 2;
          tok.end = static_cast<uint32_t>(p);
        } else {
          tok.norm = ".";
        }
        break;
      default:
        if (cp < 0x80) {
          tok.norm = std::string(1, static_cast<char>(cp));
        } else {
          tok.norm.clear();
          AppendUtf8(cp, &tok.norm);
        }
    }
    i = p;
    push(std::move(tok));
  }
  return toks;
}

std::string NormKey(std::string_view name) {
  std::string key;
  for (const Token& t : Tokenize(name)) {
    if (!key.empty()) key.push_back(' ');
    key += t.norm;
  }
  return key;
}

}  // namespace dyad::text
