// Shared by the dsl tests.
#pragma once

#include "facepia/dsl/dsl.hpp"

#include <filesystem>
#include <stdexcept>
#include <string>

namespace facepia::test {

// A file's bytes, as the loader reads them; a file that cannot be read fails the test.
inline std::string read(const std::filesystem::path& path) {
  auto text = dsl::read_file(path);
  if (!text) {
    throw std::runtime_error("cannot read `" + path.string() + "`");
  }
  return *std::move(text);
}

} // namespace facepia::test
