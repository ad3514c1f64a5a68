// Snapshots: every file of one manifest, mapped, with the Dataset queries answered
// from the partitions' pre-aggregates.
#include <algorithm>

#include "store/encoding.h"
#include "store/meta.h"
#include "store/partition.h"
#include "store/store_internal.h"

namespace dyad::store::internal {
namespace {

class DatasetImpl final : public Dataset {
 public:
  explicit DatasetImpl(const DatasetEntry& entry) : entry_(entry) {
    for (const StoredFile& f : entry.files) bytes_ += f.size;
  }

  Status Add(std::unique_ptr<Partition> p) {
    if (!years_.empty() && p->year() <= years_.back()) {
      return Corrupt(p->name() + ": partitions not in ascending year order");
    }
    years_.push_back(p->year());
    partitions_.push_back(std::move(p));
    return Status::Ok();
  }
  void SetMeta(std::unique_ptr<MetaFile> m) { meta_ = std::move(m); }

  const DatasetInfo& info() const override { return entry_.info; }
  std::span<const uint16_t> years() const override { return years_; }
  std::span<const uint16_t> aggregate_years() const override { return entry_.aggregate_years; }
  uint64_t product_rows() const override { return entry_.product_rows; }
  uint64_t aggregate_rows() const override { return entry_.aggregate_rows; }
  uint64_t bytes_on_disk() const override { return bytes_; }
  uint64_t file_count() const override { return entry_.files.size(); }

  std::vector<PairYearTotal> PairYears(uint16_t exporter, uint16_t importer) const override {
    std::vector<PairYearTotal> out;
    for (const auto& p : partitions_) {
      for (Side side : {Side::kReconciled, Side::kExporterReported, Side::kImporterReported}) {
        if (!p->HasSide(side)) continue;
        if (auto rec = p->FindPair(side, exporter, importer)) out.push_back(p->ToTotal(*rec));
      }
    }
    return out;
  }

  std::optional<FlowTotal> PairYear(uint16_t year, uint16_t exporter, uint16_t importer,
                                    Side side) const override {
    const Partition* p = Find(year);
    if (p == nullptr) return std::nullopt;
    auto rec = p->FindPair(side, exporter, importer);
    if (!rec) return std::nullopt;
    return p->ToTotal(*rec).total;
  }

  std::vector<PairYearTotal> Partners(uint16_t year, uint16_t country, Side side) const override {
    const Partition* p = Find(year);
    if (p == nullptr) return {};
    std::vector<PairYearTotal> out = p->Partners(country, side);
    // Exports first, then imports; each by partner's reference index.
    auto mid = std::stable_partition(out.begin(), out.end(),
                                     [&](const PairYearTotal& t) { return t.exporter == country; });
    std::sort(out.begin(), mid, [](const auto& a, const auto& b) { return a.importer < b.importer; });
    std::sort(mid, out.end(), [](const auto& a, const auto& b) { return a.exporter < b.exporter; });
    return out;
  }

  std::vector<PairYearTotal> AllPairs(uint16_t year, Side side) const override {
    const Partition* p = Find(year);
    return p == nullptr ? std::vector<PairYearTotal>{} : p->AllPairs(side);
  }

  std::optional<CountryYearTotal> CountryYear(uint16_t year, uint16_t country,
                                              Side side) const override {
    const Partition* p = Find(year);
    return p == nullptr ? std::nullopt : p->CountryYear(country, side);
  }

  Result<std::vector<ChapterTotal>> PairChapters(uint16_t year, uint16_t exporter,
                                                 uint16_t importer, Side side) const override {
    const Partition* p = Find(year);
    if (p == nullptr) return std::vector<ChapterTotal>{};
    auto rec = p->FindPair(side, exporter, importer);
    if (!rec) return std::vector<ChapterTotal>{};
    return p->Chapters(*rec);
  }

  std::vector<ProductTotal> ProductWorldTotals(uint16_t year, Side side) const override {
    const Partition* p = Find(year);
    return p == nullptr ? std::vector<ProductTotal>{} : p->ProductTotals(side);
  }

  Result<std::vector<ProductRow>> PairProducts(uint16_t year, uint16_t exporter, uint16_t importer,
                                               Side side) const override {
    std::vector<ProductRow> rows;
    const Partition* p = Find(year);
    if (p == nullptr) return rows;
    auto rec = p->FindPair(side, exporter, importer);
    if (!rec) return rows;
    DYAD_RETURN_IF_ERROR(p->DecodeRows(*rec, &rows));
    return rows;
  }

