// facepia_bench_engine: assess generated deployments against the bundled rule packs (targets: after loading,
// at least 20,000 assessments per second on one core, under 50 us each; peak memory for 10,000 under 100 MB).
// The deployments are YAML generated from the vocabulary the rules declare: each fact stated with a
// probability of 80 % and a random value of its type (so that the findings vary: breach, compliant,
// undetermined, ...).
//
//   facepia_bench_engine [--rules DIR] [--count N] [google-benchmark flags]
//   facepia_bench_engine --peak-memory [--rules DIR] [--count N]   load N deployments, assess them all,
//   keeping
//                                                                 every assessment; print peak RSS
//                                                                 (getrusage)
//   facepia_bench_engine --profile ROUNDS [--no-assessors]        load, then only assess (for perf record -D)
//   facepia_bench_engine --cold D.yaml [--rules DIR]              `facepia assess --format json` without the
//   CLI facepia_bench_engine --write DIR [--count N]                  write the generated deployments as YAML
//   files
#include "facepia/assessors/assessors.hpp"
#include "facepia/dsl/dsl.hpp"
#include "facepia/engine/deployment.hpp"
#include "facepia/engine/engine.hpp"
#include "facepia/engine/output.hpp"

#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <malloc.h>
#if defined(FACEPIA_TCMALLOC_LINKED)
#include <gperftools/malloc_extension_c.h>
#endif
#include <map>
#include <memory>
#include <random>
#include <string>
#include <string_view>
#include <sys/resource.h>
#include <vector>

