// The shape of a UN Comtrade file: which format family its header says it is (Comtrade
// Plus, Comtrade Plus with names instead of codes, legacy comtrade.un.org) and where each
// field the importer reads sits, from the vocabulary in data/ingest/comtrade_vocabulary.csv.
// Also the flow words (X, 2, Export; M, 1, Import; ...). Immutable tables built once;
// thread-safe.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace dyad::ingest {

// The fields of a Comtrade row the importer reads.
enum class CtField {
  kType, kFreq, kYear, kPeriod, kReporter, kReporterIso, kReporterName, kFlow, kFlowText,
  kPartner, kPartnerIso, kPartnerName, kPartner2, kClassification, kCmd, kCustoms, kMos,
  kMot, kNetWgt, kValue, kCount
};
inline constexpr int kCtFieldCount = static_cast<int>(CtField::kCount);

// The flows a row can carry. kOther: DX, FM, MIP, ... (set aside).
enum class CtFlow { kExport, kImport, kReExport, kReImport, kOther };

// Where each field is in the records of one file (-1: absent), and the family.
struct CtLayout {
  std::string family;                   // "plus", "plus-names", "legacy"
  std::array<int, kCtFieldCount> index;  // column of each field, -1 when absent
  std::array<std::string, kCtFieldCount> name;  // the header's name for each field
  int at(CtField f) const { return index[static_cast<int>(f)]; }
};

// Maps a header to a layout. Fails (kInvalidInput, message without the file prefix)
// when the header matches no family, or lacks a field the family needs: year, reporter
// (code, ISO or name), flow, partner, commodity and value.
Result<CtLayout> DetectCtLayout(const std::vector<std::string>& header);

// The flow a flow column value means ("X", "2", "Export" -> kExport; "0" or unknown
// words -> kOther). Case-insensitive, outer spaces ignored.
CtFlow ParseCtFlow(std::string_view value);
// The vocabulary's canonical name of a field ("reporterCode" style name of the family
// that matched is in CtLayout::name); for messages about absent fields.
std::string_view CtFieldKey(CtField field);

}  // namespace dyad::ingest
