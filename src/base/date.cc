#include "base/date.h"

#include <charconv>
#include <cstdlib>
#include <ctime>

#include "base/strings.h"

namespace dyad {
namespace {

const char* const kMonthNames[] = {"January", "February", "March",     "April",
                                   "May",     "June",     "July",      "August",
                                   "September", "October", "November", "December"};

// Days from civil (Howard Hinnant's algorithm).
int64_t DaysFromCivil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

bool ParseInt(std::string_view s, int* out) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  auto r = std::from_chars(s.data(), s.data() + s.size(), *out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

}  // namespace

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && IsLeapYear(year)) return 29;
  return kDays[month - 1];
}

std::string Date::ToString() const {
  char buf[16];
  switch (precision) {
    case DatePrecision::kYear:
      std::snprintf(buf, sizeof buf, "%04d", year);
      break;
    case DatePrecision::kMonth:
      std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
      break;
    case DatePrecision::kDay:
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
      break;
  }
  return buf;
}

Date Date::First() const {
  switch (precision) {
    case DatePrecision::kYear: return Ymd(year, 1, 1);
    case DatePrecision::kMonth: return Ymd(year, month, 1);
    case DatePrecision::kDay: return *this;
  }
  return *this;
}

Date Date::Last() const {
  switch (precision) {
    case DatePrecision::kYear: return Ymd(year, 12, 31);
    case DatePrecision::kMonth: return Ymd(year, month, DaysInMonth(year, month));
    case DatePrecision::kDay: return *this;
  }
  return *this;
}

int64_t Date::DayNumber() const {
  Date f = First();
  return DaysFromCivil(f.year, static_cast<unsigned>(f.month), static_cast<unsigned>(f.day));
}

std::strong_ordering CompareDates(const Date& a, const Date& b) {
  if (auto c = a.DayNumber() <=> b.DayNumber(); c != 0) return c;
  // Coarser precision first.
  return static_cast<int>(b.precision) <=> static_cast<int>(a.precision);
}

Result<Date> ParseDate(std::string_view text) {
  std::string_view t = TrimAscii(text);
  auto bad = [&](std::string why) {
    return InvalidInput("invalid date " + QuoteForMessage(text) + ": " + why);
  };
  std::vector<std::string_view> parts = SplitString(t, '-');
  if (parts.empty() || parts.size() > 3 || parts[0].size() != 4) {
    return bad("expected YYYY-MM-DD, YYYY-MM or YYYY");
  }
  int y = 0, m = 0, d = 0;
  if (!ParseInt(parts[0], &y)) return bad("expected YYYY-MM-DD, YYYY-MM or YYYY");
  if (y < 1800 || y > 2200) return bad("year out of range 1800-2200");
  if (parts.size() == 1) return Date::Y(y);
  if (parts[1].size() != 2 || !ParseInt(parts[1], &m)) return bad("expected YYYY-MM-DD, YYYY-MM or YYYY");
  if (m < 1 || m > 12) return bad("month must be 01-12");
  if (parts.size() == 2) return Date::Ym(y, m);
  if (parts[2].size() != 2 || !ParseInt(parts[2], &d)) return bad("expected YYYY-MM-DD, YYYY-MM or YYYY");
  if (d < 1 || d > DaysInMonth(y, m)) {
    return bad(std::string(kMonthNames[m - 1]) + " " + std::to_string(y) + " has " +
               std::to_string(DaysInMonth(y, m)) + " days");
  }
  return Date::Ymd(y, m, d);
}

Date Today() {
  // DYAD_TODAY=YYYY-MM-DD fixes "today" (golden transcripts, pinned corpus tests).
  if (const char* fixed = std::getenv("DYAD_TODAY"); fixed != nullptr && *fixed != '\0') {
    Result<Date> d = ParseDate(fixed);
    if (d.ok() && d->precision == DatePrecision::kDay) return *d;
  }
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  return Date::Ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

}  // namespace dyad
