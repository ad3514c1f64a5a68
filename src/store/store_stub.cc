// Placeholder implementation so that other modules can link against store.h while the
// real one lands: an empty store that refuses imports.
#include <system_error>

#include "store/store.h"

namespace dyad::store {
namespace {

class EmptySnapshot final : public Snapshot {
 public:
  uint64_t generation() const override { return 0; }
  const std::vector<std::unique_ptr<const Dataset>>& datasets() const override { return none_; }
  const Dataset* FindDataset(std::string_view) const override { return nullptr; }

 private:
  std::vector<std::unique_ptr<const Dataset>> none_;
};

class StubStore final : public Store {
 public:
  explicit StubStore(fs::path dir) : dir_(std::move(dir)) {}
  const fs::path& dir() const override { return dir_; }
  Result<std::unique_ptr<ImportTxn>> BeginImport(DatasetInfo) override {
    return Internal("store: imports are not implemented yet");
  }
  Result<std::shared_ptr<const Snapshot>> OpenSnapshot() override {
    return std::shared_ptr<const Snapshot>(std::make_shared<EmptySnapshot>());
  }
  Result<VerifyReport> Verify(ProgressSink*) override { return VerifyReport{}; }
  Status RemoveDataset(std::string_view name) override {
    return NotFound("no dataset named \"" + std::string(name) + "\"");
  }

 private:
  fs::path dir_;
};

}  // namespace

Result<std::unique_ptr<Store>> Store::Open(const fs::path& data_dir) {
  fs::path dir = data_dir / "store";
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return IoError(dir.string() + ": cannot create directory: " + ec.message());
  return std::unique_ptr<Store>(std::make_unique<StubStore>(dir));
}

}  // namespace dyad::store
