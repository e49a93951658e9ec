// facepia: lint, format and test rule files; assess deployments; run the gated face recognition runtime.
#include "commands.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <map>
#include <string_view>
#include <unistd.h>
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

#ifdef FACEPIA_FACE_HANDOVER
namespace {
// `facepia face ...` runs in facepia-face, beside this program (see cli/CMakeLists.txt): replace this process
// with it, the arguments unchanged. Returns only when it cannot be started.
int hand_over_to_face_runtime(char** argv) {
  std::error_code error;
  auto self = std::filesystem::read_symlink("/proc/self/exe", error);
  const auto runtime = (error ? std::filesystem::path(argv[0]) : self).parent_path() / FACEPIA_FACE_HANDOVER;
  execv(runtime.c_str(), argv);
  std::cerr << "error: cannot start the face recognition runtime `" << runtime.string()
            << "`: " << std::strerror(errno) << "\nhelp: build it with `scripts/build --target facepia`\n";
  return 2;
}
} // namespace
#endif

} // namespace facepia::cli

int main(int argc, char** argv) {
  using namespace facepia::cli;
#ifdef FACEPIA_FACE_HANDOVER
  if (argc > 1 && std::string_view(argv[1]) == "face") {
    return hand_over_to_face_runtime(argv);
  }
#endif
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

#ifdef FACEPIA_FACE_HANDOVER
  // Listed in `facepia --help`; never parsed here, since `facepia face` was handed over above.
  app.add_subcommand("face",
                     "the bundled face recognition runtime, gated by the engine (facepia face --help)");
#endif

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
