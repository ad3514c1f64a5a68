// The import transaction: buffers rows per year (24 bytes each), then at Commit sorts
// and encodes the years on two threads, writes the meta file, fsyncs everything and
// switches the manifest. Until the switch nothing it wrote is visible; on failure or
// destruction its files are removed.
#include <algorithm>
#include <atomic>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

#include "reference/countries.h"
#include "store/meta.h"
#include "store/partition.h"
#include "store/row_buffer.h"
#include "store/store_internal.h"

namespace dyad::store::internal {
namespace {

std::string Hs6Text(uint32_t hs6) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%06u", hs6);
  return buf;
}

std::string CodeOf(uint16_t index) {
  const auto& table = reference::Countries::Builtin();
  return index < table.all().size() ? table.at(index).code : "#" + std::to_string(index);
}

std::string_view SideText(Side side) {
  switch (side) {
    case Side::kReconciled: return "reconciled";
    case Side::kExporterReported: return "exporter-reported";
    case Side::kImporterReported: return "importer-reported";
  }
  return "?";
}

std::string FlowText(uint16_t year, uint16_t exporter, uint16_t importer, uint32_t hs6) {
  return std::to_string(year) + " " + CodeOf(exporter) + "->" + CodeOf(importer) + " " + Hs6Text(hs6);
}

class ImportTxnImpl final : public ImportTxn {
 public:
  ImportTxnImpl(fs::path dir, FileLock lock, Manifest base, std::shared_ptr<const Snapshot> snap,
                DatasetInfo info)
      : dir_(std::move(dir)),
        lock_(std::move(lock)),
        base_(std::move(base)),
        snapshot_(std::move(snap)),
        info_(std::move(info)),
        country_count_(std::min<size_t>(reference::Countries::Builtin().all().size(), kMaxCountries)) {}

  ~ImportTxnImpl() override {
    if (!committed_) RemoveWritten();
  }

  const Dataset* existing() const override { return snapshot_->FindDataset(info_.name); }

  Status AddProductFlows(std::span<const ProductFlow> flows) override {
    DYAD_RETURN_IF_ERROR(CheckOpen());
    for (const ProductFlow& f : flows) {
      if (f.year < 1900 || f.year > 2200) {
        return InvalidInput("flow " + FlowText(f.year, f.exporter, f.importer, f.hs6) +
                            ": year out of range 1900-2200");
      }
      if (f.exporter >= country_count_ || f.importer >= country_count_) {
        return InvalidInput("flow " + FlowText(f.year, f.exporter, f.importer, f.hs6) +
                            ": country index out of range");
      }
      if (f.hs6 > 999999 || static_cast<uint8_t>(f.side) > 2) {
        return InvalidInput("flow " + FlowText(f.year, f.exporter, f.importer, f.hs6) +
                            ": hs6 code or side out of range");
      }
      if (f.value_usd < 0) {
        return InvalidInput("flow " + FlowText(f.year, f.exporter, f.importer, f.hs6) +
                            ": negative value " + std::to_string(f.value_usd));
      }
      if (f.quantity_kg < -1) {
        return InvalidInput("flow " + FlowText(f.year, f.exporter, f.importer, f.hs6) +
                            ": negative quantity " + std::to_string(f.quantity_kg));
      }
      if (f.year != last_year_ || last_buffer_ == nullptr) {
        last_year_ = f.year;
        last_buffer_ = &years_[f.year];
      }
      DYAD_RETURN_IF_ERROR(last_buffer_->Append(
          PackedRow{PackKey(f.side, f.exporter, f.importer, f.hs6), f.value_usd, f.quantity_kg}));
    }
    return Status::Ok();
  }

  Status AddAggregateFlows(std::span<const AggregateFlow> flows) override {
    DYAD_RETURN_IF_ERROR(CheckOpen());
    for (const AggregateFlow& a : flows) {
      std::string what = "national total " + std::to_string(a.year) + " " + CodeOf(a.reporter) +
                         "-" + CodeOf(a.partner) + " months " + a.months();
      if (a.reporter >= country_count_ || a.partner >= country_count_) {
        return InvalidInput(what + ": country index out of range");
      }
      if (a.first_month < 1 || a.first_month > a.last_month || a.last_month > 12) {
        return InvalidInput(what + ": months out of range");
      }
      for (const auto* v : {&a.exports_usd, &a.imports_usd, &a.total_usd}) {
        if (v->has_value() && **v < 0) return InvalidInput(what + ": negative value");
      }
      aggregates_.push_back(a);
    }
    return Status::Ok();
  }

