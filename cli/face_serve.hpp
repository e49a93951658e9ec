// `facepia face serve`: the runtime as a local HTTP service for an integrator. The gate is asked and the
// models checked and loaded once, at start; each request then runs one operation on the same runtime, with
// the same refusals as the command line. See recognition/README.md for the protocol.
#pragma once

#include "facepia/recognition/runtime.hpp"

#include <cstddef>
#include <filesystem>
#include <string>

namespace facepia::cli {

struct ServeOptions {
  std::string host = "127.0.0.1"; // loopback unless allow_remote
  int port = 8750;
  bool allow_remote = false;
  std::filesystem::path token_file; // else $FACEPIA_SERVE_TOKEN
  std::size_t max_request_bytes = 16U << 20U;
  int threads = 4;
};

// Serves until SIGINT or SIGTERM; returns the exit code (2: bad options, a token or address refused).
int serve(recognition::Runtime& runtime, const ServeOptions& options);

} // namespace facepia::cli
