// The registry's flat CSV form for agreements (RFC 4180; one row per agreement; list
// fields joined with ';'). Column meanings and escaping: docs/registry.md. Errors name
// "file.csv:LINE: field: ...". Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "registry/registry.h"

namespace dyad::registry {

// The columns, in export order.
const std::vector<std::string>& CsvColumns();

// Parses agreements; RegistryData::agreement_origins holds "file.csv:LINE" per row.
Result<RegistryData> ParseAgreementsCsv(std::string_view text, std::string_view file_name);

// Header plus one row per agreement, CRLF-free ("\n" line ends).
std::string AgreementsToCsv(const std::vector<Agreement>& agreements);

// List-field helpers: items joined with ';', where '\' escapes ';' and '\' (and, in
// parties, ':' and '@').
std::string JoinList(const std::vector<std::string>& items);
std::vector<std::string> SplitList(std::string_view text, char sep = ';');

// "Turkistan:KAZ:city@2024-01-05" <-> Party (state-only parties are just "KAZ").
std::string PartyToText(const Party& p);
Result<Party> PartyFromText(std::string_view text);

}  // namespace dyad::registry
