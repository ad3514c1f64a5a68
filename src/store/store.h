// The trade store: datasets of product-level flows and national totals, kept in
// year-partitioned, memory-mapped, checksummed files under <data_dir>/store/, with
// pre-aggregates built at import so that bilateral and ranking queries never scan raw
// rows. Format and commit protocol: docs/store-format.md.
//
// Concurrency: a Store may be used from several threads. One import runs at a time
// across all processes (an exclusive flock, waited for); readers are never blocked by
// an import and never see half of one. A Snapshot is immutable and safe to read from any
// thread; its memory maps stay valid while the snapshot lives, even after a later commit
// replaced or removed its files (POSIX keeps an unlinked, mapped file alive).
//
// Countries in this API are indexes into reference::Countries::Builtin(); hs6 codes are
// numbers (10121 for "010121"). Money is integer US dollars; quantities integer kg.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/progress.h"
#include "base/status.h"
#include "store/sink.h"
#include "store/types.h"

namespace dyad::store {

namespace fs = std::filesystem;

// A sum over product rows. `quantity_kg` sums only the rows whose quantity is known
// (`rows_with_quantity` of `rows`).
struct FlowTotal {
  int64_t value_usd = 0;
  int64_t quantity_kg = 0;
  uint64_t rows = 0;
  uint64_t rows_with_quantity = 0;
  friend bool operator==(const FlowTotal&, const FlowTotal&) = default;
};

// Everything `exporter` shipped to `importer` in `year`, as declared by `side`.
struct PairYearTotal {
  uint16_t year = 0;
  uint16_t exporter = 0;
  uint16_t importer = 0;
  Side side = Side::kReconciled;
  FlowTotal total;
};

// A country's trade with the world (all partners in the dataset) in a year, per side.
struct CountryYearTotal {
  uint16_t year = 0;
  uint16_t country = 0;
  Side side = Side::kReconciled;
  FlowTotal exports;
  FlowTotal imports;
};

// One HS chapter (1..99) of a pair-year.
struct ChapterTotal {
  uint8_t chapter = 0;
  FlowTotal total;
};

// One hs6 product summed over all exporters (= all importers) of a year: the world
// total that RCA divides by.
struct ProductTotal {
  uint32_t hs6 = 0;
  FlowTotal total;
};

// One stored product row of a known pair-year.
struct ProductRow {
  uint32_t hs6 = 0;
  int64_t value_usd = 0;
  int64_t quantity_kg = -1;  // -1 when missing
};

// Rows of an import, what was written and how long it took.
struct CommitStats {
  std::string dataset;
  uint64_t product_rows = 0;
  uint64_t aggregate_rows = 0;
  uint64_t descriptions = 0;
  std::vector<uint16_t> years;  // years with product rows
  uint32_t files = 0;
  uint64_t bytes = 0;           // bytes written
  bool replaced = false;        // a dataset of the same name existed before
};

// What `verify` covered.
struct VerifyReport {
  uint64_t datasets = 0;
  uint64_t files = 0;
  uint64_t rows = 0;  // product rows + aggregate rows
};

// One dataset as seen by a snapshot. All queries are answered from pre-aggregates
// (binary searches over small sorted tables) unless they say they decode rows.
class Dataset {
 public:
  virtual ~Dataset() = default;

  virtual const DatasetInfo& info() const = 0;
  // Years with product rows, ascending.
  virtual std::span<const uint16_t> years() const = 0;
  // Years with aggregate (national totals) rows, ascending.
  virtual std::span<const uint16_t> aggregate_years() const = 0;
  virtual uint64_t product_rows() const = 0;
  virtual uint64_t aggregate_rows() const = 0;
  virtual uint64_t bytes_on_disk() const = 0;  // all files of the dataset
  virtual uint64_t file_count() const = 0;

  // exporter -> importer for every year (ascending) and side present; empty if none.
  // This is the `trade` query: one binary search per year partition.
  virtual std::vector<PairYearTotal> PairYears(uint16_t exporter, uint16_t importer) const = 0;

  // The pair-year total, or nullopt when the pair has no rows that year.
  virtual std::optional<FlowTotal> PairYear(uint16_t year, uint16_t exporter, uint16_t importer,
                                            Side side) const = 0;

  // All pairs of `year` and `side` where `country` is the exporter or the importer
  // (both directions), exporter-side pairs first, each ordered by partner index.
  virtual std::vector<PairYearTotal> Partners(uint16_t year, uint16_t country,
                                              Side side) const = 0;

  // Every pair of `year` and `side`, ordered by (exporter, importer).
  virtual std::vector<PairYearTotal> AllPairs(uint16_t year, Side side) const = 0;

