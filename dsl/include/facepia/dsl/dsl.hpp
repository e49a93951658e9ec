// The rule language's public facade. Boost-free: Spirit X3 stays inside dsl/src.
#pragma once

#include "facepia/dsl/diagnostics.hpp"
#include "facepia/dsl/model.hpp"
#include "facepia/dsl/source.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace facepia::dsl {

// Parses one file already added to program.sources and appends its declarations to the program.
// Syntax errors go to diagnostics; returns false when the file did not parse. `imports` receives the paths
// the file imports, as written.
bool parse(FileId file, Program& program, Diagnostics& diagnostics,
           std::vector<std::string>* imports = nullptr);

// Runs the checking passes (see check.hpp) over a parsed program.
void check(Program& program, Diagnostics& diagnostics);

struct LoadResult {
  Program program;
  Diagnostics diagnostics;
  bool ok() const { return !diagnostics.has_errors(); }
};

// The rule files named by `paths`: a file as given, a directory as every *.fp under it (recursively, in path
// order).
std::vector<std::filesystem::path> rule_files(const std::vector<std::filesystem::path>& paths);

// The largest file read as rules or as a deployment (a rule pack is about 100 KB, a deployment a few KB).
constexpr std::size_t max_input_bytes = 16U << 20U;

// A file's bytes as they are; nullopt when it cannot be read: missing, unreadable, a directory, not a regular
// file (a FIFO, a device such as /dev/zero or a socket: never opened for reading, so never waited on), or
// larger than max_input_bytes. `why` (when given) receives the reason, such as "no such file".
std::optional<std::string> read_file(const std::filesystem::path& path, std::string* why = nullptr);

// Reads the files and directories (every *.fp under a directory, recursively, in path order), follows
// imports, parses and checks. A file that cannot be read is a diagnostic, not an exception. Imports stay in
// the folder being loaded (the directory given, or the folder of the file given): an import is a relative
// path to a `.fp` file that, symbolic links resolved, lies in that folder; any other is refused (FP-E0009)
// unread.
LoadResult load(const std::vector<std::filesystem::path>& paths);

// The canonical layout of one file's text; nullopt (with diagnostics) when it does not parse.
// Idempotent, keeps comments, and parses to the same model as the input.
std::optional<std::string> format(FileId file, const SourceMap& sources, Diagnostics& diagnostics);

// A span-free, canonical description of a program's declarations: two texts that parse to the same model have
// the same description (used by the round-trip tests and the fuzzer).
std::string describe(const Program& program);

} // namespace facepia::dsl
