// Evaluation: every rule of a load against one deployment's facts, in three-valued (Kleene) logic, on the law
// in force on the assessment date; then the decision and the runtime conditions.
#pragma once

#include "facepia/dsl/model.hpp"
#include "facepia/engine/assessor.hpp"
#include "facepia/engine/deployment.hpp"
#include "facepia/engine/facts.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace facepia::engine {

// The engine version recorded in every assessment id.
std::string_view engine_version();

// Kleene's three values.
enum class Truth : std::uint8_t { false_, true_, unknown };
constexpr Truth kleene_not(Truth a) {
  return a == Truth::unknown ? Truth::unknown : (a == Truth::true_ ? Truth::false_ : Truth::true_);
}
constexpr Truth kleene_and(Truth a, Truth b) {
  if (a == Truth::false_ || b == Truth::false_)
    return Truth::false_;
  if (a == Truth::unknown || b == Truth::unknown)
    return Truth::unknown;
  return Truth::true_;
}
constexpr Truth kleene_or(Truth a, Truth b) {
  if (a == Truth::true_ || b == Truth::true_)
    return Truth::true_;
  if (a == Truth::unknown || b == Truth::unknown)
    return Truth::unknown;
  return Truth::false_;
}
std::string_view to_string(Truth);

// One sub-condition of a rule, with its value and the facts it reads.
struct ExplainNode {
  std::string condition;            // as the language writes it: `consent.separate and consent.written`
  bool boolean = true;              // a condition (truth) or a value (e.g. the left side of `>`)
  Truth truth = Truth::unknown;     // for conditions
  std::optional<std::string> value; // for values and fact reads: the value as text; nullopt when unknown
  std::string fact;                 // a fact read: its path
  std::vector<ExplainNode> children;
};

// One part of a rule's evaluation: its scope, its date in force, `applies when`, `requires`, each `unless`.
struct ExplainPart {
  std::string role; // "scope", "in_force", "applies_when", "requires", "prohibited", "unless"
  std::string name; // the exception's name for "unless"; the instrument for "scope"
  std::string note; // plain words: "not yet in force (from 2021-11-01)"
  std::optional<ExplainNode> tree;
  Truth truth = Truth::unknown;
};

// Why a rule came out as it did, in one phrase.
enum class Reason {
  applies,      // evaluated: breach, compliant or undetermined
  out_of_scope, // the instrument's scope is false
  instrument_not_in_force,
  not_yet_in_force,   // the first cited provision is not yet in force on the assessment date
  no_longer_in_force, // it was repealed before the assessment date
  applies_when_false,
  instrument_not_selected, // the assessment was asked under other instruments only
                           // (AssessOptions::instruments)
};
std::string_view to_string(Reason);

struct Finding {
  const dsl::Rule* rule = nullptr;
  dsl::Status status = dsl::Status::undetermined;
  Reason reason = Reason::applies;
  std::string message;                    // the rule's finding with {fact} interpolated
  std::vector<std::string> missing_facts; // undetermined: exactly the unknown facts that could change it
  std::optional<std::size_t> exception;   // index into rule->exceptions: the exception that applied
  std::vector<std::size_t> exceptions_not_in_force;
  std::vector<ExplainPart> explanation; // filled when AssessOptions::explain
  std::vector<std::string>
      derived_facts_read; // derived facts the rule read (their reasoning is in Assessment)
  // This finding alone refuses the deployment: a blocking rule in breach or undetermined, or a major or minor
  // one in breach or undetermined that no runtime condition of its rule cures.
  bool refuses = false;
  const std::string& rule_id() const { return rule->id; }
  bool blocking() const { return rule->severity == dsl::RuleSeverity::blocking; }
};

// A runtime condition imposed by a rule: either one that holds while the rule is compliant, or the cure of a
// major or minor rule in breach (or undetermined): enforcing it at run time makes the processing comply, so
// the breach does not refuse the deployment, and the runtime is never less strict for it.
struct ImposedCondition {
  const dsl::Rule* rule = nullptr;
  const dsl::RuntimeCondition* condition = nullptr;
  dsl::Status rule_status = dsl::Status::compliant; // breach or undetermined: the condition cures it
  bool cures() const { return rule_status != dsl::Status::compliant; }
};

enum class ProvisionState { in_force, not_yet_in_force, no_longer_in_force };
std::string_view to_string(ProvisionState);

// The label and instrument are views into the rules, which the assessment keeps alive (Assessment::model).
struct ProvisionStatus {
  std::string_view label; // "PIPL Art. 26"
  std::string_view instrument;
  dsl::Date in_force;
  std::optional<dsl::Date> repealed;
  ProvisionState state = ProvisionState::in_force;
};

