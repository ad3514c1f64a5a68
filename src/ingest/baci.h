// The BACI importer: CEPII's reconciled bilateral trade flows at HS6, as yearly CSVs
// (columns t,i,j,k,v,q) and whole release zips. Values in thousands of USD become
// integer USD and tonnes become integer kg, exactly (decimal text, never a double;
// beyond three decimals, rounded half up). Big files are read in blocks and parsed on
// two threads; rows reach the sink in file order. Functions are thread-compatible.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>

#include "base/progress.h"
#include "base/status.h"
#include "ingest/codes.h"
#include "ingest/rejects.h"
#include "ingest/source.h"
#include "store/sink.h"

namespace dyad::ingest {

// What a BACI file name says: "BACI_HS17_Y2022_V202401.csv" (a yearly file) or
// "BACI_HS17_V202401.zip" (a release). Missing parts stay empty / 0.
struct BaciName {
  std::string edition;  // "HS17"
  int year = 0;         // 2022; 0 for a release or an unknown name
  std::string vintage;  // "V202401"
};
BaciName ParseBaciName(std::string_view base_name);

// The header of BACI files, and the one `dyad synth` writes to mark synthetic data.
inline constexpr std::string_view kBaciHeader = "t,i,j,k,v,q";
inline constexpr std::string_view kSynthHeader = "t_synthetic,i,j,k,v,q";

// Progress over several files: bytes of earlier files are added to this file's.
struct ProgressState {
  ProgressSink* sink = nullptr;
  std::string label;
  uint64_t bytes_base = 0;
  uint64_t bytes_total = 0;
  uint64_t rows_base = 0;
};

struct BaciOptions {
  const Codes* codes = nullptr;
  int expected_year = 0;         // rows of another year are errors; 0 accepts any year
  size_t block_size = 16 << 20;  // bytes read and split between threads at a time
  int threads = 2;
  // 1 when each row starts with a row name (R's write.csv: header "","t","i",...); set by
  // the parser from the header.
  int first_column = 0;
  // Lines known to repeat an earlier key (line -> earlier line): rejected as duplicates.
  // Used for a second pass over files whose rows are not sorted.
  const std::unordered_map<uint64_t, uint64_t>* duplicate_lines = nullptr;
};

struct BaciFileStats {
  uint64_t rows = 0;      // rows added to the sink
  uint64_t rejected = 0;  // rows rejected (lenient mode)
  uint64_t bytes = 0;
  std::set<uint16_t> years;
  bool synthetic = false;  // the file has the synthetic header
  bool sorted = true;      // rows came in (t, i, j, k) order
};

// Parses a BACI CSV into `sink`. Strict (rejects not lenient): the first bad row fails
// with "FILE:LINE:COLUMN: ..."; rows already given to the sink must then be discarded
// by the caller. Duplicate keys are found here when rows are sorted (as BACI ships
// them); for unsorted files see FindBaciDuplicates.
Result<BaciFileStats> ParseBaciCsv(ByteSource& source, std::string_view file,
                                   const BaciOptions& options, store::FlowSink& sink,
                                   RejectLog& rejects, ProgressState* progress);

// For an unsorted file: every line whose (t, i, j, k) repeats an earlier valid row,
// mapped to that earlier line. Rows that fail to parse are ignored here.
Result<std::unordered_map<uint64_t, uint64_t>> FindBaciDuplicates(ByteSource& source,
                                                                   std::string_view file,
                                                                   const BaciOptions& options);

// The message for a duplicate of key "(2022,4,8,010121)" first seen at `first_line`.
std::string DuplicateMessage(std::string_view key, uint64_t first_line);

}  // namespace dyad::ingest
