// The store end to end: commit, read back, replace, snapshot isolation, errors.
#include "store/store.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>
#include <fstream>

#include "base/files.h"
#include "store_test_util.h"

namespace dyad::store {
namespace {

using testing::Idx;
using testing::Import;
using testing::Info;
using testing::TempDir;

std::vector<std::string> StoreFiles(const fs::path& dir) {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(dir / "store")) {
    std::string name = e.path().filename().string();
    if (name != "LOCK" && name != "READERS") out.push_back(name);
  }
  std::sort(out.begin(), out.end());
  return out;
}

ProductFlow Flow(uint16_t year, const char* exp, const char* imp, uint32_t hs6, int64_t value,
                 int64_t qty = -1) {
  ProductFlow f;
  f.year = year;
  f.exporter = Idx(exp);
  f.importer = Idx(imp);
  f.hs6 = hs6;
  f.value_usd = value;
  f.quantity_kg = qty;
  return f;
}

TEST(StoreTest, EmptyStoreHasNoDatasetsAndVerifies) {
  TempDir tmp;
  auto store = Store::Open(tmp.path());
  ASSERT_TRUE(store.ok()) << store.status().message();
  auto snap = (*store)->OpenSnapshot();
  ASSERT_TRUE(snap.ok());
  EXPECT_EQ((*snap)->generation(), 0u);
  EXPECT_TRUE((*snap)->datasets().empty());
  auto report = (*store)->Verify(nullptr);
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->datasets, 0u);
}

