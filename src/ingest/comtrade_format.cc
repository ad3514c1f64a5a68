#include "ingest/comtrade_format.h"

#include <map>

#include "base/strings.h"
#include "embedded/comtrade_vocabulary_csv.h"
#include "ingest/csv.h"

namespace dyad::ingest {
namespace {

constexpr const char* kKeys[kCtFieldCount] = {
    "type", "freq", "year", "period", "reporter", "reporter_iso", "reporter_name", "flow",
    "flow_text", "partner", "partner_iso", "partner_name", "partner2", "classification", "cmd",
    "customs", "mos", "mot", "netwgt", "value"};

struct Vocabulary {
  std::vector<std::pair<std::string, std::vector<std::string>>> families;  // in file order
  std::array<std::vector<std::string>, kCtFieldCount> columns;
  std::map<std::string, CtFlow> flows;  // lower-cased value -> flow
};

std::vector<std::string> Split(std::string_view s) {
  std::vector<std::string> out;
  for (std::string_view part : SplitString(s, ';')) out.emplace_back(TrimAscii(part));
  return out;
}

// The vocabulary is compiled in and checked by tests; a malformed row is a build error
// in spirit, so it is skipped rather than reported at run time.
Vocabulary Load() {
  Vocabulary v;
  CsvReader reader(embedded::comtrade_vocabulary_csv());
  bool header = true;
  while (reader.Next() == CsvReader::Outcome::kRecord) {
    if (reader.size() != 3 || reader[0].text.starts_with("#")) continue;
    if (header) {
      header = false;
      continue;
    }
    std::string_view kind = reader[0].text, key = reader[1].text;
    std::vector<std::string> values = Split(reader[2].text);
    if (kind == "family") {
      v.families.emplace_back(std::string(key), values);
    } else if (kind == "column") {
      for (int f = 0; f < kCtFieldCount; ++f) {
        if (key == kKeys[f]) v.columns[f] = values;
      }
    } else if (kind == "flow") {
      CtFlow flow = key == "X" ? CtFlow::kExport : key == "M" ? CtFlow::kImport
                  : key == "RX" ? CtFlow::kReExport : key == "RM" ? CtFlow::kReImport : CtFlow::kOther;
      for (const std::string& value : values) v.flows[ToLowerAscii(value)] = flow;
    }
  }
  return v;
}

const Vocabulary& Vocab() {
  static const Vocabulary v = Load();
  return v;
}

int Find(const std::vector<std::string>& header, std::string_view name) {
  for (size_t h = 0; h < header.size(); ++h) {
    if (EqualsIgnoreCaseAscii(TrimAscii(header[h]), name)) return static_cast<int>(h);
  }
  return -1;
}

}  // namespace

std::string_view CtFieldKey(CtField field) { return kKeys[static_cast<int>(field)]; }

Result<CtLayout> DetectCtLayout(const std::vector<std::string>& header) {
  const Vocabulary& v = Vocab();
  CtLayout layout;
  for (const auto& [family, names] : v.families) {
    bool all = true;
    for (const std::string& n : names) all = all && Find(header, n) >= 0;
    if (all) {
      layout.family = family;
      break;
    }
  }
  if (layout.family.empty()) {
    return InvalidInput(
        "expected a UN Comtrade header (Comtrade Plus: typeCode,freqCode,refPeriodId,refYear,...; "
        "legacy: Classification,Year,...,Trade Flow Code,Reporter Code,...)");
  }
  for (int f = 0; f < kCtFieldCount; ++f) {
    layout.index[f] = -1;
    for (const std::string& n : v.columns[f]) {
      int at = Find(header, n);
      if (at >= 0) {
        layout.index[f] = at;
        layout.name[f] = std::string(TrimAscii(header[at]));  // as the file spells it
        break;
      }
    }
  }
  auto need = [&](std::initializer_list<CtField> any, std::string_view what) -> Status {
    for (CtField f : any) {
      if (layout.at(f) >= 0) return Status::Ok();
    }
    std::string names;
    for (CtField f : any) {
      for (const std::string& n : v.columns[static_cast<int>(f)]) names += (names.empty() ? "" : " or ") + ("\"" + n + "\"");
    }
    return InvalidInput("expected a Comtrade header with a column for " + std::string(what) + " (" + names + ")");
  };
  DYAD_RETURN_IF_ERROR(need({CtField::kYear}, "the year"));
  DYAD_RETURN_IF_ERROR(need({CtField::kReporter, CtField::kReporterIso, CtField::kReporterName}, "the reporter"));
  DYAD_RETURN_IF_ERROR(need({CtField::kFlow}, "the flow"));
  DYAD_RETURN_IF_ERROR(need({CtField::kPartner, CtField::kPartnerIso, CtField::kPartnerName}, "the partner"));
  DYAD_RETURN_IF_ERROR(need({CtField::kCmd}, "the commodity code"));
  DYAD_RETURN_IF_ERROR(need({CtField::kValue}, "the trade value"));
  return layout;
}

CtFlow ParseCtFlow(std::string_view value) {
  const auto& flows = Vocab().flows;
  auto it = flows.find(ToLowerAscii(TrimAscii(value)));
  return it == flows.end() ? CtFlow::kOther : it->second;
}

}  // namespace dyad::ingest
