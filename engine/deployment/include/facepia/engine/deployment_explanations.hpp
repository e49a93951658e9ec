// The long explanations of the deployment diagnostics (FP-D codes), as dsl::explain gives those of the rule
// language (FP-E, FP-W codes): `facepia lint --explain FP-D0101` prints either.
#pragma once

#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace facepia::engine {

// The explanation of a deployment diagnostic code; nullopt for a code the deployment loader does not emit.
std::optional<std::string_view> explain_deployment(std::string_view code);

// Every deployment diagnostic code with its explanation, in code order.
const std::vector<std::pair<std::string_view, std::string_view>>& deployment_explanations();

} // namespace facepia::engine
