// Hand-made gate answers, so that enforcement is tested independently of the engine.
#pragma once

#include "facepia/gate/answer.hpp"

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

// What the test deployment declares: 1:N, for access control and payment, residents and customers (minors and
// children under 14 among them), templates kept 30 days.
inline gate::Declared declared(std::string mode = "identification_1ton") {
  gate::Declared d;
  d.name = "test deployment";
  d.purposes = {"access_control", "payment", "a"};
  d.mode = std::move(mode);
  d.subject_categories = {"residents", "customers", "minors", "under_14"};
  d.template_retention_days = 30;
  return d;
}

inline gate::Answer allow() {
  gate::Answer a;
  a.verdict = gate::Verdict::allow;
  a.assessment_id = "test-assessment";
  a.declared = declared();
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
  a.declared = declared();
  gate::BlockingFinding f;
  f.rule = "gdpr.biometric-prohibition";
  f.status = "breach";
  f.message = "biometric templates are processed without a valid Article 9(2) exception";
  f.citations = {"GDPR Art. 9(1)"};
  a.blocking.push_back(f);
  return a;
}

} // namespace facepia::recognition::test
