// Assessors (a test double), overrides with justifications, the assessment id, and the SQLite store.
#include "builders.hpp"
#include "facepia/engine/output.hpp"
#include "facepia/engine/store.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <sqlite3.h>

using namespace facepia;
using namespace facepia::test;
using dsl::Status;

namespace {

// Judges a clear imbalance of power from the controller's type, as GDPR Recital 43 does.
class PowerImbalance final : public engine::Assessor {
public:
  explicit PowerImbalance(std::string version = "1") : version_(std::move(version)) {}
  std::string_view name() const override { return "power_imbalance"; }
  std::string_view version() const override { return version_; }
  std::vector<std::string> produces() const override { return {"assess.power_imbalance"}; }
  std::vector<engine::DerivedValue> assess(const engine::Facts& facts,
                                           const engine::AssessorContext& context) const override {
    engine::DerivedValue d;
    d.fact = "assess.power_imbalance";
    std::optional<dsl::Value> dependent;
    if (const auto* type = facts.get("controller.type")) {
      const auto& name = std::get<dsl::EnumValue>(*type).name;
      dependent = name == "school" || name == "employer" || name == "public_authority";
    }
    auto factor = context.factor(d.fact, "dependent_relationship", dependent, "GDPR Recital 43",
                                 "the data subjects depend on the controller");
    d.value = factor.value;
    d.reasoning = "imbalance when the data subjects depend on the controller";
    d.factors.push_back(std::move(factor));
    return {d};
  }
  std::shared_ptr<const engine::AssessorDetail> detail(const engine::Facts& assessed) const override {
    return std::make_shared<Detail>(assessed.get("assess.power_imbalance") != nullptr);
  }
  // What it leaves in the assessment: whether the imbalance was judged.
  struct Detail final : engine::AssessorDetail {
    explicit Detail(bool j) : judged(j) {}
    bool judged;
  };

private:
  std::string version_;
};

engine::Engine consent_engine(engine::Assessors assessors = {}) {
  ProgramBuilder b;
  auto& r =
      b.rule("gdpr.consent-freely-given", ref("GDPR", "7", "4"), negate(fact("assess.power_imbalance")));
  r.applies_when = fact("consent.explicit");
  return b.build(std::move(assessors));
}

engine::Assessors power_imbalance(std::string version = "1") {
  return engine::Assessors({std::make_shared<PowerImbalance>(std::move(version))});
}

engine::Deployment deployment(const engine::Engine& e, const std::string& yaml) {
  auto l = engine::load_deployment_text("d.yaml", yaml, e.vocabulary());
  REQUIRE(l.ok());
  return l.deployments.at(0);
}

struct TempDb {
  std::filesystem::path path;
  TempDb() {
    path = std::filesystem::temp_directory_path() /
           ("facepia-test-" + std::to_string(reinterpret_cast<std::uintptr_t>(this)) + ".db");
    std::filesystem::remove(path);
  }
  ~TempDb() { std::filesystem::remove(path); }
};

} // namespace

TEST_CASE("assessors run before the rules, and an unknown derived fact leaves a rule undetermined",
          "[assessors]") {
  const auto e = consent_engine(power_imbalance());
  engine::AssessOptions options;
  options.as_of = date("2019-08-20");

  auto a = e.assess(deployment(e, "consent.explicit: true\ncontroller.type: school\n"), options);
  CHECK(a.findings[0].status == Status::breach);
  REQUIRE(a.derived.size() == 1);
  CHECK(a.derived[0].assessor == "power_imbalance");
  REQUIRE(a.assessors.size() == 1);
  CHECK(a.assessors[0].name == "power_imbalance");
  CHECK(a.assessors[0].version == "1");
  const auto* detail = dynamic_cast<const PowerImbalance::Detail*>(a.detail_of("power_imbalance"));
  REQUIRE(detail != nullptr);
  CHECK(detail->judged);

  a = e.assess(deployment(e, "consent.explicit: true\n"), options);
  CHECK(a.findings[0].status == Status::undetermined);
  CHECK(a.findings[0].missing_facts == std::vector<std::string>{"assess.power_imbalance"});
  CHECK_FALSE(dynamic_cast<const PowerImbalance::Detail&>(*a.assessors.at(0).detail).judged);

  options.explain = false; // the gate's way: no explanations, no structured judgements
  a = e.assess(deployment(e, "consent.explicit: true\ncontroller.type: school\n"), options);
  CHECK(a.findings[0].status == Status::breach);
  REQUIRE(a.assessors.size() == 1);
  CHECK(a.detail_of("power_imbalance") == nullptr);

  const auto without = consent_engine();
  a = without.assess(deployment(without, "consent.explicit: true\ncontroller.type: school\n"), options);
  CHECK(a.findings[0].status == Status::undetermined);
  CHECK(a.assessors.empty());
}

