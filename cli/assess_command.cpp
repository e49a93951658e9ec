// facepia assess DEPLOYMENT... : assess deployments against the rules, record each assessment, print the
// reports.
#include "commands.hpp"
#include "facepia/dsl/dsl.hpp"
#include "facepia/engine/deployment.hpp"
#include "facepia/engine/engine.hpp"
#include "facepia/engine/gate.hpp"
#include "facepia/engine/report.hpp"
#include "facepia/engine/store.hpp"

#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <unistd.h>

namespace facepia::cli {
namespace {

struct AssessArgs {
  std::vector<std::string> deployments;
  std::string rules;
  std::string as_of;
  std::string format = "text";
  std::string out;
  std::string db;
  bool no_record = false;
  bool verbose = false;
};

int run_assess(const AssessArgs& args) {
  const bool color = isatty(2) != 0;
  std::optional<dsl::Date> as_of;
  if (!args.as_of.empty()) {
    as_of = dsl::Date::parse(args.as_of);
    if (!as_of || args.as_of.size() != 10) {
      std::cerr << "error: --as-of `" << args.as_of << "` is not a date YYYY-MM-DD\n";
      return 2;
    }
  }
  if (args.format == "md" || args.format == "html") {
    std::cerr << "error: --format " << args.format
              << " needs the report stage (reports/), which this build does not include; use text or json\n";
    return 2;
  }

  // 1. The rules.
  const std::filesystem::path rules_dir =
      args.rules.empty() ? gate::default_rules_dir() : std::filesystem::path(args.rules);
  auto rules = dsl::load({rules_dir});
  if (!rules.ok()) {
    rules.diagnostics.sort();
    std::cerr << dsl::render_all(rules.diagnostics, rules.program.sources, color);
    std::cerr << "error: the rules in `" << rules_dir.string() << "` do not load; nothing was assessed\n";
    return 2;
  }
  const engine::Engine engine(std::move(rules.program));

  // 2. Every deployment, checked before any is assessed.
  std::vector<std::filesystem::path> paths(args.deployments.begin(), args.deployments.end());
  auto load = engine::load_deployments(paths, engine.vocabulary());
  if (!load.ok()) {
    std::cerr << dsl::render_all(load.diagnostics, load.sources, color);
    std::cerr << "error: nothing was assessed and nothing was recorded\n";
    return 2;
  }
  if (load.deployments.empty()) {
    std::cerr << "error: no deployment to assess\n";
    return 2;
  }

  // 3. The store and the output, opened before anything is assessed.
  std::unique_ptr<engine::Store> store;
  if (!args.no_record) {
    const std::filesystem::path db =
        args.db.empty() ? gate::default_database() : std::filesystem::path(args.db);
    try {
      store = std::make_unique<engine::Store>(db);
    } catch (const std::exception& e) {
      std::cerr << "error: " << e.what() << "; nothing was assessed\n";
      return 2;
    }
  }
  std::ofstream file;
  if (!args.out.empty()) {
    file.open(args.out, std::ios::binary | std::ios::trunc);
    if (!file) {
      std::cerr << "error: cannot write `" << args.out << "`; nothing was assessed\n";
      return 2;
    }
  }
  std::ostream& out = args.out.empty() ? std::cout : file;

  // 4. Assess, record, print: one at a time, so that a batch runs in constant memory.
  engine::AssessOptions options;
  options.as_of = as_of;
  const std::size_t total = load.deployments.size();
  const bool progress = total > 1 && isatty(2) != 0;
  const bool json = args.format == "json";
  const bool array = json && total > 1;
  int exit_code = 0;
  if (array) {
    out << "[\n";
  }
  for (std::size_t i = 0; i < total; ++i) {
    const auto& deployment = load.deployments[i];
    if (progress) {
      std::cerr << "\r\033[Kassessing " << (i + 1) << "/" << total << ": " << deployment.name << std::flush;
    }
    const engine::Assessment assessment = engine.assess(deployment, options);
    if (store) {
      store->record(assessment);
    }
    if (assessment.decision == dsl::Decision::deny) {
      exit_code = 1;
    }
    if (json) {
      out << engine::to_json(assessment).dump(2) << (array && i + 1 < total ? ",\n" : "\n");
    } else {
      out << (i == 0 ? "" : "\n" + std::string(100, '-') + "\n\n")
          << engine::to_text(assessment, args.verbose);
    }
  }
  if (array) {
    out << "]\n";
  }
  if (progress) {
    std::cerr << "\r\033[Kassessed " << total << " deployments\n";
  }
  out.flush();
  if (!out) {
    std::cerr << "error: the report could not be written\n";
    return 2;
  }
  return exit_code;
}

const CommandRegistration registration{
    40, [](CLI::App& app) -> std::function<int()> {
      auto args = std::make_shared<AssessArgs>();
      auto* sub =
          app.add_subcommand("assess", "assess deployments against the rules and record the assessments");
      sub->footer(
          "Exit status: 0 allow or conditional, 1 deny (some deployment), 2 bad input or usage (nothing "
          "assessed,\n"
          "nothing recorded). Every deployment of a batch is checked before any is assessed.\n"
          "Defaults: --rules is $FACEPIA_RULES, else the bundled rules/ of the source tree; --db is "
          "$FACEPIA_DB,\n"
          "else facepia.db in the current directory. The assessment date is --as-of, else the deployment's\n"
          "`deployment.start`, else today; only the provisions in force on that day apply.");
      sub->add_option(
             "deployments", args->deployments,
             "deployment YAML files or directories (every *.yaml, *.yml; several documents per file)")
          ->required();
      sub->add_option("--rules", args->rules,
                      "the rule files or directory (default: $FACEPIA_RULES, else rules/)");
      sub->add_option("--as-of", args->as_of, "apply the law in force on this day (YYYY-MM-DD)");
      sub->add_option("--format", args->format, "text (default) or json; md and html come with reports/")
          ->check(CLI::IsMember({"text", "json", "md", "html"}));
      sub->add_option("--out", args->out, "write the report to this file instead of standard output");
      sub->add_option("--db", args->db, "the assessment store (default: $FACEPIA_DB, else ./facepia.db)");
      sub->add_flag("--no-record", args->no_record, "do not record the assessments in the store");
      sub->add_flag("--verbose,-v", args->verbose,
                    "explain every finding in text output, compliant ones too");
      return [args] { return run_assess(*args); };
    }};

} // namespace
} // namespace facepia::cli
