// Status and Result<T>: errors as values (LevelDB's Status, abseil's StatusOr).
// A Status is either OK or a code plus a one-line message that names the input and the
// place ("BACI_HS17_Y2022.csv:48213:9: column v: expected a number, got \"n/a\"").
// Values are immutable and safe to share across threads.
#pragma once

#include <cassert>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace dyad {

enum class StatusCode {
  kOk = 0,
  kInvalidInput,  // malformed or impossible input (a bad row, a bad date)
  kNotFound,      // an unknown country, dataset, year
  kIoError,       // the operating system refused (open, write, fsync)
  kCorrupt,       // stored data fails a checksum or invariant
  kUsage,         // the command line is wrong (exit code 2)
  kBusy,          // another process holds what we need
  kInternal,      // a bug: should not happen
};

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

  // Returns a copy whose message is "<prefix>: <message>"; OK stays OK.
  Status WithPrefix(std::string_view prefix) const;

  // Marks a status deliberately dropped.
  void IgnoreError() const {}

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

Status InvalidInput(std::string message);
Status NotFound(std::string message);
Status IoError(std::string message);
Status Corrupt(std::string message);
Status UsageError(std::string message);
Status Busy(std::string message);
Status Internal(std::string message);

// Result<T> holds a T or a non-OK Status.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {  // NOLINT
    assert(!std::get<Status>(v_).ok() && "Result built from an OK status");
  }

  bool ok() const { return std::holds_alternative<T>(v_); }
  Status status() const { return ok() ? Status::Ok() : std::get<Status>(v_); }

  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace dyad

#define DYAD_CONCAT_INNER(a, b) a##b
#define DYAD_CONCAT(a, b) DYAD_CONCAT_INNER(a, b)

// Returns the status of `expr` from the enclosing function if it is not OK.
#define DYAD_RETURN_IF_ERROR(expr)                 \
  do {                                             \
    ::dyad::Status dyad_status_ = (expr);          \
    if (!dyad_status_.ok()) return dyad_status_;   \
  } while (0)

// `lhs = value of expr`, or returns its status from the enclosing function.
#define DYAD_ASSIGN_OR_RETURN(lhs, expr) \
  DYAD_ASSIGN_OR_RETURN_IMPL(DYAD_CONCAT(dyad_result_, __LINE__), lhs, expr)
#define DYAD_ASSIGN_OR_RETURN_IMPL(tmp, lhs, expr) \
  auto tmp = (expr);                               \
  if (!tmp.ok()) return tmp.status();              \
  lhs = std::move(tmp).value()
