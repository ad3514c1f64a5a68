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

// A wire story e-mailed at 50 columns: the breaks inside a sentence are spaces, the
// headline, the paragraph break and the list keep their lines.
TEST(UnwrapLinesTest, HardWrappedParagraphsBecomeSentences) {
  std::string text =
      "Uzbek-Kyrgyz trade climbs\n"
      "\n"
      "TASHKENT, May 4 - Trade between Uzbekistan and\n"
      "Kyrgyzstan rose 12% in January-March to $410\n"
      "million, the statistics agency said on Thursday.\n"
      "Exports from Uzbekistan accounted for most of the\n"
      "total, at $330 million, while imports came to $80\n"
      "million.\n"
      "Main items:\n"
      "- Exports: $330 million (+14%), mostly natural gas\n"
      "- Imports: $80 million\n";
  CleanText c = Sanitize(text);
  EXPECT_EQ(c.soft_line_breaks, 5u);
  EXPECT_EQ(c.text.size(), text.size());
  EXPECT_EQ(Split(text), (std::vector<std::string>{
                             "Uzbek-Kyrgyz trade climbs",
                             "TASHKENT, May 4 - Trade between Uzbekistan and Kyrgyzstan rose 12% in January-March to "
                             "$410 million, the statistics agency said on Thursday.",
                             "Exports from Uzbekistan accounted for most of the total, at $330 million, while imports "
                             "came to $80 million.",
                             "Main items:", "- Exports: $330 million (+14%), mostly natural gas",
                             "- Imports: $80 million"}));
  // \r\n line ends and Cyrillic letters (counted as characters, not bytes).
  std::string ru =
      "\xD0\xA2\xD0\xBE\xD0\xB2\xD0\xB0\xD1\x80\xD0\xBE\xD0\xBE\xD0\xB1\xD0\xBE\xD1\x80\xD0\xBE\xD1\x82 "
      "\xD0\xB2\xD1\x8B\xD1\x80\xD0\xBE\xD1\x81 \xD0\xBD\xD0\xB0 12%\r\n"
      "\xD0\x9A\xD0\xB0\xD0\xB7\xD0\xB0\xD1\x85\xD1\x81\xD1\x82\xD0\xB0\xD0\xBD\xD0\xB0 "
      "\xD0\xB8 \xD0\xA3\xD0\xB7\xD0\xB1\xD0\xB5\xD0\xBA\xD0\xB8\xD1\x81\xD1\x82\xD0\xB0\xD0\xBD\xD0\xB0.\r\n";
  EXPECT_EQ(UnwrapLines(&ru), 0u);  // two lines are not a wrapped text
}

// Text with a sentence or a paragraph per line, however long, keeps every line break.
TEST(UnwrapLinesTest, LinesOfSentencesAreNotWrapped) {
  std::string text =
      "Kazakhstan and China sign a roadmap\n"
      "Trade between Kazakhstan and China reached $31 billion in 2023, up 32%.\n"
      "Exports rose 20%.\n"
      "The sides agreed to lift trade to $40 billion by 2030, the ministry said.\n"
      "Officials also discussed transit.\n"
      "China remains the largest partner\n";
  std::string before = text;
  EXPECT_EQ(UnwrapLines(&text), 0u);
  EXPECT_EQ(text, before);
}

}  // namespace
}  // namespace dyad::text
