// Output: an assessment as JSON (the contract the assessment JSON keeps: decision, id, findings with their
// citations, conditions) and as plain text for people.
#pragma once

#include "facepia/engine/engine.hpp"

#include <nlohmann/json.hpp>
#include <string>

namespace facepia::engine {

nlohmann::json citation_json(const dsl::ProvisionRef& ref);
nlohmann::json to_json(const Assessment& assessment);
nlohmann::json to_json(const ExplainNode& node);
// `verbose` adds the explanation of compliant and not applicable findings too.
std::string to_text(const Assessment& assessment, bool verbose = false);
// A sub-condition tree in plain words, indented.
std::string explain_text(const std::vector<ExplainPart>& parts, const std::string& indent);

} // namespace facepia::engine
