// Three-valued logic, exceptions, dates in force and decisions, on hand-built programs.
#include "builders.hpp"
#include "facepia/engine/output.hpp"

#include <catch2/catch.hpp>

using namespace facepia;
using namespace facepia::test;
using dsl::Status;
using engine::Truth;

namespace {

engine::Facts facts(const engine::Engine& e,
                    std::initializer_list<std::pair<const char*, dsl::Value>> values) {
  engine::Facts f(e.vocabulary_ptr());
  for (const auto& [path, value] : values) {
    REQUIRE(f.set(path, value));
  }
  return f;
}

const engine::Finding& finding(const engine::Assessment& a, const char* rule) {
  const auto* f = a.finding(rule);
  REQUIRE(f != nullptr);
  return *f;
}

const dsl::Date day = date("2024-03-01");

} // namespace

TEST_CASE("Kleene truth tables", "[logic]") {
  using engine::kleene_and;
  using engine::kleene_not;
  using engine::kleene_or;
  constexpr Truth T = Truth::true_, F = Truth::false_, U = Truth::unknown;
  STATIC_REQUIRE(kleene_and(F, U) == F);
  STATIC_REQUIRE(kleene_and(U, F) == F);
  STATIC_REQUIRE(kleene_and(T, U) == U);
  STATIC_REQUIRE(kleene_and(T, T) == T);
  STATIC_REQUIRE(kleene_or(T, U) == T);
  STATIC_REQUIRE(kleene_or(U, T) == T);
  STATIC_REQUIRE(kleene_or(F, U) == U);
  STATIC_REQUIRE(kleene_or(F, F) == F);
  STATIC_REQUIRE(kleene_not(U) == U);
  STATIC_REQUIRE(kleene_not(T) == F);
}

TEST_CASE("false and unknown is false, true or unknown is true", "[logic]") {
  ProgramBuilder b;
  b.rule("r.and", ref("GDPR", "7"), all({fact("consent.explicit"), fact("consent.written")}));
  b.rule("r.or", ref("GDPR", "7"), any({fact("consent.explicit"), fact("consent.written")}));
  const auto e = b.build();

  auto a = e.evaluate(facts(e, {{"consent.explicit", false}}), day);
  CHECK(finding(a, "r.and").status == Status::breach);
  CHECK(finding(a, "r.and").missing_facts.empty());
  CHECK(finding(a, "r.or").status == Status::undetermined);
  CHECK(finding(a, "r.or").missing_facts == std::vector<std::string>{"consent.written"});

  a = e.evaluate(facts(e, {{"consent.explicit", true}}), day);
  CHECK(finding(a, "r.or").status == Status::compliant);
  CHECK(finding(a, "r.and").status == Status::undetermined);
  CHECK(finding(a, "r.and").missing_facts == std::vector<std::string>{"consent.written"});
}

TEST_CASE("an undetermined rule lists exactly the facts that could change it", "[logic]") {
  ProgramBuilder b;
  // requires consent.explicit and (consent.separate or consent.written)
  b.rule("r", ref("GDPR", "7"),
         all({fact("consent.explicit"), any({fact("consent.separate"), fact("consent.written")})}));
  const auto e = b.build();

  auto a = e.evaluate(facts(e, {{"consent.explicit", true}}), day);
  CHECK(finding(a, "r").missing_facts == std::vector<std::string>{"consent.separate", "consent.written"});
  a = e.evaluate(facts(e, {{"consent.separate", true}}), day);
  CHECK(finding(a, "r").missing_facts == std::vector<std::string>{"consent.explicit"});
  a = e.evaluate(facts(e, {{"consent.written", false}}), day);
  CHECK(finding(a, "r").missing_facts == std::vector<std::string>{"consent.explicit", "consent.separate"});
  a = e.evaluate(facts(e, {}), day);
  CHECK(finding(a, "r").status == Status::undetermined);
  CHECK(finding(a, "r").missing_facts.size() == 3);
}

