// Temporary: the facade until the parser lands.
#include "facepia/dsl/dsl.hpp"

namespace facepia::dsl {
bool parse(FileId, Program&, Diagnostics&, std::vector<std::string>*) {
  return false;
}
void check(Program&, Diagnostics&) {}
LoadResult load(const std::vector<std::filesystem::path>&) {
  return {};
}
std::optional<std::string> format(FileId, const SourceMap&, Diagnostics&) {
  return std::nullopt;
}
} // namespace facepia::dsl
