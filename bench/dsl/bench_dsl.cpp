// facepia_bench_dsl: parse and check a generated rule file of about 10 MB (target: at least 20 MB/s, peak
// memory under 10 times the input). The file is realistic: instruments with statute texts, a vocabulary with
// every type of fact, rules with `applies when`, `requires` or `prohibited`, exceptions, `imposes` and
// finding interpolation, and tests that give facts and expect statuses.
//
//   facepia_bench_dsl [--mb N] [google-benchmark flags]   parse / parse+check timings (medians with
//   repetitions) facepia_bench_dsl --write FILE [--mb N]               write the generated file (for `facepia
//   lint`, hyperfine) facepia_bench_dsl --peak-memory FILE                  parse+check FILE once; print peak
//   RSS (getrusage)
#include "facepia/dsl/dsl.hpp"

#include <benchmark/benchmark.h>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <sys/resource.h>
#include <vector>

namespace {

using namespace facepia;

std::size_t target_bytes = std::size_t{10} << 20;

// Instrument ids are upper case: "XAA", "XAB", ...
std::string instrument_id(std::size_t k) {
  std::string id = "X";
  id += static_cast<char>('A' + (k / 26 / 26) % 26);
  id += static_cast<char>('A' + (k / 26) % 26);
  id += static_cast<char>('A' + k % 26);
  return id;
}

const char* const statute_words[] = {
    "personal",   "information", "processor",  "shall",   "biometric", "identification", "the",
    "individual", "consent",     "separate",   "purpose", "necessary", "measures",       "security",
    "public",     "authority",   "processing", "of",      "and",       "where",          "data subject",
    "retention",  "period",      "minimum",    "strict",  "protection"};

// A statute text of `strings` adjacent strings (joined with spaces by the language).
void statute_text(std::string& out, std::size_t seed, int strings) {
  out += "  text";
  for (int s = 0; s < strings; ++s) {
    out += s == 0 ? " \"" : "       \"";
    for (int w = 0; w < 14; ++w) {
      if (w > 0) {
        out += ' ';
      }
      out +=
          statute_words[(seed * 7 + static_cast<std::size_t>(s) * 13 + static_cast<std::size_t>(w) * 5) % 26];
    }
    out += s + 1 == strings ? ";\"\n" : "\"\n";
  }
}

void module(std::string& out, std::size_t k) {
  const std::string ins = instrument_id(k);
  const std::string m = "m" + std::to_string(k);
  out += "# ----------------------------------------------------------------------------------------------\n";
  out += "# Generated instrument " + ins + ": its provisions, vocabulary, rules and tests.\n";
  out += "# ----------------------------------------------------------------------------------------------\n";
  out +=
      "instrument " + ins + " {\n  title \"Generated measures " + std::to_string(k) +
      " on the processing of facial information\"\n  jurisdiction \"EU\"\n  in_force 2018-05-25\n  scope " +
      m + ".in_scope and " + m + ".kind != " + m + "_kind_d\n}\n\n";
  for (int article = 1; article <= 6; ++article) {
    for (int paragraph = 1; paragraph <= 2; ++paragraph) {
      out += "provision " + ins + " Art. " + std::to_string(article) + "(" + std::to_string(paragraph) +
             ") {\n  title \"Article " + std::to_string(article) + " paragraph " + std::to_string(paragraph) +
             "\"\n";
      statute_text(out, k * 31 + static_cast<std::size_t>(article * 3 + paragraph), 4);
      if (article == 6) {
        out += "  in_force 2021-11-01\n";
      }
      out += "}\n\n";
    }
  }
  out += "provision " + ins + " Recital 1 {\n";
  statute_text(out, k, 3);
  out += "}\n\n";

  out += "enum " + m + "_kind { " + m + "_kind_a, " + m + "_kind_b, " + m + "_kind_c, " + m + "_kind_d }\n\n";
  out += "fact " + m + ".in_scope : bool \"the deployment falls within generated instrument " + ins + "\"\n";
  for (int f = 0; f < 6; ++f) {
    out += "fact " + m + ".flag" + std::to_string(f) + " : bool \"a yes-or-no circumstance the rules of " +
           ins + " weigh (" + std::to_string(f) + ")\"\n";
  }
  out += "fact " + m + ".count : number persons \"how many people's faces are processed\"\n";
  out += "fact " + m + ".retention : number days \"how long templates are kept after their last use\"\n";
  out += "fact " + m + ".start : date \"the day the deployment starts\"\n";
  out += "fact " + m + ".name : text \"the controller's legal name\"\n";
  out += "fact " + m + ".kind : " + m + "_kind \"the kind of controller\"\n";
  out += "fact " + m + ".kinds : set of " + m + "_kind \"the kinds of data subject\"\n";
  out += "derived assess." + m + "_balanced : bool \"no clear imbalance between controller and people\"\n\n";

  const char* const severities[] = {"blocking", "major", "minor", "advisory"};
  for (int r = 0; r < 8; ++r) {
    const std::string id = m + ".rule-" + std::to_string(r);
    const std::string article = std::to_string(r % 5 + 1);
    out += "rule " + id + " {\n  title \"Generated rule " + std::to_string(r) + " of " + ins + "\"\n";
    out += "  cites " + ins + " Art. " + article + "(1), " + ins + " Recital 1\n";
    out += "  applies when " + m + ".flag0 and " + m + ".kind in {" + m + "_kind_a, " + m + "_kind_b}";
    if (r > 0) {
      out += "\n    and status(" + m + ".rule-0) != breach";
    }
    out += "\n";
    if (r % 3 == 2) {
      out += "  prohibited\n";
    } else {
      out += "  requires " + m + ".flag1 and (" + m + ".count <= 100 persons or " + m +
             ".retention < 30 days)\n    and " + m + ".start >= 2019-01-01 and not " + m + ".flag" +
             std::to_string(r % 4 + 2) + "\n";
    }
    out += "  # An exception for consent that is freely given.\n";
    out += "  unless consent: " + m + ".flag2 and assess." + m + "_balanced and " + m +
           ".kinds intersects {" + m + "_kind_c}\n    cites " + ins + " Art. " + article + "(2)\n";
    if (r % 2 == 0) {
      out += "  unless authorised: " + m + ".flag3 or " + m + ".kinds within {" + m + "_kind_a, " + m +
             "_kind_b}\n    cites " + ins + " Art. 6(2)\n";
    }
    out += "  severity " + std::string(severities[r % 4]) + "\n";
    out += "  finding \"faces of {" + m + ".count} are processed by {" + m + ".name} without a ground in " +
           ins + " Art. " + article + "\"\n";
    out += "  remedy \"stop, or rely on one of the grounds of Article " + article + "(2) that holds\"\n";
    if (r % 2 == 1) {
      out += "  imposes max_template_retention 30 days \"delete templates 30 days after the last use\"\n";
      out += "  imposes mode verification \"match each face only against the template the person claims\"\n";
    }
    out += "}\n\n";
  }

  for (int r = 0; r < 8; ++r) {
    for (int variant = 0; variant < 2; ++variant) {
      const std::string id = m + ".rule-" + std::to_string(r);
      out += "test \"" + m + ": rule " + std::to_string(r) +
             (variant == 0 ? " is breached" : " applies an exception") + "\" {\n  as_of 2022-01-01\n";
      out += "  given " + m + ".in_scope = true\n  given " + m + ".flag0 = true\n";
      out += "  given " + m + ".flag1 = " + (variant == 0 ? "false" : "true") + "\n";
      out += "  given " + m + ".flag2 = " + (variant == 0 ? "false" : "true") + "\n";
      out += "  given " + m + ".flag3 = false\n  given " + m + ".flag4 = false\n  given " + m +
             ".flag5 = false\n";
      out += "  given " + m + ".kind = " + m + "_kind_a\n";
      out += "  given " + m + ".kinds = {" + m + "_kind_a, " + m + "_kind_c}\n";
      out += "  given " + m + ".count = " + std::to_string(20 + r) + " persons\n";
      out += "  given " + m + ".retention = 90 days\n  given " + m + ".start = 2020-01-01\n";
      out += "  given " + m + ".name = \"Generated controller " + std::to_string(k) + "\"\n";
      out += "  given assess." + m + "_balanced = " + (variant == 0 ? "false" : "true") + "\n";
      out += "  expect " + id + " is " + (variant == 0 ? "breach" : "compliant") + "\n";
      if (variant == 1) {
        out += "  expect " + id + " exception consent\n";
      }
      out += "}\n\n";
    }
  }
}

const std::string& generated() {
  static const std::string text = [] {
    std::string out =
        "# A generated rule file for facepia_bench_dsl (bench/dsl): realistic in shape, not in law.\n\n";
    out.reserve(target_bytes + (std::size_t{1} << 20));
    for (std::size_t k = 0; out.size() < target_bytes; ++k) {
      module(out, k);
    }
    return out;
  }();
  return text;
}

struct Run {
  std::optional<dsl::Program> program;
  dsl::Diagnostics diagnostics;
  bool parsed = false;
};

void parse_check(Run& run, std::string text, bool check) {
  run.program.emplace();
  const dsl::FileId file = run.program->sources.add("generated.fp", std::move(text));
  run.parsed = dsl::parse(file, *run.program, run.diagnostics);
  if (check) {
    dsl::check(*run.program, run.diagnostics);
  }
}

void bench(benchmark::State& state, bool check) {
  const std::string& text = generated();
  for (auto _ : state) {
    state.PauseTiming();
    Run run;
    std::string copy = text;
    state.ResumeTiming();
    parse_check(run, std::move(copy), check);
    benchmark::DoNotOptimize(run.program->rules.data());
    state.PauseTiming();
    if (!run.parsed || run.diagnostics.has_errors()) {
      run.diagnostics.sort();
      std::cerr << dsl::render_all(run.diagnostics, run.program->sources).substr(0, 4000);
      state.SkipWithError("the generated file does not check");
    }
    run.program.reset();
    state.ResumeTiming();
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
  state.counters["MB"] = static_cast<double>(text.size()) / 1e6;
}

void BM_parse(benchmark::State& state) {
  bench(state, false);
}
void BM_parse_check(benchmark::State& state) {
  bench(state, true);
}
BENCHMARK(BM_parse)->Unit(benchmark::kMillisecond)->Iterations(1)->Repetitions(7)->ReportAggregatesOnly(true);
BENCHMARK(BM_parse_check)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(7)
    ->ReportAggregatesOnly(true);

long max_rss_kb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

int peak_memory(const char* path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "cannot read " << path << "\n";
    return 2;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  std::string text = std::move(buffer).str();
  const double input_mb = static_cast<double>(text.size()) / 1e6;
  const long before = max_rss_kb();
  Run run;
  parse_check(run, std::move(text), true);
  const long after = max_rss_kb();
  std::printf("input %.2f MB, %zu rules, %zu tests, %zu errors, %zu warnings\n", input_mb,
              run.program->rules.size(), run.program->tests.size(), run.diagnostics.error_count(),
              run.diagnostics.warning_count());
  std::printf(
      "peak RSS %.1f MB (%.1fx the input); before parsing (input read) %.1f MB; growth %.1f MB (%.1fx)\n",
      static_cast<double>(after) / 1024.0, static_cast<double>(after) / 1024.0 / input_mb * 1.048576,
      static_cast<double>(before) / 1024.0, static_cast<double>(after - before) / 1024.0,
      static_cast<double>(after - before) / 1024.0 / input_mb * 1.048576);
  return run.parsed && !run.diagnostics.has_errors() ? 0 : 1;
}

} // namespace

int main(int argc, char** argv) {
  std::vector<char*> rest{argv[0]};
  const char* write = nullptr;
  const char* peak = nullptr;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--mb" && i + 1 < argc) {
      target_bytes = static_cast<std::size_t>(std::atof(argv[++i]) * 1048576.0);
    } else if (arg == "--write" && i + 1 < argc) {
      write = argv[++i];
    } else if (arg == "--peak-memory" && i + 1 < argc) {
      peak = argv[++i];
    } else {
      rest.push_back(argv[i]);
    }
  }
  if (peak != nullptr) {
    return peak_memory(peak);
  }
  if (write != nullptr) {
    std::ofstream(write, std::ios::binary) << generated();
    std::printf("wrote %s: %zu bytes\n", write, generated().size());
    return 0;
  }
  int rest_count = static_cast<int>(rest.size());
  benchmark::Initialize(&rest_count, rest.data());
  std::printf("generated rule file: %.2f MB\n", static_cast<double>(generated().size()) / 1e6);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
