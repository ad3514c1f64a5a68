#include "cli/knowledge.h"

#include "ingest/knowledge.h"

namespace dyad::cli {

Result<std::unique_ptr<store::Store>> OpenStore(const Context& ctx) {
  DYAD_ASSIGN_OR_RETURN(std::filesystem::path dir, ctx.DataDir());
  DYAD_ASSIGN_OR_RETURN(std::unique_ptr<store::Store> store, store::Store::Open(dir));
  DYAD_RETURN_IF_ERROR(ingest::EnsureBuiltinKnowledge(*store));
  return store;
}

}  // namespace dyad::cli
