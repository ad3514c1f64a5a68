// Files: whole-file reads, durable writes, atomic replacement, memory maps, locks and
// checksums. All writes in dyad go through WritableFile so tests can inject faults
// (fail the Nth write, see SetWriteFaultForTesting). Functions are thread-compatible;
// the fault-injection counter is global and meant for single-threaded tests.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "base/status.h"

namespace dyad {

namespace fs = std::filesystem;

// Reads the whole file. Fails with kNotFound if it does not exist, kIoError otherwise.
Result<std::string> ReadFile(const fs::path& path);

// An append-only file opened for writing (created or truncated).
class WritableFile {
 public:
  static Result<WritableFile> Create(const fs::path& path);
  // Opens for appending, creating the file if needed; size() starts at its length.
  static Result<WritableFile> OpenAppend(const fs::path& path);
  WritableFile(WritableFile&& other) noexcept;
  WritableFile& operator=(WritableFile&& other) noexcept;
  WritableFile(const WritableFile&) = delete;
  WritableFile& operator=(const WritableFile&) = delete;
  ~WritableFile();

  Status Append(std::string_view data);
  Status Sync();   // fdatasync: data is durable when this returns OK
  Status Close();  // idempotent
  uint64_t size() const { return size_; }
  const fs::path& path() const { return path_; }

 private:
  WritableFile(int fd, fs::path path) : fd_(fd), path_(std::move(path)) {}
  int fd_ = -1;
  fs::path path_;
  uint64_t size_ = 0;
};

// Writes `data` to `path` so that readers see either the old file or the whole new one:
// a temporary beside it, fsync, rename over, fsync of the directory.
Status WriteFileAtomic(const fs::path& path, std::string_view data);

// fsyncs a directory so that renames and creations in it are durable.
Status SyncDir(const fs::path& dir);

// A read-only memory map of a whole file. The view stays valid while the object lives.
class MappedFile {
 public:
  static Result<MappedFile> Open(const fs::path& path);
  MappedFile() = default;
  MappedFile(MappedFile&& other) noexcept;
  MappedFile& operator=(MappedFile&& other) noexcept;
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  ~MappedFile();

  std::string_view data() const { return {static_cast<const char*>(addr_), size_}; }
  size_t size() const { return size_; }

 private:
  void* addr_ = nullptr;
  size_t size_ = 0;
};

// An advisory lock on a file (flock). Exclusive for writers, shared for readers.
// Released when the object is destroyed or the process dies.
class FileLock {
 public:
  enum class Mode { kShared, kExclusive };
  // Blocks until the lock is held.
  static Result<FileLock> Acquire(const fs::path& path, Mode mode);
  FileLock(FileLock&& other) noexcept;
  FileLock& operator=(FileLock&& other) noexcept;
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;
  ~FileLock();

 private:
  explicit FileLock(int fd) : fd_(fd) {}
  int fd_ = -1;
};

// 64-bit checksum (XXH3) of a byte range, and its lowercase 16-digit hex form.
uint64_t Checksum64(std::string_view data);
std::string ChecksumHex(uint64_t checksum);

// Streaming checksum for data that arrives in pieces; equals Checksum64 of the whole.
class Checksummer {
 public:
  Checksummer();
  ~Checksummer();
  Checksummer(const Checksummer&) = delete;
  Checksummer& operator=(const Checksummer&) = delete;
  void Update(std::string_view data);
  uint64_t Digest() const;

 private:
  void* state_;
};

// Test hook: the Nth call from now to WritableFile::Append/Sync fails with kIoError
// ("injected write fault"); n = 0 disables.
void SetWriteFaultForTesting(int n);

}  // namespace dyad
