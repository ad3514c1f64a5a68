// Sentence splitting, quotes and speakers, and text cleaning.
#include <gtest/gtest.h>

#include "text/sentences.h"
#include "text/tokens.h"

namespace dyad::text {
namespace {

std::vector<std::string> Split(const std::string& text) {
  CleanText c = Sanitize(text);
  auto toks = Tokenize(c.text);
  std::vector<std::string> out;
  for (const auto& s : SplitSentences(toks)) {
    out.push_back(c.text.substr(toks[s.tok_begin].begin, toks[s.tok_end - 1].end - toks[s.tok_begin].begin));
  }
  return out;
}

TEST(SentencesTest, AbbreviationsDecimalsEllipses) {
  EXPECT_EQ(Split("Mr. Smith met the U.S. envoy on Jan. 5. Trade reached $1.13 billion. It grew..."),
            (std::vector<std::string>{"Mr. Smith met the U.S. envoy on Jan. 5.", "Trade reached $1.13 billion.",
                                      "It grew..."}));
  EXPECT_EQ(Split("Trade grew... and then fell. Exports rose."),
            (std::vector<std::string>{"Trade grew... and then fell.", "Exports rose."}));
  EXPECT_EQ(Split("He met J. Smith. They talked."),
            (std::vector<std::string>{"He met J. Smith.", "They talked."}));
}

TEST(SentencesTest, HeadlineAndQuotes) {
  std::string text = "Kazakhstan, Tajikistan sign treaty\n\xE2\x80\x9CThis is historic,\xE2\x80\x9D Tokayev said. \xE2\x80\x9COur efforts will pay off.\xE2\x80\x9D\nHe added that trade grew.";
  CleanText c = Sanitize(text);
  auto toks = Tokenize(c.text);
  auto s = SplitSentences(toks);
  AttributeQuotes(c.text, toks, &s);
  ASSERT_EQ(s.size(), 4u);
  EXPECT_TRUE(s[0].headline);
  EXPECT_TRUE(s[1].quoted);
  EXPECT_EQ(s[1].speaker, "Tokayev");
  EXPECT_TRUE(s[2].quoted);
  EXPECT_EQ(s[2].speaker, "Tokayev");  // a quote continued without attribution
  EXPECT_FALSE(s[3].quoted);
  EXPECT_EQ(s[3].speaker, "Tokayev");  // "He added": the last person named
}

TEST(SanitizeTest, KeepsOffsetsAndRemovesTags) {
  std::string html = "<p>Trade &amp; investment</p><script>x = '<b>';</script>Kazakhstan&rsquo;s";
  CleanText c = Sanitize(html);
  ASSERT_EQ(c.text.size(), html.size());
  auto toks = Tokenize(c.text);
  std::vector<std::string> norms;
  for (const auto& t : toks) norms.push_back(t.norm);
  EXPECT_EQ(norms, (std::vector<std::string>{"trade", "&", "investment", "kazakhstan", "'s"}));
  EXPECT_EQ(html.substr(toks[3].begin, toks[3].end - toks[3].begin), "Kazakhstan");
  EXPECT_EQ(c.html_tags, 4u);
}

TEST(SanitizeTest, InvalidUtf8AndNul) {
  std::string bad = std::string("Trade\xff\xfe grew") + '\0' + "fast";
  CleanText c = Sanitize(bad);
  EXPECT_EQ(c.invalid_utf8, 2u);
  EXPECT_EQ(c.first_invalid_utf8, 5u);
  EXPECT_EQ(c.nul_bytes, 1u);
  auto toks = Tokenize(c.text);
  ASSERT_EQ(toks.size(), 3u);
  EXPECT_EQ(toks[0].norm, "trade");
  EXPECT_EQ(toks[2].norm, "fast");
}

}  // namespace
}  // namespace dyad::text