TEST_CASE("the assessment id covers the assessors: without them, or with another version, the id differs",
          "[assessors][id]") {
  const auto with = consent_engine(power_imbalance("1"));
  const auto again = consent_engine(power_imbalance("1"));
  const auto without = consent_engine();
  const auto newer = consent_engine(power_imbalance("2"));
  const std::string yaml = "consent.explicit: true\ncontroller.type: school\ndeployment.start: 2019-08-20\n";
  const auto id_with = with.assess(deployment(with, yaml)).id;
  CHECK(id_with == again.assess(deployment(again, yaml)).id);
  CHECK(id_with == with.assessment_id(deployment(with, yaml)));
  // Same rules, same deployment, same engine version: only the assessors differ.
  CHECK(with.rules_digest() == without.rules_digest());
  CHECK(without.assess(deployment(without, yaml)).id != id_with);
  CHECK(without.assessment_id(deployment(without, yaml)) != id_with);
  CHECK(newer.assess(deployment(newer, yaml)).id != id_with);
  CHECK(with.assessors().identity() == "power_imbalance 1\n");
  CHECK(without.assessors().identity().empty());
}

TEST_CASE("overrides replace a derived value or a factor, and the justification reaches the finding",
          "[assessors][overrides]") {
  const auto e = consent_engine(power_imbalance());
  engine::AssessOptions options;

  auto a = e.assess(deployment(e, R"(
consent.explicit: true
controller.type: employer
overrides:
  assess.power_imbalance: {value: false, justification: "the works council negotiated the scheme"}
)"),
                    options);
  CHECK(a.findings[0].status == Status::compliant);
  REQUIRE(a.derived.size() == 1);
  CHECK(a.derived[0].overridden);
  auto json = engine::to_json(a);
  CHECK(json["findings"][0]["derived"][0]["justification"] == "the works council negotiated the scheme");
  CHECK(engine::to_text(a, true).find("the works council negotiated the scheme") != std::string::npos);

  a = e.assess(deployment(e, R"(
consent.explicit: true
controller.type: employer
overrides:
  assess.power_imbalance: {factors: {dependent_relationship: false}, justification: "contractors, not employees"}
)"),
               options);
  CHECK(a.findings[0].status == Status::compliant);
  REQUIRE(a.derived[0].factors.size() == 1);
  CHECK(a.derived[0].factors[0].overridden);
  CHECK(a.derived[0].factors[0].justification == "contractors, not employees");
}

TEST_CASE("as-of defaults to deployment.start, and the id changes with the deployment but not with key order",
          "[as-of][id]") {
  const auto e = consent_engine();
  const auto a = e.assess(deployment(e, "deployment.start: 2019-08-20\nconsent.explicit: false\n"));
  CHECK(a.as_of == date("2019-08-20"));
  CHECK(a.as_of_source == "deployment.start");
  const auto b = e.assess(deployment(e, "consent.explicit: false\ndeployment.start: 2019-08-20\n"));
  CHECK(a.id == b.id);
  CHECK(a.id.size() == 64);
  const auto c = e.assess(deployment(e, "consent.explicit: true\ndeployment.start: 2019-08-20\n"));
  CHECK(a.id != c.id);
  engine::AssessOptions o;
  o.as_of = date("2024-01-01");
  CHECK(e.assess(deployment(e, "deployment.start: 2019-08-20\n"), o).as_of == date("2024-01-01"));
}

