#include "facepia/studio/questions.hpp"

#include <algorithm>

namespace facepia::studio {

namespace {

bool open(const engine::Finding& finding) {
  return finding.status == dsl::Status::undetermined && finding.refuses;
}

} // namespace

std::vector<std::string> open_findings(const engine::Assessment& assessment) {
  std::vector<std::string> ids;
  for (const auto& finding : assessment.findings) {
    if (open(finding)) {
      ids.push_back(finding.rule_id());
    }
  }
  return ids;
}

std::vector<dsl::Value> candidate_answers(const dsl::FactDecl& fact, const engine::Vocabulary& vocabulary,
                                          dsl::Date as_of) {
  std::vector<dsl::Value> answers;
  switch (fact.type.kind) {
  case dsl::TypeKind::boolean:
    answers = {dsl::Value(true), dsl::Value(false)};
    break;
  case dsl::TypeKind::number:
    // Either side of any threshold a rule may set.
    answers = {dsl::Value(dsl::Quantity{0, fact.type.unit}), dsl::Value(dsl::Quantity{1e9, fact.type.unit})};
    break;
  case dsl::TypeKind::date:
    // Any known day decides a comparison; the assessment date moves no provision in or out of force.
    answers = {dsl::Value(as_of)};
    break;
  case dsl::TypeKind::text:
    answers = {dsl::Value(std::string("stated"))};
    break;
  case dsl::TypeKind::enumeration:
    if (const auto* decl = vocabulary.find_enum(fact.type.enum_name)) {
      for (const auto& value : decl->values) {
        answers.emplace_back(dsl::EnumValue{value});
      }
    }
    break;
  case dsl::TypeKind::set_of_enum:
    answers.emplace_back(dsl::EnumSet{});
    if (const auto* decl = vocabulary.find_enum(fact.type.enum_name)) {
      for (const auto& value : decl->values) {
        answers.emplace_back(dsl::EnumSet{value});
      }
      answers.emplace_back(dsl::EnumSet(decl->values.begin(), decl->values.end()));
    }
    break;
  }
  return answers;
}

std::vector<Question> rank_questions(const engine::Engine& engine, const engine::Deployment& deployment,
                                     const QuestionOptions& options) {
  engine::AssessOptions assess = options.assess;
  assess.explain = false;
  const engine::Assessment assessment = engine.assess(deployment, assess);
  return rank_questions(engine, deployment, assessment, options);
}

std::vector<Question> rank_questions(const engine::Engine& engine, const engine::Deployment& deployment,
                                     const engine::Assessment& assessment, const QuestionOptions& options) {
  // The open findings, by their place in the findings (every assessment under the same rules and options
  // lists the same rules in the same order).
  std::vector<std::size_t> open_at;
  for (std::size_t i = 0; i < assessment.findings.size(); ++i) {
    if (open(assessment.findings[i])) {
      open_at.push_back(i);
    }
  }
  if (open_at.empty()) {
    return {};
  }
  engine::AssessOptions assess = options.assess;
  assess.explain = false;
  // Pinned, so that a trial answer never moves the law applied; the deployment's start is asked like any
  // fact.
  assess.as_of = assessment.as_of;

  const engine::Vocabulary& vocabulary = engine.vocabulary();
  std::vector<Question> questions;
  for (std::size_t fact = 0; fact < vocabulary.size(); ++fact) {
    const dsl::FactDecl& decl = vocabulary.fact(fact);
    if (decl.derived || deployment.facts.get(fact) != nullptr || options.skipped.count(fact) > 0) {
      continue;
    }
    std::vector<bool> resolved(open_at.size(), false);
    std::vector<bool> changed(open_at.size(), false);
    Question question;
    question.fact = fact;
    question.path = decl.path;
    for (auto& answer : candidate_answers(decl, vocabulary, assessment.as_of)) {
      engine::Deployment trial = deployment;
      trial.facts.set(fact, answer);
      const engine::Assessment outcome = engine.assess(trial, assess);
      if (outcome.findings.size() != assessment.findings.size()) {
        continue; // cannot happen under the same rules and options; never compare unlike findings
      }
      DecidingAnswer deciding{std::move(answer), {}};
      for (std::size_t k = 0; k < open_at.size(); ++k) {
        const auto& before = assessment.findings[open_at[k]];
        const auto& after = outcome.findings[open_at[k]];
        if (!open(after)) {
          resolved[k] = true;
          changed[k] = true;
          deciding.resolves.push_back(before.rule_id());
        } else if (after.missing_facts != before.missing_facts) {
          changed[k] = true;
        }
      }
      if (!deciding.resolves.empty()) {
        question.deciding_answers.push_back(std::move(deciding));
      }
    }
    for (std::size_t k = 0; k < open_at.size(); ++k) {
      if (resolved[k]) {
        question.resolves.push_back(assessment.findings[open_at[k]].rule_id());
      }
      if (changed[k]) {
        question.bears_on.push_back(assessment.findings[open_at[k]].rule_id());
      }
    }
    if (!question.bears_on.empty()) {
      questions.push_back(std::move(question));
    }
  }
  // Facts come in vocabulary order already: a stable sort keeps it among equals.
  std::stable_sort(questions.begin(), questions.end(), [](const Question& a, const Question& b) {
    if (a.resolves.size() != b.resolves.size()) {
      return a.resolves.size() > b.resolves.size();
    }
    if (a.resolves.empty()) {
      return a.bears_on.size() > b.bears_on.size();
    }
    return false;
  });
  return questions;
}

} // namespace facepia::studio
