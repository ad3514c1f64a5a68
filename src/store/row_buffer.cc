#include "store/row_buffer.h"

#include <sys/mman.h>

#include <algorithm>
#include <atomic>
#include <thread>
#include <cerrno>
#include <cstring>
#include <utility>

namespace dyad::store {

RowBuffer::RowBuffer(RowBuffer&& other) noexcept
    : rows_(std::exchange(other.rows_, nullptr)),
      size_(std::exchange(other.size_, 0)),
      capacity_(std::exchange(other.capacity_, 0)) {}

RowBuffer& RowBuffer::operator=(RowBuffer&& other) noexcept {
  if (this != &other) {
    Release();
    rows_ = std::exchange(other.rows_, nullptr);
    size_ = std::exchange(other.size_, 0);
    capacity_ = std::exchange(other.capacity_, 0);
  }
  return *this;
}

RowBuffer::~RowBuffer() { Release(); }

void RowBuffer::Release() {
  if (rows_ != nullptr) ::munmap(rows_, capacity_ * sizeof(PackedRow));
  rows_ = nullptr;
  size_ = capacity_ = 0;
}

Status RowBuffer::Grow() {
  // Untouched pages of a private anonymous map cost nothing, so growth can be generous.
  size_t new_capacity = capacity_ == 0 ? (1 << 16) : capacity_ * 2;
  void* p;
  if (rows_ == nullptr) {
    p = ::mmap(nullptr, new_capacity * sizeof(PackedRow), PROT_READ | PROT_WRITE,
               MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  } else {
    p = ::mremap(rows_, capacity_ * sizeof(PackedRow), new_capacity * sizeof(PackedRow),
                 MREMAP_MAYMOVE);
  }
  if (p == MAP_FAILED) {
    return IoError(std::string("cannot allocate memory for import rows: ") + std::strerror(errno));
  }
  rows_ = static_cast<PackedRow*>(p);
  capacity_ = new_capacity;
  return Status::Ok();
}

namespace {

constexpr int kTopShift = 40;  // the key has 42 bits: 8-bit digits at 40, 32, ..., 0

void InsertionSort(PackedRow* a, size_t n) {
  for (size_t i = 1; i < n; ++i) {
    PackedRow v = a[i];
    size_t j = i;
    while (j > 0 && a[j - 1].key > v.key) {
      a[j] = a[j - 1];
      --j;
    }
    a[j] = v;
  }
}

// American flag sort: one counting pass and one in-place permutation per digit. With
// `threads` = 2 the buckets of the first digit that splits the rows are sorted on two
// threads.
void RadixSortFrom(PackedRow* a, size_t n, int shift, int threads = 1) {
  while (true) {
    if (n <= 48) {
      InsertionSort(a, n);
      return;
    }
    size_t count[256] = {};
    for (size_t i = 0; i < n; ++i) ++count[(a[i].key >> shift) & 0xff];
    size_t next[256], end[256];
    size_t pos = 0;
    int nonempty = 0;
    for (int b = 0; b < 256; ++b) {
      next[b] = pos;
      pos += count[b];
      end[b] = pos;
      nonempty += count[b] > 0 ? 1 : 0;
    }
    if (nonempty > 1) {
      for (int b = 0; b < 256; ++b) {
        while (next[b] < end[b]) {
          PackedRow v = a[next[b]];
          int d = static_cast<int>((v.key >> shift) & 0xff);
          while (d != b) {
            std::swap(v, a[next[d]++]);
            d = static_cast<int>((v.key >> shift) & 0xff);
          }
          a[next[b]++] = v;
        }
      }
    }
    if (shift == 0) return;
    if (nonempty == 1) {  // nothing moved: go straight to the next digit
      shift -= 8;
      continue;
    }
    size_t starts[257];
    starts[0] = 0;
    for (int b = 0; b < 256; ++b) starts[b + 1] = starts[b] + count[b];
    std::atomic<int> next_bucket{0};
    auto work = [&] {
      for (int b; (b = next_bucket.fetch_add(1)) < 256;) {
        if (count[b] > 1) RadixSortFrom(a + starts[b], count[b], shift - 8);
      }
    };
    if (threads > 1 && n >= (1 << 16)) {
      std::thread helper(work);
      work();
      helper.join();
    } else {
      work();
    }
    return;
  }
}

struct Run {
  uint64_t pair;
  size_t start;
  size_t length;
};

}  // namespace

void RadixSort(PackedRow* rows, size_t n) { RadixSortFrom(rows, n, kTopShift, 2); }

Status SortYear(RowBuffer* buffer, const std::function<Status(uint64_t key)>& duplicate,
                const std::function<void(std::span<const PackedRow>)>& emit) {
  PackedRow* rows = buffer->data();
  size_t n = buffer->size();
  if (n == 0) return Status::Ok();
  // A run: consecutive rows of one pair with strictly ascending keys. Few runs means
  // the input was grouped by pair; then only the run table is sorted.
  std::vector<Run> runs;
  size_t max_runs = n / 16 + 1024;
  bool grouped = true;
  size_t start = 0;
  for (size_t i = 1; i <= n; ++i) {
    if (i == n || PairOfKey(rows[i].key) != PairOfKey(rows[i - 1].key) || rows[i].key <= rows[i - 1].key) {
      runs.push_back({PairOfKey(rows[start].key), start, i - start});
      start = i;
      if (runs.size() > max_runs) {
        grouped = false;
        break;
      }
    }
  }
  if (!grouped) {
    runs = {};
    RadixSort(rows, n);
    size_t begin = 0;
    for (size_t i = 1; i <= n; ++i) {
      if (i < n && rows[i].key == rows[i - 1].key) return duplicate(rows[i].key);
      if (i == n || PairOfKey(rows[i].key) != PairOfKey(rows[begin].key)) {
        emit({rows + begin, i - begin});
        begin = i;
      }
    }
    return Status::Ok();
  }
  std::sort(runs.begin(), runs.end(), [](const Run& a, const Run& b) {
    return a.pair != b.pair ? a.pair < b.pair : a.start < b.start;
  });
  std::vector<PackedRow> scratch;
  for (size_t i = 0; i < runs.size();) {
    size_t j = i + 1;
    while (j < runs.size() && runs[j].pair == runs[i].pair) ++j;
    if (j == i + 1) {
      emit({rows + runs[i].start, runs[i].length});
    } else {
      scratch.clear();
      for (size_t k = i; k < j; ++k) {
        scratch.insert(scratch.end(), rows + runs[k].start, rows + runs[k].start + runs[k].length);
      }
      std::sort(scratch.begin(), scratch.end(),
                [](const PackedRow& a, const PackedRow& b) { return a.key < b.key; });
      for (size_t k = 1; k < scratch.size(); ++k) {
        if (scratch[k].key == scratch[k - 1].key) return duplicate(scratch[k].key);
      }
      emit(scratch);
    }
    i = j;
  }
  return Status::Ok();
}

}  // namespace dyad::store
