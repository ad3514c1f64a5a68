#include "fetch/comtrade_import.h"

#include "base/files.h"

namespace dyad::fetch {

Result<ingest::ImportSummary> ImportComtradeRecords(store::Store& store, const nlohmann::json& records,
                                                    const std::filesystem::path& file, const std::string& dataset,
                                                    ProgressSink* progress) {
  std::error_code ec;
  std::filesystem::create_directories(file.parent_path(), ec);
  nlohmann::json answer = {{"count", records.size()}, {"data", records}};
  DYAD_RETURN_IF_ERROR(WriteFileAtomic(file, answer.dump() + "\n"));
  ingest::ImportRequest req;
  req.format = ingest::ImportFormat::kComtrade;
  req.files = {file};
  req.dataset = dataset;
  req.progress = progress;
  return ingest::RunImport(store, req);
}

}  // namespace dyad::fetch
