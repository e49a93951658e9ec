#include "support.hpp"

#include "facepia/assessors/assessors.hpp"
#include "facepia/dsl/dsl.hpp"
#include "facepia/engine/assessor.hpp"
#include "facepia/engine/deployment.hpp"

#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>

namespace facepia::test {

std::filesystem::path source_dir() {
  return FACEPIA_SOURCE_DIR;
}

std::filesystem::path examples_dir() {
  return source_dir() / "examples" / "deployments";
}

const engine::Engine& bundled_engine() {
  static const engine::Engine engine = [] {
    auto load = dsl::load({source_dir() / "rules"});
    if (!load.ok()) {
      load.diagnostics.sort();
      throw std::runtime_error("the bundled rules do not load:\n" +
                               dsl::render_all(load.diagnostics, load.program.sources, false));
    }
    return engine::Engine(std::move(load.program), assessors::standard());
  }();
  return engine;
}

engine::Deployment load_example(const std::string& file) {
  auto load = engine::load_deployments({examples_dir() / file}, bundled_engine().vocabulary());
  if (!load.ok() || load.deployments.size() != 1) {
    throw std::runtime_error("cannot load " + file + ":\n" +
                             dsl::render_all(load.diagnostics, load.sources, false));
  }
  return std::move(load.deployments.front());
}

namespace {
engine::Assessment assess_path(const std::filesystem::path& path, const std::string& as_of) {
  const auto& engine = bundled_engine();
  auto load = engine::load_deployments({path}, engine.vocabulary());
  if (!load.ok() || load.deployments.size() != 1) {
    throw std::runtime_error("cannot load " + path.string() + ":\n" +
                             dsl::render_all(load.diagnostics, load.sources, false));
  }
  engine::AssessOptions options;
  options.as_of = dsl::Date::parse(as_of);
  return engine.assess(load.deployments.front(), options);
}
} // namespace

engine::Assessment assess_example(const std::string& file, const std::string& as_of) {
  auto assessment = assess_path(examples_dir() / file, as_of);
  // The file as the CLI would name it from the source tree: independent of where the tests are built.
  assessment.deployment_file = "examples/deployments/" + file;
  return assessment;
}

engine::Assessment assess_test_deployment(const std::string& file, const std::string& as_of) {
  auto assessment = assess_path(source_dir() / "tests" / "reports" / "deployments" / file, as_of);
  assessment.deployment_file = "tests/reports/deployments/" + file;
  return assessment;
}

reports::ReportOptions fixed_options(reports::Lang lang) {
  reports::ReportOptions o;
  o.lang = lang;
  o.generated_at = "2026-11-26T08:00:00Z";
  o.rules_version = "bundled";
  return o;
}

std::string render_stable(const engine::Assessment& assessment, reports::Format format, reports::Lang lang) {
  std::string out = reports::render(assessment, bundled_engine().program(), format, fixed_options(lang));
  for (auto at = out.find(assessment.id); at != std::string::npos; at = out.find(assessment.id, at)) {
    out.replace(at, assessment.id.size(), "<assessment-id>");
  }
  return out;
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

void write_file(const std::filesystem::path& path, const std::string& text) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
}

Run run(const std::string& command) {
  Run r;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) {
    return r;
  }
  char buf[4096];
  std::size_t n = 0;
  while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0) {
    r.out.append(buf, n);
  }
  const int status = ::pclose(pipe);
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

} // namespace facepia::test
