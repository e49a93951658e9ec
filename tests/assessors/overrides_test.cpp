// Overrides: a factor overridden with a justification changes the conclusion and the justification is
// carried; a whole derived value overridden through a deployment is applied by the engine after the
// assessors.
#include "facepia/engine/deployment.hpp"
#include "facepia/engine/engine.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

using namespace facepia;
using namespace facepia::test;
namespace fact = facepia::assessors::fact;

namespace {
engine::Override factor_override(std::string fact_path, std::map<std::string, dsl::Value> factors,
                                 std::string justification) {
  engine::Override o;
  o.fact = std::move(fact_path);
  o.factors = std::move(factors);
  o.justification = std::move(justification);
  return o;
}
} // namespace

TEST_CASE("an overridden factor changes the conclusion and carries its justification", "[overrides]") {
  const std::string why = "the pupils are adults in a voluntary evening course, not dependent on the board";
  const Run before = run(skelleftea());
  REQUIRE(before.truth(fact::power_imbalance) == true);

  const Run after =
      run(skelleftea(), {factor_override("assess.power_imbalance", {{"school_over_pupils", no()}}, why)});
  CHECK(after.truth(fact::power_imbalance) == false);
  const auto& f = after.factor(fact::power_imbalance, "school_over_pupils");
  CHECK(f.overridden);
  CHECK(f.justification == why);
  CHECK(factor_truth(f) == false);
  CHECK(f.reasoning.find("overridden to false") == 0);
  CHECK(f.reasoning.find("pupils depend on the school") != std::string::npos); // the computed reading is kept
  CHECK(f.source == "IMY (then Datainspektionen) decision DI-2019-2221 (Skellefteå, 2019-08-20)");
  // The factors that were not overridden are not marked.
  CHECK_FALSE(after.factor(fact::power_imbalance, "employer_over_employees").overridden);
  // The later assessors read the new value: consent is now freely given, and valid under the GDPR.
  CHECK(after.truth(fact::consent_freely_given) == true);
  CHECK(after.truth(fact::consent_valid_gdpr) ==
        std::nullopt); // the Skellefteå facts say nothing of the notice
}

TEST_CASE("an overridden factor of a later assessor: consent's reading of the imbalance", "[overrides]") {
  const Run r = run(skelleftea(), {factor_override("assess.consent_freely_given", {{"power_imbalance", no()}},
                                                   "the DPA's view is under appeal; assess the rest")});
  CHECK(r.truth(fact::power_imbalance) == true); // the imbalance itself stands
  CHECK(r.truth(fact::consent_freely_given) == true);
  CHECK(r.factor(fact::consent_freely_given, "power_imbalance").justification ==
        "the DPA's view is under appeal; assess the rest");
}

TEST_CASE("overriding a screening criterion or a risk", "[overrides]") {
  const Run big =
      run(gym(), {factor_override("assess.dpia_required",
                                  {{"wp248_5_large_scale", yes()}, {"wp248_8_innovative_technology", no()}},
                                  "the chain has 4,000 members in one city: large for a gym")});
  CHECK(big.truth(fact::dpia_required) == true);
  CHECK(big.factor(fact::dpia_required, "wp248_5_large_scale").overridden);
  REQUIRE(big[fact::high_risk_criteria_met].value);
  CHECK(std::get<dsl::Quantity>(*big[fact::high_risk_criteria_met].value).value == 2);

  const Run one =
      run(gym(), {factor_override("assess.dpia_required", {{"wp248_8_innovative_technology", no()}},
                                  "face verification at gyms is established practice here")});
  CHECK(one.truth(fact::dpia_required) == false);

  const Run risky =
      run(gym(), {factor_override("assess.high_residual_risk", {{"misidentification", yes()}},
                                  "the vendor's error rates for dark-skinned women are unpublished")});
  CHECK(risky.truth(fact::high_residual_risk) == true);
  CHECK(risky[fact::high_residual_risk].reasoning.find("Misidentification") != std::string::npos);
}

TEST_CASE("through the engine: factor and value overrides from a deployment's YAML", "[overrides][engine]") {
  engine::Engine eng(common_program(), assessors::standard());
  engine::AssessOptions options;
  options.as_of = *dsl::Date::parse("2019-08-20");

  const std::string yaml = R"(name: Skelleftea attendance
controller: {type: school}
data_subjects: {categories: [pupils, minors], count: 22}
purposes: [attendance]
processing.creates_templates: true
alternatives: {offered: true, equally_convenient: true}
consent: {refusable_without_detriment: true, condition_of_service: false, bundled: false, opt_out_default: false}
overrides:
  assess.power_imbalance:
    factors: {school_over_pupils: false}
    justification: "adult evening course"
  assess.necessary_and_proportionate:
    value: false
    justification: "the DPA found a manual roll call sufficient"
)";
  auto load = engine::load_deployment_text("skelleftea.yaml", yaml, eng.vocabulary());
  INFO(load.diagnostics.items().size());
  REQUIRE(load.ok());
  REQUIRE(load.deployments.size() == 1);
  const auto a = eng.assess(load.deployments[0], options);

  auto derived = [&](std::string_view path) -> const engine::DerivedValue& {
    auto it = std::find_if(a.derived.begin(), a.derived.end(), [&](const auto& d) { return d.fact == path; });
    REQUIRE(it != a.derived.end());
    return *it;
  };
  // The factor override reached the assessor through the engine's AssessorContext.
  const auto& imbalance = derived(fact::power_imbalance);
  CHECK(imbalance.assessor == "power_imbalance");
  REQUIRE(imbalance.value);
  CHECK(std::get<bool>(*imbalance.value) == false);
  const auto& factors = imbalance.factors;
  auto it = std::find_if(factors.begin(), factors.end(),
                         [](const auto& f) { return f.name == "school_over_pupils"; });
  REQUIRE(it != factors.end());
  CHECK(it->overridden);
  CHECK(it->justification == "adult evening course");
  // The engine applies a whole-value override once, after the assessor, and the fact holds it.
  const auto& necessity = derived(fact::necessary_and_proportionate);
  CHECK(necessity.overridden);
  CHECK(necessity.justification == "the DPA found a manual roll call sufficient");
  REQUIRE(necessity.value);
  CHECK(std::get<bool>(*necessity.value) == false);
  REQUIRE(a.facts.get(fact::necessary_and_proportionate));
  CHECK(std::get<bool>(*a.facts.get(fact::necessary_and_proportionate)) == false);
  // Every assessor's facts are in the assessment, once each.
  for (auto path :
       {fact::power_imbalance, fact::necessary_for_service, fact::consent_freely_given,
        fact::consent_valid_gdpr, fact::consent_valid_pipl, fact::necessary_and_proportionate,
        fact::dpia_required, fact::high_risk_criteria_met, fact::pipia_required, fact::high_residual_risk}) {
    INFO(path);
    CHECK(std::count_if(a.derived.begin(), a.derived.end(), [&](const auto& d) { return d.fact == path; }) ==
          1);
  }
}
