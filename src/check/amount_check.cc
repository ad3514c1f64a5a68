#include "check/amount_check.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "check/rules.h"

namespace dyad::check {

std::string PeriodText(int year, int first_month, int last_month) {
  if (first_month == 1 && last_month == 12) return std::to_string(year);
  return fmt::format("{} (months {}-{})", year, first_month, last_month);
}

std::string SourceName(const analytics::Figure& f) {
  // National statistics name their publisher; product data is named as analytics names
  // it everywhere else ("baci-hs17 (reconciled)", "comtrade: KAZ as reported to UN Comtrade").
  if (f.basis == store::Basis::kNational) return f.source.empty() ? f.dataset : f.source;
  return f.SourceLabel();
}

Evidence FigureEvidence(const analytics::Figure& f, std::optional<int64_t> value) {
  Evidence e;
  e.value_usd = value;
  e.dataset = f.dataset;
  e.source = SourceName(f);
  e.reporter = f.reporter;
  e.year = f.year;
  e.months = f.months();
  e.qualifier = std::string(store::QualifierName(f.qualifier));
  e.url = f.url;
  e.published = f.published;
  return e;
}

namespace {

int Strength(Verdict v) {
  switch (v) {
    case Verdict::kSupported: return 3;
    case Verdict::kConsistent: return 2;
    default: return 1;
  }
}

std::string Capitalised(Verdict v) {
  std::string s(VerdictName(v));
  s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

// "1.6% lower" / "12.3% ($150 million) higher" / "equal".
std::string DiffWords(double claimed, double data) {
  if (data == 0) return "not comparable with zero";
  double pct = (claimed - data) / data * 100;
  if (std::fabs(claimed - data) < 0.5) return "the same figure";
  return fmt::format("{} ({}) {}", PctText(std::fabs(pct)), Usd(std::fabs(claimed - data)),
                     claimed < data ? "lower" : "higher");
}

std::string Given(const Observation& o) {
  return fmt::format("{} gives {}{}", SourceName(o.figure), DataQualifierWords(o.figure.qualifier),
                     Usd(static_cast<double>(*o.value)));
}

}  // namespace

Judgement JudgeAmount(const AmountQuestion& q, const std::vector<Observation>& observations) {
  Judgement j;
  const double c = static_cast<double>(q.claimed);
  const bool claim_full = q.first_month == 1 && q.last_month == 12;
  const std::string claim_words = QualifierWords(q.qualifier) + Usd(c);
  const std::string period = PeriodText(q.year, q.first_month, q.last_month);
  std::string prefix = q.assumption.empty() ? "" : q.assumption + " ";

  struct Compared {
    const Observation* obs;
    AmountOutcome out;
  };
  std::vector<Compared> compared;
  std::vector<const Observation*> other_period;
  for (const Observation& o : observations) {
    if (!o.value) continue;  // e.g. a total without the flow asked about
    Evidence e = FigureEvidence(o.figure, o.value);
    if (o.figure.first_month == q.first_month && o.figure.last_month == q.last_month) {
      AmountOutcome out = CompareAmount(q.claimed, q.qualifier, *o.value, o.figure.qualifier);
      e.diff_pct = std::round(out.diff_pct * 10) / 10;
      compared.push_back({&o, out});
    } else {
      e.note = o.figure.full_year() ? "full-year figure: not compared with a partial-year claim"
                                    : "partial year (months " + o.figure.months() +
                                          "): not compared with a full-year claim";
      other_period.push_back(&o);
    }
    j.evidence.push_back(std::move(e));
  }

  if (!compared.empty()) {
    const Compared* best = &compared.front();
    for (const Compared& x : compared) {
      if (Strength(x.out.verdict) > Strength(best->out.verdict)) best = &x;
    }
    const Compared& preferred = compared.front();
    if (best->out.verdict == Verdict::kContradicted && compared.size() >= 2) {
      // The sources disagree among themselves: a claim between them is consistent.
      double lo = c, hi = c;
      std::vector<const Compared*> points;
      for (const Compared& x : compared) {
        if (x.obs->figure.qualifier == store::Qualifier::kMoreThan ||
            x.obs->figure.qualifier == store::Qualifier::kLessThan) {
          continue;
        }
        points.push_back(&x);
      }
      if (points.size() >= 2) {
        auto [mn, mx] = std::minmax_element(points.begin(), points.end(), [](auto* x, auto* y) {
          return *x->obs->value < *y->obs->value;
        });
        lo = static_cast<double>(*(*mn)->obs->value);
        hi = static_cast<double>(*(*mx)->obs->value);
        if (lo <= c && c <= hi) {
          j.verdict = Verdict::kConsistent;
          j.explanation = prefix + fmt::format(
              "Consistent: the sources disagree for {} in {} ({}; {}) and the claimed {} lies "
              "between them (rule: a claim between disagreeing sources is consistent).",
              q.subject, period, Given(*(*mn)->obs), Given(*(*mx)->obs), claim_words);
          return j;
        }
      }
    }
    j.verdict = best->out.verdict;
    const Observation& o = *best->obs;
    double d = static_cast<double>(*o.value);
    std::string how;
    bool bound = o.figure.qualifier == store::Qualifier::kMoreThan || o.figure.qualifier == store::Qualifier::kLessThan;
    if (j.verdict == Verdict::kSupported) {
      how = "matches it";
    } else if (j.verdict == Verdict::kConsistent && bound) {
      how = "is within that bound, which does not pin the figure down";
    } else if (j.verdict == Verdict::kConsistent) {
      how = "is " + DiffWords(c, d) + ", within tolerance";
    } else {
      how = "is " + DiffWords(c, d) + ", beyond tolerance";
    }
    j.explanation = prefix + fmt::format("{}: {} for {} in {}; the claimed {} {} ({}).",
                                         Capitalised(j.verdict), Given(o), q.subject, period,
                                         claim_words, how, best->out.rule);
    if (best != &preferred) {
      j.explanation += fmt::format(" The preferred source, {}, is {} from the claim.",
                                   SourceName(preferred.obs->figure),
                                   PctText(std::fabs(preferred.out.diff_pct)) + " away");
    }
    return j;
  }

  if (!other_period.empty()) {
    // A partial period bounds the full year from below (trade only accumulates), and a
    // full year bounds any part of it from above.
    for (const Observation* o : other_period) {
      double d = static_cast<double>(*o->value);
      double slack = kRelativeTolerance * c;
      bool lower_bound = o->figure.qualifier != store::Qualifier::kLessThan;
      bool upper_bound = o->figure.qualifier != store::Qualifier::kMoreThan;
      Range claim = ClaimRange(c, std::min(HalfUnitOfInteger(q.claimed), kMaxRounding * c), q.qualifier);
      if (claim_full && !o->figure.full_year() && lower_bound && d > claim.hi + slack) {
        j.verdict = Verdict::kContradicted;
        j.explanation = prefix + fmt::format(
            "Contradicted: months {} alone reached {}{} ({}), already above the claimed "
            "full-year {} for {} (rule: a part of a year cannot exceed the whole year).",
            o->figure.months(), DataQualifierWords(o->figure.qualifier), Usd(d), SourceName(o->figure),
            claim_words, q.subject);
        return j;
      }
      if (!claim_full && o->figure.full_year() && upper_bound && claim.lo > d + slack) {
        j.verdict = Verdict::kContradicted;
        j.explanation = prefix + fmt::format(
            "Contradicted: the whole of {} was {}{} ({}), less than the claimed {} for months "
            "{}-{} (rule: a part of a year cannot exceed the whole year).",
            q.year, DataQualifierWords(o->figure.qualifier), Usd(d), SourceName(o->figure),
            claim_words, q.first_month, q.last_month);
        return j;
      }
    }
    const Observation& o = *other_period.front();
    j.verdict = Verdict::kUnverifiable;
    j.explanation = prefix + fmt::format(
        "Unverifiable: for {} in {} only a {} figure is loaded ({} for months {}); a {} claim "
        "is not checked against it. A {} figure (national statistics, or BACI: dyad import "
        "baci FILE) would settle it.",
        q.subject, q.year, o.figure.full_year() ? "full-year" : "partial-year", Given(o),
        o.figure.months(), claim_full ? "full-year" : "partial-year",
        claim_full ? "full-year" : fmt::format("months {}-{}", q.first_month, q.last_month));
    return j;
  }

  j.verdict = Verdict::kUnverifiable;
  if (!observations.empty()) {
    j.explanation = prefix + fmt::format(
        "Unverifiable: the loaded figures for {} in {} do not give this value.", q.subject, period);
    return j;
  }
  j.explanation = prefix + fmt::format(
      "Unverifiable: no figure for {} in {} in the loaded data{}; load national statistics "
      "(dyad import totals FILE) or BACI (dyad import baci FILE) for that year.",
      q.subject, period,
      q.years_loaded.empty() ? "" : " (years with figures for the pair: " + q.years_loaded + ")");
  return j;
}

}  // namespace dyad::check
