// gate::ask, as the face recognition runtime calls it: through the public gate header only, against a small
// rule pack written for the test (so that each verdict follows from one stated fact, whatever the bundled
// packs say), with a real assessment store and real signatures made by the facepia program.
#define CATCH_CONFIG_MAIN
#include "facepia/gate/gate.hpp"

#include <algorithm>
#include <atomic>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;
namespace gate = facepia::gate;

namespace {

// A fresh directory, removed at the end of the scope.
struct TempDir {
  fs::path path;
  TempDir() {
    static std::atomic<int> counter{0};
    path = fs::temp_directory_path() /
           ("facepia-gate-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + "-" +
            std::to_string(std::random_device{}()));
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  fs::path operator/(const std::string& name) const { return path / name; }
};

void write(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out << text;
  REQUIRE(out.good());
}

// One instrument, two rules and their tests (`facepia assess --sign` runs them before it signs). `ta.no-sale`
// is blocking: selling faces denies. `ta.separate-consent` applies to 1:N identification only and, while
// compliant, imposes the condition that consent be asked separately.
constexpr const char* rule_pack = R"(instrument TA {
  title "Test Act on faces"
  jurisdiction "XX"
  in_force 2020-01-01
}

provision TA Art. 1 {
  text "Faces shall not be sold."
}

provision TA Art. 2 {
  text "Identification among many requires a separate consent."
}

enum match_mode { verification_1to1, identification_1ton }

fact processing.mode : match_mode "how faces are matched"
fact consent.separate : bool "whether consent is asked separately from other terms"
fact sale.of_faces : bool "whether faces or templates are sold"

rule ta.no-sale {
  title "No sale of faces"
  cites TA Art. 1
  requires not sale.of_faces
  severity blocking
  finding "faces are sold"
}

rule ta.separate-consent {
  title "Separate consent for identification"
  cites TA Art. 2
  applies when processing.mode == identification_1ton
  requires consent.separate
  severity blocking
  finding "faces are identified among many without a separate consent"
  imposes separate_consent_required "enrol only with a consent asked separately"
}

test "faces sold" {
  given sale.of_faces = true
  expect ta.no-sale is breach
}

test "identification with a separate consent" {
  given sale.of_faces = false
  given processing.mode = identification_1ton
  given consent.separate = true
  expect ta.separate-consent is compliant
  expect decision conditional
}
)";

// A deployment of the pack's vocabulary; `extra` adds lines at the top level.
std::string deployment(const std::string& mode, const std::string& sale, const std::string& extra = "") {
  return "name: Test deployment\nprocessing:\n  mode: " + mode + "\nconsent:\n  separate: true\n" +
         (sale.empty() ? std::string() : "sale:\n  of_faces: " + sale + "\n") + extra;
}

struct Fixture {
  TempDir dir;
  fs::path rules = dir / "rules";
  fs::path yaml = dir / "deployment.yaml";
  fs::path database = dir / "assessments.db";

  Fixture() { write(rules / "ta.fp", rule_pack); }

  gate::Request request(bool require_stored = false) const {
    gate::Request r;
    r.deployment = yaml;
    r.rules_dir = rules;
    r.database = database;
    r.as_of = "2026-12-01";
    r.require_stored_assessment = require_stored;
    return r;
  }
};

bool contains(const std::vector<std::string>& texts, const std::string& part) {
  return std::any_of(texts.begin(), texts.end(),
                     [&](const std::string& t) { return t.find(part) != std::string::npos; });
}

std::string joined(const std::vector<std::string>& texts) {
  std::string all;
  for (const auto& t : texts) {
    all += t + "\n";
  }
  return all;
}

// Runs the facepia program (the one that records and signs assessments for the runtime); its exit status.
int run_facepia(const std::string& arguments) {
  const std::string command = std::string("'") + FACEPIA_PROGRAM + "' " + arguments + " >/dev/null 2>&1";
  const int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string quoted(const fs::path& path) {
  return "'" + path.string() + "'";
}

} // namespace

TEST_CASE("a deployment no rule objects to and none conditions is allowed", "[gate]") {
  Fixture f;
  write(f.yaml, deployment("verification_1to1", "false"));
  const auto answer = gate::ask(f.request());
  INFO(joined(answer.errors));
  CHECK(answer.verdict == gate::Verdict::allow);
  CHECK(answer.may_run());
  CHECK(answer.errors.empty());
  CHECK(answer.conditions.empty());
  CHECK(answer.blocking.empty());
  CHECK(answer.as_of == "2026-12-01");
  CHECK(answer.assessment_id.size() == 64);
  CHECK(answer.rules_digest.size() == 64);
  CHECK(answer.declared.name == "Test deployment");
  CHECK(answer.declared.mode == "verification_1to1");
  CHECK(gate::to_string(answer.verdict) == "allow");
}

