// The runtime with a hand-made gate answer: what it refuses and what it records. No model needed: every
// refusal here happens before a face is looked at.
#include "facepia/recognition/calendar.hpp"
#include "facepia/recognition/runtime.hpp"
#include "gate_answers.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
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
  rt.record_consent({"alice", std::nullopt, "", std::nullopt, true},
                    ConsentRecord{0, "", "alice", "", {"marketing"}, true, true, false, {}, true});
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
  rt.store().put_subject({"alice", std::nullopt, "2026-11-01T00:00:00Z", std::nullopt, true});
  rt.store().put_subject({"bob", std::nullopt, "2026-11-01T00:00:00Z", std::nullopt, true});
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
  // The log names the subject by its pseudonym only, and erasure forgets the name behind it.
  CHECK(log.back().subject == subject_pseudonym(f.key, "alice"));
  CHECK(log.back().subject.size() == 64);
  CHECK_FALSE(rt.store().subject_name(log.back().subject).has_value());
  CHECK(rt.store().subject_name(subject_pseudonym(f.key, "bob")) == std::optional<std::string>("bob"));
  CHECK(log.back().purpose == "data subject request");
  CHECK_THAT(log.back().detail, Catch::Contains("2 templates erased"));
  CHECK(rt.store().verify_audit_chain().ok);
}

TEST_CASE("withdrawing consent erases the subject's templates", "[runtime][gate]") {
  Fixture f;
  auto rt = f.start(conditional({condition("consent_record_required")}));
  rt.record_consent({"alice", std::nullopt, "", std::nullopt, true},
                    ConsentRecord{0, "", "alice", "", {"a"}, false, false, false, {}, true});
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
    rt.store().put_subject({"alice", std::nullopt, "2026-11-01T00:00:00Z", std::nullopt, true});
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
  REQUIRE(sqlite3_exec(h, "DROP TRIGGER audit_append_only_update", nullptr, nullptr, nullptr) == SQLITE_OK);
  SECTION("the newest entry, which the checkpoint anchors: found at start") {
    REQUIRE(sqlite3_exec(h, "UPDATE audit SET result = 'identified' WHERE seq = 2", nullptr, nullptr,
                         nullptr) == SQLITE_OK);
    sqlite3_close(h);
    CHECK_THROWS_WITH(f.start(allow()), Catch::Contains("audit log") && Catch::Contains("tampered") &&
                                            Catch::Contains("entry 2 was altered or forged"));
  }
  SECTION("an older entry: the start checks only from the checkpoint, the full check finds it") {
    REQUIRE(sqlite3_exec(h, "UPDATE audit SET result = 'identified' WHERE seq = 1", nullptr, nullptr,
                         nullptr) == SQLITE_OK);
    sqlite3_close(h);
    auto options = f.options();
    options.refuse_broken_audit = false;
    auto rt = Runtime::start(options, [](const gate::Request&) { return allow(); });
    CHECK(rt.audit_at_start().ok);
    CHECK(rt.audit_at_start().walked == 1); // the anchor alone
    const auto full = rt.store().verify_audit_chain(AuditScope::full);
    CHECK_FALSE(full.ok);
    CHECK(full.first_bad_seq == std::optional<std::int64_t>(1));
    CHECK_THAT(full.problem, Catch::Contains("entry 1 was altered or forged"));
  }
}

