// The meta file of a dataset: its national-totals rows (aggregate flows, with their
// qualifiers and sources) and its product descriptions. Written once per import when
// the dataset has either. MetaFile is immutable after Open; thread-safe to read.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/files.h"
#include "base/status.h"
#include "store/manifest.h"
#include "store/types.h"

namespace dyad::store {

// Encodes and writes (fsynced) `dir/name`. `aggregates` must be sorted;
// `descriptions` sorted by hs6 and unique.
Result<StoredFile> WriteMetaFile(const fs::path& dir, const std::string& name,
                                 const std::vector<AggregateFlow>& aggregates,
                                 const std::vector<std::pair<uint32_t, std::string>>& descriptions);

class MetaFile {
 public:
  // Decodes the aggregate rows (country codes resolved against the built-in table).
  static Result<std::unique_ptr<MetaFile>> Open(MappedFile file, std::string name);

  const std::vector<AggregateFlow>& aggregates() const { return aggregates_; }
  size_t description_count() const { return index_.size() / 12; }
  std::string_view Description(uint32_t hs6) const;
  std::string_view bytes() const { return file_.data(); }
  // Checks the description index (sorted, in range) beyond what Open checks.
  Status Verify() const;

 private:
  MetaFile() = default;
  MappedFile file_;
  std::string name_;
  std::vector<AggregateFlow> aggregates_;
  std::string_view index_, text_;
};

// The order aggregate rows are stored in.
bool AggregateLess(const AggregateFlow& a, const AggregateFlow& b);

}  // namespace dyad::store
