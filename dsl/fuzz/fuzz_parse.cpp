// libFuzzer target for the rule-language parser: any bytes as one rule file. Parsing, lowering, the checking
// passes and the rendering of diagnostics must never crash, hang or leak, whatever the input. When the file
// parses and `format` gives a layout, that layout must parse to the same model (describe()) and format to
// itself. FACEPIA_FUZZ_NO_FORMAT=1 leaves the formatter out (to fuzz the parser alone while a formatter bug
// is open).
#include "facepia/dsl/diagnostics.hpp"
#include "facepia/dsl/dsl.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

namespace {

using namespace facepia;

bool format_checks = true;

struct Parsed {
  dsl::Program program;
  dsl::Diagnostics diagnostics;
  bool ok = false;
};

Parsed parse_text(std::string text) {
  Parsed parsed;
  const dsl::FileId file = parsed.program.sources.add("fuzz.fp", std::move(text));
  std::vector<std::string> imports;
  parsed.ok = dsl::parse(file, parsed.program, parsed.diagnostics, &imports);
  return parsed;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  const char* no_format = std::getenv("FACEPIA_FUZZ_NO_FORMAT");
  format_checks = no_format == nullptr || std::string(no_format) != "1";
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  Parsed parsed = parse_text(text);
  if (parsed.ok) {
    dsl::check(parsed.program, parsed.diagnostics);
  }
  parsed.diagnostics.sort();
  const std::string rendered = dsl::render_all(parsed.diagnostics, parsed.program.sources, false);
  if (!parsed.ok && !parsed.diagnostics.has_errors()) {
    __builtin_trap(); // a failed parse must say why
  }
  const std::string before = dsl::describe(parsed.program);
  if (rendered.size() > (std::size_t{1} << 30) || !parsed.ok || !format_checks) {
    return 0;
  }

  dsl::Diagnostics format_diagnostics;
  const std::optional<std::string> formatted = dsl::format(0, parsed.program.sources, format_diagnostics);
  if (!formatted) {
    return 0;
  }
  Parsed reparsed = parse_text(*formatted);
  if (!reparsed.ok || dsl::describe(reparsed.program) != before) {
    __builtin_trap(); // the formatted file must parse to the same model
  }
  dsl::Diagnostics again_diagnostics;
  const std::optional<std::string> again = dsl::format(0, reparsed.program.sources, again_diagnostics);
  if (!again || *again != *formatted) {
    __builtin_trap(); // formatting must be idempotent
  }
  return 0;
}
