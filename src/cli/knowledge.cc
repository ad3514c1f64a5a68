#include "cli/knowledge.h"

#include "ingest/knowledge.h"

namespace dyad::cli {
namespace {

// A Store handed to one command that forwards to the store `dyad serve` opened once;
// the command owns the view, the server keeps the store.
class SharedStoreView final : public store::Store {
 public:
  explicit SharedStoreView(std::shared_ptr<store::Store> s) : s_(std::move(s)) {}
  const std::filesystem::path& dir() const override { return s_->dir(); }
  Result<std::unique_ptr<store::ImportTxn>> BeginImport(store::DatasetInfo info) override {
    return s_->BeginImport(std::move(info));
  }
  Result<std::shared_ptr<const store::Snapshot>> OpenSnapshot() override { return s_->OpenSnapshot(); }
  Result<store::VerifyReport> Verify(ProgressSink* progress) override { return s_->Verify(progress); }
  Status RemoveDataset(std::string_view name) override { return s_->RemoveDataset(name); }

 private:
  std::shared_ptr<store::Store> s_;
};

}  // namespace

Result<std::unique_ptr<store::Store>> OpenStore(const Context& ctx) {
  // The shared store had the built-in knowledge imported when it was opened.
  if (ctx.shared_store) return std::unique_ptr<store::Store>(new SharedStoreView(ctx.shared_store));
  DYAD_ASSIGN_OR_RETURN(std::filesystem::path dir, ctx.DataDir());
  DYAD_ASSIGN_OR_RETURN(std::unique_ptr<store::Store> store, store::Store::Open(dir));
  DYAD_RETURN_IF_ERROR(ingest::EnsureBuiltinKnowledge(*store));
  return store;
}

}  // namespace dyad::cli
