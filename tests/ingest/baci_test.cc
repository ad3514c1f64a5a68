#include "ingest/baci.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/files.h"
#include "temp_dir.h"
#include "test_util.h"

namespace dyad::ingest {
namespace {

using testing::MemorySink;
using testing::TestCodes;

constexpr char kFile[] = "BACI_HS17_Y2022_V202401.csv";

struct Parsed {
  Status status;
  BaciFileStats stats;
  MemorySink sink;
};

Parsed Parse(std::string_view csv, int year = 2022, size_t block = 16 << 20, int threads = 2) {
  Parsed p;
  BaciOptions o;
  o.codes = &TestCodes();
  o.expected_year = year;
  o.block_size = block;
  o.threads = threads;
  auto src = MemorySource(csv);
  RejectLog strict(false, {});
  auto r = ParseBaciCsv(*src, kFile, o, p.sink, strict, nullptr);
  p.status = r.status();
  if (r.ok()) p.stats = *r;
  return p;
}

std::string Error(std::string_view csv, int year = 2022) { return Parse(csv, year).status.message(); }

TEST(BaciName, YearlyFileAndRelease) {
  BaciName n = ParseBaciName("BACI_HS17_Y2022_V202401.csv");
  EXPECT_EQ(n.edition, "HS17");
  EXPECT_EQ(n.year, 2022);
  EXPECT_EQ(n.vintage, "V202401");
  n = ParseBaciName("BACI_HS92_V202501.zip");
  EXPECT_EQ(n.edition, "HS92");
  EXPECT_EQ(n.year, 0);
  EXPECT_EQ(n.vintage, "V202501");
  n = ParseBaciName("trade.csv");
  EXPECT_EQ(n.edition, "");
  EXPECT_EQ(n.vintage, "");
}

TEST(Baci, ConvertsThousandsToDollarsAndTonnesToKilograms) {
  Parsed p = Parse("t,i,j,k,v,q\n2022,398,762,010121,1.234,0.5\n2022,398,762,10129,  12.5,   NA\n"
                   "2022,762,398,270900,1000000.0004,\n2022,842,398,847130,0.0005, \r\n");
  ASSERT_TRUE(p.status.ok()) << p.status.message();
  ASSERT_EQ(p.sink.products.size(), 4u);
  const auto& f = p.sink.products;
  EXPECT_EQ(f[0].year, 2022);
  EXPECT_EQ(f[0].exporter, 2);
  EXPECT_EQ(f[0].importer, 3);
  EXPECT_EQ(f[0].hs6, 10121u);
  EXPECT_EQ(f[0].value_usd, 1234);
  EXPECT_EQ(f[0].quantity_kg, 500);
  EXPECT_EQ(f[1].hs6, 10129u);  // leading zero restored
  EXPECT_EQ(f[1].value_usd, 12500);
  EXPECT_EQ(f[1].quantity_kg, -1);
  EXPECT_EQ(f[2].value_usd, 1000000000);
  EXPECT_EQ(f[2].quantity_kg, -1);
  EXPECT_EQ(f[3].exporter, 4);  // 842 is the USA
  EXPECT_EQ(f[3].value_usd, 1);
  EXPECT_EQ(p.stats.rows, 4u);
  EXPECT_EQ(p.stats.years, std::set<uint16_t>{2022});
  EXPECT_FALSE(p.stats.synthetic);
  EXPECT_TRUE(p.stats.sorted);  // by (t, i, j, k) codes
}

TEST(Baci, SyntheticHeaderMarksTheFile) {
  Parsed p = Parse("t_synthetic,i,j,k,v,q\n2022,4,8,010121,1,1\n");
  ASSERT_TRUE(p.status.ok());
  EXPECT_TRUE(p.stats.synthetic);
}

TEST(Baci, QuotedHeaderAndFieldsAreAccepted) {
  Parsed p = Parse("\xEF\xBB\xBF\"t\",\"i\",\"j\",\"k\",\"v\",\"q\"\n2022,4,8,\"010121\",\"1.5\",NA\n");
  ASSERT_TRUE(p.status.ok()) << p.status.message();
  ASSERT_EQ(p.sink.products.size(), 1u);
  EXPECT_EQ(p.sink.products[0].value_usd, 1500);
}

TEST(BaciErrors, ValueNotANumber) {
  EXPECT_EQ(Error("t,i,j,k,v,q\n2022,4,8,010121,1,1\n2022,4,8,10122,n/a,0.5\n"),
            "BACI_HS17_Y2022_V202401.csv:3:16: column v: expected a number, got \"n/a\"");
  EXPECT_EQ(Error("t,i,j,k,v,q\n2022,4,8,010121,,1\n"),
            "BACI_HS17_Y2022_V202401.csv:2:17: column v: expected a number, got an empty field");
  EXPECT_EQ(Error("t,i,j,k,v,q\n2022,4,8,010121,NA,1\n"),
            "BACI_HS17_Y2022_V202401.csv:2:17: column v: expected a number, got \"NA\"");
}

TEST(BaciErrors, NegativeValues) {
  EXPECT_EQ(Error("t,i,j,k,v,q\n2022,4,8,010121,-1.5,1\n"),
            "BACI_HS17_Y2022_V202401.csv:2:17: column v: expected a number >= 0, got \"-1.5\"");
  EXPECT_EQ(Error("t,i,j,k,v,q\n2022,4,8,010121,1,-0.001\n"),
            "BACI_HS17_Y2022_V202401.csv:2:19: column q: expected a number >= 0, got \"-0.001\"");
}

TEST(BaciErrors, HugeValue) {
  EXPECT_EQ(Error("t,i,j,k,v,q\n2022,4,8,010121,99999999999999999999,1\n"),
            "BACI_HS17_Y2022_V202401.csv:2:17: column v: expected a number below 9.2e18 after "
            "conversion, got \"99999999999999999999\"");
}

TEST(BaciErrors, UnknownCountryCode) {
  EXPECT_EQ(Error("t,i,j,k,v,q\n2022,999,8,010121,1,1\n"),
            "BACI_HS17_Y2022_V202401.csv:2:6: column i: expected a known country code, got \"999\"");
  EXPECT_EQ(Error("t,i,j,k,v,q\n2022,4,KAZ,010121,1,1\n"),
            "BACI_HS17_Y2022_V202401.csv:2:8: column j: expected a country code, got \"KAZ\"");
}

TEST(BaciErrors, MalformedOrUnknownProductCode) {
  EXPECT_EQ(Error("t,i,j,k,v,q\n2022,4,8,1012,1,1\n"),
            "BACI_HS17_Y2022_V202401.csv:2:10: column k: expected a 6-digit HS code, got \"1012\"");
  EXPECT_EQ(Error("t,i,j,k,v,q\n2022,4,8,0101211,1,1\n"),
            "BACI_HS17_Y2022_V202401.csv:2:10: column k: expected a 6-digit HS code, got \"0101211\"");
  EXPECT_EQ(Error("t,i,j,k,v,q\n2022,4,8,01012a,1,1\n"),
            "BACI_HS17_Y2022_V202401.csv:2:10: column k: expected a 6-digit HS code, got \"01012a\"");
  EXPECT_EQ(Error("t,i,j,k,v,q\n2022,4,8,770110,1,1\n"),
            "BACI_HS17_Y2022_V202401.csv:2:10: column k: expected an HS code in an existing "
            "chapter, got \"770110\" (there is no chapter 77)");
  EXPECT_EQ(Error("t,i,j,k,v,q\n2022,4,8,10,1,1\n"),
            "BACI_HS17_Y2022_V202401.csv:2:10: column k: expected a 6-digit HS code, got \"10\"");
  EXPECT_EQ(Error("t,i,j,k,v,q\n2022,4,8,00121,1,1\n"),
            "BACI_HS17_Y2022_V202401.csv:2:10: column k: expected an HS code in an existing "
            "chapter, got \"00121\" (there is no chapter 00)");
}

TEST(BaciErrors, DuplicateKeysNameBothLines) {
  EXPECT_EQ(Error("t,i,j,k,v,q\n2022,4,8,010121,1,1\n2022,4,8,10121,2,2\n"),
            "BACI_HS17_Y2022_V202401.csv:3:1: duplicate key (t,i,j,k) = (2022,4,8,010121), first "
            "seen on line 2");
}

TEST(BaciErrors, WrongHeader) {
  EXPECT_EQ(Error("year,i,j,k,v,q\n2022,4,8,010121,1,1\n"),
            "BACI_HS17_Y2022_V202401.csv:1:1: expected the header \"t,i,j,k,v,q\", got "
            "\"year,i,j,k,v,q\"");
  EXPECT_EQ(Error("t,i,j,k,v\n"),
            "BACI_HS17_Y2022_V202401.csv:1:1: expected the header \"t,i,j,k,v,q\", got \"t,i,j,k,v\"");
  EXPECT_EQ(Error(""),
            "BACI_HS17_Y2022_V202401.csv:1:1: expected the header \"t,i,j,k,v,q\", got an empty file");
}

TEST(BaciErrors, TruncatedFile) {
  EXPECT_EQ(Error("t,i,j,k,v,q\n2022,4,8,010121,1,1\n2022,4,8,01"),
            "BACI_HS17_Y2022_V202401.csv:3:12: expected 6 columns (t,i,j,k,v,q), got 4");
  EXPECT_EQ(Error("t,i,j,k,v,q\n2022,4,8,010121,\"1.5"),
            "BACI_HS17_Y2022_V202401.csv:2:17: expected a closing quote, got end of file");
  EXPECT_EQ(Error("t,i,j,k,v,q\n2022,4,8,010121,1,1,7\n"),
            "BACI_HS17_Y2022_V202401.csv:2:21: expected 6 columns (t,i,j,k,v,q), got 7");
}

TEST(BaciErrors, NonUtf8Bytes) {
  EXPECT_EQ(Error("t,i,j,k,v,q\n2022,4,8,010121,1,1\n2022,4,8,010122,1\xE9,1\n"),
            "BACI_HS17_Y2022_V202401.csv:3:18: expected UTF-8 text, got byte 0xE9");
}

TEST(BaciErrors, YearOutsideTheFilesYear) {
  EXPECT_EQ(Error("t,i,j,k,v,q\n2021,4,8,010121,1,1\n"),
            "BACI_HS17_Y2022_V202401.csv:2:1: column t: expected 2022 (the year in the file "
            "name), got \"2021\"");
  EXPECT_TRUE(Parse("t,i,j,k,v,q\n2021,4,8,010121,1,1\n", 0).status.ok());
}

// Builds a sorted file of `n` rows for exporter 4 (AFG) to 8 (ALB), one hs6 each.
std::string BigFile(int n) {
  std::string s = "t,i,j,k,v,q\n";
  for (int r = 0; r < n; ++r) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "2022,4,8,%06d,%d.%03d,NA\n", 10000 + r, r, r % 1000);
    s += buf;
  }
  return s;
}

