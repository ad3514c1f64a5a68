// Codes::Builtin lives apart from the rest of Codes so that code using only explicit
// tables does not link the reference data.
#include "ingest/codes.h"
#include "reference/countries.h"
#include "reference/hs.h"

namespace dyad::ingest {

const Codes& Codes::Builtin() {
  static const Codes* codes = [] {
    auto* c = new Codes();
    c->trade_.fill(-1);
    const auto& countries = reference::Countries::Builtin();
    for (const auto& country : countries.all()) {
      c->alpha3_[country.code] = country.index;
    }
    // The reference table's own lookup is the authority on which entity a code means.
    for (int code = 0; code < kMaxTradeCode; ++code) {
      if (const auto* country = countries.FindByTradeCode(code)) {
        c->trade_[code] = static_cast<int16_t>(country->index);
      }
    }
    for (const auto& chapter : reference::Hs::Builtin().chapters()) {
      if (chapter.number >= 0 && chapter.number < 100) c->chapters_[chapter.number] = true;
    }
    return c;
  }();
  return *codes;
}

}  // namespace dyad::ingest
