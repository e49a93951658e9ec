// libFuzzer target for the rule-language parser: any bytes as one rule file. Parsing, lowering, the checking
// passes and the rendering of diagnostics must never crash, hang or leak, whatever the input. When the file
// parses and `format` gives a layout, that layout must parse to the same model (describe()) and format to
// itself. FACEPIA_FUZZ_NO_FORMAT=1 leaves the formatter out (to fuzz the parser alone while a formatter bug
// is open).
#include "facepia/dsl/diagnostics.hpp"
#include "facepia/dsl/dsl.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
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

[[noreturn]] static void fail(const char* property) {
  std::fprintf(stderr, "fuzz_parse: %s\n", property);
  std::abort();
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  Parsed parsed = parse_text(text);
  // The parse as such, before the checking passes annotate it (types), to compare with the formatted file's.
  const std::string before = dsl::describe(parsed.program);
  if (parsed.ok) {
    dsl::check(parsed.program, parsed.diagnostics);
  }
  parsed.diagnostics.sort();
  const std::string rendered = dsl::render_all(parsed.diagnostics, parsed.program.sources, false);
  if (!parsed.ok && !parsed.diagnostics.has_errors()) {
    fail("the parse failed without an error diagnostic");
  }
  if (rendered.size() > (std::size_t{1} << 30) || !parsed.ok || !format_checks) {
    return 0;
  }

  dsl::Diagnostics format_diagnostics;
  const std::optional<std::string> formatted = dsl::format(0, parsed.program.sources, format_diagnostics);
  if (!formatted) {
    // A file that parses must format: fmt refuses only when its output would mean something else (FP-E0007),
    // which is the bug this target looks for.
    fail("fmt refused a file that parses");
  }
  Parsed reparsed = parse_text(*formatted);
  if (!reparsed.ok) {
    fail("the formatted file does not parse");
  }
  if (dsl::describe(reparsed.program) != before) {
    fail("the formatted file parses to another model than the input");
  }
  dsl::Diagnostics again_diagnostics;
  const std::optional<std::string> again = dsl::format(0, reparsed.program.sources, again_diagnostics);
  if (!again || *again != *formatted) {
    fail("formatting the formatted file changes it (not idempotent)");
  }
  return 0;
}
