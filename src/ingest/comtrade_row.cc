#include "ingest/comtrade_row.h"

#include "base/strings.h"
#include "ingest/numbers.h"
#include "reference/countries.h"
#include "reference/hs.h"

namespace dyad::ingest {
namespace {

// Comtrade codes of country groups (EU-28, 97) and of "nes" areas. The reference table
// knows most areas (899 "Areas, nes" is XAN) and their rows are stored like any partner;
// a code of this list the table does not know is set aside rather than refused.
bool IsGroupCode(uint64_t code) {
  switch (code) {
    case 97: case 129: case 221: case 290: case 471: case 472: case 473: case 488:
    case 492: case 527: case 568: case 577: case 636: case 637: case 697: case 837:
    case 838: case 839: case 879: case 899: case 918: case 919:
      return true;
    default:
      return false;
  }
}

std::string Got(std::string_view t) { return t.empty() ? std::string("an empty field") : QuoteForMessage(t); }

// "14,757,730,338.0" -> "14757730338.0" when the commas group thousands; else as is.
std::string WithoutThousands(std::string_view t) {
  size_t comma = t.find(',');
  if (comma == std::string_view::npos) return std::string(t);
  std::string out;
  size_t digits = 0;
  for (size_t i = 0; i < t.size(); ++i) {
    char c = t[i];
    if (c == ',') {
      if (digits == 0 || (out.size() > 3 && digits != 3)) return std::string(t);
      digits = 0;
      continue;
    }
    if (c == '.') return out.size() > 0 && digits == 3 ? out + std::string(t.substr(i)) : std::string(t);
    out.push_back(c);
    ++digits;
  }
  return digits == 3 ? out : std::string(t);
}

bool IsServicesClass(std::string_view c) { return c.size() >= 2 && (c[0] == 'E' || c[0] == 'e') && (c[1] == 'B' || c[1] == 'b'); }

// A country from a numeric code, an ISO code or a name, checked against each other.
// Returns the index, -1 for World (code 0), -2 for a group of countries not in the table.
bool ResolveCountry(const CtRecord& r, const CtLayout& layout, const Codes& codes, CtField code_f,
                    CtField iso_f, CtField name_f, int* out, CtFail* fail) {
  std::string_view code_text = layout.at(code_f) >= 0 ? r.at(code_f) : std::string_view();
  std::string_view iso = layout.at(iso_f) >= 0 ? r.at(iso_f) : std::string_view();
  auto bad = [&](CtField f, std::string what) {
    fail->field = static_cast<int>(f);
    fail->what = "column " + layout.name[static_cast<int>(f)] + ": " + std::move(what);
    return false;
  };
  int by_iso = iso.empty() ? -1 : codes.CountryByCode(iso);
  if (!code_text.empty()) {
    uint64_t code;
    if (ParseDigits(code_text, &code) != NumberError::kOk) {
      return bad(code_f, "expected a country code, got " + Got(code_text));
    }
    if (code == 0) {
      *out = -1;
      return true;
    }
    int idx = codes.CountryByTradeCode(code);
    if (idx < 0) {
      if (IsGroupCode(code)) {
        *out = -2;
        return true;
      }
      return bad(code_f, "expected a known country code, got " + Got(code_text));
    }
    // Comtrade gives a former or non-ISO entity the ISO code of its successor (58
    // Belgium-Luxembourg as BEL): only an ISO country's code must match.
    const reference::Country* entity = reference::Countries::Builtin().FindByCode(codes.CodeOf(static_cast<uint16_t>(idx)));
    bool checkable = entity == nullptr || entity->iso;
    if (checkable && by_iso >= 0 && by_iso != idx) {
      return bad(iso_f, "expected " + codes.CodeOf(static_cast<uint16_t>(idx)) + " (the country of " +
                            layout.name[static_cast<int>(code_f)] + " " + std::string(code_text) +
                            "), got " + Got(iso));
    }
    *out = idx;
    return true;
  }
  if (by_iso >= 0) {
    *out = by_iso;
    return true;
  }
  if (!iso.empty()) {
    if (iso == "W00" || iso == "WLD") {
      *out = -1;
      return true;
    }
    return bad(iso_f, "expected a known country code, got " + Got(iso));
  }
  std::string_view name = layout.at(name_f) >= 0 ? r.at(name_f) : std::string_view();
  if (name == "World") {
    *out = -1;
    return true;
  }
  int by_name = codes.CountryByName(name);
  if (by_name < 0) {
    return bad(layout.at(name_f) >= 0 ? name_f : code_f, "expected a known country, got " + Got(name));
  }
  *out = by_name;
  return true;
}

// cmdCode: TOTAL, or an HS code of 2, 4 or 6 digits (one that lost its leading zero,
// "1" for 01 or "10121" for 010121, gets it back).
bool ParseCommodity(std::string_view cmd, const Codes& codes, CtRow* row, std::string* why) {
  if (cmd == "TOTAL") {
    row->use = CtUse::kTotal;
    return true;
  }
  uint64_t hs;
  if (ParseDigits(cmd, &hs) != NumberError::kOk || cmd.size() > 6) {
    *why = "expected TOTAL or a 2-, 4- or 6-digit HS code, got " + Got(cmd);
    return false;
  }
  int level = static_cast<int>(cmd.size() + cmd.size() % 2);
  int chapter = static_cast<int>(level == 2 ? hs : level == 4 ? hs / 100 : hs / 10000);
  if (!codes.IsHsChapter(chapter) && chapter != reference::kUnspecifiedChapter) {
    *why = "expected an HS code in an existing chapter, got " + Got(cmd);
    return false;
  }
  row->level = level;
  row->hs6 = static_cast<uint32_t>(level == 2 ? hs * 10000 : level == 4 ? hs * 100 : hs);
  return true;
}

bool IsBreakdown(std::string_view v, std::string_view total) { return !v.empty() && v != total; }

}  // namespace

std::string ServicesMessage(const CtRecord& r, const CtLayout& layout) {
  bool type_s = layout.at(CtField::kType) >= 0 && r.at(CtField::kType) == "S";
  bool ebops = layout.at(CtField::kClassification) >= 0 && IsServicesClass(r.at(CtField::kClassification));
  if (!type_s && !ebops) return "";
  return "services trade (EBOPS) is not supported: this is a Comtrade services file (" +
         std::string(type_s ? "typeCode S" : "classification " + std::string(r.at(CtField::kClassification))) +
         "); dyad imports goods trade (typeCode C, HS)";
}

bool InterpretCtRow(const CtRecord& r, const CtLayout& layout, const Codes& codes, CtRow* row,
                    CtFail* fail) {
  auto bad = [&](CtField f, std::string what) {
    fail->field = static_cast<int>(f);
    fail->what = "column " + layout.name[static_cast<int>(f)] + ": " + std::move(what);
    return false;
  };
  if (layout.at(CtField::kFreq) >= 0 && r.at(CtField::kFreq) != "A") {
    return bad(CtField::kFreq, "expected A (annual data; monthly extracts are not imported), got " +
                                   Got(r.at(CtField::kFreq)));
  }
  uint64_t year;
  std::string_view year_text = r.at(CtField::kYear);
  if (ParseDigits(year_text, &year) != NumberError::kOk || year < 1900 || year > 2100) {
    return bad(CtField::kYear, "expected a year, got " + Got(year_text));
  }
  row->year = static_cast<uint16_t>(year);
  if (layout.at(CtField::kPeriod) >= 0 && r.at(CtField::kPeriod) != year_text) {
    return bad(CtField::kPeriod, "expected the year " + std::to_string(year) +
                                     " (annual data; monthly extracts are not imported), got " +
                                     Got(r.at(CtField::kPeriod)));
  }
  int reporter, partner;
  if (!ResolveCountry(r, layout, codes, CtField::kReporter, CtField::kReporterIso, CtField::kReporterName,
                      &reporter, fail)) {
    return false;
  }
  if (reporter == -1) return bad(CtField::kReporter, "expected a reporting country, got World (0)");
  std::string_view flow_text = r.at(CtField::kFlow);
  if (flow_text.empty()) return bad(CtField::kFlow, "expected a flow code (X, M, RX, RM, ...), got an empty field");
  CtFlow flow = ParseCtFlow(flow_text);
  if (flow == CtFlow::kOther && layout.at(CtField::kFlowText) >= 0) flow = ParseCtFlow(r.at(CtField::kFlowText));
  if (!ResolveCountry(r, layout, codes, CtField::kPartner, CtField::kPartnerIso, CtField::kPartnerName,
                      &partner, fail)) {
    return false;
  }
  std::string why;
  if (!ParseCommodity(r.at(CtField::kCmd), codes, row, &why)) return bad(CtField::kCmd, why);
  std::string value_text = WithoutThousands(r.at(CtField::kValue));
  NumberError ne = ParseScaledDecimal(value_text, 0, &row->value);
  if (ne != NumberError::kOk) return bad(CtField::kValue, DescribeNumberError(ne, r.at(CtField::kValue)));
  row->kg = -1;
  std::string_view w = layout.at(CtField::kNetWgt) >= 0 ? r.at(CtField::kNetWgt) : std::string_view();
  if (!w.empty()) {
    ne = ParseScaledDecimal(WithoutThousands(w), 0, &row->kg);
    if (ne != NumberError::kOk) return bad(CtField::kNetWgt, DescribeNumberError(ne, w));
  }
  // The row is well formed; now decide whether it is a flow to keep.
  if (reporter == -2) {
    row->use = CtUse::kSkipReporterArea;
  } else if (flow != CtFlow::kExport && flow != CtFlow::kImport) {
    row->use = CtUse::kSkipFlow;
  } else if (partner == -1) {
    row->use = CtUse::kSkipWorld;
  } else if (partner == -2) {
    row->use = CtUse::kSkipArea;
  } else if (IsBreakdown(r.at(CtField::kPartner2), "0") || IsBreakdown(r.at(CtField::kCustoms), "C00") ||
             IsBreakdown(r.at(CtField::kMos), "0") || IsBreakdown(r.at(CtField::kMot), "0")) {
    row->use = CtUse::kSkipBreakdown;
  }
  row->reporter = static_cast<uint16_t>(reporter < 0 ? 0 : reporter);
  row->partner = static_cast<uint16_t>(partner < 0 ? 0 : partner);
  row->exports = flow == CtFlow::kExport;
  return true;
}

}  // namespace dyad::ingest
