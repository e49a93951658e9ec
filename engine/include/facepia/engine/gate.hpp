// The gate: what the face recognition runtime links to ask the engine, at startup, whether its declared
// deployment may run and under which conditions. No Boost, no rule-language types: strings and numbers only.
#pragma once

#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace facepia::gate {

enum class Verdict { allow, conditional, deny };
std::string_view to_string(Verdict);

// Runtime condition keys the bundled runtime enforces. A rule pack may impose only these; a runtime that
// meets a key it does not know refuses to start (fail closed).
namespace keys {
inline constexpr std::string_view mode = "mode"; // "verification": 1:1 only
inline constexpr std::string_view max_template_retention = "max_template_retention"; // number, "days"
inline constexpr std::string_view consent_record_required =
    "consent_record_required"; // enrol only with consent
inline constexpr std::string_view separate_consent_required = "separate_consent_required";
inline constexpr std::string_view written_consent_required = "written_consent_required";
inline constexpr std::string_view guardian_consent_below_age =
    "guardian_consent_below_age";                                        // number, "years"
inline constexpr std::string_view allowed_purposes = "allowed_purposes"; // set: operations must declare one
inline constexpr std::string_view audit_log_required = "audit_log_required";
inline constexpr std::string_view no_unenrolled_templates = "no_unenrolled_templates";
} // namespace keys
const std::vector<std::string_view>& known_condition_keys();

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
  const Condition* condition(std::string_view key) const;
};

// Loads the rules and the deployment, assesses, and (when required) checks that the store holds an assessment
// with the same id, i.e. that neither the rules, the deployment nor the engine changed since it was recorded.
// Never throws: every failure is a deny with its reason in `errors`.
Answer ask(const Request& request);

// Whether the store holds an assessment of this deployment under these rules and this engine: false means the
// rules, the deployment or the engine changed since it was recorded (or it never was), and a new assessment
// is needed.
bool stored_assessment_matches(const Request& request);

// The defaults of `facepia assess`: $FACEPIA_RULES, else the bundled rules/; $FACEPIA_DB, else ./facepia.db.
std::filesystem::path default_rules_dir();
std::filesystem::path default_database();

} // namespace facepia::gate
