#include "facepia/recognition/policy.hpp"

#include "facepia/recognition/calendar.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace facepia::recognition {

std::string_view to_string(Operation op) {
  switch (op) {
  case Operation::enrol:
    return "enrol";
  case Operation::verify:
    return "verify";
  case Operation::identify:
    return "identify";
  case Operation::erase:
    return "erase";
  case Operation::purge:
    return "purge";
  }
  return "unknown";
}

namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// A condition that is a flag: present with no value, or with a true-ish value.
std::optional<bool> flag(const gate::Condition& c) {
  const std::string t = lower(c.text);
  if (t.empty() || t == "true" || t == "yes" || t == "required") {
    return true;
  }
  if (t == "false" || t == "no") {
    return false;
  }
  if (c.number) {
    return *c.number != 0;
  }
  return std::nullopt;
}

std::optional<double> days_of(const gate::Condition& c) {
  if (!c.number || !std::isfinite(*c.number) || *c.number < 0) {
    return std::nullopt;
  }
  const std::string unit = lower(c.unit);
  if (unit == "day" || unit == "days" || unit == "d") {
    return *c.number;
  }
  if (unit == "week" || unit == "weeks") {
    return *c.number * 7;
  }
  // Months and years are counted short (28 and 365 days): a retention limit must never be exceeded.
  if (unit == "month" || unit == "months") {
    return *c.number * 28;
  }
  if (unit == "year" || unit == "years") {
    return *c.number * 365;
  }
  return std::nullopt;
}

std::optional<double> years_of(const gate::Condition& c) {
  if (!c.number || !std::isfinite(*c.number) || *c.number < 0) {
    return std::nullopt;
  }
  const std::string unit = lower(c.unit);
  if (unit.empty() || unit == "year" || unit == "years") {
    return *c.number;
  }
  return std::nullopt;
}

std::vector<std::string> set_of(const gate::Condition& c) {
  if (!c.set.empty()) {
    return c.set;
  }
  // "{a, b}" or "a" as written.
  std::vector<std::string> out;
  std::string t = c.text;
  t.erase(std::remove_if(t.begin(), t.end(), [](char ch) { return ch == '{' || ch == '}' || ch == ' '; }),
          t.end());
  std::size_t start = 0;
  while (start <= t.size()) {
    const auto comma = t.find(',', start);
    const auto item = t.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    if (!item.empty()) {
      out.push_back(item);
    }
    if (comma == std::string::npos) {
      break;
    }
    start = comma + 1;
  }
  return out;
}

} // namespace

Policy make_policy(const gate::Answer& answer) {
  Policy p;
  p.assessment_id = answer.assessment_id;
  p.verdict = std::string(gate::to_string(answer.verdict));
  for (const auto& e : answer.errors) {
    p.refusals.push_back("gate error: " + e);
  }
  if (answer.verdict == gate::Verdict::deny) {
    for (const auto& b : answer.blocking) {
      std::string line = b.rule + " (" + b.status + "): " + b.message;
      if (!b.citations.empty()) {
        line += " [";
        for (std::size_t i = 0; i < b.citations.size(); ++i) {
          line += (i ? "; " : "") + b.citations[i];
        }
        line += "]";
      }
      for (const auto& m : b.missing_facts) {
        line += "\n    missing fact: " + m;
      }
      p.refusals.push_back(line);
    }
    if (answer.blocking.empty() && answer.errors.empty()) {
      p.refusals.push_back("the deployment is denied");
    }
  }
  auto bad = [&](const gate::Condition& c, std::string why) {
    p.refusals.push_back("condition `" + c.key + ": " + c.text + "` (" + c.rule + ") " + why);
  };
  for (const auto& c : answer.conditions) {
    p.conditions.push_back(c.key + (c.text.empty() ? "" : ": " + c.text));
    const std::string_view key = c.key;
    if (key == gate::keys::mode) {
      const std::string v = lower(c.text);
      if (v == "verification" || v == "1:1") {
        p.verification_only = true;
      } else if (v != "identification" && v != "1:n") {
        bad(c, "has a mode the runtime does not know (verification or identification)");
      }
    } else if (key == gate::keys::max_template_retention) {
      if (const auto d = days_of(c)) {
        p.max_retention_days = p.max_retention_days ? std::min(*p.max_retention_days, *d) : *d;
      } else {
        bad(c, "is not a duration in days, weeks, months or years");
      }
    } else if (key == gate::keys::guardian_consent_below_age) {
      if (const auto y = years_of(c)) {
        p.guardian_consent_below_age =
            p.guardian_consent_below_age ? std::max(*p.guardian_consent_below_age, *y) : *y;
      } else {
        bad(c, "is not an age in years");
      }
    } else if (key == gate::keys::allowed_purposes) {
      auto s = set_of(c);
      if (p.allowed_purposes) { // several rules: the intersection
        std::vector<std::string> both;
        for (const auto& x : *p.allowed_purposes) {
          if (std::find(s.begin(), s.end(), x) != s.end()) {
            both.push_back(x);
          }
        }
        s = both;
      }
      p.allowed_purposes = s;
    } else if (key == gate::keys::consent_record_required || key == gate::keys::separate_consent_required ||
               key == gate::keys::written_consent_required || key == gate::keys::audit_log_required ||
               key == gate::keys::no_unenrolled_templates) {
      const auto f = flag(c);
      if (!f) {
        bad(c, "is not a yes/no value");
        continue;
      }
      if (key == gate::keys::consent_record_required) {
        p.consent_required = p.consent_required || *f;
      } else if (key == gate::keys::separate_consent_required) {
        p.separate_consent_required = p.separate_consent_required || *f;
      } else if (key == gate::keys::written_consent_required) {
        p.written_consent_required = p.written_consent_required || *f;
      }
    } else {
      bad(c, "is unknown to this runtime: it cannot enforce it, so it refuses to start");
    }
  }
  p.declared = answer.declared;
  if (p.declared.mode == mode_verification) {
    p.verification_only = true;
  }
  if (const auto d = p.declared.template_retention_days; d && std::isfinite(*d) && *d >= 0) {
    p.max_retention_days = p.max_retention_days ? std::min(*p.max_retention_days, *d) : *d;
  }
  // Separate or written consent, or guardian consent, presuppose a consent record.
  if (p.separate_consent_required || p.written_consent_required) {
    p.consent_required = true;
  }
  p.may_run = answer.verdict != gate::Verdict::deny && answer.errors.empty() && p.refusals.empty();
  return p;
}

