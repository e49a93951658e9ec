// Policy enforcement: what the gate's answer allows the runtime to do. Pure: no engine call, no I/O, so that
// it is tested with hand-made gate::Answer values. A condition the runtime does not know, or a value it
// cannot read, makes it refuse to start (fail closed).
#pragma once

#include "facepia/engine/gate.hpp"
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
  std::vector<std::string> conditions; // "key: text" for each condition, to print
};

Policy make_policy(const gate::Answer& answer);

struct Permission {
  bool allowed = false;
  std::string reason; // why not; empty when allowed
  explicit operator bool() const { return allowed; }
};

// May `op` run for `purpose` at all? (mode, allowed purposes, a purpose declared)
Permission permit(const Policy& policy, Operation op, std::string_view purpose);

// May this subject be enrolled now? Needs permit(enrol) and, as the conditions require, a consent record that
// is not withdrawn, covers the purpose, is separate / written, and for a subject under the guardian age,
// given by a guardian.
Permission permit_enrolment(const Policy& policy, const std::optional<Subject>& subject,
                            const std::vector<ConsentRecord>& consents, std::string_view purpose,
                            std::string_view now);

// When a template enrolled at `now` must be deleted; nullopt without a retention condition.
std::optional<std::string> template_expiry(const Policy& policy, std::string_view now);

} // namespace facepia::recognition
