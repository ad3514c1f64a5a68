#include "ingest/zip_source.h"

#include <zip.h>

namespace dyad::ingest {
namespace {

class ZipEntrySource final : public ByteSource {
 public:
  ZipEntrySource(zip_file_t* file, uint64_t size, std::string name)
      : file_(file), size_(size), name_(std::move(name)) {}
  ~ZipEntrySource() override { zip_fclose(file_); }
  Result<size_t> Read(char* buf, size_t n) override {
    size_t done = 0;
    while (done < n) {
      zip_int64_t r = zip_fread(file_, buf + done, n - done);
      if (r < 0) {
        return InvalidInput(name_ + ": cannot decompress: " + zip_error_strerror(zip_file_get_error(file_)));
      }
      if (r == 0) break;
      done += static_cast<size_t>(r);
    }
    return done;
  }
  uint64_t size() const override { return size_; }

 private:
  zip_file_t* file_;
  uint64_t size_;
  std::string name_;
};

}  // namespace

Result<std::unique_ptr<ZipArchive>> ZipArchive::Open(const std::filesystem::path& path) {
  int err = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_RDONLY, &err);
  if (z == nullptr) {
    zip_error_t e;
    zip_error_init_with_code(&e, err);
    std::string what = zip_error_strerror(&e);
    zip_error_fini(&e);
    if (err == ZIP_ER_NOENT) return NotFound(path.string() + ": no such file");
    return InvalidInput(path.string() + ": not a readable zip archive (" + what + ")");
  }
  std::unique_ptr<ZipArchive> archive(new ZipArchive(z, path.filename().string()));
  zip_int64_t n = zip_get_num_entries(z, 0);
  for (zip_int64_t i = 0; i < n; ++i) {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(z, static_cast<zip_uint64_t>(i), 0, &st) != 0) continue;
    if (!(st.valid & ZIP_STAT_NAME)) continue;
    std::string name = st.name;
    if (!name.empty() && name.back() == '/') continue;  // a directory
    archive->entries_.push_back({static_cast<uint64_t>(i), name, (st.valid & ZIP_STAT_SIZE) ? st.size : 0});
  }
  return archive;
}

ZipArchive::~ZipArchive() { zip_discard(archive_); }

Result<std::unique_ptr<ByteSource>> ZipArchive::OpenEntry(const ZipEntry& entry) {
  zip_file_t* f = zip_fopen_index(archive_, entry.index, 0);
  if (f == nullptr) {
    return InvalidInput(name_ + "/" + entry.name + ": cannot open: " + zip_strerror(archive_));
  }
  return std::unique_ptr<ByteSource>(std::make_unique<ZipEntrySource>(f, entry.size, name_ + "/" + entry.name));
}

}  // namespace dyad::ingest
