// SHA-256 of files and byte ranges (OpenSSL's libcrypto), in lowercase hex. dyad keeps
// its own SHA-256 of every release it downloads because CEPII publishes none.
// A Sha256 object is not thread-safe; the free functions are.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "base/status.h"

namespace dyad::fetch {

class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;
  void Update(std::string_view data);
  std::string HexDigest();  // ends the hash; call once

 private:
  struct State;
  std::unique_ptr<State> state_;
};

std::string Sha256Hex(std::string_view data);
// Reads the whole file; kNotFound / kIoError as ReadFile.
Result<std::string> Sha256OfFile(const std::filesystem::path& path);

}  // namespace dyad::fetch
