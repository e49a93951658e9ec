// `facepia assess` over many files into one output file: the files are loaded, checked, assessed and rendered
// by a small pool of workers, a chunk of files at a time, and written in input order, so that a batch of a
// million deployments runs in bounded memory on every core and writes the same bytes as one at a time.
#pragma once

#include "facepia/engine/engine.hpp"

#include <filesystem>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace facepia::cli {

struct StreamedAssess {
  const engine::Engine& engine;
  const engine::AssessOptions& options;
  // The text of one assessment (JSON or text), as the one-at-a-time path writes it.
  std::function<std::string(const engine::Assessment&)> render;
  bool json = false;
  bool progress = false;
  bool color = false;
};

// What happened: nullopt when the inputs are not for streaming (a directory without deployments: the caller's
// own path says so); else the exit status. On bad input (exit 2) the diagnostics are printed exactly as
// engine::load_deployments renders them and nothing is written to `out` that the caller should commit.
struct StreamResult {
  int exit_code = 0;
  std::size_t assessed = 0;
};
std::optional<StreamResult> assess_streaming(const StreamedAssess& job,
                                             const std::vector<std::filesystem::path>& paths,
                                             std::ostream& out);

} // namespace facepia::cli
