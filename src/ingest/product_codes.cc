#include "ingest/product_codes.h"

#include "base/strings.h"
#include "ingest/csv.h"
#include "ingest/numbers.h"
#include "ingest/row_checks.h"

namespace dyad::ingest {

Result<uint64_t> ParseProductCodes(std::string_view data, std::string_view file,
                                   store::FlowSink& sink, RejectLog& rejects) {
  CsvReader reader(data);
  DYAD_ASSIGN_OR_RETURN(std::vector<std::string> header, ReadHeaderFields(reader, file, "code,description"));
  int code_col = -1, desc_col = -1;
  for (size_t i = 0; i < header.size(); ++i) {
    if (EqualsIgnoreCaseAscii(header[i], "code")) code_col = static_cast<int>(i);
    if (EqualsIgnoreCaseAscii(header[i], "description")) desc_col = static_cast<int>(i);
  }
  if (code_col < 0 || desc_col < 0) {
    return InvalidInput(std::string(file) + ":1:1: expected the header \"code,description\", got " +
                        QuoteForMessage(reader.raw()));
  }
  uint64_t added = 0;
  for (;;) {
    CsvReader::Outcome o = reader.Next();
    if (o == CsvReader::Outcome::kEnd) break;
    std::optional<RowError> error;
    uint64_t code = 0;
    if (o == CsvReader::Outcome::kError) {
      error = RowError{reader.error().line, reader.error().column, reader.error().what, std::string(reader.raw())};
    } else if (auto bad = CheckRecordUtf8(reader.raw(), reader.line())) {
      error = *bad;
    } else if (reader.size() != header.size()) {
      error = RowError{reader.line(), reader.end_column(),
                       "expected " + std::to_string(header.size()) + " columns as in the header, got " +
                           std::to_string(reader.size()),
                       std::string(reader.raw())};
    } else {
      std::string_view c = reader[code_col].text;
      if ((c.size() != 6 && c.size() != 5) || ParseDigits(c, &code) != NumberError::kOk) {
        error = RowError{reader.line(), reader[code_col].column,
                         "column code: expected a 6-digit HS code, got " + QuoteForMessage(c),
                         std::string(reader.raw())};
      }
    }
    if (error) {
      DYAD_RETURN_IF_ERROR(rejects.Reject(file, *error));
      continue;
    }
    DYAD_RETURN_IF_ERROR(sink.AddProductDescription(static_cast<uint32_t>(code), std::string(reader[desc_col].text)));
    ++added;
  }
  return added;
}

}  // namespace dyad::ingest
