// Codes: the lookups importers need on their hot path, as flat tables — numeric trade
// codes (BACI, Comtrade) and ISO alpha-3 codes to country indexes, and which HS
// chapters exist. Built once from the reference tables (Builtin) or from explicit
// lists in tests. Immutable after construction; safe to read from any thread.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace dyad::ingest {

class Codes {
 public:
  static constexpr int kMaxTradeCode = 1000;

  // From reference::Countries::Builtin() and reference::Hs::Builtin().
  static const Codes& Builtin();

  // For tests: explicit trade codes, alpha-3 codes and HS chapters.
  Codes(const std::vector<std::pair<int, uint16_t>>& trade_codes,
        const std::vector<std::pair<std::string, uint16_t>>& alpha3,
        const std::vector<int>& chapters);

  // Country index for a numeric trade code, or -1 when unknown.
  int CountryByTradeCode(uint64_t code) const {
    return code < kMaxTradeCode ? trade_[code] : -1;
  }
  // Country index for an alpha-3 or entity code ("KAZ"), or -1.
  int CountryByCode(std::string_view code) const;
  // Country index for an English name as trade files write it ("China", "Türkiye"),
  // or -1 (names from reference::Countries::Builtin(), whatever table built this).
  int CountryByName(std::string_view name) const;
  // The code of a country index ("KAZ"), or "" if unknown.
  std::string CodeOf(uint16_t index) const;
  bool IsHsChapter(int chapter) const { return chapter >= 0 && chapter < 100 && chapters_[chapter]; }

 private:
  Codes() = default;
  std::array<int16_t, kMaxTradeCode> trade_{};
  std::unordered_map<std::string, uint16_t> alpha3_;
  std::array<bool, 100> chapters_{};
};

}  // namespace dyad::ingest
