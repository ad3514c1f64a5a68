// ByteSource: a forward-only stream of a file's bytes — a plain file read in large
// blocks, a buffer in memory, or an entry of a zip archive decompressed on the fly —
// so importers parse big inputs without holding them whole. Not thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "base/status.h"

namespace dyad::ingest {

class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads up to `n` bytes into `buf`; returns 0 at the end. Fails with kIoError.
  virtual Result<size_t> Read(char* buf, size_t n) = 0;
  // Total bytes, or 0 when unknown.
  virtual uint64_t size() const = 0;
};

// A regular file read with read(2) in the caller's block size.
Result<std::unique_ptr<ByteSource>> OpenFileSource(const std::filesystem::path& path);

// Bytes held elsewhere; `data` must outlive the source.
std::unique_ptr<ByteSource> MemorySource(std::string_view data);

// Reads the rest of `source` into a string.
Result<std::string> ReadAll(ByteSource& source);

}  // namespace dyad::ingest
