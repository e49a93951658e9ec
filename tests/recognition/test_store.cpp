#include "facepia/recognition/store.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <sqlite3.h>
#include <sys/stat.h>

using namespace facepia::recognition;
using facepia::recognition::test::TempDir;

namespace {
Template sample(float base) {
  Template t{};
  for (std::size_t i = 0; i < t.size(); ++i) {
    t[i] = base + static_cast<float>(i) * 0.001f;
  }
  return t;
}

void raw_exec(const std::filesystem::path& db, const std::string& sql) {
  sqlite3* h = nullptr;
  REQUIRE(sqlite3_open(db.string().c_str(), &h) == SQLITE_OK);
  char* err = nullptr;
  const int rc = sqlite3_exec(h, sql.c_str(), nullptr, nullptr, &err);
  INFO((err ? err : ""));
  sqlite3_free(err);
  sqlite3_close(h);
  REQUIRE(rc == SQLITE_OK);
}
} // namespace

TEST_CASE("template keys come from hex, a file or the environment, never the database", "[store]") {
  const auto k = TemplateKey::generate();
  CHECK(TemplateKey::from_hex(k.hex()).bytes() == k.bytes());
  CHECK_THROWS_WITH(TemplateKey::from_hex("abcd"), Catch::Contains("64 hex digits"));
  TempDir dir;
  { std::ofstream(dir / "key") << k.hex() << "\n"; }
  // Readable by others: refused, as ssh refuses such a private key; owner-only: read.
  std::filesystem::permissions(dir / "key", std::filesystem::perms::owner_read |
                                                std::filesystem::perms::group_read |
                                                std::filesystem::perms::others_read);
  CHECK_THROWS_WITH(TemplateKey::from_file(dir / "key"),
                    Catch::Contains("(mode 0444) must be owned by you and readable by you alone"));
  std::filesystem::permissions(dir / "key",
                               std::filesystem::perms::owner_read | std::filesystem::perms::group_write);
  CHECK_THROWS_WITH(TemplateKey::from_file(dir / "key"), Catch::Contains("(mode 0420)"));
  std::filesystem::permissions(dir / "key",
                               std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
  CHECK(TemplateKey::from_file(dir / "key").bytes() == k.bytes());
  // Not a regular file: a FIFO is refused at once, not waited on.
  REQUIRE(::mkfifo((dir / "fifo").c_str(), 0600) == 0);
  CHECK_THROWS_WITH(TemplateKey::from_file(dir / "fifo"), Catch::Contains("is not a regular file"));
  ::setenv("FACEPIA_TEMPLATE_KEY", k.hex().c_str(), 1);
  CHECK(TemplateKey::from_environment().bytes() == k.bytes());
  ::unsetenv("FACEPIA_TEMPLATE_KEY");
  ::unsetenv("FACEPIA_TEMPLATE_KEY_FILE");
  CHECK_THROWS_WITH(TemplateKey::from_environment(), Catch::Contains("FACEPIA_TEMPLATE_KEY"));
}

TEST_CASE("templates are encrypted at rest and bound to their subject", "[store]") {
  TempDir dir;
  const auto key = TemplateKey::generate();
  const auto db = dir / "t.db";
  const Template t = sample(0.25f);
  {
    Store s(db, key);
    s.put_subject({"alice", std::nullopt, "2026-01-01T00:00:00Z", std::nullopt, true});
    s.put_subject({"bob", std::nullopt, "2026-01-01T00:00:00Z", std::nullopt, true});
    s.add_template("alice", t, "2026-01-01T00:00:00Z", std::nullopt);
    const auto back = s.templates("alice");
    REQUIRE(back.size() == 1);
    CHECK(back[0].descriptor == t);
  }
  // Neither the key nor the plaintext template is anywhere in the file.
  std::ifstream in(db, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::string plain(reinterpret_cast<const char*>(t.data()), sizeof(Template));
  CHECK(bytes.find(plain.substr(0, 64)) == std::string::npos);
  CHECK(bytes.find(std::string(reinterpret_cast<const char*>(key.bytes().data()), 32)) == std::string::npos);
  CHECK(bytes.find(key.hex()) == std::string::npos);

  // Another key cannot open the store.
  CHECK_THROWS_WITH(Store(db, TemplateKey::generate()), Catch::Contains("not the key of the store"));

  // A template moved to another subject fails authentication.
  raw_exec(db, "UPDATE templates SET subject = '" + subject_pseudonym(key, "bob") + "'");
  Store s(db, key);
  CHECK_THROWS_WITH(s.templates("bob"), Catch::Contains("fails authentication"));
}

TEST_CASE("expired templates are purged, consents are withdrawn", "[store]") {
  TempDir dir;
  Store s(dir / "t.db", TemplateKey::generate());
  s.put_subject({"alice", "2001-02-03", "2026-01-01T00:00:00Z", std::nullopt, true});
  s.add_template("alice", sample(0.1f), "2026-01-01T00:00:00Z", "2026-01-31T00:00:00Z");
  s.add_template("alice", sample(0.2f), "2026-01-01T00:00:00Z", "2026-03-01T00:00:00Z");
  s.add_template("alice", sample(0.3f), "2026-01-01T00:00:00Z", std::nullopt);
  CHECK(s.purge_expired("2026-02-01T00:00:00Z") == 1);
  CHECK(s.template_count() == 2);

  ConsentRecord c;
  c.subject = "alice";
  c.given_by = "alice";
  c.given_at = "2026-01-01";
  c.scope = {"access_control"};
  c.separate = true;
  s.add_consent(c);
  auto cs = s.consents("alice");
  REQUIRE(cs.size() == 1);
  CHECK(cs[0].scope == std::vector<std::string>{"access_control"});
  CHECK(cs[0].separate);
  CHECK_FALSE(cs[0].written);
  CHECK(s.withdraw_consent("alice", "2026-02-02") == 1);
  CHECK(s.consents("alice")[0].withdrawn_at == std::optional<std::string>("2026-02-02"));
  CHECK(s.subject("alice")->birth_date == std::optional<std::string>("2001-02-03"));
  CHECK(s.erase_templates("alice") == 2);
  CHECK(s.template_count() == 0);
}

TEST_CASE("the audit log is append-only and hash-chained: tampering is detected", "[store][audit]") {
  TempDir dir;
  const auto db = dir / "t.db";
  const auto key = TemplateKey::generate();
  Store s(db, key);
  for (int i = 0; i < 5; ++i) {
    AuditEntry e;
    e.at = "2026-01-01T00:00:0" + std::to_string(i) + "Z";
    e.operation = i % 2 ? "verify" : "enrol";
    e.subject = "alice";
    e.purpose = "access_control";
    e.result = i % 2 ? "match" : "enrolled";
    e.assessment_id = "a1";
    s.append_audit(e);
  }
  REQUIRE(s.verify_audit_chain().ok);
  CHECK(s.verify_audit_chain().entries == 5);
  CHECK(s.audit_log()[2].prev_hash == s.audit_log()[1].hash);

  // The store itself refuses UPDATE and DELETE.
  sqlite3* h = nullptr;
  REQUIRE(sqlite3_open(db.string().c_str(), &h) == SQLITE_OK);
  CHECK(sqlite3_exec(h, "UPDATE audit SET result = 'x' WHERE seq = 2", nullptr, nullptr, nullptr) !=
        SQLITE_OK);
  CHECK(sqlite3_exec(h, "DELETE FROM audit WHERE seq = 2", nullptr, nullptr, nullptr) != SQLITE_OK);
  sqlite3_close(h);

  // Someone with raw access drops the guards: edits, deletions and reorderings are still detected.
  raw_exec(db, "DROP TRIGGER audit_append_only_update; DROP TRIGGER audit_append_only_delete");
  SECTION("an edited entry") {
    raw_exec(db, "UPDATE audit SET result = 'no_match' WHERE seq = 2");
    const auto check = s.verify_audit_chain();
    CHECK_FALSE(check.ok);
    CHECK(check.first_bad_seq == std::optional<std::int64_t>(2));
    CHECK_THAT(check.problem, Catch::Contains("altered"));
  }
  SECTION("a deleted entry") {
    raw_exec(db, "DELETE FROM audit WHERE seq = 3");
    const auto check = s.verify_audit_chain();
    CHECK_FALSE(check.ok);
    CHECK(check.first_bad_seq == std::optional<std::int64_t>(4));
  }
  SECTION("a deleted and renumbered entry") {
    raw_exec(db, "DELETE FROM audit WHERE seq = 3; UPDATE audit SET seq = seq - 1 WHERE seq > 3");
    CHECK_FALSE(s.verify_audit_chain().ok);
  }
  SECTION("two entries swapped") {
    raw_exec(db, "UPDATE audit SET seq = 100 WHERE seq = 2; UPDATE audit SET seq = 2 WHERE seq = 3;"
                 "UPDATE audit SET seq = 3 WHERE seq = 100");
    CHECK_FALSE(s.verify_audit_chain().ok);
  }
  SECTION("an entry edited and its MAC recomputed with another key (without the store's key)") {
    auto e = s.audit_log()[1];
    e.result = "no_match";
    e.hash = audit_hash(TemplateKey::generate().subkey("facepia audit chain v1"), e.prev_hash, e);
    raw_exec(db, "UPDATE audit SET result = 'no_match', hash = '" + e.hash + "' WHERE seq = 2");
    const auto check = s.verify_audit_chain();
    CHECK_FALSE(check.ok);
    CHECK(check.first_bad_seq == std::optional<std::int64_t>(2));
    CHECK_THAT(check.problem, Catch::Contains("altered or forged"));
  }
  SECTION("an entry edited and its own MAC recomputed with the store's key") {
    auto log = s.audit_log();
    auto e = log[1];
    e.result = "no_match";
    e.hash = audit_hash(key.subkey("facepia audit chain v1"), e.prev_hash, e);
    raw_exec(db, "UPDATE audit SET result = 'no_match', hash = '" + e.hash + "' WHERE seq = 2");
    const auto check = s.verify_audit_chain();
    CHECK_FALSE(check.ok);
    CHECK(check.first_bad_seq == std::optional<std::int64_t>(3)); // the next entry no longer links
  }
}