TEST_CASE("applies when: false is not applicable, unknown is undetermined with its facts", "[logic]") {
  ProgramBuilder b;
  auto& r = b.rule("r", ref("GDPR", "8"), fact("consent.written"));
  r.applies_when = fact("data_subjects.minors");
  const auto e = b.build();

  auto a = e.evaluate(facts(e, {{"data_subjects.minors", false}}), day);
  CHECK(finding(a, "r").status == Status::not_applicable);
  CHECK(finding(a, "r").reason == engine::Reason::applies_when_false);
  a = e.evaluate(facts(e, {{"consent.written", false}}), day);
  CHECK(finding(a, "r").status == Status::undetermined);
  CHECK(finding(a, "r").missing_facts == std::vector<std::string>{"data_subjects.minors"});
  a = e.evaluate(facts(e, {{"consent.written", true}}), day);
  CHECK(finding(a, "r").status == Status::undetermined);
  CHECK(finding(a, "r").missing_facts == std::vector<std::string>{"data_subjects.minors"});
  a = e.evaluate(facts(e, {{"data_subjects.minors", true}, {"consent.written", true}}), day);
  CHECK(finding(a, "r").status == Status::compliant);
}

TEST_CASE("comparisons, sets, dates and declared()", "[logic]") {
  ProgramBuilder b;
  b.rule("count", ref("GDPR", "35"),
         compare(dsl::CompareOp::less, fact("data_subjects.count"), quantity(100, "persons")));
  b.rule("school", ref("GDPR", "35"), negate(eq(fact("controller.type"), enum_lit("school"))));
  b.rule("in", ref("GDPR", "35"),
         nary(ExprKind::in_set, {fact("controller.type"), set_lit({"school", "employer"})}));
  b.rule("within", ref("GDPR", "5"),
         nary(ExprKind::within, {fact("purposes"), set_lit({"attendance", "security"})}));
  b.rule("contains", ref("GDPR", "5"), nary(ExprKind::contains, {fact("purposes"), enum_lit("marketing")}));
  b.rule("intersects", ref("GDPR", "5"),
         nary(ExprKind::intersects, {fact("purposes"), set_lit({"marketing", "security"})}));
  b.rule("date", ref("GDPR", "5"),
         compare(dsl::CompareOp::greater,
                 nary(ExprKind::add, {fact("deployment.start"), quantity(3, "years")}), as_of()));
  b.rule("declared", ref("GDPR", "5"), declared("controller.name"));
  const auto e = b.build();

  auto a = e.evaluate(facts(e, {{"data_subjects.count", dsl::Quantity{22, "persons"}},
                                {"controller.type", dsl::EnumValue{"school"}},
                                {"purposes", dsl::EnumSet{"attendance"}},
                                {"deployment.start", date("2019-08-20")}}),
                      date("2022-08-19"));
  CHECK(finding(a, "count").status == Status::compliant);
  CHECK(finding(a, "school").status == Status::breach);
  CHECK(finding(a, "in").status == Status::compliant);
  CHECK(finding(a, "within").status == Status::compliant);
  CHECK(finding(a, "contains").status == Status::breach);
  CHECK(finding(a, "intersects").status == Status::breach);
  CHECK(finding(a, "date").status == Status::compliant);
  CHECK(finding(a, "declared").status == Status::breach);
  CHECK(finding(a, "declared").missing_facts.empty());

  a = e.evaluate(facts(e, {{"deployment.start", date("2019-08-20")}}), date("2022-08-20"));
  CHECK(finding(a, "date").status == Status::breach);
  CHECK(finding(a, "count").status == Status::undetermined);
  CHECK(finding(a, "count").missing_facts == std::vector<std::string>{"data_subjects.count"});
  CHECK(finding(a, "within").missing_facts == std::vector<std::string>{"purposes"});
}

