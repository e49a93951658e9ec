// `facepia lint`: check rule files; diagnostics on stderr.
#include "commands.hpp"
#include "facepia/dsl/dsl.hpp"
#include "facepia/gate/gate.hpp"

#include <iostream>
#include <nlohmann/json.hpp>

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
    // One registry explains every code: the rule language's (FP-E, FP-W) and the deployment loader's (FP-D).
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
    paths.push_back(gate::default_rules_dir());
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
    // A file name or a quoted token may not be UTF-8: replaced (U+FFFD), never a throw.
    std::cout << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  } else {
    std::cerr << dsl::render_all(result.diagnostics, result.program.sources, options.color);
  }
  return result.ok() ? 0 : 1;
}

const CommandRegistration lint_registration(10, [](CLI::App& app) {
  auto options = std::make_shared<LintOptions>();
  auto* command =
      app.add_subcommand("lint", "check rule files; diagnostics on stderr; exit 0 clean, 1 errors");
  command->add_option(
      "paths", options->paths,
      "rule files or folders (default: $FACEPIA_RULES, else ./rules, else the bundled rules)");
  command->add_option("--explain", options->explain,
                      "print the long explanation of a code, such as FP-E0102");
  command->add_option("--format", options->format, "text (default) or json")
      ->check(CLI::IsMember({"text", "json"}));
  command->add_flag("--color", options->color, "colour the diagnostics");
  return [options] { return run_lint(*options); };
});

} // namespace
} // namespace facepia::cli
