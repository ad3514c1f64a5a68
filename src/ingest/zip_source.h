// Reading BACI release zips in place with libzip: list the entries and stream one
// entry's decompressed bytes, never unpacking to disk. A ZipArchive is not thread-safe;
// its entry sources must be read one at a time and must not outlive it.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "ingest/source.h"

struct zip;

namespace dyad::ingest {

struct ZipEntry {
  uint64_t index = 0;
  std::string name;       // path inside the archive
  uint64_t size = 0;      // uncompressed bytes
};

class ZipArchive {
 public:
  // Opens read-only. Fails with kInvalidInput ("FILE: not a zip archive (...)").
  static Result<std::unique_ptr<ZipArchive>> Open(const std::filesystem::path& path);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  const std::vector<ZipEntry>& entries() const { return entries_; }
  // A stream of one entry's bytes.
  Result<std::unique_ptr<ByteSource>> OpenEntry(const ZipEntry& entry);

 private:
  ZipArchive(zip* archive, std::string name) : archive_(archive), name_(std::move(name)) {}
  zip* archive_;
  std::string name_;
  std::vector<ZipEntry> entries_;
};

}  // namespace dyad::ingest