  // The country's exports to and imports from all partners in `year` and `side`;
  // nullopt if the country has no rows that year.
  virtual std::optional<CountryYearTotal> CountryYear(uint16_t year, uint16_t country,
                                                      Side side) const = 0;

  // Chapters of a pair-year with rows, ascending; kCorrupt if the block does not decode.
  virtual Result<std::vector<ChapterTotal>> PairChapters(uint16_t year, uint16_t exporter,
                                                 uint16_t importer, Side side) const = 0;

  // World totals per hs6 for `year` and `side`, ascending by hs6.
  virtual std::vector<ProductTotal> ProductWorldTotals(uint16_t year, Side side) const = 0;

  // The raw rows of one pair-year, ascending by hs6 (decoded from a contiguous block).
  // Fails with kCorrupt if the block does not decode.
  virtual Result<std::vector<ProductRow>> PairProducts(uint16_t year, uint16_t exporter,
                                                       uint16_t importer, Side side) const = 0;

  // Calls `fn` for every product row of `year` (all sides), ordered by side, exporter,
  // importer, hs6. Stops and returns the first non-OK status `fn` returns; kCorrupt if
  // a block does not decode.
  virtual Status ForEachRow(uint16_t year,
                            const std::function<Status(const ProductFlow&)>& fn) const = 0;

  // National totals, ordered by (year, reporter, partner, first_month, last_month).
  virtual std::span<const AggregateFlow> aggregates() const = 0;
  // Those published by `reporter` about `partner` (both directions are separate rows).
  virtual std::vector<AggregateFlow> AggregatesFor(uint16_t reporter, uint16_t partner) const = 0;

  // The product's description from the imported release, or "" when none.
  virtual std::string_view ProductDescription(uint32_t hs6) const = 0;
};

// A consistent view of the last committed state. Immutable; thread-safe.
class Snapshot {
 public:
  virtual ~Snapshot() = default;
  // Increases with every commit; 0 for an empty store.
  virtual uint64_t generation() const = 0;
  // Ordered by dataset name.
  virtual const std::vector<std::unique_ptr<const Dataset>>& datasets() const = 0;
  // nullptr when no dataset has that name.
  virtual const Dataset* FindDataset(std::string_view name) const = 0;
};

// An import in progress: a FlowSink that buffers rows (about 24 bytes each, no
// per-row allocation) and writes them at Commit. Rows may arrive unsorted and in any
// number of batches. Adding rejects an impossible row (bad year, country index, hs6 >
// 999999, negative value, quantity < -1) with kInvalidInput naming it. Destroying an
// uncommitted transaction removes its files and releases the import lock.
class ImportTxn : public FlowSink {
 public:
  ~ImportTxn() override = default;

  // Sorts, checks that no (year, exporter, importer, side, hs6) appears twice (the
  // error names the key: "dataset baci: duplicate flow 2022 KAZ->TJK 010121
  // (reconciled)"), writes partitions and pre-aggregates, fsyncs, and atomically
  // switches the manifest. A dataset of the same name is replaced as a whole. On any
  // failure the store is unchanged. Call at most once.
  virtual Result<CommitStats> Commit(ProgressSink* progress) = 0;

  // The existing dataset of the same name, if any (for "unchanged" checks against
  // DatasetInfo::files before adding rows).
  virtual const Dataset* existing() const = 0;
};

class Store {
 public:
  // Opens (creating on first use) <data_dir>/store. Removes leftovers of interrupted
  // imports when no import is running. Fails with kCorrupt on an unreadable manifest.
  static Result<std::unique_ptr<Store>> Open(const fs::path& data_dir);
  virtual ~Store() = default;

  // The store directory (<data_dir>/store).
  virtual const fs::path& dir() const = 0;

  // Starts an import of `info` (name: 1-64 of [A-Za-z0-9._-]). Waits while another
  // process imports. `imported_at` is filled in at commit if empty.
  virtual Result<std::unique_ptr<ImportTxn>> BeginImport(DatasetInfo info) = 0;

  // The latest committed state. Cheap when nothing changed since the last call (the
  // manifest is re-read, the maps are shared).
  virtual Result<std::shared_ptr<const Snapshot>> OpenSnapshot() = 0;

  // Checks the manifest and every file it lists: size, magic, version, checksum, and
  // the invariants of each partition (sorted unique keys, totals equal sums of rows).
  // Fails with kCorrupt naming the first problem ("store/g000003-y2022.dyp: checksum
  // mismatch"); kBusy if an import committed and deleted a file while verifying.
  // Never writes.
  virtual Result<VerifyReport> Verify(ProgressSink* progress) = 0;

  // Removes a dataset (an atomic commit of its own). kNotFound if there is none.
  virtual Status RemoveDataset(std::string_view name) = 0;
};

}  // namespace dyad::store
