#include "facepia/dsl/dsl.hpp"

namespace facepia::dsl {
std::optional<std::string> format(FileId, const SourceMap&, Diagnostics&) {
  return std::nullopt;
}
} // namespace facepia::dsl
