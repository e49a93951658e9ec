// Each subcommand lives in its own file (*_command.cpp) and registers itself here; main.cpp builds the
// command line from them and runs the one asked for.
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
