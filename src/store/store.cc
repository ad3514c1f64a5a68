// The Store: directory layout, locks, manifest switching, garbage collection and
// verification. The commit protocol and the reader rule are in docs/store-format.md.
#include "store/store.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <mutex>
#include <set>

#include "store/container.h"
#include "store/encoding.h"
#include "store/meta.h"
#include "store/partition.h"
#include "store/store_internal.h"

namespace dyad::store {
namespace internal {

Result<Manifest> ReadManifest(const fs::path& dir) {
  Result<std::string> bytes = ReadFile(dir / kManifestName);
  if (!bytes.ok()) {
    if (bytes.status().code() == StatusCode::kNotFound) return Manifest{};
    return bytes.status();
  }
  return DecodeManifest(*bytes, "store/" + std::string(kManifestName));
}

Status PublishManifest(const fs::path& dir, const Manifest& m) {
  Status s = WriteFileAtomic(dir / kManifestName, EncodeManifest(m));
  if (s.ok()) return s;
  // The rename may have happened before a later step failed: then the commit stands.
  Result<Manifest> now = ReadManifest(dir);
  if (now.ok() && now->generation == m.generation) return Status::Ok();
  return s;
}

std::string PartitionFileName(uint64_t generation, uint16_t year) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "g%08llu-y%04u.dyp", static_cast<unsigned long long>(generation),
                static_cast<unsigned>(year));
  return buf;
}

std::string MetaFileName(uint64_t generation) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "g%08llu-meta.dyp", static_cast<unsigned long long>(generation));
  return buf;
}

bool IsStoreFileName(std::string_view name) {
  if (name.rfind("MANIFEST.tmp.", 0) == 0) return true;
  return name.size() > 5 && name[0] == 'g' && name.substr(name.size() - 4) == ".dyp";
}

void CollectGarbage(const fs::path& dir, const Manifest& live) {
  std::set<std::string> keep;
  for (const DatasetEntry& d : live.datasets) {
    for (const StoredFile& f : d.files) keep.insert(f.name);
  }
  Result<FileLock> readers = FileLock::Acquire(dir / kReadersLockName, FileLock::Mode::kExclusive);
  if (!readers.ok()) return;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    std::string name = entry.path().filename().string();
    if (IsStoreFileName(name) && keep.count(name) == 0) ::unlink(entry.path().c_str());
  }
}

std::string NowUtc() {
  std::time_t t = std::time(nullptr);
  std::tm tm;
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

Status CheckDatasetName(std::string_view name) {
  bool ok = !name.empty() && name.size() <= 64 && name[0] != '.';
  for (char c : name) {
    ok = ok && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                c == '.' || c == '_' || c == '-');
  }
  if (ok) return Status::Ok();
  return InvalidInput("dataset name \"" + std::string(name) +
                      "\": use 1-64 letters, digits, '.', '_' or '-'");
}

}  // namespace internal

namespace {

using namespace internal;

// A non-blocking exclusive flock: true when held (released with the fd).
class TryLock {
 public:
  explicit TryLock(const fs::path& path) {
    fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd_ >= 0 && ::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
      ::close(fd_);
      fd_ = -1;
    }
  }
  ~TryLock() {
    if (fd_ >= 0) ::close(fd_);
  }
  bool held() const { return fd_ >= 0; }

 private:
  int fd_ = -1;
};

class StoreImpl final : public Store {
 public:
  explicit StoreImpl(fs::path dir) : dir_(std::move(dir)) {}

  const fs::path& dir() const override { return dir_; }

  Result<std::unique_ptr<ImportTxn>> BeginImport(DatasetInfo info) override {
    DYAD_RETURN_IF_ERROR(CheckDatasetName(info.name));
    DYAD_ASSIGN_OR_RETURN(FileLock lock,
                          FileLock::Acquire(dir_ / kWriterLockName, FileLock::Mode::kExclusive));
    DYAD_ASSIGN_OR_RETURN(Manifest m, ReadManifest(dir_));
    CollectGarbage(dir_, m);
    DYAD_ASSIGN_OR_RETURN(std::shared_ptr<const Snapshot> snap, OpenSnapshot());
    return NewImportTxn(dir_, std::move(lock), std::move(m), std::move(snap), std::move(info));
  }