TEST_CASE("a compliant rule's imposed condition makes the verdict conditional and reaches the runtime",
          "[gate]") {
  Fixture f;
  write(f.yaml, deployment("identification_1ton", "false"));
  const auto answer = gate::ask(f.request());
  INFO(joined(answer.errors));
  CHECK(answer.verdict == gate::Verdict::conditional);
  CHECK(answer.may_run());
  REQUIRE(answer.conditions.size() == 1);
  const auto* condition = answer.condition(gate::keys::separate_consent_required);
  REQUIRE(condition != nullptr);
  CHECK(condition->rule == "ta.separate-consent");
  CHECK(condition->description == "enrol only with a consent asked separately");
  CHECK(answer.condition(gate::keys::mode) == nullptr);
  CHECK(answer.blocking.empty());
}

TEST_CASE("a blocking breach denies, with the rule, its citation and its message", "[gate]") {
  Fixture f;
  write(f.yaml, deployment("verification_1to1", "true"));
  const auto answer = gate::ask(f.request());
  INFO(joined(answer.errors));
  CHECK(answer.verdict == gate::Verdict::deny);
  CHECK_FALSE(answer.may_run());
  CHECK(answer.errors.empty()); // denied by the law, not by a failure
  REQUIRE(answer.blocking.size() == 1);
  const auto& blocking = answer.blocking.front();
  CHECK(blocking.rule == "ta.no-sale");
  CHECK(blocking.status == "breach");
  CHECK(blocking.message == "faces are sold");
  CHECK(blocking.citations == std::vector<std::string>{"TA Art. 1"});
  CHECK(gate::to_string(answer.verdict) == "deny");
}

TEST_CASE("a fact a blocking rule needs and the deployment does not state denies, naming the fact",
          "[gate]") {
  Fixture f;
  write(f.yaml, deployment("verification_1to1", ""));
  const auto answer = gate::ask(f.request());
  CHECK(answer.verdict == gate::Verdict::deny);
  REQUIRE(answer.blocking.size() == 1);
  CHECK(answer.blocking.front().rule == "ta.no-sale");
  CHECK(answer.blocking.front().status == "undetermined");
  CHECK(answer.blocking.front().missing_facts == std::vector<std::string>{"sale.of_faces"});
  CHECK(answer.open_questions == std::vector<std::string>{"sale.of_faces"});
}

TEST_CASE("a deployment that does not exist or does not load is denied with the reason", "[gate]") {
  Fixture f;
  SECTION("no such file") {
    auto request = f.request();
    request.deployment = f.dir / "missing.yaml";
    const auto answer = gate::ask(request);
    CHECK(answer.verdict == gate::Verdict::deny);
    CHECK_FALSE(answer.may_run());
    CHECK(contains(answer.errors, "missing.yaml"));
    CHECK(answer.assessment_id.empty());
  }
  SECTION("a fact the vocabulary does not declare, with its line and column") {
    write(f.yaml, deployment("verification_1to1", "false", "unheard:\n  of: true\n"));
    const auto answer = gate::ask(f.request());
    CHECK(answer.verdict == gate::Verdict::deny);
    INFO(joined(answer.errors));
    CHECK(contains(answer.errors, f.yaml.string() + ":8:1: "));
    CHECK(contains(answer.errors, "unheard"));
  }
  SECTION("two deployments in one file") {
    write(f.yaml,
          deployment("verification_1to1", "false") + "---\n" + deployment("verification_1to1", "false"));
    const auto answer = gate::ask(f.request());
    CHECK(answer.verdict == gate::Verdict::deny);
    CHECK(contains(answer.errors, "must hold exactly one deployment, not 2"));
  }
  SECTION("rules that do not load") {
    write(f.rules / "broken.fp", "rule {\n");
    write(f.yaml, deployment("verification_1to1", "false"));
    const auto answer = gate::ask(f.request());
    CHECK(answer.verdict == gate::Verdict::deny);
    CHECK(contains(answer.errors, "do not load"));
  }
  SECTION("a date that is not one") {
    write(f.yaml, deployment("verification_1to1", "false"));
    auto request = f.request();
    request.as_of = "2026-02-30";
    const auto answer = gate::ask(request);
    CHECK(answer.verdict == gate::Verdict::deny);
    CHECK(contains(answer.errors, "`2026-02-30` is not a date YYYY-MM-DD"));
  }
}

