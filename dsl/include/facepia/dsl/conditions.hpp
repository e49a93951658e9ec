// The runtime conditions a rule may impose (`imposes KEY [VALUE] "what to do"`), declared once: `facepia
// lint` checks every `imposes` against this list, and the bundled recognition runtime enforces exactly these
// (it refuses to start on any other, fail closed). No Boost, no model types: a runtime may include it alone.
#pragma once

#include <string_view>

namespace facepia::dsl {

namespace condition_keys {
inline constexpr std::string_view mode = "mode";
inline constexpr std::string_view max_template_retention = "max_template_retention";
inline constexpr std::string_view consent_record_required = "consent_record_required";
inline constexpr std::string_view separate_consent_required = "separate_consent_required";
inline constexpr std::string_view written_consent_required = "written_consent_required";
inline constexpr std::string_view guardian_consent_below_age = "guardian_consent_below_age";
inline constexpr std::string_view allowed_purposes = "allowed_purposes";
inline constexpr std::string_view audit_log_required = "audit_log_required";
inline constexpr std::string_view no_unenrolled_templates = "no_unenrolled_templates";
} // namespace condition_keys

// The value a condition takes after its key.
enum class ConditionValue {
  flag,     // none (the condition holds), or `true` / `false`
  duration, // a number of days, weeks, months or years: `180 days`
  age,      // a number of years: `14 years`
  mode,     // `verification` (1:1 only) or `identification`
  purposes, // a set of values of the deployment's `purposes`: `{public_security}`
};

struct RuntimeConditionKind {
  std::string_view key;
  ConditionValue value;
  std::string_view meaning;
};

inline constexpr RuntimeConditionKind runtime_conditions[] = {
    {condition_keys::mode, ConditionValue::mode,
     "`verification`: match a face only against the templates of the one identity claimed (1:1), never "
     "search "
     "the gallery"},
    {condition_keys::max_template_retention, ConditionValue::duration,
     "delete every template older than this (the shortest of all imposed and declared limits holds)"},
    {condition_keys::consent_record_required, ConditionValue::flag,
     "enrol only a subject whose consent covering the purpose is recorded"},
    {condition_keys::separate_consent_required, ConditionValue::flag,
     "enrol only with a consent recorded as separate (given for the face processing alone)"},
    {condition_keys::written_consent_required, ConditionValue::flag,
     "enrol only with a consent recorded as written"},
    {condition_keys::guardian_consent_below_age, ConditionValue::age,
     "enrol a subject younger than this only with a guardian's recorded consent (the highest age imposed "
     "holds)"},
    {condition_keys::allowed_purposes, ConditionValue::purposes,
     "every operation must declare one of these purposes (several rules: their intersection)"},
    {condition_keys::audit_log_required, ConditionValue::flag,
     "record every enrolment, match, access and deletion in the audit log"},
    {condition_keys::no_unenrolled_templates, ConditionValue::flag,
     "keep no template of a face that is not enrolled (discard the probe at once)"},
};

// The condition of that key; nullptr for a key the runtime does not know.
constexpr const RuntimeConditionKind* find_runtime_condition(std::string_view key) {
  for (const RuntimeConditionKind& kind : runtime_conditions) {
    if (kind.key == key) {
      return &kind;
    }
  }
  return nullptr;
}

} // namespace facepia::dsl
