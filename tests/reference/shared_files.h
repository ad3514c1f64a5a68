// Test helper: reads a file under $DYAD_SHARED (the read-only ../shared tree) as CSV
// records. Fails the calling test when the file is missing.
#pragma once

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "reference/csv_records.h"

namespace dyad::reference::testing {

inline std::string SharedPath(const std::string& relative) {
  const char* root = std::getenv("DYAD_SHARED");
  return std::string(root != nullptr ? root : "../../../shared") + "/" + relative;
}

inline std::string ReadText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Records of a shared CSV file, header included; empty (with a test failure) if unreadable.
inline std::vector<CsvRecord> SharedCsv(const std::string& relative) {
  std::string path = SharedPath(relative);
  std::string text = ReadText(path);
  EXPECT_FALSE(text.empty()) << "cannot read " << path << " (set DYAD_SHARED)";
  auto records = ReadCsvRecords(text, path);
  EXPECT_TRUE(records.ok()) << records.status().message();
  return records.ok() ? records.value() : std::vector<CsvRecord>{};
}

// Column index by header name; -1 when absent.
inline int Column(const CsvRecord& header, const std::string& name) {
  for (size_t i = 0; i < header.fields.size(); ++i) {
    if (header.fields[i] == name) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace dyad::reference::testing
