#include "fetch/comtrade_import.h"

#include "base/files.h"
#include "base/strings.h"

namespace dyad::fetch {
namespace {

constexpr const char* kColumns[] = {"freqCode",   "refYear",     "period",  "reporterCode", "flowCode",
                                    "partnerCode", "partner2Code", "classificationCode", "cmdCode",
                                    "customsCode", "mosCode",     "motCode", "netWgt",       "primaryValue"};

std::string Field(const nlohmann::json& v) {
  if (v.is_null()) return "";
  if (v.is_string()) return CsvField(v.get<std::string>());
  if (v.is_number_integer() || v.is_number_unsigned()) return v.dump();
  if (v.is_number_float()) {
    // Whole numbers without the ".0" JSON adds; the importer rounds cents itself.
    double d = v.get<double>();
    if (d == static_cast<double>(static_cast<int64_t>(d)) && d < 9.2e18 && d > -9.2e18) {
      return std::to_string(static_cast<int64_t>(d));
    }
    return v.dump();
  }
  if (v.is_boolean()) return v.get<bool>() ? "true" : "false";
  return CsvField(v.dump());
}

}  // namespace

std::string ComtradeRecordsCsv(const nlohmann::json& records) {
  std::string out;
  for (const char* c : kColumns) out += std::string(out.empty() ? "" : ",") + c;
  out += "\n";
  for (const auto& r : records) {
    bool first = true;
    for (const char* c : kColumns) {
      if (!first) out += ",";
      first = false;
      auto it = r.find(c);
      if (it != r.end()) out += Field(*it);
    }
    out += "\n";
  }
  return out;
}

Result<ingest::ImportSummary> ImportComtradeRecords(store::Store& store, const nlohmann::json& records,
                                                    const std::filesystem::path& file, const std::string& dataset,
                                                    ProgressSink* progress) {
  std::error_code ec;
  std::filesystem::create_directories(file.parent_path(), ec);
  DYAD_RETURN_IF_ERROR(WriteFileAtomic(file, ComtradeRecordsCsv(records)));
  ingest::ImportRequest req;
  req.format = ingest::ImportFormat::kComtrade;
  req.files = {file};
  req.dataset = dataset;
  req.progress = progress;
  return ingest::RunImport(store, req);
}

}  // namespace dyad::fetch
