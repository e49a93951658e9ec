// facepia test [PATH...] : run the rule tests written in the rule files; coverage per rule and per provision.
#include "commands.hpp"
#include "facepia/assessors/assessors.hpp"
#include "facepia/dsl/dsl.hpp"
#include "facepia/engine/engine.hpp"
#include "facepia/gate/gate.hpp"
#include "facepia/ruletest/ruletest.hpp"

#include <iostream>
#include <memory>
#include <unistd.h>

namespace facepia::cli {
namespace {

struct TestArgs {
  std::vector<std::string> paths;
  double min_coverage = -1;
  bool verbose = false;
};

int run_test(const TestArgs& args) {
  const bool color = isatty(2) != 0;
  std::vector<std::filesystem::path> paths(args.paths.begin(), args.paths.end());
  if (paths.empty()) {
    paths.push_back(gate::default_rules_dir());
  }
  auto rules = dsl::load(paths);
  if (!rules.ok()) {
    rules.diagnostics.sort();
    std::cerr << dsl::render_all(rules.diagnostics, rules.program.sources, color);
    std::cerr << "error: the rules do not load; no test was run\n";
    return 2;
  }
  const engine::Engine engine(std::move(rules.program), assessors::standard());
  ruletest::Options options;
  options.explain = args.verbose;
  const ruletest::Report report = ruletest::run(engine, options);
  ruletest::print(report, engine.program(), std::cout, args.min_coverage);
  return report.failed() > 0 || ruletest::below(report, args.min_coverage) ? 1 : 0;
}

const CommandRegistration registration{
    30, [](CLI::App& app) -> std::function<int()> {
      auto args = std::make_shared<TestArgs>();
      auto* sub =
          app.add_subcommand("test", "run the rule tests; coverage per rule, exception and provision");
      sub->footer(
          "A rule is covered when some test sees it in breach and another not in breach; an exception when\n"
          "some test sees it apply. The last line is `N passed, M failed`. Exit status: 0 all passed, 1 a "
          "test\n"
          "failed or coverage is below --min-coverage, 2 the rules do not load.");
      sub->add_option(
          "paths", args->paths,
          "rule files or folders (default: $FACEPIA_RULES, else ./rules, else the bundled rules)");
      sub->add_option("--min-coverage", args->min_coverage,
                      "fail when rule coverage is below this percentage")
          ->check(CLI::Range(0.0, 100.0));
      sub->add_flag("--verbose,-v", args->verbose, "build explanations while evaluating (slower)");
      return [args] { return run_test(*args); };
    }};

} // namespace
} // namespace facepia::cli
