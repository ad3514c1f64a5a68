// Russian gloss, phrases: prepositions read by the next word ("в Казахстан" to, "в
// Казахстане" in, "в 2023 году" in) and the phrases whose words the gloss reorders so the
// English stages read them — ranks ("занимает третье место"), shares ("на долю ...
// приходится"), flows in the passive ("В Казахстан было отправлено"), parties before a
// signing verb, agreement titles with their genitive complements. See ru_glosser.h.
#include "text/ru_glosser.h"

#include <algorithm>
#include <unordered_set>

namespace dyad::text::ru::internal {

size_t Glosser::Preposition(size_t i) {
  std::string_view w = in_[i].norm;
  size_t j = i + 1;
  bool has_next = j < in_.size();
  if (w == "в" || w == "во") {
    if (!out_.empty() && out_.back().norm == "place") {
      if (size_t after = PlaceInTrade(i, false); after) return after;
    }
    if (has_next && in_[j].kind == TokenKind::kNumber && j + 1 < in_.size() &&
        in_[j + 1].norm.rfind("раз", 0) == 0) {
      return j;  // "в 1,8 раза" -> "1.8 times"
    }
    // "на уровень товарооборота в 10 млрд долларов", "объем в 5 млрд": the amount of it.
    if (has_next && NextIsNumber(j) && !IsYearToken(in_[j]) && !out_.empty()) {
      std::string_view b = out_.back().norm;
      if (b == "turnover" || b == "trade" || b == "volume" || b == "level") {
        Emit1(i, "of");
        return j;
      }
    }
    bool location = false;
    if (has_next && NextIsPlace(j, &location)) {
      if (!location) {
        if (size_t after = PassiveFlow(j); after) return after;
      }
      // Accusative (direction) vs prepositional (location): "в Казахстан", "в Россию"
      // against "в Казахстане", "в России".
      Emit1(i, location ? "in" : "to");
      return j;
    }
    Emit1(i, "in");
    return j;
  }
  if (w == "с" || w == "со") {
    if (has_next && (NextIsNumber(j) || IsMonth(j))) Emit1(i, "from");
    else Emit1(i, "with");
    return j;
  }
  if (w == "на") {
    bool location = false;
    if (has_next && NextIsPlace(j, &location)) return j;  // "на Китай пришлось 35%"
    // "поставил товаров на 245 млн долларов": after a flow word "на" is the value.
    static const std::unordered_set<std::string> kFlowWords = {
        "supplied", "sent", "exported", "imported", "shipped", "bought", "sold", "goods",
        "products", "supplies", "purchases"};
    bool worth = false;
    for (size_t k = out_.size(); k > 0 && k + 4 > out_.size(); --k) {
      if (kFlowWords.count(out_[k - 1].norm)) worth = true;
    }
    // "программа сотрудничества на 2024-2026 годы", "на 2025 год": a validity.
    if (has_next && IsYearToken(in_[j]) && j + 1 < in_.size() &&
        (in_[j + 1].norm == "-" || in_[j + 1].norm == "–" || in_[j + 1].norm.rfind("год", 0) == 0)) {
      Emit1(i, "for");
      return j;
    }
    // "вырос на рекордные 20%": a word between the verb of change and its rate.
    const text::Lexicon& en = text::Lexicon::Builtin(Language::kEnglish);
    bool change = !out_.empty() && (en.Is(out_.back().norm, WordClass::kGrowthUp) ||
                                    en.Is(out_.back().norm, WordClass::kGrowthDown));
    if (has_next && (NextIsNumber(j) || (change && IsCyrillic(in_[j]) && NextIsNumber(j + 1)))) {
      Emit1(i, worth ? "worth" : "by");
    } else {
      Emit1(i, "on");
    }
    return j;
  }
  if (w == "до" || w == "к" || w == "ко") {
    Emit1(i, has_next && IsYearToken(in_[j]) ? "by" : "to");
    return j;
  }
  if (w == "за") {
    Emit1(i, "in");
    return j;
  }
  if (w == "от" && !out_.empty() && (out_.back().norm == "%" || out_.back().norm == "percent")) {
    Emit1(i, "of");  // "3,5% от внешней торговли Казахстана": a part of a whole
    return j;
  }
  if (w == "по") {
    Emit1(i, has_next && IsMonth(j) ? "to" : "on");
    return j;
  }
  return 0;
}

size_t Glosser::PassiveFlow(size_t place) {
  Match country = At(place);
  if (!country.entry || country.entry->kind != EntryKind::kCountry) return 0;
  // "из Казахстана в Таджикистан поставлено" names both ends: read as written.
  for (size_t k = place - 1; k > 0 && k + 5 > place; --k) {
    if (in_[k - 1].norm == "из" || in_[k - 1].norm == "от") return 0;
  }
  size_t k = place + country.length;
  if (k < in_.size() && (in_[k].norm == "было" || in_[k].norm == "были" || in_[k].norm == "был" ||
                         in_[k].norm == "была")) {
    ++k;
  }
  if (k >= in_.size()) return 0;
  std::string_view w = in_[k].norm;
  // Short passive forms end in -о (neuter) or -ы (plural): "отправлено", "ввезены".
  bool short_form = w.size() > 4 && (w.compare(w.size() - 2, 2, "о") == 0 || w.compare(w.size() - 2, 2, "ы") == 0);
  Match verb = At(k);
  static const std::unordered_set<std::string> kFlowVerbs = {"sent", "supplied", "exported", "imported",
                                                             "shipped"};
  if (!short_form || !verb.entry || verb.length != 1 || verb.entry->gloss.size() != 1 ||
      !kFlowVerbs.count(verb.entry->gloss[0])) {
    return 0;
  }
  size_t first = out_.size();
  Emit(place, place + country.length, country.entry->gloss, true, false);
  out_[first].begin = in_[place - 1].begin;  // the importer stands for "в Казахстан"
  Emit(place + country.length, k + 1, {"imported"}, false, false);
  prev_noun_ = false;
  return k + 1;
}

size_t Glosser::HoistRank(size_t verb, size_t len) {
  for (size_t j = verb + len; j < in_.size() && j < verb + len + 10; ++j) {
    const Token& t = in_[j];
    if (t.kind == TokenKind::kPunct && (t.norm == "." || t.norm == ";" || t.norm == ":")) return 0;
    auto [word, after] = OrdinalAt(j);
    if (after == 0) continue;
    Match place = At(after);
    if (!place.entry || place.entry->gloss != std::vector<std::string>{"place"}) return 0;
    if (j == verb + len) return 0;  // already in order
    Emit(verb, verb + len, {"ranks"}, false, false);
    if (word == "#") {
      EmitOrdinal(j, after, static_cast<int>(in_[j].value));
      Emit(after, after + place.length, {"place"}, false, false);
    } else {
      Emit(j, after + place.length, {word, "place"}, false, false);
    }
    size_t end = after + place.length;
    if (size_t trade_end = PlaceInTrade(end, true); trade_end) end = trade_end;
    for (size_t k = j; k < end; ++k) skip_[k] = true;
    prev_noun_ = false;
    return verb + len;
  }
  return 0;
}

size_t Glosser::PlaceInTrade(size_t i, bool with_country) {
  if (i + 1 >= in_.size() || (in_[i].norm != "в" && in_[i].norm != "во")) return 0;
  Match cue = At(i + 1);
  static const std::vector<std::vector<std::string>> kTrade = {
      {"foreign", "trade"}, {"trade", "turnover"}, {"foreign", "trade", "turnover"}, {"trade"}};
  if (!cue.entry || std::find(kTrade.begin(), kTrade.end(), cue.entry->gloss) == kTrade.end()) return 0;
  size_t after = i + 1 + cue.length;
  std::vector<std::string> words = {"among", "trading", "partners"};
  Match country = At(after);
  bool genitive = country.entry && country.entry->kind == EntryKind::kCountry &&
                  IsGenitive(*country.entry, country.last_ending);
  if (genitive) words.push_back("of");
  Emit(i, after, words, false, false);
  prev_noun_ = false;
  if (genitive && with_country) {
    Emit(after, after + country.length, country.entry->gloss, true, false);
    return after + country.length;
  }
  return after;
}

size_t Glosser::PossessiveShare(size_t word, size_t next) {
  if (next >= in_.size()) return 0;
  Match c = At(next);
  if (!c.entry || c.entry->kind != EntryKind::kCountry || !IsGenitive(*c.entry, c.last_ending)) return 0;
  size_t first = out_.size();
  Emit(next, next + c.length, c.entry->gloss, true, false);
  Emit(next, next + c.length, {"'s"}, false, false);
  out_.back().space_before = false;
  Emit(word, next, {"share"}, false, false);
  // The line (and sentence) still starts at "Доля": the country comes first now.
  Token& share = out_.back();
  out_[first].begin = share.begin;
  out_[first].space_before = share.space_before;
  out_[first].newline_before = share.newline_before;
  out_[first].blank_line_before = share.blank_line_before;
  out_[first].cap = true;
  share.space_before = true;
  share.cap = share.newline_before = share.blank_line_before = false;
  prev_noun_ = false;
  return next + c.length;
}

size_t Glosser::PartiesBeforeSigning(size_t i) {
  size_t k = i + 1, parties = 0;
  while (k < in_.size() && k < i + 10) {
    Match m = At(k);
    if (m.entry && (m.entry->kind == EntryKind::kCountry || m.entry->kind == EntryKind::kPlace)) {
      ++parties;
      k += m.length;
    } else if (in_[k].norm == "и" || in_[k].norm == ",") {
      ++k;
    } else {
      break;
    }
  }
  if (parties < 2 || k >= in_.size()) return 0;
  static const std::unordered_set<std::string> kSigned = {"подписан", "подписано", "подписана", "подписаны",
                                                          "подписали", "заключен", "заключено", "заключена"};
  if (!kSigned.count(in_[k].norm) || k + 1 >= in_.size() || in_[k + 1].kind != TokenKind::kWord) return 0;
  size_t verb = k, end = k + 1;
  while (end < in_.size() && in_[end].norm != "." && in_[end].norm != ";" && in_[end].norm != "," &&
         !in_[end].newline_before) {
    ++end;
  }
  bool cap = in_[i].cap;
  size_t j = verb + 1;
  size_t first = out_.size();
  while (j < end) j = skip_[j] ? j + 1 : Step(j);
  if (out_.size() > first && cap) out_[first].cap = true;
  if (out_.size() > first) {
    out_[first].newline_before = out_[first].newline_before || in_[i].newline_before;
    out_[first].space_before = out_[first].space_before || in_[i].space_before;
  }
  Emit(verb, verb + 1, {"was", "signed"}, false, false);
  Emit(i, i + 1, {"between"}, false, false);
  out_.back().cap = false;
  for (size_t p = i + 1; p < verb;) p = Step(p);
  prev_noun_ = false;
  return std::max(j, end);
}

bool Glosser::GenitiveComplement(size_t i, const Match& m) const {
  if (!IsCyrillic(in_[i])) return false;
  std::string_view w = in_[i].norm;
  for (const char* ending : {"ого", "его", "ой", "ей", "ых", "их"}) {
    size_t n = std::char_traits<char>::length(ending);
    if (w.size() > n + 4 && w.compare(w.size() - n, n, ending) == 0) return true;
  }
  if (!m.entry || m.entry->kind != EntryKind::kWord || m.entry->gloss.empty()) return false;
  const std::string& g = m.entry->gloss.back();
  bool genitive = w.size() > 2 && (w.compare(w.size() - 2, 2, "а") == 0 || w.compare(w.size() - 2, 2, "и") == 0 ||
                                   w.compare(w.size() - 2, 2, "ы") == 0);
  const text::Lexicon& en = text::Lexicon::Builtin(Language::kEnglish);
  return genitive && (g == "cooperation" || g == "partnership" || en.Is(g, WordClass::kAreaNoun));
}

bool Glosser::IsAgreementHead(const std::vector<std::string>& gloss) {
  static const std::unordered_set<std::string> kHeads = {
      "agreement", "memorandum", "treaty", "programme", "protocol", "roadmap", "declaration", "statement", "plan"};
  return !gloss.empty() && kHeads.count(gloss.back()) > 0;
}

}  // namespace dyad::text::ru::internal
