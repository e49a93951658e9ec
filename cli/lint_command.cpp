// `facepia lint` and `facepia fmt`: check rule files, and print them in canonical layout.
#include "commands.hpp"
#include "facepia/dsl/dsl.hpp"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <unistd.h>

namespace facepia::cli {
namespace {

namespace dsl = facepia::dsl;

nlohmann::json to_json(const dsl::Diagnostic& diagnostic, const dsl::SourceMap& sources) {
  nlohmann::json out{{"level", diagnostic.level == dsl::DiagnosticLevel::error ? "error" : "warning"},
                     {"code", diagnostic.code},
                     {"message", diagnostic.message}};
  if (diagnostic.span.file < sources.size()) {
    const dsl::SourceFile& file = sources.file(diagnostic.span.file);
    const auto begin = file.line_column(diagnostic.span.begin);
    const auto end = file.line_column(diagnostic.span.end);
    out["file"] = file.path();
    out["line"] = begin.line;
    out["column"] = begin.column;
    out["end_line"] = end.line;
    out["end_column"] = end.column;
  }
  if (!diagnostic.label.empty()) {
    out["label"] = diagnostic.label;
  }
  if (!diagnostic.notes.empty()) {
    out["notes"] = diagnostic.notes;
  }
  if (diagnostic.help) {
    out["help"] = *diagnostic.help;
  }
  return out;
}

struct LintOptions {
  std::vector<std::string> paths;
  std::string explain;
  std::string format = "text";
  bool color = false;
};

int run_lint(const LintOptions& options) {
  if (!options.explain.empty()) {
    const auto text = dsl::explain(options.explain);
    if (!text) {
      std::cerr << "error: unknown diagnostic code `" << options.explain << "`\n";
      return 2;
    }
    std::cout << options.explain << ": " << *text << "\n";
    return 0;
  }
  std::vector<std::filesystem::path> paths(options.paths.begin(), options.paths.end());
  if (paths.empty()) {
    paths.emplace_back("rules");
  }
  const dsl::LoadResult result = dsl::load(paths);
  if (options.format == "json") {
    nlohmann::json out{{"diagnostics", nlohmann::json::array()},
                       {"errors", result.diagnostics.error_count()},
                       {"warnings", result.diagnostics.warning_count()},
                       {"files", result.program.sources.size()}};
    for (const auto& diagnostic : result.diagnostics.items()) {
      out["diagnostics"].push_back(to_json(diagnostic, result.program.sources));
    }
    std::cout << out.dump(2) << "\n";
  } else {
    std::cerr << dsl::render_all(result.diagnostics, result.program.sources, options.color);
  }
  return result.ok() ? 0 : 1;
}

const CommandRegistration lint_registration(10, [](CLI::App& app) {
  auto options = std::make_shared<LintOptions>();
  auto* command =
      app.add_subcommand("lint", "check rule files; diagnostics on stderr; exit 0 clean, 1 errors");
  command->add_option("paths", options->paths, "rule files or folders (default: rules)");
  command->add_option("--explain", options->explain,
                      "print the long explanation of a code, such as FP-E0102");
  command->add_option("--format", options->format, "text (default) or json")
      ->check(CLI::IsMember({"text", "json"}));
  command->add_flag("--color", options->color, "colour the diagnostics");
  return [options] { return run_lint(*options); };
});

struct FmtOptions {
  std::vector<std::string> paths;
  bool check = false;
};

// Replaces `path` with `text` atomically: a reader sees the old or the new file, never a partial one.
bool write_atomically(const std::filesystem::path& path, const std::string& text) {
  std::filesystem::path temporary = path;
  temporary += ".fmt-" + std::to_string(::getpid()) + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << text;
    out.flush();
    if (!out) {
      std::error_code ignored;
      std::filesystem::remove(temporary, ignored);
      return false;
    }
  }
  std::error_code error;
  std::filesystem::permissions(temporary, std::filesystem::status(path, error).permissions(), error);
  std::filesystem::rename(temporary, path, error);
  if (error) {
    std::filesystem::remove(temporary, error);
    return false;
  }
  return true;
}

int run_fmt(const FmtOptions& options) {
  std::vector<std::filesystem::path> paths(options.paths.begin(), options.paths.end());
  if (paths.empty()) {
    paths.emplace_back("rules");
  }
  dsl::SourceMap sources;
  dsl::Diagnostics diagnostics;
  bool changed = false;
  bool failed = false;
  for (const auto& path : dsl::rule_files(paths)) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::cerr << "error: cannot read `" << path.generic_string() << "`\n";
      failed = true;
      continue;
    }
    std::ostringstream text;
    text << in.rdbuf();
    const dsl::FileId file = sources.add(path.generic_string(), text.str());
    const auto formatted = dsl::format(file, sources, diagnostics);
    if (!formatted) {
      failed = true;
      continue;
    }
    if (*formatted == sources.file(file).text()) {
      continue;
    }
    changed = true;
    if (options.check) {
      std::cout << path.generic_string() << "\n";
    } else if (!write_atomically(path, *formatted)) {
      std::cerr << "error: cannot write `" << path.generic_string() << "`\n";
      failed = true;
    }
  }
  if (!diagnostics.empty()) {
    diagnostics.sort();
    std::cerr << dsl::render_all(diagnostics, sources);
  }
  return failed || (options.check && changed) ? 1 : 0;
}

const CommandRegistration fmt_registration(20, [](CLI::App& app) {
  auto options = std::make_shared<FmtOptions>();
  auto* command =
      app.add_subcommand("fmt", "print rule files in canonical layout (idempotent, comments kept)");
  command->add_option("paths", options->paths, "rule files or folders (default: rules)");
  command->add_flag("--check", options->check, "change nothing; list the files that would change and exit 1");
  return [options] { return run_fmt(*options); };
});

} // namespace
} // namespace facepia::cli
