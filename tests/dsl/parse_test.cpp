// Parser and typing details: spans of the literals the grammar fills by semantic actions, keyword-prefixed
// identifiers, the expectation forms of a test, and the types the checker gives expressions.
#include "facepia/dsl/check.hpp"
#include "facepia/dsl/dsl.hpp"

#include <catch2/catch.hpp>

namespace dsl = facepia::dsl;

namespace {

struct Parsed {
  dsl::Program program;
  dsl::Diagnostics diagnostics;
  std::string rendered() const { return dsl::render_all(diagnostics, program.sources); }
};

// Parses (and, when `checked`, checks) one text.
std::unique_ptr<Parsed> parse(const std::string& text, bool checked = false) {
  auto parsed = std::make_unique<Parsed>();
  const dsl::FileId file = parsed->program.sources.add("t.fp", text);
  dsl::parse(file, parsed->program, parsed->diagnostics);
  if (checked) {
    dsl::check(parsed->program, parsed->diagnostics);
  }
  parsed->diagnostics.sort();
  return parsed;
}

std::string slice(const Parsed& parsed, dsl::Span span) {
  return std::string(parsed.program.sources.slice(span));
}

const std::string vocabulary = "instrument A { title \"a\" jurisdiction \"x\" in_force 2020-01-01 }\n"
                               "provision A Art. 1 { text \"one\" }\n"
                               "enum kind { school, employer }\n"
                               "enum purpose { attendance, marketing }\n"
                               "fact controller.type : kind \"k\"\n"
                               "fact purposes : set of purpose \"p\"\n"
                               "fact consent.explicit : bool \"c\"\n"
                               "fact count : number persons \"n\"\n"
                               "fact start : date \"d\"\n";

std::string rule_requiring(const std::string& condition) {
  return vocabulary + "rule r.x { title \"t\" cites A Art. 1 requires " + condition +
         " severity minor finding \"f\" }\ntest \"t\" { expect r.x is breach }\n";
}

} // namespace

TEST_CASE("spans: literals filled by semantic actions cover exactly their text", "[parse]") {
  const auto parsed =
      parse(rule_requiring("consent.explicit == true and purposes within {attendance,  marketing} "
                           "and controller.type != school or start < 2021-01-01"));
  REQUIRE(parsed->diagnostics.empty());
  const dsl::Expr& requirement = *parsed->program.rules.at(0).requirement;
  REQUIRE(requirement.kind == dsl::ExprKind::logical_or);
  const dsl::Expr& conjunction = requirement.operands.at(0);
  REQUIRE(conjunction.operands.size() == 3);
  CHECK(slice(*parsed, conjunction.operands[0].span) == "consent.explicit == true");
  CHECK(slice(*parsed, conjunction.operands[0].operands[0].span) == "consent.explicit");
  CHECK(slice(*parsed, conjunction.operands[0].operands[1].span) == "true");
  CHECK(slice(*parsed, conjunction.operands[1].operands[1].span) == "{attendance,  marketing}");
  CHECK(slice(*parsed, conjunction.operands[2].operands[1].span) == "school");
  CHECK(slice(*parsed, requirement.operands.at(1).operands[1].span) == "2021-01-01");
}

TEST_CASE("spans: a text of several strings spans from the first quote to the last", "[parse]") {
  const auto parsed = parse("fact a.b : bool \"one \\\"quoted\\\"\" # c\n   \"two\"\n");
  REQUIRE(parsed->diagnostics.empty());
  CHECK(parsed->program.facts.at(0).meaning == "one \"quoted\" two");
  CHECK(slice(*parsed, parsed->program.facts.at(0).span) == "fact a.b");
}

TEST_CASE("spans: an unknown fact is underlined where it stands", "[parse]") {
  const auto parsed = parse(rule_requiring("consent.explicit and not consent.seperate"), true);
  CHECK(parsed->rendered() == "error[FP-E0102]: unknown fact `consent.seperate`\n"
                              "  --> t.fp:10:71\n"
                              "   |\n"
                              "10 | rule r.x { title \"t\" cites A Art. 1 requires consent.explicit and not "
                              "consent.seperate severity minor finding \"f\" }\n"
                              "   |                                                                       "
                              "^^^^^^^^^^^^^^^^ not declared in the vocabulary\n"
                              "\n"
                              "error: could not check 1 file: 1 error\n");
}