TEST_CASE("an exception that holds overrides the breach and is named with its citations", "[exceptions]") {
  ProgramBuilder b;
  b.provision(ref("GDPR", "9"));
  auto& r = b.rule("gdpr.biometric", ref("GDPR", "9", "1"), std::nullopt);
  r.applies_when = fact("processing.creates_templates");
  r.exceptions.push_back(unless("explicit_consent",
                                all({fact("consent.explicit"), fact("assess.consent_freely_given")}),
                                {ref("GDPR", "9", "2", "a"), recital("GDPR", "43")}));
  r.exceptions.push_back(unless("public_interest", eq(fact("controller.type"), enum_lit("public_authority")),
                                {ref("GDPR", "9", "2", "g")}));
  const auto e = b.build();

  auto a = e.evaluate(facts(e, {{"processing.creates_templates", true},
                                {"consent.explicit", true},
                                {"assess.consent_freely_given", true}}),
                      day);
  const auto& f = finding(a, "gdpr.biometric");
  CHECK(f.status == Status::compliant);
  REQUIRE(f.exception);
  CHECK(f.rule->exceptions[*f.exception].name == "explicit_consent");
  const auto json = engine::to_json(a);
  CHECK(json["findings"][0]["exception"]["name"] == "explicit_consent");
  CHECK(json["findings"][0]["exception"]["citations"][0]["label"] == "GDPR Art. 9(2)(a)");
  CHECK(json["findings"][0]["exception"]["citations"][1]["label"] == "GDPR Recital 43");

  // One exception unknown, the other false: undetermined on the unknown one's facts only.
  a = e.evaluate(facts(e, {{"processing.creates_templates", true},
                           {"consent.explicit", true},
                           {"controller.type", dsl::EnumValue{"school"}}}),
                 day);
  CHECK(finding(a, "gdpr.biometric").status == Status::undetermined);
  CHECK(finding(a, "gdpr.biometric").missing_facts ==
        std::vector<std::string>{"assess.consent_freely_given"});

  // Every exception false: breach.
  a = e.evaluate(facts(e, {{"processing.creates_templates", true},
                           {"consent.explicit", false},
                           {"controller.type", dsl::EnumValue{"school"}}}),
                 day);
  CHECK(finding(a, "gdpr.biometric").status == Status::breach);
  CHECK_FALSE(finding(a, "gdpr.biometric").exception);

  // One exception true while another is unknown: compliant.
  a = e.evaluate(facts(e, {{"processing.creates_templates", true},
                           {"controller.type", dsl::EnumValue{"public_authority"}}}),
                 day);
  CHECK(finding(a, "gdpr.biometric").status == Status::compliant);
  CHECK(finding(a, "gdpr.biometric").rule->exceptions[*finding(a, "gdpr.biometric").exception].name ==
        "public_interest");
}

TEST_CASE("an exception whose provision is not in force cannot apply", "[exceptions][as-of]") {
  ProgramBuilder b;
  b.provision(ref("PIPL", "13"), "2021-11-01");
  b.provision(ref("GDPR", "9", "2", "j"), "2030-01-01");
  auto& r = b.rule("r", ref("GDPR", "9", "1"), std::nullopt);
  r.exceptions.push_back(unless("future", fact("consent.explicit"), {ref("GDPR", "9", "2", "j")}));
  const auto e = b.build();
  auto a = e.evaluate(facts(e, {{"consent.explicit", true}}), day);
  CHECK(finding(a, "r").status == Status::breach);
  CHECK(finding(a, "r").exceptions_not_in_force == std::vector<std::size_t>{0});
  a = e.evaluate(facts(e, {{"consent.explicit", true}}), date("2030-01-01"));
  CHECK(finding(a, "r").status == Status::compliant);
}

