// verify names the damaged file: flipped bytes, truncation, a missing file, a damaged
// manifest. And no damaged file crashes a reader.
#include <gtest/gtest.h>

#include <fstream>

#include "base/files.h"
#include "store_test_util.h"

namespace dyad::store {
namespace {

using testing::TempDir;

void FlipByte(const fs::path& path, size_t offset) {
  std::string bytes = ReadFile(path).value();
  bytes[offset % bytes.size()] ^= 0x5a;
  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

class CorruptionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = std::move(Store::Open(tmp_.path()).value());
    AggregateFlow a;
    a.year = 2023;
    a.reporter = testing::Idx("TJK");
    a.partner = testing::Idx("KAZ");
    a.total_usd = 100;
    ASSERT_TRUE(testing::Import(store.get(), "d", testing::RandomFlows(11, 3000, 2020, 2020), {a}).ok());
  }
  fs::path File(const char* name) const { return tmp_.path() / "store" / name; }
  Result<VerifyReport> Verify() {
    auto store = Store::Open(tmp_.path());
    if (!store.ok()) return store.status();
    return (*store)->Verify(nullptr);
  }
  TempDir tmp_;
};

TEST_F(CorruptionTest, CleanStoreVerifies) {
  auto r = Verify();
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->files, 2u);
  EXPECT_EQ(r->rows, 3001u);
}

TEST_F(CorruptionTest, EveryFlippedByteOfAPartitionIsNamed) {
  std::string original = ReadFile(File("g00000001-y2020.dyp")).value();
  for (size_t offset = 0; offset < original.size(); offset += 1 + original.size() / 97) {
    FlipByte(File("g00000001-y2020.dyp"), offset);
    auto r = Verify();
    ASSERT_FALSE(r.ok()) << "offset " << offset;
    EXPECT_EQ(r.status().code(), StatusCode::kCorrupt);
    EXPECT_EQ(r.status().message().rfind("store/g00000001-y2020.dyp: ", 0), 0u) << r.status().message();
    // Readers of a damaged (unverified) file fail or answer, but never crash.
    auto store = Store::Open(tmp_.path());
    if (store.ok()) {
      auto snap = (*store)->OpenSnapshot();
      if (snap.ok()) {
        for (const auto& d : (*snap)->datasets()) {
          for (uint16_t c = 0; c < 20; ++c) {
            d->PairYears(c, static_cast<uint16_t>(c + 1));
            d->Partners(2020, c, Side::kReconciled);
            d->PairChapters(2020, c, static_cast<uint16_t>(c + 1), Side::kReconciled).status().IgnoreError();
            d->PairProducts(2020, c, static_cast<uint16_t>(c + 1), Side::kReconciled).status().IgnoreError();
          }
          d->ForEachRow(2020, [](const ProductFlow&) { return Status::Ok(); }).IgnoreError();
        }
      }
    }
    std::ofstream(File("g00000001-y2020.dyp"), std::ios::binary | std::ios::trunc) << original;
  }
}

TEST_F(CorruptionTest, FlippedMiddleByteIsAChecksumMismatch) {
  FlipByte(File("g00000001-y2020.dyp"), 5000);
  auto r = Verify();
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message().substr(0, 53), "store/g00000001-y2020.dyp: checksum mismatch (stored ");
}

TEST_F(CorruptionTest, TruncatedFileIsNamed) {
  fs::resize_file(File("g00000001-meta.dyp"), 100);
  auto r = Verify();
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message().rfind("store/g00000001-meta.dyp: size 100, the manifest says ", 0), 0u)
      << r.status().message();
}

TEST_F(CorruptionTest, MissingFileIsNamed) {
  fs::remove(File("g00000001-y2020.dyp"));
  auto r = Verify();
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message().rfind(
                "store/g00000001-y2020.dyp: listed in the manifest but cannot be opened: ", 0),
            0u)
      << r.status().message();
}

TEST_F(CorruptionTest, DamagedManifestIsNamed) {
  FlipByte(File("MANIFEST"), 40);
  auto r = Verify();
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message().rfind("store/MANIFEST: checksum mismatch", 0), 0u) << r.status().message();
}

}  // namespace
}  // namespace dyad::store
