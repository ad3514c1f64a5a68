// Partition::Verify: decodes every row and recomputes every pre-aggregate from them,
// so a file that passes agrees with a naive row-by-row sum.
#include <cstring>
#include <map>

#include "store/encoding.h"
#include "store/partition.h"

namespace dyad::store {
namespace {

bool SameTotal(const TotalRecord& a, const TotalRecord& b) {
  return a.value_usd == b.value_usd && a.quantity_kg == b.quantity_kg && a.rows == b.rows &&
         a.rows_with_quantity == b.rows_with_quantity;
}

void Add(TotalRecord* t, const ProductRow& r) {
  t->value_usd += r.value_usd;
  if (r.quantity_kg >= 0) {
    t->quantity_kg += r.quantity_kg;
    ++t->rows_with_quantity;
  }
  ++t->rows;
}

}  // namespace

Status Partition::Verify() const {
  size_t n_countries = dict_to_ref_.size();
  for (size_t i = 0; i < n_countries; ++i) {
    if (ref_to_dict_[dict_to_ref_[i]] != i) return Corruption("country dictionary has duplicates");
  }
  size_t hs_count = hs_.size() / 4;
  for (size_t i = 0; i < hs_count; ++i) {
    uint32_t code = enc::LoadLE<uint32_t>(hs_.data() + i * 4);
    if (code > 999999) return Corruption("hs6 code " + std::to_string(code) + " out of range");
    if (i > 0 && code <= enc::LoadLE<uint32_t>(hs_.data() + (i - 1) * 4)) {
      return Corruption("hs6 dictionary not sorted");
    }
  }

  std::vector<TotalRecord> country_exports(3 * n_countries), country_imports(3 * n_countries);
  std::vector<TotalRecord> products(3 * hs_count);
  std::vector<ProductRow> rows;
  uint64_t total_rows = 0;
  uint64_t prev_key = 0;
  size_t hs_pos = 0, val_pos = 0, qty_pos = 0, ch_pos = 0;
  for (size_t i = 0; i < pair_count_; ++i) {
    PairRecord p = PairAt(i);
    std::string where = "pair " + std::to_string(i);
    if (p.side > 2 || p.exporter >= n_countries || p.importer >= n_countries || p.rows == 0) {
      return Corruption(where + ": bad key or empty");
    }
    uint64_t key = static_cast<uint64_t>(p.side) << 32 | static_cast<uint64_t>(p.exporter) << 16 | p.importer;
    if (i > 0 && key <= prev_key) return Corruption(where + ": pairs not sorted or duplicated");
    prev_key = key;
    if (p.hs_offset != hs_pos || p.value_offset != val_pos || p.quantity_offset != qty_pos ||
        p.chapter_offset != ch_pos) {
      return Corruption(where + ": block offsets are not contiguous");
    }
    DYAD_RETURN_IF_ERROR(DecodeRows(p, &rows));
    // Find where the block ended: re-walk the varints.
    enc::Reader hs(hs_col_.substr(hs_pos)), val(value_col_.substr(val_pos)), qty(quantity_col_.substr(qty_pos));
    for (uint32_t k = 0; k < p.rows; ++k) {
      hs.Varint();
      if (val.Varint() > static_cast<uint64_t>(INT64_MAX)) return Corruption(where + ": value out of range");
      qty.Varint();
    }
    hs_pos = static_cast<size_t>(hs.position() - hs_col_.data());
    val_pos = static_cast<size_t>(val.position() - value_col_.data());
    qty_pos = static_cast<size_t>(qty.position() - quantity_col_.data());

    TotalRecord sum{};
    std::map<uint8_t, TotalRecord> chapters;
    for (const ProductRow& r : rows) {
      if (r.quantity_kg < -1) return Corruption(where + ": quantity out of range");
      Add(&sum, r);
      Add(&chapters[static_cast<uint8_t>(r.hs6 / 10000)], r);
    }
    TotalRecord stored{p.value_usd, p.quantity_kg, p.rows, p.rows_with_quantity};
    if (!SameTotal(sum, stored)) return Corruption(where + ": pair total differs from its rows");
    if (p.rows < kChapterMinRows && p.chapters != 0) {
      return Corruption(where + ": chapter totals stored for a pair of fewer than " +
                        std::to_string(kChapterMinRows) + " rows");
    }
    DYAD_ASSIGN_OR_RETURN(std::vector<ChapterTotal> stored_chapters, Chapters(p));
    if (stored_chapters.size() != chapters.size()) return Corruption(where + ": chapter count differs");
    size_t k = 0;
    for (const auto& [chapter, t] : chapters) {
      const ChapterTotal& c = stored_chapters[k++];
      TotalRecord ct{c.total.value_usd, c.total.quantity_kg, c.total.rows, c.total.rows_with_quantity};
      if (c.chapter != chapter || !SameTotal(ct, t)) {
        return Corruption(where + ": chapter " + std::to_string(chapter) + " total differs from its rows");
      }
    }
    enc::Reader ch(chapters_.substr(ch_pos));
    for (uint32_t c = 0; c < p.chapters; ++c) {
      ch.U8();
      for (int f = 0; f < 4; ++f) ch.Varint();
    }
    ch_pos = static_cast<size_t>(ch.position() - chapters_.data());

    auto add_total = [](TotalRecord* t, const TotalRecord& s) {
      t->value_usd += s.value_usd;
      t->quantity_kg += s.quantity_kg;
      t->rows += s.rows;
      t->rows_with_quantity += s.rows_with_quantity;
    };
    add_total(&country_exports[p.side * n_countries + p.exporter], sum);
    add_total(&country_imports[p.side * n_countries + p.importer], sum);
    for (const ProductRow& r : rows) {
      // DecodeRows resolved hs6 through the dictionary; find its index again.
      size_t lo = 0, hi = hs_count;
      while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (enc::LoadLE<uint32_t>(hs_.data() + mid * 4) < r.hs6) lo = mid + 1; else hi = mid;
      }
      Add(&products[p.side * hs_count + lo], r);
    }
    total_rows += p.rows;
  }
  if (hs_pos != hs_col_.size() || val_pos != value_col_.size() || qty_pos != quantity_col_.size() ||
      ch_pos != chapters_.size()) {
    return Corruption("trailing bytes after the last pair block");
  }
  if (total_rows != rows_) return Corruption("row count differs from the info section");

