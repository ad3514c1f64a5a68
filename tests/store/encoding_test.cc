// Unit tests of the byte encodings, the container and the row sorting.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "store/container.h"
#include "store/encoding.h"
#include "store/row_buffer.h"

namespace dyad::store {
namespace {

TEST(EncodingTest, VarintsRoundTripAtEveryWidth) {
  std::vector<uint64_t> values = {0, 1, 127, 128, 16383, 16384, (1ull << 35) - 1, 1ull << 35,
                                  static_cast<uint64_t>(INT64_MAX), UINT64_MAX};
  std::string bytes;
  for (uint64_t v : values) enc::PutVarint(&bytes, v);
  EXPECT_EQ(bytes.size(), 1 + 1 + 1 + 2 + 2 + 3 + 5 + 6 + 9 + 10u);
  enc::Reader r(bytes);
  for (uint64_t v : values) EXPECT_EQ(r.Varint(), v);
  EXPECT_TRUE(r.ok());
  EXPECT_EQ(r.remaining(), 0u);
}

TEST(EncodingTest, ReaderFailsOnTruncationAndStaysFailed) {
  std::string bytes;
  enc::PutVarint(&bytes, 300);
  enc::PutString(&bytes, "KAZ");
  enc::Reader r(std::string_view(bytes).substr(0, bytes.size() - 1));
  EXPECT_EQ(r.Varint(), 300u);
  EXPECT_EQ(r.String(), "");
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.U32(), 0u);
  EXPECT_FALSE(r.ok());
  // A varint that never ends.
  std::string ff(11, '\xff');
  enc::Reader endless(ff);
  endless.Varint();
  EXPECT_FALSE(endless.ok());
}

TEST(ContainerTest, RoundTripAndDamage) {
  std::string file;
  ContainerWriter w(FileKind::kMeta, [&](std::string_view s) {
    file.append(s);
    return Status::Ok();
  });
  ASSERT_TRUE(w.AddSection(7, "hello").ok());
  ASSERT_TRUE(w.AddSection(9, "").ok());
  auto sum = w.Finish();
  ASSERT_TRUE(sum.ok());
  EXPECT_EQ(file.size(), w.size());
  EXPECT_EQ(file.substr(0, 8), "DYADSTOR");
  ASSERT_TRUE(VerifyChecksum(file, "f").ok());
  auto c = ParseContainer(file, FileKind::kMeta, "f");
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->Section(7), "hello");
  bool found = false;
  EXPECT_EQ(c->Section(9, &found), "");
  EXPECT_TRUE(found);
  EXPECT_EQ(ParseContainer(file, FileKind::kPartition, "f").status().message(),
            "f: file kind 3, expected 2");
  std::string bad = file;
  bad[8] = 2;
  EXPECT_EQ(ParseContainer(bad, FileKind::kMeta, "f").status().message(),
            "f: format version 2, expected 1");
  bad = file;
  bad[30] ^= 1;
  EXPECT_EQ(VerifyChecksum(bad, "f").message().substr(0, 20), "f: checksum mismatch");
  EXPECT_EQ(VerifyChecksum(file.substr(0, file.size() - 3), "f").message(),
            "f: bad end magic (truncated file?)");
  EXPECT_EQ(ParseContainer("short", FileKind::kMeta, "f").status().message(),
            "f: file too short (5 bytes)");
}

TEST(RowSortTest, RadixSortEqualsStdSort) {
  std::mt19937_64 rng(1);
  for (size_t n : {0ul, 1ul, 47ul, 1000ul, 300000ul}) {
    std::vector<PackedRow> rows(n);
    for (auto& r : rows) r = {rng() & ((1ull << 42) - 1), static_cast<int64_t>(rng() % 1000), -1};
    std::vector<PackedRow> want = rows;
    std::stable_sort(want.begin(), want.end(), [](auto& a, auto& b) { return a.key < b.key; });
    RadixSort(rows.data(), rows.size());
    for (size_t i = 0; i < n; ++i) ASSERT_EQ(rows[i].key, want[i].key) << "n " << n << " at " << i;
  }
}

TEST(RowSortTest, SortYearEmitsPairsInOrderWhateverTheRunOrder) {
  RowBuffer buffer;
  // Pair B's rows, then pair A's, then more of pair B out of order.
  uint64_t a = PackKey(Side::kReconciled, 1, 2, 0), b = PackKey(Side::kReconciled, 3, 1, 0);
  for (uint64_t key : {b + 5, b + 9, a + 1, a + 2, a + 3, b + 7, b + 1}) {
    ASSERT_TRUE(buffer.Append({key, 1, -1}).ok());
  }
  std::vector<std::vector<uint64_t>> pairs;
  Status s = SortYear(&buffer, [](uint64_t) { return InvalidInput("dup"); },
                      [&](std::span<const PackedRow> rows) {
                        pairs.emplace_back();
                        for (const auto& r : rows) pairs.back().push_back(r.key);
                      });
  ASSERT_TRUE(s.ok());
  ASSERT_EQ(pairs.size(), 2u);
  EXPECT_EQ(pairs[0], (std::vector<uint64_t>{a + 1, a + 2, a + 3}));
  EXPECT_EQ(pairs[1], (std::vector<uint64_t>{b + 1, b + 5, b + 7, b + 9}));
  ASSERT_TRUE(buffer.Append({a + 2, 1, -1}).ok());
  EXPECT_EQ(SortYear(&buffer, [](uint64_t key) { return InvalidInput(std::to_string(key)); },
                     [](std::span<const PackedRow>) {})
                .message(),
            std::to_string(a + 2));
}

}  // namespace
}  // namespace dyad::store
