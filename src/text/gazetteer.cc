#include "text/gazetteer.h"

#include <algorithm>

#include "base/strings.h"
#include "embedded/cities_csv.h"
#include "reference/areas.h"
#include "reference/countries.h"
#include "reference/groups.h"
#include "reference/hs.h"

namespace dyad::text {
namespace {

// Adjectival and plural forms of groups that the group table does not list.
struct GroupExtra {
  const char* phrase;
  const char* group_query;
  bool adjective;
};
constexpr GroupExtra kGroupExtras[] = {
    {"Central Asian", "Central Asia", true},
    {"CIS", "CIS", false},
    {"CIS countries", "CIS", false},
    {"CIS member states", "CIS", false},
    {"CIS states", "CIS", false},
    {"Commonwealth of Independent States", "CIS", false},
    {"Eurasian Economic Union", "EAEU", false},
    {"EAEU", "EAEU", false},
    {"EAEU countries", "EAEU", false},
    {"EAEU member states", "EAEU", false},
    {"EAEU members", "EAEU", false},
    {"European Union", "EU", false},
    {"EU", "EU", false},
    {"EU member states", "EU", false},
    {"ASEAN", "ASEAN", false},
    {"Gulf Cooperation Council", "GCC", false},
    {"GCC", "GCC", false},
    {"Shanghai Cooperation Organisation", "SCO", false},
    {"Shanghai Cooperation Organization", "SCO", false},
    {"SCO", "SCO", false},
    {"BRICS", "BRICS", false},
    {"Organization of Turkic States", "OTS", false},
};

bool IsAllUpperAscii(std::string_view s) {
  bool letter = false;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') letter = true;
  }
  return letter;
}

std::string StripLeadingThe(std::string_view s) {
  if (s.size() > 4 && (s.substr(0, 4) == "the " || s.substr(0, 4) == "The ")) s.remove_prefix(4);
  return std::string(s);
}

}  // namespace

const Entity* Gazetteer::NewEntity(Entity e) {
  entities_.push_back(std::make_unique<Entity>(std::move(e)));
  return entities_.back().get();
}

void Gazetteer::Layer::Add(const std::string& name, const Entity* e, bool needs_cap) {
  std::vector<Token> toks = Tokenize(name);
  if (toks.empty()) return;
  Phrase p;
  p.entity = e;
  p.needs_cap = needs_cap;
  // Short all-capital spellings ("US", "UAE", "CIS") only match capitals.
  p.upper_only = IsAllUpperAscii(name) && name.size() <= 5;
  for (size_t i = 1; i < toks.size(); ++i) p.rest.push_back(toks[i].norm);
  auto& list = by_first[toks[0].norm];
  for (const Phrase& q : list) {
    if (q.rest == p.rest && q.upper_only == p.upper_only) return;  // first spelling wins
  }
  list.push_back(std::move(p));
  std::stable_sort(list.begin(), list.end(),
                   [](const Phrase& a, const Phrase& b) { return a.rest.size() > b.rest.size(); });
}

std::vector<Mention> Gazetteer::Layer::Find(const std::vector<Token>& toks, size_t begin,
                                            size_t end) const {
  std::vector<Mention> out;
  size_t i = begin;
  while (i < end) {
    const Token& t = toks[i];
    if (t.kind != TokenKind::kWord) {
      ++i;
      continue;
    }
    auto it = by_first.find(t.norm);
    size_t matched = 0;
    const Entity* entity = nullptr;
    if (it != by_first.end()) {
      for (const Phrase& p : it->second) {
        if (p.needs_cap && !t.cap) continue;
        if (p.upper_only && !t.upper) continue;
        if (i + 1 + p.rest.size() > end) continue;
        bool ok = true;
        for (size_t k = 0; k < p.rest.size(); ++k) {
          if (toks[i + 1 + k].norm != p.rest[k]) {
            ok = false;
            break;
          }
        }
        if (ok) {
          matched = 1 + p.rest.size();
          entity = p.entity;
          break;  // phrases are sorted longest first
        }
      }
    }
    if (entity != nullptr) {
      out.push_back({i, i + matched, entity});
      i += matched;
    } else {
      ++i;
    }
  }
  return out;
}

size_t Gazetteer::size() const {
  size_t n = 0;
  for (const Layer* l : {&places_, &products_, &areas_}) {
    for (const auto& [k, v] : l->by_first) n += v.size();
  }
  return n;
}