TEST_CASE("the runtime runs only the assessment recorded for these very rules and this deployment",
          "[gate]") {
  Fixture f;
  write(f.yaml, deployment("identification_1ton", "false"));
  SECTION("nothing recorded: denied, although the law would allow it under conditions") {
    const auto answer = gate::ask(f.request(true));
    CHECK(answer.verdict == gate::Verdict::deny);
    CHECK_FALSE(answer.stored);
    CHECK(contains(answer.errors, "no stored assessment matches"));
    CHECK(answer.conditions.size() == 1); // the assessment is still reported
  }
  SECTION("recorded by `facepia assess --db`, then stale after a change") {
    REQUIRE(run_facepia("assess --rules " + quoted(f.rules) + " --db " + quoted(f.database) +
                        " --as-of 2026-12-01 " + quoted(f.yaml)) == 0);
    const auto recorded = gate::ask(f.request(true));
    INFO(joined(recorded.errors));
    CHECK(recorded.stored);
    CHECK(recorded.verdict == gate::Verdict::conditional);
    CHECK(recorded.may_run());

    SECTION("the deployment changed") {
      write(f.yaml, deployment("identification_1ton", "false").replace(0, 21, "name: Test deployment 2"));
      const auto stale = gate::ask(f.request(true));
      CHECK(stale.verdict == gate::Verdict::deny);
      CHECK_FALSE(stale.stored);
      CHECK(contains(stale.errors, "no stored assessment matches"));
    }
    SECTION("the rules changed") {
      write(f.rules / "ta.fp", std::string(rule_pack) + "\n# a comment is a change of the rule files\n");
      const auto stale = gate::ask(f.request(true));
      CHECK(stale.verdict == gate::Verdict::deny);
      CHECK(stale.rules_digest != recorded.rules_digest);
      CHECK(contains(stale.errors, "no stored assessment matches"));
    }
  }
  SECTION("recorded by the gate itself") {
    auto request = f.request(false);
    request.record = true;
    const auto first = gate::ask(request);
    CHECK(first.stored);
    const auto second = gate::ask(f.request(true));
    CHECK(second.stored);
    CHECK(second.verdict == gate::Verdict::conditional);
    CHECK(second.assessment_id == first.assessment_id);
  }
}

TEST_CASE("with a verify key, only an assessment signed for this very deployment and these rules runs",
          "[gate]") {
  Fixture f;
  write(f.yaml, deployment("identification_1ton", "false"));
  const fs::path key = f.dir / "signing.key";
  REQUIRE(run_facepia("sign-keygen --out " + quoted(key)) == 0);
  REQUIRE(run_facepia("assess --no-record --rules " + quoted(f.rules) + " --as-of 2026-12-01 --sign " +
                      quoted(key) + " " + quoted(f.yaml)) == 0);
  REQUIRE(fs::exists(f.yaml.string() + ".sig"));
  auto request = f.request(true);
  request.verify_key = key.string() + ".pub";
  request.as_of.reset(); // the date signed applies

  SECTION("the signature fits: the runtime may run, no store read") {
    const auto answer = gate::ask(request);
    INFO(joined(answer.errors));
    CHECK(answer.verdict == gate::Verdict::conditional);
    CHECK(answer.may_run());
    CHECK(answer.stored);
    CHECK_FALSE(answer.signed_by.empty());
    CHECK(answer.as_of == "2026-12-01");
    CHECK_FALSE(fs::exists(f.database));
  }
  SECTION("the deployment changed after signing") {
    write(f.yaml, deployment("identification_1ton", "false").replace(0, 21, "name: Test deployment 2"));
    const auto answer = gate::ask(request);
    CHECK(answer.verdict == gate::Verdict::deny);
    CHECK_FALSE(answer.may_run());
    CHECK(contains(answer.errors, "does not fit what the runtime assesses"));
    CHECK(contains(answer.errors, "the deployment, the rules or the engine changed"));
  }
  SECTION("the rules changed after signing") {
    write(f.rules / "ta.fp", std::string(rule_pack) + "\n# a comment is a change of the rule files\n");
    const auto answer = gate::ask(request);
    CHECK(answer.verdict == gate::Verdict::deny);
    CHECK(contains(answer.errors, "it was signed under other rules"));
  }
  SECTION("signed under another key") {
    const fs::path other = f.dir / "other.key";
    REQUIRE(run_facepia("sign-keygen --out " + quoted(other)) == 0);
    request.verify_key = other.string() + ".pub";
    const auto answer = gate::ask(request);
    CHECK(answer.verdict == gate::Verdict::deny);
    CHECK(contains(answer.errors, "it was altered, or signed with another key"));
  }
  SECTION("the signature altered") {
    std::ifstream in(f.yaml.string() + ".sig");
    std::stringstream text;
    text << in.rdbuf();
    std::string signature = text.str();
    const auto at = signature.find("conditional");
    REQUIRE(at != std::string::npos);
    signature.replace(at, 11, "allow");
    write(f.yaml.string() + ".sig", signature);
    const auto answer = gate::ask(request);
    CHECK(answer.verdict == gate::Verdict::deny);
    CHECK(contains(answer.errors, "it was altered, or signed with another key"));
  }
  SECTION("another date asked than the one signed") {
    request.as_of = "2026-12-02";
    const auto answer = gate::ask(request);
    CHECK(answer.verdict == gate::Verdict::deny);
    CHECK(contains(answer.errors, "is as of 2026-12-01, not 2026-12-02"));
  }
  SECTION("no signature at all") {
    fs::remove(f.yaml.string() + ".sig");
    const auto answer = gate::ask(request);
    CHECK(answer.verdict == gate::Verdict::deny);
    CHECK(contains(answer.errors, "no signed assessment"));
  }
}
