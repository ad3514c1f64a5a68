// The word knowledge of the reader: word classes (target and actual markers, verbs of
// change, cue nouns, distractors, signing verbs, ordinals, month names, ...) loaded
// from data files, one per language (data/text/<lang>/lexicon.csv, embedded with
// cmake/Embed.cmake; format in docs/extraction.md, "Lexicon"). The classes are the
// same for every language; a second language is a second file and a row of
// kBuiltinFiles in lexicon.cc. (Russian today is glossed into English words by
// ru_gloss.cc before these stages, so it reads through the English lexicon.)
//
// Thread-safety: a Lexicon is immutable after Parse(); Builtin() returns a shared
// instance built once (thread-safe static initialisation).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/status.h"

namespace dyad::text {

// The word classes, in one list: X(enumerator, name in the data file).
#define DYAD_WORD_CLASSES(X)                 \
  X(kTargetMarker, "target_marker")          \
  X(kActualMarker, "actual_marker")          \
  X(kTargetVerb, "target_verb")              \
  X(kGoalGerund, "goal_gerund")              \
  X(kGoalNoun, "goal_noun")                  \
  X(kGrowthUp, "growth_up")                  \
  X(kGrowthDown, "growth_down")              \
  X(kComparative, "comparative")             \
  X(kExportWord, "export_word")              \
  X(kImportWord, "import_word")              \
  X(kTradeNoun, "trade_noun")                \
  X(kTradeMeasure, "trade_measure")          \
  X(kTradeParticiple, "trade_participle")    \
  X(kTradeCompound, "trade_compound")        \
  X(kWorldModifier, "world_modifier")        \
  X(kTotalModifier, "total_modifier")        \
  X(kBalanceWord, "balance_word")            \
  X(kPackageNoun, "package_noun")            \
  X(kDistractor, "distractor")               \
  X(kShareWord, "share_word")                \
  X(kShareMakeVerb, "share_make_verb")       \
  X(kMoneyWord, "money_word")                \
  X(kPresentWord, "present_word")            \
  X(kComparisonWord, "comparison_word")      \
  X(kReferent, "referent")                   \
  X(kStageWord, "stage_word")                \
  X(kPairNoun, "pair_noun")                  \
  X(kExcluder, "excluder")                   \
  X(kPartnerNoun, "partner_noun")            \
  X(kPartnerModifier, "partner_modifier")    \
  X(kRankOrdinal, "rank_ordinal")            \
  X(kSigningVerb, "signing_verb")            \
  X(kTitleModifier, "title_modifier")        \
  X(kTitleStop, "title_stop")                \
  X(kCoopWord, "coop_word")                  \
  X(kAreaNoun, "area_noun")                  \
  X(kMonth, "month")                         \
  X(kWeekday, "weekday")                     \
  X(kNumberWord, "number_word")              \
  X(kPeriodOrdinal, "period_ordinal")         \
  X(kForecastMarker, "forecast_marker")       \
  X(kGroupNoun, "group_noun")                 \
  X(kSubnationalNoun, "subnational_noun")     \
  X(kOfferWord, "offer_word")               \
  X(kRateUnit, "rate_unit")                 \
  X(kSamePeriodNoun, "same_period_noun")    \
  X(kSameDatedNoun, "same_dated_noun")      \
  X(kSameWord, "same_word")                 \
  X(kCopula, "copula")                      \
  X(kMostAdjective, "most_adjective")        \
  X(kSuperlative, "superlative")             \
  X(kRankVerb, "rank_verb")                  \
  X(kRankedBelow, "ranked_below")            \
  X(kWholeNoun, "whole_noun")                \
  X(kCountryNoun, "country_noun")            \
  X(kMarketNoun, "market_noun")              \
  X(kSteadyVerb, "steady_verb")              \
  X(kFiscalYearStart, "fiscal_year_start")

enum class WordClass : uint8_t {
#define DYAD_WORD_CLASS_ENUM(e, name) e,
  DYAD_WORD_CLASSES(DYAD_WORD_CLASS_ENUM)
#undef DYAD_WORD_CLASS_ENUM
      kCount
};
static_assert(static_cast<int>(WordClass::kCount) <= 64, "a class mask is 64 bits");

// Languages with a lexicon file.
enum class Language : uint8_t { kEnglish };

// The data file name of a class ("growth_up"); nullopt for an unknown name.
std::string_view WordClassName(WordClass c);
std::optional<WordClass> WordClassFromName(std::string_view name);

// A bit per class: the classes a word belongs to.
using ClassMask = uint64_t;
constexpr ClassMask Bit(WordClass c) { return ClassMask{1} << static_cast<int>(c); }

class Lexicon {
 public:
  // Parses `class,word[,value]` lines ('#' starts a comment line; blank lines are
  // skipped). `word` is the folded form the tokenizer gives (lowercase, accents
  // folded, one token). Fails with "FILE:LINE: ..." on an unknown class, an empty
  // word, a word of several tokens or a value that is not an integer.
  static Result<Lexicon> Parse(std::string_view csv, std::string_view file_name);

  // The embedded lexicon of a language (data/text/<lang>/lexicon.csv).
  static const Lexicon& Builtin(Language lang);

  // The classes of a folded word (0 when it is in none).
  ClassMask Classes(std::string_view word) const;
  bool Is(std::string_view word, WordClass c) const { return (Classes(word) & Bit(c)) != 0; }
  // The value a class gives the word ("march" month 3, "third" rank_ordinal 3), or 0.
  int Value(std::string_view word, WordClass c) const;
  // The words of a class, in file order (for documentation and tests).
  std::vector<std::string> Words(WordClass c) const;
  size_t size() const { return entries_.size(); }

 private:
  struct Entry {
    ClassMask mask = 0;
    std::vector<std::pair<WordClass, int>> values;
  };
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, Entry, Hash, std::equal_to<>> entries_;
  std::vector<std::pair<WordClass, std::string>> order_;
};

}  // namespace dyad::text