namespace {

using namespace facepia;
using Clock = std::chrono::steady_clock;

#ifndef FACEPIA_SOURCE_DIR
#define FACEPIA_SOURCE_DIR "."
#endif

std::string rules_dir = std::string(FACEPIA_SOURCE_DIR) + "/rules";
std::size_t count = 10000;
const dsl::Date as_of = *dsl::Date::parse("2024-06-01");

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

long max_rss_kb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

// The bundled rules with the standard assessors, as `facepia assess` runs them, or without any.
std::unique_ptr<engine::Engine> load_engine(bool with_assessors = true) {
  const auto start = Clock::now();
  auto rules = dsl::load({rules_dir});
  if (!rules.ok()) {
    rules.diagnostics.sort();
    std::cerr << dsl::render_all(rules.diagnostics, rules.program.sources);
    std::exit(2);
  }
  auto e = std::make_unique<engine::Engine>(std::move(rules.program),
                                            with_assessors ? assessors::standard() : engine::Assessors{});
  std::fprintf(stderr, "rules: %zu rules, %zu facts, %zu assessors, loaded in %.1f ms\n",
               e->program().rules.size(), e->vocabulary().size(), e->assessors().list().size(),
               ms_since(start));
  return e;
}

// One deployment as YAML, nested by the first segment of each fact path (`consent:` then `explicit: true`).
std::string generate(const engine::Vocabulary& vocabulary, std::size_t n, std::mt19937& rng) {
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  std::map<std::string, std::vector<std::string>> groups; // first segment -> "rest: value" lines
  std::vector<std::string> top;
  for (const dsl::FactDecl& fact : vocabulary.facts()) {
    if (fact.derived || unit(rng) > 0.8) {
      continue;
    }
    std::string value;
    switch (fact.type.kind) {
    case dsl::TypeKind::boolean:
      value = unit(rng) < 0.5 ? "true" : "false";
      break;
    case dsl::TypeKind::number:
      value = std::to_string(static_cast<int>(unit(rng) * 400.0));
      break;
    case dsl::TypeKind::date:
      value = dsl::Date{17000 + static_cast<std::int32_t>(unit(rng) * 3000.0)}.iso();
      break;
    case dsl::TypeKind::text:
      value = "\"Generated controller " + std::to_string(n) + "\"";
      break;
    case dsl::TypeKind::enumeration:
    case dsl::TypeKind::set_of_enum: {
      const dsl::EnumDecl* decl = vocabulary.find_enum(fact.type.enum_name);
      if (decl == nullptr || decl->values.empty()) {
        continue;
      }
      if (fact.type.kind == dsl::TypeKind::enumeration) {
        value = decl->values[static_cast<std::size_t>(unit(rng) * 0.999 *
                                                      static_cast<double>(decl->values.size()))];
      } else {
        value = "[";
        for (const std::string& v : decl->values) {
          if (unit(rng) < 0.3) {
            value += (value.size() > 1 ? ", " : "") + v;
          }
        }
        value += "]";
      }
      break;
    }
    }
    const auto dot = fact.path.find('.');
    if (dot == std::string::npos) {
      top.push_back(fact.path + ": " + value);
    } else {
      groups[fact.path.substr(0, dot)].push_back(fact.path.substr(dot + 1) + ": " + value);
    }
  }
  std::string yaml =
      "# generated by facepia_bench_engine\nname: generated deployment " + std::to_string(n) + "\n";
  for (const std::string& line : top) {
    yaml += line + "\n";
  }
  for (const auto& [group, lines] : groups) {
    yaml += group + ":\n";
    for (const std::string& line : lines) {
      yaml += "  " + line + "\n";
    }
  }
  return yaml;
}

std::vector<std::string> generate_all(const engine::Vocabulary& vocabulary) {
  std::mt19937 rng(20261126);
  std::vector<std::string> texts;
  texts.reserve(count);
  for (std::size_t n = 0; n < count; ++n) {
    texts.push_back(generate(vocabulary, n, rng));
  }
  return texts;
}

std::vector<engine::Deployment> load_all(const std::vector<std::string>& texts,
                                         const engine::Vocabulary& vocabulary) {
  std::vector<engine::Deployment> deployments;
  deployments.reserve(texts.size());
  for (std::size_t n = 0; n < texts.size(); ++n) {
    auto load =
        engine::load_deployment_text("generated-" + std::to_string(n) + ".yaml", texts[n], vocabulary);
    if (!load.ok()) {
      load.diagnostics.sort();
      std::cerr << dsl::render_all(load.diagnostics, load.sources);
      std::exit(2);
    }
    for (auto& d : load.deployments) {
      deployments.push_back(std::move(d));
    }
  }
  return deployments;
}

struct Fixture {
  std::unique_ptr<engine::Engine> engine;
  std::vector<engine::Deployment> deployments;
};

Fixture make_fixture(bool with_assessors) {
  Fixture made;
  made.engine = load_engine(with_assessors);
  const auto texts = generate_all(made.engine->vocabulary());
  const auto start = Clock::now();
  made.deployments = load_all(texts, made.engine->vocabulary());
  std::fprintf(stderr, "deployments: %zu generated, loaded (YAML, checked) in %.1f ms\n",
               made.deployments.size(), ms_since(start));
  std::map<dsl::Decision, std::size_t> decisions;
  for (const auto& d : made.deployments) {
    engine::AssessOptions options;
    options.as_of = as_of;
    ++decisions[made.engine->assess(d, options).decision];
  }
  std::fprintf(stderr, "decisions: %zu allow, %zu conditional, %zu deny\n", decisions[dsl::Decision::allow],
               decisions[dsl::Decision::conditional], decisions[dsl::Decision::deny]);
  return made;
}

Fixture& fixture() {
  static Fixture f = make_fixture(true);
  return f;
}

// The same deployments, loaded against an engine without assessors: the engine's own share.
Fixture& fixture_without_assessors() {
  static Fixture f = make_fixture(false);
  return f;
}

// One iteration assesses every deployment once; the rate is per assessment.
void assess_all(benchmark::State& state, bool explain, bool with_assessors = true) {
  Fixture& f = with_assessors ? fixture() : fixture_without_assessors();
  engine::AssessOptions options;
  options.as_of = as_of;
  options.explain = explain;
  for (auto _ : state) {
    for (const engine::Deployment& d : f.deployments) {
      auto assessment = f.engine->assess(d, options);
      benchmark::DoNotOptimize(assessment.decision);
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(f.deployments.size()));
  state.counters["us_per_assessment"] = benchmark::Counter(
      static_cast<double>(state.iterations()) * static_cast<double>(f.deployments.size()),
      benchmark::Counter::kIsRate | benchmark::Counter::kInvert, benchmark::Counter::OneK::kIs1000);
}

void BM_assess_explained(benchmark::State& state) {
  assess_all(state, true);
}
void BM_assess_unexplained(benchmark::State& state) {
  assess_all(state, false);
}
// The engine's own share: the rules without the assessors (derived facts stay unknown).
void BM_assess_unexplained_no_assessors(benchmark::State& state) {
  assess_all(state, false, false);
}
void BM_load_deployments(benchmark::State& state) {
  Fixture& f = fixture();
  const auto texts = generate_all(f.engine->vocabulary());
  for (auto _ : state) {
    auto deployments = load_all(texts, f.engine->vocabulary());
    benchmark::DoNotOptimize(deployments.data());
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(texts.size()));
}
void BM_load_rules(benchmark::State& state) {
  for (auto _ : state) {
    auto rules = dsl::load({rules_dir});
    engine::Engine e(std::move(rules.program), assessors::standard());
    benchmark::DoNotOptimize(&e);
  }
}
BENCHMARK(BM_assess_explained)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_assess_unexplained)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_assess_unexplained_no_assessors)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_load_deployments)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
BENCHMARK(BM_load_rules)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);

