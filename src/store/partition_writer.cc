// Encoding of a year partition. Rows arrive pair by pair, already sorted; each pair
// block appends varints to the three column streams and the chapter stream while the
// pair, country and product totals accumulate, so one pass over the rows does all.
#include <cstring>

#include "reference/countries.h"
#include "store/encoding.h"
#include "store/partition.h"

namespace dyad::store {

char* PartitionWriter::Buffer::Reserve(size_t n) {
  if (size + n > bytes.size()) bytes.resize(std::max(bytes.size() * 2, size + n + 4096));
  return bytes.data() + size;
}

PartitionWriter::PartitionWriter(uint16_t year, std::vector<uint16_t> countries,
                                 std::vector<uint32_t> hs_codes)
    : year_(year), countries_(std::move(countries)), hs_codes_(std::move(hs_codes)) {
  country_dict_.assign(kMaxCountries, 0);
  for (size_t i = 0; i < countries_.size(); ++i) country_dict_[countries_[i]] = static_cast<uint16_t>(i);
  hs_dict_.assign(1 << 20, 0);
  for (size_t i = 0; i < hs_codes_.size(); ++i) hs_dict_[hs_codes_[i]] = static_cast<uint32_t>(i);
  country_totals_.resize(3 * countries_.size());
  for (size_t s = 0; s < 3; ++s) {
    for (size_t i = 0; i < countries_.size(); ++i) {
      CountryTotalRecord& r = country_totals_[s * countries_.size() + i];
      std::memset(&r, 0, sizeof r);
      r.country = static_cast<uint16_t>(i);
      r.side = static_cast<uint8_t>(s);
    }
  }
  product_totals_.resize(3 * hs_codes_.size());
  for (size_t s = 0; s < 3; ++s) {
    for (size_t i = 0; i < hs_codes_.size(); ++i) {
      ProductTotalRecord& r = product_totals_[s * hs_codes_.size() + i];
      std::memset(&r, 0, sizeof r);
      r.hs6 = hs_codes_[i];
      r.side = static_cast<uint8_t>(s);
    }
  }
}

namespace {

inline void AddTo(TotalRecord* t, int64_t value, int64_t quantity, uint64_t rows, uint64_t rows_q) {
  t->value_usd += value;
  t->quantity_kg += quantity;
  t->rows += rows;
  t->rows_with_quantity += rows_q;
}

}  // namespace

void PartitionWriter::AddPair(std::span<const PackedRow> rows) {
  uint64_t key0 = rows[0].key;
  PairRecord p;
  std::memset(&p, 0, sizeof p);
  p.exporter = country_dict_[ExporterOfKey(key0)];
  p.importer = country_dict_[ImporterOfKey(key0)];
  p.side = static_cast<uint8_t>(SideOfKey(key0));
  p.rows = static_cast<uint32_t>(rows.size());
  p.hs_offset = static_cast<uint32_t>(hs_col_.size);
  p.value_offset = static_cast<uint32_t>(value_col_.size);
  p.quantity_offset = static_cast<uint32_t>(quantity_col_.size);
  p.chapter_offset = static_cast<uint32_t>(chapters_.size);

  char* hs = hs_col_.Reserve(rows.size() * 3);
  char* val = value_col_.Reserve(rows.size() * 10);
  char* qty = quantity_col_.Reserve(rows.size() * 10);
  ProductTotalRecord* products = product_totals_.data() + p.side * hs_codes_.size();

  int64_t prev = -1;
  uint32_t chapter = ~0u;
  TotalRecord ch{};
  bool with_chapters = rows.size() >= kChapterMinRows;
  auto flush_chapter = [&] {
    if (chapter == ~0u || !with_chapters) return;
    char* c = chapters_.Reserve(1 + 4 * 10);
    *c++ = static_cast<char>(chapter);
    c = enc::PutVarintRaw(c, ch.rows);
    c = enc::PutVarintRaw(c, ch.rows_with_quantity);
    c = enc::PutVarintRaw(c, static_cast<uint64_t>(ch.value_usd));
    c = enc::PutVarintRaw(c, static_cast<uint64_t>(ch.quantity_kg));
    chapters_.size = static_cast<size_t>(c - chapters_.bytes.data());
    ++p.chapters;
  };
  for (const PackedRow& r : rows) {
    uint32_t code = Hs6OfKey(r.key);
    uint32_t idx = hs_dict_[code];
    hs = enc::PutVarintRaw(hs, static_cast<uint64_t>(idx - prev - 1));
    prev = idx;
    val = enc::PutVarintRaw(val, static_cast<uint64_t>(r.value_usd));
    qty = enc::PutVarintRaw(qty, static_cast<uint64_t>(r.quantity_kg + 1));
    int64_t q = r.quantity_kg >= 0 ? r.quantity_kg : 0;
    uint64_t has_q = r.quantity_kg >= 0 ? 1 : 0;
    p.value_usd += r.value_usd;
    p.quantity_kg += q;
    p.rows_with_quantity += static_cast<uint32_t>(has_q);
    AddTo(&products[idx].total, r.value_usd, q, 1, has_q);
    if (code / 10000 != chapter) {
      flush_chapter();
      chapter = code / 10000;
      ch = TotalRecord{};
    }
    AddTo(&ch, r.value_usd, q, 1, has_q);
  }
  flush_chapter();
  hs_col_.size = static_cast<size_t>(hs - hs_col_.bytes.data());
  value_col_.size = static_cast<size_t>(val - value_col_.bytes.data());
  quantity_col_.size = static_cast<size_t>(qty - quantity_col_.bytes.data());

  size_t n = countries_.size();
  AddTo(&country_totals_[p.side * n + p.exporter].exports, p.value_usd, p.quantity_kg, p.rows,
        p.rows_with_quantity);
  AddTo(&country_totals_[p.side * n + p.importer].imports, p.value_usd, p.quantity_kg, p.rows,
        p.rows_with_quantity);
  pairs_.push_back(p);
  rows_ += rows.size();
}

Result<StoredFile> PartitionWriter::Write(const fs::path& dir, const std::string& name) {
  for (const Buffer* b : {&hs_col_, &value_col_, &quantity_col_, &chapters_}) {
    if (b->size > UINT32_MAX) {
      return InvalidInput("year " + std::to_string(year_) +
                          " is too large for one partition (a stream exceeds 4 GiB)");
    }
  }
  std::string info;
  enc::PutU32(&info, year_);
  enc::PutU32(&info, static_cast<uint32_t>(countries_.size()));
  enc::PutU32(&info, static_cast<uint32_t>(hs_codes_.size()));
  enc::PutU32(&info, static_cast<uint32_t>(pairs_.size()));
  enc::PutU64(&info, rows_);

  std::string dict;
  const auto& table = reference::Countries::Builtin();
  for (uint16_t c : countries_) {
    const std::string& code = table.at(c).code;
    enc::PutU8(&dict, static_cast<uint8_t>(code.size()));
    dict.append(code);
  }
  std::string_view hs(reinterpret_cast<const char*>(hs_codes_.data()), hs_codes_.size() * 4);
  std::string_view pairs(reinterpret_cast<const char*>(pairs_.data()), pairs_.size() * sizeof(PairRecord));

  // The import order: pair indexes sorted by (side, importer, exporter). Pairs are
  // sorted by (side, exporter, importer), so a counting sort by importer within each
  // side keeps exporters ascending.
  std::vector<uint32_t> order(pairs_.size());
  {
    size_t n = countries_.size();
    std::vector<uint32_t> start(3 * n + 1, 0);
    for (const PairRecord& p : pairs_) ++start[p.side * n + p.importer + 1];
    for (size_t i = 1; i < start.size(); ++i) start[i] += start[i - 1];
    for (size_t i = 0; i < pairs_.size(); ++i) {
      order[start[pairs_[i].side * n + pairs_[i].importer]++] = static_cast<uint32_t>(i);
    }
  }
  std::string_view import_order(reinterpret_cast<const char*>(order.data()), order.size() * 4);

  // Only totals with rows are stored.
  std::vector<CountryTotalRecord> countries;
  for (const CountryTotalRecord& r : country_totals_) {
    if (r.exports.rows + r.imports.rows > 0) countries.push_back(r);
  }
  std::vector<ProductTotalRecord> products;
  for (const ProductTotalRecord& r : product_totals_) {
    if (r.total.rows > 0) products.push_back(r);
  }
  std::string_view country_totals(reinterpret_cast<const char*>(countries.data()),
                                  countries.size() * sizeof(CountryTotalRecord));
  std::string_view product_totals(reinterpret_cast<const char*>(products.data()),
                                  products.size() * sizeof(ProductTotalRecord));

  fs::path path = dir / name;
  DYAD_ASSIGN_OR_RETURN(WritableFile file, WritableFile::Create(path));
  // Small writes are gathered so the file sees few large write calls.
  std::string pending;
  auto sink = [&](std::string_view s) -> Status {
    if (s.size() >= (1 << 20)) {
      if (!pending.empty()) {
        DYAD_RETURN_IF_ERROR(file.Append(pending));
        pending.clear();
      }
      return file.Append(s);
    }
    pending.append(s);
    if (pending.size() >= (1 << 20)) {
      DYAD_RETURN_IF_ERROR(file.Append(pending));
      pending.clear();
    }
    return Status::Ok();
  };
  ContainerWriter w(FileKind::kPartition, sink);
  DYAD_RETURN_IF_ERROR(w.AddSection(kInfoSection, info));
  DYAD_RETURN_IF_ERROR(w.AddSection(kCountrySection, dict));
  DYAD_RETURN_IF_ERROR(w.AddSection(kHsSection, hs));
  DYAD_RETURN_IF_ERROR(w.AddSection(kPairSection, pairs));
  DYAD_RETURN_IF_ERROR(w.AddSection(kImportOrderSection, import_order));
  DYAD_RETURN_IF_ERROR(w.AddSection(kCountryTotalSection, country_totals));
  DYAD_RETURN_IF_ERROR(w.AddSection(kProductTotalSection, product_totals));
  DYAD_RETURN_IF_ERROR(w.AddSection(kChapterSection, {chapters_.bytes.data(), chapters_.size}));
  DYAD_RETURN_IF_ERROR(w.AddSection(kHsColumn, {hs_col_.bytes.data(), hs_col_.size}));
  DYAD_RETURN_IF_ERROR(w.AddSection(kValueColumn, {value_col_.bytes.data(), value_col_.size}));
  DYAD_RETURN_IF_ERROR(
      w.AddSection(kQuantityColumn, {quantity_col_.bytes.data(), quantity_col_.size}));
  DYAD_ASSIGN_OR_RETURN(uint64_t checksum, w.Finish());
  if (!pending.empty()) DYAD_RETURN_IF_ERROR(file.Append(pending));
  DYAD_RETURN_IF_ERROR(file.Sync());
  DYAD_RETURN_IF_ERROR(file.Close());

  StoredFile out;
  out.name = name;
  out.type = StoredFileType::kPartition;
  out.year = year_;
  out.rows = rows_;
  out.size = w.size();
  out.checksum = checksum;
  return out;
}

}  // namespace dyad::store
