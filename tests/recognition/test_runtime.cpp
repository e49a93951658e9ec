// The runtime with a hand-made gate answer: what it refuses and what it records. No model needed: every
// refusal here happens before a face is looked at.
#include "facepia/recognition/runtime.hpp"
#include "gate_answers.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace facepia;
using namespace facepia::recognition;
using namespace facepia::recognition::test;

namespace {

struct Fixture {
  TempDir dir;
  TemplateKey key = TemplateKey::generate();
  RuntimeOptions options(std::string now = "2026-11-26T08:00:00Z") const {
    RuntimeOptions o;
    o.gate.deployment = dir / "deployment.yaml";
    o.store = dir / "faces.db";
    o.key = key;
    o.check_models = false;
    o.now = std::move(now);
    return o;
  }
  Runtime start(const gate::Answer& answer, std::string now = "2026-11-26T08:00:00Z") const {
    return Runtime::start(options(std::move(now)), [answer](const gate::Request&) { return answer; });
  }
};

Template sample(float v) {
  Template t{};
  t.fill(v);
  return t;
}

const Image no_image{};

} // namespace

TEST_CASE("a denied deployment can neither enrol nor identify: the runtime refuses to start",
          "[runtime][gate]") {
  Fixture f;
  bool asked = false;
  try {
    Runtime::start(f.options(), [&](const gate::Request& r) {
      asked = true;
      CHECK(r.deployment == f.dir / "deployment.yaml");
      return deny();
    });
    FAIL("the runtime started");
  } catch (const Refused& e) {
    CHECK_THAT(e.what(), Catch::Contains("decision: deny") && Catch::Contains("gdpr.biometric-prohibition") &&
                             Catch::Contains("GDPR Art. 9(1)"));
  }
  CHECK(asked);
  // Nothing was created: it refused before opening the store.
  CHECK_FALSE(std::filesystem::exists(f.dir / "faces.db"));
}

TEST_CASE("a stale assessment refuses to start", "[runtime][gate]") {
  Fixture f;
  auto a = allow();
  a.errors.push_back(
      "the stored assessment no longer matches the rules or the deployment: run `facepia assess`");
  CHECK_THROWS_WITH(f.start(a), Catch::Contains("no longer matches"));
}

TEST_CASE("a condition the runtime does not know refuses to start", "[runtime][gate]") {
  Fixture f;
  CHECK_THROWS_AS(f.start(conditional({condition("only_on_tuesdays")})), Refused);
}

TEST_CASE("a 1:1-only deployment cannot identify, and the refusal is audited", "[runtime][gate]") {
  Fixture f;
  auto rt = f.start(conditional({condition("mode", "verification")}));
  const auto o = rt.identify(no_image, "access_control");
  CHECK_FALSE(o.ok);
  CHECK(o.result == "refused");
  CHECK_THAT(o.message, Catch::Contains("verification (1:1) only"));
  const auto log = rt.store().audit_log();
  REQUIRE(log.size() == 1);
  CHECK(log[0].operation == "identify");
  CHECK(log[0].result == "refused");
  CHECK(log[0].purpose == "access_control");
  CHECK(log[0].assessment_id == "test-assessment");
}

TEST_CASE("a subject without consent cannot be enrolled", "[runtime][gate]") {
  Fixture f;
  auto rt = f.start(conditional({condition("consent_record_required")}));
  auto o = rt.enrol("alice", no_image, "access_control");
  CHECK_FALSE(o.ok);
  CHECK_THAT(o.message, Catch::Contains("unknown subject"));
  rt.record_consent({"alice", std::nullopt, ""},
                    ConsentRecord{0, "", "alice", "", {"marketing"}, true, true, false, {}});
  o = rt.enrol("alice", no_image, "access_control");
  CHECK_FALSE(o.ok);
  CHECK_THAT(o.message, Catch::Contains("no consent covers the purpose"));
  CHECK(rt.store().template_count() == 0);
  const auto log = rt.store().audit_log();
  REQUIRE(log.size() == 3);
  CHECK(log[1].operation == "consent");
  CHECK(log[2].result == "refused");
}

