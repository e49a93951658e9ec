// Files written whole or not at all: the text goes to a temporary file beside the target, is flushed to disk
// and renamed over the target, so that a reader (or a crash) sees the old file or the new one, never a part.
#pragma once

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <sys/types.h>

namespace facepia::platform {

class AtomicFile {
public:
  // Creates the temporary file (`.NAME.tmp-XXXXXX` beside the target, never an existing file). A new target
  // gets `new_file_mode`; a target replaced keeps its own permissions.
  explicit AtomicFile(std::filesystem::path target, mode_t new_file_mode = 0644);
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  ~AtomicFile(); // a file never committed is removed

  bool ok() const { return static_cast<bool>(stream_); }
  std::ostream& stream() { return stream_; }
  // Flushes to disk and renames over the target. Returns the reason it failed, empty on success.
  std::string commit();

private:
  std::filesystem::path target_;
  std::filesystem::path temporary_;
  mode_t new_file_mode_;
  std::ofstream stream_;
  std::string open_error_;
  bool committed_ = false;
};

// Replaces (or creates) `path` with `text` through an AtomicFile. Returns the reason it failed, empty on
// success.
std::string write_file_atomically(const std::filesystem::path& path, std::string_view text,
                                  mode_t new_file_mode = 0644);

} // namespace facepia::platform
