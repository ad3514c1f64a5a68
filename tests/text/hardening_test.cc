// Input that is not a clean article: empty, invalid UTF-8, NUL bytes, HTML, binary,
// 10 MB. Always a clear result or error, never a crash, and time linear in the size.
#include <gtest/gtest.h>

#include <chrono>
#include <ctime>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "text/claims.h"
#include "text/claims_json.h"

namespace dyad::text {
namespace {

const Date kDate = Date::Ymd(2024, 8, 22);

std::string Seed() {
  const char* shared = std::getenv("DYAD_SHARED");
  std::ifstream in(std::string(shared ? shared : "../../shared") + "/seed/article.txt", std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(HardeningTest, EmptyInputHasNoClaims) {
  auto r = ExtractClaims("", kDate);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->claims.empty());
  EXPECT_TRUE(r->sentences.empty());
  EXPECT_TRUE(r->pair.empty());
  EXPECT_EQ(ArticleToJson(*r).dump(), ArticleToJson(*r).dump());
}

// The Russian gloss moves a word before the words it follows ("Доля Китая" reads "China
// 's share"); a sentence or claim ending on the moved word still spans its input.
TEST(HardeningTest, MovedRussianWordKeepsSentenceSpans) {
  for (std::string input : {"Доля Китая", "Доля Китая во внешней торговле Монголии составила 60%.",
                            "Беларусь занимает среди партнеров Узбекистана 16-е место"}) {
    auto r = ExtractClaims(input, kDate);
    ASSERT_TRUE(r.ok()) << input;
    for (const auto& s : r->sentences) {
      EXPECT_LE(s.begin, s.end) << input;
      EXPECT_LE(s.end, input.size()) << input;
      EXPECT_FALSE(s.text.empty()) << input;
    }
    for (const auto& c : r->claims) EXPECT_LE(c.span_begin, c.span_end) << input;
  }
}

TEST(HardeningTest, InvalidUtf8IsReportedAndSkipped) {
  std::string text = "Trade between Kazakhstan and Tajikistan reached \xC3\x28$1.13 billion in 2023.";
  auto r = ExtractClaims(text, kDate);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->warnings.size(), 1u);
  EXPECT_EQ(r->warnings[0], "input is not valid UTF-8 at byte 48; 1 invalid bytes ignored");
  ASSERT_EQ(r->claims.size(), 1u);
  EXPECT_EQ(r->claims[0].value_usd, 1130000000);
  EXPECT_NO_THROW(ArticleToJson(*r).dump());  // the JSON is valid UTF-8
}

TEST(HardeningTest, FewNulBytesAreIgnoredManyAreAnError) {
  std::string text = "Trade between Kazakhstan and Tajikistan reached $1.13 billion in 2023.";
  text[10] = '\0';
  auto r = ExtractClaims(text, kDate);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->warnings, (std::vector<std::string>{"1 NUL or control bytes ignored"}));
  std::string binary(1000, '\0');
  auto bad = ExtractClaims(binary, kDate);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), StatusCode::kInvalidInput);
  EXPECT_EQ(bad.status().message(), "input is not text: 1000 of 1000 bytes are NUL or control bytes");
}

TEST(HardeningTest, HtmlIsStrippedAndSpansPointIntoTheInput) {
  std::string html =
      "<html><body><h1>Kazakh-Tajik talks</h1><p>Trade between Kazakhstan and Tajikistan "
      "reached <b>$1.13&nbsp;billion</b> in 2023.</p><script>var x = \"$9 billion\";</script></body></html>";
  auto r = ExtractClaims(html, kDate);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->claims.size(), 1u);
  const Claim& c = r->claims[0];
  EXPECT_EQ(c.value_usd, 1130000000);
  EXPECT_EQ(c.text, "Trade between Kazakhstan and Tajikistan reached $1.13 billion in 2023.");
  EXPECT_EQ(html.substr(c.span_begin, 5), "Trade");
  EXPECT_EQ(html.substr(c.span_end - 5, 5), "2023.");
}

TEST(HardeningTest, ArticleDateFromDatelineElseToday) {
  auto r = ExtractClaims("ASTANA, August 22, 2024 (Kazinform) - Trade between Kazakhstan and Tajikistan "
                         "reached $1.13 billion last year.",
                         std::nullopt);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->date.ToString(), "2024-08-22");
  EXPECT_EQ(r->date_source, DateSource::kText);
  ASSERT_EQ(r->claims.size(), 1u);
  EXPECT_EQ(r->claims[0].year, 2023);
  auto today = ExtractClaims("No date here.", std::nullopt);
  ASSERT_TRUE(today.ok());
  EXPECT_EQ(today->date_source, DateSource::kToday);
}