// Bytes the allocator has handed out and not yet been given back: what the data holds, without the
// high-water mark's transient peaks and the allocator's free lists.
double heap_mb() {
#if defined(FACEPIA_TCMALLOC_LINKED)
  std::size_t bytes = 0;
  MallocExtension_GetNumericProperty("generic.current_allocated_bytes", &bytes);
  return static_cast<double>(bytes) / (1024.0 * 1024.0);
#else
  return static_cast<double>(mallinfo2().uordblks) / (1024.0 * 1024.0);
#endif
}

double rss_mb() {
  return static_cast<double>(max_rss_kb()) / 1024.0;
}

// Peak RSS (a high-water mark) after each stage: the rules, the 10,000 deployments loaded, every one assessed
// and dropped (a streaming batch), all assessments kept without explanations, then with them.
int peak_memory() {
  const double start = rss_mb();
  auto e = load_engine();
  const double loaded = rss_mb();
  const double rules_heap = heap_mb();
  // Generated and loaded one at a time, as a batch reads its files: the figure is what the deployments hold.
  std::vector<engine::Deployment> deployments;
  {
    std::mt19937 rng(20261126);
    deployments.reserve(count);
    for (std::size_t n = 0; n < count; ++n) {
      auto one = load_all({generate(e->vocabulary(), n, rng)}, e->vocabulary());
      deployments.push_back(std::move(one.front()));
    }
  }
  const double with_deployments = rss_mb();
  std::printf("heap in use with the %zu deployments held: %.1f MB (%.1f KB each, after the rules' %.1f MB)\n",
              deployments.size(), heap_mb(),
              (heap_mb() - rules_heap) * 1024.0 / static_cast<double>(deployments.size()), rules_heap);
  engine::AssessOptions options;
  options.as_of = as_of;
  for (const auto& d : deployments) {
    auto a = e->assess(d, options);
    benchmark::DoNotOptimize(a.decision);
  }
  const double streamed = rss_mb();
  std::vector<engine::Assessment> assessments;
  assessments.reserve(deployments.size());
  options.explain = false;
  for (const auto& d : deployments) {
    assessments.push_back(e->assess(d, options));
  }
  const double kept_unexplained = rss_mb();
  assessments.clear();
  options.explain = true;
  for (const auto& d : deployments) {
    assessments.push_back(e->assess(d, options));
  }
  const double kept_explained = rss_mb();
  std::printf(
      "peak RSS (MB) for %zu deployments: start %.1f, rules loaded %.1f, deployments loaded %.1f, "
      "assessed one by one (explained, dropped) %.1f, all kept unexplained %.1f, all kept explained %.1f\n",
      deployments.size(), start, loaded, with_deployments, streamed, kept_unexplained, kept_explained);
  return 0;
}