TEST(StoreTest, CommitThenEveryQueryReadsItBack) {
  TempDir tmp;
  auto store = std::move(Store::Open(tmp.path()).value());
  auto txn = std::move(store->BeginImport(Info("baci")).value());
  std::vector<ProductFlow> flows = {
      Flow(2022, "KAZ", "TJK", 270900, 5'000'000, 12'000'000),
      Flow(2022, "KAZ", "TJK", 100199, 893'000, -1),
      Flow(2022, "KAZ", "TJK", 100190, 7'000, 20'000),
      Flow(2022, "TJK", "KAZ", 520100, 255'800, 100'000),
      Flow(2022, "KAZ", "RUS", 270900, 1'000'000'000'000, 5),
      Flow(2021, "KAZ", "TJK", 100199, 600'000, 1'000),
  };
  ASSERT_TRUE(txn->AddProductFlows(flows).ok());
  AggregateFlow a;
  a.year = 2023;
  a.reporter = Idx("TJK");
  a.partner = Idx("KAZ");
  a.imports_usd = 893'000'000;
  a.exports_usd = 255'800'000;
  a.total_usd = 1'148'800'000;
  a.qualifier = Qualifier::kApprox;
  a.source = "Statistics Agency";
  a.published = "2024-02";
  ASSERT_TRUE(txn->AddAggregateFlows({&a, 1}).ok());
  ASSERT_TRUE(txn->AddProductDescription(270900, "Petroleum oils, crude").ok());
  auto stats = txn->Commit(nullptr);
  ASSERT_TRUE(stats.ok()) << stats.status().message();
  EXPECT_EQ(stats->product_rows, 6u);
  EXPECT_EQ(stats->aggregate_rows, 1u);
  EXPECT_EQ(stats->years, (std::vector<uint16_t>{2021, 2022}));
  EXPECT_EQ(stats->files, 3u);
  EXPECT_FALSE(stats->replaced);
  txn.reset();

  auto snap = std::move(store->OpenSnapshot().value());
  EXPECT_EQ(snap->generation(), 1u);
  const Dataset* d = snap->FindDataset("baci");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->info().vintage, "V1");
  EXPECT_EQ(d->product_rows(), 6u);
  EXPECT_EQ(std::vector<uint16_t>(d->years().begin(), d->years().end()),
            (std::vector<uint16_t>{2021, 2022}));
  EXPECT_EQ(std::vector<uint16_t>(d->aggregate_years().begin(), d->aggregate_years().end()),
            (std::vector<uint16_t>{2023}));

  auto series = d->PairYears(Idx("KAZ"), Idx("TJK"));
  ASSERT_EQ(series.size(), 2u);
  EXPECT_EQ(series[0].year, 2021);
  EXPECT_EQ(series[0].total.value_usd, 600'000);
  EXPECT_EQ(series[1].year, 2022);
  EXPECT_EQ(series[1].total.value_usd, 5'900'000);
  EXPECT_EQ(series[1].total.quantity_kg, 12'020'000);
  EXPECT_EQ(series[1].total.rows, 3u);
  EXPECT_EQ(series[1].total.rows_with_quantity, 2u);
  EXPECT_EQ(d->PairYear(2022, Idx("TJK"), Idx("KAZ"), Side::kReconciled)->value_usd, 255'800);
  EXPECT_FALSE(d->PairYear(2021, Idx("TJK"), Idx("KAZ"), Side::kReconciled).has_value());
  EXPECT_FALSE(d->PairYear(2022, Idx("KAZ"), Idx("TJK"), Side::kImporterReported).has_value());

  auto rows = d->PairProducts(2022, Idx("KAZ"), Idx("TJK"), Side::kReconciled);
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows->size(), 3u);
  EXPECT_EQ((*rows)[0].hs6, 100190u);
  EXPECT_EQ((*rows)[1].hs6, 100199u);
  EXPECT_EQ((*rows)[1].quantity_kg, -1);
  EXPECT_EQ((*rows)[2].value_usd, 5'000'000);

  auto chapters = d->PairChapters(2022, Idx("KAZ"), Idx("TJK"), Side::kReconciled);
  ASSERT_TRUE(chapters.ok());
  ASSERT_EQ(chapters->size(), 2u);
  EXPECT_EQ((*chapters)[0].chapter, 10);
  EXPECT_EQ((*chapters)[0].total.value_usd, 900'000);
  EXPECT_EQ((*chapters)[1].chapter, 27);

  auto kaz = d->CountryYear(2022, Idx("KAZ"), Side::kReconciled);
  ASSERT_TRUE(kaz.has_value());
  EXPECT_EQ(kaz->exports.value_usd, 1'000'005'900'000);
  EXPECT_EQ(kaz->imports.value_usd, 255'800);
  EXPECT_EQ(kaz->exports.rows, 4u);

  auto partners = d->Partners(2022, Idx("KAZ"), Side::kReconciled);
  ASSERT_EQ(partners.size(), 3u);  // exports to RUS and TJK, imports from TJK
  EXPECT_EQ(partners[2].exporter, Idx("TJK"));

  auto world = d->ProductWorldTotals(2022, Side::kReconciled);
  ASSERT_EQ(world.size(), 4u);
  EXPECT_EQ(world[3].hs6, 520100u);
  EXPECT_EQ(world[2].hs6, 270900u);
  EXPECT_EQ(world[2].total.value_usd, 1'000'005'000'000);

  auto agg = d->AggregatesFor(Idx("TJK"), Idx("KAZ"));
  ASSERT_EQ(agg.size(), 1u);
  EXPECT_EQ(agg[0].total_usd, 1'148'800'000);
  EXPECT_EQ(agg[0].qualifier, Qualifier::kApprox);
  EXPECT_EQ(agg[0].source, "Statistics Agency");
  EXPECT_FALSE(agg[0].months().empty());
  EXPECT_EQ(d->ProductDescription(270900), "Petroleum oils, crude");
  EXPECT_EQ(d->ProductDescription(270910), "");

  size_t n = 0;
  ASSERT_TRUE(d->ForEachRow(2022, [&](const ProductFlow&) {
    ++n;
    return Status::Ok();
  }).ok());
  EXPECT_EQ(n, 5u);

  auto report = store->Verify(nullptr);
  ASSERT_TRUE(report.ok()) << report.status().message();
  EXPECT_EQ(report->datasets, 1u);
  EXPECT_EQ(report->files, 3u);
  EXPECT_EQ(report->rows, 7u);
}

TEST(StoreTest, ReimportReplacesTheDatasetAndDeletesOldFiles) {
  TempDir tmp;
  auto store = std::move(Store::Open(tmp.path()).value());
  ASSERT_TRUE(Import(store.get(), "d", {Flow(2020, "KAZ", "TJK", 10121, 5)}).ok());
  ASSERT_TRUE(Import(store.get(), "other", {Flow(2020, "KAZ", "TJK", 10121, 9)}).ok());
  auto old = std::move(store->OpenSnapshot().value());
  ASSERT_TRUE(Import(store.get(), "d", {Flow(2021, "KAZ", "TJK", 10121, 7)}).ok());
  auto snap = std::move(store->OpenSnapshot().value());
  EXPECT_EQ(snap->generation(), 3u);
  ASSERT_EQ(snap->datasets().size(), 2u);
  auto series = snap->FindDataset("d")->PairYears(Idx("KAZ"), Idx("TJK"));
  ASSERT_EQ(series.size(), 1u);
  EXPECT_EQ(series[0].year, 2021);
  EXPECT_EQ(series[0].total.value_usd, 7);
  EXPECT_EQ(StoreFiles(tmp.path()),
            (std::vector<std::string>{"MANIFEST", "g00000002-y2020.dyp", "g00000003-y2021.dyp"}));
  // The snapshot taken before still reads the old data, although its file is deleted.
  auto old_series = old->FindDataset("d")->PairYears(Idx("KAZ"), Idx("TJK"));
  ASSERT_EQ(old_series.size(), 1u);
  EXPECT_EQ(old_series[0].year, 2020);
  EXPECT_EQ(old_series[0].total.value_usd, 5);
  auto rows = old->FindDataset("d")->PairProducts(2020, Idx("KAZ"), Idx("TJK"), Side::kReconciled);
  ASSERT_TRUE(rows.ok());
  EXPECT_EQ((*rows)[0].value_usd, 5);
}

TEST(StoreTest, SnapshotIsCachedUntilTheNextCommit) {
  TempDir tmp;
  auto store = std::move(Store::Open(tmp.path()).value());
  ASSERT_TRUE(Import(store.get(), "d", {Flow(2020, "KAZ", "TJK", 10121, 5)}).ok());
  auto a = std::move(store->OpenSnapshot().value());
  auto b = std::move(store->OpenSnapshot().value());
  EXPECT_EQ(a.get(), b.get());
  // A second Store object (another process, in effect) sees the commit of the first.
  auto other = std::move(Store::Open(tmp.path()).value());
  ASSERT_TRUE(Import(other.get(), "e", {Flow(2020, "KAZ", "TJK", 10121, 6)}).ok());
  auto c = std::move(store->OpenSnapshot().value());
  EXPECT_EQ(c->generation(), 2u);
  EXPECT_EQ(c->datasets().size(), 2u);
}

TEST(StoreTest, ReadersAreNotBlockedByARunningImportAndASecondImportWaits) {
  TempDir tmp;
  auto store = std::move(Store::Open(tmp.path()).value());
  ASSERT_TRUE(Import(store.get(), "d", {Flow(2020, "KAZ", "TJK", 10121, 5)}).ok());
  auto txn = std::move(store->BeginImport(Info("d")).value());
  ProductFlow f = Flow(2020, "KAZ", "TJK", 10121, 6);
  ASSERT_TRUE(txn->AddProductFlows({&f, 1}).ok());
  EXPECT_EQ(txn->existing()->PairYear(2020, Idx("KAZ"), Idx("TJK"), Side::kReconciled)->value_usd, 5);
  // Another Store object (as another process would) reads and verifies meanwhile.
  auto reader = std::move(Store::Open(tmp.path()).value());
  EXPECT_EQ(reader->OpenSnapshot().value()->generation(), 1u);
  EXPECT_TRUE(reader->Verify(nullptr).ok());
  std::atomic<bool> second_done{false};
  std::thread second([&] {
    EXPECT_TRUE(Import(reader.get(), "e", {Flow(2020, "KAZ", "TJK", 10121, 7)}).ok());
    second_done = true;
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  EXPECT_FALSE(second_done.load());  // waits for the import lock
  ASSERT_TRUE(txn->Commit(nullptr).ok());
  txn.reset();
  second.join();
  auto snap = std::move(store->OpenSnapshot().value());
  EXPECT_EQ(snap->generation(), 3u);
  EXPECT_EQ(snap->FindDataset("d")->PairYear(2020, Idx("KAZ"), Idx("TJK"), Side::kReconciled)->value_usd, 6);
  EXPECT_EQ(snap->FindDataset("e")->PairYear(2020, Idx("KAZ"), Idx("TJK"), Side::kReconciled)->value_usd, 7);
}

TEST(StoreTest, DuplicateKeyNamesTheFlowAndLeavesStoreUnchanged) {
  TempDir tmp;
  auto store = std::move(Store::Open(tmp.path()).value());
  ASSERT_TRUE(Import(store.get(), "d", {Flow(2020, "KAZ", "TJK", 10121, 5)}).ok());
  Status s = Import(store.get(), "d",
                    {Flow(2022, "KAZ", "TJK", 10121, 5), Flow(2022, "KAZ", "RUS", 10121, 5),
                     Flow(2022, "KAZ", "TJK", 10121, 6)});
  EXPECT_EQ(s.code(), StatusCode::kInvalidInput);
  EXPECT_EQ(s.message(), "dataset d: duplicate flow 2022 KAZ->TJK 010121 (reconciled)");
  auto snap = std::move(store->OpenSnapshot().value());
  EXPECT_EQ(snap->generation(), 1u);
  EXPECT_EQ(snap->FindDataset("d")->PairYears(Idx("KAZ"), Idx("TJK"))[0].year, 2020);
  EXPECT_EQ(StoreFiles(tmp.path()), (std::vector<std::string>{"MANIFEST", "g00000001-y2020.dyp"}));
}

TEST(StoreTest, DuplicateKeyIsFoundInUnsortedInputToo) {
  TempDir tmp;
  auto store = std::move(Store::Open(tmp.path()).value());
  auto flows = testing::RandomFlows(7, 5000, 2020, 2020);
  flows.push_back(flows[1234]);
  flows.back().value_usd += 1;
  Status s = Import(store.get(), "d", flows);
  EXPECT_EQ(s.code(), StatusCode::kInvalidInput);
  EXPECT_NE(s.message().find("dataset d: duplicate flow 2020 "), std::string::npos) << s.message();
}

TEST(StoreTest, DuplicateNationalTotalIsRejected) {
  TempDir tmp;
  auto store = std::move(Store::Open(tmp.path()).value());
  AggregateFlow a;
  a.year = 2023;
  a.reporter = Idx("TJK");
  a.partner = Idx("KAZ");
  a.total_usd = 1;
  Status s = Import(store.get(), "official", {}, {a, a});
  EXPECT_EQ(s.message(), "dataset official: duplicate national total 2023 TJK-KAZ months 1-12");
}

TEST(StoreTest, ImpossibleRowsAreRejectedWhenAdded) {
  TempDir tmp;
  auto store = std::move(Store::Open(tmp.path()).value());
  auto txn = std::move(store->BeginImport(Info("d")).value());
  ProductFlow f = Flow(2022, "KAZ", "TJK", 10121, -5);
  EXPECT_EQ(txn->AddProductFlows({&f, 1}).message(), "flow 2022 KAZ->TJK 010121: negative value -5");
  f = Flow(2022, "KAZ", "TJK", 1000000, 5);
  EXPECT_EQ(txn->AddProductFlows({&f, 1}).message(),
            "flow 2022 KAZ->TJK 1000000: hs6 code or side out of range");
  f = Flow(2022, "KAZ", "TJK", 10121, 5, -2);
  EXPECT_EQ(txn->AddProductFlows({&f, 1}).message(),
            "flow 2022 KAZ->TJK 010121: negative quantity -2");
  f = Flow(1800, "KAZ", "TJK", 10121, 5);
  EXPECT_EQ(txn->AddProductFlows({&f, 1}).message(),
            "flow 1800 KAZ->TJK 010121: year out of range 1900-2200");
}

TEST(StoreTest, AbandonedImportLeavesNothingBehind) {
  TempDir tmp;
  auto store = std::move(Store::Open(tmp.path()).value());
  {
    auto txn = std::move(store->BeginImport(Info("d")).value());
    auto flows = testing::RandomFlows(1, 1000, 2020, 2021);
    ASSERT_TRUE(txn->AddProductFlows(flows).ok());
  }
  EXPECT_TRUE(StoreFiles(tmp.path()).empty());
  EXPECT_EQ(store->OpenSnapshot().value()->generation(), 0u);
}

TEST(StoreTest, RemoveDataset) {
  TempDir tmp;
  auto store = std::move(Store::Open(tmp.path()).value());
  ASSERT_TRUE(Import(store.get(), "d", {Flow(2020, "KAZ", "TJK", 10121, 5)}).ok());
  ASSERT_TRUE(store->RemoveDataset("d").ok());
  EXPECT_EQ(store->RemoveDataset("d").message(), "no dataset named \"d\"");
  auto snap = std::move(store->OpenSnapshot().value());
  EXPECT_TRUE(snap->datasets().empty());
  EXPECT_EQ(StoreFiles(tmp.path()), (std::vector<std::string>{"MANIFEST"}));
}

TEST(StoreTest, BadDatasetNameIsRejected) {
  TempDir tmp;
  auto store = std::move(Store::Open(tmp.path()).value());
  auto txn = store->BeginImport(Info("../evil"));
  ASSERT_FALSE(txn.ok());
  EXPECT_EQ(txn.status().message(),
            "dataset name \"../evil\": use 1-64 letters, digits, '.', '_' or '-'");
}

TEST(StoreTest, GroupedAndShuffledInputWriteIdenticalFiles) {
  // 75,000 rows a year: enough for the two-thread radix sort.
  auto grouped = testing::RandomFlows(3, 150000, 2019, 2020, 30, 200, /*grouped=*/true, true);
  auto shuffled = grouped;
  std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(5));
  TempDir a, b;
  auto sa = std::move(Store::Open(a.path()).value());
  auto sb = std::move(Store::Open(b.path()).value());
  ASSERT_TRUE(Import(sa.get(), "d", grouped).ok());
  ASSERT_TRUE(Import(sb.get(), "d", shuffled).ok());
  for (const char* name : {"g00000001-y2019.dyp", "g00000001-y2020.dyp"}) {
    EXPECT_EQ(ReadFile(a.path() / "store" / name).value(), ReadFile(b.path() / "store" / name).value())
        << name;
  }
}

TEST(StoreTest, LeftoversOfAnInterruptedImportAreRemovedOnOpen) {
  TempDir tmp;
  {
    auto store = std::move(Store::Open(tmp.path()).value());
    ASSERT_TRUE(Import(store.get(), "d", {Flow(2020, "KAZ", "TJK", 10121, 5)}).ok());
  }
  std::ofstream(tmp.path() / "store" / "g00000002-y2020.dyp") << "half written";
  std::ofstream(tmp.path() / "store" / "MANIFEST.tmp.123") << "half written";
  std::ofstream(tmp.path() / "store" / "notes.txt") << "not ours";
  auto store = std::move(Store::Open(tmp.path()).value());
  EXPECT_EQ(StoreFiles(tmp.path()),
            (std::vector<std::string>{"MANIFEST", "g00000001-y2020.dyp", "notes.txt"}));
}

}  // namespace
}  // namespace dyad::store
