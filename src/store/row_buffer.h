// Buffers the product rows of one year during an import, and sorts them.
//
// RowBuffer grows with mremap, so growing never copies and never holds two copies
// (peak memory stays at 24 bytes a row). SortYear hands out the rows pair by pair in
// key order: input that is already grouped by pair with ascending hs6 (BACI files, the
// synthetic generator) is not moved at all — runs are found and ordered instead; other
// input is sorted in place by an MSD radix sort. Not thread-safe; different buffers
// may be used from different threads.
#pragma once

#include <cstddef>
#include <functional>
#include <span>
#include <vector>

#include "base/status.h"
#include "store/partition.h"

namespace dyad::store {

class RowBuffer {
 public:
  RowBuffer() = default;
  RowBuffer(RowBuffer&& other) noexcept;
  RowBuffer& operator=(RowBuffer&& other) noexcept;
  RowBuffer(const RowBuffer&) = delete;
  RowBuffer& operator=(const RowBuffer&) = delete;
  ~RowBuffer();

  // Fails with kIoError when memory cannot be mapped.
  Status Append(const PackedRow& row) {
    if (size_ == capacity_) DYAD_RETURN_IF_ERROR(Grow());
    rows_[size_++] = row;
    return Status::Ok();
  }
  PackedRow* data() { return rows_; }
  size_t size() const { return size_; }
  // Frees the memory.
  void Release();

 private:
  Status Grow();
  PackedRow* rows_ = nullptr;
  size_t size_ = 0;
  size_t capacity_ = 0;
};

// Sorts an array of rows by key, in place.
void RadixSort(PackedRow* rows, size_t n);

// Calls `emit` once per pair, in ascending key order, with that pair's rows sorted by
// hs6. A key that occurs twice fails with `duplicate(key)`'s status. May reorder
// `rows`.
Status SortYear(RowBuffer* rows, const std::function<Status(uint64_t key)>& duplicate,
                const std::function<void(std::span<const PackedRow>)>& emit);

}  // namespace dyad::store
