// Byte-level encodings of the store files: little-endian fixed-width integers, LEB128
// varints and length-prefixed strings, plus a bounds-checked reader that never reads
// past its range (a corrupt file yields ok() == false, never a crash). Pure functions;
// thread-safe.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace dyad::store::enc {

inline void PutU8(std::string* out, uint8_t v) { out->push_back(static_cast<char>(v)); }
inline void PutU16(std::string* out, uint16_t v) { out->append(reinterpret_cast<const char*>(&v), 2); }
inline void PutU32(std::string* out, uint32_t v) { out->append(reinterpret_cast<const char*>(&v), 4); }
inline void PutU64(std::string* out, uint64_t v) { out->append(reinterpret_cast<const char*>(&v), 8); }

// Writes a varint at `p` (which must have 10 bytes of room); returns the end.
inline char* PutVarintRaw(char* p, uint64_t v) {
  while (v >= 0x80) {
    *p++ = static_cast<char>(v | 0x80);
    v >>= 7;
  }
  *p++ = static_cast<char>(v);
  return p;
}

inline void PutVarint(std::string* out, uint64_t v) {
  char buf[10];
  out->append(buf, static_cast<size_t>(PutVarintRaw(buf, v) - buf));
}

inline void PutString(std::string* out, std::string_view s) {
  PutVarint(out, s.size());
  out->append(s);
}

template <typename T>
inline T LoadLE(const char* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

// Reads from a byte range; after the first failure every read returns 0 / "" and ok()
// stays false.
class Reader {
 public:
  Reader() = default;
  explicit Reader(std::string_view data) : p_(data.data()), end_(data.data() + data.size()) {}

  bool ok() const { return ok_; }
  size_t remaining() const { return static_cast<size_t>(end_ - p_); }
  const char* position() const { return p_; }

  uint8_t U8() { return Fixed<uint8_t>(); }
  uint16_t U16() { return Fixed<uint16_t>(); }
  uint32_t U32() { return Fixed<uint32_t>(); }
  uint64_t U64() { return Fixed<uint64_t>(); }

  uint64_t Varint() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (p_ == end_) return Fail();
      uint8_t b = static_cast<uint8_t>(*p_++);
      v |= static_cast<uint64_t>(b & 0x7f) << shift;
      if (b < 0x80) return v;
    }
    return Fail();
  }

  std::string_view Bytes(size_t n) {
    if (!ok_ || remaining() < n) {
      Fail();
      return {};
    }
    std::string_view s(p_, n);
    p_ += n;
    return s;
  }

  std::string_view String() {
    uint64_t n = Varint();
    if (n > remaining()) {
      Fail();
      return {};
    }
    return Bytes(static_cast<size_t>(n));
  }

 private:
  template <typename T>
  T Fixed() {
    if (!ok_ || remaining() < sizeof(T)) return static_cast<T>(Fail());
    T v = LoadLE<T>(p_);
    p_ += sizeof(T);
    return v;
  }
  uint64_t Fail() {
    ok_ = false;
    p_ = end_;
    return 0;
  }

  const char* p_ = nullptr;
  const char* end_ = nullptr;
  bool ok_ = true;
};

}  // namespace dyad::store::enc
