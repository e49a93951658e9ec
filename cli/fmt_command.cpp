// `facepia fmt`: rewrite rule files in canonical layout (dsl::format), atomically, or check or print it.
//
// Exit status: 0 done (or, with --check, nothing would change); 1 with --check when a file would change (the
// files are listed on stdout); 2 when a file cannot be read, does not parse or cannot be written (that file
// is left untouched, the others are still formatted).
#include "commands.hpp"
#include "facepia/dsl/dsl.hpp"
#include "facepia/platform/atomic_file.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <iostream>
#include <sys/stat.h>
#include <unistd.h>

namespace facepia::cli {
namespace {

namespace dsl = facepia::dsl;
namespace platform = facepia::platform;
namespace fs = std::filesystem;

struct FmtOptions {
  std::vector<std::string> paths;
  bool check = false;
  bool to_stdout = false;
};

int run_fmt(const FmtOptions& options) {
  const std::vector<fs::path> paths(options.paths.begin(), options.paths.end());
  dsl::SourceMap sources;
  dsl::Diagnostics diagnostics;
  bool failed = false;
  bool would_change = false;
  for (const fs::path& path : dsl::rule_files(paths)) {
    const auto text = dsl::read_file(path);
    if (!text) {
      std::cerr << "error: cannot read `" << path.generic_string() << "`\n";
      failed = true;
      continue;
    }
    const dsl::FileId file = sources.add(path.generic_string(), *text);
    const auto formatted = dsl::format(file, sources, diagnostics);
    if (!formatted) {
      failed = true;
      continue;
    }
    if (options.to_stdout) {
      std::cout << *formatted;
      continue;
    }
    if (*formatted == *text) {
      continue;
    }
    would_change = true;
    if (options.check) {
      std::cout << path.generic_string() << "\n";
      continue;
    }
    // Through a symbolic link, the file it points to is rewritten and the link kept.
    std::error_code error;
    fs::path target = fs::canonical(path, error);
    if (error) {
      target = path;
    }
    if (const std::string failure = platform::write_file_atomically(target, *formatted); !failure.empty()) {
      std::cerr << "error: `" << path.generic_string() << "` left as it was: " << failure << "\n";
      failed = true;
    }
  }
  if (!diagnostics.empty()) {
    diagnostics.sort();
    std::cerr << dsl::render_all(diagnostics, sources);
  }
  if (failed) {
    return 2;
  }
  return options.check && would_change ? 1 : 0;
}

const CommandRegistration fmt_registration(20, [](CLI::App& app) {
  auto options = std::make_shared<FmtOptions>();
  auto* command = app.add_subcommand(
      "fmt", "rewrite rule files in canonical layout (idempotent, comments kept); exit 2 on a file that does "
             "not parse, which is left untouched");
  command->add_option("paths", options->paths, "rule files, or folders of them (every *.fp, recursively)")
      ->required();
  auto* check = command->add_flag("--check", options->check,
                                  "change nothing; list the files that would change and exit 1 if any would");
  command->add_flag("--stdout", options->to_stdout, "change nothing; print the formatted text on stdout")
      ->excludes(check);
  return [options] { return run_fmt(*options); };
});

} // namespace
} // namespace facepia::cli