TEST_CASE("as-of: provisions not yet or no longer in force make their rules not applicable", "[as-of]") {
  ProgramBuilder b;
  b.provision(ref("PIPL", "26"));
  b.provision(ref("GDPR", "99"), nullptr, "2020-01-01");
  b.rule("pipl.signs", ref("PIPL", "26"), fact("consent.written"));
  b.rule("gdpr.old", ref("GDPR", "99"), fact("consent.written"));
  b.rule("spc", ref("SPC-FR", "4", "1"), fact("consent.written"));
  const auto e = b.build();

  // Guo Bing's facts (2019) predate the PIPL and the SPC Provisions.
  auto a = e.evaluate(facts(e, {{"consent.written", false}}), date("2019-10-17"));
  CHECK(finding(a, "pipl.signs").status == Status::not_applicable);
  CHECK(finding(a, "pipl.signs").reason == engine::Reason::instrument_not_in_force);
  CHECK(finding(a, "gdpr.old").status == Status::breach);
  CHECK(finding(a, "spc").status == Status::not_applicable);
  auto json = engine::to_json(a);
  bool pipl_listed = false;
  for (const auto& p : json["provisions_not_in_force"]) {
    if (p["label"] == "PIPL Art. 26") {
      pipl_listed = true;
      CHECK(p["state"] == "not_yet_in_force");
      CHECK(p["in_force"] == "2021-11-01");
    }
  }
  CHECK(pipl_listed);

  a = e.evaluate(facts(e, {{"consent.written", false}}), date("2021-11-01"));
  CHECK(finding(a, "pipl.signs").status == Status::breach);
  CHECK(finding(a, "gdpr.old").status == Status::not_applicable);
  CHECK(finding(a, "gdpr.old").reason == engine::Reason::no_longer_in_force);
  json = engine::to_json(a);
  CHECK(json["provisions_applied"].size() == 2);
  CHECK(json["provisions_not_in_force"][0]["state"] == "no_longer_in_force");
}

TEST_CASE("a provision's own date in force decides over the instrument's", "[as-of]") {
  ProgramBuilder b;
  b.provision(ref("GDPR", "88"), "2025-01-01");
  b.rule("late", ref("GDPR", "88", "1"), fact("consent.written"));
  const auto e = b.build();
  auto a = e.evaluate(facts(e, {{"consent.written", false}}), date("2024-12-31"));
  CHECK(finding(a, "late").status == Status::not_applicable);
  CHECK(finding(a, "late").reason == engine::Reason::not_yet_in_force);
  a = e.evaluate(facts(e, {{"consent.written", false}}), date("2025-01-01"));
  CHECK(finding(a, "late").status == Status::breach);
}

TEST_CASE("instrument scope false makes its rules not applicable, never compliant", "[scope]") {
  ProgramBuilder b;
  b.scope("GDPR", fact("jurisdiction.eu"));
  b.rule("g", ref("GDPR", "9"), fact("consent.explicit"));
  b.rule("p", ref("PIPL", "29"), fact("consent.separate"));
  const auto e = b.build();
  auto a = e.evaluate(facts(e, {{"jurisdiction.eu", false}, {"consent.explicit", true}}), day);
  CHECK(finding(a, "g").status == Status::not_applicable);
  CHECK(finding(a, "g").reason == engine::Reason::out_of_scope);
  a = e.evaluate(facts(e, {{"consent.explicit", false}}), day);
  CHECK(finding(a, "g").status == Status::undetermined);
  CHECK(finding(a, "g").missing_facts == std::vector<std::string>{"jurisdiction.eu"});
  a = e.evaluate(facts(e, {{"jurisdiction.eu", true}, {"consent.explicit", true}}), day);
  CHECK(finding(a, "g").status == Status::compliant);
}

