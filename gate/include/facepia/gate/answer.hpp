// The gate's question and answer: what the face recognition runtime asks the engine at startup (may this
// declared deployment run, and under which conditions) and what it is told. Header-only, no Boost, no
// rule-language types: strings and numbers only, so that a runtime links these types without the engine.
#pragma once

#include "facepia/dsl/conditions.hpp"

#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace facepia::gate {

enum class Verdict { allow, conditional, deny };
constexpr std::string_view to_string(Verdict v) {
  switch (v) {
  case Verdict::allow:
    return "allow";
  case Verdict::conditional:
    return "conditional";
  case Verdict::deny:
    return "deny";
  }
  return "deny";
}

// Runtime condition keys the bundled runtime enforces, declared once in dsl/conditions.hpp (which `facepia
// lint` checks every `imposes` against); a runtime that meets a key it does not know refuses to start (fail
// closed).
namespace keys = dsl::condition_keys;
inline const std::vector<std::string_view>& known_condition_keys() {
  static const std::vector<std::string_view> all = [] {
    std::vector<std::string_view> list;
    for (const auto& kind : dsl::runtime_conditions) {
      list.push_back(kind.key);
    }
    return list;
  }();
  return all;
}

struct Condition {
  std::string key;
  std::string text; // the value as written: "verification", "30 days", "{access_control}", "" for none
  std::optional<double> number; // for numeric values
  std::string unit;             // "days", "years"
  std::vector<std::string> set; // for set values
  std::string description;      // the rule's own words
  std::string rule;             // the rule that imposes it
};

struct BlockingFinding {
  std::string rule;
  std::string status; // "breach" or "undetermined"
  std::string message;
  std::vector<std::string> citations;     // labels: "GDPR Art. 9(1)"
  std::vector<std::string> missing_facts; // for undetermined
};

struct Request {
  std::filesystem::path deployment;      // one YAML document
  std::filesystem::path rules_dir;       // default: the bundled rules
  std::filesystem::path database;        // the assessment store
  std::optional<std::string> as_of;      // YYYY-MM-DD; default as `facepia assess`
  bool require_stored_assessment = true; // refuse unless `facepia assess` recorded this very assessment
  bool record = false;                   // record this assessment in the store (as `facepia assess` does)
  // A file holding an Ed25519 public key (`facepia sign-keygen` writes KEY.pub): when given, only an
  // assessment signed with its secret key (`facepia assess --sign KEY`) that matches the deployment, the
  // rules, the engine, the decision and the conditions is accepted, as of the date signed; the assessment
  // store is not read.
  std::filesystem::path verify_key;
  std::filesystem::path signature; // the signed assessment; default: the deployment's path + ".sig"
  // Without verify_key: the key the stored assessment must be authenticated with (the face runtime's
  // record key, engine::record_key_from_template_key), so that a row written by hand is refused.
  std::optional<std::array<unsigned char, 32>> record_key;
};

// What the deployment itself declares about its processing. The runtime enforces these whether or not a rule
// imposes them: a deployment is assessed for what it declares, so it may run only as declared.
struct Declared {
  std::string name;                  // `name:`: the deployment a template store is bound to
  std::vector<std::string> purposes; // `purposes`
  std::string mode;                  // `processing.mode`: verification_1to1, identification_1ton, ...
  std::vector<std::string> subject_categories;   // `data_subjects.categories`
  std::optional<double> template_retention_days; // `retention.templates`
  std::optional<double> record_retention_years;  // `pipia.record_retention`: processing records kept
  // `matching.threshold` and the error rates (percent) it was validated at: the runtime never matches looser.
  std::optional<double> threshold;
  std::optional<double> false_match_rate;
  std::optional<double> false_non_match_rate;
};

struct Answer {
  Verdict verdict = Verdict::deny;
  std::string assessment_id;
  std::vector<Condition> conditions;
  std::vector<BlockingFinding> blocking;
  std::vector<std::string> errors; // bad rules or deployment, stale or missing stored assessment: all deny
  std::string as_of;               // the assessment date applied
  std::string rules_digest;        // sha256 of the rule files assessed under
  Declared declared;
  std::vector<std::string> open_questions; // facts whose absence left a blocking rule undetermined
  bool stored = false;                     // the store holds an assessment with this very id
  std::string signed_by;                   // the key id of the signature accepted (with verify_key)
  bool may_run() const { return verdict != Verdict::deny && errors.empty(); }
  const Condition* condition(std::string_view key) const {
    for (const auto& c : conditions) {
      if (c.key == key) {
        return &c;
      }
    }
    return nullptr;
  }
};

} // namespace facepia::gate