// How an instrument bears on the deployment on the assessment date, judged from its rules' findings.
enum class InstrumentState {
  applies,       // in force and in scope, and at least one of its rules applies
  scope_unknown, // in force, but a fact its scope reads is not stated: its blocking rules are undetermined
  not_assessed,  // in force and in scope, but none of its encoded rules covers the deployment
  out_of_scope,  // in force, but its scope is false for this deployment
  not_in_force,  // not yet (or no longer) in force on the assessment date
};
std::string_view to_string(InstrumentState);

struct InstrumentStatus {
  std::string id; // "PIPL"
  InstrumentState state = InstrumentState::applies;
  std::vector<std::string> scope_missing; // scope_unknown: the facts its scope needs
  std::string_view out_of_scope_note;     // out_of_scope: the instrument's own words on why, and what governs
};

struct CompiledRules; // the compiled rules, shared by the engine and its assessments

// An assessor that ran, and the structured judgement it left (null when it leaves none, or when the
// assessment was made without explanations).
struct AssessorRecord {
  std::string name;
  std::string version;
  std::shared_ptr<const AssessorDetail> detail;
};

struct Assessment {
  std::shared_ptr<const CompiledRules> model;
  std::string id; // sha256 hex of the deployment, the rules, the engine version and the assessors
  std::string deployment_name;
  std::string deployment_file;
  dsl::Date as_of;
  std::string as_of_source; // "--as-of", "deployment.start", "test", "today"
  dsl::Decision decision = dsl::Decision::deny;
  std::vector<Finding> findings; // in rule declaration order
  std::vector<ImposedCondition> conditions;
  std::vector<DerivedValue> derived;
  std::vector<AssessorRecord> assessors;     // in the order they ran; empty when none ran
  std::vector<ProvisionStatus> provisions;   // every provision the rules cite, with its state on as_of
  std::vector<InstrumentStatus> instruments; // every instrument with rules, in declaration order
  // No encoded instrument applies on the assessment date (all out of scope or not in force). The rules then
  // say nothing about the deployment, which is not a finding that it is lawful: the decision is deny (fail
  // closed).
  bool no_instrument_applies = false;
  // An instrument in scope has no encoded rule that covers the deployment: the encoded law is silent, which
  // is no finding that the deployment is lawful, so the decision is deny (not assessed).
  bool not_assessed = false;
  Facts facts;
  const Finding* finding(std::string_view rule) const;
  // The structured judgement of the assessor of this name, or null.
  const AssessorDetail* detail_of(std::string_view assessor) const;
  // The missing facts of the undetermined rules that refuse the deployment: the open questions.
  std::vector<std::string> open_questions() const;
};

struct AssessOptions {
  std::optional<dsl::Date> as_of; // default: the deployment's `deployment.start`, else today
  bool explain = true;            // build the explanation trees and keep the assessors' structured judgements
  // Assess under these instruments only (their ids); empty: every instrument of the rules. The rules of the
  // others are not evaluated, take no part in the decision and are not listed among the instruments. A rule
  // test uses it so that its expected decision depends on its own pack, not on every pack loaded.
  std::vector<std::string> instruments;
};

class Engine {
public:
  // Compiles a checked program, to be assessed with these assessors (none: `Assessors{}`). Throws
  // std::invalid_argument when the program holds something the engine cannot evaluate.
  Engine(dsl::Program program, Assessors assessors);
  const dsl::Program& program() const;
  const Vocabulary& vocabulary() const;
  std::shared_ptr<const Vocabulary> vocabulary_ptr() const;
  // sha256 of every source file (path and text, sorted by path): the rules' part of the assessment id.
  const std::string& rules_digest() const;
  const Assessors& assessors() const;

  Assessment assess(const Deployment& deployment, const AssessOptions& options = {}) const;
  // Evaluates given facts as they are (the engine's assessors run only when `run_assessors`), e.g. for rule
  // tests.
  Assessment evaluate(Facts facts, dsl::Date as_of, const AssessOptions& options = {},
                      bool run_assessors = false, const std::vector<Override>* overrides = nullptr) const;
  Facts facts_of(const Deployment& deployment) const;

  // The assessment id of a deployment under these rules, this engine and these assessors.
  std::string assessment_id(const Deployment& deployment) const;

private:
  std::shared_ptr<const CompiledRules> model_;
  Assessors assessors_;
};

// Today in UTC.
dsl::Date today();

} // namespace facepia::engine