TEST(Baci, ParallelBlocksGiveTheSameRowsInOrder) {
  std::string csv = BigFile(80000);
  Parsed one = Parse(csv, 2022, 16 << 20, 1);
  Parsed two = Parse(csv, 2022, 1 << 20, 2);
  ASSERT_TRUE(one.status.ok()) << one.status.message();
  ASSERT_TRUE(two.status.ok()) << two.status.message();
  ASSERT_EQ(one.sink.products.size(), 80000u);
  ASSERT_EQ(two.sink.products.size(), 80000u);
  for (size_t r = 0; r < 80000; ++r) {
    ASSERT_EQ(one.sink.products[r].hs6, two.sink.products[r].hs6);
    ASSERT_EQ(two.sink.products[r].value_usd, static_cast<int64_t>(r) * 1000 + static_cast<int64_t>(r % 1000));
  }
  EXPECT_TRUE(two.stats.sorted);
}

TEST(BaciErrors, LineNumbersAreRightInLaterBlocks) {
  std::string csv = BigFile(80000);
  size_t at = csv.find("2022,4,8,070000,");
  csv.replace(at + 16, 1, "x");
  EXPECT_EQ(Parse(csv, 2022, 1 << 20, 2).status.message(),
            "BACI_HS17_Y2022_V202401.csv:60002:17: column v: expected a number, got \"x0000.000\"");
}

