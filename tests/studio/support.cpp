#include "support.hpp"

#include "facepia/assessors/assessors.hpp"
#include "facepia/dsl/dsl.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>

namespace facepia::studio_test {

const std::filesystem::path& source_dir() {
  static const std::filesystem::path dir{FACEPIA_SOURCE_DIR};
  return dir;
}

const engine::Engine& bundled_engine() {
  static const engine::Engine engine = [] {
    auto load = dsl::load({source_dir() / "rules"});
    if (!load.ok()) {
      throw std::runtime_error(dsl::render_all(load.diagnostics, load.program.sources, false));
    }
    return engine::Engine(std::move(load.program), assessors::standard());
  }();
  return engine;
}

engine::AssessOptions assess_options() {
  engine::AssessOptions options;
  options.explain = false;
  return options;
}

std::vector<std::string> example_files() {
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(source_dir() / "examples/deployments")) {
    if (entry.path().extension() == ".yaml") {
      files.push_back(entry.path().filename().string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

engine::Deployment load_example(const std::string& file) {
  auto load =
      engine::load_deployments({source_dir() / "examples/deployments" / file}, bundled_engine().vocabulary());
  if (!load.ok() || load.deployments.size() != 1) {
    throw std::runtime_error("cannot load " + file);
  }
  return std::move(load.deployments.front());
}

engine::Deployment load_text(const std::string& yaml) {
  auto load = engine::load_deployment_text("test.yaml", yaml, bundled_engine().vocabulary());
  if (!load.ok() || load.deployments.size() != 1) {
    throw std::runtime_error("cannot load the test deployment:\n" +
                             dsl::render_all(load.diagnostics, load.sources));
  }
  return std::move(load.deployments.front());
}

Run run(const std::string& command) {
  Run result;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) {
    return result;
  }
  std::array<char, 4096> buffer{};
  std::size_t n = 0;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) {
    result.out.append(buffer.data(), n);
  }
  const int status = ::pclose(pipe);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

} // namespace facepia::studio_test
