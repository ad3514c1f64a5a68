#include "reference/trade_areas.h"

#include "embedded/trade_areas_csv.h"
#include "reference/csv_records.h"

namespace dyad::reference {

Result<TradeAreas> TradeAreas::Parse(std::string_view csv, std::string_view file_name,
                                     const Countries& countries) {
  DYAD_ASSIGN_OR_RETURN(auto records,
                        ReadCsvTable(csv, file_name, {"code", "kind", "stands_for", "note"}));
  TradeAreas t;
  t.countries_ = &countries;
  size_t n = countries.all().size();
  t.area_.assign(n, false);
  t.reported_as_.assign(n, -1);
  t.stands_for_.assign(n, -1);
  for (const CsvRecord& r : records) {
    const Country* c = countries.FindByCode(r.fields[0]);
    if (c == nullptr) return RecordError(file_name, r, "code: not in countries.csv: " + r.fields[0]);
    if (r.fields[1] == "area") {
      t.area_[c->index] = true;
    } else if (r.fields[1] == "stand-in") {
      const Country* holds = countries.FindByCode(r.fields[2]);
      if (holds == nullptr) return RecordError(file_name, r, "stands_for: not in countries.csv: " + r.fields[2]);
      t.stands_for_[c->index] = holds->index;
      t.reported_as_[holds->index] = c->index;
    } else {
      return RecordError(file_name, r, "kind: expected area or stand-in, found " + r.fields[1]);
    }
  }
  return t;
}

const TradeAreas& TradeAreas::Builtin() {
  static const TradeAreas t = [] {
    Result<TradeAreas> parsed = Parse(embedded::trade_areas_csv(), "trade_areas.csv", Countries::Builtin());
    return parsed.ok() ? std::move(*parsed) : TradeAreas();  // checked by reference tests
  }();
  return t;
}

const Country* TradeAreas::ReportedAs(uint16_t country) const {
  if (country >= reported_as_.size() || reported_as_[country] < 0) return nullptr;
  return &countries_->at(static_cast<uint16_t>(reported_as_[country]));
}

const Country* TradeAreas::StandsFor(uint16_t entity) const {
  if (entity >= stands_for_.size() || stands_for_[entity] < 0) return nullptr;
  return &countries_->at(static_cast<uint16_t>(stands_for_[entity]));
}

std::string TradeAreas::ReportedAsNote(uint16_t country) const {
  const Country* e = ReportedAs(country);
  if (e == nullptr) return "";
  return "reported as " + e->name + " (" + std::to_string(e->numeric) + ")";
}

}  // namespace dyad::reference
