// facepia test [PATH...] : run the rule tests written in the rule files; coverage per rule and per provision.
#include "commands.hpp"
#include "facepia/assessors/assessors.hpp"
#include "facepia/dsl/dsl.hpp"
#include "facepia/engine/engine.hpp"
#include "facepia/engine/output.hpp"
#include "facepia/gate/gate.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <unistd.h>

namespace facepia::cli {
namespace {

struct TestArgs {
  std::vector<std::string> paths;
  double min_coverage = -1;
  bool verbose = false;
};

struct RuleCoverage {
  bool breach = false;
  bool not_breach = false;
  bool covered() const { return breach && not_breach; }
};

std::string where(const dsl::Program& program, dsl::Span span) {
  if (span.file >= program.sources.size()) {
    return "";
  }
  const auto& file = program.sources.file(span.file);
  const auto lc = file.line_column(span.begin);
  return file.path() + ":" + std::to_string(lc.line) + ":" + std::to_string(lc.column);
}

// A rule file and every file it imports, directly or through other imports, by canonical path.
std::set<std::string> import_closure(const std::string& path) {
  std::set<std::string> seen;
  std::vector<std::filesystem::path> todo{path};
  while (!todo.empty()) {
    const std::filesystem::path file = todo.back();
    todo.pop_back();
    std::error_code error;
    const auto key = std::filesystem::weakly_canonical(file, error);
    if (!seen.insert((error ? file : key).generic_string()).second) {
      continue;
    }
    const auto text = dsl::read_file(file);
    if (!text) {
      continue;
    }
    dsl::Program scratch;
    dsl::Diagnostics ignored;
    std::vector<std::string> imports;
    dsl::parse(scratch.sources.add(file.generic_string(), *text), scratch, ignored, &imports);
    for (const auto& import : imports) {
      todo.push_back(file.parent_path() / import);
    }
  }
  return seen;
}

// The instruments a test is about: those whose rules its own file declares or imports. Its expected decision
// is computed from them only, so that a pack's tests do not change when another pack is loaded beside it.
std::vector<std::string> instruments_of(const dsl::Program& program, dsl::FileId test_file,
                                        std::map<dsl::FileId, std::vector<std::string>>& cache) {
  if (const auto hit = cache.find(test_file); hit != cache.end()) {
    return hit->second;
  }
  const auto files = import_closure(program.sources.file(test_file).path());
  std::vector<std::string> instruments;
  for (const auto& rule : program.rules) {
    if (rule.span.file >= program.sources.size()) {
      continue;
    }
    std::error_code error;
    const std::filesystem::path path = program.sources.file(rule.span.file).path();
    const auto key = std::filesystem::weakly_canonical(path, error);
    if (files.count((error ? path : key).generic_string()) != 0 &&
        std::find(instruments.begin(), instruments.end(), rule.instrument()) == instruments.end()) {
      instruments.push_back(rule.instrument());
    }
  }
  return cache[test_file] = instruments;
}

std::string percent(std::size_t part, std::size_t whole) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.0f%%",
                whole == 0 ? 100.0 : 100.0 * static_cast<double>(part) / static_cast<double>(whole));
  return buffer;
}

