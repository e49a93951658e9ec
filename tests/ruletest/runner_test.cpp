// The rule-test runner called as a library: the import graph dsl::load records, each test decided under its
// own pack's instruments, the rules that refused a wrong expected decision, and coverage.
#include "facepia/assessors/assessors.hpp"
#include "facepia/dsl/dsl.hpp"
#include "facepia/ruletest/ruletest.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace dsl = facepia::dsl;
namespace ruletest = facepia::ruletest;

namespace {

// A folder of rule files that removes itself.
struct Folder {
  std::filesystem::path root;
  Folder() {
    char name[] = "/tmp/facepia-ruletest-XXXXXX";
    root = ::mkdtemp(name);
  }
  ~Folder() { std::filesystem::remove_all(root); }
  Folder(const Folder&) = delete;
  Folder& operator=(const Folder&) = delete;
  void write(const std::string& relative, const std::string& text) const {
    std::filesystem::create_directories((root / relative).parent_path());
    std::ofstream(root / relative) << text;
  }
};

const char* const common = R"(instrument AAA {
  title "Instrument A"
  jurisdiction "X"
  in_force 2020-01-01
}
instrument BBB {
  title "Instrument B"
  jurisdiction "Y"
  in_force 2020-01-01
}
provision AAA Art. 1 {
  text "a"
}
provision BBB Art. 1 {
  text "b"
}
fact x : bool "x holds"
fact y : bool "y holds"
)";

std::string pack_rule(const std::string& id, const std::string& instrument, const std::string& fact) {
  return "import \"../common.fp\"\nrule " + id + " {\n  title \"needs " + fact + "\"\n  cites " + instrument +
         " Art. 1\n  requires " + fact + "\n  severity blocking\n  finding \"" + fact +
         " does not hold\"\n}\n";
}

void write_packs(const Folder& folder) {
  folder.write("common.fp", common);
  folder.write("a/rules.fp", pack_rule("a.r", "AAA", "x"));
  folder.write("b/rules.fp", pack_rule("b.r", "BBB", "y"));
  folder.write("a/tests.fp", R"(import "rules.fp"
test "A alone" {
  given x = true
  expect a.r is compliant
  expect decision allow
}
)");
  folder.write("b/tests.fp", R"(import "rules.fp"
test "B expects allow where its rule refuses" {
  given y = false
  expect decision allow
}
)");
  // A test that imports both packs is decided under both.
  folder.write("both/tests.fp", R"(import "../a/rules.fp"
import "../b/rules.fp"
test "A and B" {
  given x = true
  given y = false
  expect a.r is compliant
  expect b.r is breach
  expect decision deny
}
)");
}

dsl::FileId file_named(const dsl::Program& program, const std::string& suffix) {
  for (dsl::FileId f = 0; f < program.sources.size(); ++f) {
    const std::string& path = program.sources.file(f).path();
    if (path.size() >= suffix.size() &&
        path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0) {
      return f;
    }
  }
  FAIL("no file " << suffix);
  return 0;
}

} // namespace

TEST_CASE("dsl::load records the import graph it followed", "[imports]") {
  Folder folder;
  write_packs(folder);
  auto loaded = dsl::load({folder.root});
  REQUIRE(loaded.ok());
  const dsl::Program& program = loaded.program;
  REQUIRE(program.imports.size() == program.sources.size());
  const auto common_file = file_named(program, "/common.fp");
  const auto a_rules = file_named(program, "/a/rules.fp");
  const auto a_tests = file_named(program, "/a/tests.fp");
  const auto b_rules = file_named(program, "/b/rules.fp");
  const auto both = file_named(program, "/both/tests.fp");
  CHECK(program.imports[a_tests] == std::vector<dsl::FileId>{a_rules});
  CHECK(program.imports[a_rules] == std::vector<dsl::FileId>{common_file});
  CHECK(program.imports[common_file].empty());
  // Files loaded before being imported are edges all the same.
  CHECK(program.imports[both] == std::vector<dsl::FileId>{a_rules, b_rules});

  auto expected = std::vector<dsl::FileId>{common_file, a_rules, a_tests};
  std::sort(expected.begin(), expected.end());
  CHECK(program.import_closure(a_tests) == expected);
  expected = {common_file, a_rules, b_rules, both};
  std::sort(expected.begin(), expected.end());
  CHECK(program.import_closure(both) == expected);
}

