// The gate: the engine's answer to a runtime at startup. It loads the rules and the deployment, assesses with
// the standard assessors (as `facepia assess` does, so that the ids match), and checks the assessment
// recorded or signed for it.
#pragma once

#include "facepia/gate/answer.hpp"

#include <filesystem>

namespace facepia::gate {

// Loads the rules and the deployment, assesses, and (when required) checks that the store holds an assessment
// with the same id, i.e. that neither the rules, the deployment, the engine nor its assessors changed since
// it was recorded. Never throws: every failure is a deny with its reason in `errors`.
Answer ask(const Request& request);

// The defaults of `facepia assess`: $FACEPIA_RULES, else the bundled rules/; $FACEPIA_DB, else ./facepia.db.
std::filesystem::path default_rules_dir();
std::filesystem::path default_database();

} // namespace facepia::gate