TEST_CASE("decisions: deny on a blocking breach or undetermined, conditional under imposed conditions",
          "[decision]") {
  ProgramBuilder b;
  b.rule("block", ref("GDPR", "9"), fact("consent.explicit"));
  b.rule("major", ref("GDPR", "13"), fact("consent.written"), dsl::RuleSeverity::major);
  auto& c = b.rule("cond", ref("PIPL", "29"), fact("consent.separate"), dsl::RuleSeverity::blocking);
  c.imposes.push_back(imposes("separate_consent_required"));
  c.imposes.push_back(imposes("max_template_retention", dsl::Quantity{30, "days"}));
  const auto e = b.build();

  auto a = e.evaluate(facts(e, {{"consent.explicit", true}, {"consent.written", false}}), day);
  CHECK(a.decision == dsl::Decision::deny); // cond is undetermined: fail closed
  CHECK(a.open_questions() == std::vector<std::string>{"consent.separate"});

  a = e.evaluate(facts(e, {{"consent.explicit", false}, {"consent.separate", true}}), day);
  CHECK(a.decision == dsl::Decision::deny);

  a = e.evaluate(
      facts(e, {{"consent.explicit", true}, {"consent.separate", true}, {"consent.written", false}}), day);
  CHECK(a.decision == dsl::Decision::deny); // a major breach that no condition of its rule cures refuses
  CHECK(finding(a, "major").refuses);
  CHECK_FALSE(finding(a, "cond").refuses);

  a = e.evaluate(
      facts(e, {{"consent.explicit", true}, {"consent.separate", true}, {"consent.written", true}}), day);
  CHECK(a.decision == dsl::Decision::conditional);
  REQUIRE(a.conditions.size() == 2);
  CHECK_FALSE(a.conditions[0].cures());
  CHECK(a.conditions[1].condition->key == "max_template_retention");
  const auto json = engine::to_json(a);
  CHECK(json["conditions"][1]["value"]["value"] == 30);
  CHECK(json["conditions"][1]["value"]["unit"] == "days");
  CHECK(json["decision"] == "conditional");

  ProgramBuilder b2;
  b2.rule("block", ref("GDPR", "9"), fact("consent.explicit"));
  const auto e2 = b2.build();
  CHECK(e2.evaluate(facts(e2, {{"consent.explicit", true}}), day).decision == dsl::Decision::allow);
}

TEST_CASE("status() of another rule: undetermined propagates its facts", "[logic]") {
  ProgramBuilder b;
  b.rule("base", ref("GDPR", "9"), fact("consent.explicit"));
  b.rule("follow", ref("GDPR", "35"), negate(eq(status_of("base"), enum_lit("breach"))));
  b.rule("asks", ref("GDPR", "35"), negate(eq(status_of("base"), enum_lit("undetermined"))));
  const auto e = b.build();
  auto a = e.evaluate(facts(e, {}), day);
  CHECK(finding(a, "follow").status == Status::undetermined);
  CHECK(finding(a, "follow").missing_facts == std::vector<std::string>{"consent.explicit"});
  CHECK(finding(a, "asks").status == Status::breach);
  a = e.evaluate(facts(e, {{"consent.explicit", false}}), day);
  CHECK(finding(a, "follow").status == Status::breach);
  CHECK(finding(a, "asks").status == Status::compliant);
}

