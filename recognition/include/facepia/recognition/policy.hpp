// Policy enforcement: what the gate's answer allows the runtime to do. Pure: no engine call, no I/O, so that
// it is tested with hand-made gate::Answer values. A condition the runtime does not know, or a value it
// cannot read, makes it refuse to start (fail closed).
//
// What the deployment declares is enforced whether or not a rule imposes it, at every operation: only its
// declared purposes, only its declared mode (1:N only where it declares identification_1ton), only its
// declared subject categories (a minor only where it declares minors, a child under 14 only where it declares
// under_14), and templates never kept past its declared retention. The matching threshold is never looser
// than the model's operating point, nor than the deployment's declared matching.threshold.
#pragma once

#include "facepia/gate/answer.hpp"
#include "facepia/recognition/match.hpp"
#include "facepia/recognition/store.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace facepia::recognition {

enum class Operation { enrol, verify, identify, erase, purge };
std::string_view to_string(Operation op);

struct Policy {
  bool may_run = false;
  std::vector<std::string>
      refusals; // why it may not run: blocking findings, gate errors, unreadable conditions
  std::string assessment_id;
  std::string verdict;                      // allow, conditional, deny
  bool verification_only = false;           // mode: verification (1:1 only)
  std::optional<double> max_retention_days; // max_template_retention
  bool consent_required = false;            // consent_record_required
  bool separate_consent_required = false;
  bool written_consent_required = false;
  std::optional<double> guardian_consent_below_age;
  std::optional<std::vector<std::string>> allowed_purposes;
  // audit_log_required and no_unenrolled_templates are always met: every operation is audited and no template
  // of a face that is not enrolled is ever stored. They are accepted, and listed here for the record.
  std::vector<std::string> conditions;      // "key: text" for each condition, to print
  gate::Declared declared;                  // what the deployment declares: enforced always
  double max_threshold = default_threshold; // the model's operating point: a threshold may only be lower
};

inline constexpr std::string_view mode_verification = "verification_1to1";
inline constexpr std::string_view mode_identification = "identification_1ton";

Policy make_policy(const gate::Answer& answer);

struct Permission {
  Permission() = default;
  Permission(bool allowed_, std::string reason_, std::optional<ConsentRecord> consent_ = std::nullopt)
      : allowed(allowed_), reason(std::move(reason_)), consent(std::move(consent_)) {}
  bool allowed = false;
  std::string reason;                   // why not; empty when allowed
  std::optional<ConsentRecord> consent; // permit_enrolment: the consent the enrolment relies on, if any
  explicit operator bool() const { return allowed; }
};

// May `op` run for `purpose` at all? (the declared mode and purposes, the conditions' mode and allowed
// purposes, a purpose stated)
Permission permit(const Policy& policy, Operation op, std::string_view purpose);

// The threshold matches run at unless a stricter one is asked for: the deployment's declared
// matching.threshold, else the model's operating point.
double operating_threshold(const Policy& policy);
// May a matching run with this threshold? Never looser than the operating point, nor than the deployment's
// declared matching.threshold; a declared threshold needs the error rates it was validated at, and may not
// itself be looser than the operating point.
Permission permit_threshold(const Policy& policy, double threshold);

// May this subject's face be processed (enrolled or matched) in this deployment? Its recorded category must
// be a declared one; by its birth date, a minor needs `minors` or `under_14` declared, a child under 14
// `under_14`; a subject record that fails authentication is refused.
Permission permit_subject(const Policy& policy, const Subject& subject, std::string_view now);

// May this template be used for `op` with `purpose`? The purpose must be in the consent scope it was enrolled
// under, and 1:N only on templates enrolled in a 1:N deployment.
Permission permit_template(const Policy& policy, Operation op, const StoredTemplate& t,
                           std::string_view purpose);

// May this subject be enrolled now? Needs permit(enrol) and, as the conditions require, a consent record that
// is not withdrawn, covers the purpose, is separate / written, and for a subject under the guardian age,
// given by a guardian.
Permission permit_enrolment(const Policy& policy, const std::optional<Subject>& subject,
                            const std::vector<ConsentRecord>& consents, std::string_view purpose,
                            std::string_view now);

// When a template enrolled at `now` must be deleted: the shorter of the declared retention and the
// condition's; nullopt when neither says (enrolment is then refused).
std::optional<std::string> template_expiry(const Policy& policy, std::string_view now);

} // namespace facepia::recognition
