#include "text/quantities.h"

#include <cmath>
#include <string_view>
#include <unordered_map>

#include "text/lexicon.h"

namespace dyad::text {
namespace {

bool IsWord(const Token& t, std::string_view w) { return t.kind == TokenKind::kWord && t.norm == w; }

// Scale words; `attached_only` ones count only when written onto the number ("5m").
struct Scale {
  double factor;
  bool attached_only;
  bool russian;
};
const Scale* FindScale(std::string_view w) {
  static const std::unordered_map<std::string_view, Scale> kScales = {
      {"thousand", {1e3, false, false}},  {"thousands", {1e3, false, false}},
      {"k", {1e3, true, false}},          {"million", {1e6, false, false}},
      {"millions", {1e6, false, false}},  {"mln", {1e6, false, false}},
      {"mn", {1e6, false, false}},        {"m", {1e6, true, false}},
      {"mio", {1e6, false, false}},       {"billion", {1e9, false, false}},
      {"billions", {1e9, false, false}},  {"bln", {1e9, false, false}},
      {"bn", {1e9, false, false}},        {"b", {1e9, true, false}},
      {"trillion", {1e12, false, false}}, {"tn", {1e12, false, false}},
      {"trln", {1e12, false, false}},     {"тыс", {1e3, false, true}},
      {"тысяч", {1e3, false, true}},      {"млн", {1e6, false, true}},
      {"миллиона", {1e6, false, true}},   {"миллионов", {1e6, false, true}},
      {"миллион", {1e6, false, true}},    {"млрд", {1e9, false, true}},
      {"миллиарда", {1e9, false, true}},  {"миллиардов", {1e9, false, true}},
      {"миллиард", {1e9, false, true}},   {"трлн", {1e12, false, true}},
  };
  auto it = kScales.find(w);
  return it == kScales.end() ? nullptr : &it->second;
}

// Currency words after the amount.
const char* SuffixCurrency(std::string_view w) {
  static const std::unordered_map<std::string_view, const char*> kWords = {
      {"dollars", "USD"}, {"dollar", "USD"},   {"usd", "USD"},     {"долларов", "USD"},
      {"доллара", "USD"}, {"долл", "USD"},     {"euros", "EUR"},   {"euro", "EUR"},
      {"eur", "EUR"},     {"евро", "EUR"},     {"tenge", "KZT"},   {"тенге", "KZT"},
      {"kzt", "KZT"},     {"somoni", "TJS"},   {"tjs", "TJS"},     {"soums", "UZS"},
      {"soum", "UZS"},    {"sums", "UZS"},     {"sum", "UZS"},     {"uzs", "UZS"},
      {"som", "KGS"},     {"soms", "KGS"},     {"kgs", "KGS"},     {"rubles", "RUB"},
      {"roubles", "RUB"}, {"ruble", "RUB"},    {"rouble", "RUB"},  {"rub", "RUB"},
      {"рублей", "RUB"},  {"рубля", "RUB"},    {"yuan", "CNY"},    {"renminbi", "CNY"},
      {"cny", "CNY"},     {"rmb", "CNY"},      {"manats", "AZN"},  {"manat", "AZN"},
      {"azn", "AZN"},     {"lira", "TRY"},     {"liras", "TRY"},   {"try", "TRY"},
      {"rupees", "INR"},  {"rupee", "INR"},    {"inr", "INR"},     {"dirhams", "AED"},
      {"dirham", "AED"},  {"aed", "AED"},      {"pounds", "GBP"},  {"gbp", "GBP"},
      {"yen", "JPY"},     {"jpy", "JPY"},      {"won", "KRW"},     {"zloty", "PLN"},
      {"zlotys", "PLN"},  {"pln", "PLN"},      {"pesos", "MXN"},   {"mxn", "MXN"},
      {"lari", "GEL"},    {"drams", "AMD"},    {"dram", "AMD"},    {"hryvnias", "UAH"},
      {"hryvnia", "UAH"}, {"riyals", "SAR"},   {"riyal", "SAR"},   {"francs", "CHF"},
      {"chf", "CHF"},     {"cad", "CAD"},      {"aud", "AUD"},     {"sgd", "SGD"},
  };
  auto it = kWords.find(w);
  return it == kWords.end() ? nullptr : it->second;
}

// Currency written before the amount: a symbol or an upper-case code.
const char* PrefixCurrency(const Token& t) {
  if (t.kind == TokenKind::kSymbol) {
    if (t.norm == "$") return "USD";
    if (t.norm == "eur") return "EUR";
    if (t.norm == "gbp") return "GBP";
    if (t.norm == "jpy") return "JPY";
    if (t.norm == "kzt") return "KZT";
    if (t.norm == "rub") return "RUB";
    if (t.norm == "try") return "TRY";
    if (t.norm == "inr") return "INR";
    if (t.norm == "krw") return "KRW";
    return nullptr;
  }
  if (t.kind == TokenKind::kWord && t.upper && t.norm.size() == 3) return CurrencyCode(t.norm);
  return nullptr;
}

// The letters written against "$" for another dollar ("A$18.4 billion", "C$", "NZ$",
// "HK$", "S$", "R$" the Brazilian real); "US$" is the US dollar.
const char* DollarPrefix(std::string_view w) {
  static const std::unordered_map<std::string_view, const char*> kPrefixes = {
      {"us", "USD"},  {"u.s", "USD"}, {"a", "AUD"},   {"au", "AUD"},  {"aus", "AUD"}, {"c", "CAD"},
      {"ca", "CAD"},  {"can", "CAD"}, {"nz", "NZD"},  {"hk", "HKD"},  {"s", "SGD"},   {"sg", "SGD"},
      {"r", "BRL"},   {"nt", "TWD"},  {"mx", "MXN"},  {"mex", "MXN"},
  };
  auto it = kPrefixes.find(w);
  return it == kPrefixes.end() ? nullptr : it->second;
}

// The country adjective before "dollars" for another dollar ("5 billion Canadian dollars").
const char* DollarAdjective(std::string_view w) {
  static const std::unordered_map<std::string_view, const char*> kAdjectives = {
      {"us", "USD"},        {"american", "USD"}, {"australian", "AUD"}, {"canadian", "CAD"},
      {"singapore", "SGD"}, {"taiwan", "TWD"},   {"taiwanese", "TWD"},  {"zimbabwean", "ZWL"},
  };
  auto it = kAdjectives.find(w);
  return it == kAdjectives.end() ? nullptr : it->second;
}

struct Hedge {
  std::vector<std::string_view> words;
  const char* qualifier;
};
const std::vector<Hedge>& Hedges() {
  // Longest first so "just over" wins over "over".
  static const std::vector<Hedge> kHedges = {
      {{"in", "excess", "of"}, "more_than"}, {{"slightly", "more", "than"}, "more_than"},
      {{"a", "little", "over"}, "more_than"}, {{"slightly", "less", "than"}, "less_than"},
      {{"more", "than"}, "more_than"},       {{"greater", "than"}, "more_than"},
      {{"upwards", "of"}, "more_than"},      {{"just", "over"}, "more_than"},
      {{"well", "over"}, "more_than"},       {{"well", "above"}, "more_than"},
      {{"slightly", "over"}, "more_than"},   {{"slightly", "above"}, "more_than"},
      {{"less", "than"}, "less_than"},       {{"fewer", "than"}, "less_than"},
      {{"just", "under"}, "almost"},         {{"slightly", "under"}, "almost"},
      {{"just", "below"}, "almost"},         {{"close", "to"}, "almost"},
      {{"up", "to"}, "up_to"},               {{"at", "least"}, "at_least"},
      {{"no", "less", "than"}, "at_least"},  {{"not", "less", "than"}, "at_least"},
      {{"an", "estimated"}, "approx"},       {{"some"}, "approx"},
      {{"about"}, "approx"},                 {{"around"}, "approx"},
      {{"approximately"}, "approx"},         {{"roughly"}, "approx"},
      {{"circa"}, "approx"},                 {{"approx"}, "approx"},
      {{"estimated"}, "approx"},             {{"~"}, "approx"},
      {{"nearly"}, "almost"},                {{"almost"}, "almost"},
      {{"over"}, "more_than"},               {{"above"}, "more_than"},
      {{"exceeding"}, "more_than"},          {{"exceeded"}, "more_than"},
      {{"exceeds"}, "more_than"},            {{"exceed"}, "more_than"},
      {{"surpassed"}, "more_than"},          {{"surpassing"}, "more_than"},
      {{"crossed"}, "more_than"},            {{"crossing"}, "more_than"},
      {{"surpasses"}, "more_than"},          {{"topped"}, "more_than"},
      {{"under"}, "less_than"},              {{"below"}, "less_than"},
      {{"почти"}, "almost"},                 {{"около"}, "approx"},
      {{"более"}, "more_than"},              {{"свыше"}, "more_than"},
  };
  return kHedges;
}

}  // namespace

std::string HedgeBefore(const std::vector<Token>& toks, size_t floor, size_t pos, size_t* hedge_begin) {
  *hedge_begin = pos;
  for (const Hedge& h : Hedges()) {
    size_t len = h.words.size();
    if (pos < floor + len) continue;
    bool ok = true;
    for (size_t k = 0; k < len; ++k) {
      const Token& t = toks[pos - len + k];
      if (t.norm != h.words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) {
      *hedge_begin = pos - len;
      return h.qualifier;
    }
  }
  return "";
}

namespace {
// "five billion USD", "two million dollars": a number word (data/text/en/lexicon.csv,
// number_word; "a billion dollars" is one) before a scale of a million or more; 0 otherwise.
int NumberWordBeforeScale(const std::vector<Token>& toks, size_t i, size_t end) {
  const Token& t = toks[i];
  if (t.kind != TokenKind::kWord || i + 1 >= end || toks[i + 1].kind != TokenKind::kWord) return 0;
  const Scale* s = FindScale(toks[i + 1].norm);
  if (s == nullptr || s->factor < 1e6 || s->attached_only) return 0;
  return Lexicon::Builtin(Language::kEnglish).Value(t.norm, WordClass::kNumberWord);
}
}  // namespace

std::vector<Money> FindMoney(const std::vector<Token>& toks, size_t begin, size_t end) {
  std::vector<Money> out;
  for (size_t i = begin; i < end; ++i) {
    const Token& num = toks[i];
    int word_number = num.kind == TokenKind::kWord ? NumberWordBeforeScale(toks, i, end) : 0;
    if (num.kind != TokenKind::kNumber && word_number == 0) continue;
    Money m;
    m.begin = i;
    size_t j = i + 1;
    const char* currency = nullptr;
    // Prefix: "$", "US$", "US $", "USD", "€".
    if (i > begin) {
      const Token& p = toks[i - 1];
      if ((currency = PrefixCurrency(p)) != nullptr) {
        m.begin = i - 1;
        // "US$", "US $", and another dollar written against its sign: "A$", "C$", "NZ$".
        if (p.norm == "$" && i - 1 > begin && toks[i - 2].kind == TokenKind::kWord) {
          const Token& w = toks[i - 2];
          const char* other = w.upper ? DollarPrefix(w.norm) : nullptr;
          if (w.norm == "us" || w.norm == "u.s") {
            m.begin = i - 2;
          } else if (other != nullptr && !p.space_before) {
            currency = other;
            m.begin = i - 2;
          }
        }
      }
    }
    // A year or a count is not money: "$" must not be separated from a year-like
    // number by a word boundary in the other direction, so nothing to check here.
    double value = word_number > 0 ? word_number : num.value;
    double scale = 1;
    // "the $30-billion-by-2025 target": a hyphen between the number and its scale.
    if (j + 1 < end && toks[j].norm == "-" && !toks[j].space_before && !toks[j + 1].space_before &&
        toks[j + 1].kind == TokenKind::kWord && FindScale(toks[j + 1].norm) != nullptr) {
      ++j;
    }
    if (j < end && toks[j].kind == TokenKind::kWord) {
      const Scale* s = FindScale(toks[j].norm);
      if (s != nullptr && (!s->attached_only || !toks[j].space_before)) {
        scale = s->factor;
        if (s->russian && num.comma_groups) value = num.comma_decimal_value;
        ++j;
        if (j < end && toks[j].norm == "." && !toks[j].space_before && j + 1 < end &&
            toks[j + 1].kind == TokenKind::kWord && !toks[j + 1].cap) {
          ++j;  // "mln." inside a sentence
        }
      }
    }
    // Suffix: "dollars", "US dollars", "U.S. dollars", "USD", "tenge".
    if (j < end && toks[j].kind == TokenKind::kWord) {
      if (DollarAdjective(toks[j].norm) != nullptr && j + 1 < end &&
          (toks[j + 1].norm == "dollars" || toks[j + 1].norm == "dollar")) {
        if (currency == nullptr) currency = DollarAdjective(toks[j].norm);
        j += 2;
      } else if (const char* c = SuffixCurrency(toks[j].norm); c != nullptr) {
        // "won" and "sum" are ordinary words unless a scale or currency context is clear.
        bool weak = toks[j].norm == "won" || toks[j].norm == "sum" || toks[j].norm == "som" ||
                    toks[j].norm == "try" || toks[j].norm == "pounds";
        if (!weak || scale > 1) {
          if (currency == nullptr) currency = c;
          ++j;
        }
      }
    } else if (j < end && toks[j].kind == TokenKind::kSymbol && toks[j].norm == "$" &&
               currency == nullptr) {
      currency = "USD";
      ++j;
    }
    // "USD 1 billion in the near future and 2 billion by 2030": the currency carries over
    // to a bare amount with a scale that follows a list word, when nothing names a unit.
    if (currency == nullptr && scale > 1 && !out.empty() && i >= out.back().end && i - out.back().end <= 10 &&
        i > begin && (toks[i - 1].norm == "and" || toks[i - 1].norm == "then" || toks[i - 1].norm == "to" ||
                      toks[i - 1].norm == "or")) {
      bool unit_follows = j < end && toks[j].kind == TokenKind::kWord &&
                          !(toks[j].norm == "by" || toks[j].norm == "in" || toks[j].norm == "within" ||
                            toks[j].norm == "until" || toks[j].norm == "and" || toks[j].norm == "this" ||
                            toks[j].norm == "next" || toks[j].norm == "for" || toks[j].norm == "over" ||
                            toks[j].norm == "from" || toks[j].norm == "to" || toks[j].norm == "or");
      if (!unit_follows) {
        currency = out.back().currency == "USD" ? "USD" : nullptr;
      }
    }
    if (currency == nullptr) continue;
    m.end = j;
    m.amount = value * scale;
    m.currency = currency;
    if (m.currency == "USD" && m.amount < 9.2e18) m.usd = static_cast<int64_t>(std::llround(m.amount));
    m.qualifier = HedgeBefore(toks, begin, m.begin, &m.hedge_begin);
    out.push_back(m);
    i = j - 1;
  }
  return out;
}

std::vector<Percent> FindPercents(const std::vector<Token>& toks, size_t begin, size_t end) {
  std::vector<Percent> out;
  for (size_t i = begin; i < end; ++i) {
    const Token& num = toks[i];
    if (num.kind != TokenKind::kNumber) continue;
    size_t j = i + 1;
    bool ok = false, points = false;
    if (j < end && toks[j].norm == "%") {
      ok = true;
      ++j;
    } else if (j < end && (IsWord(toks[j], "percent") || IsWord(toks[j], "pct") ||
                           IsWord(toks[j], "процента") || IsWord(toks[j], "процентов"))) {
      ok = true;
      ++j;
    } else if (j + 1 < end && IsWord(toks[j], "per") && IsWord(toks[j + 1], "cent")) {
      ok = true;
      j += 2;
    } else if (j + 1 < end && IsWord(toks[j], "percentage") &&
               (IsWord(toks[j + 1], "points") || IsWord(toks[j + 1], "point"))) {
      ok = points = true;
      j += 2;
    }
    if (!ok) continue;
    Percent p;
    p.begin = i;
    p.end = j;
    p.value = num.value;
    p.points = points;
    // "-3.2%", "(+18.4% year-on-year)": a sign against the number, after a space, a
    // parenthesis or the start.
    if (i > begin && (toks[i - 1].norm == "-" || toks[i - 1].norm == "+") && !num.space_before &&
        (i - 1 == begin || toks[i - 1].space_before || toks[i - 2].norm == "(")) {
      p.sign = toks[i - 1].norm == "-" ? -1 : 1;
      if (p.sign < 0) p.value = -p.value;
      p.begin = i - 1;
    }
    p.qualifier = HedgeBefore(toks, begin, p.begin, &p.hedge_begin);
    out.push_back(p);
    i = j - 1;
  }
  return out;
}

std::vector<Multiplier> FindMultipliers(const std::vector<Token>& toks, size_t begin, size_t end) {
  std::vector<Multiplier> out;
  for (size_t i = begin; i < end; ++i) {
    const Token& t = toks[i];
    if (t.kind == TokenKind::kWord) {
      std::string_view w = t.norm;
      double f = w == "doubled" || w == "twofold" ? 2
                 : w == "tripled" || w == "trebled" || w == "threefold" ? 3
                 : w == "quadrupled" || w == "fourfold" ? 4
                 : w == "halved" ? 0.5 : 0;
      if (f > 0) out.push_back({i, i + 1, f});
      continue;
    }
    if (t.kind != TokenKind::kNumber || t.value <= 0 || t.value > 100) continue;
    size_t j = i + 1;
    if (j < end && toks[j].norm == "-" && !toks[j].space_before) ++j;
    if (j < end && (IsWord(toks[j], "times") || IsWord(toks[j], "fold"))) {
      out.push_back({i, j + 1, t.value});
      i = j;
    }
  }
  return out;
}

}  // namespace dyad::text
