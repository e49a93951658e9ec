// Shared by the studio's tests: the bundled rules' engine, the assessors, the example deployments, and
// running the facepia program.
#pragma once

#include "facepia/engine/deployment.hpp"
#include "facepia/engine/engine.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace facepia::studio_test {

const std::filesystem::path& source_dir();
const engine::Engine& bundled_engine();
engine::AssessOptions assess_options();
std::vector<std::string> example_files(); // the example deployments' file names, sorted
engine::Deployment load_example(const std::string& file);
engine::Deployment load_text(const std::string& yaml);

struct Run {
  int status = -1;
  std::string out;
};
// Runs a shell command; its standard output and exit status.
Run run(const std::string& command);
std::string read_file(const std::filesystem::path& path);

} // namespace facepia::studio_test
