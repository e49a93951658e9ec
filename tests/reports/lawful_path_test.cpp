// The path to lawful: each proposal is re-assessed here and flips the deny; each is minimal (without any one
// of its changes the deployment is refused again); where no change the controller can make is enough, the
// report says so.
#include "facepia/dsl/dsl.hpp"
#include "facepia/reports/lawful_path.hpp"
#include "support.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace facepia::test {
namespace {

struct Searched {
  engine::Deployment deployment;
  engine::Assessment assessment;
  reports::LawfulPathSearch search;
};

Searched search(const std::string& file) {
  auto deployment = load_example(file);
  auto assessment = assess_example(file, "2026-11-26");
  auto found = reports::search_lawful_paths(bundled_engine(), deployment, assessment);
  return {std::move(deployment), std::move(assessment), std::move(found)};
}

engine::Assessment reassessed(const engine::Deployment& deployment, const std::vector<std::string>& levers) {
  engine::AssessOptions options;
  options.as_of = dsl::Date::parse("2026-11-26");
  return bundled_engine().assess(reports::with_levers(bundled_engine(), deployment, levers), options);
}

dsl::Decision reassess(const engine::Deployment& deployment, const std::vector<std::string>& levers) {
  return reassessed(deployment, levers).decision;
}

// The rules in breach that refuse the deployment.
std::vector<std::string> refusing_breaches(const engine::Assessment& a) {
  std::vector<std::string> out;
  for (const auto& f : a.findings) {
    if (f.refuses && f.status == dsl::Status::breach) {
      out.push_back(f.rule_id());
    }
  }
  return out;
}

// The facts the park does not state, answered as a careful operator would (no processor, no transfer abroad,
// a breach procedure, a notice, a PIPIA, ...): the open questions that the path leaves to the deployment.
constexpr const char* hangzhou_answers = R"(name: answers
data_subjects: {count: 40000, elderly_or_disabled: true}
accessibility: {barrier_free: true}
storage: {faces_stored: 40000}
basis: {written_consent_by_law: false}
breach: {procedure: true}
audits: {regular: true}
rights: {request_channel: true, access_copy: true, rectification_restriction: true, portability: true, deceased_relatives: true}
decision: {solely_automated: false, significant_effect: false, human_review: true, explanation_on_request: true}
processors: {used: false}
controller: {joint_controllers: false, ciio: false, pi_officer_appointed: true, persons_processed: 40000}
transfer: {out_of_china: false}
processing: {secondary_use: false, further_use_required_by_law: false}
recipients: {third_parties: false}
notice: {rules_published: true, contents: [controller_identity, purposes_and_methods, data_categories,
  retention_period, rights_and_how, withdrawal_right, necessity, impact_on_rights]}
pipia: {done: true, covers: [systematic_description, necessity_proportionality, risk_assessment,
  mitigation_measures], record_retention: 3}
security: {measures: [encryption_at_rest, encryption_in_transit, access_restriction, audit_logging,
  incident_response], authorisation_management: true, intrusion_detection: true}
)";

engine::Deployment with_facts(const engine::Deployment& deployment, const char* yaml) {
  auto load = engine::load_deployment_text("answers.yaml", yaml, bundled_engine().vocabulary());
  if (!load.ok()) {
    throw std::runtime_error(dsl::render_all(load.diagnostics, load.sources, false));
  }
  engine::Deployment out = deployment;
  const auto& facts = load.deployments.front().facts;
  for (std::size_t i = 0; i < facts.size(); ++i) {
    if (const auto* v = facts.get(i)) {
      out.facts.set(i, *v);
    }
  }
  return out;
}

bool contains(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

} // namespace

TEST_CASE("every lever's facts fit the bundled vocabulary", "[lawful-path]") {
  const auto deployment = load_example("hangzhou-safari-park.yaml");
  for (const auto& lever : reports::levers()) {
    INFO(lever.id);
    CHECK_NOTHROW(reports::with_levers(bundled_engine(), deployment, {lever.id}));
  }
}

