// facepia studio: the assessment as a local web questionnaire (studio/), served until interrupted.
#include "commands.hpp"
#include "facepia/gate/gate.hpp"
#include "facepia/studio/studio.hpp"

#include <filesystem>
#include <iostream>
#include <memory>

namespace facepia::cli {
namespace {

struct StudioArgs {
  int port = 0;
  std::string host = "127.0.0.1";
  std::string db;
  std::string rules;
};

int run_studio(const StudioArgs& args) {
  studio::StudioOptions options;
  options.host = args.host;
  options.port = args.port;
  options.rules = args.rules.empty() ? gate::default_rules_dir() : std::filesystem::path(args.rules);
  options.database = args.db.empty() ? gate::default_database() : std::filesystem::path(args.db);
  options.working_dir = std::filesystem::current_path();
  std::unique_ptr<studio::Studio> server;
  try {
    server = std::make_unique<studio::Studio>(options);
  } catch (const std::exception& e) {
    std::cerr << e.what() << "\n";
    return 2;
  }
  if (!server->bind()) {
    std::cerr << "error: cannot listen on " << args.host << ":" << args.port
              << " (in use, or not an address of this machine)\n";
    return 2;
  }
  std::cout << "facepia studio: open " << server->url() << "\n"
            << "  rules " << options.rules.string() << ", store " << options.database.string()
            << ", working folder " << options.working_dir.string() << "\n"
            << "  the address holds this session's token: share it with no one; Ctrl-C stops the studio"
            << std::endl;
  server->serve();
  return 0;
}

const CommandRegistration registration{
    45, [](CLI::App& app) -> std::function<int()> {
      auto args = std::make_shared<StudioArgs>();
      auto* sub = app.add_subcommand("studio", "the assessment as a local web questionnaire, asking only the "
                                               "questions that decide");
      sub->footer(
          "Serves on 127.0.0.1 (a free port unless --port) and prints the address to open, with this\n"
          "session's token. Deployments are opened from and saved to the current directory; the "
          "store\n"
          "is --db, else $FACEPIA_DB, else facepia.db in the current directory.");
      sub->add_option("--port", args->port, "the port to listen on (default: any free port)")
          ->check(CLI::Range(0, 65535));
      sub->add_option(
          "--bind", args->host,
          "the address to listen on (default 127.0.0.1; another exposes the studio to the network)");
      sub->add_option("--db", args->db, "the assessment store (default: $FACEPIA_DB, else ./facepia.db)");
      sub->add_option("--rules", args->rules, "the rules directory (default: $FACEPIA_RULES, else rules/)");
      return [args] { return run_studio(*args); };
    }};

} // namespace
} // namespace facepia::cli
