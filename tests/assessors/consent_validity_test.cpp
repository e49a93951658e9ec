// Consent validity: necessary for the service, freely given, valid under the GDPR and the PIPL.
#include "support.hpp"

#include <catch2/catch.hpp>

using namespace facepia;
using namespace facepia::test;
namespace fact = facepia::assessors::fact;

TEST_CASE("Skellefteå: consent is not freely given because of the imbalance, so it is invalid", "[consent]") {
  const Run r = run(skelleftea());
  CHECK(r.truth(fact::consent_freely_given) == false);
  CHECK(factor_truth(r.factor(fact::consent_freely_given, "power_imbalance")) == true);
  CHECK(r.factor(fact::consent_freely_given, "power_imbalance").source == "GDPR Recital 43");
  // Every other element of a free choice was there: the imbalance alone decides.
  for (const char* name : {"condition_of_unnecessary_service", "bundled", "coerced", "opt_out_default"}) {
    INFO(name);
    CHECK(factor_truth(r.factor(fact::consent_freely_given, name)) == false);
  }
  CHECK(r.truth(fact::consent_valid_gdpr) == false);
  CHECK(factor_truth(r.factor(fact::consent_valid_gdpr, "freely_given")) == false);
  CHECK(r[fact::consent_freely_given].reasoning.find("Recital 43") != std::string::npos);
  // Attendance can be recorded without faces.
  CHECK(r.truth(fact::necessary_for_service) == false);
}

TEST_CASE("workplace clock-in: consent of employees is not freely given", "[consent]") {
  const Run r = run(workplace_clock_in());
  CHECK(r.truth(fact::consent_freely_given) == false);
  CHECK(r.truth(fact::consent_valid_gdpr) == false);
  CHECK(r.truth(fact::consent_valid_pipl) == false);
  CHECK(factor_truth(r.factor(fact::consent_freely_given, "coerced")) == true);
}

TEST_CASE("gym: optional face entry beside a card, consent can be valid under both laws", "[consent]") {
  const Run r = run(gym());
  CHECK(r.truth(fact::necessary_for_service) == false); // the card works: the face is a convenience
  CHECK(r.truth(fact::consent_freely_given) == true);
  CHECK(r.truth(fact::consent_valid_gdpr) == true);
  CHECK(r.truth(fact::consent_valid_pipl) == true);
  for (const auto& f : r[fact::consent_valid_gdpr].factors) {
    INFO(f.name);
    CHECK(factor_truth(f) == true);
    CHECK_FALSE(f.source.empty());
  }
}

TEST_CASE("residential compound with face-only entry: a condition of a service that does not need the face",
          "[consent]") {
  const Run r = run(residential_compound());
  CHECK(r.truth(fact::necessary_for_service) == false);
  CHECK(factor_truth(r.factor(fact::consent_freely_given, "condition_of_unnecessary_service")) == true);
  CHECK(r.factor(fact::consent_freely_given, "condition_of_unnecessary_service").source ==
        "SPC-FR Art. 4(1); GDPR Art. 7(4); PIPL Art. 16");
  CHECK(r.truth(fact::consent_freely_given) == false);
  CHECK(r.truth(fact::consent_valid_pipl) == false);
}

TEST_CASE("necessary for the service, factor by factor", "[consent][necessary_for_service]") {
  // A service that cannot be had otherwise: no alternative, no means without faces, a purpose the person
  // wants.
  auto only_way = [] {
    return gym()
        .with("alternatives.offered", no())
        .with("less_intrusive_means.available", no())
        .with("purposes", set({"identity_verification"}));
  };
  CHECK(run(only_way()).truth(fact::necessary_for_service) == true);
  CHECK(run(only_way().with("alternatives.offered", yes())).truth(fact::necessary_for_service) == false);
  CHECK(run(only_way().with("less_intrusive_means.available", yes())).truth(fact::necessary_for_service) ==
        false);
  const Run marketing = run(only_way().with("purposes", set({"identity_verification", "marketing"})));
  CHECK(marketing.truth(fact::necessary_for_service) == false);
  CHECK(factor_truth(marketing.factor(fact::necessary_for_service, "serves_the_provider_only")) == true);
  CHECK(run(only_way().without("less_intrusive_means.available")).truth(fact::necessary_for_service) ==
        std::nullopt);
  // A condition of a service that does need the face is not the SPC-FR Art. 4(1) case.
  const Run needed = run(only_way().with("consent.condition_of_service", yes()));
  CHECK(factor_truth(needed.factor(fact::consent_freely_given, "condition_of_unnecessary_service")) == false);
}

TEST_CASE("freely given, factor by factor", "[consent][freely_given]") {
  CHECK(run(gym()).truth(fact::consent_freely_given) == true);
  SECTION("bundled (SPC-FR Art. 4(2))") {
    const Run r = run(gym().with("consent.bundled", yes()));
    CHECK(r.truth(fact::consent_freely_given) == false);
    CHECK(r.factor(fact::consent_freely_given, "bundled").source.find("SPC-FR Art. 4(2)") == 0);
    CHECK(factor_truth(r.factor(fact::consent_valid_gdpr, "specific")) == false);
  }
  SECTION("coerced (SPC-FR Art. 4(3))") {
    const Run r = run(gym().with("consent.refusable_without_detriment", no()));
    CHECK(r.truth(fact::consent_freely_given) == false);
    CHECK(r.factor(fact::consent_freely_given, "coerced").source.find("SPC-FR Art. 4(3)") == 0);
  }
  SECTION("opt-out by default (GDPR Recital 32)") {
    const Run r = run(gym().with("consent.opt_out_default", yes()));
    CHECK(r.truth(fact::consent_freely_given) == false);
    CHECK(factor_truth(r.factor(fact::consent_valid_gdpr, "unambiguous")) == false);
  }
  SECTION("a condition of a service that does not need the face (SPC-FR Art. 4(1))") {
    const Run r = run(gym().with("consent.condition_of_service", yes()));
    CHECK(r.truth(fact::consent_freely_given) == false);
    CHECK(factor_truth(r.factor(fact::consent_freely_given, "condition_of_unnecessary_service")) == true);
  }
  SECTION("unknown when a condition of a free choice is not stated") {
    const Run r = run(gym().without("consent.bundled"));
    CHECK(r.truth(fact::consent_freely_given) == std::nullopt);
    CHECK(r[fact::consent_freely_given].reasoning.find("consent.bundled") != std::string::npos);
  }
}

