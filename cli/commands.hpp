// Each subcommand lives in its own file and registers itself here, so that stages add commands without
// touching main.cpp.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>

namespace facepia::cli {

// Adds one subcommand to `app`; the returned function runs it and returns the process exit code.
using CommandFactory = std::function<std::function<int()>(CLI::App& app)>;

struct CommandRegistration {
  // `order` fixes the place of the command in `facepia --help`.
  CommandRegistration(int order, CommandFactory factory);
};

// The program and engine version, for --version.
const char* version_string();

} // namespace facepia::cli