  Result<std::shared_ptr<const Snapshot>> OpenSnapshot() override {
    // A commit replaces MANIFEST by a rename and never writes it in place, so while its
    // inode, size and times are those of the manifest the cached snapshot was loaded
    // from, nothing was committed since: one stat, no lock, no read (dyad serve takes a
    // snapshot per request).
    ManifestId now = StatManifest();
    {
      std::lock_guard<std::mutex> guard(mu_);
      if (cached_ != nullptr && now.known && now == cached_id_) return cached_;
    }
    // The shared lock keeps garbage collection from deleting files between reading the
    // manifest and mapping them; once mapped, they survive deletion.
    DYAD_ASSIGN_OR_RETURN(FileLock readers,
                          FileLock::Acquire(dir_ / kReadersLockName, FileLock::Mode::kShared));
    ManifestId before = StatManifest();
    DYAD_ASSIGN_OR_RETURN(Manifest m, ReadManifest(dir_));
    ManifestId after = StatManifest();
    std::lock_guard<std::mutex> guard(mu_);
    // The manifest's checksum identifies the state (a generation number alone would not
    // if the directory were replaced behind our back).
    if (cached_ == nullptr || cached_checksum_ != m.checksum) {
      DYAD_ASSIGN_OR_RETURN(cached_, LoadSnapshot(dir_, m));
      cached_checksum_ = m.checksum;
    }
    // Remembered only when no commit replaced the file while it was read, and once the
    // file is two seconds old: file times come from a coarse clock, so a file replaced
    // within the same tick by one of the same size on a reused inode could look the same
    // (git's "racy clean" problem); until then every call reads the manifest.
    timespec now_ts{};
    clock_gettime(CLOCK_REALTIME, &now_ts);
    bool settled = after.known && now_ts.tv_sec - after.mtime.tv_sec >= 2 && now_ts.tv_sec - after.ctime.tv_sec >= 2;
    cached_id_ = before == after && settled ? after : ManifestId{};
    return cached_;
  }

  Result<VerifyReport> Verify(ProgressSink* progress) override;

  Status RemoveDataset(std::string_view name) override {
    DYAD_ASSIGN_OR_RETURN(FileLock lock,
                          FileLock::Acquire(dir_ / kWriterLockName, FileLock::Mode::kExclusive));
    DYAD_ASSIGN_OR_RETURN(Manifest m, ReadManifest(dir_));
    auto it = std::find_if(m.datasets.begin(), m.datasets.end(),
                           [&](const DatasetEntry& d) { return d.info.name == name; });
    if (it == m.datasets.end()) return NotFound("no dataset named \"" + std::string(name) + "\"");
    m.datasets.erase(it);
    ++m.generation;
    DYAD_RETURN_IF_ERROR(PublishManifest(dir_, m));
    CollectGarbage(dir_, m);
    return Status::Ok();
  }

 private:
  // Which file MANIFEST is: unknown when it cannot be stat'ed (no manifest yet).
  struct ManifestId {
    bool known = false;
    dev_t dev = 0;
    ino_t ino = 0;
    off_t size = 0;
    timespec mtime{}, ctime{};
    bool operator==(const ManifestId& o) const {
      return known == o.known && dev == o.dev && ino == o.ino && size == o.size &&
             mtime.tv_sec == o.mtime.tv_sec && mtime.tv_nsec == o.mtime.tv_nsec &&
             ctime.tv_sec == o.ctime.tv_sec && ctime.tv_nsec == o.ctime.tv_nsec;
    }
  };
  ManifestId StatManifest() const {
    struct stat st;
    if (::stat(manifest_path_.c_str(), &st) != 0) return {};
    return {true, st.st_dev, st.st_ino, st.st_size, st.st_mtim, st.st_ctim};
  }

  fs::path dir_;
  fs::path manifest_path_ = dir_ / kManifestName;
  std::mutex mu_;
  std::shared_ptr<const Snapshot> cached_;
  uint64_t cached_checksum_ = 0;
  ManifestId cached_id_;
};