int run_test(const TestArgs& args) {
  const bool color = isatty(2) != 0;
  std::vector<std::filesystem::path> paths(args.paths.begin(), args.paths.end());
  if (paths.empty()) {
    paths.push_back(gate::default_rules_dir());
  }
  auto rules = dsl::load(paths);
  if (!rules.ok()) {
    rules.diagnostics.sort();
    std::cerr << dsl::render_all(rules.diagnostics, rules.program.sources, color);
    std::cerr << "error: the rules do not load; no test was run\n";
    return 2;
  }
  const engine::Engine engine(std::move(rules.program), assessors::standard());
  const dsl::Program& program = engine.program();

  std::map<std::string, RuleCoverage> coverage;
  std::map<std::pair<std::string, std::string>, bool> exceptions;
  for (const auto& rule : program.rules) {
    coverage[rule.id];
    for (const auto& e : rule.exceptions) {
      exceptions[{rule.id, e.name}] = false;
    }
  }

  std::size_t passed = 0;
  std::size_t failed = 0;
  std::map<dsl::FileId, std::vector<std::string>> instruments_cache;
  for (const auto& test : program.tests) {
    std::vector<std::string> problems;
    engine::Facts facts(engine.vocabulary_ptr());
    for (const auto& given : test.givens) {
      if (!facts.set(given.path, given.value)) {
        problems.push_back(where(program, given.span) + ": `" + given.path + "` is not a declared fact");
      }
    }
    dsl::Date as_of = engine::today();
    if (test.as_of) {
      as_of = *test.as_of;
    } else if (const auto* start = facts.get("deployment.start");
               start && std::holds_alternative<dsl::Date>(*start)) {
      as_of = std::get<dsl::Date>(*start);
    }
    engine::AssessOptions options;
    options.explain = args.verbose;
    if (test.span.file < program.sources.size()) {
      options.instruments = instruments_of(program, test.span.file, instruments_cache);
    }
    const auto assessment = engine.evaluate(std::move(facts), as_of, options, true);
    for (const auto& f : assessment.findings) {
      if (f.reason == engine::Reason::instrument_not_selected) {
        continue; // not evaluated: another pack's rule
      }
      auto& c = coverage[f.rule->id];
      (f.status == dsl::Status::breach ? c.breach : c.not_breach) = true;
      if (f.exception) {
        exceptions[{f.rule->id, f.rule->exceptions[*f.exception].name}] = true;
      }
    }
    for (const auto& expect : test.expectations) {
      const auto* f = assessment.finding(expect.rule_id);
      if (f == nullptr) {
        problems.push_back(where(program, expect.span) + ": no rule `" + expect.rule_id + "`");
        continue;
      }
      if (f->status != expect.status) {
        std::string got = std::string(dsl::to_string(f->status));
        if (!f->missing_facts.empty()) {
          got += " (missing:";
          for (const auto& m : f->missing_facts) {
            got += " " + m;
          }
          got += ")";
        } else if (f->status == dsl::Status::not_applicable) {
          got += " (" + std::string(engine::to_string(f->reason)) + ")";
        }
        problems.push_back(where(program, expect.span) + ": expected " + expect.rule_id + " is " +
                           std::string(dsl::to_string(expect.status)) + ", got " + got);
      }
      if (expect.exception) {
        const std::string got = f->exception ? f->rule->exceptions[*f->exception].name : std::string("none");
        if (got != *expect.exception) {
          problems.push_back(where(program, expect.span) + ": expected " + expect.rule_id + " exception " +
                             *expect.exception + ", got " + got);
        }
      }
    }
    if (test.expected_decision && *test.expected_decision != assessment.decision) {
      std::string instruments;
      for (const auto& id : options.instruments) {
        instruments += (instruments.empty() ? "" : ", ") + id;
      }
      problems.push_back(where(program, test.decision_span) + ": expected decision " +
                         std::string(dsl::to_string(*test.expected_decision)) + ", got " +
                         std::string(dsl::to_string(assessment.decision)) + " (under " + instruments + ")");
      // The findings that decided it, so that the author sees which rule to look at.
      for (const auto& f : assessment.findings) {
        if (f.refuses) {
          std::string line =
              "  refused by " + f.rule->id + " (" + std::string(dsl::to_string(f.status)) + ")";
          if (!f.missing_facts.empty()) {
            line += " missing:";
            for (const auto& m : f.missing_facts) {
              line += " " + m;
            }
          }
          problems.push_back(line + "  " + where(program, f.rule->span));
          if (args.verbose) {
            problems.push_back(engine::explain_text(f.explanation, "      "));
          }
        }
      }
      for (const auto& i : assessment.instruments) {
        if (i.state == engine::InstrumentState::not_assessed) {
          problems.push_back("  refused: " + i.id + " applies but no encoded rule covers the deployment");
        }
      }
      if (assessment.no_instrument_applies) {
        problems.push_back("  refused: no instrument applies");
      }
    }
    if (problems.empty()) {
      ++passed;
      std::cout << "ok    " << test.name << "\n";
    } else {
      ++failed;
      std::cout << "FAIL  " << test.name << "  (" << where(program, test.span) << ")\n";
      for (const auto& p : problems) {
        std::cout << "        " << p << "\n";
      }
    }
  }

  // Coverage: a rule is covered when a test sees it in breach and another not in breach.
  std::size_t covered = 0;
  std::cout << "\nrule coverage (breach / not breach):\n";
  for (const auto& rule : program.rules) {
    const auto& c = coverage[rule.id];
    covered += c.covered() ? 1U : 0U;
    std::cout << "  " << (c.covered() ? "covered   " : "uncovered ") << rule.id;
    if (!c.covered()) {
      std::cout << "  (no test where it is "
                << (!c.breach ? (!c.not_breach ? "breach, none where it is not" : "breach") : "not breach")
                << ")";
    }
    std::cout << "\n";
  }
  std::size_t exceptions_seen = 0;
  for (const auto& [key, seen] : exceptions) {
    exceptions_seen += seen ? 1U : 0U;
    if (!seen) {
      std::cout << "  exception never applied: " << key.first << " unless " << key.second << "\n";
    }
  }
  std::cout << "\nprovision coverage (rules covered / rules citing it):\n";
  std::map<std::string, std::pair<std::size_t, std::size_t>> provisions;
  for (const auto& rule : program.rules) {
    std::set<std::string> labels;
    for (const auto& ref : rule.citations) {
      labels.insert(ref.label());
    }
    for (const auto& label : labels) {
      auto& p = provisions[label];
      ++p.second;
      p.first += coverage[rule.id].covered() ? 1U : 0U;
    }
  }
  for (const auto& [label, counts] : provisions) {
    std::cout << "  " << label << ": " << counts.first << "/" << counts.second << "\n";
  }
  const double rule_percent = program.rules.empty() ? 100.0
                                                    : 100.0 * static_cast<double>(covered) /
                                                          static_cast<double>(program.rules.size());
  std::cout << "\ncoverage: rules " << covered << "/" << program.rules.size() << " ("
            << percent(covered, program.rules.size()) << "), exceptions " << exceptions_seen << "/"
            << exceptions.size() << " (" << percent(exceptions_seen, exceptions.size()) << ")\n";
  int code = failed > 0 ? 1 : 0;
  if (args.min_coverage >= 0 && rule_percent + 1e-9 < args.min_coverage) {
    std::cout << "rule coverage " << percent(covered, program.rules.size()) << " is below --min-coverage "
              << args.min_coverage << "%\n";
    code = 1;
  }
  std::cout << passed << " passed, " << failed << " failed\n";
  return code;
}

const CommandRegistration registration{
    30, [](CLI::App& app) -> std::function<int()> {
      auto args = std::make_shared<TestArgs>();
      auto* sub =
          app.add_subcommand("test", "run the rule tests; coverage per rule, exception and provision");
      sub->footer(
          "A rule is covered when some test sees it in breach and another not in breach; an exception when\n"
          "some test sees it apply. The last line is `N passed, M failed`. Exit status: 0 all passed, 1 a "
          "test\n"
          "failed or coverage is below --min-coverage, 2 the rules do not load.");
      sub->add_option("paths", args->paths,
                      "rule files or directories (default: $FACEPIA_RULES, else rules/)");
      sub->add_option("--min-coverage", args->min_coverage,
                      "fail when rule coverage is below this percentage")
          ->check(CLI::Range(0.0, 100.0));
      sub->add_flag("--verbose,-v", args->verbose, "build explanations while evaluating (slower)");
      return [args] { return run_test(*args); };
    }};

} // namespace
} // namespace facepia::cli
