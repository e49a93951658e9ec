// Shared by the dsl tests.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace facepia::test {

// A file's bytes, as the loader reads them.
inline std::string read(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

} // namespace facepia::test
