#include "ingest/rejects.h"

namespace dyad::ingest {

std::string FormatRowError(std::string_view file, const RowError& error) {
  std::string out(file);
  out += ':';
  out += std::to_string(error.line);
  if (error.column > 0) {
    out += ':';
    out += std::to_string(error.column);
  }
  out += ": ";
  out += error.what;
  return out;
}

std::string CsvQuote(std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(field);
  std::string out = "\"";
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

RejectLog::RejectLog(bool lenient, std::filesystem::path reject_path)
    : lenient_(lenient), path_(std::move(reject_path)) {}

Status RejectLog::Reject(std::string_view file, const RowError& error) {
  if (!lenient_) return InvalidInput(FormatRowError(file, error));
  if (path_.empty()) {  // counting only
    ++rejected_;
    return Status::Ok();
  }
  if (!file_) {
    DYAD_ASSIGN_OR_RETURN(WritableFile f, WritableFile::Create(path_));
    file_.emplace(std::move(f));
    buffer_ = "file,line,column,reason,row\n";
  }
  ++rejected_;
  buffer_ += CsvQuote(file);
  buffer_ += ',';
  buffer_ += std::to_string(error.line);
  buffer_ += ',';
  buffer_ += std::to_string(error.column);
  buffer_ += ',';
  buffer_ += CsvQuote(error.what);
  buffer_ += ',';
  buffer_ += CsvQuote(error.raw);
  buffer_ += '\n';
  if (buffer_.size() > (1 << 20)) {
    DYAD_RETURN_IF_ERROR(file_->Append(buffer_));
    buffer_.clear();
  }
  return Status::Ok();
}

Status RejectLog::Close() {
  if (!file_) return Status::Ok();
  if (!buffer_.empty()) DYAD_RETURN_IF_ERROR(file_->Append(buffer_));
  buffer_.clear();
  Status s = file_->Close();
  file_.reset();
  return s;
}

}  // namespace dyad::ingest