TEST_CASE("keywords: identifiers that begin with a keyword are identifiers", "[parse]") {
  const auto parsed = parse("fact notice_given : bool \"n\"\nfact unless_agreed : bool \"u\"\n"
                            "fact requires_review : bool \"r\"\nfact is_minor : bool \"m\"\n"
                            "rule r.x { title \"t\" cites A Art. 1 applies when notice_given "
                            "requires not unless_agreed and requires_review or is_minor severity minor "
                            "finding \"f\" }\n");
  REQUIRE(parsed->diagnostics.empty());
  const dsl::Rule& rule = parsed->program.rules.at(0);
  CHECK(rule.applies_when->name == "notice_given");
  CHECK(
      dsl::describe(parsed->program).find("(7 (6 (5 (1 unless_agreed)) (1 requires_review)) (1 is_minor))") !=
      std::string::npos);
}

TEST_CASE("keywords: a type or a rule id that begins with a keyword", "[parse]") {
  const auto parsed =
      parse("enum settings_kind { a }\nfact s : settings_kind \"s\"\nfact t : set of settings_kind "
            "\"t\"\ntest \"t\" {\n  expect decision_made is breach\n  expect decision_x.y exception "
            "notice\n  expect decision allow\n}\n");
  REQUIRE(parsed->diagnostics.empty());
  CHECK(dsl::to_string(parsed->program.facts.at(0).type) == "settings_kind");
  CHECK(dsl::to_string(parsed->program.facts.at(1).type) == "set of settings_kind");
  const dsl::RuleTest& test = parsed->program.tests.at(0);
  REQUIRE(test.expectations.size() == 2);
  CHECK(test.expectations[0].rule_id == "decision_made");
  CHECK(test.expectations[0].status == dsl::Status::breach);
  CHECK_FALSE(test.expectations[0].exception);
  CHECK(test.expectations[1].rule_id == "decision_x.y");
  CHECK(test.expectations[1].exception == std::optional<std::string>("notice"));
  CHECK(test.expected_decision == dsl::Decision::allow);
}

TEST_CASE("keywords: a keyword alone is not a fact", "[parse]") {
  const auto parsed = parse("rule r.x {\n  title \"t\"\n  requires not\n}\n");
  CHECK(parsed->rendered() == "error[FP-E0001]: expected a condition after `not`, found `}`\n"
                              " --> t.fp:4:1\n"
                              "  |\n"
                              "4 | }\n"
                              "  | ^\n"
                              "\n"
                              "error: could not check 1 file: 1 error\n");
}

TEST_CASE("types: a bare word takes the enum type of the other side", "[types]") {
  const auto parsed =
      parse(rule_requiring("controller.type == school and purposes contains marketing"), true);
  REQUIRE(parsed->diagnostics.empty());
  const dsl::Expr& requirement = *parsed->program.rules.at(0).requirement;
  const dsl::Expr& equal = requirement.operands.at(0);
  CHECK(equal.type == dsl::Type{dsl::TypeKind::boolean, "", ""});
  CHECK(equal.operands[1].kind == dsl::ExprKind::literal);
  CHECK(std::get<dsl::EnumValue>(equal.operands[1].literal).name == "school");
  CHECK(equal.operands[1].type == dsl::Type{dsl::TypeKind::enumeration, "", "kind"});
  const dsl::Expr& contains = requirement.operands.at(1);
  CHECK(contains.operands[1].type == dsl::Type{dsl::TypeKind::enumeration, "", "purpose"});
}

TEST_CASE("types: date arithmetic takes durations, and units must agree", "[types]") {
  CHECK(parse(rule_requiring("start + 3 years > as_of and start - 30 days <= 2021-01-01"), true)
            ->diagnostics.empty());
  const auto parsed = parse(rule_requiring("start + 3 persons > as_of"), true);
  REQUIRE(parsed->diagnostics.items().size() == 1);
  const dsl::Diagnostic& diagnostic = parsed->diagnostics.items()[0];
  CHECK(diagnostic.code == "FP-E0203");
  CHECK(diagnostic.message == "a date is shifted by days, weeks, months or years, not by `persons`");
  CHECK(slice(*parsed, diagnostic.span) == "3 persons");
  const auto units = parse(rule_requiring("count > 3 days"), true);
  REQUIRE(units->diagnostics.items().size() == 1);
  CHECK(units->diagnostics.items()[0].message == "numbers in different units: `persons` and `days`");
  CHECK(slice(*units, units->diagnostics.items()[0].span) == "count > 3 days");
}