TEST(BaciErrors, DuplicateAcrossBlockBoundary) {
  std::string csv = BigFile(80000);
  // Repeat every row's key once, so whatever the cut, the pair straddles some boundary
  // in one of the runs below; each run must name the first repeated line.
  std::string twice = "t,i,j,k,v,q\n";
  std::istringstream in(csv.substr(12));
  std::string line;
  int n = 0;
  while (std::getline(in, line) && n < 40000) {
    twice += line + "\n";
    if (n == 39999) twice += line + "\n";
    ++n;
  }
  Parsed p = Parse(twice, 2022, 1 << 20, 2);
  EXPECT_EQ(p.status.message(),
            "BACI_HS17_Y2022_V202401.csv:40002:1: duplicate key (t,i,j,k) = (2022,4,8,049999), "
            "first seen on line 40001");
}

TEST(Baci, LenientWritesRejectsAndKeepsGoodRows) {
  dyad::testing::TempDir tmp("dyad-baci-lenient");
  const auto& dir = tmp.path();
  auto rejects_path = dir / "rejects.csv";
  BaciOptions o;
  o.codes = &TestCodes();
  o.expected_year = 2022;
  MemorySink sink;
  RejectLog log(true, rejects_path);
  auto src = MemorySource("t,i,j,k,v,q\n2022,4,8,010121,1,1\n2022,4,8,010122,n/a,1\n"
                          "2022,999,8,010121,1,1\n2022,4,8,010123,2,\n2022,4,8,010123,3,\n");
  auto r = ParseBaciCsv(*src, kFile, o, sink, log, nullptr);
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_TRUE(log.Close().ok());
  EXPECT_EQ(r->rows, 2u);
  EXPECT_EQ(r->rejected, 3u);
  EXPECT_EQ(sink.products.size(), 2u);
  auto text = ReadFile(rejects_path);
  ASSERT_TRUE(text.ok());
  EXPECT_EQ(*text,
            "file,line,column,reason,row\n"
            "BACI_HS17_Y2022_V202401.csv,3,17,\"column v: expected a number, got \"\"n/a\"\"\",\"2022,4,8,010122,n/a,1\"\n"
            "BACI_HS17_Y2022_V202401.csv,4,6,\"column i: expected a known country code, got \"\"999\"\"\",\"2022,999,8,010121,1,1\"\n"
            "BACI_HS17_Y2022_V202401.csv,6,1,\"duplicate key (t,i,j,k) = (2022,4,8,010123), first seen on line 5\",\"2022,4,8,010123,3,\"\n");
  std::filesystem::remove_all(dir);
}

