// JSON for claims, in the shape of issue 5 (docs/extraction.md). "verdict",
// "evidence" and "explanation" are written as null, [] and null: `dyad check` fills
// them (it may start from ClaimToJson and overwrite those three keys). Pure; thread-safe.
#pragma once

#include <nlohmann/json.hpp>

#include "text/claims.h"

namespace dyad::text {

// One claim: kind, text, span, parties, year, months, value_usd, percent, qualifier,
// rank, group, after, goods, target_year, agreement, areas, verdict, evidence,
// explanation, then the extra fields speaker, measure, currency, amount, from_year,
// target_stage.
nlohmann::json ClaimToJson(const Claim& claim);

// {"date", "date_source", "pair", "warnings", "claims": [...]}.
nlohmann::json ArticleToJson(const Article& article);

// "2023", "2023 (1-11)", "" when no period.
std::string PeriodLabel(const Claim& claim);

}  // namespace dyad::text
