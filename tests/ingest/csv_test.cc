#include "ingest/csv.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dyad::ingest {
namespace {

using Rows = std::vector<std::vector<std::string>>;

Rows ReadAllRows(std::string_view data, std::string* error = nullptr) {
  CsvReader r(data);
  Rows rows;
  for (;;) {
    auto o = r.Next();
    if (o == CsvReader::Outcome::kEnd) break;
    if (o == CsvReader::Outcome::kError) {
      if (error) {
        *error = std::to_string(r.error().line) + ":" + std::to_string(r.error().column) + ": " +
                 r.error().what;
      }
      continue;
    }
    std::vector<std::string> row;
    for (const auto& f : r.fields()) row.emplace_back(f.text);
    rows.push_back(row);
  }
  return rows;
}

TEST(CsvReader, PlainLfAndCrlfAndLastLineWithoutNewline) {
  EXPECT_EQ(ReadAllRows("a,b\n1,2\r\n3,4"), (Rows{{"a", "b"}, {"1", "2"}, {"3", "4"}}));
}

TEST(CsvReader, SkipsByteOrderMarkAndBlankLines) {
  EXPECT_EQ(ReadAllRows("\xEF\xBB\xBFt,i\n\n\r\n1,2\n"), (Rows{{"t", "i"}, {"1", "2"}}));
}

TEST(CsvReader, TrimsSpacePaddingAndKeepsEmptyFields) {
  EXPECT_EQ(ReadAllRows("2022, 4 ,\t8,,   NA\n"), (Rows{{"2022", "4", "8", "", "NA"}}));
}

TEST(CsvReader, QuotedFieldsWithEscapesCommasAndNewlines) {
  Rows rows = ReadAllRows("code,description\n010121,\"Horses: live, \"\"pure\"\"\nbred\"\n2,x\n");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[1][1], "Horses: live, \"pure\"\nbred");
  EXPECT_EQ(rows[2], (std::vector<std::string>{"2", "x"}));
}

TEST(CsvReader, LineNumbersCountNewlinesInsideQuotes) {
  CsvReader r("a\n\"x\ny\",1\nb,2\n");
  ASSERT_EQ(r.Next(), CsvReader::Outcome::kRecord);
  EXPECT_EQ(r.line(), 1u);
  ASSERT_EQ(r.Next(), CsvReader::Outcome::kRecord);
  EXPECT_EQ(r.line(), 2u);
  ASSERT_EQ(r.Next(), CsvReader::Outcome::kRecord);
  EXPECT_EQ(r.line(), 4u);
  EXPECT_EQ(r[1].column, 3u);
}

TEST(CsvReader, ColumnsPointAtFieldStartAfterPadding) {
  CsvReader r("2022,4,8,10121,  n/a,0.5\n");
  ASSERT_EQ(r.Next(), CsvReader::Outcome::kRecord);
  EXPECT_EQ(r[4].column, 18u);
  EXPECT_EQ(r[4].text, "n/a");
  EXPECT_EQ(r.end_column(), 25u);
}

TEST(CsvReader, UnclosedQuoteIsATruncatedFile) {
  std::string error;
  Rows rows = ReadAllRows("a,b\n1,\"never closed\n2,3\n", &error);
  EXPECT_EQ(error, "2:3: expected a closing quote, got end of file");
  EXPECT_EQ(rows.size(), 1u);
}

TEST(CsvReader, GarbageAfterClosingQuote) {
  std::string error;
  Rows rows = ReadAllRows("\"a\"b,c\nd,e\n", &error);
  EXPECT_EQ(error, "1:4: expected a comma after a closing quote, got \"b\"");
  EXPECT_EQ(rows, (Rows{{"d", "e"}}));  // the reader resumes on the next line
}

TEST(CsvReader, EmptyInput) {
  EXPECT_TRUE(ReadAllRows("").empty());
  EXPECT_TRUE(ReadAllRows("\xEF\xBB\xBF").empty());
  EXPECT_TRUE(ReadAllRows("\n\n").empty());
}

TEST(CsvReader, QuotedEmptyAndCrlfAfterQuote) {
  EXPECT_EQ(ReadAllRows("\"\",\"x\"\r\n\"y\" , z\r\n"), (Rows{{"", "x"}, {"y", "z"}}));
}

TEST(SplitCsvLine, Header) {
  std::vector<std::string> f;
  CsvSyntaxError e;
  ASSERT_TRUE(SplitCsvLine("\"t\",i,j\r\n", &f, &e));
  EXPECT_EQ(f, (std::vector<std::string>{"t", "i", "j"}));
}

}  // namespace
}  // namespace dyad::ingest