Permission permit(const Policy& policy, Operation op, std::string_view purpose) {
  // Erasing faces is never refused by the decision: it only lowers the risk (PIPL Art. 47, GDPR Art. 17).
  const bool erasure = op == Operation::erase || op == Operation::purge;
  if (!policy.may_run && !erasure) {
    return {false, "the deployment may not run"};
  }
  const bool matching = op == Operation::enrol || op == Operation::verify || op == Operation::identify;
  const std::string& mode = policy.declared.mode;
  if (matching && mode != mode_verification && mode != mode_identification) {
    return {false, mode.empty()
                       ? "the deployment declares no processing.mode: the runtime enrols and matches "
                         "only in a declared mode (verification_1to1 or identification_1ton)"
                       : "the deployment declares processing.mode `" + mode +
                             "`: the runtime enrols and matches only for verification_1to1 or "
                             "identification_1ton"};
  }
  if (op == Operation::identify && policy.verification_only) {
    return {false, "identification (1:N) is refused: the deployment is allowed verification (1:1) only"};
  }
  if (op == Operation::purge) {
    return {true, ""};
  }
  if (purpose.empty()) {
    return {false, "no purpose declared: every operation must state its purpose"};
  }
  if (matching) {
    const auto& declared = policy.declared.purposes;
    if (std::find(declared.begin(), declared.end(), purpose) == declared.end()) {
      std::string list;
      for (const auto& x : declared) {
        list += (list.empty() ? "" : ", ") + x;
      }
      return {false, "purpose `" + std::string(purpose) +
                         "` is not among the deployment's declared purposes {" + list + "}"};
    }
  }
  if (op == Operation::enrol && !policy.max_retention_days) {
    return {false, "the deployment declares no retention.templates: a template would be kept without limit"};
  }
  if (policy.allowed_purposes && op != Operation::erase) { // erasure on request is always allowed
    const auto& a = *policy.allowed_purposes;
    if (std::find(a.begin(), a.end(), purpose) == a.end()) {
      std::string list;
      for (const auto& x : a) {
        list += (list.empty() ? "" : ", ") + x;
      }
      return {false,
              "purpose `" + std::string(purpose) + "` is not among the allowed purposes {" + list + "}"};
    }
  }
  return {true, ""};
}

double operating_threshold(const Policy& policy) {
  return policy.declared.threshold ? *policy.declared.threshold : policy.max_threshold;
}

Permission permit_threshold(const Policy& policy, double threshold) {
  if (!std::isfinite(threshold) || threshold <= 0) {
    return {false, "the matching threshold must be a positive distance"};
  }
  std::ostringstream os;
  if (const auto& declared = policy.declared.threshold) {
    const auto& d = policy.declared;
    auto rate_ok = [](const std::optional<double>& r) {
      return r && std::isfinite(*r) && *r >= 0 && *r <= 100;
    };
    if (!std::isfinite(*declared) || *declared <= 0 || *declared > policy.max_threshold) {
      os << "the deployment declares matching.threshold " << *declared << ", outside (0, "
         << policy.max_threshold << "]: never looser than the model's operating point";
      return {false, os.str()};
    }
    if (!rate_ok(d.false_match_rate) || !rate_ok(d.false_non_match_rate)) {
      os << "the deployment declares matching.threshold " << *declared
         << " without the false match and false non-match rates (matching.false_match_rate, "
            "matching.false_non_match_rate, in percent) it was validated at";
      return {false, os.str()};
    }
    if (threshold > *declared) {
      os << "threshold " << threshold << " is looser than the deployment's declared matching.threshold "
         << *declared << " (validated at a false match rate of " << *d.false_match_rate
         << "% and a false non-match rate of " << *d.false_non_match_rate
         << "%): a threshold may only be stricter (lower), never looser";
      return {false, os.str()};
    }
    return {true, ""};
  }
  if (threshold > policy.max_threshold) {
    os << "threshold " << threshold << " is looser than the operating point " << policy.max_threshold
       << ": a threshold may only be stricter (lower), never looser";
    return {false, os.str()};
  }
  return {true, ""};
}

