#include "facepia/recognition/policy.hpp"
#include "gate_answers.hpp"

#include <catch2/catch.hpp>

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
const Subject adult{"s", "1990-05-01", ""};
const Subject child{"s", "2015-05-01", ""};
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
  const auto q = make_policy(conditional({condition("allowed_purposes", "{attendance, access_control}")}));
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
  CHECK_THAT(
      permit_enrolment(p, Subject{"s", std::nullopt, ""}, {consent({"a"}, false, false, true)}, "a", now)
          .reason,
      Catch::Contains("birth date is unknown"));
  // Age is counted in completed years on the day of enrolment.
  const Subject fourteen_tomorrow{"s", "2012-11-27", ""};
  CHECK_FALSE(permit_enrolment(p, fourteen_tomorrow, {consent({"a"})}, "a", now));
  const Subject fourteen_today{"s", "2012-11-26", ""};
  CHECK(permit_enrolment(p, fourteen_today, {consent({"a"})}, "a", now));
}

TEST_CASE("retention: templates expire after the shortest limit", "[policy]") {
  const auto p = make_policy(conditional({condition("max_template_retention", "30 days", 30.0, "days"),
                                          condition("max_template_retention", "1 year", 1.0, "year")}));
  REQUIRE(p.max_retention_days == Approx(30.0));
  CHECK(template_expiry(p, "2026-11-26T08:00:00Z") == std::optional<std::string>("2026-12-26T08:00:00Z"));
  CHECK_FALSE(template_expiry(make_policy(allow()), now).has_value());
}