TEST_CASE("erase removes the templates and the audit log shows it", "[runtime][gate]") {
  Fixture f;
  auto rt = f.start(allow());
  rt.store().put_subject({"alice", std::nullopt, "2026-11-01T00:00:00Z"});
  rt.store().put_subject({"bob", std::nullopt, "2026-11-01T00:00:00Z"});
  rt.store().add_template("alice", sample(0.1f), "2026-11-01T00:00:00Z", std::nullopt);
  rt.store().add_template("alice", sample(0.2f), "2026-11-01T00:00:00Z", std::nullopt);
  rt.store().add_template("bob", sample(0.3f), "2026-11-01T00:00:00Z", std::nullopt);
  const auto o = rt.erase("alice", "data subject request");
  CHECK(o.ok);
  CHECK(o.count == 2);
  CHECK(rt.store().templates("alice").empty());
  CHECK(rt.store().templates("bob").size() == 1);
  const auto log = rt.store().audit_log();
  REQUIRE_FALSE(log.empty());
  CHECK(log.back().operation == "erase");
  CHECK(log.back().subject == "alice");
  CHECK(log.back().purpose == "data subject request");
  CHECK_THAT(log.back().detail, Catch::Contains("2 templates erased"));
  CHECK(rt.store().verify_audit_chain().ok);
}

TEST_CASE("withdrawing consent erases the subject's templates", "[runtime][gate]") {
  Fixture f;
  auto rt = f.start(conditional({condition("consent_record_required")}));
  rt.record_consent({"alice", std::nullopt, ""},
                    ConsentRecord{0, "", "alice", "", {"a"}, false, false, false, {}});
  rt.store().add_template("alice", sample(0.1f), "2026-11-01T00:00:00Z", std::nullopt);
  const auto o = rt.withdraw_consent("alice", "a");
  CHECK(o.count == 1);
  CHECK(rt.store().template_count() == 0);
  CHECK(rt.store().consents("alice")[0].withdrawn_at.has_value());
  CHECK(rt.store().audit_log().back().operation == "withdraw");
}

TEST_CASE("expired templates are purged at startup, and the purge is audited", "[runtime][gate]") {
  Fixture f;
  {
    auto rt = f.start(allow(), "2026-11-01T00:00:00Z");
    rt.store().put_subject({"alice", std::nullopt, "2026-11-01T00:00:00Z"});
    rt.store().add_template("alice", sample(0.1f), "2026-11-01T00:00:00Z", "2026-11-20T00:00:00Z");
    rt.store().add_template("alice", sample(0.2f), "2026-11-01T00:00:00Z", "2026-12-31T00:00:00Z");
  }
  auto rt = f.start(allow(), "2026-11-26T08:00:00Z");
  CHECK(rt.purged_at_start() == 1);
  CHECK(rt.store().template_count() == 1);
  CHECK(rt.store().audit_log().back().operation == "purge");
}

TEST_CASE("a tampered audit log is detected: the runtime refuses to start", "[runtime][gate][audit]") {
  Fixture f;
  {
    auto rt = f.start(conditional({condition("mode", "verification")}));
    rt.identify(no_image, "access_control");
    rt.identify(no_image, "access_control");
  }
  sqlite3* h = nullptr;
  REQUIRE(sqlite3_open((f.dir / "faces.db").string().c_str(), &h) == SQLITE_OK);
  REQUIRE(sqlite3_exec(h,
                       "DROP TRIGGER audit_append_only_update; "
                       "UPDATE audit SET result = 'identified' WHERE seq = 1",
                       nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(h);
  CHECK_THROWS_WITH(f.start(allow()), Catch::Contains("audit log") && Catch::Contains("tampered"));
}