TEST_CASE("valid under the GDPR, factor by factor", "[consent][gdpr]") {
  const std::vector<std::pair<std::string, FactsBuilder>> cases = {
      {"consent_obtained", gym().with("consent.obtained", no())},
      {"informed", gym().with("notice.contents", set({"controller_identity", "purposes_and_methods"}))},
      {"informed", gym().with("notice.given", no())},
      {"explicit", gym().with("consent.explicit", no())},
      {"withdrawable", gym().with("consent.withdrawable", no())},
      {"specific", gym().with("processing.secondary_use", yes())},
      {"child_consent", gym()
                            .with("service.information_society", yes())
                            .with("data_subjects.categories", set({"customers", "minors"}))
                            .with("consent.guardian", no())},
  };
  for (const auto& [name, facts] : cases) {
    INFO(name);
    const Run r = run(facts);
    CHECK(r.truth(fact::consent_valid_gdpr) == false);
    CHECK(factor_truth(r.factor(fact::consent_valid_gdpr, name)) == false);
  }
  CHECK(run(gym()).factor(fact::consent_valid_gdpr, "explicit").source == "GDPR Art. 9(2)(a)");
  CHECK(run(gym()).factor(fact::consent_valid_gdpr, "withdrawable").source == "GDPR Art. 7(3)");
  CHECK(run(gym()).factor(fact::consent_valid_gdpr, "child_consent").source == "GDPR Art. 8");
  // GDPR Art. 8 concerns information society services offered directly to children; a school taking
  // attendance in its classrooms is not that case once the deployment says so, and unknown until it does.
  CHECK(
      factor_truth(run(skelleftea().with("consent.guardian", no()).with("service.information_society", no()))
                       .factor(fact::consent_valid_gdpr, "child_consent")) == true);
  CHECK(factor_truth(run(skelleftea().with("consent.guardian", no()))
                         .factor(fact::consent_valid_gdpr, "child_consent")) == std::nullopt);
  // The controller being a platform does not by itself bring Art. 8 in: the service must be offered to
  // children.
  CHECK(factor_truth(run(gym()
                             .with("controller.type", e("platform"))
                             .with("service.information_society", yes())
                             .with("consent.guardian", no()))
                         .factor(fact::consent_valid_gdpr, "child_consent")) == true);
  // Unknown, and which fact is missing.
  const Run r = run(gym().without("consent.explicit"));
  CHECK(r.truth(fact::consent_valid_gdpr) == std::nullopt);
  CHECK(r[fact::consent_valid_gdpr].reasoning.find("consent.explicit") != std::string::npos);
}

TEST_CASE("valid under the PIPL, factor by factor", "[consent][pipl]") {
  const std::vector<std::pair<std::string, FactsBuilder>> cases = {
      {"separate", gym().with("consent.separate", no())},
      {"written_where_required",
       gym().with("basis.written_consent_by_law", yes()).with("consent.written", no())},
      {"guardian_under_14",
       gym().with("data_subjects.categories", set({"customers", "under_14"})).with("consent.guardian", no())},
      {"fully_informed",
       gym().with("notice.contents", set({"controller_identity", "purposes_and_methods", "data_categories",
                                          "retention_period", "rights_and_how"}))}, // no Art. 30 contents
      {"explicit", gym().with("consent.explicit", no())},
      {"voluntary", gym().with("consent.bundled", yes())},
  };
  for (const auto& [name, facts] : cases) {
    INFO(name);
    const Run r = run(facts);
    CHECK(r.truth(fact::consent_valid_pipl) == false);
    CHECK(factor_truth(r.factor(fact::consent_valid_pipl, name)) == false);
  }
  const Run g = run(gym());
  CHECK(g.factor(fact::consent_valid_pipl, "separate").source == "PIPL Art. 29");
  CHECK(g.factor(fact::consent_valid_pipl, "guardian_under_14").source == "PIPL Art. 31");
  CHECK(g.factor(fact::consent_valid_pipl, "fully_informed").source == "PIPL Art. 17; PIPL Art. 30");
  // Written consent given, or no law requiring it: satisfied either way; unknown only when neither is known.
  CHECK(factor_truth(run(gym().without("basis.written_consent_by_law"))
                         .factor(fact::consent_valid_pipl, "written_where_required")) == true);
  CHECK(factor_truth(run(gym().without("basis.written_consent_by_law").without("consent.written"))
                         .factor(fact::consent_valid_pipl, "written_where_required")) == std::nullopt);
  // Guardian consent for under 14s given: valid.
  CHECK(run(gym()
                .with("data_subjects.categories", set({"customers", "under_14"}))
                .with("consent.guardian", yes()))
            .truth(fact::consent_valid_pipl) == true);
}