const Gazetteer& Gazetteer::Builtin() {
  static const Gazetteer* g = [] {
    auto* gz = new Gazetteer();
    const auto& countries = reference::Countries::Builtin();
    // Countries: ISO entities only (the Soviet Union is history, not a party).
    for (const auto& c : countries.all()) {
      if (!c.iso) continue;
      const Entity* name = gz->NewEntity({EntityType::kCountry, c.code, "", false});
      const Entity* adj = gz->NewEntity({EntityType::kCountry, c.code, "", true});
      gz->places_.Add(c.name, name, true);
      if (!c.formal_name.empty()) gz->places_.Add(StripLeadingThe(c.formal_name), name, true);
      for (const auto& a : c.aliases) gz->places_.Add(StripLeadingThe(a), name, true);
      for (const auto& a : c.adjectives) gz->places_.Add(a, adj, true);
    }
    // Groups.
    const auto& groups = reference::Groups::Builtin();
    for (const auto& grp : groups.all()) {
      const Entity* e = gz->NewEntity({EntityType::kGroup, grp.code, "", false});
      gz->places_.Add(grp.name, e, true);
      gz->places_.Add(grp.code, e, true);
      for (const auto& a : grp.aliases) gz->places_.Add(a, e, true);
    }
    for (const auto& x : kGroupExtras) {
      auto found = groups.Find(x.group_query);
      if (!found.ok()) continue;
      const Entity* e = gz->NewEntity({EntityType::kGroup, (*found)->code, "", x.adjective});
      gz->places_.Add(x.phrase, e, true);
    }
    // Cities: name,country,aliases (';'-separated); '#' starts a comment line.
    for (std::string_view line : SplitString(embedded::cities_csv(), '\n')) {
      line = TrimAscii(line);
      if (line.empty() || line[0] == '#' || line.substr(0, 5) == "name,") continue;
      std::vector<std::string_view> cols = SplitString(line, ',');
      if (cols.size() < 2) continue;
      std::string city(TrimAscii(cols[0]));
      std::string code(TrimAscii(cols[1]));
      const Entity* e = gz->NewEntity({EntityType::kCity, city, code, false});
      gz->places_.Add(city, e, true);
      if (cols.size() >= 3) {
        for (std::string_view a : SplitString(cols[2], ';')) {
          a = TrimAscii(a);
          if (!a.empty()) gz->places_.Add(std::string(a), e, true);
        }
      }
    }
    // Product groups, with plural and singular forms.
    for (const auto& pg : reference::Hs::Builtin().groups()) {
      const Entity* e = gz->NewEntity({EntityType::kProduct, pg.name, "", false});
      std::vector<std::string> names = {pg.name};
      names.insert(names.end(), pg.aliases.begin(), pg.aliases.end());
      for (const std::string& nm : names) {
        std::string lower = ToLowerAscii(nm);
        gz->products_.Add(lower, e, false);
        if (lower.size() > 3) {
          if (lower.back() == 's') {
            gz->products_.Add(lower.substr(0, lower.size() - 1), e, false);
          } else if (lower.back() == 'y') {
            gz->products_.Add(lower.substr(0, lower.size() - 1) + "ies", e, false);
          } else {
            gz->products_.Add(lower + "s", e, false);
          }
        }
      }
    }
    // Areas of cooperation: the one vocabulary of reference/areas.h, so an area read here
    // is a registry area.
    for (const auto& area : reference::Areas::Builtin().all()) {
      const Entity* e = gz->NewEntity({EntityType::kArea, area.code, "", false});
      gz->areas_.Add(area.code, e, false);
      gz->areas_.Add(area.label, e, false);
      for (const std::string& p : area.phrases) gz->areas_.Add(p, e, false);
    }
    return gz;
  }();
  return *g;
}

std::vector<Mention> Gazetteer::FindPlaces(const std::vector<Token>& toks, size_t begin,
                                           size_t end) const {
  return places_.Find(toks, begin, end);
}
std::vector<Mention> Gazetteer::FindProducts(const std::vector<Token>& toks, size_t begin,
                                             size_t end) const {
  return products_.Find(toks, begin, end);
}
std::vector<Mention> Gazetteer::FindAreas(const std::vector<Token>& toks, size_t begin,
                                          size_t end) const {
  return areas_.Find(toks, begin, end);
}

}  // namespace dyad::text
