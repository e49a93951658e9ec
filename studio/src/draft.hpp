// A deployment being answered in the studio, and its YAML: what the studio writes is a deployment file that
// `facepia assess` reads to the same facts, overrides and name, hence the same assessment id.
#pragma once

#include "facepia/dsl/model.hpp"
#include "facepia/engine/deployment.hpp"
#include "facepia/engine/facts.hpp"

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace facepia::studio {

struct Draft {
  std::string id; // random, in the page's URL
  std::string name;
  std::map<std::size_t, dsl::Value> answers; // stated facts by vocabulary index
  std::vector<engine::Override> overrides;
  std::set<std::size_t> skipped;   // "don't know yet": not asked again
  std::string file;                // relative to the working folder, once opened or saved
  unsigned revision = 0;           // bumped by every change
  std::size_t questions_asked = 0; // ranked questions answered or skipped, in this session
  // The last rejected input, shown beside its question: the fact (or override) and the loader's diagnostics.
  std::string error_fact;
  std::string error_text;
  std::string notice; // one line about the last action ("saved as ...")
};

// The deployment YAML of a draft: `name:`, the facts grouped by their first path segment in vocabulary order,
// then `overrides:`.
std::string to_yaml(const Draft& draft, const engine::Vocabulary& vocabulary);

// A YAML scalar for a value: true, 22, 2019-08-20, school, [a, b], "quoted text".
std::string yaml_value(const dsl::Value& value);
std::string yaml_quoted(std::string_view text);

// The loader's diagnostics as the CLI prints their headline and help: `error[FP-D0202]: ...`.
std::string diagnostics_text(const dsl::Diagnostics& diagnostics);

// Parses one answer as the CLI parses a deployment: `path: raw` checked against the vocabulary. The value,
// or the diagnostics' text in `error`.
std::optional<dsl::Value> parse_answer(const engine::Vocabulary& vocabulary, const std::string& path,
                                       const std::string& raw, std::string& error);

// Parses one override: `overrides: {path: {value: raw, justification: "..."}}`.
std::optional<engine::Override> parse_override(const engine::Vocabulary& vocabulary, const std::string& path,
                                               const std::string& raw_value, const std::string& justification,
                                               std::string& error);

// A draft from a loaded deployment.
Draft draft_of(const engine::Deployment& deployment);

} // namespace facepia::studio