TEST_CASE("the store records each assessment in one transaction and keeps it three years", "[store]") {
  TempDb db;
  const auto e = consent_engine();
  engine::AssessOptions options;
  const auto a = e.assess(deployment(e, "name: gate\nconsent.explicit: true\n"), options);
  {
    engine::Store store(db.path);
    CHECK_FALSE(store.contains(a.id));
    store.record(a);
    store.record(a);
    const auto history = store.history();
    REQUIRE(history.size() == 2);
    CHECK(history[0].seq > history[1].seq);
    CHECK(history[0].id == a.id);
    CHECK(history[0].deployment == "gate");
    CHECK(history[0].decision == "deny");
    CHECK(history[0].findings == 1);
    CHECK(*dsl::Date::parse(history[0].keep_until) >= engine::today().add_months(36));
    CHECK(store.contains(a.id));
    CHECK(nlohmann::json::parse(history[0].report_json)["assessment_id"] == a.id);
  }
  CHECK(engine::keep_until(date("2024-02-29")) == date("2027-02-28"));

  // An interruption in the middle (here: a failing insert of a finding) leaves no partial record.
  {
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open(db.path.string().c_str(), &raw) == SQLITE_OK);
    REQUIRE(sqlite3_exec(raw,
                         "CREATE TRIGGER fail_findings BEFORE INSERT ON findings "
                         "BEGIN SELECT RAISE(ABORT, 'interrupted'); END;",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(raw);
  }
  engine::Store store(db.path);
  CHECK_THROWS(store.record(a));
  CHECK(store.history().size() == 2);
}

TEST_CASE("a record is authentic for a runtime only when made with its key, and its report kept compressed",
          "[store]") {
  TempDb db;
  const auto e = consent_engine();
  const auto a = e.assess(deployment(e, "name: gate\nconsent.explicit: true\n"));
  const auto key = engine::record_key_from_template_key(std::string(64, '7'));
  const auto other = engine::record_key_from_template_key(std::string(64, '8'));
  CHECK(key != other);
  CHECK_THROWS_WITH(engine::record_key_from_template_key("77"), Catch::Contains("64 hex digits"));
  engine::Store store(db.path);
  store.record(a); // without a key
  CHECK(store.contains(a.id));
  CHECK_FALSE(store.contains_authentic(a.id, key));
  store.authenticate_records(key);
  store.record(a);
  CHECK(store.contains_authentic(a.id, key));
  CHECK_FALSE(store.contains_authentic(a.id, other));
  CHECK_FALSE(store.contains_authentic("another id", key));

  // The report is not inline: it is compressed apart, and reads back whole.
  sqlite3* raw = nullptr;
  REQUIRE(sqlite3_open(db.path.string().c_str(), &raw) == SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  REQUIRE(sqlite3_prepare_v2(
              raw, "SELECT sum(length(report_json)), (SELECT count(*) FROM reports) FROM assessments", -1,
              &st, nullptr) == SQLITE_OK);
  REQUIRE(sqlite3_step(st) == SQLITE_ROW);
  CHECK(sqlite3_column_int(st, 0) == 0);
  CHECK(sqlite3_column_int(st, 1) == 2);
  sqlite3_finalize(st);
  // A MAC edited, or the decision: no longer authentic.
  REQUIRE(sqlite3_exec(raw, "UPDATE assessments SET decision = 'allow'", nullptr, nullptr, nullptr) ==
          SQLITE_OK);
  sqlite3_close(raw);
  CHECK_FALSE(store.contains_authentic(a.id, key));
  CHECK(nlohmann::json::parse(store.history()[0].report_json)["assessment_id"] == a.id);
}

TEST_CASE("prune deletes superseded records past their keep-until date, never a deployment's newest",
          "[store]") {
  TempDb db;
  const auto e = consent_engine();
  auto a = e.assess(deployment(e, "name: gate\nconsent.explicit: true\n"));
  engine::Store store(db.path);
  for (int i = 0; i < 3; ++i) {
    store.record(a);
  }
  const auto far = engine::today().add_months(12 * 40);
  CHECK(store.prune(engine::today()) == 0); // nothing is past its date yet
  CHECK(store.prune(far, true) == 2);       // a dry run deletes nothing
  CHECK(store.history().size() == 3);
  CHECK(store.prune(far) == 2);
  const auto left = store.history();
  REQUIRE(left.size() == 1);
  CHECK(left[0].seq == 3);
  CHECK(store.contains(a.id));
  CHECK(store.prune(far) == 0);
}