TEST_CASE("the explanation tree holds each sub-condition, its value and the facts it reads", "[explain]") {
  ProgramBuilder b;
  auto& r = b.rule("r", ref("GDPR", "7"), all({fact("consent.explicit"), fact("consent.written")}));
  r.applies_when = fact("processing.creates_templates");
  r.finding = "{data_subjects.count} people without written consent";
  const auto e = b.build();
  auto a = e.evaluate(facts(e, {{"processing.creates_templates", true},
                                {"consent.explicit", true},
                                {"data_subjects.count", dsl::Quantity{22, "persons"}}}),
                      day);
  const auto& f = finding(a, "r");
  // Undetermined: a question naming the fact, not the finding's statement of breach.
  CHECK(f.message == "unknown whether this holds (rule r): state `consent.written`");
  REQUIRE(f.explanation.size() == 3); // in force, applies when, requires
  const auto& requires_part = f.explanation[2];
  CHECK(requires_part.role == "requires");
  REQUIRE(requires_part.tree);
  CHECK(requires_part.tree->condition == "consent.explicit and consent.written");
  CHECK(requires_part.tree->truth == Truth::unknown);
  REQUIRE(requires_part.tree->children.size() == 2);
  CHECK(requires_part.tree->children[0].fact == "consent.explicit");
  CHECK(requires_part.tree->children[0].value == "true");
  CHECK_FALSE(requires_part.tree->children[1].value);
  const auto text = engine::to_text(a);
  CHECK(text.find("consent.written is not known") != std::string::npos);
  const auto json = engine::to_json(a);
  CHECK(json["findings"][0]["explanation"][2]["tree"]["children"][1]["value"] == "unknown");
  // In breach, the finding's own words, with the fact's value interpolated.
  a = e.evaluate(facts(e, {{"processing.creates_templates", true},
                           {"consent.explicit", true},
                           {"consent.written", false},
                           {"data_subjects.count", dsl::Quantity{22, "persons"}}}),
                 day);
  CHECK(finding(a, "r").message == "22 persons people without written consent");
}

TEST_CASE("without explanations the statuses are the same", "[explain]") {
  ProgramBuilder b;
  auto& r = b.rule("r", ref("GDPR", "9"), std::nullopt);
  r.exceptions.push_back(unless("x", any({fact("consent.explicit"), fact("consent.written")})));
  const auto e = b.build();
  engine::AssessOptions quiet;
  quiet.explain = false;
  for (int i = 0; i < 9; ++i) {
    engine::Facts f(e.vocabulary_ptr());
    if (i % 3 != 2) {
      f.set("consent.explicit", i % 3 == 0);
    }
    if (i / 3 != 2) {
      f.set("consent.written", i / 3 == 0);
    }
    const auto loud = e.evaluate(f, day);
    const auto fast = e.evaluate(f, day, quiet);
    CHECK(loud.findings[0].status == fast.findings[0].status);
    CHECK(loud.findings[0].missing_facts == fast.findings[0].missing_facts);
    CHECK(loud.findings[0].exception == fast.findings[0].exception);
  }
}

TEST_CASE("no instrument applies: deny (fail closed), and each instrument's state is stated",
          "[decision][as-of]") {
  ProgramBuilder b;
  b.provision(ref("PIPL", "29"));
  b.scope("GDPR", fact("jurisdiction.eu"));
  b.rule("g", ref("GDPR", "9"), fact("consent.explicit"));
  b.rule("p", ref("PIPL", "29"), fact("consent.separate"));
  const auto e = b.build();

  // Guo Bing's day: the PIPL is not yet in force and the GDPR does not reach the park.
  auto a = e.evaluate(facts(e, {{"jurisdiction.eu", false}, {"consent.separate", true}}), date("2019-10-17"));
  CHECK(a.no_instrument_applies);
  CHECK(a.decision == dsl::Decision::deny);
  REQUIRE(a.instruments.size() == 2);
  CHECK(a.instruments[0].id == "GDPR");
  CHECK(a.instruments[0].state == engine::InstrumentState::out_of_scope);
  CHECK(a.instruments[1].id == "PIPL");
  CHECK(a.instruments[1].state == engine::InstrumentState::not_in_force);
  const auto json = engine::to_json(a);
  CHECK(json["no_instrument_applies"] == true);
  CHECK(json["instruments"][1]["state"] == "not_in_force");
  CHECK_THAT(engine::to_text(a, false),
             Catch::Contains("reason:     no encoded instrument applies on 2019-10-17"));

  // Once the PIPL is in force it applies, and its compliant rule allows.
  a = e.evaluate(facts(e, {{"jurisdiction.eu", false}, {"consent.separate", true}}), date("2021-11-01"));
  CHECK_FALSE(a.no_instrument_applies);
  CHECK(a.instruments[1].state == engine::InstrumentState::applies);
  CHECK(a.decision == dsl::Decision::allow);
}

