#include "facepia/recognition/policy.hpp"
#include "gate_answers.hpp"

#include <catch2/catch.hpp>
#include <cmath>

using namespace facepia;
using namespace facepia::recognition;
using namespace facepia::recognition::test;

namespace {
ConsentRecord consent(std::vector<std::string> scope, bool separate = false, bool written = false,
                      bool guardian = false) {
  ConsentRecord c;
  c.subject = "s";
  c.given_by = guardian ? "parent" : "s";
  c.given_at = "2026-01-01";
  c.scope = std::move(scope);
  c.separate = separate;
  c.written = written;
  c.by_guardian = guardian;
  return c;
}
const Subject adult{"s", "1990-05-01", "", std::nullopt, true};
const Subject child{"s", "2015-05-01", "", std::nullopt, true};
constexpr auto now = "2026-11-26T08:00:00Z";
} // namespace

TEST_CASE("deny: the runtime may not run, and says why, but erasure is never refused", "[policy]") {
  const auto p = make_policy(deny());
  CHECK_FALSE(p.may_run);
  REQUIRE(p.refusals.size() == 1);
  CHECK_THAT(p.refusals[0],
             Catch::Contains("gdpr.biometric-prohibition") && Catch::Contains("GDPR Art. 9(1)"));
  for (auto op : {Operation::enrol, Operation::verify, Operation::identify}) {
    CHECK_FALSE(permit(p, op, "access_control"));
  }
  // Erasing faces only lowers the risk: a data subject's request (PIPL Art. 47, GDPR Art. 17) is never
  // refused.
  CHECK(permit(p, Operation::erase, "erasure_request"));
  CHECK(permit(p, Operation::purge, ""));
}

TEST_CASE("gate errors (stale assessment, bad rules) refuse even an allow", "[policy]") {
  auto a = allow();
  a.errors.push_back("the stored assessment does not match the current rules");
  const auto p = make_policy(a);
  CHECK_FALSE(p.may_run);
  CHECK_THAT(p.refusals[0], Catch::Contains("does not match"));
}

TEST_CASE("an unknown condition, or an unreadable value, refuses to start (fail closed)", "[policy]") {
  CHECK_FALSE(make_policy(conditional({condition("face_masks_only")})).may_run);
  CHECK_FALSE(make_policy(conditional({condition("mode", "sometimes")})).may_run);
  CHECK_FALSE(
      make_policy(conditional({condition("max_template_retention", "30 fortnights", 30.0, "fortnights")}))
          .may_run);
  CHECK_FALSE(make_policy(conditional({condition("max_template_retention", "soon")})).may_run);
  CHECK_FALSE(make_policy(conditional({condition("consent_record_required", "perhaps")})).may_run);
  const auto ok =
      make_policy(conditional({condition("audit_log_required"), condition("no_unenrolled_templates")}));
  CHECK(ok.may_run);
}

TEST_CASE("mode verification: 1:1 only, identification refused", "[policy]") {
  const auto p = make_policy(conditional({condition("mode", "verification")}));
  REQUIRE(p.may_run);
  CHECK(permit(p, Operation::verify, "access_control"));
  CHECK(permit(p, Operation::enrol, "access_control"));
  const auto id = permit(p, Operation::identify, "access_control");
  CHECK_FALSE(id);
  CHECK_THAT(id.reason, Catch::Contains("verification (1:1) only"));
  CHECK(permit(make_policy(allow()), Operation::identify, "access_control"));
}

TEST_CASE("allowed purposes: an operation must declare one of them", "[policy]") {
  const auto p = make_policy(
      conditional({condition("allowed_purposes", "{access_control}", std::nullopt, "", {"access_control"})}));
  CHECK(permit(p, Operation::verify, "access_control"));
  CHECK_FALSE(permit(p, Operation::verify, "marketing"));
  CHECK_FALSE(permit(p, Operation::verify, ""));
  CHECK(permit(p, Operation::erase, "data subject request")); // erasure is always possible
  auto attendance = conditional({condition("allowed_purposes", "{attendance, access_control}")});
  attendance.declared.purposes.push_back("attendance");
  const auto q = make_policy(attendance);
  CHECK(permit(q, Operation::verify, "attendance"));
}