  Status AddProductDescription(uint32_t hs6, std::string description) override {
    DYAD_RETURN_IF_ERROR(CheckOpen());
    if (hs6 > 999999) return InvalidInput("product description: hs6 code out of range");
    descriptions_.emplace_back(hs6, std::move(description));
    return Status::Ok();
  }

  Result<CommitStats> Commit(ProgressSink* progress) override {
    DYAD_RETURN_IF_ERROR(CheckOpen());
    done_ = true;
    Result<CommitStats> r = DoCommit(progress);
    if (progress != nullptr) progress->Finish();
    if (!r.ok()) RemoveWritten();
    lock_.reset();
    years_.clear();
    return r;
  }

 private:
  Status CheckOpen() const {
    if (done_) return Internal("import of " + info_.name + " already committed or failed");
    return Status::Ok();
  }

  void RemoveWritten() {
    std::lock_guard<std::mutex> guard(mu_);
    for (const std::string& name : written_) ::unlink((dir_ / name).c_str());
    written_.clear();
  }

  // Sorts, checks and writes one year; releases its rows afterwards.
  Result<StoredFile> WriteYear(uint16_t year, RowBuffer* rows, uint64_t generation) {
    // Dictionaries: the countries and hs6 codes present.
    std::vector<bool> country_seen(kMaxCountries), hs_seen(1 << 20);
    for (size_t i = 0; i < rows->size(); ++i) {
      uint64_t key = rows->data()[i].key;
      country_seen[ExporterOfKey(key)] = true;
      country_seen[ImporterOfKey(key)] = true;
      hs_seen[Hs6OfKey(key)] = true;
    }
    std::vector<uint16_t> countries;
    for (uint16_t c = 0; c < kMaxCountries; ++c) {
      if (country_seen[c]) countries.push_back(c);
    }
    std::vector<uint32_t> hs_codes;
    for (uint32_t h = 0; h < (1u << 20); ++h) {
      if (hs_seen[h]) hs_codes.push_back(h);
    }
    PartitionWriter writer(year, std::move(countries), std::move(hs_codes));
    Status s = SortYear(
        rows,
        [&](uint64_t key) {
          return InvalidInput("dataset " + info_.name + ": duplicate flow " +
                              FlowText(year, ExporterOfKey(key), ImporterOfKey(key), Hs6OfKey(key)) +
                              " (" + std::string(SideText(SideOfKey(key))) + ")");
        },
        [&](std::span<const PackedRow> pair) { writer.AddPair(pair); });
    DYAD_RETURN_IF_ERROR(s);
    rows->Release();
    std::string name = PartitionFileName(generation, year);
    {
      std::lock_guard<std::mutex> guard(mu_);
      written_.push_back(name);
    }
    return writer.Write(dir_, name);
  }