TEST_CASE("types: the type of each kind of expression", "[types]") {
  const auto parsed = parse(
      rule_requiring("declared(count) and status(r.x) == breach and count + 2 persons > 3 persons"), true);
  REQUIRE(parsed->diagnostics.empty());
  const dsl::Expr& requirement = *parsed->program.rules.at(0).requirement;
  CHECK(requirement.operands[0].type == dsl::Type{dsl::TypeKind::boolean, "", ""});
  CHECK(requirement.operands[1].operands[0].type == dsl::Type{dsl::TypeKind::enumeration, "", "status"});
  CHECK(requirement.operands[2].operands[0].type == dsl::Type{dsl::TypeKind::number, "persons", ""});
  CHECK(slice(*parsed, requirement.operands[2].operands[0].span) == "count + 2 persons");
}

TEST_CASE("did you mean: near misspellings only", "[check]") {
  const std::vector<std::string> facts{"consent.separate", "consent.explicit", "controller.type"};
  CHECK(dsl::did_you_mean("consent.seperate", facts) == std::optional<std::string>("consent.separate"));
  CHECK(dsl::did_you_mean("controler.type", facts) == std::optional<std::string>("controller.type"));
  CHECK_FALSE(dsl::did_you_mean("retention.days", facts));
  CHECK_FALSE(dsl::did_you_mean("consent.explicit", facts)); // itself is no suggestion
}

TEST_CASE("labels: a fact's and an enum value's labels reach the model", "[parse]") {
  const auto parsed = parse("enum mode { one label \"1:1 verification\" label_zh \"1:1 验证\", many }\n"
                            "fact processing.mode : mode \"how\"\n  label \"Mode\" label_zh \"识别方式\"\n"
                            "fact other : bool \"no label\"\n"
                            "fact english : bool \"e\" label \"English only\"\n",
                            true);
  REQUIRE(parsed->diagnostics.empty());
  const auto& program = parsed->program;
  const auto* mode = program.find_fact("processing.mode");
  REQUIRE(mode != nullptr);
  CHECK(mode->meaning == "how");
  CHECK(mode->label.en == "Mode");
  CHECK(mode->label.in(true) == "识别方式");
  CHECK(program.find_fact("other")->label.empty());
  CHECK(program.find_fact("english")->label.in(true) == "English only");
  const auto* e = program.find_enum("mode");
  REQUIRE(e != nullptr);
  REQUIRE(e->value_labels.size() == 2);
  CHECK(e->value_label("one")->zh == "1:1 验证");
  CHECK(e->value_label("many")->empty());
  CHECK(e->value_label("none") == nullptr);
  CHECK(slice(*parsed, e->value_spans[0]) == "one");
}

TEST_CASE("labels: a label without its string is a syntax error at the place expected", "[parse]") {
  const auto missing = parse("fact x : bool \"x\" label\nfact y : bool \"y\"\n")->rendered();
  CHECK(missing.find("error[FP-E0001]: expected the label (a string), found `fact`") != std::string::npos);
  CHECK(missing.find("--> t.fp:2:1") != std::string::npos);
  const auto number = parse("fact y : bool \"y\" label \"Y\" label_zh 3\n")->rendered();
  CHECK(number.find("error[FP-E0001]: expected the Chinese label (a string)") != std::string::npos);
  CHECK(number.find("--> t.fp:1:38") != std::string::npos);
}

TEST_CASE("lookups: a current index answers a miss alone; one the vectors outgrew still finds", "[model]") {
  auto parsed = parse("fact consent.separate : bool \"given separately\"\n"
                      "fact consent.explicit : bool \"expressly given\"\n",
                      true);
  REQUIRE(parsed->diagnostics.empty());
  dsl::Program& program = parsed->program;
  REQUIRE(program.find_fact("consent.explicit") == &program.facts[1]);
  CHECK(program.find_fact("consent.bundled") == nullptr);
  CHECK(program.find_fact("consent") == nullptr);
  // Added after the last reindex(): found by the scan that a stale index falls back to.
  program.facts.push_back(
      dsl::FactDecl{"consent.bundled", dsl::Type{}, "bundled with other terms", {}, false, {}});
  REQUIRE(program.find_fact("consent.bundled") != nullptr);
  CHECK(program.find_fact("consent.bundled")->meaning == "bundled with other terms");
  CHECK(program.find_fact("consent.withdrawn") == nullptr);
  program.reindex();
  CHECK(program.find_fact("consent.bundled") == &program.facts[2]);
  CHECK(program.find_fact("consent.separate") == &program.facts[0]);
}
