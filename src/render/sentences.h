// The sentences of the pair brief that the terminal profile and the HTML report both
// print, so they read the same in both.
#pragma once

#include <string>

#include "analytics/profile.h"

namespace dyad::render {

// "KAZ is TJK's 2nd partner in 2023, after RUS (2 of 12 ranked; official: TJK national
// statistics)", or why there is no ranking.
std::string RankSentence(const analytics::ProfileRank& r);

// "TJK is 1.23% of KAZ's trade in 2022 (X of Y US dollars; source)"; `usd` formats the
// amounts (the CLI's cell format, or words).
std::string ShareSentence(const analytics::ProfileShare& s, std::string (*usd)(std::optional<int64_t>));

}  // namespace dyad::render
