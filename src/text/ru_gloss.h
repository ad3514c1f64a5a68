// Reading Russian: the seam where the second language plugs into the reading stages.
// DetectLanguage tells an article's language from its share of Cyrillic letters.
// Gloss rewrites the tokens of Russian words (any token with Cyrillic letters; Latin
// sentences of a mixed article pass through untouched) into the words of the English
// lexicon, using the Russian lexicon and its morphology (ru_lexicon.h) and a few
// context rules for prepositions, year forms and compound numbers. Every output token
// keeps the byte span of the Russian words it stands for, so claims still point at the
// input. Pure functions; thread-safe; linear in the number of tokens.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/tokens.h"

namespace dyad::text::ru {

// "ru" when at least 30% of the letters of `text` are Cyrillic, else "en".
std::string DetectLanguage(std::string_view text);

// Whether a token is a word with Cyrillic letters.
bool IsCyrillic(const Token& t);

// The tokens with Russian words replaced by their English lexicon words.
std::vector<Token> Gloss(const std::vector<Token>& toks);

}  // namespace dyad::text::ru
