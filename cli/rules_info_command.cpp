// facepia rules-info : which rules the commands would load, from where and why, and their digests.
#include "commands.hpp"
#include "facepia/assessors/assessors.hpp"
#include "facepia/dsl/dsl.hpp"
#include "facepia/engine/engine.hpp"
#include "facepia/engine/output.hpp"
#include "facepia/gate/gate.hpp"
#include "facepia/platform/digest.hpp"

#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <unistd.h>

namespace facepia::cli {
namespace {

struct RulesInfoArgs {
  std::string rules;
  std::string format = "text";
};

struct InstrumentCounts {
  std::size_t rules = 0;
};

int run_rules_info(const RulesInfoArgs& args) {
  const gate::RulesFolder folder =
      args.rules.empty() ? gate::default_rules() : gate::RulesFolder{args.rules, "--rules"};
  auto loaded = dsl::load({folder.path});
  if (!loaded.ok()) {
    loaded.diagnostics.sort();
    std::cerr << dsl::render_all(loaded.diagnostics, loaded.program.sources, isatty(2) != 0);
    std::cerr << "error: the rules in `" << folder.path.string() << "` (" << folder.origin
              << ") do not load (run `facepia lint`)\n";
    return 2;
  }
  const engine::Engine engine(std::move(loaded.program), facepia::assessors::standard());
  const dsl::Program& program = engine.program();

  std::map<std::string, InstrumentCounts> counts;
  for (const dsl::Rule& rule : program.rules) {
    ++counts[rule.instrument()].rules;
  }

  nlohmann::json out{
      {"rules_folder", folder.path.string()},  {"origin", folder.origin},
      {"rules_digest", engine.rules_digest()}, {"engine_version", std::string(engine::engine_version())},
      {"files", nlohmann::json::array()},      {"instruments", nlohmann::json::array()}};
  for (dsl::FileId f = 0; f < program.sources.size(); ++f) {
    const auto& file = program.sources.file(f);
    // An imported file's path as written (`rules/bipa/../common/vocabulary.fp`) is shown without the detour.
    out["files"].push_back({{"path", std::filesystem::path(file.path()).lexically_normal().generic_string()},
                            {"sha256", platform::sha256_hex(file.text())}});
  }
  for (const dsl::Instrument& instrument : program.instruments) {
    const auto& c = counts[instrument.id];
    nlohmann::json entry{{"id", instrument.id},
                         {"title", instrument.title},
                         {"in_force", instrument.in_force.iso()},
                         {"rules", c.rules}};
    if (instrument.repealed) {
      entry["repealed"] = instrument.repealed->iso();
    }
    out["instruments"].push_back(std::move(entry));
  }
  out["tests"] = program.tests.size();

  if (args.format == "json") {
    std::cout << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    return 0;
  }
  std::cout << "rules folder: " << folder.path.string() << "  (" << folder.origin << ")\n"
            << "rules digest: " << engine.rules_digest() << "  (in every assessment id)\n"
            << "engine: " << engine::engine_version() << "\n"
            << "files (" << program.sources.size() << "):\n";
  for (const auto& file : out["files"]) {
    std::cout << "  " << file["sha256"].get<std::string>() << "  " << file["path"].get<std::string>() << "\n";
  }
  std::cout << "instruments (" << program.instruments.size() << "):\n";
  for (const auto& entry : out["instruments"]) {
    std::cout << "  " << entry["id"].get<std::string>() << "  " << entry["title"].get<std::string>()
              << "  in force " << entry["in_force"].get<std::string>();
    if (entry.contains("repealed")) {
      std::cout << ", repealed " << entry["repealed"].get<std::string>();
    }
    std::cout << "  " << entry["rules"].get<std::size_t>() << " rules\n";
  }
  std::cout << program.rules.size() << " rules, " << program.tests.size() << " tests\n";
  return 0;
}

const CommandRegistration registration{
    35, [](CLI::App& app) -> std::function<int()> {
      auto args = std::make_shared<RulesInfoArgs>();
      auto* sub = app.add_subcommand(
          "rules-info", "which rules `lint`, `test`, `assess` and `face` would load, and their digests");
      sub->footer(
          "Every command that reads rules takes the same ones: the PATHs or --rules DIR given, else\n"
          "$FACEPIA_RULES, else `rules` in the current directory when it is a folder, else the bundled\n"
          "rules. The rules digest is the one recorded in every assessment id. Exit status: 0, or 2 when\n"
          "the rules do not load.");
      sub->add_option("--rules", args->rules, "the rules folder to describe instead of the default");
      sub->add_option("--format", args->format, "text (default) or json")
          ->check(CLI::IsMember({"text", "json"}));
      return [args] { return run_rules_info(*args); };
    }};

} // namespace
} // namespace facepia::cli
