// Exact parsing of the numbers found in trade files. Values are never parsed through a
// double: "1.234" thousand dollars is exactly 1234 dollars. Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace dyad::ingest {

enum class NumberError { kOk, kEmpty, kNotANumber, kNegative, kTooLarge };

// Parses a non-negative integer of decimal digits only ("0042" is 42).
NumberError ParseDigits(std::string_view text, uint64_t* out);

// Parses a decimal number ("1.234", "12", ".5", "1e3", "+7", "-0") and returns it
// multiplied by 10^scale, rounded half up to an integer: with scale 3, "1.2345" -> 1235,
// "0.0004" -> 0. Negative non-zero numbers give kNegative; more than 2^63-1 kTooLarge.
NumberError ParseScaledDecimal(std::string_view text, int scale, int64_t* out);

// "expected a number, got \"n/a\"" and the like, for error messages about `text`.
std::string DescribeNumberError(NumberError error, std::string_view text);

}  // namespace dyad::ingest