  // Import order: a permutation sorted by (side, importer, exporter).
  std::vector<bool> seen(pair_count_, false);
  uint64_t prev = 0;
  for (size_t i = 0; i < pair_count_; ++i) {
    uint32_t k = enc::LoadLE<uint32_t>(import_order_.data() + i * 4);
    if (k >= pair_count_ || seen[k]) return Corruption("import order is not a permutation");
    seen[k] = true;
    PairRecord p = PairAt(k);
    uint64_t key = static_cast<uint64_t>(p.side) << 32 | static_cast<uint64_t>(p.importer) << 16 | p.exporter;
    if (i > 0 && key <= prev) return Corruption("import order not sorted");
    prev = key;
  }

  // Country totals: exactly the countries with rows, sorted, equal to the sums.
  size_t expected = 0;
  for (size_t i = 0; i < country_exports.size(); ++i) {
    if (country_exports[i].rows + country_imports[i].rows > 0) ++expected;
  }
  size_t n = country_totals_.size() / sizeof(CountryTotalRecord);
  if (n != expected) return Corruption("country totals: wrong number of records");
  for (size_t i = 0; i < n; ++i) {
    CountryTotalRecord rec;
    std::memcpy(&rec, country_totals_.data() + i * sizeof rec, sizeof rec);
    if (rec.side > 2 || rec.country >= n_countries) return Corruption("country totals: bad key");
    size_t at = rec.side * n_countries + rec.country;
    if (!SameTotal(rec.exports, country_exports[at]) || !SameTotal(rec.imports, country_imports[at])) {
      return Corruption("country totals: " + std::string("record ") + std::to_string(i) +
                        " differs from the sum of its pairs");
    }
    if (i > 0) {
      CountryTotalRecord before;
      std::memcpy(&before, country_totals_.data() + (i - 1) * sizeof rec, sizeof rec);
      if ((before.side << 16 | before.country) >= (rec.side << 16 | rec.country)) {
        return Corruption("country totals not sorted");
      }
    }
  }
  expected = 0;
  for (const TotalRecord& t : products) expected += t.rows > 0 ? 1 : 0;
  n = product_totals_.size() / sizeof(ProductTotalRecord);
  if (n != expected) return Corruption("product totals: wrong number of records");
  size_t j = 0;
  for (size_t i = 0; i < products.size(); ++i) {
    if (products[i].rows == 0) continue;
    ProductTotalRecord rec;
    std::memcpy(&rec, product_totals_.data() + j++ * sizeof rec, sizeof rec);
    uint32_t code = enc::LoadLE<uint32_t>(hs_.data() + (i % hs_count) * 4);
    if (rec.side != i / hs_count || rec.hs6 != code || !SameTotal(rec.total, products[i])) {
      return Corruption("product totals: hs6 " + std::to_string(code) + " differs from the sum of its rows");
    }
  }
  return Status::Ok();
}

}  // namespace dyad::store
