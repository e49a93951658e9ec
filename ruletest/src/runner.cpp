// The rule-test runner: each test evaluated under its own pack's instruments, then coverage.
#include "facepia/engine/output.hpp"
#include "facepia/ruletest/ruletest.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <string_view>
#include <utility>

namespace facepia::ruletest {
namespace {

// The instruments whose rules `test_file` declares or imports, in rule declaration order.
std::vector<std::string> instruments_of(const dsl::Program& program, dsl::FileId test_file) {
  const std::vector<dsl::FileId> files = program.import_closure(test_file);
  std::vector<std::string> instruments;
  for (const dsl::Rule& rule : program.rules) {
    if (std::binary_search(files.begin(), files.end(), rule.span.file) &&
        std::find(instruments.begin(), instruments.end(), rule.instrument()) == instruments.end()) {
      instruments.push_back(rule.instrument());
    }
  }
  return instruments;
}

std::string status_with_reason(const engine::Finding& finding) {
  std::string text(dsl::to_string(finding.status));
  if (!finding.missing_facts.empty()) {
    text += " (missing:";
    for (const auto& m : finding.missing_facts) {
      text += " " + m;
    }
    text += ")";
  } else if (finding.status == dsl::Status::not_applicable) {
    text += " (" + std::string(engine::to_string(finding.reason)) + ")";
  }
  return text;
}

void check_expectations(const dsl::RuleTest& test, const engine::Assessment& assessment,
                        std::vector<Problem>& problems) {
  for (const auto& expect : test.expectations) {
    const auto* f = assessment.finding(expect.rule_id);
    if (f == nullptr) {
      problems.push_back({Problem::Kind::expectation, "no rule `" + expect.rule_id + "`", expect.span, {}});
      continue;
    }
    if (f->status != expect.status) {
      problems.push_back({Problem::Kind::expectation,
                          "expected " + expect.rule_id + " is " + std::string(dsl::to_string(expect.status)) +
                              ", got " + status_with_reason(*f),
                          expect.span,
                          {}});
    }
    if (expect.exception) {
      const std::string got = f->exception ? f->rule->exceptions[*f->exception].name : std::string("none");
      if (got != *expect.exception) {
        problems.push_back({Problem::Kind::expectation,
                            "expected " + expect.rule_id + " exception " + *expect.exception + ", got " + got,
                            expect.span,
                            {}});
      }
    }
  }
}

// A wrong expected decision, and what decided it: the findings that refused, or the instruments that apply
// with no rule covering the deployment.
void check_decision(const dsl::RuleTest& test, const engine::Assessment& assessment,
                    const std::vector<std::string>& instruments, bool explain,
                    std::vector<Problem>& problems) {
  if (!test.expected_decision || *test.expected_decision == assessment.decision) {
    return;
  }
  std::string under;
  for (const auto& id : instruments) {
    under += (under.empty() ? "" : ", ") + id;
  }
  problems.push_back({Problem::Kind::expectation,
                      "expected decision " + std::string(dsl::to_string(*test.expected_decision)) + ", got " +
                          std::string(dsl::to_string(assessment.decision)) + " (under " + under + ")",
                      test.decision_span,
                      {}});
  for (const auto& f : assessment.findings) {
    if (!f.refuses) {
      continue;
    }
    std::string message = "refused by " + f.rule->id + " (" + std::string(dsl::to_string(f.status)) + ")";
    if (!f.missing_facts.empty()) {
      message += " missing:";
      for (const auto& m : f.missing_facts) {
        message += " " + m;
      }
    }
    problems.push_back({Problem::Kind::refusal, std::move(message), f.rule->span,
                        explain ? engine::explain_text(f.explanation, "") : std::string()});
  }
  for (const auto& i : assessment.instruments) {
    if (i.state == engine::InstrumentState::not_assessed) {
      problems.push_back({Problem::Kind::refusal,
                          "refused: " + i.id + " applies but no encoded rule covers the deployment",
                          std::nullopt,
                          {}});
    }
  }
  if (assessment.no_instrument_applies) {
    problems.push_back({Problem::Kind::refusal, "refused: no instrument applies", std::nullopt, {}});
  }
}

std::string percent(std::size_t part, std::size_t whole) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.0f%%",
                whole == 0 ? 100.0 : 100.0 * static_cast<double>(part) / static_cast<double>(whole));
  return buffer;
}

} // namespace

std::size_t Report::passed() const {
  return static_cast<std::size_t>(
      std::count_if(tests.begin(), tests.end(), [](const TestOutcome& t) { return t.passed(); }));
}

std::size_t Report::failed() const {
  return tests.size() - passed();
}

std::size_t Report::rules_covered() const {
  return static_cast<std::size_t>(
      std::count_if(rules.begin(), rules.end(), [](const RuleCoverage& r) { return r.covered(); }));
}

std::size_t Report::exceptions_applied() const {
  return static_cast<std::size_t>(std::count_if(exceptions.begin(), exceptions.end(),
                                                [](const ExceptionCoverage& e) { return e.applied; }));
}

double Report::rule_coverage_percent() const {
  return rules.empty() ? 100.0
                       : 100.0 * static_cast<double>(rules_covered()) / static_cast<double>(rules.size());
}

std::string where(const dsl::Program& program, dsl::Span span) {
  if (span.file >= program.sources.size()) {
    return "";
  }
  const auto& file = program.sources.file(span.file);
  const auto lc = file.line_column(span.begin);
  return file.path() + ":" + std::to_string(lc.line) + ":" + std::to_string(lc.column);
}

