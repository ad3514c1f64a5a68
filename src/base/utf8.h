// UTF-8: validation, decoding, and folding text for matching (case- and accent-
// insensitive). Pure functions; thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dyad {

// Returns the byte offset of the first invalid UTF-8 sequence (overlong forms,
// surrogates and code points above U+10FFFF are invalid), or nullopt if valid.
std::optional<size_t> FindInvalidUtf8(std::string_view text);

// Decodes one code point at text[*pos] and advances *pos. Invalid bytes decode as
// U+FFFD and advance by one byte.
char32_t DecodeUtf8(std::string_view text, size_t* pos);

// Appends the UTF-8 encoding of `cp` to `out`.
void AppendUtf8(char32_t cp, std::string* out);

// Folds text for matching: lowercase (Latin, Greek, Cyrillic), accents removed
// (Ü->u, é->e, Ş->s, ё->е, ...), typographic apostrophes and dashes to ASCII, runs
// of whitespace to one space, trimmed. "Türkiye" and "TURKIYE" fold to "turkiye".
std::string FoldForMatch(std::string_view text);

}  // namespace dyad
