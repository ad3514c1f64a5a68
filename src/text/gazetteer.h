// The gazetteer: every way an article names a country (name, formal name, alias,
// adjective), a country group ("CIS members", "Central Asian"), a city (data/text/
// cities.csv, compiled in), a named product group ("natural gas", "fruits") and an area
// of cooperation ("transportation" -> transport, reference/areas.h). Built once from the
// reference tables; immutable afterwards and safe to share between threads. Matching is
// longest-first, one hash lookup per token, so linear in the text.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "text/tokens.h"

namespace dyad::text {

enum class EntityType : uint8_t { kCountry, kGroup, kCity, kProduct, kArea };

struct Entity {
  EntityType type = EntityType::kCountry;
  std::string code;     // country alpha-3, group code, product group name, area name,
                        // or a city's display name
  std::string country;  // for a city: its country's alpha-3
  bool adjective = false;  // "Kazakh", "Central Asian"
};

struct Mention {
  size_t begin = 0, end = 0;  // token range [begin, end)
  const Entity* entity = nullptr;
};

class Gazetteer {
 public:
  // The built-in gazetteer (reference tables plus cities), built on first use.
  static const Gazetteer& Builtin();

  // Countries, groups and cities in toks[begin, end), longest match first, left to
  // right, non-overlapping. Names must be capitalised in the text; short all-capital
  // aliases ("US", "UAE", "CIS") must be written in capitals.
  std::vector<Mention> FindPlaces(const std::vector<Token>& toks, size_t begin, size_t end) const;
  // Product groups ("oil", "natural gas", "fruits"), any case.
  std::vector<Mention> FindProducts(const std::vector<Token>& toks, size_t begin, size_t end) const;
  // Areas of cooperation ("water and energy resources" -> water, energy), any case;
  // the entity's code is a reference::Areas code.
  std::vector<Mention> FindAreas(const std::vector<Token>& toks, size_t begin, size_t end) const;

  size_t size() const;  // number of phrases known, for tests

 private:
  struct Phrase {
    std::vector<std::string> rest;  // tokens after the first
    const Entity* entity = nullptr;
    bool upper_only = false;
    bool needs_cap = false;
  };
  struct Layer {
    std::unordered_map<std::string, std::vector<Phrase>> by_first;
    void Add(const std::string& name, const Entity* e, bool needs_cap);
    std::vector<Mention> Find(const std::vector<Token>& toks, size_t begin, size_t end) const;
  };
  Gazetteer() = default;
  std::vector<std::unique_ptr<Entity>> entities_;
  Layer places_, products_, areas_;
  const Entity* NewEntity(Entity e);
};

}  // namespace dyad::text
