// The assessors' acceptance criteria, one test case each: the Skellefteå facts, a workplace clock-in, a gym
// where face entry is optional beside a card, a residential compound with face-only entry (SPC-FR Art. 10),
// and a factor overridden with a justification that the assessment then shows. The last runs through the
// engine with the real rule packs and the bundled Skellefteå deployment.
#include "facepia/dsl/dsl.hpp"
#include "facepia/engine/deployment.hpp"
#include "facepia/engine/engine.hpp"
#include "facepia/engine/output.hpp"
#include "support.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

using namespace facepia;
using namespace facepia::test;
namespace fact = facepia::assessors::fact;

namespace {

std::filesystem::path source_dir() {
  return std::filesystem::path(FACEPIA_SOURCE_DIR);
}

bool contains(const std::string& text, std::string_view what) {
  return text.find(what) != std::string::npos;
}

} // namespace

TEST_CASE("acceptance: Skellefteå - imbalance yes, consent invalid", "[acceptance]") {
  const Run r = run(skelleftea());
  // A school over its pupils is a clear imbalance (Recital 43; IMY 2019), whatever the opt-out and the roll
  // call.
  CHECK(r.truth(fact::power_imbalance) == true);
  CHECK(factor_truth(r.factor(fact::power_imbalance, "school_over_pupils")) == true);
  CHECK(contains(r.factor(fact::power_imbalance, "school_over_pupils").source, "Skellefteå"));
  // So consent is not freely given, and invalid under the GDPR, although it was explicit, written and the
  // guardians'.
  CHECK(r.truth(fact::consent_freely_given) == false);
  CHECK(r.truth(fact::consent_valid_gdpr) == false);
  CHECK(factor_truth(r.factor(fact::consent_valid_gdpr, "explicit")) == true);
  CHECK(factor_truth(r.factor(fact::consent_valid_gdpr, "freely_given")) == false);
  CHECK(contains(r[fact::consent_valid_gdpr].reasoning, "not freely given"));
  // The authority's other findings: disproportionate (Art. 5(1)(c)), and a DPIA was required (Art. 35).
  CHECK(r.truth(fact::necessary_and_proportionate) == false);
  CHECK(r.truth(fact::dpia_required) == true);
}

TEST_CASE("acceptance: workplace clock-in - employer over employees, imbalance yes", "[acceptance]") {
  const Run r = run(workplace_clock_in());
  CHECK(r.truth(fact::power_imbalance) == true);
  CHECK(factor_truth(r.factor(fact::power_imbalance, "employer_over_employees")) == true);
  CHECK(
      contains(r.factor(fact::power_imbalance, "employer_over_employees").source, "EDPB Guidelines 05/2020"));
  CHECK(r.truth(fact::consent_freely_given) == false);
  CHECK(r.truth(fact::consent_valid_gdpr) == false);
  CHECK(r.truth(fact::consent_valid_pipl) == false);
  // Employees are vulnerable data subjects (WP248 criterion 7).
  const auto s = assessors::screen(r.facts);
  CHECK(s.wp248.at(6).met == assessors::Met::met);
}

TEST_CASE("acceptance: gym with optional face entry beside a card - no imbalance, consent can be valid",
          "[acceptance]") {
  const Run r = run(gym());
  CHECK(r.truth(fact::power_imbalance) == false);
  CHECK(r.truth(fact::consent_freely_given) == true);
  CHECK(r.truth(fact::consent_valid_gdpr) == true);
  CHECK(r.truth(fact::consent_valid_pipl) == true);
  // The face is a convenience, not a necessity of the service; the optional 1:1 route is proportionate.
  CHECK(r.truth(fact::necessary_for_service) == false);
  CHECK(r.truth(fact::necessary_and_proportionate) == true);
  CHECK(r.truth(fact::high_residual_risk) == false);
  // Remove the card and the same gym loses it all: no genuine alternative, a condition of entry.
  const Run card_gone = run(gym()
                                .with("alternatives.offered", no())
                                .with("consent.condition_of_service", yes())
                                .with("consent.refusable_without_detriment", no()));
  CHECK(card_gone.truth(fact::power_imbalance) == true);
  CHECK(card_gone.truth(fact::consent_freely_given) == false);
}

