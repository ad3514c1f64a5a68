#include "ingest/text_input.h"

#include <zlib.h>

#include "base/utf8.h"

namespace dyad::ingest {

bool IsGzip(std::string_view bytes) {
  return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1F &&
         static_cast<unsigned char>(bytes[1]) == 0x8B;
}

Result<std::string> Gunzip(std::string_view bytes, std::string_view file) {
  std::string out;
  z_stream z{};
  // 16 + MAX_WBITS: gzip wrapper only.
  if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK) return Internal("zlib: inflateInit2 failed");
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  z.avail_in = static_cast<uInt>(bytes.size());
  char buf[1 << 16];
  int rc = Z_OK;
  for (;;) {
    z.next_out = reinterpret_cast<Bytef*>(buf);
    z.avail_out = sizeof buf;
    rc = inflate(&z, Z_NO_FLUSH);
    out.append(buf, sizeof buf - z.avail_out);
    if (rc == Z_STREAM_END) {
      // Concatenated members (gzip allows several): go on while input remains.
      if (z.avail_in == 0 || !IsGzip(std::string_view(reinterpret_cast<const char*>(z.next_in), z.avail_in))) break;
      if (inflateReset(&z) != Z_OK) break;
      continue;
    }
    if (rc != Z_OK) break;
    if (z.avail_in == 0 && z.avail_out != 0) {
      rc = Z_BUF_ERROR;  // input ended inside a member
      break;
    }
  }
  std::string why = z.msg != nullptr ? z.msg : rc == Z_BUF_ERROR ? "end of file inside the compressed data" : "";
  inflateEnd(&z);
  if (rc != Z_STREAM_END) {
    return InvalidInput(std::string(file) + ": expected gzip data, got " +
                        (why.empty() ? "damaged data" : why));
  }
  return out;
}

std::string Windows1252ToUtf8(std::string_view bytes) {
  // 0x80..0x9F of Windows-1252; 0 where the code page leaves the byte undefined.
  static constexpr char32_t kHigh[32] = {
      0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
      0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 16);
  for (char ch : bytes) {
    auto b = static_cast<unsigned char>(ch);
    if (b < 0x80) {
      out.push_back(ch);
      continue;
    }
    char32_t cp = b;
    if (b < 0xA0 && kHigh[b - 0x80] != 0) cp = kHigh[b - 0x80];
    AppendUtf8(cp, &out);
  }
  return out;
}

Result<DecodedText> DecodeText(std::string bytes, std::string_view file) {
  DecodedText d;
  if (IsGzip(bytes)) {
    DYAD_ASSIGN_OR_RETURN(d.text, Gunzip(bytes, file));
    d.gzip = true;
  } else {
    d.text = std::move(bytes);
  }
  if (FindInvalidUtf8(d.text)) {
    d.text = Windows1252ToUtf8(d.text);
    d.windows1252 = true;
  }
  return d;
}

}  // namespace dyad::ingest
