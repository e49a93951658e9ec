// Hand-made gate answers, so that enforcement is tested independently of the engine.
#pragma once

#include "facepia/engine/gate.hpp"

#include <optional>
#include <string>
#include <vector>

namespace facepia::recognition::test {

inline gate::Condition condition(std::string key, std::string text = "",
                                 std::optional<double> number = std::nullopt, std::string unit = "",
                                 std::vector<std::string> set = {}) {
  gate::Condition c;
  c.key = std::move(key);
  c.text = std::move(text);
  c.number = number;
  c.unit = std::move(unit);
  c.set = std::move(set);
  c.rule = "test.rule";
  return c;
}

inline gate::Answer allow() {
  gate::Answer a;
  a.verdict = gate::Verdict::allow;
  a.assessment_id = "test-assessment";
  return a;
}

inline gate::Answer conditional(std::vector<gate::Condition> conditions) {
  gate::Answer a = allow();
  a.verdict = gate::Verdict::conditional;
  a.conditions = std::move(conditions);
  return a;
}

inline gate::Answer deny() {
  gate::Answer a;
  a.verdict = gate::Verdict::deny;
  a.assessment_id = "test-assessment";
  gate::BlockingFinding f;
  f.rule = "gdpr.biometric-prohibition";
  f.status = "breach";
  f.message = "biometric templates are processed without a valid Article 9(2) exception";
  f.citations = {"GDPR Art. 9(1)"};
  a.blocking.push_back(f);
  return a;
}

} // namespace facepia::recognition::test