TEST_CASE("enrolment needs a valid consent record where required", "[policy]") {
  const auto p = make_policy(conditional({condition("consent_record_required")}));
  CHECK_FALSE(permit_enrolment(p, adult, {}, "access_control", now));
  CHECK_THAT(permit_enrolment(p, adult, {}, "access_control", now).reason,
             Catch::Contains("no consent record"));
  CHECK(permit_enrolment(p, adult, {consent({"access_control"})}, "access_control", now));
  CHECK_FALSE(permit_enrolment(p, adult, {consent({"marketing"})}, "access_control", now));
  auto withdrawn = consent({"access_control"});
  withdrawn.withdrawn_at = "2026-06-01";
  CHECK_THAT(permit_enrolment(p, adult, {withdrawn}, "access_control", now).reason,
             Catch::Contains("withdrawn"));
  CHECK_FALSE(permit_enrolment(p, std::nullopt, {}, "access_control", now));
  // Without the condition, no consent record is needed.
  CHECK(permit_enrolment(make_policy(allow()), adult, {}, "access_control", now));
}

TEST_CASE("separate and written consent where required", "[policy]") {
  const auto p = make_policy(
      conditional({condition("separate_consent_required"), condition("written_consent_required")}));
  CHECK(p.consent_required);
  CHECK_FALSE(permit_enrolment(p, adult, {consent({"a"})}, "a", now));
  CHECK_FALSE(permit_enrolment(p, adult, {consent({"a"}, true, false)}, "a", now));
  CHECK_FALSE(permit_enrolment(p, adult, {consent({"a"}, false, true)}, "a", now));
  CHECK(permit_enrolment(p, adult, {consent({"a"}, true, true)}, "a", now));
}

TEST_CASE("guardian consent for minors below the age the rules set", "[policy]") {
  const auto p =
      make_policy(conditional({condition("guardian_consent_below_age", "14 years", 14.0, "years")}));
  REQUIRE(p.may_run);
  CHECK(permit_enrolment(p, adult, {}, "a", now)); // an adult needs none here
  CHECK_THAT(permit_enrolment(p, child, {consent({"a"})}, "a", now).reason, Catch::Contains("guardian"));
  CHECK(permit_enrolment(p, child, {consent({"a"}, false, false, true)}, "a", now));
  CHECK_THAT(permit_enrolment(p, Subject{"s", std::nullopt, "", std::nullopt, true},
                              {consent({"a"}, false, false, true)}, "a", now)
                 .reason,
             Catch::Contains("birth date is unknown"));
  // Age is counted in completed years on the day of enrolment.
  const Subject fourteen_tomorrow{"s", "2012-11-27", "", std::nullopt, true};
  CHECK_FALSE(permit_enrolment(p, fourteen_tomorrow, {consent({"a"})}, "a", now));
  const Subject fourteen_today{"s", "2012-11-26", "", std::nullopt, true};
  CHECK(permit_enrolment(p, fourteen_today, {consent({"a"})}, "a", now));
}

TEST_CASE("retention: templates expire after the shortest limit", "[policy]") {
  const auto p = make_policy(conditional({condition("max_template_retention", "30 days", 30.0, "days"),
                                          condition("max_template_retention", "1 year", 1.0, "year")}));
  REQUIRE(p.max_retention_days == Approx(30.0));
  CHECK(template_expiry(p, "2026-11-26T08:00:00Z") == std::optional<std::string>("2026-12-26T08:00:00Z"));
  // The declared retention (30 days in the test deployment) holds without any condition.
  CHECK(template_expiry(make_policy(allow()), "2026-11-26T08:00:00Z") ==
        std::optional<std::string>("2026-12-26T08:00:00Z"));
  auto shorter = conditional({condition("max_template_retention", "1 year", 1.0, "year")});
  shorter.declared.template_retention_days = 7;
  CHECK(make_policy(shorter).max_retention_days == Approx(7.0));
  auto undeclared = allow();
  undeclared.declared.template_retention_days.reset();
  CHECK_FALSE(template_expiry(make_policy(undeclared), now).has_value());
  const auto refused = permit(make_policy(undeclared), Operation::enrol, "access_control");
  CHECK_FALSE(refused);
  CHECK(refused.reason ==
        "the deployment declares no retention.templates: a template would be kept without limit");
}

