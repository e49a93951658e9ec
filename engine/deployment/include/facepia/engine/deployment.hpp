// Deployments: YAML documents checked against the vocabulary that the rules declare.
//
//   name: Skelleftea attendance
//   controller: {type: school, name: "Anderstorp upper secondary"}
//   processing.creates_templates: true
//   retention.templates: "30 days"
//   purposes: [attendance]
//   overrides:
//     assess.power_imbalance: {value: true, justification: "the board grades the pupils"}
//
// Nested keys form fact paths; a dotted key is accepted too. Every error carries file:line:col and the
// expected form.
#pragma once

#include "facepia/dsl/diagnostics.hpp"
#include "facepia/dsl/model.hpp"
#include "facepia/dsl/source.hpp"
#include "facepia/engine/facts.hpp"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace facepia::engine {

// An assessor's judgement corrected by a person, with the reason written down.
//   overrides:
//     assess.power_imbalance: {value: false, justification: "..."}
//     assess.consent_freely_given: {factors: {alternative_offered: true}, justification: "..."}
struct Override {
  std::string fact;                          // a derived fact: `assess.power_imbalance`
  std::optional<dsl::Value> value;           // replaces the derived value
  std::map<std::string, dsl::Value> factors; // replaces the named factors of the assessor's reasoning
  std::string justification;
  dsl::Span span;
};

struct Deployment {
  std::string name;         // `name:`, else the file name
  std::string file;         // as given
  std::size_t document = 0; // 0-based index of the YAML document in the file
  // The stated facts, by vocabulary index; frozen, so every assessment shares them without a copy.
  Facts facts;
  std::vector<Override> overrides; // sorted by fact
  dsl::Span span;
  // The canonical text of the name, the digest of the facts (Facts::digest) and the overrides: the
  // deployment's part of the assessment id.
  std::string canonical() const;
};

struct DeploymentLoad {
  dsl::SourceMap sources; // the YAML files, for rendering diagnostics
  dsl::Diagnostics diagnostics;
  std::vector<Deployment> deployments;
  bool ok() const { return !diagnostics.has_errors(); }
};

// Parses the YAML text of one file (already in `load.sources`), appending its documents as deployments.
void parse_deployments(dsl::FileId file, const Vocabulary& vocabulary, DeploymentLoad& load);

// Reads files and directories (every *.yaml and *.yml under a directory, recursively, in path order). The
// text of a file is kept in `sources` only when it has diagnostics to quote.
DeploymentLoad load_deployments(const std::vector<std::filesystem::path>& paths,
                                const Vocabulary& vocabulary);

// Parses YAML text given in memory (tests, fuzzing).
DeploymentLoad load_deployment_text(std::string path, std::string text, const Vocabulary& vocabulary);

} // namespace facepia::engine