// 10 MB: the seed article many times over, plus adversarial runs (one huge sentence,
// thousands of amounts and agreement words, unclosed tags and comments).
TEST(HardeningTest, TenMegabytesInLinearTime) {
  std::string seed = Seed();
  ASSERT_FALSE(seed.empty());
  std::string big;
  while (big.size() < 6u << 20) big += seed + "\n";
  std::string run;
  while (run.size() < 1u << 20) run += "$1 billion trade agreement partner second-largest after Russia in 2023 ";
  big += run;
  std::string tags;
  while (tags.size() < 1u << 20) tags += "<!-- <a <script x &#12345678 &amp ";
  big += tags;
  std::string digits(1u << 20, '7');
  big += digits;
  while (big.size() < 10u << 20) big += "Kazakhstan\xE2\x80\x99s \xFF exports \"to Tajikistan ";
  // CPU time: the machine is shared, wall time is not this code's alone.
  std::clock_t start = std::clock();
  auto r = ExtractClaims(big, kDate);
  double secs = static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_GE(r->claims.size(), 12u);  // the seed's claims, repeated ones merged
  EXPECT_GT(r->sentences.size(), 50000u);
  EXPECT_NO_THROW(ArticleToJson(*r).dump());
  std::printf("10 MB article: %.2f s, %zu claims, %zu sentences\n", secs, r->claims.size(), r->sentences.size());
#ifdef NDEBUG
  EXPECT_LT(secs, 3.0);
#endif
}

// U+2028/U+2029 (from text pasted off web pages) break lines; a claim's span (what the
// check page and `check --format html` mark) starts at its first word, not at one.
TEST(HardeningTest, LineSeparatorsAreLineBreaksNotPartOfASentence) {
  for (std::string sep : {"\u2028", "\u2029"}) {
    std::string text = "Kazakhstan and Tajikistan. Trade grew. " + sep +
                       "Trade between Kazakhstan and Tajikistan reached $1.13 billion in 2023.";
    auto r = ExtractClaims(text, kDate);
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->claims.size(), 1u);
    const Claim& c = r->claims[0];
    EXPECT_EQ(text.substr(c.span_begin, c.span_end - c.span_begin),
              "Trade between Kazakhstan and Tajikistan reached $1.13 billion in 2023.");
  }
}

// An article over 1 MB is read in chunks cut at blank lines: the pair is chosen from
// all of them, and every claim's span and every sentence point at the input's bytes.
TEST(HardeningTest, LongArticlesAreReadInChunks) {
  const std::string calm = "The weather was mild and the markets were calm.\n\n";
  const std::string claims[] = {"Trade between Kazakhstan and Tajikistan reached $1.13 billion in 2023.\n\n",
                                "Trade between Kazakhstan and Tajikistan reached $1.2 billion in 2022.\n\n"};
  std::string text;
  while (text.size() < (1u << 20) + 1000) text += calm;  // the first claim is in the second chunk
  text += claims[0];
  while (text.size() < (1u << 20) + 50000) text += calm;
  text += claims[1];
  auto r = ExtractClaims(text, kDate);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->pair, (std::vector<std::string>{"KAZ", "TJK"}));
  ASSERT_EQ(r->claims.size(), 2u);
  for (size_t i = 0; i < 2; ++i) {
    const Claim& c = r->claims[i];
    EXPECT_EQ(text.substr(c.span_begin, c.span_end - c.span_begin) + "\n\n", claims[i]);
    EXPECT_EQ(c.parties, (std::vector<std::string>{"KAZ", "TJK"}));
  }
  EXPECT_EQ(r->claims[0].value_usd, 1130000000);
  EXPECT_EQ(r->claims[1].value_usd, 1200000000);
  size_t paragraphs = 0;
  for (size_t at = text.find("\n\n"); at != std::string::npos; at = text.find("\n\n", at + 2)) ++paragraphs;
  ASSERT_EQ(r->sentences.size(), paragraphs);
  for (const Sentence& s : r->sentences) {
    ASSERT_EQ(text.substr(s.begin, s.end - s.begin), s.text);
    ASSERT_FALSE(s.headline);
  }
}

TEST(HardeningTest, RejectsMoreThan64Megabytes) {
  std::string huge((64u << 20) + 1, 'a');
  auto r = ExtractClaims(huge, kDate);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), "article is 67108865 bytes; at most 67108864 bytes are read");
}

}  // namespace
}  // namespace dyad::text