TEST_CASE("declared purposes hold without any rule imposing them, at every operation", "[policy][strict]") {
  const auto p = make_policy(allow()); // no allowed_purposes condition
  for (auto op : {Operation::enrol, Operation::verify, Operation::identify}) {
    CHECK(permit(p, op, "payment"));
    const auto no = permit(p, op, "marketing_profiling");
    CHECK_FALSE(no);
    CHECK(no.reason == "purpose `marketing_profiling` is not among the deployment's declared purposes "
                       "{access_control, payment, a}");
  }
  // Erasure on request is never refused, whatever reason it records.
  CHECK(permit(p, Operation::erase, "marketing_profiling"));
  auto none = allow();
  none.declared.purposes.clear();
  CHECK_FALSE(permit(make_policy(none), Operation::verify, "payment"));
}

TEST_CASE("the declared mode: identify only where 1:N is declared, nothing where no matching mode is",
          "[policy][strict]") {
  auto one_to_one = allow();
  one_to_one.declared = declared("verification_1to1");
  const auto p = make_policy(one_to_one);
  CHECK(p.verification_only);
  CHECK(permit(p, Operation::verify, "payment"));
  CHECK_THAT(permit(p, Operation::identify, "payment").reason, Catch::Contains("verification (1:1) only"));
  for (const char* mode : {"analysis_only", "none", ""}) {
    auto a = allow();
    a.declared = declared(mode);
    const auto q = make_policy(a);
    for (auto op : {Operation::enrol, Operation::verify, Operation::identify}) {
      CHECK_FALSE(permit(q, op, "payment"));
    }
    CHECK_THAT(permit(q, Operation::verify, "payment").reason, Catch::Contains("processing.mode"));
    CHECK(permit(q, Operation::erase, "request"));
  }
}

TEST_CASE("the threshold may only be stricter than the operating point 0.6", "[policy][strict]") {
  const auto p = make_policy(allow());
  CHECK(permit_threshold(p, 0.6));
  CHECK(permit_threshold(p, 0.45));
  const auto looser = permit_threshold(p, 1.2);
  CHECK_FALSE(looser);
  CHECK(looser.reason == "threshold 1.2 is looser than the operating point 0.6: a threshold may only be "
                         "stricter (lower), never looser");
  CHECK_FALSE(permit_threshold(p, 0.61));
  CHECK_FALSE(permit_threshold(p, 0.0));
  CHECK_FALSE(permit_threshold(p, std::nan("")));
}

TEST_CASE("declared subject categories: a minor only where minors are declared, a category only if declared",
          "[policy][strict]") {
  auto adults_only = allow();
  adults_only.declared.subject_categories = {"customers"};
  const auto p = make_policy(adults_only);
  CHECK(permit_subject(p, adult, now));
  const Subject sixteen{"s", "2010-01-01", "", std::nullopt, true};
  CHECK(permit_subject(p, sixteen, now).reason ==
        "subject `s` is a minor, and the deployment does not declare minors among its data subjects");
  CHECK_FALSE(permit_enrolment(p, sixteen, {}, "payment", now));
  auto with_minors = adults_only;
  with_minors.declared.subject_categories = {"customers", "minors"};
  const auto q = make_policy(with_minors);
  CHECK(permit_subject(q, sixteen, now));
  CHECK(permit_subject(q, child, now).reason ==
        "subject `s` is under 14, and the deployment does not declare under_14 among its data subjects");
  const Subject employee{"s", std::nullopt, "", std::string("employees"), true};
  CHECK(
      permit_subject(p, employee, now).reason ==
      "subject `s` is recorded as `employees`, not among the deployment's declared data_subjects.categories");
  const Subject forged{"s", std::nullopt, "", std::nullopt, false};
  CHECK_THAT(permit_subject(p, forged, now).reason, Catch::Contains("fails authentication"));
}

TEST_CASE("a template is used only for the purposes of its consent, and 1:N only if enrolled for 1:N",
          "[policy][strict]") {
  const auto p = make_policy(allow());
  StoredTemplate t;
  t.id = 7;
  t.subject = "alice";
  t.binding = {"payment", 3, {"payment"}, "verification_1to1"};
  CHECK(permit_template(p, Operation::verify, t, "payment"));
  CHECK(permit_template(p, Operation::verify, t, "access_control").reason ==
        "template 7 of `alice` was enrolled under a consent that does not cover `access_control`");
  CHECK(permit_template(p, Operation::identify, t, "payment").reason ==
        "template 7 of `alice` was enrolled for verification (1:1), not identification (1:N)");
  t.binding.mode = "identification_1ton";
  CHECK(permit_template(p, Operation::identify, t, "payment"));
}

