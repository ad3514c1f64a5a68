#include "render/sentences.h"

#include <fmt/format.h>

namespace dyad::render {

std::string RankSentence(const analytics::ProfileRank& r) {
  if (!r.answer) {
    return r.only_partner_published ? r.error
                                    : fmt::format("{} among {}'s partners: {}", r.partner, r.country, r.error);
  }
  const analytics::RankAnswer& a = *r.answer;
  std::string s = a.sentence + fmt::format(" ({} of {} ranked; {})", a.rank, a.of, a.partners.source);
  if (!a.partners.complete) s += fmt::format(", among the partners whose figures {} published", r.country);
  return s;
}

std::string ShareSentence(const analytics::ProfileShare& s, std::string (*usd)(std::optional<int64_t>)) {
  return fmt::format("{} is {:.2f}% of {}'s trade in {} ({} of {} US dollars; {})", s.partner, s.share * 100,
                     s.country, s.year, usd(s.partner_total_usd), usd(s.country_total_usd), s.source);
}

}  // namespace dyad::render