Result<VerifyReport> StoreImpl::Verify(ProgressSink* progress) {
  VerifyReport report;
  Manifest m;
  {
    DYAD_ASSIGN_OR_RETURN(FileLock readers,
                          FileLock::Acquire(dir_ / kReadersLockName, FileLock::Mode::kShared));
    DYAD_ASSIGN_OR_RETURN(m, ReadManifest(dir_));
  }
  uint64_t bytes_total = 0, bytes_done = 0;
  for (const DatasetEntry& d : m.datasets) {
    for (const StoredFile& f : d.files) bytes_total += f.size;
  }
  for (const DatasetEntry& d : m.datasets) {
    uint64_t product_rows = 0;
    std::vector<uint16_t> years;
    for (const StoredFile& f : d.files) {
      std::string name = "store/" + f.name;
      // Mapping keeps the file alive even if a concurrent import deletes it.
      Result<MappedFile> file = MappedFile::Open(dir_ / f.name);
      if (!file.ok()) {
        Result<Manifest> now = ReadManifest(dir_);
        if (now.ok() && now->generation != m.generation) {
          return Busy("the store changed while verifying (an import committed); run verify again");
        }
        return Corrupt(name + ": listed in the manifest but cannot be opened: " +
                       file.status().message());
      }
      if (file->size() != f.size) {
        return Corrupt(name + ": size " + std::to_string(file->size()) + ", the manifest says " +
                       std::to_string(f.size));
      }
      DYAD_RETURN_IF_ERROR(VerifyChecksum(file->data(), name));
      if (enc::LoadLE<uint64_t>(file->data().data() + file->size() - 16) != f.checksum) {
        return Corrupt(name + ": checksum does not match the manifest");
      }
      if (f.type == StoredFileType::kPartition) {
        DYAD_ASSIGN_OR_RETURN(auto p, Partition::Open(std::move(*file), name));
        if (p->year() != f.year || p->rows() != f.rows) {
          return Corrupt(name + ": year or row count differs from the manifest");
        }
        if (!years.empty() && f.year <= years.back()) {
          return Corrupt(name + ": partitions of dataset " + d.info.name + " not in year order");
        }
        years.push_back(f.year);
        DYAD_RETURN_IF_ERROR(p->Verify());
        product_rows += p->rows();
      } else {
        DYAD_ASSIGN_OR_RETURN(auto meta, MetaFile::Open(std::move(*file), name));
        DYAD_RETURN_IF_ERROR(meta->Verify());
        if (meta->aggregates().size() != d.aggregate_rows || meta->aggregates().size() != f.rows) {
          return Corrupt(name + ": aggregate row count differs from the manifest");
        }
        if (meta->description_count() != d.descriptions) {
          return Corrupt(name + ": description count differs from the manifest");
        }
        std::vector<uint16_t> agg_years;
        for (const AggregateFlow& a : meta->aggregates()) {
          if (agg_years.empty() || agg_years.back() != a.year) agg_years.push_back(a.year);
        }
        if (agg_years != d.aggregate_years) {
          return Corrupt(name + ": aggregate years differ from the manifest");
        }
      }
      ++report.files;
      bytes_done += f.size;
      if (progress != nullptr) progress->Update("verifying", bytes_done, bytes_total, report.rows);
    }
    if (product_rows != d.product_rows) {
      return Corrupt("store/MANIFEST: dataset " + d.info.name + ": product rows " +
                     std::to_string(d.product_rows) + ", its partitions hold " +
                     std::to_string(product_rows));
    }
    report.rows += d.product_rows + d.aggregate_rows;
    ++report.datasets;
  }
  if (progress != nullptr) progress->Finish();
  return report;
}

}  // namespace

Result<std::unique_ptr<Store>> Store::Open(const fs::path& data_dir) {
  fs::path dir = data_dir / "store";
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return IoError(dir.string() + ": cannot create directory: " + ec.message());
  DYAD_ASSIGN_OR_RETURN(Manifest m, ReadManifest(dir));
  {
    // Clean up after interrupted imports, unless one is running right now.
    TryLock writer(dir / kWriterLockName);
    if (writer.held()) CollectGarbage(dir, m);
  }
  return std::unique_ptr<Store>(std::make_unique<StoreImpl>(dir));
}

}  // namespace dyad::store
