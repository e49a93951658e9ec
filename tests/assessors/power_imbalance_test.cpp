// Power imbalance: each acceptance scenario and each factor.
#include "support.hpp"

#include <catch2/catch.hpp>

using namespace facepia;
using namespace facepia::test;
using assessors::fact::power_imbalance;

namespace {
std::optional<bool> factor(const Run& r, const char* name) {
  return factor_truth(r.factor(power_imbalance, name));
}
} // namespace

TEST_CASE("Skellefteå: a school over its pupils is a clear imbalance, whatever the opt-out",
          "[power_imbalance]") {
  const Run r = run(skelleftea());
  CHECK(r.truth(power_imbalance) == true);
  CHECK(factor(r, "school_over_pupils") == true);
  CHECK(r.factor(power_imbalance, "school_over_pupils").source ==
        "IMY (then Datainspektionen) decision DI-2019-2221 (Skellefteå, 2019-08-20)");
  // The opt-out and the roll call do not cure it: the relationship alone decides.
  CHECK(factor(r, "detriment_on_refusal") == false);
  CHECK(factor(r, "no_genuine_alternative") == false);
  CHECK(r[power_imbalance].reasoning.rfind("yes:", 0) == 0);
  CHECK(r[power_imbalance].assessor == "power_imbalance");
}

TEST_CASE("workplace clock-in: employer over employees", "[power_imbalance]") {
  const Run r = run(workplace_clock_in());
  CHECK(r.truth(power_imbalance) == true);
  CHECK(factor(r, "employer_over_employees") == true);
  CHECK(r.factor(power_imbalance, "employer_over_employees").source.find("EDPB Guidelines 05/2020") !=
        std::string::npos);
  // Employees of another kind of controller (a school's staff) count too.
  const Run staff = run(workplace_clock_in().with("controller.type", e("school")));
  CHECK(staff.truth(power_imbalance) == true);
  CHECK(factor(staff, "employer_over_employees") == true);
  CHECK(factor(staff, "school_over_pupils") == false);
}

TEST_CASE("gym with an optional face entry beside a card: no imbalance", "[power_imbalance]") {
  const Run r = run(gym());
  CHECK(r.truth(power_imbalance) == false);
  for (const char* name :
       {"public_authority", "school_over_pupils", "employer_over_employees", "landlord_over_residents",
        "essential_service", "detriment_on_refusal", "no_genuine_alternative"}) {
    INFO(name);
    CHECK(factor(r, name) == false);
  }
  CHECK(r[power_imbalance].reasoning.rfind("no:", 0) == 0);
}

TEST_CASE("residential compound with face-only entry: the property manager over residents (SPC-FR Art. 10)",
          "[power_imbalance]") {
  const Run r = run(residential_compound());
  CHECK(r.truth(power_imbalance) == true);
  CHECK(factor(r, "landlord_over_residents") == true);
  CHECK(r.factor(power_imbalance, "landlord_over_residents").source == "GDPR Recital 43; SPC-FR Art. 10");
  CHECK(factor(r, "detriment_on_refusal") == true);
  CHECK(factor(r, "no_genuine_alternative") == true);
  // A landlord other than a property manager: residents at a residential compound.
  const Run other = run(residential_compound().with("controller.type", e("other_controller")));
  CHECK(factor(other, "landlord_over_residents") == true);
}

TEST_CASE("power imbalance factor by factor", "[power_imbalance]") {
  SECTION("a public authority (GDPR Recital 43)") {
    const Run r = run(gym().with("controller.type", e("public_authority")));
    CHECK(r.truth(power_imbalance) == true);
    CHECK(factor(r, "public_authority") == true);
    CHECK(r.factor(power_imbalance, "public_authority").source.find("GDPR Recital 43") == 0);
  }
  SECTION("an essential service: an imbalance only without a genuine alternative") {
    CHECK(run(gym().with("service.essential", yes())).truth(power_imbalance) == false);
    const Run r = run(gym().with("service.essential", yes()).with("alternatives.equally_convenient", no()));
    CHECK(r.truth(power_imbalance) == true);
    CHECK(factor(r, "essential_service") == true);
    CHECK(factor(r, "no_genuine_alternative") == true);
  }
  SECTION("detriment on refusal with no genuine alternative, by any controller") {
    const Run r =
        run(gym().with("consent.refusable_without_detriment", no()).with("alternatives.offered", no()));
    CHECK(r.truth(power_imbalance) == true);
    CHECK(factor(r, "detriment_on_refusal") == true);
    // With an equally convenient alternative, the detriment alone is not an imbalance.
    CHECK(run(gym().with("consent.refusable_without_detriment", no())).truth(power_imbalance) == false);
  }
  SECTION("a service made conditional on consent is a detriment on refusal") {
    const Run r = run(gym().with("consent.condition_of_service", yes()));
    CHECK(factor(r, "detriment_on_refusal") == true);
  }
}

TEST_CASE("power imbalance is unknown when a missing fact could change it, and says which",
          "[power_imbalance]") {
  const Run empty = run(FactsBuilder());
  CHECK(empty.truth(power_imbalance) == std::nullopt);
  CHECK(empty[power_imbalance].reasoning.find("controller.type") != std::string::npos);
  CHECK(empty.factor(power_imbalance, "public_authority").reasoning.find("not stated: controller.type") !=
        std::string::npos);

  // The gym without its answer to "is it essential": still no, because an equally convenient alternative
  // exists.
  CHECK(run(gym().without("service.essential")).truth(power_imbalance) == false);
  // The gym without its categories of data subjects: employees could be among them.
  const Run r = run(gym().without("data_subjects.categories"));
  CHECK(r.truth(power_imbalance) == std::nullopt);
  CHECK(r[power_imbalance].reasoning.find("data_subjects.categories") != std::string::npos);
  // A known dependency decides it even when other facts are missing.
  CHECK(run(FactsBuilder().with("controller.type", e("public_authority"))).truth(power_imbalance) == true);
}
