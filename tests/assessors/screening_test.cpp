// High-risk screening: the nine WP248 rev.01 criteria and the PIPL Art. 55 triggers.
#include "support.hpp"

#include <catch2/catch.hpp>

using namespace facepia;
using namespace facepia::test;
namespace fact = facepia::assessors::fact;
using assessors::Met;

namespace {
Met criterion(const assessors::Screening& s, int number) {
  return s.wp248.at(static_cast<std::size_t>(number - 1)).met;
}
} // namespace

TEST_CASE("the screening lists the nine WP248 criteria in order, with sources", "[screening]") {
  const auto s = assessors::screen(FactsBuilder());
  REQUIRE(s.wp248.size() == 9);
  REQUIRE(s.pipl_art55.size() == 4);
  for (std::size_t i = 0; i < 9; ++i) {
    CHECK(s.wp248[i].number == static_cast<int>(i) + 1);
    CHECK(s.wp248[i].source.rfind("WP248 rev.01 criterion " + std::to_string(i + 1) + " (", 0) == 0);
    CHECK(s.wp248[i].met == Met::unknown);
    CHECK_FALSE(s.wp248[i].missing_facts.empty());
  }
  CHECK(s.wp248[2].source == "WP248 rev.01 criterion 3 (systematic monitoring)");
  CHECK(s.dpia_required == engine::Truth::unknown);
  CHECK(s.pipia_required == engine::Truth::unknown);
  CHECK(s.pipl_art55[0].source == "PIPL Art. 55 item (1)");
}

TEST_CASE("Skellefteå: systematic monitoring of pupils by biometrics requires a DPIA", "[screening]") {
  const Run r = run(skelleftea());
  const auto s = assessors::screen(r.facts);
  CHECK(criterion(s, 3) == Met::met);     // systematic monitoring
  CHECK(criterion(s, 4) == Met::met);     // sensitive data
  CHECK(criterion(s, 7) == Met::met);     // vulnerable data subjects
  CHECK(criterion(s, 8) == Met::met);     // innovative technology
  CHECK(criterion(s, 5) == Met::not_met); // 22 pupils
  CHECK(s.criteria_met >= 4);
  CHECK(s.dpia_required == engine::Truth::true_);
  CHECK(r.truth(fact::dpia_required) == true);
  CHECK(r[fact::dpia_required].reasoning.find("GDPR Art. 35(1)") != std::string::npos);
  CHECK(factor_truth(r.factor(fact::dpia_required, "wp248_3_systematic_monitoring")) == true);
}

TEST_CASE("the count of criteria met is known only when no criterion is unknown", "[screening]") {
  const Run g = run(gym());
  const auto s = assessors::screen(g.facts);
  CHECK(s.criteria_unknown == 0);
  // Sensitive data and innovative technology only: the gym's choice is free and nothing monitors anyone.
  CHECK(s.criteria_met == 2);
  CHECK(criterion(s, 4) == Met::met);
  CHECK(criterion(s, 8) == Met::met);
  CHECK(criterion(s, 2) == Met::not_met); // a card is offered: the match alone decides nothing
  CHECK(criterion(s, 9) == Met::not_met);
  REQUIRE(g[fact::high_risk_criteria_met].value);
  CHECK(std::get<dsl::Quantity>(*g[fact::high_risk_criteria_met].value).value == 2);
  CHECK(g.truth(fact::dpia_required) == true);

  const Run unknown = run(gym().without("enrolment.from_third_party"));
  CHECK_FALSE(unknown[fact::high_risk_criteria_met].value);
  CHECK(unknown[fact::high_risk_criteria_met].reasoning.find("enrolment.from_third_party") !=
        std::string::npos);
  CHECK(unknown.truth(fact::dpia_required) == true); // two are met whatever criterion 6 is
}

TEST_CASE("screening criteria one by one", "[screening]") {
  CHECK(criterion(assessors::screen(gym().with("purposes", set({"access_control", "marketing"}))), 1) ==
        Met::met);
  CHECK(criterion(assessors::screen(gym().with("alternatives.offered", no())), 2) == Met::met);
  CHECK(criterion(assessors::screen(gym().with("capture.ambient", yes())), 3) == Met::met);
  CHECK(criterion(assessors::screen(gym().with("data_subjects.count", n(20000, "persons"))), 5) == Met::met);
  CHECK(criterion(assessors::screen(gym().with("enrolment.from_third_party", yes())), 6) == Met::met);
  CHECK(criterion(assessors::screen(gym().with("data_subjects.categories", set({"under_14"}))), 7) ==
        Met::met);
  CHECK(criterion(assessors::screen(gym().with("consent.condition_of_service", yes())), 9) == Met::met);
  // The residential compound: face is the only way home.
  CHECK(criterion(assessors::screen(residential_compound()), 9) == Met::met);
  // Plain CCTV: no templates, so neither sensitive data nor innovative technology.
  const auto cctv = assessors::screen(gym().with("processing.creates_templates", no()));
  CHECK(criterion(cctv, 4) == Met::not_met);
  CHECK(criterion(cctv, 8) == Met::not_met);
  CHECK(cctv.criteria_met == 0);
  CHECK(cctv.dpia_required == engine::Truth::false_);
  CHECK(cctv.pipia_required == engine::Truth::true_); // access control is still an automated decision
}

TEST_CASE("PIPL Art. 55 triggers", "[screening][pipl]") {
  const auto g = assessors::screen(gym());
  CHECK(g.pipl_art55[0].met == Met::met);     // sensitive personal information
  CHECK(g.pipl_art55[2].met == Met::not_met); // nothing entrusted or provided
  CHECK(g.pipl_art55[3].met == Met::not_met); // nothing abroad
  CHECK(g.pipia_required == engine::Truth::true_);
  const auto cloud = assessors::screen(gym().with("storage.templates", e("cloud_service")));
  CHECK(cloud.pipl_art55[2].met == Met::met);
  const auto abroad = assessors::screen(gym().with("transfer.out_of_china", yes()));
  CHECK(abroad.pipl_art55[3].met == Met::met);
  const Run r = run(residential_compound());
  CHECK(r.truth(fact::pipia_required) == true);
  CHECK(r[fact::pipia_required].reasoning.find("PIPL Art. 55 item (1)") != std::string::npos);
}
