// libsodium's start-up and hex encoding, shared by the template store, the audit chain and the model check.
#pragma once

#include <sodium.h>
#include <stdexcept>
#include <string>

namespace facepia::recognition::detail {

inline void init_sodium() {
  if (sodium_init() < 0) {
    throw std::runtime_error("libsodium failed to initialise");
  }
}

inline std::string to_hex(const unsigned char* bytes, std::size_t size) {
  std::string out(size * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), bytes, size);
  out.pop_back();
  return out;
}

} // namespace facepia::recognition::detail
