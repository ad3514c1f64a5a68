#include "store/types.h"

namespace dyad::store {

std::string_view SourceKindName(SourceKind kind) {
  switch (kind) {
    case SourceKind::kBaci: return "baci";
    case SourceKind::kComtrade: return "comtrade";
    case SourceKind::kNationalTotals: return "national";
    case SourceKind::kSynthetic: return "synthetic";
  }
  return "unknown";
}

std::string_view BasisName(Basis basis) {
  switch (basis) {
    case Basis::kReconciled: return "reconciled";
    case Basis::kReporter: return "reporter";
    case Basis::kNational: return "national";
  }
  return "unknown";
}

std::string_view QualifierName(Qualifier q) {
  switch (q) {
    case Qualifier::kExact: return "";
    case Qualifier::kApprox: return "approx";
    case Qualifier::kMoreThan: return "more_than";
    case Qualifier::kLessThan: return "less_than";
  }
  return "";
}

std::string AggregateFlow::months() const {
  return std::to_string(first_month) + "-" + std::to_string(last_month);
}

}  // namespace dyad::store
