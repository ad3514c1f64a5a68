// The MANIFEST: the list of live datasets and their files, with sizes and checksums.
// Replacing it (WriteFileAtomic) is the commit point of every import. Plain values;
// encode/decode are pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "store/types.h"

namespace dyad::store {

enum class StoredFileType : uint8_t { kPartition = 1, kMeta = 2 };

struct StoredFile {
  std::string name;  // base name inside the store directory
  StoredFileType type = StoredFileType::kPartition;
  uint16_t year = 0;  // partitions only
  uint64_t rows = 0;  // product rows (partition) or aggregate rows (meta)
  uint64_t size = 0;
  uint64_t checksum = 0;  // the footer checksum
};

struct DatasetEntry {
  DatasetInfo info;
  uint64_t product_rows = 0;
  uint64_t aggregate_rows = 0;
  uint64_t descriptions = 0;
  std::vector<uint16_t> aggregate_years;
  std::vector<StoredFile> files;  // partitions ascending by year, then the meta file
};

struct Manifest {
  uint64_t generation = 0;
  uint64_t checksum = 0;  // of the file it was decoded from (not encoded); 0 when none
  std::vector<DatasetEntry> datasets;  // ascending by name
};

inline constexpr std::string_view kManifestName = "MANIFEST";

std::string EncodeManifest(const Manifest& m);
// `name` prefixes errors ("store/MANIFEST: checksum mismatch").
Result<Manifest> DecodeManifest(std::string_view data, std::string_view name);

}  // namespace dyad::store
