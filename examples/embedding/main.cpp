// Asks facepia's gate whether a deployment may run, as a recognition system embedding it would at startup:
// exit 0 when it may (allow or conditional, with the conditions to enforce printed), 1 when it is denied.
//   gate_example DEPLOYMENT.yaml [ASSESSMENT_DB]
// With ASSESSMENT_DB, the assessment must have been recorded there by `facepia assess --db`.
#include "facepia/gate/gate.hpp"

#include <iostream>

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: gate_example DEPLOYMENT.yaml [ASSESSMENT_DB]\n";
    return 2;
  }
  // The gate assesses with the standard assessors, as `facepia assess` does, so that it reaches the same
  // decision and the same assessment id.
  facepia::gate::Request request;
  request.deployment = argv[1];
  request.rules_dir = FACEPIA_RULES_DIR; // the rule packs installed with the package
  request.require_stored_assessment = argc > 2;
  if (argc > 2) {
    request.database = argv[2];
  }
  const auto answer = facepia::gate::ask(request);
  std::cout << "decision: " << facepia::gate::to_string(answer.verdict) << "\n";
  for (const auto& c : answer.conditions) {
    std::cout << "enforce: " << c.key << (c.text.empty() ? "" : " " + c.text) << "\n";
  }
  for (const auto& b : answer.blocking) {
    std::cout << "blocking: " << b.rule << " (" << b.status << ")\n";
  }
  for (const auto& e : answer.errors) {
    std::cout << "error: " << e << "\n";
  }
  return answer.may_run() ? 0 : 1;
}