// What `facepia assess --no-record --format json D.yaml` does, in a program that links the engine and the
// assessors only (not OpenCV, dlib, Graphviz): the share of a cold run that is facepia's own work.
int cold(const char* path) {
  auto rules = dsl::load({rules_dir});
  const engine::Engine e(std::move(rules.program), assessors::standard());
  auto load = engine::load_deployments({path}, e.vocabulary());
  if (!load.ok()) {
    return 2;
  }
  for (const auto& d : load.deployments) {
    std::fputs(engine::to_json(e.assess(d)).dump(2).c_str(), stdout);
  }
  return 0;
}

// For perf: the 10,000 loaded, then assessed `rounds` times without explanations and nothing else, so that a
// profile of this run is a profile of the gate's mode (`perf record -D` past the loading).
int profile(int rounds, bool with_assessors) {
  auto e = load_engine(with_assessors);
  const auto deployments = load_all(generate_all(e->vocabulary()), e->vocabulary());
  engine::AssessOptions options;
  options.as_of = as_of;
  options.explain = false;
  std::vector<double> per_round;
  for (int round = 0; round < rounds; ++round) {
    const auto start = Clock::now();
    for (const auto& d : deployments) {
      auto a = e->assess(d, options);
      benchmark::DoNotOptimize(a.decision);
    }
    per_round.push_back(ms_since(start) * 1000.0 / static_cast<double>(deployments.size()));
  }
  std::sort(per_round.begin(), per_round.end());
  std::printf("us per assessment (wall) over %d rounds: min %.1f, median %.1f\n", rounds, per_round.front(),
              per_round[per_round.size() / 2]);
  return 0;
}

int write(const char* dir) {
  auto e = load_engine();
  std::filesystem::create_directories(dir);
  // One at a time, as generate_all would make them: a million files need not be held at once.
  std::mt19937 rng(20261126);
  for (std::size_t n = 0; n < count; ++n) {
    std::ofstream(std::filesystem::path(dir) / ("generated-" + std::to_string(n) + ".yaml"))
        << generate(e->vocabulary(), n, rng);
  }
  std::printf("wrote %zu deployments to %s\n", count, dir);
  return 0;
}

} // namespace

int main(int argc, char** argv) {
  std::vector<char*> rest{argv[0]};
  bool peak = false;
  const char* write_dir = nullptr;
  const char* cold_path = nullptr;
  int profile_rounds = 0;
  bool profile_assessors = true;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--rules" && i + 1 < argc) {
      rules_dir = argv[++i];
    } else if (arg == "--count" && i + 1 < argc) {
      count = static_cast<std::size_t>(std::atol(argv[++i]));
    } else if (arg == "--peak-memory") {
      peak = true;
    } else if (arg == "--profile" && i + 1 < argc) {
      profile_rounds = std::atoi(argv[++i]);
    } else if (arg == "--no-assessors") {
      profile_assessors = false;
    } else if (arg == "--cold" && i + 1 < argc) {
      cold_path = argv[++i];
    } else if (arg == "--write" && i + 1 < argc) {
      write_dir = argv[++i];
    } else {
      rest.push_back(argv[i]);
    }
  }
  if (cold_path != nullptr) {
    return cold(cold_path);
  }
  if (profile_rounds > 0) {
    return profile(profile_rounds, profile_assessors);
  }
  if (peak) {
    return peak_memory();
  }
  if (write_dir != nullptr) {
    return write(write_dir);
  }
  int rest_count = static_cast<int>(rest.size());
  benchmark::Initialize(&rest_count, rest.data());
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