Report run(const engine::Engine& engine, const Options& options) {
  const dsl::Program& program = engine.program();
  Report report;
  std::map<std::string, std::size_t> rule_index;
  std::map<std::pair<std::string, std::string>, ExceptionCoverage> exceptions;
  for (const dsl::Rule& rule : program.rules) {
    rule_index.emplace(rule.id, report.rules.size());
    report.rules.push_back({&rule, false, false});
    for (std::size_t e = 0; e < rule.exceptions.size(); ++e) {
      exceptions[{rule.id, rule.exceptions[e].name}] = {&rule, e, false};
    }
  }

  std::map<dsl::FileId, std::vector<std::string>> instruments_cache;
  for (const dsl::RuleTest& test : program.tests) {
    TestOutcome outcome;
    outcome.test = &test;
    engine::Facts facts(engine.vocabulary_ptr());
    for (const auto& given : test.givens) {
      if (!facts.set(given.path, given.value)) {
        outcome.problems.push_back(
            {Problem::Kind::expectation, "`" + given.path + "` is not a declared fact", given.span, {}});
      }
    }
    dsl::Date as_of = engine::today();
    if (test.as_of) {
      as_of = *test.as_of;
    } else if (const auto* start = facts.get("deployment.start");
               start && std::holds_alternative<dsl::Date>(*start)) {
      as_of = std::get<dsl::Date>(*start);
    }
    engine::AssessOptions assess;
    assess.explain = options.explain;
    if (test.span.file < program.sources.size()) {
      auto [hit, fresh] = instruments_cache.try_emplace(test.span.file);
      if (fresh) {
        hit->second = instruments_of(program, test.span.file);
      }
      assess.instruments = hit->second;
    }
    outcome.instruments = assess.instruments;
    const auto assessment = engine.evaluate(std::move(facts), as_of, assess, true);
    for (const auto& f : assessment.findings) {
      if (f.reason == engine::Reason::instrument_not_selected) {
        continue; // not evaluated: another pack's rule
      }
      if (const auto r = rule_index.find(f.rule->id); r != rule_index.end()) {
        auto& c = report.rules[r->second];
        (f.status == dsl::Status::breach ? c.breach : c.not_breach) = true;
      }
      if (f.exception) {
        exceptions[{f.rule->id, f.rule->exceptions[*f.exception].name}].applied = true;
      }
    }
    check_expectations(test, assessment, outcome.problems);
    check_decision(test, assessment, outcome.instruments, options.explain, outcome.problems);
    report.tests.push_back(std::move(outcome));
  }

  for (auto& [key, coverage] : exceptions) {
    report.exceptions.push_back(coverage);
  }
  std::map<std::string, ProvisionCoverage> provisions;
  for (const RuleCoverage& coverage : report.rules) {
    std::set<std::string> labels;
    for (const auto& ref : coverage.rule->citations) {
      labels.insert(ref.label());
    }
    for (const auto& label : labels) {
      auto& p = provisions[label];
      p.label = label;
      ++p.rules_citing;
      p.rules_covered += coverage.covered() ? 1U : 0U;
    }
  }
  for (auto& [label, coverage] : provisions) {
    report.provisions.push_back(std::move(coverage));
  }
  return report;
}

void print(const Report& report, const dsl::Program& program, std::ostream& out, double min_coverage) {
  for (const TestOutcome& outcome : report.tests) {
    if (outcome.passed()) {
      out << "ok    " << outcome.test->name << "\n";
      continue;
    }
    out << "FAIL  " << outcome.test->name << "  (" << where(program, outcome.test->span) << ")\n";
    for (const Problem& p : outcome.problems) {
      if (p.kind == Problem::Kind::expectation) {
        out << "        " << (p.span ? where(program, *p.span) + ": " : std::string()) << p.message << "\n";
      } else {
        out << "          " << p.message << (p.span ? "  " + where(program, *p.span) : std::string()) << "\n";
      }
      // The trace, indented under the line of the rule it explains.
      std::size_t start = 0;
      while (start < p.trace.size()) {
        const std::size_t end = std::min(p.trace.find('\n', start), p.trace.size());
        if (end > start) {
          out << "            " << std::string_view(p.trace).substr(start, end - start) << "\n";
        }
        start = end + 1;
      }
    }
  }

  out << "\nrule coverage (breach / not breach):\n";
  for (const RuleCoverage& c : report.rules) {
    out << "  " << (c.covered() ? "covered   " : "uncovered ") << c.rule->id;
    if (!c.covered()) {
      out << "  (no test where it is "
          << (!c.breach ? (!c.not_breach ? "breach, none where it is not" : "breach") : "not breach") << ")";
    }
    out << "\n";
  }
  for (const ExceptionCoverage& e : report.exceptions) {
    if (!e.applied) {
      out << "  exception never applied: " << e.rule->id << " unless " << e.rule->exceptions[e.exception].name
          << "\n";
    }
  }
  out << "\nprovision coverage (rules covered / rules citing it):\n";
  for (const ProvisionCoverage& p : report.provisions) {
    out << "  " << p.label << ": " << p.rules_covered << "/" << p.rules_citing << "\n";
  }
  out << "\ncoverage: rules " << report.rules_covered() << "/" << report.rules.size() << " ("
      << percent(report.rules_covered(), report.rules.size()) << "), exceptions "
      << report.exceptions_applied() << "/" << report.exceptions.size() << " ("
      << percent(report.exceptions_applied(), report.exceptions.size()) << ")\n";
  if (below(report, min_coverage)) {
    out << "rule coverage " << percent(report.rules_covered(), report.rules.size())
        << " is below --min-coverage " << min_coverage << "%\n";
  }
  out << report.passed() << " passed, " << report.failed() << " failed\n";
}

bool below(const Report& report, double min_coverage) {
  return min_coverage >= 0 && report.rule_coverage_percent() + 1e-9 < min_coverage;
}

} // namespace facepia::ruletest
