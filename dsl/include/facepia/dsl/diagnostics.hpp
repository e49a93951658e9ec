// Diagnostics in the rustc/Cedar style:
//   error[FP-E0102]: unknown fact `consent.seperate`
//     --> rules/gdpr/rules.fp:12:17
//      |
//   12 |   applies when consent.seperate
//      |                ^^^^^^^^^^^^^^^^ not declared in the vocabulary
//      |
//      = help: did you mean `consent.separate`?
#pragma once

#include "facepia/dsl/source.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace facepia::dsl {

enum class DiagnosticLevel { error, warning };

struct Diagnostic {
  DiagnosticLevel level = DiagnosticLevel::error;
  std::string code;    // "FP-E0102", "FP-W0301"
  std::string message; // lowercase, legal vocabulary, user names in backticks
  Span span;
  std::string label;              // short text under the caret, may be empty
  std::vector<std::string> notes; // "= note: ..."
  std::optional<std::string> help;
};

class Diagnostics {
public:
  Diagnostic& error(std::string code, Span span, std::string message);
  Diagnostic& warning(std::string code, Span span, std::string message);
  void add(Diagnostic diagnostic) { items_.push_back(std::move(diagnostic)); }
  bool has_errors() const;
  std::size_t error_count() const;
  std::size_t warning_count() const;
  // By file, then position, then code; duplicates (same code and span) removed.
  void sort();
  const std::vector<Diagnostic>& items() const { return items_; }
  bool empty() const { return items_.empty(); }

private:
  std::vector<Diagnostic> items_;
};

// One diagnostic as text, with the source line and a caret or underline. `color` adds ANSI colours.
std::string render(const Diagnostic& diagnostic, const SourceMap& sources, bool color = false);
// All of them, then a summary line ("error: could not check 2 files: 3 errors, 1 warning").
std::string render_all(const Diagnostics& diagnostics, const SourceMap& sources, bool color = false);

// Text safe to print to a terminal: a control byte (but a line break) or a byte that is not UTF-8 becomes
// `\xNN`, so that hostile input cannot move the cursor, recolour the terminal or garble its output.
std::string terminal_safe(std::string_view text);
// Whether the text is well-formed UTF-8 (no overlong forms, surrogates or code points past U+10FFFF).
bool is_valid_utf8(std::string_view text);
// The offset of the first byte of `text` that does not start a well-formed UTF-8 sequence; npos when none.
std::size_t first_invalid_utf8(std::string_view text);

// The long explanation of a code for `facepia lint --explain`; nullopt for an unknown code.
std::optional<std::string_view> explain(std::string_view code);
// Every code that has an explanation, in the order they are listed.
std::vector<std::string_view> explained_codes();

} // namespace facepia::dsl
