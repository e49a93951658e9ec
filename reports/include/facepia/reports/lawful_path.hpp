// The path to lawful: for a deployment the rules refuse, the smallest sets of changes among the facts its
// controller controls (offer an alternative, match 1:1, keep templates on the device, obtain separate written
// consent, consult the authority, ...) after which no rule is breached: the decision becomes allow or
// conditional, or stays deny only on facts the deployment does not state (its open questions, which no change
// can answer for it). Each set is found by re-assessing the changed deployment with the same engine on the
// same day, never written by hand.
//
//   auto search = reports::search_lawful_paths(engine, deployment, assessment);
//   for (const auto& path : search.paths) ... path.levers, path.decision
#pragma once

#include "facepia/dsl/model.hpp"
#include "facepia/engine/deployment.hpp"
#include "facepia/engine/engine.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace facepia::reports {

// One change the controller can make, as the facts it sets.
struct Lever {
  std::string id; // "offer_alternative"
  std::string en; // what to do, in words
  std::string zh;
  std::string facts; // the facts it sets, as deployment YAML
};

// The levers facepia knows, in the order it proposes them.
const std::vector<Lever>& levers();

struct FactChange {
  std::string fact; // "alternatives.offered"
  std::string from; // the value as stated ("not stated" when unknown), as the engine formats it
  std::string to;
};

struct LawfulPath {
  std::vector<std::string> levers;              // lever ids, in levers() order
  std::vector<FactChange> changes;              // every fact they change, in path order
  dsl::Decision decision = dsl::Decision::deny; // after the changes
  // The rules that still refuse it, all undetermined: the open questions the deployment must answer (the
  // decision is then allow or conditional only when they are answered as the rules require).
  std::vector<std::string> open_rules;
};

struct LawfulPathSearch {
  bool searched = false;          // the decision was deny (allow and conditional need no path)
  std::vector<std::string> tried; // the levers that change something in this deployment
  std::size_t max_levers = 0;     // sets of up to this many levers were tried
  std::size_t assessments = 0;    // how many re-assessments the search made
  std::vector<LawfulPath> paths;  // minimal: no path contains another; those that decide first
  // No path: the rules still in breach, and refusing, with every lever tried applied at once (what no change
  // the controller can make cures), with their findings.
  struct Breach {
    std::string rule;
    std::string citations;
    std::string message;
  };
  std::vector<Breach> still_breached;
};

struct LawfulPathOptions {
  std::size_t max_levers = 4; // the largest set of changes tried
};

// Searches the sets of levers, smallest first, re-assessing the deployment with each on the assessment's
// day. Throws std::logic_error when a lever's facts do not fit the engine's vocabulary.
LawfulPathSearch search_lawful_paths(const engine::Engine& engine, const engine::Deployment& deployment,
                                     const engine::Assessment& assessment,
                                     const LawfulPathOptions& options = {});

// The deployment with the levers' facts set (for re-assessing a proposal).
engine::Deployment with_levers(const engine::Engine& engine, const engine::Deployment& deployment,
                               const std::vector<std::string>& lever_ids);

} // namespace facepia::reports
