// Deployment YAML against the vocabulary; golden diagnostics with line:col in tests/engine/golden/.
#include "builders.hpp"
#include "facepia/dsl/diagnostics.hpp"
#include "facepia/engine/deployment.hpp"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace facepia;
using namespace facepia::test;

namespace {

const engine::Vocabulary& vocabulary() {
  static const auto v = [] {
    ProgramBuilder b;
    b.program.reindex();
    return std::make_shared<const engine::Vocabulary>(b.program);
  }();
  return *v;
}

engine::DeploymentLoad load(const std::string& text) {
  return engine::load_deployment_text("d.yaml", text, vocabulary());
}

std::string first_error(const engine::DeploymentLoad& l) {
  REQUIRE_FALSE(l.diagnostics.items().empty());
  return l.diagnostics.items().front().code + " " + l.diagnostics.items().front().message;
}

std::string read(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

} // namespace

TEST_CASE("nested and dotted keys form fact paths, and values take their declared types", "[deployment]") {
  const auto l = load(R"(
name: Entrance gate
controller: {type: school, name: "Anderstorp"}
consent:
  explicit: true
consent.separate: false
data_subjects.count: 22
retention.templates: "30 days"
deployment.start: 2019-08-20
purposes: [attendance, security]
)");
  REQUIRE(l.ok());
  REQUIRE(l.deployments.size() == 1);
  const auto& d = l.deployments[0];
  CHECK(d.name == "Entrance gate");
  CHECK(std::get<dsl::EnumValue>(*d.facts.get("controller.type")).name == "school");
  CHECK(std::get<std::string>(*d.facts.get("controller.name")) == "Anderstorp");
  CHECK(std::get<bool>(*d.facts.get("consent.explicit")));
  CHECK_FALSE(std::get<bool>(*d.facts.get("consent.separate")));
  CHECK(std::get<dsl::Quantity>(*d.facts.get("data_subjects.count")) == dsl::Quantity{22, "persons"});
  CHECK(std::get<dsl::Quantity>(*d.facts.get("retention.templates")) == dsl::Quantity{30, "days"});
  CHECK(std::get<dsl::Date>(*d.facts.get("deployment.start")) == date("2019-08-20"));
  CHECK(std::get<dsl::EnumSet>(*d.facts.get("purposes")) == dsl::EnumSet{"attendance", "security"});
  CHECK(d.facts.get("consent.written") == nullptr); // not stated: unknown, never false
}

TEST_CASE("several documents in one file are several deployments", "[deployment]") {
  const auto l = load("consent.explicit: true\n---\nname: second\nconsent.explicit: false\n---\n");
  REQUIRE(l.ok());
  REQUIRE(l.deployments.size() == 2);
  CHECK(l.deployments[0].name == "d#1");
  CHECK(l.deployments[1].name == "second");
  CHECK(l.deployments[1].document == 1);
}

TEST_CASE("errors name the fact, the expected form and a suggestion", "[deployment]") {
  CHECK(first_error(load("consent:\n  seperate: true\n")) == "FP-D0101 unknown fact `consent.seperate`");
  CHECK(load("consent:\n  seperate: true\n").diagnostics.items()[0].help ==
        "did you mean `consent.separate`?");
  CHECK(load("separate: true\n").diagnostics.items()[0].help == "did you mean `consent.separate`?");
  CHECK(first_error(load("consent.explicit: \"yes\"\n")).rfind("FP-D0201", 0) == 0);
  CHECK(first_error(load("controller.type: scool\n")) ==
        "FP-D0202 `scool` is not a `controller_type` value of `controller.type`");
  CHECK(first_error(load("deployment.start: 2019-02-30\n")).rfind("FP-D0203", 0) == 0);
  CHECK(first_error(load("retention.templates: 3 years\n")).rfind("FP-D0204", 0) == 0);
  CHECK(first_error(load("assess.power_imbalance: true\n")).rfind("FP-D0102", 0) == 0);
  CHECK(first_error(load("consent: true\n")).rfind("FP-D0104", 0) == 0);
  CHECK(first_error(load("purposes: attendance\n")).rfind("FP-D0201", 0) == 0);
  CHECK(first_error(load("consent.explicit: true\nconsent: {explicit: false}\n")).rfind("FP-D0103", 0) == 0);
  CHECK(first_error(load("consent: [\n")).rfind("FP-D0001", 0) == 0);
  CHECK(first_error(load("- a\n- b\n")).rfind("FP-D0002", 0) == 0);
  CHECK(first_error(load("")).rfind("FP-D0002", 0) == 0);
}

TEST_CASE("overrides: shape, derived facts only, justification required", "[deployment][overrides]") {
  auto l = load(R"(
overrides:
  assess.power_imbalance: {value: false, justification: "adult volunteers, paid"}
  assess.consent_freely_given: {factors: {alternative_offered: true}, justification: "a card works too"}
)");
  REQUIRE(l.ok());
  REQUIRE(l.deployments[0].overrides.size() == 2);
  const auto& o = l.deployments[0].overrides[1];
  CHECK(o.fact == "assess.power_imbalance");
  CHECK(o.value == dsl::Value{false});
  CHECK(o.justification == "adult volunteers, paid");
  CHECK(l.deployments[0].overrides[0].factors.at("alternative_offered") == dsl::Value{true});

  CHECK(first_error(load("overrides: {assess.power_imbalance: {value: false}}\n")) ==
        "FP-D0301 the override of `assess.power_imbalance` has no justification");
  CHECK(first_error(load("overrides: {consent.explicit: {value: false, justification: x}}\n")) ==
        "FP-D0301 `consent.explicit` is not derived; state it directly");
  CHECK(first_error(load("overrides: {assess.power_imbalance: {valeu: false, justification: x}}\n")) ==
        "FP-D0301 unknown field `valeu` in the override of `assess.power_imbalance`");
  CHECK(first_error(load("overrides: {assess.power_imbalance: {value: maybe, justification: x}}\n"))
            .rfind("FP-D0201", 0) == 0);
}

TEST_CASE("the canonical form ignores key order and layout", "[deployment]") {
  const auto a = load("consent: {explicit: true, written: false}\nname: x\n");
  const auto b = load("name: x\nconsent.written: false\nconsent.explicit: true   # a comment\n");
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  CHECK(a.deployments[0].canonical() == b.deployments[0].canonical());
  const auto c = load("name: x\nconsent.written: true\nconsent.explicit: true\n");
  CHECK(a.deployments[0].canonical() != c.deployments[0].canonical());
}

TEST_CASE("a batch keeps the text of the files it has errors to quote, and only those", "[deployment]") {
  const auto dir = std::filesystem::temp_directory_path() / "facepia-batch-sources";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "a-good.yaml") << "name: good\nconsent.explicit: true\n";
  std::ofstream(dir / "b-bad.yaml") << "name: bad\nconsent.explicit: maybe\n";
  const auto l = engine::load_deployments({dir}, vocabulary());
  std::filesystem::remove_all(dir);
  REQUIRE_FALSE(l.ok());
  REQUIRE(l.sources.size() == 2);
  CHECK(l.sources.file(0).text().empty());
  CHECK(l.sources.file(0).path() == (dir / "a-good.yaml").string());
  CHECK(l.sources.file(1).text() == "name: bad\nconsent.explicit: maybe\n");
  const std::string rendered = dsl::render_all(l.diagnostics, l.sources, false);
  CHECK(rendered.find("b-bad.yaml:2:19") != std::string::npos);
  CHECK(rendered.find("consent.explicit: maybe") != std::string::npos);
}

TEST_CASE("golden: YAML errors with file:line:col", "[deployment][golden]") {
  const std::filesystem::path dir = FACEPIA_GOLDEN_DIR;
  std::vector<std::filesystem::path> cases;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() == ".yaml") {
      cases.push_back(entry.path());
    }
  }
  std::sort(cases.begin(), cases.end());
  REQUIRE(cases.size() >= 8);
  const bool update = std::getenv("FACEPIA_UPDATE_GOLDEN") != nullptr;
  for (const auto& yaml : cases) {
    SECTION(yaml.filename().string()) {
      auto l = engine::load_deployment_text(yaml.filename().string(), read(yaml), vocabulary());
      l.diagnostics.sort();
      const std::string actual = dsl::render_all(l.diagnostics, l.sources, false);
      auto expected_path = yaml;
      expected_path.replace_extension(".err");
      if (update) {
        std::ofstream(expected_path, std::ios::binary) << actual;
      }
      CHECK_FALSE(l.ok());
      CHECK(actual == read(expected_path));
    }
  }
}