Permission permit_subject(const Policy& policy, const Subject& subject, std::string_view now) {
  if (!subject.authentic) {
    return {false, "the record of subject `" + subject.id +
                       "` fails authentication: it was written or edited "
                       "outside facepia"};
  }
  const auto& categories = policy.declared.subject_categories;
  auto declared = [&](std::string_view c) {
    return std::find(categories.begin(), categories.end(), c) != categories.end();
  };
  if (subject.category && !declared(*subject.category)) {
    return {false, "subject `" + subject.id + "` is recorded as `" + *subject.category +
                       "`, not among the deployment's declared data_subjects.categories"};
  }
  if (subject.birth_date) {
    const auto age = age_on(*subject.birth_date, now);
    if (!age) {
      return {false, "the subject's birth date `" + *subject.birth_date + "` is not a date"};
    }
    if (*age < 14 && !declared("under_14")) {
      return {false,
              "subject `" + subject.id +
                  "` is under 14, and the deployment does not declare under_14 among its data subjects"};
    }
    if (*age < 18 && !declared("minors") && !declared("under_14")) {
      return {false, "subject `" + subject.id +
                         "` is a minor, and the deployment does not declare minors among its data subjects"};
    }
  }
  return {true, ""};
}

Permission permit_template(const Policy& policy, Operation op, const StoredTemplate& t,
                           std::string_view purpose) {
  (void)policy;
  const auto& scope = t.binding.consent_scope;
  if (std::find(scope.begin(), scope.end(), purpose) == scope.end()) {
    return {false, "template " + std::to_string(t.id) + " of `" + t.subject +
                       "` was enrolled under a consent that does not cover `" + std::string(purpose) + "`"};
  }
  if (op == Operation::identify && t.binding.mode != mode_identification) {
    return {false, "template " + std::to_string(t.id) + " of `" + t.subject +
                       "` was enrolled for verification (1:1), not identification (1:N)"};
  }
  return {true, ""};
}

Permission permit_enrolment(const Policy& policy, const std::optional<Subject>& subject,
                            const std::vector<ConsentRecord>& consents, std::string_view purpose,
                            std::string_view now) {
  if (auto p = permit(policy, Operation::enrol, purpose); !p) {
    return p;
  }
  if (!subject) {
    return {false, "unknown subject: record the subject and its consent first"};
  }
  if (auto p = permit_subject(policy, *subject, now); !p) {
    return p;
  }
  bool needs_guardian = false;
  if (policy.guardian_consent_below_age) {
    if (!subject->birth_date) {
      return {false, "the subject's birth date is unknown, and guardian consent is required below age " +
                         std::to_string(static_cast<int>(*policy.guardian_consent_below_age))};
    }
    const auto age = age_on(*subject->birth_date, now);
    if (!age) {
      return {false, "the subject's birth date `" + *subject->birth_date + "` is not a date"};
    }
    needs_guardian = *age < *policy.guardian_consent_below_age;
  }
  if (!policy.consent_required && !needs_guardian) {
    return {true, "", std::nullopt};
  }
  std::string why = "no consent record";
  for (const auto& c : consents) {
    if (!c.authentic) {
      why =
          "consent record " + std::to_string(c.id) + " fails authentication: it was not recorded by facepia";
      continue;
    }
    if (c.withdrawn_at) {
      why = "consent was withdrawn on " + *c.withdrawn_at;
      continue;
    }
    if (std::find(c.scope.begin(), c.scope.end(), purpose) == c.scope.end()) {
      why = "no consent covers the purpose `" + std::string(purpose) + "`";
      continue;
    }
    if (policy.separate_consent_required && !c.separate) {
      why = "the consent is not a separate consent";
      continue;
    }
    if (policy.written_consent_required && !c.written) {
      why = "the consent is not in writing";
      continue;
    }
    if (needs_guardian && !c.by_guardian) {
      why = "the subject is a minor and the consent was not given by a guardian";
      continue;
    }
    return {true, "", c};
  }
  return {false, "subject `" + subject->id + "` cannot be enrolled: " + why};
}

std::optional<std::string> template_expiry(const Policy& policy, std::string_view now) {
  if (!policy.max_retention_days) {
    return std::nullopt;
  }
  return add_days(now, *policy.max_retention_days);
}

} // namespace facepia::recognition
