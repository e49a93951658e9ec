// facepia_bench_gate: the gate's cost at startup (target under 30 ms): gate::ask alone, and Runtime::start
// with the real gate (policy, store opening, audit chain check, purge; models not hashed). Usage:
// facepia_bench_gate DEPLOYMENT.yaml [RULES_DIR]
#include "facepia/recognition/runtime.hpp"
#ifdef FACEPIA_BENCH_ASSESSORS
#include "facepia/assessors/assessors.hpp"
#include "facepia/engine/assessor.hpp"
#endif

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <unistd.h>

using namespace facepia;
using namespace facepia::recognition;
using Clock = std::chrono::steady_clock;

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: facepia_bench_gate DEPLOYMENT.yaml [RULES_DIR]\n";
    return 2;
  }
#ifdef FACEPIA_BENCH_ASSESSORS
  // As the facepia program does: the gate sees the same assessors as `facepia assess`.
  assessors::register_defaults(engine::AssessorRegistry::global());
#endif
  const auto dir =
      std::filesystem::temp_directory_path() / ("facepia-bench-gate-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  gate::Request request;
  request.deployment = argv[1];
  if (argc > 2) {
    request.rules_dir = argv[2];
  }
  request.database = dir / "assessments.db";
  // Record the assessment once, as `facepia assess` does.
  {
    gate::Request record = request;
    record.record = true;
    record.require_stored_assessment = false;
    const auto a = gate::ask(record);
    std::printf("verdict %s, %zu conditions, %zu blocking, %zu errors\n",
                std::string(gate::to_string(a.verdict)).c_str(), a.conditions.size(), a.blocking.size(),
                a.errors.size());
    for (const auto& e : a.errors) {
      std::printf("  error: %s\n", e.c_str());
    }
  }
  auto run = [&](const char* label, auto&& f) {
    std::vector<double> t;
    for (int i = 0; i < 30; ++i) {
      const auto t0 = Clock::now();
      f();
      t.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    }
    std::sort(t.begin(), t.end());
    std::printf("%-58s median %8.3f ms  min %8.3f  max %8.3f\n", label, t[t.size() / 2], t.front(), t.back());
  };
  run("gate::ask (rules + deployment + assessment + store check)", [&] { (void)gate::ask(request); });
  RuntimeOptions options;
  options.gate = request;
  options.store = dir / "faces.db";
  options.key = TemplateKey::generate();
  options.check_models = false;
  run("Runtime::start with the gate (models not hashed)", [&] {
    try {
      (void)Runtime::start(options);
    } catch (const Refused&) {
    }
  });
  run("check_models (sha256 of both model files)", [&] { (void)check_models(); });
  std::filesystem::remove_all(dir);
  return 0;
}
