// Which entities of trade data are not countries: areas ("Areas, nes" 899, Bunkers 837,
// Free zones 838, Special categories 839, the "nes" regions) that are stored and counted
// in a country's trade with the world but never ranked as partners, and stand-ins: 490
// "Other Asia, nes", under which UN Comtrade and BACI report Taiwan. Built from
// data/reference/trade_areas.csv (compiled in). Immutable; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/status.h"
#include "reference/countries.h"

namespace dyad::reference {

class TradeAreas {
 public:
  static const TradeAreas& Builtin();
  static Result<TradeAreas> Parse(std::string_view csv, std::string_view file_name,
                                  const Countries& countries);

  // True for an area: not a country, never ranked, not a party of `trade` by name.
  bool IsArea(uint16_t country) const { return country < area_.size() && area_[country]; }
  // The entity trade data reports `country` under (TWN -> S19), or nullptr.
  const Country* ReportedAs(uint16_t country) const;
  // The country a stand-in entity holds (S19 -> TWN), or nullptr.
  const Country* StandsFor(uint16_t entity) const;
  // "reported as Other Asia, nes (490)" for a country reported under a stand-in.
  std::string ReportedAsNote(uint16_t country) const;

 private:
  const Countries* countries_ = nullptr;
  std::vector<bool> area_;
  std::vector<int> reported_as_;  // country -> entity index, -1
  std::vector<int> stands_for_;   // entity -> country index, -1
};

}  // namespace dyad::reference
