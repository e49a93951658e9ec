// Source text kept in memory, spans, and line/column computed from them on demand.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace facepia::dsl {

using FileId = std::uint32_t;

// A byte range [begin, end) in one source file. Every node of the model carries one.
struct Span {
  FileId file = 0;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  friend bool operator==(const Span&, const Span&) = default;
};

struct LineColumn {
  std::uint32_t line = 1;   // 1-based
  std::uint32_t column = 1; // 1-based, in characters (UTF-8 code points) of the line
};

class SourceFile {
public:
  SourceFile(std::string path, std::string text);
  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }
  LineColumn line_column(std::uint32_t offset) const;
  // The text of a 1-based line, without its line break.
  std::string_view line(std::uint32_t line) const;
  std::uint32_t line_count() const { return static_cast<std::uint32_t>(line_starts_.size()); }
  // Frees the text once nothing will quote it (a batch of checked deployments); the path stays.
  void release_text();

private:
  std::string path_;
  std::string text_;
  std::vector<std::uint32_t> line_starts_;
};

// All files of one load. File ids index it; references stay valid as files are added.
class SourceMap {
public:
  FileId add(std::string path, std::string text);
  const SourceFile& file(FileId id) const { return files_.at(id); }
  std::size_t size() const { return files_.size(); }
  void release_text(FileId id) { files_.at(id).release_text(); }
  std::string_view slice(Span span) const;

private:
  std::deque<SourceFile> files_;
};

} // namespace facepia::dsl
