#include "facepia/dsl/diagnostics.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <utility>
#include <vector>

namespace facepia::dsl {
namespace {

std::size_t code_points(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(
      text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U; }));
}

// The length of the valid UTF-8 sequence that starts at `at`, or 0 when it is not one.
std::size_t utf8_sequence(std::string_view text, std::size_t at) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(at);
  std::size_t length = 0;
  if (lead < 0x80U) {
    return 1;
  }
  if (lead >= 0xC2U && lead <= 0xDFU) {
    length = 2;
  } else if (lead >= 0xE0U && lead <= 0xEFU) {
    length = 3;
  } else if (lead >= 0xF0U && lead <= 0xF4U) {
    length = 4;
  } else {
    return 0;
  }
  if (at + length > text.size()) {
    return 0;
  }
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(at + i) & 0xC0U) != 0x80U) {
      return 0;
    }
  }
  // Overlong forms, surrogates and code points past U+10FFFF.
  const unsigned char second = byte(at + 1);
  if ((lead == 0xE0U && second < 0xA0U) || (lead == 0xEDU && second >= 0xA0U) ||
      (lead == 0xF0U && second < 0x90U) || (lead == 0xF4U && second >= 0x90U)) {
    return 0;
  }
  return length;
}

bool is_control(unsigned char c) {
  return c < 0x20U || c == 0x7FU;
}

// Source lines longer than this are shown as a window around the caret.
constexpr std::size_t max_line_columns = 160;
// Diagnostics printed per file; the rest are counted ("and N more").
constexpr std::size_t max_diagnostics_per_file = 100;

// The source line as shown under `-->`: one column per code point as line_column() counts them, so that the
// caret stays aligned: a tab is shown as a space, a control byte or a byte that is not UTF-8 as U+FFFD, never
// raw to the terminal. A line longer than max_line_columns is cut to a window that holds `column`, marked
// with `...` at each cut; `column` and `width` are moved with it.
std::string printable(std::string_view line, std::size_t& column, std::size_t& width) {
  // The code points of the line: [byte offset, byte length); a byte that is not UTF-8 is one column, as
  // line_column() counts every byte that is not a continuation byte (a stray continuation byte counts none,
  // so it is dropped here too).
  std::vector<std::pair<std::size_t, std::size_t>> points;
  for (std::size_t at = 0; at < line.size();) {
    const std::size_t length = utf8_sequence(line, at);
    if (length == 0 && (static_cast<unsigned char>(line[at]) & 0xC0U) == 0x80U) {
      ++at;
      continue;
    }
    points.emplace_back(at, length);
    at += std::max<std::size_t>(length, 1);
  }
  std::size_t first = 0;
  std::size_t last = points.size();
  if (points.size() > max_line_columns) {
    const std::size_t caret = column > 0 ? column - 1 : 0;
    first = caret > max_line_columns / 3 ? caret - max_line_columns / 3 : 0;
    first = std::min(first, points.size() - max_line_columns);
    last = first + max_line_columns;
  }
  std::string text;
  if (first > 0) {
    text += "...";
  }
  for (std::size_t i = first; i < last; ++i) {
    const auto [at, length] = points[i];
    const auto c = static_cast<unsigned char>(line[at]);
    if (c == '\t') {
      text += ' ';
    } else if (length == 0 || (length == 1 && is_control(c))) {
      text += "\xEF\xBF\xBD";
    } else {
      text.append(line.substr(at, length));
    }
  }
  if (last < points.size()) {
    text += "...";
  }
  column = column - first + (first > 0 ? 3 : 0);
  const std::size_t shown = (last - first) + (first > 0 ? 3 : 0) + (last < points.size() ? 3 : 0);
  width = std::max<std::size_t>(1, std::min(width, shown + 1 > column ? shown + 1 - column : 1));
  return text;
}

std::string plural(std::size_t n, std::string_view word) {
  return std::to_string(n) + " " + std::string(word) + (n == 1 ? "" : "s");
}

} // namespace

std::size_t first_invalid_utf8(std::string_view text) {
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t length = utf8_sequence(text, at);
    if (length == 0) {
      return at;
    }
    at += length;
  }
  return std::string_view::npos;
}

bool is_valid_utf8(std::string_view text) {
  return first_invalid_utf8(text) == std::string_view::npos;
}

std::string terminal_safe(std::string_view text) {
  static constexpr char hex[] = "0123456789abcdef";
  std::string out;
  out.reserve(text.size());
  for (std::size_t at = 0; at < text.size();) {
    const auto c = static_cast<unsigned char>(text[at]);
    const std::size_t length = utf8_sequence(text, at);
    if (length == 0 || (length == 1 && is_control(c) && c != '\n')) {
      out += "\\x";
      out += hex[c >> 4U];
      out += hex[c & 0xFU];
      ++at;
    } else {
      out.append(text.substr(at, length));
      at += length;
    }
  }
  return out;
}

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
  out += ": " + terminal_safe(diagnostic.message);
  out += reset;
  out += "\n";

  if (diagnostic.span.file >= sources.size()) {
    for (const std::string& note : diagnostic.notes) {
      out += "  = note: " + terminal_safe(note) + "\n";
    }
    if (diagnostic.help) {
      out += "  = help: " + terminal_safe(*diagnostic.help) + "\n";
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

  std::size_t column = start.column;
  const std::string shown = printable(line, column, width);
  out += gutter + blue + "--> " + reset + terminal_safe(file.path()) + ":" + line_number + ":" +
         std::to_string(start.column) + "\n";
  out += gutter + " " + blue + "|" + reset + "\n";
  out += std::string(blue) + line_number + " |" + reset + " " + shown + "\n";
  out += gutter + " " + blue + "|" + reset + " " + std::string(column - 1, ' ') + accent +
         std::string(width, '^') + (diagnostic.label.empty() ? "" : " " + terminal_safe(diagnostic.label)) +
         reset + "\n";
  if (!diagnostic.notes.empty() || diagnostic.help) {
    out += gutter + " " + blue + "|" + reset + "\n";
  }
  for (const std::string& note : diagnostic.notes) {
    out += gutter + " " + blue + "=" + reset + " note: " + terminal_safe(note) + "\n";
  }
  if (diagnostic.help) {
    out += gutter + " " + blue + "=" + reset + " help: " + terminal_safe(*diagnostic.help) + "\n";
  }
  return out;
}

std::string render_all(const Diagnostics& diagnostics, const SourceMap& sources, bool color) {
  std::string out;
  // At most max_diagnostics_per_file per file, then how many more: a small file can hold thousands of errors
  // (one per key of a one-line mapping), and the output must stay bounded.
  std::map<FileId, std::size_t> shown_per_file;
  std::map<FileId, std::size_t> hidden_per_file;
  for (const Diagnostic& diagnostic : diagnostics.items()) {
    if (++shown_per_file[diagnostic.span.file] > max_diagnostics_per_file) {
      ++hidden_per_file[diagnostic.span.file];
      continue;
    }
    out += render(diagnostic, sources, color);
    out += "\n";
  }
  for (const auto& [file, hidden] : hidden_per_file) {
    out += "note: " + plural(hidden, "more diagnostic") + " in `" +
           (file < sources.size() ? terminal_safe(sources.file(file).path()) : std::string("?")) +
           "` not shown (the first " + std::to_string(max_diagnostics_per_file) + " are)\n\n";
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