  Status ForEachRow(uint16_t year,
                    const std::function<Status(const ProductFlow&)>& fn) const override {
    const Partition* p = Find(year);
    if (p == nullptr) return Status::Ok();
    std::vector<ProductRow> rows;
    ProductFlow flow;
    flow.year = year;
    for (size_t i = 0; i < p->pair_count(); ++i) {
      PairRecord rec = p->PairAt(i);
      DYAD_RETURN_IF_ERROR(p->DecodeRows(rec, &rows));
      flow.exporter = p->CountryRef(rec.exporter);
      flow.importer = p->CountryRef(rec.importer);
      flow.side = static_cast<Side>(rec.side);
      for (const ProductRow& r : rows) {
        flow.hs6 = r.hs6;
        flow.value_usd = r.value_usd;
        flow.quantity_kg = r.quantity_kg;
        DYAD_RETURN_IF_ERROR(fn(flow));
      }
    }
    return Status::Ok();
  }

  std::span<const AggregateFlow> aggregates() const override {
    if (meta_ == nullptr) return {};
    return meta_->aggregates();
  }

  std::vector<AggregateFlow> AggregatesFor(uint16_t reporter, uint16_t partner) const override {
    std::vector<AggregateFlow> out;
    for (const AggregateFlow& a : aggregates()) {
      if (a.reporter == reporter && a.partner == partner) out.push_back(a);
    }
    return out;
  }

  std::string_view ProductDescription(uint32_t hs6) const override {
    return meta_ == nullptr ? std::string_view() : meta_->Description(hs6);
  }

 private:
  const Partition* Find(uint16_t year) const {
    auto it = std::lower_bound(years_.begin(), years_.end(), year);
    if (it == years_.end() || *it != year) return nullptr;
    return partitions_[static_cast<size_t>(it - years_.begin())].get();
  }

  DatasetEntry entry_;
  std::vector<uint16_t> years_;
  std::vector<std::unique_ptr<Partition>> partitions_;
  std::unique_ptr<MetaFile> meta_;
  uint64_t bytes_ = 0;
};

class SnapshotImpl final : public Snapshot {
 public:
  explicit SnapshotImpl(uint64_t generation) : generation_(generation) {}
  uint64_t generation() const override { return generation_; }
  const std::vector<std::unique_ptr<const Dataset>>& datasets() const override { return datasets_; }
  const Dataset* FindDataset(std::string_view name) const override {
    for (const auto& d : datasets_) {
      if (d->info().name == name) return d.get();
    }
    return nullptr;
  }
  std::vector<std::unique_ptr<const Dataset>> datasets_;

 private:
  uint64_t generation_;
};

}  // namespace

Result<std::shared_ptr<const Snapshot>> LoadSnapshot(const fs::path& dir, const Manifest& m) {
  auto snap = std::make_shared<SnapshotImpl>(m.generation);
  for (const DatasetEntry& entry : m.datasets) {
    auto ds = std::make_unique<DatasetImpl>(entry);
    for (const StoredFile& f : entry.files) {
      std::string name = "store/" + f.name;
      DYAD_ASSIGN_OR_RETURN(MappedFile file, MappedFile::Open(dir / f.name));
      if (file.size() != f.size) {
        return Corrupt(name + ": size " + std::to_string(file.size()) + ", the manifest says " +
                       std::to_string(f.size));
      }
      if (file.size() < 16 ||
          enc::LoadLE<uint64_t>(file.data().data() + file.size() - 16) != f.checksum) {
        return Corrupt(name + ": checksum does not match the manifest");
      }
      if (f.type == StoredFileType::kPartition) {
        DYAD_ASSIGN_OR_RETURN(auto p, Partition::Open(std::move(file), name));
        if (p->year() != f.year || p->rows() != f.rows) {
          return Corrupt(name + ": year or row count differs from the manifest");
        }
        DYAD_RETURN_IF_ERROR(ds->Add(std::move(p)));
      } else {
        DYAD_ASSIGN_OR_RETURN(auto meta, MetaFile::Open(std::move(file), name));
        if (meta->aggregates().size() != f.rows) {
          return Corrupt(name + ": aggregate row count differs from the manifest");
        }
        ds->SetMeta(std::move(meta));
      }
    }
    snap->datasets_.push_back(std::move(ds));
  }
  return std::shared_ptr<const Snapshot>(std::move(snap));
}

}  // namespace dyad::store::internal
