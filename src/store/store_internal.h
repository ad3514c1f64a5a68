// Pieces shared by the store's implementation files: manifest I/O, the commit switch,
// garbage collection, snapshot loading and the import transaction factory. Internal:
// nothing outside src/store includes this.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "base/files.h"
#include "store/manifest.h"
#include "store/store.h"

namespace dyad::store::internal {

inline constexpr std::string_view kWriterLockName = "LOCK";
inline constexpr std::string_view kReadersLockName = "READERS";

// The manifest in `dir`; an empty one (generation 0) when the store has none yet.
Result<Manifest> ReadManifest(const fs::path& dir);

// Replaces the manifest (the commit point). Caller holds the writer lock.
Status PublishManifest(const fs::path& dir, const Manifest& m);

// Deletes the store files in `dir` that `live` does not list (leftovers of interrupted
// imports, files of replaced datasets). Waits until no reader is between reading a
// manifest and mapping its files. Caller holds the writer lock. Best effort.
void CollectGarbage(const fs::path& dir, const Manifest& live);

// Maps every file of `m`, checking sizes and footer checksums against it.
Result<std::shared_ptr<const Snapshot>> LoadSnapshot(const fs::path& dir, const Manifest& m);

// A new import transaction that owns the writer lock.
std::unique_ptr<ImportTxn> NewImportTxn(fs::path dir, FileLock lock, Manifest base,
                                        std::shared_ptr<const Snapshot> base_snapshot,
                                        DatasetInfo info);

// "g00000012-y2022.dyp": the files the store writes (and may delete).
std::string PartitionFileName(uint64_t generation, uint16_t year);
std::string MetaFileName(uint64_t generation);
bool IsStoreFileName(std::string_view name);

// The current time, UTC, ISO 8601 to the second: "2026-11-29T00:12:03Z".
std::string NowUtc();

// Checks a dataset name: 1-64 of [A-Za-z0-9._-], not starting with '.'.
Status CheckDatasetName(std::string_view name);

}  // namespace dyad::store::internal
