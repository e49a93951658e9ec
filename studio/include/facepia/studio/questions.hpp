// The next most decisive questions: which unknown stated facts still decide a deployment's outcome.
//
// An undetermined finding that refuses the deployment (a blocking rule, or one whose breach no runtime
// condition cures) is an open question of the assessment. A stated fact that is still unknown *resolves* such
// a finding when some answer to it makes the finding determined (breach, compliant or not applicable) or no
// longer refusing; it *bears on* it when some answer changes what the finding still misses. Facts are found
// by re-assessing the deployment with each candidate answer, so assessors and instrument scopes count as the
// rules do: a fact read only by rules of an instrument out of scope resolves nothing and is not asked.
//
//   auto questions = studio::rank_questions(engine, deployment, {.assess = options});
//   questions.front().path  // "processing.creates_templates"
#pragma once

#include "facepia/dsl/model.hpp"
#include "facepia/engine/deployment.hpp"
#include "facepia/engine/engine.hpp"

#include <cstddef>
#include <set>
#include <string>
#include <vector>

namespace facepia::studio {

// One answer to a question and the open findings (rule ids) it decides.
struct DecidingAnswer {
  dsl::Value answer;
  std::vector<std::string> resolves;
};

struct Question {
  std::size_t fact = 0; // the vocabulary index
  std::string path;     // "consent.explicit"
  // The refusing undetermined findings that some answer decides, and those that some answer changes (these
  // include the decided ones), by rule id in rule order.
  std::vector<std::string> resolves;
  std::vector<std::string> bears_on;
  // The answers that decide at least one finding, in the order they were tried.
  std::vector<DecidingAnswer> deciding_answers;
};

struct QuestionOptions {
  // How the deployment is assessed (assessors, instruments, date); `explain` is ignored (never built).
  engine::AssessOptions assess;
  // Facts not to ask (vocabulary indices): a person said they cannot answer them yet.
  std::set<std::size_t> skipped;
};

// The unknown stated facts that resolve or bear on a refusing undetermined finding, most decisive first: by
// the number of findings they resolve (ties: vocabulary order), then those that only bear on findings, by
// that number (ties: vocabulary order). Empty when no stated fact can change an open question.
std::vector<Question> rank_questions(const engine::Engine& engine, const engine::Deployment& deployment,
                                     const QuestionOptions& options = {});

// The same, given the deployment's assessment already made with `options.assess`.
std::vector<Question> rank_questions(const engine::Engine& engine, const engine::Deployment& deployment,
                                     const engine::Assessment& assessment, const QuestionOptions& options);

// The refusing undetermined findings of an assessment, by rule id in rule order.
std::vector<std::string> open_findings(const engine::Assessment& assessment);

// The answers tried for a fact: both truth values, every enum value, the empty set, each one-value set and
// the full set, a zero and a very large number, the assessment date, a non-empty text.
std::vector<dsl::Value> candidate_answers(const dsl::FactDecl& fact, const engine::Vocabulary& vocabulary,
                                          dsl::Date as_of);

} // namespace facepia::studio
