// Risk register (CNIL method): levels before and after the measures, and the high residual risk.
#include "support.hpp"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace facepia;
using namespace facepia::test;
namespace fact = facepia::assessors::fact;
using assessors::Level;

namespace {
const assessors::Risk& risk(const assessors::RiskRegister& reg, std::string_view id) {
  auto it = std::find_if(reg.risks.begin(), reg.risks.end(), [&](const auto& r) { return r.id == id; });
  REQUIRE(it != reg.risks.end());
  return *it;
}

// A city-wide 1:N search of a cloud gallery, with no measures at all.
FactsBuilder city_search() {
  return FactsBuilder()
      .with("controller.type", e("commercial_venue"))
      .with("purposes", set({"marketing"}))
      .with("processing.creates_templates", yes())
      .with("processing.mode", e("identification_1ton"))
      .with("processing.location", e("publicly_accessible_premises"))
      .with("processing.covert", no())
      .with("processing.secondary_use", no())
      .with("capture.ambient", yes())
      .with("storage.templates", e("cloud_service"))
      .with("transfer.outside_jurisdiction", no())
      .with("recipients.third_parties", no())
      .with("data_subjects.categories", set({"general_public"}))
      .with("data_subjects.count", n(50000, "persons"))
      .with("alternatives.offered", no())
      .with("deletion.on_purpose_end", no())
      .with("design.privacy_by_default", no())
      .with("signs.conspicuous", no())
      .with("security.measures", set({}));
}
} // namespace

TEST_CASE("the register holds the three CNIL risks and the four risks proper to facial recognition",
          "[risks]") {
  const auto reg = assessors::risk_register(gym());
  REQUIRE(reg.risks.size() == 7);
  const std::vector<std::string> ids = {"illegitimate_access", "unwanted_modification", "disappearance",
                                        "misidentification",   "function_creep",        "loss_of_anonymity",
                                        "irreversible_leak"};
  for (std::size_t i = 0; i < ids.size(); ++i) {
    CHECK(reg.risks[i].id == ids[i]);
    CHECK_FALSE(reg.risks[i].title.empty());
    CHECK_FALSE(reg.risks[i].source.empty());
    CHECK_FALSE(reg.risks[i].reasoning.empty());
  }
  CHECK(reg.risks[0].source == "CNIL PIA Knowledge Bases (2018)");
}

TEST_CASE("without measures, a cloud gallery searched 1:N is a high residual risk (GDPR Art. 36(1))",
          "[risks]") {
  const auto reg = assessors::risk_register(city_search());
  const auto& access = risk(reg, "illegitimate_access");
  CHECK(access.likelihood_before.low == Level::maximum);
  CHECK(access.likelihood_before.known());
  CHECK(access.severity_before.low == Level::maximum); // 50,000 people
  CHECK(access.measures.empty());
  CHECK(access.high_residual == engine::Truth::true_);
  CHECK(risk(reg, "misidentification").likelihood_before.low == Level::maximum);
  CHECK(risk(reg, "loss_of_anonymity").high_residual == engine::Truth::true_);
  CHECK(risk(reg, "irreversible_leak").severity_after.low == Level::maximum);
  CHECK(reg.high_residual_risk == engine::Truth::true_);

  const Run r = run(city_search());
  CHECK(r.truth(fact::high_residual_risk) == true);
  CHECK(r[fact::high_residual_risk].reasoning.find("GDPR Art. 36(1)") != std::string::npos);
  CHECK(factor_truth(r.factor(fact::high_residual_risk, "illegitimate_access")) == true);
}

TEST_CASE("the declared measures lower the levels and are named", "[risks]") {
  const auto reg = assessors::risk_register(city_search().with(
      "security.measures", set({"encryption_at_rest", "access_restriction", "audit_logging"})));
  const auto& access = risk(reg, "illegitimate_access");
  CHECK(access.likelihood_before.low == Level::maximum);
  // Three measures are declared; at most two levels down, so maximum becomes limited and audit logging, third
  // in line, lowers nothing further and is not named.
  CHECK(access.likelihood_after.low == Level::limited);
  REQUIRE(access.measures.size() == 2);
  CHECK(access.measures[0] == "encryption at rest (likelihood -1)");
  CHECK(access.measures[1] == "access restricted to named staff (likelihood -1)");
  CHECK(access.severity_after.low == Level::maximum); // no measure lowers the severity of 50,000 faces
  CHECK(access.high_residual == engine::Truth::false_);
  const auto& modification = risk(reg, "unwanted_modification");
  CHECK(modification.likelihood_after.low == Level::negligible);
  CHECK(modification.high_residual == engine::Truth::false_);
}

TEST_CASE("gym: on the device, with measures, no high residual risk", "[risks]") {
  const auto reg = assessors::risk_register(gym());
  for (const auto& r : reg.risks) {
    INFO(r.id << ": " << r.reasoning);
    CHECK(r.missing_facts.empty());
    CHECK(r.high_residual == engine::Truth::false_);
  }
  CHECK(risk(reg, "illegitimate_access").likelihood_after.low == Level::negligible);
  CHECK(risk(reg, "loss_of_anonymity").likelihood_before.low == Level::negligible);
  CHECK(reg.high_residual_risk == engine::Truth::false_);
  CHECK(run(gym()).truth(fact::high_residual_risk) == false);
}

TEST_CASE("plain CCTV: the risks proper to facial recognition do not apply", "[risks]") {
  const auto reg = assessors::risk_register(gym().with("processing.creates_templates", no()));
  CHECK(risk(reg, "misidentification").applicable == engine::Truth::false_);
  CHECK(risk(reg, "irreversible_leak").high_residual == engine::Truth::false_);
  CHECK(risk(reg, "illegitimate_access").applicable == engine::Truth::true_);
}

TEST_CASE("unknown facts make a level a range and the conclusion unknown", "[risks]") {
  const auto reg = assessors::risk_register(gym().without("storage.templates").without("security.measures"));
  const auto& access = risk(reg, "illegitimate_access");
  CHECK_FALSE(access.likelihood_before.known());
  CHECK(assessors::to_string(access.likelihood_before) == "limited to maximum");
  CHECK(access.high_residual == engine::Truth::unknown);
  CHECK(std::find(access.missing_facts.begin(), access.missing_facts.end(), "storage.templates") !=
        access.missing_facts.end());
  CHECK(reg.high_residual_risk == engine::Truth::unknown);
  const Run r = run(gym().without("storage.templates").without("security.measures"));
  CHECK(r.truth(fact::high_residual_risk) == std::nullopt);
  CHECK(r[fact::high_residual_risk].reasoning.find("storage.templates") != std::string::npos);
}

TEST_CASE("the CNIL map: high when likelihood and severity are both significant or maximum", "[risks]") {
  CHECK(assessors::is_high(Level::significant, Level::significant));
  CHECK(assessors::is_high(Level::maximum, Level::maximum));
  CHECK_FALSE(assessors::is_high(Level::limited, Level::maximum));
  CHECK_FALSE(assessors::is_high(Level::maximum, Level::limited));
  CHECK(assessors::to_string(Level::negligible) == "negligible");
}
