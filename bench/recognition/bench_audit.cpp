// facepia_bench_audit: checking the audit log of a store with N entries (default 200,000): the full walk of
// the chain against the incremental check from the checkpoint (what every start of the runtime does), medians
// of 7 runs. Usage: facepia_bench_audit [ENTRIES]
#include "facepia/recognition/store.hpp"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <string>
#include <unistd.h>
#include <vector>

using namespace facepia::recognition;
using Clock = std::chrono::steady_clock;

namespace {

template <typename F> double median_ms(F&& run) {
  std::vector<double> times;
  for (int i = 0; i < 7; ++i) {
    const auto start = Clock::now();
    run();
    times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  std::sort(times.begin(), times.end());
  return times[3];
}

} // namespace

int main(int argc, char** argv) {
  const long entries = argc > 1 ? std::strtol(argv[1], nullptr, 10) : 200000;
  const auto dir =
      std::filesystem::temp_directory_path() / ("facepia-bench-audit-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const auto key = TemplateKey::generate();
  {
    Store store(dir / "faces.db", key, StoreOptions{"bench deployment", std::nullopt});
    store.transaction([&] {
      for (long i = 0; i < entries; ++i) {
        AuditEntry e;
        e.at = "2026-12-02T06:00:00Z";
        e.operation = "verify";
        e.subject = std::string(64, 'a');
        e.purpose = "access_control";
        e.result = i % 3 == 0 ? "no_match" : "match";
        e.detail = "distance 0.4213";
        e.assessment_id = std::string(64, 'b');
        store.append_audit(e);
      }
    });
  }
  Store store(dir / "faces.db", key, StoreOptions{"bench deployment", std::nullopt});
  bool ok = true;
  std::size_t walked_full = 0, walked_since = 0;
  const double full = median_ms([&] {
    const auto c = store.verify_audit_chain(AuditScope::full);
    ok = ok && c.ok;
    walked_full = c.walked;
  });
  const double since = median_ms([&] {
    const auto c = store.verify_audit_chain(AuditScope::since_checkpoint);
    ok = ok && c.ok;
    walked_since = c.walked;
  });
  const double open_and_check = median_ms([&] {
    Store s(dir / "faces.db", key, StoreOptions{"bench deployment", std::nullopt});
    ok = ok && s.verify_audit_chain(AuditScope::since_checkpoint).ok;
  });
  std::filesystem::remove_all(dir);
  std::cout << "audit log of " << entries << " entries\n"
            << "full check (every MAC): median " << full << " ms, " << walked_full << " entries walked\n"
            << "incremental check from the checkpoint: median " << since << " ms, " << walked_since
            << " entries walked\n"
            << "open the store + incremental check: median " << open_and_check << " ms\n";
  return ok ? 0 : 1;
}
