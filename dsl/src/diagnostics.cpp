#include "facepia/dsl/diagnostics.hpp"

#include <algorithm>
#include <set>
#include <tuple>

namespace facepia::dsl {
namespace {

std::size_t code_points(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(
      text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U; }));
}

// Tabs would misalign the carets, so the source line is shown with each tab as one space.
std::string printable(std::string_view line) {
  std::string text(line);
  std::replace(text.begin(), text.end(), '\t', ' ');
  return text;
}

std::string plural(std::size_t n, std::string_view word) {
  return std::to_string(n) + " " + std::string(word) + (n == 1 ? "" : "s");
}

} // namespace

Diagnostic& Diagnostics::error(std::string code, Span span, std::string message) {
  items_.push_back(Diagnostic{DiagnosticLevel::error, std::move(code), std::move(message), span, {}, {}, {}});
  return items_.back();
}

Diagnostic& Diagnostics::warning(std::string code, Span span, std::string message) {
  items_.push_back(
      Diagnostic{DiagnosticLevel::warning, std::move(code), std::move(message), span, {}, {}, {}});
  return items_.back();
}

bool Diagnostics::has_errors() const {
  return error_count() > 0;
}

std::size_t Diagnostics::error_count() const {
  return static_cast<std::size_t>(std::count_if(
      items_.begin(), items_.end(), [](const Diagnostic& d) { return d.level == DiagnosticLevel::error; }));
}

std::size_t Diagnostics::warning_count() const {
  return items_.size() - error_count();
}

void Diagnostics::sort() {
  std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.span.file, a.span.begin, a.code) < std::tie(b.span.file, b.span.begin, b.code);
  });
  const auto last = std::unique(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return a.code == b.code && a.span == b.span && a.message == b.message;
  });
  items_.erase(last, items_.end());
}

std::string render(const Diagnostic& diagnostic, const SourceMap& sources, bool color) {
  const char* bold = color ? "\x1b[1m" : "";
  const char* blue = color ? "\x1b[1;34m" : "";
  const char* accent =
      color ? (diagnostic.level == DiagnosticLevel::error ? "\x1b[1;31m" : "\x1b[1;33m") : "";
  const char* reset = color ? "\x1b[0m" : "";

  std::string out;
  out += accent;
  out += diagnostic.level == DiagnosticLevel::error ? "error" : "warning";
  out += "[" + diagnostic.code + "]";
  out += reset;
  out += bold;
  out += ": " + diagnostic.message;
  out += reset;
  out += "\n";

  if (diagnostic.span.file >= sources.size()) {
    for (const std::string& note : diagnostic.notes) {
      out += "  = note: " + note + "\n";
    }
    if (diagnostic.help) {
      out += "  = help: " + *diagnostic.help + "\n";
    }
    return out;
  }
  const SourceFile& file = sources.file(diagnostic.span.file);
  const LineColumn start = file.line_column(diagnostic.span.begin);
  const std::string line_number = std::to_string(start.line);
  const std::string gutter(line_number.size(), ' ');
  const std::string_view line = file.line(start.line);

  // The underline ends at the span's end or at the end of its first line, and is at least one caret wide.
  std::size_t width = 1;
  if (diagnostic.span.end > diagnostic.span.begin) {
    const LineColumn stop = file.line_column(diagnostic.span.end);
    width = stop.line == start.line ? stop.column - start.column : code_points(line) + 1 - start.column;
    width = std::max<std::size_t>(width, 1);
  }

  out += gutter + blue + "--> " + reset + file.path() + ":" + line_number + ":" +
         std::to_string(start.column) + "\n";
  out += gutter + " " + blue + "|" + reset + "\n";
  out += std::string(blue) + line_number + " |" + reset + " " + printable(line) + "\n";
  out += gutter + " " + blue + "|" + reset + " " + std::string(start.column - 1, ' ') + accent +
         std::string(width, '^') + (diagnostic.label.empty() ? "" : " " + diagnostic.label) + reset + "\n";
  if (!diagnostic.notes.empty() || diagnostic.help) {
    out += gutter + " " + blue + "|" + reset + "\n";
  }
  for (const std::string& note : diagnostic.notes) {
    out += gutter + " " + blue + "=" + reset + " note: " + note + "\n";
  }
  if (diagnostic.help) {
    out += gutter + " " + blue + "=" + reset + " help: " + *diagnostic.help + "\n";
  }
  return out;
}

std::string render_all(const Diagnostics& diagnostics, const SourceMap& sources, bool color) {
  std::string out;
  for (const Diagnostic& diagnostic : diagnostics.items()) {
    out += render(diagnostic, sources, color);
    out += "\n";
  }
  const std::size_t errors = diagnostics.error_count();
  const std::size_t warnings = diagnostics.warning_count();
  if (errors > 0) {
    std::set<FileId> files;
    for (const Diagnostic& diagnostic : diagnostics.items()) {
      if (diagnostic.level == DiagnosticLevel::error) {
        files.insert(diagnostic.span.file);
      }
    }
    out += "error: could not check " + plural(files.size(), "file") + ": " + plural(errors, "error");
    if (warnings > 0) {
      out += ", " + plural(warnings, "warning");
    }
    out += "\n";
  } else if (warnings > 0) {
    out += "warning: " + plural(warnings, "warning") + " emitted\n";
  }
  return out;
}

} // namespace facepia::dsl