TEST_CASE("Hangzhou Safari Park: offering the former entry method is among the changes, and each proposal "
          "flips the deny and is minimal",
          "[lawful-path]") {
  const auto s = search("hangzhou-safari-park.yaml");
  REQUIRE(s.assessment.decision == dsl::Decision::deny);
  REQUIRE(s.search.searched);
  REQUIRE_FALSE(s.search.paths.empty());
  // Today the park is refused for breaches (SPC-FR Art. 4(1), PIPL Art. 6, PIPL Art. 29).
  CHECK_FALSE(refusing_breaches(s.assessment).empty());
  for (const auto& path : s.search.paths) {
    INFO("proposal with " << path.levers.size() << " changes, first " << path.levers.front());
    CHECK(contains(path.levers, "offer_alternative"));
    // Re-assessed with the proposal, no rule is breached: what still refuses is undetermined, and exactly
    // the rules the proposal names.
    const auto after = reassessed(s.deployment, path.levers);
    CHECK(after.decision == path.decision);
    CHECK(refusing_breaches(after).empty());
    std::vector<std::string> open;
    for (const auto& f : after.findings) {
      if (f.refuses) {
        CHECK(f.status == dsl::Status::undetermined);
        open.push_back(f.rule_id());
      }
    }
    CHECK(open == path.open_rules);
    for (const auto& dropped : path.levers) {
      auto fewer = path.levers;
      fewer.erase(std::find(fewer.begin(), fewer.end(), dropped));
      INFO("without " << dropped);
      CHECK_FALSE(refusing_breaches(reassessed(s.deployment, fewer)).empty());
    }
  }
  // Answering the open questions as the rules require flips the decision: the park's two changes, with the
  // facts it did not state answered, are lawful.
  const auto answered = with_facts(s.deployment, hangzhou_answers);
  CHECK(reassess(answered, {}) == dsl::Decision::deny);
  for (const auto& path : s.search.paths) {
    INFO("proposal with " << path.levers.size() << " changes, first " << path.levers.front());
    const auto after = reassessed(answered, path.levers);
    for (const auto& f : after.findings) {
      if (f.refuses) {
        std::string missing;
        for (const auto& m : f.missing_facts) {
          missing += " " + m;
        }
        UNSCOPED_INFO("still refused by " << f.rule_id() << " (" << dsl::to_string(f.status)
                                          << "):" << missing);
      }
    }
    CHECK(after.decision != dsl::Decision::deny);
  }
  // Offering the alternative alone is not enough: the park also lacks separate consent (PIPL Art. 29).
  CHECK(reassess(s.deployment, {"offer_alternative"}) == dsl::Decision::deny);

  reports::ReportOptions options = fixed_options();
  options.lawful_paths = &s.search;
  const std::string md =
      reports::render(s.assessment, bundled_engine().program(), reports::Format::markdown, options);
  CHECK(md.find("### Path to lawful") != std::string::npos);
  CHECK(md.find("Offer an equally convenient way without the face") != std::string::npos);
  // The park is under the PIPL only: the path speaks of no other law.
  const auto from = md.find("### Path to lawful");
  const std::string path_text = md.substr(from, md.find("\n| |", from) - from);
  CHECK(path_text.find("GDPR") == std::string::npos);
  CHECK(path_text.find("Consult the supervisory authority before the processing starts") !=
        std::string::npos);
  const auto json = nlohmann::json::parse(
      reports::render(s.assessment, bundled_engine().program(), reports::Format::json, options));
  const auto& paths = json.at("report").at("lawful_paths").at("paths");
  REQUIRE(paths.size() == s.search.paths.size());
  CHECK(paths.at(0).at("levers").at(0) == s.search.paths.front().levers.front());
  CHECK(paths.at(0).at("open_rules").size() == s.search.paths.front().open_rules.size());
}

TEST_CASE("Skelleftea: no change the school controls makes facial recognition lawful for attendance",
          "[lawful-path]") {
  const auto s = search("skelleftea-school-attendance.yaml");
  REQUIRE(s.search.searched);
  CHECK(s.search.paths.empty());
  CHECK(contains(s.search.tried, "separate_written_consent"));
  CHECK(contains(s.search.tried, "consult_authority"));
  // Every set of the levers tried, up to the largest, was re-assessed and refused.
  CHECK(s.search.assessments > s.search.tried.size());
  CHECK(reassess(s.deployment, s.search.tried) == dsl::Decision::deny);

  reports::ReportOptions options = fixed_options();
  options.lawful_paths = &s.search;
  const std::string md =
      reports::render(s.assessment, bundled_engine().program(), reports::Format::markdown, options);
  CHECK(md.find("No set of the changes the controller can make ends every breach") != std::string::npos);
  CHECK(md.find("a means without faces achieves the purpose") != std::string::npos);
  // What no change cures: the prohibition of Art. 9(1), with no Art. 9(2) exception between a school and its
  // pupils.
  REQUIRE_FALSE(s.search.still_breached.empty());
  CHECK(s.search.still_breached.front().rule == "gdpr.biometric-prohibition");
  CHECK(md.find("With every change tried made at once, these rules are still breached:\n\n- "
                "gdpr.biometric-prohibition (GDPR Art. 9(1)") != std::string::npos);
}

TEST_CASE("a deployment that is not refused needs no path", "[lawful-path]") {
  const auto s = search("residential-card-alternative.yaml");
  CHECK(s.assessment.decision == dsl::Decision::conditional);
  CHECK_FALSE(s.search.searched);
  CHECK(s.search.assessments == 0);
}

} // namespace facepia::test