TEST_CASE("an import cycle is one edge each way, and the closure ends", "[imports]") {
  Folder folder;
  folder.write("one.fp", "import \"two.fp\"\n");
  folder.write("two.fp", "import \"one.fp\"\n");
  auto loaded = dsl::load({folder.root / "one.fp"});
  CHECK_FALSE(loaded.ok()); // FP-E0006
  const auto one = file_named(loaded.program, "/one.fp");
  const auto two = file_named(loaded.program, "/two.fp");
  CHECK(loaded.program.imports[one] == std::vector<dsl::FileId>{two});
  CHECK(loaded.program.imports[two] == std::vector<dsl::FileId>{one});
  CHECK(loaded.program.import_closure(one).size() == 2);
}

TEST_CASE("each test is decided under its own pack, and a wrong decision names the rule that refused",
          "[run]") {
  Folder folder;
  write_packs(folder);
  auto loaded = dsl::load({folder.root});
  REQUIRE(loaded.ok());
  const facepia::engine::Engine engine(std::move(loaded.program), facepia::assessors::standard());
  const dsl::Program& program = engine.program();
  const ruletest::Report report = ruletest::run(engine);

  REQUIRE(report.tests.size() == 3);
  const auto& a = report.tests[0];
  const auto& b = report.tests[1];
  const auto& both = report.tests[2];
  CHECK(a.test->name == "A alone");
  CHECK(a.instruments == std::vector<std::string>{"AAA"});
  CHECK(a.passed()); // b.r would be undetermined (y unknown) and deny, were pack B not left out
  CHECK(both.test->name == "A and B");
  CHECK(both.instruments == std::vector<std::string>{"AAA", "BBB"});
  CHECK(both.passed());

  CHECK(b.instruments == std::vector<std::string>{"BBB"});
  REQUIRE(b.problems.size() == 2);
  CHECK(b.problems[0].kind == ruletest::Problem::Kind::expectation);
  CHECK(b.problems[0].message == "expected decision allow, got deny (under BBB)");
  REQUIRE(b.problems[0].span);
  CHECK(ruletest::where(program, *b.problems[0].span) == (folder.root / "b/tests.fp").string() + ":4:3");
  CHECK(b.problems[1].kind == ruletest::Problem::Kind::refusal);
  CHECK(b.problems[1].message == "refused by b.r (breach)");
  REQUIRE(b.problems[1].span);
  CHECK(ruletest::where(program, *b.problems[1].span) == (folder.root / "b/rules.fp").string() + ":2:1");
  CHECK(b.problems[1].trace.empty());

  CHECK(report.passed() == 2);
  CHECK(report.failed() == 1);
  REQUIRE(report.rules.size() == 2);
  CHECK(report.rules[0].rule->id == "a.r");
  CHECK_FALSE(report.rules[0].covered()); // never in breach
  CHECK(report.rules[1].rule->id == "b.r");
  CHECK(report.rules[1].breach);
  CHECK_FALSE(report.rules[1].not_breach);
  CHECK(report.rule_coverage_percent() == 0.0);
  REQUIRE(report.provisions.size() == 2);
  CHECK(report.provisions[0].label == "AAA Art. 1");
  CHECK(report.provisions[0].rules_citing == 1);
  CHECK(report.provisions[0].rules_covered == 0);

  std::ostringstream text;
  ruletest::print(report, program, text, 50);
  const std::string printed = text.str();
  CHECK(printed.find("FAIL  B expects allow where its rule refuses  (" +
                     (folder.root / "b/tests.fp").string() + ":2:1)\n") != std::string::npos);
  CHECK(printed.find("          refused by b.r (breach)  " + (folder.root / "b/rules.fp").string() +
                     ":2:1\n") != std::string::npos);
  CHECK(printed.find("rule coverage 0% is below --min-coverage 50%\n2 passed, 1 failed\n") !=
        std::string::npos);
  CHECK(ruletest::below(report, 50));
  CHECK_FALSE(ruletest::below(report, -1));
}

TEST_CASE("with explain, the refusing rule carries its evaluation trace", "[run]") {
  Folder folder;
  write_packs(folder);
  auto loaded = dsl::load({folder.root});
  REQUIRE(loaded.ok());
  const facepia::engine::Engine engine(std::move(loaded.program), facepia::assessors::standard());
  ruletest::Options options;
  options.explain = true;
  const ruletest::Report report = ruletest::run(engine, options);
  REQUIRE(report.tests.size() == 3);
  REQUIRE(report.tests[1].problems.size() == 2);
  const std::string& trace = report.tests[1].problems[1].trace;
  CHECK(trace.find("requires: the requirement is not met\n") != std::string::npos);
  CHECK(trace.find("  y = false\n") != std::string::npos);

  std::ostringstream text;
  ruletest::print(report, engine.program(), text);
  CHECK(text.str().find("          refused by b.r (breach)  " + (folder.root / "b/rules.fp").string() +
                        ":2:1\n            ") != std::string::npos);
  CHECK(text.str().find("\n            requires: the requirement is not met\n") != std::string::npos);
}
