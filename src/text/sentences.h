// Sentence splitting over tokens, with quotations and who said them. Handles
// abbreviations ("Mr.", "Jan.", "U.S."), initials, decimals (numbers are single tokens),
// ellipses, closing quotes after the full stop, headlines (a first line without a full
// stop) and paragraph breaks. Pure functions; thread-safe; linear time.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/tokens.h"

namespace dyad::text {

// Sentences longer than this many tokens are cut (a real one has well under 150).
inline constexpr size_t kMaxSentenceTokens = 300;

struct SentenceRange {
  size_t tok_begin = 0, tok_end = 0;  // tokens [begin, end)
  bool headline = false;
  bool paragraph_start = false;
  bool quoted = false;                // most of its words are inside quotation marks
  std::string speaker;                // last name of who said it ("Tokayev"), else ""
};

// Splits `toks` (from Tokenize) into sentences; every token belongs to exactly one.
std::vector<SentenceRange> SplitSentences(const std::vector<Token>& toks);

// Fills `quoted` and `speaker`: a quote's speaker is named next to it ("..., Tokayev
// said." / "said Tokayev" / "Tokayev said: ..."), a following quote without attribution
// keeps the speaker, "he"/"she" refer to the last person named; a sentence that starts
// with a person and a reporting verb ("President Tokayev noted ...") has that speaker.
void AttributeQuotes(std::string_view text, const std::vector<Token>& toks,
                     std::vector<SentenceRange>* sentences);

// True for words that head a person's title ("president", "minister", "mr").
bool IsTitleWord(std::string_view norm);

}  // namespace dyad::text
