// The questionnaire as the vocabulary declares it: its sections (the banner comments of the vocabulary file),
// each stated fact with its meaning as help, and each enum value with the comment beside it as the choice's
// words. Read from the rule sources, so that a new fact or value appears without a change here.
#pragma once

#include "facepia/dsl/model.hpp"
#include "facepia/engine/facts.hpp"

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace facepia::studio {

struct Choice {
  std::string value;   // `school`
  std::string comment; // "a school, university or other educational establishment"
};

struct Section {
  std::string title;              // "Who decides: the controller (GDPR) / ..."
  std::vector<std::size_t> facts; // vocabulary indices of its stated facts, in declaration order
};

struct Questionnaire {
  std::vector<Section> sections;
  std::vector<std::size_t> section_of;                // by vocabulary index; derived facts: npos
  std::map<std::string, std::vector<Choice>> choices; // by enum name
  const std::vector<Choice>& choices_of(const dsl::FactDecl& fact) const;
};

Questionnaire build_questionnaire(const dsl::Program& program, const engine::Vocabulary& vocabulary);

} // namespace facepia::studio
