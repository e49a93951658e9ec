// The gate: the engine's answer to a runtime at startup. It loads the rules and the deployment, assesses with
// the standard assessors (as `facepia assess` does, so that the ids match), and checks the assessment
// recorded or signed for it.
#pragma once

#include "facepia/gate/answer.hpp"

#include <filesystem>
#include <string>

namespace facepia::gate {

// Loads the rules and the deployment, assesses, and (when required) checks that the store holds an assessment
// with the same id, i.e. that neither the rules, the deployment, the engine nor its assessors changed since
// it was recorded. Never throws: every failure is a deny with its reason in `errors`.
Answer ask(const Request& request);

// The rules folder every command reads when none is named (`--rules DIR` or a PATH given wins):
// $FACEPIA_RULES when set, else `rules` in the current directory when it is a folder (an edited copy is never
// silently ignored), else the rules installed beside the program (PREFIX/share/facepia/rules), else the
// source tree's rules/. `origin` says which, for `facepia rules-info`.
struct RulesFolder {
  std::filesystem::path path;
  std::string origin; // "$FACEPIA_RULES", "./rules", "installed", "bundled"
};
RulesFolder default_rules();
std::filesystem::path default_rules_dir(); // default_rules().path

// The default assessment store: $FACEPIA_DB, else ./facepia.db.
std::filesystem::path default_database();

} // namespace facepia::gate
