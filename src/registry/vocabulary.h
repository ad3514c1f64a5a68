// The registry's controlled vocabularies (agreement kinds, levels, statuses, sub-state
// party kinds; cooperation areas come from reference/areas.h) and the validation of entries
// against them and against the size limits. Pure functions over immutable tables;
// thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "registry/registry.h"

namespace dyad::registry {

// Size limits (bytes) enforced on every stored text field.
inline constexpr size_t kMaxTitleBytes = 1000;
inline constexpr size_t kMaxQuoteBytes = 10000;
inline constexpr size_t kMaxNotesBytes = 10000;
inline constexpr size_t kMaxUrlBytes = 2000;
inline constexpr size_t kMaxShortBytes = 1000;  // place, names, signatories, ...
inline constexpr size_t kMaxListItems = 200;    // parties, areas, sources, ...

const std::vector<std::string>& BuiltinKinds();
// The codes of reference::Areas (data/reference/areas.csv), alphabetical.
const std::vector<std::string>& BuiltinAreas();
const std::vector<std::string>& Levels();
const std::vector<std::string>& Statuses();
const std::vector<std::string>& PartyKinds();
const std::vector<std::string>& Metrics();

// Resolves an area as written ("Transportation", "space technologies", "sports") to a
// name of `known` (the registry's vocabulary): the name itself, or a built-in area by the
// label or a phrase of reference/areas.h. kNotFound names the field and suggests close
// names of `known`.
Result<std::string> ResolveArea(std::string_view field, std::string_view text,
                                const std::vector<std::string>& known);

// Checks that `name` is a valid vocabulary identifier: [a-z0-9_]+, at most 64 bytes.
Status ValidateVocabularyName(std::string_view field, std::string_view name);

// Resolves a country as written ("KAZ", "Kazakhstan", "kazakh") to its alpha-3 code;
// the error names the field: `parties[1].state: unknown country "Tajikstan"; did you
// mean Tajikistan (TJK)?`.
Result<std::string> ResolveState(std::string_view field, std::string_view text);

// Checks one text field: valid UTF-8, no NUL, at most `max_bytes`; `required` rejects
// an empty (or all-blank) value. Messages: "title: must not be empty",
// "title: 1204 bytes, at most 1000 allowed", "title: invalid UTF-8 at byte 7".
Status ValidateText(std::string_view field, std::string_view value, size_t max_bytes,
                    bool required = false);

// Canonicalises and validates an entry (state names to codes, areas sorted and unique,
// title trimmed) against the built-in vocabulary plus `kinds`/`areas` (the registry's
// full lists). Errors name the field ("valid_to: 2022-12-31 is before valid_from
// 2023-01-01").
Status NormalizeAgreement(Agreement* a, const std::vector<std::string>& kinds,
                          const std::vector<std::string>& areas);
Status NormalizeTarget(Target* t);
Status NormalizeAreaAnnouncement(AreaAnnouncement* a, const std::vector<std::string>& areas);

// The de-duplication key: sorted state codes, kind, signing date and the folded title
// (case, accents, punctuation and whitespace removed). See docs/registry.md.
std::string AgreementKey(const Agreement& a);
std::string NormalizeTitleForKey(std::string_view title);

}  // namespace dyad::registry