TEST(Baci, UnsortedDuplicatesAreFoundByTheKeyPass) {
  std::string csv = "t,i,j,k,v,q\n2022,8,4,010121,1,1\n2022,4,8,010121,1,1\n2022,8,4,010121,2,2\n";
  Parsed p = Parse(csv);
  ASSERT_TRUE(p.status.ok());
  EXPECT_FALSE(p.stats.sorted);
  BaciOptions o;
  o.codes = &TestCodes();
  auto src = MemorySource(csv);
  auto dups = FindBaciDuplicates(*src, kFile, o);
  ASSERT_TRUE(dups.ok());
  EXPECT_EQ(dups->size(), 1u);
  EXPECT_EQ(dups->at(4), 2u);
  // A second pass with the known duplicates rejects line 4 naming line 2.
  o.duplicate_lines = &*dups;
  MemorySink sink;
  RejectLog strict(false, {});
  auto again = MemorySource(csv);
  auto r = ParseBaciCsv(*again, kFile, o, sink, strict, nullptr);
  EXPECT_EQ(r.status().message(),
            "BACI_HS17_Y2022_V202401.csv:4:1: duplicate key (t,i,j,k) = (2022,8,4,010121), first "
            "seen on line 2");
}

}  // namespace
}  // namespace dyad::ingest
