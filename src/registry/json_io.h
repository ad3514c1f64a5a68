// The registry's JSON form (import, export, `agreements add --json`, the built-in
// seed). Schema: docs/registry.md. Parsing checks types and dates and names the place
// of every error ("f.json: agreements[2].signed: invalid date ..."; syntax errors as
// "f.json:3:14: ..."); vocabulary and countries are checked by Registry::Import.
// Pure functions; thread-safe.
#pragma once

#include <string_view>

#include <nlohmann/json.hpp>

#include "base/status.h"
#include "registry/registry.h"

namespace dyad::registry {

inline constexpr std::string_view kJsonFormat = "dyad-registry";
inline constexpr int kJsonVersion = 1;
// Inputs larger than this are refused before parsing.
inline constexpr size_t kMaxJsonBytes = 64u << 20;

// Parses a registry document: an object {"format", "version", "agreements", "targets",
// "area_announcements", "vocabulary"} or a bare array of agreements.
Result<RegistryData> ParseRegistryJson(std::string_view text, std::string_view file_name);

// One agreement object (for `agreements add --json`); `where` prefixes errors.
Result<Agreement> ParseAgreementJson(std::string_view text, std::string_view where);
// One target / area announcement object, as in a registry document.
Result<Target> ParseTargetJson(std::string_view text, std::string_view where);
Result<AreaAnnouncement> ParseAnnouncementJson(std::string_view text, std::string_view where);

nlohmann::json RegistryToJson(const RegistryData& data);
nlohmann::json AgreementToJson(const Agreement& a);
nlohmann::json TargetToJson(const Target& t);
nlohmann::json AnnouncementToJson(const AreaAnnouncement& a);
nlohmann::json SourceToJson(const Source& s);

}  // namespace dyad::registry
