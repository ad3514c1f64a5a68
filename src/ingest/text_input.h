// Turning the bytes of a downloaded file into text the readers can parse: gzip-
// compressed files (Comtrade bulk downloads, `*.gz`) are inflated in memory with zlib,
// and files that are not UTF-8 are read as Windows-1252 (which includes Latin-1: the
// Comtrade Plus website writes names such as "Côte d'Ivoire" that way). Pure functions;
// thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "base/status.h"

namespace dyad::ingest {

struct DecodedText {
  std::string text;          // UTF-8
  bool gzip = false;         // the bytes were gzip-compressed
  bool windows1252 = false;  // the bytes were not UTF-8 and were read as Windows-1252
};

// True when `bytes` start with the gzip magic (1F 8B).
bool IsGzip(std::string_view bytes);

// Inflates every gzip member of `bytes`. Fails with "FILE: expected gzip data, got ..."
// naming zlib's complaint on a damaged or truncated file.
Result<std::string> Gunzip(std::string_view bytes, std::string_view file);

// Inflates gzip input, then returns UTF-8 text: as is when valid, else each byte read
// as Windows-1252 (bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D, undefined there, as Latin-1).
Result<DecodedText> DecodeText(std::string bytes, std::string_view file);

// Windows-1252 bytes as UTF-8.
std::string Windows1252ToUtf8(std::string_view bytes);

}  // namespace dyad::ingest