TEST_CASE("acceptance: residential compound with face-only entry (SPC-FR Art. 10)", "[acceptance]") {
  const Run r = run(residential_compound());
  // The property manager controls the way home: a dependency, and face-only entry leaves no genuine
  // alternative.
  CHECK(r.truth(fact::power_imbalance) == true);
  CHECK(factor_truth(r.factor(fact::power_imbalance, "landlord_over_residents")) == true);
  CHECK(r.factor(fact::power_imbalance, "landlord_over_residents").source ==
        "GDPR Recital 43; SPC-FR Art. 10");
  CHECK(factor_truth(r.factor(fact::power_imbalance, "no_genuine_alternative")) == true);
  // A card would open the gate: the face is not necessary, so demanding it is the SPC-FR Art. 4(1) case.
  CHECK(r.truth(fact::necessary_for_service) == false);
  CHECK(factor_truth(r.factor(fact::consent_freely_given, "condition_of_unnecessary_service")) == true);
  CHECK(r.truth(fact::consent_valid_pipl) == false);
  // Residents who refuse cannot get home (WP248 criterion 9); sensitive information (PIPL Art. 55 item (1)).
  const auto s = assessors::screen(r.facts);
  CHECK(s.wp248.at(8).met == assessors::Met::met);
  CHECK(r.truth(fact::pipia_required) == true);
  // With a card beside the face (the remedy Art. 10 gives), the dependency remains but the gate is no longer
  // a condition of getting home.
  const Run card = run(residential_compound()
                           .with("alternatives.offered", yes())
                           .with("alternatives.equally_convenient", yes())
                           .with("consent.condition_of_service", no())
                           .with("consent.refusable_without_detriment", yes()));
  CHECK(factor_truth(card.factor(fact::power_imbalance, "no_genuine_alternative")) == false);
  CHECK(factor_truth(card.factor(fact::consent_freely_given, "condition_of_unnecessary_service")) == false);
  CHECK(assessors::screen(card.facts).wp248.at(8).met == assessors::Met::not_met);
}

TEST_CASE("acceptance: a factor overridden with a justification appears in the assessment", "[acceptance]") {
  // The real rule packs and the bundled Skellefteå deployment, with an override added to it.
  auto loaded = dsl::load({source_dir() / "rules"});
  REQUIRE(loaded.ok());
  engine::Engine eng(std::move(loaded.program), assessors::standard());
  engine::AssessOptions options;
  options.as_of = *dsl::Date::parse("2019-08-20");

  const std::string why = "the class is an adult evening course; the students do not depend on the board";
  std::ifstream in(source_dir() / "examples" / "deployments" / "skelleftea-school-attendance.yaml");
  std::stringstream yaml;
  yaml << in.rdbuf() << "overrides:\n"
       << "  assess.power_imbalance:\n"
       << "    factors: {school_over_pupils: false}\n"
       << "    justification: \"" << why << "\"\n";
  auto load = engine::load_deployment_text("skelleftea.yaml", yaml.str(), eng.vocabulary());
  REQUIRE(load.ok());
  REQUIRE(load.deployments.size() == 1);
  const auto a = eng.assess(load.deployments[0], options);

  // In the derived values: the factor, overridden, with the justification and the computed reading kept.
  auto it = std::find_if(a.derived.begin(), a.derived.end(),
                         [](const auto& d) { return d.fact == fact::power_imbalance; });
  REQUIRE(it != a.derived.end());
  auto f = std::find_if(it->factors.begin(), it->factors.end(),
                        [](const auto& x) { return x.name == "school_over_pupils"; });
  REQUIRE(f != it->factors.end());
  CHECK(f->overridden);
  CHECK(f->justification == why);
  CHECK(contains(f->reasoning, "overridden to false"));
  CHECK(contains(f->reasoning, "pupils depend on the school"));

  // In the JSON the report is built from.
  const auto j = engine::to_json(a);
  bool in_json = false;
  for (const auto& d : j.at("derived")) {
    if (d.at("fact") != fact::power_imbalance) {
      continue;
    }
    for (const auto& fj : d.at("factors")) {
      if (fj.at("name") == "school_over_pupils") {
        in_json = fj.value("overridden", false) && fj.value("justification", std::string()) == why;
      }
    }
  }
  CHECK(in_json);
  // In the explanation of the findings that read the imbalance.
  const std::string text = engine::to_text(a, true);
  CHECK(contains(text, "school_over_pupils"));
  CHECK(contains(text, why));
}

TEST_CASE("acceptance: a whole value overridden is read by the assessors after it",
          "[acceptance][overrides]") {
  engine::Override o;
  o.fact = std::string(fact::power_imbalance);
  o.value = no();
  o.justification = "the DPA's finding is under appeal; assess consent on its other elements";
  const Run r = run(skelleftea(), {o});
  CHECK(r.truth(fact::power_imbalance) == false);
  CHECK(r[fact::power_imbalance].overridden);
  CHECK(r[fact::power_imbalance].justification == o.justification);
  CHECK(contains(r[fact::power_imbalance].reasoning, "the assessor computed true"));
  // Consent validity reads the overridden value, not the computed one.
  CHECK(factor_truth(r.factor(fact::consent_freely_given, "power_imbalance")) == false);
  CHECK(r.truth(fact::consent_freely_given) == true);
}
