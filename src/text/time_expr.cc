#include "text/time_expr.h"

#include <algorithm>
#include <string_view>

#include "text/lexicon.h"

namespace dyad::text {
namespace {

// Time words are English (data/text/en/lexicon.csv); a Russian reader has its own.
const Lexicon& Lex() { return Lexicon::Builtin(Language::kEnglish); }

// Compared as string_view: the length first, so most tokens cost no memcmp.
bool Is(const std::vector<Token>& toks, size_t i, size_t end, std::string_view w) {
  return i < end && std::string_view(toks[i].norm) == w;
}

// Whether "since the start of" / "since the beginning of" ends right before token y.
bool SinceTheStartOf(const std::vector<Token>& toks, size_t begin, size_t y) {
  if (y < begin + 4) return false;
  auto w = [&](size_t k) { return std::string_view(toks[k].norm); };
  return w(y - 1) == "of" && (w(y - 2) == "start" || w(y - 2) == "beginning") && w(y - 3) == "the" &&
         w(y - 4) == "since";
}

int SmallNumber(const Token& t) {
  if (t.kind == TokenKind::kNumber && t.integer && t.value >= 1 && t.value <= 99) {
    return static_cast<int>(t.value);
  }
  return Lex().Value(t.norm, WordClass::kNumberWord);
}

bool IsYear(const Token& t) {
  return t.kind == TokenKind::kNumber && t.integer && t.end - t.begin == 4 && t.value >= 1950 &&
         t.value <= 2100;
}

int OrdinalWord(std::string_view w) {
  return Lex().Value(w, WordClass::kPeriodOrdinal);
}

int Weekday(std::string_view w) {
  return Lex().Value(w, WordClass::kWeekday) - 1;  // Monday 0, none -1
}

Date AddDays(const Date& d, int delta) {
  Date x = d;
  x.day += delta;
  while (x.day < 1) {
    if (--x.month < 1) {
      x.month = 12;
      --x.year;
    }
    x.day += DaysInMonth(x.year, x.month);
  }
  while (x.day > DaysInMonth(x.year, x.month)) {
    x.day -= DaysInMonth(x.year, x.month);
    if (++x.month > 12) {
      x.month = 1;
      ++x.year;
    }
  }
  return x;
}

bool ValidDay(int y, int m, int d) { return m >= 1 && m <= 12 && d >= 1 && d <= DaysInMonth(y, m); }

// "of 2023", "of this year", "of last year" after a partial period; returns the year
// (or 0) and advances *j; *relative tells a year relative to the article's date ("of the
// year", "of this year", "of last year").
int OfYear(const std::vector<Token>& toks, size_t* j, size_t end, const Date& article, bool* relative) {
  size_t k = *j;
  *relative = false;
  if (Is(toks, k, end, "of") || Is(toks, k, end, "in")) ++k;
  if (k < end && IsYear(toks[k])) {
    *j = k + 1;
    return static_cast<int>(toks[k].value);
  }
  if ((Is(toks, k, end, "this") || Is(toks, k, end, "the")) && k + 1 < end &&
      (std::string_view(toks[k + 1].norm) == "year" || (std::string_view(toks[k + 1].norm) == "current" && Is(toks, k + 2, end, "year")))) {
    *j = k + (std::string_view(toks[k + 1].norm) == "current" ? 3 : 2);
    *relative = true;
    return article.year;
  }
  // "January-June current year" (without "of the").
  if (Is(toks, k, end, "current") && Is(toks, k + 1, end, "year")) {
    *j = k + 2;
    *relative = true;
    return article.year;
  }
  if (Is(toks, k, end, "last") && Is(toks, k + 1, end, "year")) {
    *j = k + 2;
    *relative = true;
    return article.year - 1;
  }
  return 0;
}

// "FY2020-21", "FY2023", "FY21" written as one word at k: the year the fiscal year ends in,
// with *next the token after it; 0 if it is no such word.
int FiscalWord(const std::vector<Token>& toks, size_t k, size_t end, size_t* next) {
  if (k >= end) return 0;
  const Token& t = toks[k];
  if (t.kind != TokenKind::kWord || (t.norm.size() != 4 && t.norm.size() != 6) || t.norm[0] != 'f' ||
      t.norm[1] != 'y' || !std::all_of(t.norm.begin() + 2, t.norm.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return 0;
  }
  int y = std::atoi(t.norm.c_str() + 2);
  if (t.norm.size() == 4) y += y < 50 ? 2000 : 1900;
  *next = k + 1;
  if (t.norm.size() == 6 && k + 2 < end && (Is(toks, k + 1, end, "-") || Is(toks, k + 1, end, "/")) &&
      toks[k + 2].kind == TokenKind::kNumber && toks[k + 2].integer && toks[k + 2].end - toks[k + 2].begin == 2) {
    ++y;
    *next = k + 3;
  }
  return y >= 1950 && y <= 2100 ? y : 0;
}

// A year at k, or a fiscal year written "2022-23"/"2022/23" (named by its end, 2023): the
// year, with *next the token after it; 0 if none.
int YearOrFiscalEnd(const std::vector<Token>& toks, size_t k, size_t end, size_t* next) {
  if (k >= end || !IsYear(toks[k])) return 0;
  int y = static_cast<int>(toks[k].value);
  *next = k + 1;
  if (k + 2 < end && (std::string_view(toks[k + 1].norm) == "-" || std::string_view(toks[k + 1].norm) == "/") &&
      toks[k + 2].kind == TokenKind::kNumber && toks[k + 2].integer && toks[k + 2].end - toks[k + 2].begin == 2) {
    ++y;
    *next = k + 3;
  }
  return y;
}

// "of the fiscal year 2022-23", "of fiscal 2023-24", "of the financial year 2023", "of the
// FY 2022-23", "of FY2023": the year the fiscal year ends in, after the part of it ("the
// first five months"); 0 if none. "of the current fiscal (year)", "of this financial
// year": kCurrentFiscal, resolved from the pair and the article's date.
constexpr int kCurrentFiscal = -1;
int OfFiscalYear(const std::vector<Token>& toks, size_t* j, size_t end) {
  size_t k = *j;
  if (!Is(toks, k, end, "of")) return 0;
  ++k;
  if (Is(toks, k, end, "the")) ++k;
  if (int y = FiscalWord(toks, k, end, j)) return y;
  bool current = Is(toks, k, end, "current") || Is(toks, k, end, "this");
  if (current) ++k;
  if (!Is(toks, k, end, "fiscal") && !Is(toks, k, end, "financial") && !Is(toks, k, end, "fy")) return 0;
  ++k;
  if (Is(toks, k, end, "year")) ++k;
  if (current) {
    *j = k;
    return kCurrentFiscal;
  }
  // "2022-23" ends in 2023; a single year names its end.
  return YearOrFiscalEnd(toks, k, end, j);
}

// "by 2026-27", "until FY2030": a fiscal year (named by its end, e->year) after "by",
// "until", "till" or "before" that is not over is a target year; e->begin takes the word.
void MarkTargetYear(const std::vector<Token>& toks, size_t begin, size_t i, const Date& article, TimeExpr* e) {
  if (i <= begin || e->year < article.year) return;
  std::string_view p = toks[i - 1].norm;
  if (p != "by" && p != "until" && p != "till" && p != "before") return;
  e->kind = TimeKind::kTargetYear;
  e->begin = i - 1;
}

}  // namespace

int MonthNumber(std::string_view w) {
  return Lex().Value(w, WordClass::kMonth);
}

std::string MonthsString(int a, int b) {
  if (a <= 0 || b <= 0) return "";
  return std::to_string(a) + "-" + std::to_string(b);
}

std::vector<TimeExpr> FindTimes(const std::vector<Token>& toks, size_t begin, size_t end,
                                const Date& article) {
  std::vector<TimeExpr> out;
  // A month name counts only when capitalised ("May" the month, not "may" the verb).
  auto month_at = [&](size_t k) -> int {
    if (k >= end || toks[k].kind != TokenKind::kWord || !toks[k].cap) return 0;
    return MonthNumber(toks[k].norm);
  };
  auto past_month_year = [&](int m) { return m > article.month ? article.year - 1 : article.year; };
  for (size_t i = begin; i < end; ++i) {
    const Token& t = toks[i];
    TimeExpr e;
    e.begin = i;
    size_t j = i;
    bool found = false;
    std::string_view w = t.norm;  // compares by length first

    // Baselines first: they contain "last year" that must not become a period.
    // "the same period", "the corresponding period of 2021"; "the same time" only with a
    // year after it ("the same time last year"), since "at the same time" dates nothing.
    bool dated_noun = i + 1 < end && Lex().Is(toks[i + 1].norm, WordClass::kSameDatedNoun);
    if (Lex().Is(w, WordClass::kSameWord) && i + 1 < end &&
        (Lex().Is(toks[i + 1].norm, WordClass::kSamePeriodNoun) || dated_noun)) {
      j = i + 2;
      if (Is(toks, j, end, "of") || Is(toks, j, end, "in")) ++j;
      size_t noun_end = j;
      if (Is(toks, j, end, "last") && Is(toks, j + 1, end, "year")) j += 2;
      else if (Is(toks, j, end, "the") && Is(toks, j + 1, end, "previous") && Is(toks, j + 2, end, "year")) j += 3;
      else if (j < end && IsYear(toks[j])) e.year = static_cast<int>(toks[j++].value);  // "of 2021
      else if (Is(toks, j, end, "a") && Is(toks, j + 1, end, "year") && (Is(toks, j + 2, end, "earlier") || Is(toks, j + 2, end, "ago"))) j += 3;
      e.kind = TimeKind::kBaseline;
      found = !dated_noun || j > noun_end;
      if (!found) j = i;
    } else if ((w == "year" && Is(toks, i + 1, end, "-") && Is(toks, i + 2, end, "on") &&
                Is(toks, i + 3, end, "-") && Is(toks, i + 4, end, "year"))) {
      j = i + 5;
      e.kind = TimeKind::kBaseline;
      found = true;
    } else if (w == "year" && Is(toks, i + 1, end, "on") && Is(toks, i + 2, end, "year")) {
      j = i + 3;
      e.kind = TimeKind::kBaseline;
      found = true;
    } else if ((w == "y" && Is(toks, i + 1, end, "/") && Is(toks, i + 2, end, "y")) ||
               w == "yoy" || w == "y-o-y") {
      j = w == "y" ? i + 3 : i + 1;
      e.kind = TimeKind::kBaseline;
      found = true;
    } else if (w == "a" && Is(toks, i + 1, end, "year") &&
               (Is(toks, i + 2, end, "earlier") || Is(toks, i + 2, end, "ago") || Is(toks, i + 2, end, "before"))) {
      j = i + 3;
      e.kind = TimeKind::kBaseline;
      found = true;
    } else if ((w == "previous" || w == "prior" || w == "preceding") && Is(toks, i + 1, end, "year") &&
               i > begin && (std::string_view(toks[i - 1].norm) == "the") && i > begin + 1 &&
               (std::string_view(toks[i - 2].norm) == "to" || std::string_view(toks[i - 2].norm) == "with" || std::string_view(toks[i - 2].norm) == "than" ||
                std::string_view(toks[i - 2].norm) == "over" || std::string_view(toks[i - 2].norm) == "from")) {
      j = i + 2;
      e.kind = TimeKind::kBaseline;
      found = true;
    }
    // "the first 11 months of 2023", "nine months of 2023", "first three quarters".
    if (!found) {
      size_t k = i;
      bool first = false;
      if (w == "first") {
        first = true;
        ++k;
      }
      bool counted = Is(toks, k + 1, end, "months") || Is(toks, k + 1, end, "quarters");
      int n = counted ? SmallNumber(toks[k]) : 0;
      if (n >= 1 && n <= 12 && Is(toks, k + 1, end, "months") && first &&
          [&] { size_t q = k + 2; return OfFiscalYear(toks, &q, end) != 0; }()) {
        // "the first five months of the fiscal year 2022-23": fiscal months.
        j = k + 2;
        e.year = OfFiscalYear(toks, &j, end);
        if (e.year == kCurrentFiscal) e.year = 0;  // the article's fiscal year (fiscal_offset 0)
        e.relative = e.year == 0;
        e.month_from = 1;
        e.month_to = n;
        e.fiscal = true;
        found = true;
      } else if (n >= 1 && n <= 12 && Is(toks, k + 1, end, "months")) {
        j = k + 2;
        bool of_relative = false;
        int y = OfYear(toks, &j, end, article, &of_relative);
        e.relative = y == 0 || of_relative;
        if (y == 0) y = n < article.month ? article.year : article.year - 1;
        e.year = y;
        e.month_from = 1;
        e.month_to = n;
        found = true;
      } else if (first && n >= 1 && n <= 3 && Is(toks, k + 1, end, "quarters")) {
        j = k + 2;
        bool of_relative = false;
        int y = OfYear(toks, &j, end, article, &of_relative);
        e.relative = y == 0 || of_relative;
        e.year = y ? y : article.year;
        e.month_from = 1;
        e.month_to = 3 * n;
        found = true;
      }
    }
    // "first half of 2022", "second quarter of 2023", "Q1 2024", "H1".
    if (!found) {
      int ord = OrdinalWord(w);
      size_t fq = i + 2;
      int fiscal_end = ord > 0 && (Is(toks, i + 1, end, "half") || Is(toks, i + 1, end, "quarter"))
                           ? OfFiscalYear(toks, &fq, end)
                           : 0;
      if (fiscal_end != 0 && ((Is(toks, i + 1, end, "half") && ord <= 2) || (Is(toks, i + 1, end, "quarter") && ord <= 4))) {
        // "the first half of fiscal 2023-24", "the second quarter of the financial year 2023".
        bool half = Is(toks, i + 1, end, "half");
        j = fq;
        e.year = fiscal_end == kCurrentFiscal ? 0 : fiscal_end;
        e.relative = e.year == 0;
        e.month_from = half ? 6 * ord - 5 : 3 * ord - 2;
        e.month_to = half ? 6 * ord : 3 * ord;
        e.fiscal = true;
        found = true;
      } else if (ord > 0 && Is(toks, i + 1, end, "half") && ord <= 2) {
        j = i + 2;
        bool of_relative = false;
        int y = OfYear(toks, &j, end, article, &of_relative);
        e.relative = y == 0 || of_relative;
        e.year = y ? y : (ord == 1 && article.month > 6 ? article.year : article.year - (ord == 2 ? 1 : 0));
        e.month_from = ord == 1 ? 1 : 7;
        e.month_to = ord == 1 ? 6 : 12;
        found = true;
      } else if (ord > 0 && Is(toks, i + 1, end, "quarter")) {
        j = i + 2;
        bool of_relative = false;
        int y = OfYear(toks, &j, end, article, &of_relative);
        e.relative = y == 0 || of_relative;
        e.year = y ? y : article.year;
        e.month_from = 3 * ord - 2;
        e.month_to = 3 * ord;
        found = true;
      } else if (t.kind == TokenKind::kWord && t.norm.size() == 2 &&
                 (t.norm[0] == 'q' || t.norm[0] == 'h') && t.norm[1] >= '1' &&
                 t.norm[1] <= (t.norm[0] == 'q' ? '4' : '2') && t.upper) {
        int q = t.norm[1] - '0';
        j = i + 1;
        bool of_relative = false;
        int y = OfYear(toks, &j, end, article, &of_relative);
        e.relative = y == 0 || of_relative;
        e.year = y ? y : article.year;
        if (t.norm[0] == 'q') {
          e.month_from = 3 * q - 2;
          e.month_to = 3 * q;
        } else {
          e.month_from = q == 1 ? 1 : 7;
          e.month_to = q == 1 ? 6 : 12;
        }
        found = true;
      }
    }
    // Month ranges and month dates.
    if (!found && month_at(i) > 0) {
      int m1 = month_at(i);
      size_t k = i + 1;
      if (k < end && std::string_view(toks[k].norm) == "." && !toks[k].space_before) ++k;  // "Aug."
      int m2 = 0;
      if ((Is(toks, k, end, "-") || Is(toks, k, end, "--") || Is(toks, k, end, "to") ||
           Is(toks, k, end, "through") || Is(toks, k, end, "and")) &&
          month_at(k + 1) > 0) {
        m2 = month_at(k + 1);
        k += 2;
      }
      if (m2 > 0 && m2 >= m1) {
        j = k;
        bool of_relative = false;
        // "between April and August of the FY 2022-23", "April-August 2022-23", "April-June
        // FY24": calendar months of a fiscal year, dated by the pair's fiscal year start.
        size_t q = j;
        int fiscal_end = OfFiscalYear(toks, &q, end);
        if (fiscal_end == 0) {
          size_t r = j + (Is(toks, j, end, "of") || Is(toks, j, end, "in") ? 1 : 0);
          fiscal_end = FiscalWord(toks, r, end, &q);
          size_t n = r;
          if (fiscal_end == 0 && YearOrFiscalEnd(toks, r, end, &n) != 0 && n == r + 3) {
            fiscal_end = YearOrFiscalEnd(toks, r, end, &q);
          }
        }
        if (fiscal_end != 0) {
          e.year = fiscal_end == kCurrentFiscal ? 0 : fiscal_end;
          e.relative = fiscal_end == kCurrentFiscal;
          e.month_from = m1;
          e.month_to = m2;
          e.fiscal = e.calendar_months = true;
          j = q;
        } else {
          int y = OfYear(toks, &j, end, article, &of_relative);
          if (y == 0 && j < end && std::string_view(toks[j].norm) == "," && j + 1 < end && IsYear(toks[j + 1])) {
            y = static_cast<int>(toks[j + 1].value);
            j += 2;
          }
          e.relative = y == 0 || of_relative;
          e.year = y ? y : past_month_year(m2);
          e.month_from = m1;
          e.month_to = m2;
        }
        found = true;
      } else if (m2 == 0) {
        // "August 22, 2024", "August 22", "August 2024", "in August".
        if (k < end && toks[k].kind == TokenKind::kNumber && toks[k].integer && toks[k].value >= 1 &&
            toks[k].value <= 31 && toks[k].end - toks[k].begin <= 2) {
          int d = static_cast<int>(toks[k].value);
          size_t q = k + 1;
          int y = 0;
          if (q < end && std::string_view(toks[q].norm) == "," && q + 1 < end && IsYear(toks[q + 1])) {
            y = static_cast<int>(toks[q + 1].value);
            q += 2;
          } else if (q < end && IsYear(toks[q])) {
            y = static_cast<int>(toks[q].value);
            ++q;
          }
          if (y == 0) y = past_month_year(m1);
          if (ValidDay(y, m1, d)) {
            e.kind = TimeKind::kDate;
            e.date = Date::Ymd(y, m1, d);
            e.year = y;
            j = q;
            found = true;
          }
        } else if (k < end && IsYear(toks[k])) {
          int y = static_cast<int>(toks[k].value);
          e.year = y;
          e.month_from = e.month_to = m1;
          e.kind = TimeKind::kPeriod;
          e.date = Date::Ym(y, m1);
          j = k + 1;
          found = true;
          // "April 2022 to March 2023", "April 2022-March 2023": twelve months over two
          // calendar years, a fiscal year named by its end (months unknown).
          size_t q = k + 1;
          if ((Is(toks, q, end, "-") || Is(toks, q, end, "to") || Is(toks, q, end, "and") ||
               Is(toks, q, end, "through") || Is(toks, q, end, "until")) &&
              month_at(q + 1) > 0 && q + 2 < end && IsYear(toks[q + 2]) && toks[q + 2].value == y + 1 &&
              month_at(q + 1) == (m1 + 10) % 12 + 1) {
            e.year = y + 1;
            e.month_from = e.month_to = 0;
            e.date = Date::Y(y + 1);
            j = q + 3;
          }
        } else if (i > begin && (std::string_view(toks[i - 1].norm) == "in" || std::string_view(toks[i - 1].norm) == "since" ||
                                 std::string_view(toks[i - 1].norm) == "last" || std::string_view(toks[i - 1].norm) == "this" ||
                                 std::string_view(toks[i - 1].norm) == "during" || std::string_view(toks[i - 1].norm) == "for")) {
          int y = std::string_view(toks[i - 1].norm) == "this" ? article.year : past_month_year(m1);
          if (std::string_view(toks[i - 1].norm) == "last" && m1 >= article.month) y = article.year - 1;
          e.date = Date::Ym(y, m1);
          e.year = y;
          // "in June", "in March alone": one month of trade (a period); "since June" dates.
          if (std::string_view(toks[i - 1].norm) == "since") {
            e.kind = TimeKind::kDate;
          } else {
            e.kind = TimeKind::kPeriod;
            e.month_from = e.month_to = m1;
            e.relative = true;
          }
          j = k;
          // "in June of this year", "in March of last year": the month of that year.
          if (Is(toks, k, end, "of")) {
            size_t q = k;
            bool of_relative = false;
            if (int oy = OfYear(toks, &q, end, article, &of_relative); oy > 0) {
              e.year = oy;
              e.date = Date::Ym(oy, m1);
              e.relative = of_relative;
              j = q;
            }
          }
          found = true;
        } else if (Is(toks, k, end, "of")) {
          // "compared to April of last year", "against March of 2023": a month of the year
          // named after it, whatever word comes before the month.
          size_t q = k;
          bool of_relative = false;
          if (int oy = OfYear(toks, &q, end, article, &of_relative); oy > 0) {
            e.kind = TimeKind::kPeriod;
            e.year = oy;
            e.date = Date::Ym(oy, m1);
            e.month_from = e.month_to = m1;
            e.relative = of_relative;
            j = q;
            found = true;
          }
        }
      }
    }
    // "22 August 2024", "22 Aug".
    if (!found && t.kind == TokenKind::kNumber && t.integer && t.value >= 1 && t.value <= 31 &&
        t.end - t.begin <= 2 && month_at(i + 1) > 0) {
      int d = static_cast<int>(t.value);
      int m = month_at(i + 1);
      size_t k = i + 2;
      if (k < end && std::string_view(toks[k].norm) == "." && !toks[k].space_before) ++k;
      int y = 0;
      if (k < end && IsYear(toks[k])) {
        y = static_cast<int>(toks[k].value);
        ++k;
      }
      if (y == 0) y = past_month_year(m);
      if (ValidDay(y, m, d)) {
        e.kind = TimeKind::kDate;
        e.date = Date::Ymd(y, m, d);
        e.year = y;
        j = k;
        found = true;
      }
    }
    // "2024-08-22", "22.08.2024".
    if (!found && IsYear(t) && Is(toks, i + 1, end, "-") && i + 4 < end &&
        toks[i + 2].kind == TokenKind::kNumber && toks[i + 2].integer &&
        toks[i + 2].end - toks[i + 2].begin == 2 && Is(toks, i + 3, end, "-") &&
        toks[i + 4].kind == TokenKind::kNumber && toks[i + 4].integer &&
        toks[i + 4].end - toks[i + 4].begin == 2 && !toks[i + 1].space_before && !toks[i + 3].space_before) {
      int y = static_cast<int>(t.value), m = static_cast<int>(toks[i + 2].value),
          d = static_cast<int>(toks[i + 4].value);
      if (ValidDay(y, m, d)) {
        e.kind = TimeKind::kDate;
        e.date = Date::Ymd(y, m, d);
        e.year = y;
        j = i + 5;
        found = true;
      }
    }
    if (!found && t.kind == TokenKind::kNumber && t.norm.size() == 10 && t.norm[2] == '.' &&
        t.norm[5] == '.') {
      int d = std::atoi(t.norm.substr(0, 2).c_str()), m = std::atoi(t.norm.substr(3, 2).c_str()),
          y = std::atoi(t.norm.substr(6, 4).c_str());
      if (y >= 1950 && y <= 2100 && ValidDay(y, m, d)) {
        e.kind = TimeKind::kDate;
        e.date = Date::Ymd(y, m, d);
        e.year = y;
        j = i + 1;
        found = true;
      }
    }
    // "FY2020-21", "FY2023", "FY21" written as one word: the fiscal year it ends in.
    if (!found) {
      if (int y = FiscalWord(toks, i, end, &j)) {
        e.kind = TimeKind::kPeriod;
        e.year = y;
        found = true;
        MarkTargetYear(toks, begin, i, article, &e);  // "by FY27"
      }
    }
    // Fiscal years: "the 2023-24 financial year", "fiscal year ended March 2024",
    // "FY2023/24": the year it ends in, months unknown (not a calendar period).
    if (!found && IsYear(t) && i + 2 < end && (Is(toks, i + 1, end, "-") || Is(toks, i + 1, end, "/")) &&
        toks[i + 2].kind == TokenKind::kNumber && toks[i + 2].integer &&
        toks[i + 2].end - toks[i + 2].begin == 2 &&
        (Is(toks, i + 3, end, "financial") || Is(toks, i + 3, end, "fiscal") ||
         (i > begin && (std::string_view(toks[i - 1].norm) == "fy" || std::string_view(toks[i - 1].norm) == "fiscal")))) {
      e.kind = TimeKind::kPeriod;
      e.year = static_cast<int>(t.value) + 1;
      j = i + 3;
      if (Is(toks, j, end, "financial") || Is(toks, j, end, "fiscal")) j += Is(toks, j + 1, end, "year") ? 2 : 1;
      found = true;
    }
    // "last fiscal year", "the previous financial year": the whole fiscal year before the
    // article's, resolved from the pair ("this fiscal year" is not over: not read).
    if (!found && (w == "last" || w == "previous" || w == "past") &&
        (Is(toks, i + 1, end, "fiscal") || Is(toks, i + 1, end, "financial")) &&
        !(i + 3 < end && IsYear(toks[i + 2 + (Is(toks, i + 2, end, "year") ? 1 : 0)]))) {
      j = i + 2;
      if (Is(toks, j, end, "year")) ++j;
      e.kind = TimeKind::kPeriod;
      e.fiscal = true;
      e.relative = true;
      e.fiscal_offset = -1;
      found = true;
    }
    if (!found && (w == "fiscal" || w == "financial") && Is(toks, i + 1, end, "year")) {
      size_t k = i + 2;
      if (Is(toks, k, end, "ended") || Is(toks, k, end, "ending") || Is(toks, k, end, "to")) {
        ++k;
        if (Is(toks, k, end, "in")) ++k;
        if (month_at(k) > 0 && k + 1 < end && IsYear(toks[k + 1])) {
          e.kind = TimeKind::kPeriod;
          e.year = static_cast<int>(toks[k + 1].value);
          j = k + 2;
          found = true;
        }
      } else if (k < end && IsYear(toks[k])) {
        e.kind = TimeKind::kPeriod;
        e.year = static_cast<int>(toks[k].value);
        j = k + 1;
        // "fiscal year 2023-24" ends in 2024.
        if (j + 1 < end && (std::string_view(toks[j].norm) == "-" || std::string_view(toks[j].norm) == "/") && toks[j + 1].kind == TokenKind::kNumber &&
            toks[j + 1].integer && toks[j + 1].end - toks[j + 1].begin == 2) {
          ++e.year;
          j += 2;
        }
        found = true;
      }
    }
    // Years: ranges, "since", "by", and plain years.
    if (!found && IsYear(t)) {
      int y = static_cast<int>(t.value);
      size_t k = i + 1;
      bool from = i > begin && (std::string_view(toks[i - 1].norm) == "from" || std::string_view(toks[i - 1].norm) == "between");
      bool year_range = (Is(toks, k, end, "-") || Is(toks, k, end, "--") || Is(toks, k, end, "/") ||
                         (from && (Is(toks, k, end, "to") || Is(toks, k, end, "and") || Is(toks, k, end, "through")))) &&
                        k + 1 < end && IsYear(toks[k + 1]) && toks[k + 1].value > y;
      // "in 2019-2020", "during 2021-2022": one (fiscal) year, named by its end.
      bool one_year = year_range && !from && toks[k + 1].value == y + 1 && Is(toks, k, end, "-") && i > begin &&
                      (std::string_view(toks[i - 1].norm) == "in" || std::string_view(toks[i - 1].norm) == "during");
      if (one_year) {
        e.kind = TimeKind::kPeriod;
        e.year = y + 1;
        j = k + 2;
        found = true;
      } else if (year_range) {
        e.kind = TimeKind::kRange;
        e.year = y;
        e.to_year = static_cast<int>(toks[k + 1].value);
        j = k + 2;
        found = true;
      } else if (k + 1 < end && Is(toks, k, end, "-") && !toks[k].space_before && toks[k + 1].kind == TokenKind::kNumber &&
                 toks[k + 1].integer && toks[k + 1].end - toks[k + 1].begin == 2 &&
                 static_cast<int>(toks[k + 1].value) == (y + 1) % 100) {
        e.kind = TimeKind::kPeriod;  // "2014-15", "in 2022-23": a fiscal year, named by its end
        e.year = y + 1;
        j = k + 2;
        found = true;
        MarkTargetYear(toks, begin, i, article, &e);  // "by 2026-27"
      } else if (k + 1 < end && Is(toks, k, end, "/") && toks[k + 1].kind == TokenKind::kNumber &&
                 toks[k + 1].end - toks[k + 1].begin == 2) {
        e.kind = TimeKind::kRange;  // "2023/24"
        e.year = y;
        e.to_year = y + 1;
        j = k + 2;
        found = true;
      } else {
        const std::string& prev = i > begin ? toks[i - 1].norm : std::string();
        const std::string& prev2 = i > begin + 1 ? toks[i - 2].norm : std::string();
        // "$2023" or "2023 tonnes" are not years; a following scale or currency rules out.
        bool money_like = prev == "$" || (k < end && (std::string_view(toks[k].norm) == "%" || std::string_view(toks[k].norm) == "million" ||
                                                      std::string_view(toks[k].norm) == "billion"));
        if (!money_like) {
          e.year = y;
          if (SinceTheStartOf(toks, begin, i)) {
            // "since the start of 2024" ("с начала 2024 года"): the part of the year up to
            // the article's month, never the whole year; its months are unknown when the
            // year is not the article's.
            e.kind = TimeKind::kPeriod;
            e.begin = i - 4;
            e.month_from = y == article.year ? 1 : 0;
            e.month_to = y == article.year ? article.month : 0;
            e.relative = true;
            e.to_date = true;
          } else if (prev == "since") {
            e.kind = TimeKind::kSince;
            e.begin = i - 1;
          } else if ((prev == "by" || prev == "until" || prev == "till" || prev == "before" ||
                      (prev == "of" && prev2 == "end")) &&
                     y >= article.year) {
            e.kind = TimeKind::kTargetYear;
            e.begin = i - 1;
          } else if (y > article.year) {
            e.kind = TimeKind::kTargetYear;
          } else {
            e.kind = TimeKind::kPeriod;
            if (y < article.year) {
              e.month_from = 1;
              e.month_to = 12;
            }
          }
          j = k;
          found = true;
        }
      }
    }
    // Relative years.
    if (!found && (w == "last" || w == "past" || w == "previous") && Is(toks, i + 1, end, "year") &&
        !(i > begin && std::string_view(toks[i - 1].norm) == "same")) {
      // "over the past year" is a period too.
      e.kind = TimeKind::kPeriod;
      e.year = article.year - 1;
      e.month_from = 1;
      e.month_to = 12;
      e.relative = true;
      j = i + 2;
      found = true;
    } else if (!found && w == "since" && i + 5 < end && Is(toks, i + 1, end, "the") &&
               (Is(toks, i + 2, end, "start") || Is(toks, i + 2, end, "beginning")) && Is(toks, i + 3, end, "of") &&
               (Is(toks, i + 4, end, "the") || Is(toks, i + 4, end, "this")) && Is(toks, i + 5, end, "year")) {
      // "since the start of the year" ("с начала года"): January to the article's month.
      e.kind = TimeKind::kPeriod;
      e.year = article.year;
      e.month_from = 1;
      e.month_to = article.month;
      e.relative = true;
      e.to_date = true;
      j = i + 6;
      found = true;
    } else if (!found && (w == "this" || w == "current") && Is(toks, i + 1, end, "year")) {
      e.kind = TimeKind::kPeriod;
      e.year = article.year;
      e.relative = true;
      j = i + 2;
      if (i > begin + 2 && std::string_view(toks[i - 1].norm) == "of" && std::string_view(toks[i - 2].norm) == "end") e.kind = TimeKind::kTargetYear;
      found = true;
    } else if (!found && w == "next" && Is(toks, i + 1, end, "year")) {
      e.kind = TimeKind::kTargetYear;
      e.year = article.year + 1;
      e.relative = true;
      j = i + 2;
      found = true;
    } else if (!found && (w == "past" || w == "last") && i + 2 < end) {
      // "over the past five years", "in the last decade".
      int n = SmallNumber(toks[i + 1]);
      if (n > 1 && Is(toks, i + 2, end, "years")) {
        e.kind = TimeKind::kPastYears;
        e.past_years = n;
        e.year = article.year;
        j = i + 3;
        found = true;
      } else if (Is(toks, i + 1, end, "decade")) {
        e.kind = TimeKind::kPastYears;
        e.past_years = 10;
        e.year = article.year;
        j = i + 2;
        found = true;
      }
    } else if (!found && (w == "yesterday" || w == "today")) {
      e.kind = TimeKind::kDate;
      e.date = w == "today" ? article : AddDays(article, -1);
      e.relative = true;
      e.year = e.date.year;
      j = i + 1;
      found = true;
    } else if (!found && Weekday(w) >= 0 && t.cap && i > begin && std::string_view(toks[i - 1].norm) == "on" &&
               article.precision == DatePrecision::kDay) {
      // The most recent such weekday on or before the article's date.
      int64_t days = article.DayNumber();
      int article_wd = static_cast<int>(((days % 7) + 7 + 3) % 7);  // 1970-01-01 was a Thursday
      int back = (article_wd - Weekday(w) + 7) % 7;
      e.kind = TimeKind::kDate;
      e.date = AddDays(article, -back);
      e.relative = true;
      e.year = e.date.year;
      j = i + 1;
      found = true;
    }
    if (found && j > i) {
      e.end = j;
      out.push_back(e);
      i = j - 1;
    }
  }
  return out;
}

std::optional<Date> FindDateline(const std::vector<Token>& toks, size_t max_tokens) {
  size_t end = std::min(toks.size(), max_tokens);
  // Resolve against a neutral date; only explicit full dates are accepted.
  Date neutral = Date::Ymd(2100, 12, 31);
  for (const TimeExpr& e : FindTimes(toks, 0, end, neutral)) {
    if (e.kind != TimeKind::kDate || e.relative || e.date.precision != DatePrecision::kDay) continue;
    // The year must be written: dates without one resolved against 2100 are rejected.
    if (e.date.year == 2100) continue;
    return e.date;
  }
  return std::nullopt;
}

}  // namespace dyad::text
