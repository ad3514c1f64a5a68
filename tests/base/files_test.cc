#include "base/files.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

fs::path TempDir() {
  fs::path p = fs::temp_directory_path() / ("dyad-files-test-" + std::to_string(::getpid()));
  fs::create_directories(p);
  return p;
}

TEST(FilesTest, AtomicWriteAndRead) {
  fs::path dir = TempDir();
  fs::path f = dir / "a.txt";
  ASSERT_TRUE(WriteFileAtomic(f, "hello").ok());
  EXPECT_EQ(*ReadFile(f), "hello");
  ASSERT_TRUE(WriteFileAtomic(f, "world!").ok());
  EXPECT_EQ(*ReadFile(f), "world!");
  auto m = MappedFile::Open(f);
  ASSERT_TRUE(m.ok());
  EXPECT_EQ(m->data(), "world!");
  fs::remove_all(dir);
}

TEST(FilesTest, InjectedFaultLeavesOldFile) {
  fs::path dir = TempDir();
  fs::path f = dir / "b.txt";
  ASSERT_TRUE(WriteFileAtomic(f, "old").ok());
  SetWriteFaultForTesting(1);
  Status s = WriteFileAtomic(f, "new");
  EXPECT_EQ(s.code(), StatusCode::kIoError);
  EXPECT_EQ(*ReadFile(f), "old");
  EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator()), 1);
  fs::remove_all(dir);
}

TEST(FilesTest, MissingFile) {
  auto r = ReadFile("/nonexistent/dyad/x.csv");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(r.status().message(), "/nonexistent/dyad/x.csv: cannot open: No such file or directory");
}

TEST(FilesTest, Checksum) {
  Checksummer c;
  c.Update("hello ");
  c.Update("world");
  EXPECT_EQ(c.Digest(), Checksum64("hello world"));
  EXPECT_EQ(ChecksumHex(0x1234), "0000000000001234");
}

}  // namespace
}  // namespace dyad