TEST_CASE("a consent record that fails authentication is never relied on", "[policy][strict]") {
  const auto p = make_policy(conditional({condition("consent_record_required")}));
  auto forged = consent({"access_control"});
  forged.id = 9;
  forged.authentic = false;
  const auto refused = permit_enrolment(p, adult, {forged}, "access_control", now);
  CHECK_FALSE(refused);
  CHECK(refused.reason == "subject `s` cannot be enrolled: consent record 9 fails authentication: it was not "
                          "recorded by facepia");
  const auto ok = permit_enrolment(p, adult, {forged, consent({"access_control"})}, "access_control", now);
  REQUIRE(ok);
  REQUIRE(ok.consent);
  CHECK(ok.consent->authentic);
}

TEST_CASE("the runtime enforces every condition lint accepts, and refuses any other key", "[policy]") {
  // dsl/conditions.hpp is the one list both read: each kind of value, as a rule that lint accepts would
  // impose it.
  for (const auto& kind : dsl::runtime_conditions) {
    gate::Condition c;
    switch (kind.value) {
    case dsl::ConditionValue::flag:
      c = condition(std::string(kind.key));
      break;
    case dsl::ConditionValue::duration:
      c = condition(std::string(kind.key), "180 days", 180, "days");
      break;
    case dsl::ConditionValue::age:
      c = condition(std::string(kind.key), "14 years", 14, "years");
      break;
    case dsl::ConditionValue::mode:
      c = condition(std::string(kind.key), "verification");
      break;
    case dsl::ConditionValue::purposes:
      c = condition(std::string(kind.key), "{access_control}", std::nullopt, "", {"access_control"});
      break;
    }
    const auto p = make_policy(conditional({c}));
    INFO(kind.key);
    CHECK(p.may_run);
    CHECK(p.refusals.empty());
  }
  const auto unknown = make_policy(conditional({condition("minimum_age", "16 years", 16, "years")}));
  CHECK_FALSE(unknown.may_run);
  REQUIRE(unknown.refusals.size() == 1);
  CHECK_THAT(unknown.refusals[0], Catch::Contains("is unknown to this runtime"));
}

TEST_CASE("a declared threshold with its error rates is the loosest one allowed", "[policy][strict]") {
  auto answer = allow();
  answer.declared.threshold = 0.5;
  answer.declared.false_match_rate = 0.01;
  answer.declared.false_non_match_rate = 2.5;
  const auto p = make_policy(answer);
  CHECK(operating_threshold(p) == 0.5);
  CHECK(permit_threshold(p, 0.5));
  CHECK(permit_threshold(p, 0.4));
  const auto looser = permit_threshold(p, 0.55);
  CHECK_FALSE(looser);
  CHECK(looser.reason == "threshold 0.55 is looser than the deployment's declared matching.threshold 0.5 "
                         "(validated at a false match rate of 0.01% and a false non-match rate of 2.5%): a "
                         "threshold may only be stricter (lower), never looser");
  CHECK(operating_threshold(make_policy(allow())) == 0.6); // undeclared: the model's operating point

  SECTION("without its error rates, no match runs") {
    answer.declared.false_non_match_rate.reset();
    const auto r = permit_threshold(make_policy(answer), 0.4);
    CHECK_FALSE(r);
    CHECK(r.reason == "the deployment declares matching.threshold 0.5 without the false match and false "
                      "non-match rates (matching.false_match_rate, matching.false_non_match_rate, in "
                      "percent) it was validated at");
  }
  SECTION("a rate that is no percentage") {
    answer.declared.false_match_rate = 140;
    CHECK_FALSE(permit_threshold(make_policy(answer), 0.4));
  }
  SECTION("a declared threshold looser than the operating point") {
    answer.declared.threshold = 0.7;
    const auto r = permit_threshold(make_policy(answer), 0.5);
    CHECK_FALSE(r);
    CHECK(r.reason == "the deployment declares matching.threshold 0.7, outside (0, 0.6]: never looser than "
                      "the model's operating point");
  }
}
