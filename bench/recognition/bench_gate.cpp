// facepia_bench_gate: the gate's cost at startup (target under 30 ms): gate::ask alone, with a signed
// assessment instead of the store, and Runtime::start with the real gate (policy, store opening, audit chain
// and checkpoint check, purge; models not hashed); then one audit entry with its checkpoint rewritten. Usage:
// facepia_bench_gate DEPLOYMENT.yaml [RULES_DIR]
#include "facepia/assessors/assessors.hpp"
#include "facepia/dsl/dsl.hpp"
#include "facepia/engine/deployment.hpp"
#include "facepia/engine/signature.hpp"
#include "facepia/gate/gate.hpp"
#include "facepia/recognition/runtime.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
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
  {
    auto rt = Runtime::start(options);
    AuditEntry e;
    e.operation = "verify";
    e.subject = "s";
    e.purpose = "p";
    e.result = "match";
    run("one audit entry, its checkpoint rewritten (fsync)", [&] {
      e.at = "2026-12-02T00:00:00Z";
      (void)rt.store().append_audit(e);
    });
  }
  // A signed assessment in place of the store: sign it as `facepia assess --sign` does.
  {
    auto rules = dsl::load({request.rules_dir.empty() ? gate::default_rules_dir() : request.rules_dir});
    const engine::Engine engine(std::move(rules.program), assessors::standard());
    auto load = engine::load_deployments({request.deployment}, engine.vocabulary());
    const auto assessment = engine.assess(load.deployments.front());
    const auto keys = engine::signing::generate_key_pair();
    std::ofstream(dir / "sign.key.pub") << keys.public_hex << "\n";
    std::ofstream(dir / "signed.sig")
        << engine::signing::sign(engine::signing::statement_of(assessment, engine, 1, 0), keys.secret_hex);
    gate::Request signed_request = request;
    signed_request.verify_key = dir / "sign.key.pub";
    signed_request.signature = dir / "signed.sig";
    const auto a = gate::ask(signed_request);
    std::printf("signed: verdict %s, %zu errors\n", std::string(gate::to_string(a.verdict)).c_str(),
                a.errors.size());
    run("gate::ask with a signed assessment (no store)", [&] { (void)gate::ask(signed_request); });
  }
  run("check_models (sha256 of both model files)", [&] { (void)check_models(); });
  std::filesystem::remove_all(dir);
  return 0;
}
