// The compiled rules: expressions with their facts resolved to vocabulary indices, dates in force resolved.
// Internal to engine/.
#pragma once

#include "facepia/engine/engine.hpp"

#include <climits>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace facepia::engine {

struct Window {
  dsl::Date from{INT_MIN};
  std::optional<dsl::Date> until; // repealed from this day
  bool instrument_level = false;  // the instrument itself decides (no provision declared)
  std::optional<dsl::Date> instrument_from;
  std::optional<dsl::Date> instrument_until;
  ProvisionState state(dsl::Date day) const {
    if (day < from) {
      return ProvisionState::not_yet_in_force;
    }
    if (until && !(day < *until)) {
      return ProvisionState::no_longer_in_force;
    }
    return ProvisionState::in_force;
  }
};

struct Node {
  dsl::ExprKind kind = dsl::ExprKind::literal;
  dsl::CompareOp op = dsl::CompareOp::equal;
  int fact = -1;    // fact, declared
  int rule = -1;    // rule_status
  dsl::Value value; // literal
  const dsl::Expr* expr = nullptr;
  std::string text; // print(*expr), for explanations: printed once when compiled, not at every assessment
  std::vector<Node> children;
};

struct MessagePart {
  std::string text;
  int fact = -1; // >= 0: interpolate this fact
};

struct CompiledException {
  Node condition;
  std::vector<Window> windows;
};

struct CompiledRule {
  const dsl::Rule* rule = nullptr;
  int scope = -1;             // index into CompiledRules::scopes
  std::size_t instrument = 0; // index into CompiledRules::instruments
  Window window;              // of the first citation
  std::optional<Node> applies;
  std::optional<Node> requirement;
  std::vector<CompiledException> exceptions;
  std::vector<MessagePart> message;
  std::vector<std::string> derived_read;
};

struct CitedProvision {
  std::string label;
  std::string instrument;
  Window window;
};

struct CompiledRules {
  dsl::Program program;
  std::shared_ptr<const Vocabulary> vocabulary;
  std::vector<Node> scopes;
  std::vector<std::string> scope_instruments;
  std::vector<CompiledRule> rules;
  std::vector<CitedProvision> provisions;
  std::vector<std::string> instruments; // of the rules, in the order of their first rule
  std::string rules_digest;
  int deployment_start = -1;
  std::size_t derived_count = 0; // derived facts in the vocabulary
};

// Compiles `rules.program` against `rules.vocabulary` into the rest of `rules`. Throws std::invalid_argument
// when the program holds something the engine cannot evaluate.
void compile(CompiledRules& rules);

} // namespace facepia::engine
