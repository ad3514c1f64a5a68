// Built-in knowledge: the official bilateral totals compiled into dyad
// (data/official/tajikistan-kazakhstan-official-totals.csv) become the store's
// "official" dataset on first use, so questions work on a fresh machine with no
// downloads. Safe to call from several processes at once (the store's import lock).
#pragma once

#include "base/status.h"
#include "store/store.h"

namespace dyad::ingest {

inline constexpr char kOfficialDataset[] = "official";
inline constexpr char kOfficialFile[] = "tajikistan-kazakhstan-official-totals.csv";

// Imports the built-in totals as dataset "official" unless the store already holds
// them (same file checksum). A newer built-in file replaces an older one; a user's own
// dataset named "official" from another file is left alone.
Status EnsureBuiltinKnowledge(store::Store& store);

}  // namespace dyad::ingest
