#include "ingest/codes.h"

#include "reference/countries.h"

namespace dyad::ingest {

Codes::Codes(const std::vector<std::pair<int, uint16_t>>& trade_codes,
             const std::vector<std::pair<std::string, uint16_t>>& alpha3,
             const std::vector<int>& chapters) {
  trade_.fill(-1);
  for (const auto& [code, index] : trade_codes) {
    if (code >= 0 && code < kMaxTradeCode) trade_[code] = static_cast<int16_t>(index);
  }
  for (const auto& [code, index] : alpha3) alpha3_[code] = index;
  for (int c : chapters) {
    if (c >= 0 && c < 100) chapters_[c] = true;
  }
}

int Codes::CountryByCode(std::string_view code) const {
  auto it = alpha3_.find(std::string(code));
  return it == alpha3_.end() ? -1 : it->second;
}

int Codes::CountryByName(std::string_view name) const {
  const reference::Country* c = reference::Countries::Builtin().FindName(name);
  return c == nullptr ? -1 : CountryByCode(c->code);
}

std::string Codes::CodeOf(uint16_t index) const {
  for (const auto& [code, i] : alpha3_) {
    if (i == index) return code;
  }
  return "";
}

}  // namespace dyad::ingest
