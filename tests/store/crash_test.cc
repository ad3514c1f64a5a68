// Failure atomicity: an injected write fault at every write of a commit, and kill -9 of
// an importing process at random moments, each leave the previous state readable and
// verify clean.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "base/files.h"
#include "store_test_util.h"

namespace dyad::store {
namespace {

using testing::Idx;
using testing::TempDir;

// The value of KAZ->TJK over all years of dataset `name`, or -1 when absent.
int64_t KazTjk(Store* store, const std::string& name) {
  auto snap = std::move(store->OpenSnapshot().value());
  const Dataset* d = snap->FindDataset(name);
  if (d == nullptr) return -1;
  int64_t sum = 0;
  for (const auto& t : d->PairYears(Idx("KAZ"), Idx("TJK"))) sum += t.total.value_usd;
  return sum;
}

std::vector<ProductFlow> WithKazTjk(std::vector<ProductFlow> flows, int64_t value) {
  ProductFlow f;
  f.year = 2015;
  f.exporter = Idx("KAZ");
  f.importer = Idx("TJK");
  f.hs6 = 999999;
  f.value_usd = value;
  flows.push_back(f);
  return flows;
}

TEST(FaultInjectionTest, AFailedWriteAtAnyPointLeavesTheStoreUnchanged) {
  TempDir tmp;
  auto store = std::move(Store::Open(tmp.path()).value());
  auto old_flows = WithKazTjk(testing::RandomFlows(1, 2000, 2018, 2019), 1);
  ASSERT_TRUE(testing::Import(store.get(), "d", old_flows).ok());
  auto new_flows = WithKazTjk(testing::RandomFlows(2, 3000, 2018, 2021), 2);
  AggregateFlow a;
  a.year = 2020;
  a.reporter = Idx("KAZ");
  a.partner = Idx("TJK");
  a.total_usd = 5;
  int n = 1;
  for (; n < 1000; ++n) {
    SetWriteFaultForTesting(n);
    Status s = testing::Import(store.get(), "d", new_flows, {a});
    SetWriteFaultForTesting(0);
    if (s.ok()) break;
    EXPECT_EQ(s.code(), StatusCode::kIoError) << s.message();
    EXPECT_NE(s.message().find("injected write fault"), std::string::npos) << s.message();
    EXPECT_EQ(KazTjk(store.get(), "d"), 1) << "fault at write " << n;
    auto r = store->Verify(nullptr);
    ASSERT_TRUE(r.ok()) << "fault at write " << n << ": " << r.status().message();
    EXPECT_EQ(r->rows, old_flows.size());
  }
  EXPECT_GT(n, 5);  // the commit does several writes, and each was failed once
  EXPECT_EQ(KazTjk(store.get(), "d"), 2);
  ASSERT_TRUE(store->Verify(nullptr).ok());
  size_t files = 0;
  for (const auto& e : fs::directory_iterator(tmp.path() / "store")) {
    files += e.path().extension() == ".dyp" ? 1 : 0;
  }
  EXPECT_EQ(files, 6u);  // five years and the meta file: no leftovers of failed tries
}

TEST(CrashTest, KillDashNineAtRandomMomentsNeverBreaksTheStore) {
  TempDir tmp;
  {
    auto store = std::move(Store::Open(tmp.path()).value());
    ASSERT_TRUE(testing::Import(store.get(), "base", WithKazTjk(testing::RandomFlows(1, 5000, 2018, 2020), 7)).ok());
  }
  // Versions the child imports as dataset "crash": version v has KAZ->TJK = 100 + v.
  std::vector<std::vector<ProductFlow>> versions;
  for (int v = 0; v < 4; ++v) {
    versions.push_back(WithKazTjk(testing::RandomFlows(50 + v, 20000, 2016, 2021, 120, 3000), 100 + v));
  }
  std::mt19937 rng(42);
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  int kills = 0, killed_before_commit = 0, killed_after_commit = 0;
  int64_t previous = -1;
  // Round 0 runs to the end and measures how long a whole import takes; later rounds
  // kill at a uniformly random moment inside that time. On a loaded machine the sleep
  // overshoots and the child may finish first: then the window shrinks, so the rounds
  // keep landing inside the import.
  long long lifetime_us = 0;
  for (int round = 0; round < 400 && kills < 60 && std::chrono::steady_clock::now() < deadline; ++round) {
    int v = round % 4;
    pid_t pid = ::fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      auto store = Store::Open(tmp.path());
      if (!store.ok()) ::_exit(3);
      Status s = testing::Import(store->get(), "crash", versions[v]);
      ::_exit(s.ok() ? 0 : 4);
    }
    auto started = std::chrono::steady_clock::now();
    int status = 0;
    if (round == 0) {
      ::waitpid(pid, &status, 0);
      lifetime_us = std::chrono::duration_cast<std::chrono::microseconds>(
                        std::chrono::steady_clock::now() - started).count();
    } else {
      std::this_thread::sleep_for(std::chrono::microseconds(rng() % (lifetime_us + 1)));
      ::kill(pid, SIGKILL);
      ::waitpid(pid, &status, 0);
    }
    if (WIFSIGNALED(status)) {
      ++kills;
    } else {
      ASSERT_EQ(WEXITSTATUS(status), 0) << "child failed on its own";
      if (round > 0) lifetime_us = lifetime_us * 4 / 5;
    }
    auto store = std::move(Store::Open(tmp.path()).value());
    auto r = store->Verify(nullptr);
    ASSERT_TRUE(r.ok()) << "after round " << round << ": " << r.status().message();
    EXPECT_EQ(KazTjk(store.get(), "base"), 7);
    // "crash" is either the previous version (killed before the commit point) or the
    // new one (killed after it), whole.
    int64_t crash = KazTjk(store.get(), "crash");
    ASSERT_TRUE(crash == previous || crash == 100 + v) << "round " << round << ": " << crash;
    ASSERT_EQ(store->OpenSnapshot().value()->FindDataset("crash")->product_rows(),
              versions[crash - 100].size());
    if (WIFSIGNALED(status)) ++(crash == previous ? killed_before_commit : killed_after_commit);
    previous = crash;
  }
  RecordProperty("kills", kills);
  RecordProperty("killed_before_commit", killed_before_commit);
  RecordProperty("killed_after_commit", killed_after_commit);
  EXPECT_GE(kills, 30);
  EXPECT_GT(killed_before_commit, 0);
}

}  // namespace
}  // namespace dyad::store
