// The rule-test runner: runs the `test` declarations of a loaded program and measures what they cover. Used
// by `facepia test`, and callable by anything that holds an engine (an editor's language server, the tests).
#pragma once

#include "facepia/dsl/model.hpp"
#include "facepia/engine/engine.hpp"

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace facepia::ruletest {

struct Options {
  bool explain = false; // evaluation traces of the rules that refused a wrong expected decision (slower)
};

// One thing a test got wrong, or one line of context about it.
struct Problem {
  enum class Kind {
    expectation, // a `given` or `expect` that failed, at `span`
    refusal,     // a rule (at `span`) or an instrument that made the decision deny
  };
  Kind kind = Kind::expectation;
  std::string message;
  std::optional<dsl::Span> span;
  std::string trace; // the refusing rule's evaluation trace (lines), with Options::explain
};

struct TestOutcome {
  const dsl::RuleTest* test = nullptr;
  // The instruments the test is decided under: those whose rules its file declares or imports.
  std::vector<std::string> instruments;
  std::vector<Problem> problems;
  bool passed() const { return problems.empty(); }
};

// A rule is covered when a test sees it in breach and another not in breach.
struct RuleCoverage {
  const dsl::Rule* rule = nullptr;
  bool breach = false;
  bool not_breach = false;
  bool covered() const { return breach && not_breach; }
};

struct ExceptionCoverage {
  const dsl::Rule* rule = nullptr;
  std::size_t exception = 0; // index into rule->exceptions
  bool applied = false;
};

// A provision label (`GDPR Art. 9(1)`) and how many of the rules citing it are covered.
struct ProvisionCoverage {
  std::string label;
  std::size_t rules_covered = 0;
  std::size_t rules_citing = 0;
};

struct Report {
  std::vector<TestOutcome> tests;            // in declaration order
  std::vector<RuleCoverage> rules;           // in declaration order
  std::vector<ExceptionCoverage> exceptions; // by rule id, then exception name
  std::vector<ProvisionCoverage> provisions; // by label
  std::size_t passed() const;
  std::size_t failed() const;
  std::size_t rules_covered() const;
  std::size_t exceptions_applied() const;
  double rule_coverage_percent() const; // 100 when there is no rule
};

// Runs every test of the engine's program. A test is decided under the instruments of its own file and the
// files it imports (Program::imports, as dsl::load followed them), so that a pack's tests do not change when
// another pack is loaded beside it.
Report run(const engine::Engine& engine, const Options& options = {});

// `file:line:col` of a span of the program; empty for a span outside it.
std::string where(const dsl::Program& program, dsl::Span span);

// Whether rule coverage is below `min_coverage` percent (a negative minimum: never).
bool below(const Report& report, double min_coverage);

// The text `facepia test` prints: one line per test (`ok` or `FAIL` with its problems), the coverage of
// rules, exceptions and provisions, whether it is below `min_coverage` (when not negative), and the last line
// `N passed, M failed`.
void print(const Report& report, const dsl::Program& program, std::ostream& out, double min_coverage = -1);

} // namespace facepia::ruletest
