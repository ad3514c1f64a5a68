// Cleaning and tokenizing article text. Sanitize() turns raw bytes (invalid UTF-8, NUL
// and control bytes, HTML tags and entities) into text of the SAME length, so every
// offset in the cleaned text is an offset in the input; removed bytes become kFiller,
// which the tokenizer skips. Tokenize() splits it into words, numbers, punctuation and
// symbols with folded forms for matching. Pure functions; thread-safe; linear time.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::text {

// A byte that stands for removed input (a tag's bytes are spaces; an entity's or an
// invalid byte's leftovers are filler). It never starts or ends a word.
inline constexpr char kFiller = '\x7f';

struct CleanText {
  std::string text;                   // same length as the input
  size_t invalid_utf8 = 0;            // bytes replaced
  size_t first_invalid_utf8 = 0;      // offset of the first one (when invalid_utf8 > 0)
  size_t nul_bytes = 0;               // NUL and other control bytes replaced
  size_t html_tags = 0;               // tags removed
  size_t soft_line_breaks = 0;        // line breaks of hard-wrapped text made spaces
};

// Replaces invalid UTF-8, NUL and control bytes (not \t \n \r), removes HTML tags
// (<script>/<style> with their content; block tags such as <p> and <br> become line
// breaks) and decodes entities (&amp; &nbsp; &#8217; ...), all without moving offsets.
// In hard-wrapped text (UnwrapLines) the line breaks inside paragraphs become spaces.
CleanText Sanitize(std::string_view input);

// Hard-wrapped text (an e-mailed wire story, a PDF's text, a terminal paste at 70 or 80
// columns) breaks lines where a word did not fit, not where sentences end. A text is
// hard-wrapped when its lines that run on into a next line have a width W (the longest of
// them, 30 to 150 characters, the first line, a headline, aside) and at least three, and
// half, of them are full: the next line's first word would not have fitted (length + 1 +
// word > W). The break after a full line becomes a space (the \r of a \r\n too), unless
// the next line starts a list item ("- ", "* ", "• ", "1. ", "2) "). Offsets do not move.
// Returns the number of breaks made spaces.
size_t UnwrapLines(std::string* text);

enum class TokenKind : uint8_t { kWord, kNumber, kPunct, kSymbol };

struct Token {
  uint32_t begin = 0, end = 0;  // byte offsets in the text
  TokenKind kind = TokenKind::kWord;
  bool cap = false;             // first letter uppercase
  bool upper = false;           // all letters uppercase (and at least one letter)
  bool space_before = true;     // whitespace (or start) between this and the previous token
  bool newline_before = false;  // a line break between this and the previous token
  bool blank_line_before = false;
  char quote = 0;               // for '"' tokens: 'o' opening, 'c' closing, '?' unknown
  std::string norm;             // folded: "kazakhstan", "'s", "$", "%", "1.13", "-", "..."
  // Numbers: the value read with '.' as decimal point and ',' as thousands separator
  // when every group after a comma has 3 digits, else ',' as decimal comma.
  double value = 0;
  bool integer = false;         // digits only (no separator)
  bool comma_groups = false;    // "1,130": a comma followed by exactly 3 digits
  double comma_decimal_value = 0;  // the value reading a single comma as decimal ("1,130" -> 1.13)
};

// Tokenizes cleaned text. "U.S." and "U.A.E." become one word ("us", "uae"); "’s"/"'s"
// after a word is its own token "'s"; "1.6bn" is a number then a word without space;
// a currency code written against its number ("USD24.2 billion", "AED10bn") is a word
// then a number; "..." and "…" are one token "...".
std::vector<Token> Tokenize(std::string_view text);

// The ISO currency of an upper-case code written before an amount ("USD", "RMB" -> "CNY"),
// given folded ("usd"); nullptr when it is not one. Static strings.
const char* CurrencyCode(std::string_view folded);

// Tokenizes a name for the gazetteer and returns its norms joined by single spaces
// ("Guinea-Bissau" -> "guinea - bissau").
std::string NormKey(std::string_view name);

}  // namespace dyad::text
