// JSON for checked articles in the shape of issue 5: {"date", "claims": [{kind, text,
// span, parties, ..., verdict, evidence, explanation}], ...} (docs/checking.md, "Output").
// Pure; thread-safe.
#pragma once

#include <nlohmann/json.hpp>

#include "check/verdict.h"

namespace dyad::check {

nlohmann::json EvidenceToJson(const Evidence& e);
nlohmann::json CheckedClaimToJson(const CheckedClaim& c);
// {"date", "date_source", "pair", "warnings", "claims", "summary": {verdict: count}}.
nlohmann::json CheckedArticleToJson(const CheckedArticle& a);

}  // namespace dyad::check
