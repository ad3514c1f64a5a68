// The container every store file shares: a header (magic, format version, file kind),
// sections, a section table and a footer with an XXH3 checksum of everything before it
// (docs/store-format.md). ContainerWriter streams sections to a sink while checksumming;
// ParseContainer validates structure cheaply (no checksum pass); VerifyChecksum does
// the full pass. Not thread-safe per object.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/files.h"
#include "base/status.h"

namespace dyad::store {

inline constexpr char kMagic[8] = {'D', 'Y', 'A', 'D', 'S', 'T', 'O', 'R'};
inline constexpr char kEndMagic[8] = {'D', 'Y', 'A', 'D', 'E', 'N', 'D', '1'};
inline constexpr uint32_t kFormatVersion = 1;
inline constexpr size_t kHeaderSize = 24;
inline constexpr size_t kFooterSize = 24;

enum class FileKind : uint32_t { kManifest = 1, kPartition = 2, kMeta = 3 };

class ContainerWriter {
 public:
  using Sink = std::function<Status(std::string_view)>;
  ContainerWriter(FileKind kind, Sink sink);
  ContainerWriter(const ContainerWriter&) = delete;
  ContainerWriter& operator=(const ContainerWriter&) = delete;

  // Appends a section (padded to a multiple of 8 bytes so records stay aligned).
  Status AddSection(uint32_t id, std::string_view data);
  // Writes the section table and the footer. Returns the footer checksum.
  Result<uint64_t> Finish();
  uint64_t size() const { return size_; }

 private:
  Status Emit(std::string_view data);
  struct Entry {
    uint32_t id;
    uint64_t offset, size;
  };
  Sink sink_;
  Checksummer checksum_;
  std::vector<Entry> sections_;
  uint64_t size_ = 0;
  Status status_;
};

// A parsed container over bytes that outlive it.
struct Container {
  FileKind kind{};
  uint64_t checksum = 0;  // as stored in the footer
  std::vector<std::pair<uint32_t, std::string_view>> sections;
  // The section with `id`, or an empty view (found = false) when absent.
  std::string_view Section(uint32_t id, bool* found = nullptr) const;
};

// Checks magic, version, kind, footer and the section table. `name` prefixes errors:
// "store/g000003-y2022.dyp: bad magic".
Result<Container> ParseContainer(std::string_view data, FileKind expected,
                                 std::string_view name);

// Recomputes the checksum of the bytes before the footer and compares.
Status VerifyChecksum(std::string_view data, std::string_view name);

}  // namespace dyad::store
