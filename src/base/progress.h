// Progress reporting for long operations. The core reports through this interface and
// never prints; cli/ supplies a terminal bar. Implementations must be thread-safe if an
// operation reports from several threads.
#pragma once

#include <cstdint>
#include <string_view>

namespace dyad {

class ProgressSink {
 public:
  virtual ~ProgressSink() = default;
  // Called from time to time with the work done so far; `bytes_total` may be 0 if unknown.
  virtual void Update(std::string_view label, uint64_t bytes_done, uint64_t bytes_total,
                      uint64_t rows_done) = 0;
  // Called once when the operation ends, successfully or not.
  virtual void Finish() = 0;
};

// A sink that ignores everything.
class NullProgress final : public ProgressSink {
 public:
  void Update(std::string_view, uint64_t, uint64_t, uint64_t) override {}
  void Finish() override {}
};

}  // namespace dyad
