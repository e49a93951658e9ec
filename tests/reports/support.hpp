// Test support for the DPIA report: the bundled rules, the default assessors, the seed deployments assessed
// on a fixed day, and rendering with a fixed "generated at".
#pragma once

#include "facepia/engine/deployment.hpp"
#include "facepia/engine/engine.hpp"
#include "facepia/reports/report.hpp"

#include <filesystem>
#include <string>

namespace facepia::test {

std::filesystem::path source_dir();
std::filesystem::path examples_dir();

// The bundled rules, loaded once, with the standard assessors.
const engine::Engine& bundled_engine();

// The deployment in examples/deployments/<file>, assessed with the default assessors on `as_of` (YYYY-MM-DD).
engine::Assessment assess_example(const std::string& file, const std::string& as_of);
// The deployment in examples/deployments/<file>.
engine::Deployment load_example(const std::string& file);

// The same for the deployment in tests/reports/deployments/<file>.
engine::Assessment assess_test_deployment(const std::string& file, const std::string& as_of);

// The fixed options of the golden files: generated 2026-11-26T08:00:00Z, rules version "bundled".
reports::ReportOptions fixed_options(reports::Lang lang = reports::Lang::en);

// The report with the assessment id (a hash of the rules, which change) replaced by <assessment-id>.
std::string render_stable(const engine::Assessment& assessment, reports::Format format,
                          reports::Lang lang = reports::Lang::en);

std::string read_file(const std::filesystem::path& path);
void write_file(const std::filesystem::path& path, const std::string& text);

// Runs a shell command; returns its exit status and standard output.
struct Run {
  int status = -1;
  std::string out;
};
Run run(const std::string& command);

} // namespace facepia::test
