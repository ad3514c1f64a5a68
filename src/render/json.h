// One JSON writer per entity, shared by `--format json`, the HTTP API (which runs the
// same commands) and the HTML report: a figure, a composition, a target with its
// assessment, an agreement, a rank, the pair profile. Agreements and targets are written
// in the registry's JSON schema (registry/json_io.h, docs/registry.md) plus what the
// context adds ("in_force", the assessment), so an entity has one shape everywhere.
// The contracts are documented in docs/json.md. Pure functions.
#pragma once

#include <cstdint>
#include <optional>

#include <nlohmann/json.hpp>

#include "analytics/composition.h"
#include "analytics/figure.h"
#include "analytics/profile.h"
#include "analytics/targets.h"
#include "base/date.h"
#include "registry/registry.h"

namespace dyad::render {

// A JSON number, or null when absent.
nlohmann::json Opt(std::optional<double> x);
nlohmann::json Opt(std::optional<int64_t> x);

nlohmann::json FigureJson(const analytics::Figure& f);
nlohmann::json CompositionJson(const analytics::CompositionResult& c);
// The registry's target object under "target", then its assessment.
nlohmann::json TargetStatusJson(const analytics::TargetStatus& s);
// The registry's agreement object, plus "in_force" on `on`.
nlohmann::json AgreementJson(const registry::Agreement& a, const Date& on);
nlohmann::json RankJson(const analytics::ProfileRank& r);
nlohmann::json ProfileJson(const analytics::PairProfile& p);

}  // namespace dyad::render
