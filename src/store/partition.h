// Year partitions: one file per dataset and year holding that year's product rows,
// sorted by (side, exporter, importer, hs6), columnar (hs6 / value / quantity streams,
// varint-coded per pair block), with its own dictionaries of country codes and hs6
// codes and its pre-aggregates (pair totals, pair-chapter totals, country totals,
// product world totals). Layout: docs/store-format.md.
//
// PartitionWriter is single-threaded; a Partition is immutable after Open and safe to
// read from any thread.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "base/files.h"
#include "base/status.h"
#include "store/container.h"
#include "store/manifest.h"
#include "store/store.h"

namespace dyad::store {

// A row as buffered during an import: 24 bytes. key = side << 40 | exporter << 30 |
// importer << 20 | hs6 (reference country indexes, < 1024).
struct PackedRow {
  uint64_t key;
  int64_t value_usd;
  int64_t quantity_kg;  // -1 when missing
};
inline constexpr uint64_t PackKey(Side side, uint16_t exporter, uint16_t importer, uint32_t hs6) {
  return static_cast<uint64_t>(side) << 40 | static_cast<uint64_t>(exporter) << 30 |
         static_cast<uint64_t>(importer) << 20 | hs6;
}
inline constexpr uint64_t PairOfKey(uint64_t key) { return key >> 20; }
inline constexpr uint32_t Hs6OfKey(uint64_t key) { return key & 0xfffff; }
inline constexpr uint16_t ExporterOfKey(uint64_t key) { return (key >> 30) & 0x3ff; }
inline constexpr uint16_t ImporterOfKey(uint64_t key) { return (key >> 20) & 0x3ff; }
inline constexpr Side SideOfKey(uint64_t key) { return static_cast<Side>((key >> 40) & 3); }
inline constexpr uint32_t kMaxCountries = 1024;
// Chapter totals are stored for pairs with at least this many rows; smaller pairs'
// chapter totals are summed from their block on demand (a microsecond), which saves
// about 2.5 bytes a row on BACI-like data.
inline constexpr uint32_t kChapterMinRows = 256;

// Section ids of a partition file.
enum PartitionSection : uint32_t {
  kInfoSection = 1,
  kCountrySection = 2,
  kHsSection = 3,
  kPairSection = 4,
  kImportOrderSection = 5,
  kChapterSection = 6,
  kHsColumn = 7,
  kValueColumn = 8,
  kQuantityColumn = 9,
  kCountryTotalSection = 10,
  kProductTotalSection = 11,
};

// On-disk records (little-endian, copied with memcpy; sizes are part of the format).
struct PairRecord {
  uint16_t exporter;  // dictionary index
  uint16_t importer;
  uint8_t side;
  uint8_t chapters;   // entries in the chapter stream
  uint16_t reserved;
  uint32_t rows;
  uint32_t rows_with_quantity;
  uint32_t hs_offset;  // into each column stream
  uint32_t value_offset;
  uint32_t quantity_offset;
  uint32_t chapter_offset;
  int64_t value_usd;
  int64_t quantity_kg;
};
static_assert(sizeof(PairRecord) == 48);

struct TotalRecord {
  int64_t value_usd;
  int64_t quantity_kg;
  uint64_t rows;
  uint64_t rows_with_quantity;
};
struct CountryTotalRecord {
  uint16_t country;  // dictionary index
  uint8_t side;
  uint8_t reserved[5];
  TotalRecord exports;
  TotalRecord imports;
};
static_assert(sizeof(CountryTotalRecord) == 72);
struct ProductTotalRecord {
  uint32_t hs6;
  uint8_t side;
  uint8_t reserved[3];
  TotalRecord total;
};
static_assert(sizeof(ProductTotalRecord) == 40);

// Encodes one year. Call AddPair for each pair in ascending key order with its rows
// sorted by hs6 and unique, then Write.
class PartitionWriter {
 public:
  // `countries`: ascending reference indexes of every country in the year;
  // `hs_codes`: ascending hs6 codes of the year.
  PartitionWriter(uint16_t year, std::vector<uint16_t> countries, std::vector<uint32_t> hs_codes);
  void AddPair(std::span<const PackedRow> rows);
  // Writes and fsyncs the file `dir/name`. Fails on I/O errors or a year too large for
  // 32-bit stream offsets (4 GiB per stream).
  Result<StoredFile> Write(const fs::path& dir, const std::string& name);
  uint64_t rows() const { return rows_; }

 private:
  struct Buffer {
    std::string bytes;
    size_t size = 0;
    char* Reserve(size_t n);
  };
  uint16_t year_;
  std::vector<uint16_t> countries_;
  std::vector<uint32_t> hs_codes_;
  std::vector<uint16_t> country_dict_;  // reference index -> dictionary index
  std::vector<uint32_t> hs_dict_;       // hs6 -> dictionary index
  std::vector<PairRecord> pairs_;
  Buffer hs_col_, value_col_, quantity_col_, chapters_;
  std::vector<CountryTotalRecord> country_totals_;   // [side * countries + dict]
  std::vector<ProductTotalRecord> product_totals_;   // [side * hs + dict]
  uint64_t rows_ = 0;
};

// A mapped, structurally checked partition. Lookups take reference country indexes.
class Partition {
 public:
  // Checks the container and section sizes and resolves the country dictionary
  // against the built-in reference table (no checksum pass: see Verify).
  static Result<std::unique_ptr<Partition>> Open(MappedFile file, std::string name);

  uint16_t year() const { return year_; }
  uint64_t rows() const { return rows_; }
  const std::string& name() const { return name_; }
  std::string_view bytes() const { return file_.data(); }

  std::optional<PairRecord> FindPair(Side side, uint16_t exporter, uint16_t importer) const;
  bool HasSide(Side side) const;
  size_t pair_count() const { return pair_count_; }
  PairRecord PairAt(size_t i) const;
  // Reference index of a dictionary index (kMaxCountries when out of range).
  uint16_t CountryRef(uint16_t dict) const {
    return dict < dict_to_ref_.size() ? dict_to_ref_[dict] : kMaxCountries;
  }
  PairYearTotal ToTotal(const PairRecord& p) const;

  std::vector<PairYearTotal> Partners(uint16_t country, Side side) const;
  std::vector<PairYearTotal> AllPairs(Side side) const;
  std::optional<CountryYearTotal> CountryYear(uint16_t country, Side side) const;
  std::vector<ProductTotal> ProductTotals(Side side) const;
  Result<std::vector<ChapterTotal>> Chapters(const PairRecord& p) const;
  // Decodes a pair block into `out` (cleared first).
  Status DecodeRows(const PairRecord& p, std::vector<ProductRow>* out) const;

  // Full check: every row decodes, keys sorted and unique, every pre-aggregate equals
  // the sum of its rows. Does not check the checksum (the caller does).
  Status Verify() const;

 private:
  Partition() = default;
  Status Corruption(const std::string& what) const;

  MappedFile file_;
  std::string name_;
  uint16_t year_ = 0;
  uint64_t rows_ = 0;
  size_t pair_count_ = 0;
  std::vector<uint16_t> dict_to_ref_;
  std::vector<uint16_t> ref_to_dict_;  // kMaxCountries when absent
  std::string_view hs_, pairs_, import_order_, chapters_, hs_col_, value_col_, quantity_col_,
      country_totals_, product_totals_;
};

FlowTotal ToFlowTotal(const TotalRecord& t);

}  // namespace dyad::store
