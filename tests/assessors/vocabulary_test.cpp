// Vocabulary drift: every fact the assessors read or produce is declared in rules/common, with the type the
// assessors expect; the produced ones are `derived`.
#include "facepia/assessors/assessors.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

using namespace facepia;
using facepia::test::vocabulary;

TEST_CASE("the vocabulary of rules/common is read", "[vocabulary]") {
  const auto& v = *vocabulary();
  CHECK(v.size() > 50);
  CHECK(v.index("controller.type"));
  CHECK(v.index("assess.power_imbalance"));
  CHECK(v.find_enum("controller_type") != nullptr);
}

TEST_CASE("every fact the assessors read is declared", "[vocabulary]") {
  const auto& v = *vocabulary();
  // On unknown facts every branch reads; on stated scenarios the reads that depend on values are covered too.
  std::vector<engine::Facts> cases = {engine::Facts(vocabulary()), test::skelleftea(),
                                      test::workplace_clock_in(), test::gym(), test::residential_compound()};
  std::set<std::string> read;
  for (const auto& facts : cases) {
    const auto paths = assessors::fact_paths_read(facts);
    read.insert(paths.begin(), paths.end());
  }
  CHECK(read.size() > 40);
  for (const auto& path : read) {
    INFO("the assessors read `" << path << "`");
    CHECK(v.index(path));
  }
}

TEST_CASE("every fact the assessors produce is a declared derived fact of the right type", "[vocabulary]") {
  const auto& v = *vocabulary();
  std::set<std::string> produced;
  const auto standard_set = assessors::standard();
  for (const auto& assessor : standard_set.list()) {
    for (const auto& path : assessor->produces()) {
      INFO(assessor->name() << " produces `" << path << "`");
      produced.insert(path);
      auto index = v.index(path);
      REQUIRE(index);
      CHECK(v.fact(*index).derived);
      const auto kind = v.fact(*index).type.kind;
      if (path == assessors::fact::high_risk_criteria_met) {
        CHECK(kind == dsl::TypeKind::number);
      } else {
        CHECK(kind == dsl::TypeKind::boolean);
      }
    }
  }
  // Every derived fact of the vocabulary has an assessor.
  for (const auto& decl : v.facts()) {
    if (decl.derived) {
      INFO("derived fact `" << decl.path << "` has no assessor");
      CHECK(produced.count(decl.path) == 1);
    }
  }
}

TEST_CASE("the enum values the assessors compare with are declared", "[vocabulary]") {
  const auto& v = *vocabulary();
  const std::vector<std::pair<std::string, std::vector<std::string>>> used = {
      {"controller_type",
       {"public_authority", "law_enforcement", "school", "employer", "property_manager", "platform"}},
      {"purpose",
       {"attendance", "access_control", "public_security", "marketing", "customer_analytics", "payment",
        "boarding", "identity_verification", "law_enforcement_search"}},
      {"fr_mode", {"verification_1to1", "identification_1ton", "analysis_only", "none"}},
      {"location_type",
       {"public_area", "publicly_accessible_premises", "residential_compound", "private_space"}},
      {"storage_location", {"central_server", "cloud_service"}},
      {"security_measure",
       {"encryption_at_rest", "encryption_in_transit", "access_restriction", "audit_logging",
        "template_only_storage", "staff_training", "incident_response"}},
      {"subject_category", {"pupils", "minors", "under_14", "employees", "residents"}},
      {"notice_item",
       {"controller_identity", "purposes_and_methods", "data_categories", "withdrawal_right",
        "retention_period", "rights_and_how", "necessity", "impact_on_rights"}},
  };
  for (const auto& [name, values] : used) {
    const auto* decl = v.find_enum(name);
    INFO("enum " << name);
    REQUIRE(decl != nullptr);
    for (const auto& value : values) {
      INFO("value " << value);
      CHECK(std::find(decl->values.begin(), decl->values.end(), value) != decl->values.end());
    }
  }
}

TEST_CASE("the standard set holds the five assessors in order, each named and versioned", "[standard]") {
  const auto standard = assessors::standard();
  REQUIRE(standard.list().size() == 5);
  CHECK(standard.list()[0]->name() == "power_imbalance");
  CHECK(standard.list()[1]->name() == "consent_validity");
  CHECK(standard.list()[2]->name() == "necessity");
  CHECK(standard.list()[3]->name() == "high_risk_screening");
  CHECK(standard.list()[4]->name() == "risk_register");
  CHECK(standard.identity() == "power_imbalance 1\nconsent_validity 1\nnecessity 1\nhigh_risk_screening 2\n"
                               "risk_register 1\n");
}