  Result<CommitStats> DoCommit(ProgressSink* progress) {
    uint64_t generation = base_.generation + 1;
    CommitStats stats;
    stats.dataset = info_.name;
    std::vector<std::pair<uint16_t, RowBuffer*>> years;
    for (auto& [year, rows] : years_) {
      if (rows.size() == 0) continue;
      years.emplace_back(year, &rows);
      stats.product_rows += rows.size();
    }
    // Two workers take years in turn; a single year is handled by one.
    std::vector<Result<StoredFile>> results(years.size(), Internal("not written"));
    std::atomic<size_t> next{0};
    std::atomic<bool> failed{false};
    std::atomic<uint64_t> rows_done{0};
    auto work = [&] {
      for (size_t i; (i = next.fetch_add(1)) < years.size();) {
        if (failed.load()) return;
        results[i] = WriteYear(years[i].first, years[i].second, generation);
        if (!results[i].ok()) failed.store(true);
        rows_done += results[i].ok() ? results[i]->rows : 0;
        if (progress != nullptr) {
          progress->Update("writing " + info_.name, rows_done.load(), stats.product_rows, rows_done.load());
        }
      }
    };
    if (years.size() > 1) {
      std::thread helper(work);
      work();
      helper.join();
    } else {
      work();
    }
    DatasetEntry entry;
    entry.info = info_;
    if (entry.info.imported_at.empty()) entry.info.imported_at = NowUtc();
    entry.product_rows = stats.product_rows;
    for (size_t i = 0; i < results.size(); ++i) {
      if (!results[i].ok()) return results[i].status();
      entry.files.push_back(*results[i]);
      stats.years.push_back(years[i].first);
    }

    std::sort(aggregates_.begin(), aggregates_.end(), AggregateLess);
    for (size_t i = 1; i < aggregates_.size(); ++i) {
      const AggregateFlow& a = aggregates_[i];
      if (!AggregateLess(aggregates_[i - 1], a)) {
        return InvalidInput("dataset " + info_.name + ": duplicate national total " +
                            std::to_string(a.year) + " " + CodeOf(a.reporter) + "-" +
                            CodeOf(a.partner) + " months " + a.months());
      }
    }
    std::stable_sort(descriptions_.begin(), descriptions_.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    // A code described twice keeps its first description.
    descriptions_.erase(std::unique(descriptions_.begin(), descriptions_.end(),
                                    [](const auto& a, const auto& b) { return a.first == b.first; }),
                        descriptions_.end());
    if (!aggregates_.empty() || !descriptions_.empty()) {
      std::string name = MetaFileName(generation);
      {
        std::lock_guard<std::mutex> guard(mu_);
        written_.push_back(name);
      }
      DYAD_ASSIGN_OR_RETURN(StoredFile meta, WriteMetaFile(dir_, name, aggregates_, descriptions_));
      entry.files.push_back(std::move(meta));
    }
    entry.aggregate_rows = aggregates_.size();
    entry.descriptions = descriptions_.size();
    for (const AggregateFlow& a : aggregates_) {
      if (entry.aggregate_years.empty() || entry.aggregate_years.back() != a.year) {
        entry.aggregate_years.push_back(a.year);
      }
    }
    DYAD_RETURN_IF_ERROR(SyncDir(dir_));

    Manifest next_manifest;
    next_manifest.generation = generation;
    for (DatasetEntry& d : base_.datasets) {
      if (d.info.name == info_.name) {
        stats.replaced = true;
      } else {
        next_manifest.datasets.push_back(d);
      }
    }
    for (const StoredFile& f : entry.files) stats.bytes += f.size;
    stats.files = static_cast<uint32_t>(entry.files.size());
    stats.aggregate_rows = entry.aggregate_rows;
    stats.descriptions = entry.descriptions;
    next_manifest.datasets.push_back(std::move(entry));
    std::sort(next_manifest.datasets.begin(), next_manifest.datasets.end(),
              [](const DatasetEntry& a, const DatasetEntry& b) { return a.info.name < b.info.name; });
    DYAD_RETURN_IF_ERROR(PublishManifest(dir_, next_manifest));
    committed_ = true;
    CollectGarbage(dir_, next_manifest);
    return stats;
  }

  fs::path dir_;
  std::optional<FileLock> lock_;  // released when the transaction ends
  Manifest base_;
  std::shared_ptr<const Snapshot> snapshot_;
  DatasetInfo info_;
  size_t country_count_;
  std::map<uint16_t, RowBuffer> years_;
  uint16_t last_year_ = 0;
  RowBuffer* last_buffer_ = nullptr;
  std::vector<AggregateFlow> aggregates_;
  std::vector<std::pair<uint32_t, std::string>> descriptions_;
  std::mutex mu_;
  std::vector<std::string> written_;
  bool done_ = false;
  bool committed_ = false;
};

}  // namespace

std::unique_ptr<ImportTxn> NewImportTxn(fs::path dir, FileLock lock, Manifest base,
                                        std::shared_ptr<const Snapshot> base_snapshot,
                                        DatasetInfo info) {
  return std::make_unique<ImportTxnImpl>(std::move(dir), std::move(lock), std::move(base),
                                         std::move(base_snapshot), std::move(info));
}

}  // namespace dyad::store::internal