TEST_CASE(
    "decisions: a non-blocking breach is cured only by its own rule's conditions; advisory never decides",
    "[decision]") {
  ProgramBuilder b;
  auto& one_to_one =
      b.rule("one-to-one", ref("GDPR", "25"), fact("consent.written"), dsl::RuleSeverity::major);
  one_to_one.imposes.push_back(imposes("mode", dsl::EnumValue{"verification"}));
  b.rule("accuracy", ref("GDPR", "5"), fact("consent.separate"), dsl::RuleSeverity::major);
  b.rule("advice", ref("GDPR", "35"), fact("alternatives.offered"), dsl::RuleSeverity::advisory);
  const auto e = b.build();

  // Compliant: the condition holds while the rule does; the advisory breach decides nothing.
  auto a = e.evaluate(
      facts(e, {{"consent.written", true}, {"consent.separate", true}, {"alternatives.offered", false}}),
      day);
  CHECK(finding(a, "advice").status == Status::breach);
  CHECK_FALSE(finding(a, "advice").refuses);
  CHECK(a.decision == dsl::Decision::conditional);
  REQUIRE(a.conditions.size() == 1);
  CHECK_FALSE(a.conditions[0].cures());

  // The same rule in breach (a 1:1 deployment switched to 1:N): its condition is imposed as the cure, so the
  // runtime is exactly as strict as before the breach.
  a = e.evaluate(
      facts(e, {{"consent.written", false}, {"consent.separate", true}, {"alternatives.offered", true}}),
      day);
  CHECK(finding(a, "one-to-one").status == Status::breach);
  CHECK_FALSE(finding(a, "one-to-one").refuses);
  CHECK(a.decision == dsl::Decision::conditional);
  REQUIRE(a.conditions.size() == 1);
  CHECK(a.conditions[0].condition->key == "mode");
  CHECK(a.conditions[0].cures());
  CHECK(a.conditions[0].rule_status == Status::breach);
  const auto json = engine::to_json(a);
  CHECK(json["conditions"][0]["cures"] == "breach");
  CHECK(json["findings"][0]["refuses"] == false);
  CHECK_THAT(engine::to_text(a, false), Catch::Contains("(one-to-one, curing its breach)"));

  // A breach no condition cures: deny, with the finding that refuses.
  a = e.evaluate(
      facts(e, {{"consent.written", true}, {"consent.separate", false}, {"alternatives.offered", true}}),
      day);
  CHECK(a.decision == dsl::Decision::deny);
  CHECK(finding(a, "accuracy").refuses);
  CHECK(engine::to_json(a)["findings"][1]["refuses"] == true);

  // Undetermined and uncured: deny (fail closed), its fact an open question, worded as a question.
  a = e.evaluate(facts(e, {{"consent.written", true}, {"alternatives.offered", true}}), day);
  CHECK(a.decision == dsl::Decision::deny);
  CHECK(a.open_questions() == std::vector<std::string>{"consent.separate"});
  CHECK(finding(a, "accuracy").message ==
        "unknown whether this holds (rule accuracy): state `consent.separate`");

  // Undetermined but cured by its condition: the runtime enforces it, and the decision is conditional.
  a = e.evaluate(facts(e, {{"consent.separate", true}, {"alternatives.offered", true}}), day);
  CHECK(a.decision == dsl::Decision::conditional);
  REQUIRE(a.conditions.size() == 1);
  CHECK(a.conditions[0].rule_status == Status::undetermined);
}