namespace {

void raw(const std::filesystem::path& db, const std::string& sql) {
  sqlite3* h = nullptr;
  REQUIRE(sqlite3_open(db.string().c_str(), &h) == SQLITE_OK);
  char* err = nullptr;
  const int rc = sqlite3_exec(h, sql.c_str(), nullptr, nullptr, &err);
  INFO((err ? err : ""));
  sqlite3_free(err);
  sqlite3_close(h);
  REQUIRE(rc == SQLITE_OK);
}

std::string file_bytes(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Every template ciphertext in the store, read raw.
std::vector<std::string> ciphertexts(const std::filesystem::path& db) {
  sqlite3* h = nullptr;
  REQUIRE(sqlite3_open(db.string().c_str(), &h) == SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  REQUIRE(sqlite3_prepare_v2(h, "SELECT ciphertext FROM templates", -1, &st, nullptr) == SQLITE_OK);
  std::vector<std::string> out;
  while (sqlite3_step(st) == SQLITE_ROW) {
    const auto* p = static_cast<const char*>(sqlite3_column_blob(st, 0));
    out.emplace_back(p, static_cast<std::size_t>(sqlite3_column_bytes(st, 0)));
  }
  sqlite3_finalize(st);
  sqlite3_close(h);
  return out;
}

ConsentRecord consent_for(std::vector<std::string> scope) {
  ConsentRecord c;
  c.given_by = "alice";
  c.scope = std::move(scope);
  c.separate = true;
  c.written = true;
  return c;
}

Subject subject_named(std::string id) {
  Subject s;
  s.id = std::move(id);
  return s;
}

} // namespace

TEST_CASE("a purpose the deployment does not declare is refused, and the refusal is audited",
          "[runtime][strict]") {
  Fixture f;
  auto rt = f.start(allow()); // no rule imposes allowed purposes
  for (const auto& o :
       {rt.verify("alice", no_image, "marketing_profiling"), rt.identify(no_image, "marketing_profiling"),
        rt.enrol("alice", no_image, "marketing_profiling")}) {
    CHECK_FALSE(o.ok);
    CHECK(o.result == "refused");
    CHECK_THAT(o.message, Catch::Contains("not among the deployment's declared purposes"));
  }
  const auto log = rt.store().audit_log();
  REQUIRE(log.size() == 3);
  for (const auto& e : log) {
    CHECK(e.result == "refused");
    CHECK(e.purpose == "marketing_profiling");
  }
  CHECK(log[0].operation == "verify");
  CHECK(log[1].operation == "identify");
  CHECK(log[2].operation == "enrol");
}

TEST_CASE("a threshold looser than 0.6 is refused at every match, and audited", "[runtime][strict]") {
  Fixture f;
  auto options = f.options();
  options.threshold = 1.2;
  auto rt = Runtime::start(options, [](const gate::Request&) { return allow(); });
  const auto v = rt.verify("alice", no_image, "payment");
  CHECK_FALSE(v.ok);
  CHECK(v.message ==
        "verify refused: threshold 1.2 is looser than the operating point 0.6: a threshold may only "
        "be stricter (lower), never looser");
  CHECK_FALSE(rt.identify(no_image, "payment").ok);
  const auto log = rt.store().audit_log();
  REQUIRE(log.size() == 2);
  CHECK(log[0].result == "refused");
  CHECK_THAT(log[1].detail, Catch::Contains("looser than the operating point"));
}

TEST_CASE("identify is refused unless the deployment declares 1:N, whatever the rules impose",
          "[runtime][strict]") {
  Fixture f;
  auto a = allow();
  a.declared = declared("verification_1to1");
  auto rt = f.start(a);
  const auto o = rt.identify(no_image, "payment");
  CHECK_FALSE(o.ok);
  CHECK_THAT(o.message, Catch::Contains("verification (1:1) only"));
  CHECK(rt.store().audit_log().back().result == "refused");
}

TEST_CASE("a template store serves one deployment: another deployment cannot open it", "[runtime][strict]") {
  Fixture f;
  { f.start(allow()); }
  auto other = allow();
  other.declared.name = "Residents gate";
  CHECK_THROWS_WITH(f.start(other),
                    Catch::Contains("serves the deployment `test deployment`, not `Residents gate`"));
  // Re-binding the store by hand is detected.
  raw(f.dir / "faces.db", "UPDATE meta SET value = 'Residents gate' WHERE key = 'deployment'");
  CHECK_THROWS_WITH(f.start(other), Catch::Contains("binding to a deployment was altered"));
}

TEST_CASE("templates enrolled for 1:1 payment are never identified 1:N, nor verified for another purpose",
          "[runtime][strict]") {
  Fixture f;
  auto one_to_one = allow();
  one_to_one.declared = declared("verification_1to1");
  {
    auto rt = f.start(one_to_one);
    rt.record_consent(subject_named("alice"), consent_for({"payment"}));
    const auto consent = rt.store().consents("alice").at(0);
    rt.store().add_template("alice", sample(0.1f), "2026-11-26T08:00:00Z", "2026-12-26T08:00:00Z",
                            {"payment", consent.id, consent.scope, "verification_1to1"});
  }
  // The same deployment turned 1:N (same name, so the same store): the 1:1 templates stay out of the gallery.
  auto rt = f.start(allow());
  const auto o = rt.identify(no_image, "payment");
  CHECK_FALSE(o.ok);
  CHECK(o.result == "not_identified");
  CHECK(rt.store().audit_log().back().detail == "gallery of 0");
  // Verified only for a purpose of the consent it was enrolled under.
  const auto v = rt.verify("alice", no_image, "access_control");
  CHECK_FALSE(v.ok);
  CHECK(v.message == "verify refused: template 1 of `alice` was enrolled under a consent that does not cover "
                     "`access_control`");
}

TEST_CASE("a template re-bound to another purpose, or given no retention date, fails authentication",
          "[runtime][strict]") {
  Fixture f;
  {
    auto rt = f.start(allow());
    rt.record_consent(subject_named("alice"), consent_for({"payment"}));
    rt.store().add_template("alice", sample(0.1f), "2026-11-26T08:00:00Z", "2026-12-26T08:00:00Z",
                            {"payment", 1, {"payment"}, "verification_1to1"});
    REQUIRE(rt.store().templates("alice").size() == 1);
  }
  SECTION("purpose and scope widened") {
    raw(f.dir / "faces.db", "UPDATE templates SET purpose = 'access_control', consent_scope = "
                            "'[\"payment\",\"access_control\"]'");
  }
  SECTION("kept forever") {
    raw(f.dir / "faces.db", "UPDATE templates SET expires_at = NULL");
  }
  SECTION("moved to 1:N") {
    raw(f.dir / "faces.db", "UPDATE templates SET mode = 'identification_1ton'");
  }
  auto rt = f.start(allow());
  CHECK_THROWS_WITH(rt.store().templates("alice"), Catch::Contains("fails authentication"));
}

TEST_CASE("a consent inserted by hand is refused at enrolment, and the refusal audited",
          "[runtime][strict]") {
  Fixture f;
  { f.start(conditional({condition("consent_record_required")})); }
  // Under eve's very pseudonym (the attacker holding the key), but without the record MAC.
  const std::string eve = subject_pseudonym(f.key, "eve");
  raw(f.dir / "faces.db",
      "INSERT INTO subjects (id, identity, created_at, mac) VALUES ('" + eve +
          "', 'ab', '2026-01-01T00:00:00Z', ''); INSERT INTO consents (subject, given_by, given_at, scope, "
          "separate, written, by_guardian, mac) VALUES ('" +
          eve + "', '', '2026-01-01T00:00:00Z', '[\"payment\"]', 1, 1, 0, '')");
  auto rt = f.start(conditional({condition("consent_record_required")}));
  const auto o = rt.enrol("eve", no_image, "payment");
  CHECK_FALSE(o.ok);
  CHECK_THAT(o.message, Catch::Contains("record of subject `eve` fails authentication"));
  CHECK(rt.store().audit_log().back().result == "refused");
  // A recorded subject with a forged consent beside its real one for another purpose.
  rt.record_consent(subject_named("bob"), consent_for({"access_control"}));
  raw(f.dir / "faces.db", "INSERT INTO consents (subject, given_by, given_at, scope, separate, written, "
                          "by_guardian, mac) VALUES ('" +
                              subject_pseudonym(f.key, "bob") +
                              "', '', '2026-01-01T00:00:00Z', '[\"payment\"]', 1, 1, 0, 'ab')");
  const auto b = rt.enrol("bob", no_image, "payment");
  CHECK(b.message ==
        "enrol refused: subject `bob` cannot be enrolled: consent record 3 fails authentication: it "
        "was not recorded by facepia");
}

TEST_CASE("the audit log is anchored: truncation, rewriting and an older copy put back are detected",
          "[runtime][audit]") {
  Fixture f;
  const auto db = f.dir / "faces.db";
  const auto old_copy = f.dir / "faces.old";
  {
    auto rt = f.start(allow());
    rt.record_consent(subject_named("alice"), consent_for({"payment"}));
    rt.store().add_template("alice", sample(0.1f), "2026-11-26T08:00:00Z", "2026-12-26T08:00:00Z",
                            {"payment", 1, {"payment"}, "identification_1ton"});
    std::filesystem::copy_file(db, old_copy);
    rt.erase("alice", "erasure request");
    REQUIRE(rt.store().verify_audit_chain().ok);
    REQUIRE(rt.store().verify_audit_chain().checkpoint_count == std::optional<std::int64_t>(2));
  }
  REQUIRE_NOTHROW(f.start(allow()));
  SECTION("an older copy put back, which would bring the erased template back") {
    std::filesystem::copy_file(old_copy, db, std::filesystem::copy_options::overwrite_existing);
    CHECK_THROWS_WITH(f.start(allow()), Catch::Contains("holds 1 entries but its checkpoint records 2") &&
                                            Catch::Contains("older copy of the store was put back"));
  }
  SECTION("the tail deleted") {
    raw(db, "DROP TRIGGER audit_append_only_delete; DELETE FROM audit WHERE seq >= 2");
    CHECK_THROWS_WITH(f.start(allow()), Catch::Contains("checkpoint records 2"));
  }
  SECTION("every entry deleted") {
    raw(db, "DROP TRIGGER audit_append_only_delete; DELETE FROM audit");
    CHECK_THROWS_WITH(f.start(allow()), Catch::Contains("holds 0 entries"));
  }
  SECTION("the chain rewritten with unkeyed hashes") {
    raw(db, "DROP TRIGGER audit_append_only_update; UPDATE audit SET detail = 'nothing' WHERE seq = 2");
    CHECK_THROWS_WITH(f.start(allow()), Catch::Contains("entry 2 was altered or forged"));
  }
  SECTION("the checkpoint deleted") {
    std::filesystem::remove(db.string() + ".checkpoint");
    CHECK_THROWS_WITH(f.start(allow()), Catch::Contains("checkpoint") && Catch::Contains("is missing"));
  }
  SECTION("the checkpoint edited") {
    auto text = file_bytes(db.string() + ".checkpoint");
    text.replace(text.find("\"count\":2"), 9, "\"count\":1");
    std::ofstream(db.string() + ".checkpoint") << text;
    CHECK_THROWS_WITH(f.start(allow()), Catch::Contains("fails authentication"));
  }
}

TEST_CASE("the start-up purge and its audit entry commit together", "[runtime][audit]") {
  Fixture f;
  {
    auto rt = f.start(allow(), "2026-11-01T00:00:00Z");
    rt.store().put_subject({"alice", std::nullopt, "2026-11-01T00:00:00Z", std::nullopt, true});
    rt.store().add_template("alice", sample(0.1f), "2026-11-01T00:00:00Z", "2026-11-20T00:00:00Z");
  }
  // The audit entry cannot be written: the delete must not happen either.
  raw(f.dir / "faces.db",
      "CREATE TRIGGER no_more BEFORE INSERT ON audit BEGIN SELECT RAISE(ABORT, 'disk full'); END");
  CHECK_THROWS_WITH(f.start(allow()), Catch::Contains("disk full"));
  raw(f.dir / "faces.db", "DROP TRIGGER no_more");
  CHECK(ciphertexts(f.dir / "faces.db").size() == 1);
  auto rt = f.start(allow());
  CHECK(rt.purged_at_start() == 1);
  CHECK(rt.store().audit_log().back().operation == "purge");
}

TEST_CASE("after erase, withdraw and purge the template bytes are gone from the store file",
          "[runtime][erasure]") {
  Fixture f;
  const auto db = f.dir / "faces.db";
  auto rt = f.start(allow(), "2026-11-01T00:00:00Z");
  rt.record_consent(subject_named("alice"), consent_for({"payment"}));
  rt.record_consent(subject_named("bob"), consent_for({"payment"}));
  rt.record_consent(subject_named("carol"), consent_for({"payment"}));
  rt.store().add_template("alice", sample(0.1f), "2026-11-01T00:00:00Z", "2026-12-01T00:00:00Z");
  rt.store().add_template("bob", sample(0.2f), "2026-11-01T00:00:00Z", "2026-12-01T00:00:00Z");
  rt.store().add_template("carol", sample(0.3f), "2026-11-01T00:00:00Z", "2026-11-02T00:00:00Z");
  const auto before = ciphertexts(db);
  REQUIRE(before.size() == 3);
  for (const auto& c : before) {
    REQUIRE(file_bytes(db).find(c) != std::string::npos);
  }
  rt.erase("alice", "erasure request");
  CHECK(file_bytes(db).find(before[0]) == std::string::npos);
  CHECK(file_bytes(db).find(before[1]) != std::string::npos);
  rt.withdraw_consent("bob", "consent withdrawn");
  CHECK(file_bytes(db).find(before[1]) == std::string::npos);
  CHECK(file_bytes(db).find(before[2]) != std::string::npos);
  auto later = f.start(allow(), "2026-11-10T00:00:00Z"); // carol's template expired: purged at start
  CHECK(later.purged_at_start() == 1);
  CHECK(file_bytes(db).find(before[2]) == std::string::npos);
  for (const auto& c : before) {
    CHECK(file_bytes(db.string() + "-wal").find(c) == std::string::npos);
  }
}

TEST_CASE("a forgotten subject's pseudonymous records are kept for the record retention, then purged",
          "[runtime][erasure]") {
  Fixture f;
  auto answer = allow();
  SECTION("3 years when the deployment declares none") {}
  SECTION("the deployment's pipia.record_retention") {
    answer.declared.record_retention_years = 5;
  }
  const double years = answer.declared.record_retention_years.value_or(3);
  {
    auto rt = Runtime::start(f.options("2026-11-01T00:00:00Z"), [&](const gate::Request&) { return answer; });
    rt.record_consent(subject_named("alice"), consent_for({"payment"}));
    rt.record_consent(subject_named("bob"), consent_for({"payment"}));
    rt.erase("alice", "erasure request");
  }
  // Kept (pseudonymously) until the retention has passed, counted from the erasure.
  const std::string before = add_days("2026-11-01T00:00:00Z", 365.0 * years - 1);
  {
    auto rt = Runtime::start(f.options(before), [&](const gate::Request&) { return answer; });
    CHECK(rt.store().consents("alice").size() == 1);
  }
  const std::string after = add_days("2026-11-01T00:00:00Z", 366.0 * years + 1);
  auto rt = Runtime::start(f.options(after), [&](const gate::Request&) { return answer; });
  CHECK(rt.store().consents("alice").empty());
  CHECK(rt.store().consents("bob").size() == 1); // not forgotten: kept
  CHECK(rt.store().subject("bob").has_value());
  const auto last = rt.store().audit_log().back();
  CHECK(last.operation == "purge");
  CHECK_THAT(last.detail, Catch::Contains("the records of 1 forgotten subjects past the record retention"));
  CHECK(rt.store().verify_audit_chain().ok);
}
