// Short one-line texts for report tables: what a claim says ("KAZ-TJK trade 2023:
// $1.13 billion") and what a piece of evidence is ("official TJK 2023: $1,148.8 million
// approx. (-1.6%)"). Pure; thread-safe.
#pragma once

#include <string>

#include "check/verdict.h"

namespace dyad::check {

std::string ClaimSummary(const text::Claim& claim);
std::string EvidenceSummary(const Evidence& e);

}  // namespace dyad::check
