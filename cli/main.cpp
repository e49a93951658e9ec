// facepia: lint, format and test rule files; assess deployments; run the gated face recognition runtime.
#include "commands.hpp"
#include "facepia/assessors/assessors.hpp"
#include "facepia/engine/assessor.hpp"

#include <algorithm>
#include <iostream>
#include <map>
#include <vector>

namespace facepia::cli {
namespace {
std::multimap<int, CommandFactory>& registry() {
  static std::multimap<int, CommandFactory> commands;
  return commands;
}
} // namespace

CommandRegistration::CommandRegistration(int order, CommandFactory factory) {
  registry().emplace(order, std::move(factory));
}

const char* version_string() {
  return "facepia " FACEPIA_VERSION;
}

} // namespace facepia::cli

int main(int argc, char** argv) {
  using namespace facepia::cli;
  // The legal weighings (power imbalance, consent validity, necessity, screening, risks) that rules read as
  // `assess.*`: every command that assesses, including the face runtime's gate, sees the same ones.
  facepia::assessors::register_defaults(facepia::engine::AssessorRegistry::global());
  CLI::App app{"facepia: privacy impact assessment and rules engine for facial recognition", "facepia"};
  app.set_version_flag("--version", version_string());
  app.require_subcommand(1);

  std::vector<std::pair<CLI::App*, std::function<int()>>> runners;
  for (auto& [order, factory] : registry()) {
    const auto before = app.get_subcommands({});
    auto run = factory(app);
    const auto after = app.get_subcommands({});
    for (auto* sub : after) {
      if (std::find(before.begin(), before.end(), sub) == before.end()) {
        sub->set_version_flag("--version", version_string());
        runners.emplace_back(sub, run);
      }
    }
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // Usage errors exit 2, as bad input does: nothing was assessed.
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  for (auto& [sub, run] : runners) {
    if (sub->parsed()) {
      try {
        return run();
      } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << "\n";
        return 2;
      }
    }
  }
  return 2;
}