TEST_CASE("an undetermined finding is a question naming the facts, never a statement of breach",
          "[decision]") {
  ProgramBuilder b;
  auto& r = b.rule("r", ref("GDPR", "7"), all({fact("consent.explicit"), fact("consent.written")}));
  r.finding = "{data_subjects.count} people without written consent";
  const auto e = b.build();
  auto a = e.evaluate(facts(e, {}), day);
  CHECK(finding(a, "r").message ==
        "unknown whether this holds (rule r): state `consent.explicit` and `consent.written`");
  a = e.evaluate(facts(e, {{"consent.explicit", false}}), day);
  CHECK(finding(a, "r").status == Status::breach);
  CHECK(finding(a, "r").message == "an unstated `data_subjects.count` people without written consent");
}

TEST_CASE(
    "instruments: a scope that is unknown is shown so; one in scope that no rule covers is not assessed",
    "[decision]") {
  ProgramBuilder b;
  b.provision(ref("PIPL", "29"));
  b.scope("GDPR", fact("jurisdiction.eu"));
  b.rule("g", ref("GDPR", "9"), fact("consent.explicit"));
  auto& p = b.rule("p", ref("PIPL", "29"), fact("consent.separate"));
  p.applies_when = fact("processing.creates_templates");
  const auto e = b.build();

  auto a = e.evaluate(facts(e, {{"consent.explicit", true}, {"processing.creates_templates", false}}), day);
  REQUIRE(a.instruments.size() == 2);
  CHECK(a.instruments[0].state == engine::InstrumentState::scope_unknown);
  CHECK(a.instruments[0].scope_missing == std::vector<std::string>{"jurisdiction.eu"});
  CHECK(a.instruments[1].state == engine::InstrumentState::not_assessed);
  CHECK(a.not_assessed);
  CHECK_FALSE(a.no_instrument_applies);
  CHECK(a.decision == dsl::Decision::deny); // silence of the encoded law is no finding of lawfulness
  const auto json = engine::to_json(a);
  CHECK(json["instruments"][0]["state"] == "scope_unknown");
  CHECK(json["instruments"][0]["scope_missing_facts"][0] == "jurisdiction.eu");
  CHECK(json["instruments"][1]["state"] == "not_assessed");
  CHECK(json["not_assessed"] == true);
  const auto text = engine::to_text(a, false);
  CHECK_THAT(text,
             Catch::Contains("reason:     not assessed: PIPL applies, but none of its encoded rules covers "
                             "this deployment"));
  CHECK_THAT(text,
             Catch::Contains("instruments: GDPR scope unknown (state jurisdiction.eu), PIPL not assessed"));

  a = e.evaluate(facts(e, {{"jurisdiction.eu", true},
                           {"consent.explicit", true},
                           {"processing.creates_templates", true},
                           {"consent.separate", true}}),
                 day);
  CHECK(a.instruments[0].state == engine::InstrumentState::applies);
  CHECK(a.instruments[1].state == engine::InstrumentState::applies);
  CHECK(a.decision == dsl::Decision::allow);
}

TEST_CASE("instruments: the scope decides out of scope even when a rule's provision is not yet in force",
          "[decision][as-of]") {
  ProgramBuilder b;
  b.provision(ref("GDPR", "50"), "2030-01-01");
  b.scope("GDPR", fact("jurisdiction.eu"));
  b.rule("later", ref("GDPR", "50"), fact("consent.explicit"));
  b.rule("now", ref("PIPL", "29"), fact("consent.separate"));
  const auto e = b.build();
  auto a = e.evaluate(facts(e, {{"jurisdiction.eu", false}, {"consent.separate", true}}), day);
  REQUIRE(a.instruments.size() == 2);
  CHECK(a.instruments[0].state == engine::InstrumentState::out_of_scope);
  CHECK_FALSE(a.not_assessed);
  CHECK(a.decision == dsl::Decision::allow);
  // In scope, but its only rule not yet in force: nothing of it is assessed, so the decision refuses.
  a = e.evaluate(facts(e, {{"jurisdiction.eu", true}, {"consent.separate", true}}), day);
  CHECK(a.instruments[0].state == engine::InstrumentState::not_assessed);
  CHECK(a.decision == dsl::Decision::deny);
}
