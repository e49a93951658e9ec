// `facepia face ...` end to end: the built program, run as a deployer would, on deployments assessed with
// `facepia assess` and dlib's example images. Each test checks the decision of its deployment first, so that
// a change in the rules shows up here as what it is.
#include "facepia/recognition/store.hpp"
#include "model_fixture.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <httplib.h>
#include <nlohmann/json.hpp>
#include <sqlite3.h>
#include <sstream>
#include <sys/wait.h>
#include <thread>

using namespace facepia::recognition::test;

namespace {

const std::filesystem::path facepia_program = FACEPIA_PROGRAM;
const std::filesystem::path rules_dir = FACEPIA_RULES_DIR;
const std::filesystem::path data_dir = FACEPIA_TEST_DATA_DIR;
const std::filesystem::path examples_dir = FACEPIA_EXAMPLES_DIR;

struct Run {
  int exit = -1;
  std::string out;
  std::string err;
  std::string all() const { return out + err; }
};

std::string quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) {
    q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  }
  return q + "'";
}

std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string crop(const std::string& person, int index) {
  std::vector<std::filesystem::path> files;
  for (const auto& f : std::filesystem::directory_iterator(examples / "johns" / person)) {
    files.push_back(f.path());
  }
  std::sort(files.begin(), files.end());
  return files.at(static_cast<std::size_t>(index)).string();
}

// One deployer's working directory: an assessment store, a template store and a key file.
struct Site {
  TempDir dir;
  std::filesystem::path deployment;
  std::filesystem::path db = dir / "assessments.db";
  std::filesystem::path store = dir / "faces.db";
  std::filesystem::path key = dir / "template.key";

  explicit Site(const std::string& deployment_name, const std::filesystem::path& from = data_dir) {
    // A copy, so that a test may change it after the assessment.
    deployment = dir / deployment_name;
    std::filesystem::copy_file(from / deployment_name, deployment);
    REQUIRE(run({"face", "keygen", "--out", key.string()}).exit == 0);
  }

  Run run(const std::vector<std::string>& args) const {
    std::string cmd = quote(facepia_program.string());
    for (const auto& a : args) {
      cmd += " " + quote(a);
    }
    const auto out = dir / "stdout.txt";
    const auto err = dir / "stderr.txt";
    cmd += " >" + quote(out.string()) + " 2>" + quote(err.string()) + " </dev/null";
    const int status = std::system(cmd.c_str());
    Run r;
    r.exit = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = slurp(out);
    r.err = slurp(err);
    UNSCOPED_INFO("$ facepia " <<
                  [&] {
                    std::string s;
                    for (const auto& a : args) {
                      s += a + " ";
                    }
                    return s;
                  }() << "\n-> exit "
                               << r.exit << "\n"
                               << r.out << r.err);
    return r;
  }

  Run assess() const {
    return run({"assess", deployment.string(), "--rules", rules_dir.string(), "--db", db.string(),
                "--key-file", key.string()});
  }

  // `facepia face <sub> <args...>` with this site's deployment, rules, stores and key.
  Run face(const std::string& sub, std::vector<std::string> args) const {
    std::vector<std::string> all{
        "face", sub,         "--deployment", deployment.string(), "--rules",    rules_dir.string(),
        "--db", db.string(), "--store",      store.string(),      "--key-file", key.string()};
    all.insert(all.end(), args.begin(), args.end());
    return run(all);
  }
};

} // namespace

TEST_CASE("face cli: a denied deployment can neither enrol nor identify, and prints its blocking findings",
          "[cli][model]") {
  Site site("shop-watchlist-denied.yaml");
  const auto assessed = site.assess();
  REQUIRE(assessed.exit == 1);
  REQUIRE_THAT(assessed.out, Catch::Contains("DENY"));

  for (const auto& attempt :
       {site.face("consent", {"alice", "--scope", "access_control", "--separate", "--written"}),
        site.face("enrol", {"alice", crop("John_Salley", 0), "--aligned", "--purpose", "access_control"}),
        site.face("identify", {crop("John_Salley", 1), "--aligned", "--purpose", "access_control"})}) {
    CHECK(attempt.exit == 1);
    CHECK_THAT(attempt.err, Catch::Contains("refuses to start"));
    CHECK_THAT(attempt.err, Catch::Contains("decision: deny"));
    CHECK_THAT(attempt.err, Catch::Contains("gdpr.biometric-prohibition (breach)"));
    CHECK_THAT(attempt.err, Catch::Contains("GDPR Art. 9(1)"));
  }
  // Refused before the store is opened: nothing was written.
  CHECK_FALSE(std::filesystem::exists(site.store));

  const auto json = site.face("enroll", {"alice", crop("John_Salley", 0), "--aligned", "--purpose",
                                         "access_control", "--format", "json"});
  CHECK(json.exit == 1);
  CHECK_THAT(json.out, Catch::Contains("\"result\": \"refused\""));
  CHECK_THAT(json.out, Catch::Contains("\"decision\": \"deny\""));
}

TEST_CASE("face cli: the Skelleftea school deployment (denied by the DPA) can neither enrol nor identify",
          "[cli][model]") {
  Site site("skelleftea-school-attendance.yaml", examples_dir);
  REQUIRE(site.assess().exit == 1);
  for (const auto& attempt :
       {site.face("enrol", {"pupil-1", crop("John_Salley", 0), "--aligned", "--purpose", "attendance"}),
        site.face("identify", {crop("John_Salley", 1), "--aligned", "--purpose", "attendance"})}) {
    CHECK(attempt.exit == 1);
    CHECK_THAT(attempt.err, Catch::Contains("decision: deny"));
    CHECK_THAT(attempt.err, Catch::Contains("GDPR Art. 9(1)"));
  }
  CHECK_FALSE(std::filesystem::exists(site.store));
}

TEST_CASE("face cli: a 1:1-only deployment verifies but cannot identify", "[cli][model]") {
  Site site("members-pay-1to1.yaml");
  REQUIRE(site.assess().exit == 0);

  const auto consent =
      site.face("consent", {"John_Savage", "--scope", "payment", "--separate", "--written", "-v"});
  REQUIRE(consent.exit == 0);
  CHECK_THAT(consent.err, Catch::Contains("gate: conditional"));
  CHECK_THAT(consent.err, Catch::Contains("mode: verification"));
  REQUIRE(
      site.face("enrol", {"John_Savage", crop("John_Savage", 0), "--aligned", "--purpose", "payment"}).exit ==
      0);

  const auto same =
      site.face("verify", {"John_Savage", crop("John_Savage", 5), "--aligned", "-p", "payment"});
  CHECK(same.exit == 0);
  CHECK_THAT(same.out, Catch::StartsWith("match: `John_Savage`"));
  const auto other =
      site.face("verify", {"John_Savage", crop("John_Salley", 5), "--aligned", "-p", "payment"});
  CHECK(other.exit == 1);
  CHECK_THAT(other.err, Catch::StartsWith("no match"));

  const auto identify = site.face("identify", {crop("John_Savage", 5), "--aligned", "--purpose", "payment"});
  CHECK(identify.exit == 1);
  CHECK_THAT(identify.err, Catch::Contains("identification (1:N) is refused"));
  CHECK_THAT(identify.err, Catch::Contains("verification (1:1) only"));

  const auto audit = site.face("audit", {});
  CHECK(audit.exit == 0);
  CHECK_THAT(audit.out, Catch::Contains("identify  -  [payment]  refused"));
  CHECK_THAT(audit.out, Catch::Contains("audit chain: intact, 5 entries"));
}

TEST_CASE("face cli: enrolment needs the consent the conditions require", "[cli][model]") {
  Site site("residents-gate-1toN.yaml");
  REQUIRE(site.assess().exit == 0);
  const std::string photo = crop("John_Schneider", 0);
  auto enrol = [&](const std::string& who) {
    return site.face("enrol", {who, photo, "--aligned", "--purpose", "access_control"});
  };

  SECTION("no consent at all") {
    const auto r = enrol("John_Schneider");
    CHECK(r.exit == 1);
    CHECK_THAT(r.err, Catch::Contains("enrol refused: unknown subject"));
  }
  SECTION("a consent that is not separate") {
    REQUIRE(site.face("consent", {"John_Schneider", "--scope", "access_control", "--written", "--birth-date",
                                  "1980-05-01"})
                .exit == 0);
    const auto r = enrol("John_Schneider");
    CHECK(r.exit == 1);
    CHECK_THAT(r.err, Catch::Contains("not a separate consent"));
  }
  SECTION("a consent to another purpose") {
    REQUIRE(site.face("consent", {"John_Schneider", "--scope", "payment", "--separate", "--written",
                                  "--birth-date", "1980-05-01"})
                .exit == 0);
    CHECK_THAT(enrol("John_Schneider").err,
               Catch::Contains("no consent covers the purpose `access_control`"));
  }
  SECTION("a child under 14 needs a guardian's consent") {
    REQUIRE(site.face("consent", {"child", "--scope", "access_control", "--separate", "--written",
                                  "--birth-date", "2018-03-01"})
                .exit == 0);
    const auto own = enrol("child");
    CHECK(own.exit == 1);
    CHECK_THAT(own.err, Catch::Contains("not given by a guardian"));
    REQUIRE(site.face("consent", {"child", "--scope", "access_control", "--separate", "--written",
                                  "--guardian", "--by", "Parent of child"})
                .exit == 0);
    CHECK(enrol("child").exit == 0);
  }
  SECTION("a withdrawn consent") {
    REQUIRE(site.face("consent", {"John_Schneider", "--scope", "access_control", "--separate", "--written",
                                  "--birth-date", "1980-05-01"})
                .exit == 0);
    REQUIRE(enrol("John_Schneider").exit == 0);
    const auto w = site.face("withdraw", {"John_Schneider"});
    CHECK(w.exit == 0);
    CHECK_THAT(w.out, Catch::Contains("1 templates erased"));
    // Withdrawal forgets the subject: its withdrawn consent stays only as a pseudonymous record.
    CHECK_THAT(enrol("John_Schneider").err, Catch::Contains("enrol refused: unknown subject"));
  }
  // Every refusal is in the audit log, and the log is intact.
  const auto audit = site.face("audit", {"verify"});
  CHECK(audit.exit == 0);
  CHECK_THAT(audit.out, Catch::Contains("audit chain: intact"));
}

TEST_CASE(
    "face cli: 1:N identifies the enrolled only, erase removes the templates and the audit log shows it",
    "[cli][model]") {
  Site site("members-tagging-1toN.yaml");
  REQUIRE(site.assess().exit == 0);
  for (const std::string who : {"John_Salley", "John_Savage"}) {
    REQUIRE(site.face("consent", {who, "--scope", "photo_tagging", "--separate", "--written", "--birth-date",
                                  "1975-01-01"})
                .exit == 0);
    REQUIRE(site.face("enrol", {who, crop(who, 0), "--aligned", "--purpose", "photo_tagging"}).exit == 0);
  }
  const auto found = site.face("identify", {crop("John_Salley", 7), "--aligned", "-p", "photo_tagging"});
  CHECK(found.exit == 0);
  CHECK_THAT(found.out, Catch::StartsWith("identified `John_Salley`"));
  // A face that is not enrolled: not identified, and no template of it is kept.
  const auto stranger = site.face("identify", {crop("John_Simm", 0), "--aligned", "-p", "photo_tagging"});
  CHECK(stranger.exit == 1);
  CHECK_THAT(stranger.err, Catch::Contains("not identified among 2 templates"));
  // A photo of many faces is not an enrolment photo.
  const auto crowd = site.face(
      "enrol", {"John_Salley", (examples / "faces" / "bald_guys.jpg").string(), "-p", "photo_tagging"});
  CHECK(crowd.exit == 1);
  CHECK_THAT(crowd.err, Catch::Contains("exactly one is needed"));

  const auto erased = site.face("erase", {"John_Salley"});
  CHECK(erased.exit == 0);
  CHECK_THAT(erased.out, Catch::Contains("erased 1 templates of `John_Salley`"));
  // Erasure forgets the subject: the store keeps no name of it.
  const auto show = site.face("show", {"John_Salley"});
  CHECK(show.exit == 1);
  CHECK_THAT(show.err, Catch::Contains("no subject `John_Salley` in the store"));
  const auto gone =
      site.face("verify", {"John_Salley", crop("John_Salley", 7), "--aligned", "-p", "photo_tagging"});
  CHECK(gone.exit == 1);
  CHECK_THAT(gone.err, Catch::Contains("has no enrolled template"));
  const auto after = site.face("identify", {crop("John_Salley", 7), "--aligned", "-p", "photo_tagging"});
  CHECK(after.exit == 1);
  CHECK_THAT(after.err, Catch::Contains("not identified among 1 templates"));
  CHECK_THAT(site.face("show", {"John_Savage"}).out, Catch::Contains("templates:  1"));

  const auto audit = site.face("audit", {});
  CHECK(audit.exit == 0);
  // Named by its pseudonym once forgotten; a subject still recorded by name.
  const auto pseudonym = facepia::recognition::subject_pseudonym(
      facepia::recognition::TemplateKey::from_file(site.key), "John_Salley");
  CHECK_THAT(audit.out, Catch::Contains("erase  " + pseudonym +
                                        "  [erasure request]  erased  (1 templates erased on request"));
  CHECK_THAT(audit.out, Catch::Contains("enrol  John_Savage  [photo_tagging]  enrolled"));
  CHECK_THAT(audit.out, Catch::Contains("audit chain: intact"));
  const auto json = site.face("audit", {"--format", "json"});
  CHECK_THAT(json.out, Catch::Contains("\"operation\": \"erase\""));
  CHECK_THAT(json.out, Catch::Contains("\"chain_ok\": true"));
}

TEST_CASE("face cli: a 1:1 deployment switched to 1:N is still refused identification after re-assessment",
          "[cli][model]") {
  // The breach of "1:1 where it would do" is major, not blocking: re-assessed, the deployment stays
  // conditional, and the condition that cures the breach (match 1:1 only) is imposed, so the runtime is
  // exactly as strict as before the deployer switched the mode. A breach never loosens the gate.
  Site site("members-pay-1to1.yaml");
  REQUIRE(site.assess().exit == 0);
  std::string yaml = slurp(site.deployment);
  const auto at = yaml.find("mode: verification_1to1");
  REQUIRE(at != std::string::npos);
  yaml.replace(at, 23, "mode: identification_1ton");
  std::ofstream(site.deployment) << yaml;
  const auto reassessed = site.assess();
  REQUIRE(reassessed.exit == 0);
  CHECK_THAT(reassessed.out, Catch::Contains("CONDITIONAL"));
  CHECK_THAT(reassessed.out, Catch::Contains("curing its breach"));

  REQUIRE(site.face("consent", {"John_Savage", "--scope", "payment", "--separate", "--written"}).exit == 0);
  REQUIRE(
      site.face("enrol", {"John_Savage", crop("John_Savage", 0), "--aligned", "--purpose", "payment"}).exit ==
      0);
  const auto identify = site.face("identify", {crop("John_Savage", 5), "--aligned", "--purpose", "payment"});
  CHECK(identify.exit == 1);
  CHECK_THAT(identify.err, Catch::Contains("identification (1:N) is refused"));
  CHECK(site.face("verify", {"John_Savage", crop("John_Savage", 5), "--aligned", "-p", "payment"}).exit == 0);
}

TEST_CASE("face cli: a tampered audit log is detected, and the runtime refuses to run on it",
          "[cli][model]") {
  Site site("residents-gate-1toN.yaml");
  REQUIRE(site.assess().exit == 0);
  REQUIRE(site.face("consent", {"John_Savage", "--scope", "access_control", "--separate", "--written",
                                "--birth-date", "1975-01-01"})
              .exit == 0);
  REQUIRE(
      site.face("enrol", {"John_Savage", crop("John_Savage", 0), "--aligned", "-p", "access_control"}).exit ==
      0);
  REQUIRE(site.face("erase", {"John_Savage"}).exit == 0);
  REQUIRE(site.face("audit", {"verify"}).exit == 0);

  // Someone with write access to the file drops the guards and rewrites the erasure as a refusal.
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(site.store.string().c_str(), &db) == SQLITE_OK);
  CHECK(sqlite3_exec(db, "UPDATE audit SET result = 'refused' WHERE operation = 'erase'", nullptr, nullptr,
                     nullptr) != SQLITE_OK); // the store refuses it
  REQUIRE(sqlite3_exec(db,
                       "DROP TRIGGER audit_append_only_update; DROP TRIGGER audit_append_only_delete;"
                       "UPDATE audit SET result = 'refused' WHERE operation = 'erase'",
                       nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(db);

  const auto verify = site.face("audit", {"verify"});
  CHECK(verify.exit == 1);
  CHECK_THAT(verify.err, Catch::Contains("audit chain: BROKEN at entry 3"));
  CHECK_THAT(verify.err, Catch::Contains("was altered"));
  const auto show = site.face("audit", {"--format", "json"});
  CHECK(show.exit == 1);
  CHECK_THAT(show.out, Catch::Contains("\"chain_ok\": false"));
  CHECK_THAT(show.out, Catch::Contains("\"first_bad_seq\": 3"));
  const auto enrol =
      site.face("enrol", {"John_Savage", crop("John_Savage", 1), "--aligned", "-p", "access_control"});
  CHECK(enrol.exit == 1);
  CHECK_THAT(enrol.err, Catch::Contains("was tampered with"));
}

TEST_CASE("face cli: the runtime refuses to start when the deployment changed after its assessment",
          "[cli][model]") {
  Site site("residents-gate-1toN.yaml");
  REQUIRE(site.assess().exit == 0);
  REQUIRE(site.face("audit", {}).exit == 0);

  // The deployer widens the deployment after the assessment: more residents.
  std::string yaml = slurp(site.deployment);
  const auto at = yaml.find("count: 60");
  REQUIRE(at != std::string::npos);
  yaml.replace(at, 9, "count: 6000");
  std::ofstream(site.deployment) << yaml;

  const auto r = site.face("consent", {"John_Savage", "--scope", "access_control", "--separate"});
  CHECK(r.exit == 1);
  CHECK_THAT(r.err, Catch::Contains("no stored assessment matches"));
  CHECK_THAT(r.err, Catch::Contains("no longer matches: the deployment, the rules or the engine changed"));
  CHECK_THAT(r.err, Catch::Contains("re-assess it"));
  CHECK_THAT(r.err, Catch::Contains("facepia assess " + site.deployment.string()));

  // Re-assessed, it runs again.
  REQUIRE(site.assess().exit == 0);
  CHECK(site.face("consent", {"John_Savage", "--scope", "access_control", "--separate"}).exit == 0);
}

TEST_CASE("face cli: erasure, withdrawal and the audit log run even when the deployment may no longer run",
          "[cli][model]") {
  // Templates enrolled while the deployment was allowed; then it changes and its assessment no longer
  // matches.
  Site site("members-pay-1to1.yaml");
  REQUIRE(site.assess().exit == 0);
  REQUIRE(site.face("consent", {"John_Savage", "--scope", "payment", "--separate", "--written"}).exit == 0);
  REQUIRE(site.face("consent", {"John_Salley", "--scope", "payment", "--separate", "--written"}).exit == 0);
  REQUIRE(
      site.face("enrol", {"John_Savage", crop("John_Savage", 0), "--aligned", "--purpose", "payment"}).exit ==
      0);
  REQUIRE(
      site.face("enrol", {"John_Salley", crop("John_Salley", 0), "--aligned", "--purpose", "payment"}).exit ==
      0);
  std::string yaml = slurp(site.deployment);
  const auto at = yaml.find("count: 40");
  REQUIRE(at != std::string::npos);
  yaml.replace(at, 9, "count: 4000");
  std::ofstream(site.deployment) << yaml;

  // Processing is refused...
  const auto enrol =
      site.face("enrol", {"John_Savage", crop("John_Savage", 1), "--aligned", "--purpose", "payment"});
  CHECK(enrol.exit == 1);
  CHECK_THAT(enrol.err, Catch::Contains("no stored assessment matches"));
  CHECK(site.face("verify", {"John_Savage", crop("John_Savage", 2), "--aligned", "-p", "payment"}).exit == 1);

  // ...but a data subject's erasure and withdrawal are not (PIPL Art. 47, GDPR Art. 17), nor is the log.
  const auto erase = site.face("erase", {"John_Savage", "--purpose", "erasure_request"});
  CHECK(erase.exit == 0);
  CHECK_THAT(erase.err,
             Catch::Contains("the deployment may not run; erasure, withdrawal, purge and the audit log"));
  CHECK_THAT(erase.out, Catch::Contains("erased 1 templates of `John_Savage`"));
  const auto withdraw = site.face("withdraw", {"John_Salley", "--purpose", "withdrawal"});
  CHECK(withdraw.exit == 0);
  CHECK_THAT(withdraw.out, Catch::Contains("1 templates erased"));
  const auto audit = site.face("audit", {});
  CHECK(audit.exit == 0);
  CHECK_THAT(audit.out, Catch::Contains("erase"));
  CHECK_THAT(audit.out, Catch::Contains("withdraw"));
}

TEST_CASE("face cli: usage and bad input exit 2", "[cli]") {
  Site site("residents-gate-1toN.yaml");
  CHECK(site.run({"face", "enrol", "alice"}).exit == 2); // no deployment, no image
  CHECK(site.run({"face", "frobnicate"}).exit == 2);
  CHECK(site.face("identify", {"/nonexistent.jpg", "-p", "access_control"}).exit == 2);
  CHECK(site.run({"face", "keygen", "--out", site.key.string()}).exit == 2); // never overwritten
}

namespace {

void sql(const std::filesystem::path& db, const std::string& text) {
  sqlite3* h = nullptr;
  REQUIRE(sqlite3_open(db.string().c_str(), &h) == SQLITE_OK);
  char* err = nullptr;
  const int rc = sqlite3_exec(h, text.c_str(), nullptr, nullptr, &err);
  INFO((err ? err : ""));
  sqlite3_free(err);
  sqlite3_close(h);
  REQUIRE(rc == SQLITE_OK);
}

// No model is read: every one of these is refused before a face is looked at.
const std::string any_photo = (examples / "johns" / "John_Salley" / "000179_02159509.jpg").string();

} // namespace

TEST_CASE("face cli: the declared purposes, mode and threshold hold whatever the rules impose",
          "[cli][strict]") {
  Site site("members-pay-1to1.yaml");
  REQUIRE(site.assess().exit == 0);
  REQUIRE(site.face("consent", {"alice", "--scope", "payment", "--separate", "--written"}).exit == 0);
  const auto purpose = site.face("verify", {"alice", any_photo, "--purpose", "marketing_profiling"});
  CHECK(purpose.exit == 1);
  CHECK_THAT(purpose.err, Catch::Contains("verify refused: purpose `marketing_profiling` is not among the "
                                          "deployment's declared purposes {payment}"));
  const auto looser = site.face("verify", {"alice", any_photo, "--purpose", "payment", "--threshold", "1.2"});
  CHECK(looser.exit == 1);
  CHECK_THAT(looser.err, Catch::Contains("threshold 1.2 is looser than the operating point 0.6"));
  const auto identify = site.face("identify", {any_photo, "--purpose", "payment"});
  CHECK(identify.exit == 1);
  CHECK_THAT(identify.err, Catch::Contains("verification (1:1) only"));
  const auto category = site.face("consent", {"bob", "--scope", "payment", "--category", "employees"});
  CHECK(category.exit == 2);
  CHECK_THAT(category.err, Catch::Contains("category `employees` is not among the deployment's declared"));
  const auto audit = site.face("audit", {});
  CHECK(audit.exit == 0);
  CHECK_THAT(audit.out, Catch::Contains("verify  alice  [marketing_profiling]  refused"));
  CHECK_THAT(audit.out, Catch::Contains("verify  alice  [payment]  refused  (threshold 1.2 is looser"));
  CHECK_THAT(audit.out, Catch::Contains("identify  -  [payment]  refused"));
}

TEST_CASE("face cli: another assessed deployment cannot use the store of a 1:1 payment deployment",
          "[cli][model][strict]") {
  Site site("members-pay-1to1.yaml");
  REQUIRE(site.assess().exit == 0);
  REQUIRE(site.face("consent", {"alice", "--scope", "payment", "--separate", "--written"}).exit == 0);
  REQUIRE(site.face("enrol", {"alice", crop("John_Salley", 0), "--aligned", "--purpose", "payment"}).exit ==
          0);
  const auto other = data_dir / "residents-gate-1toN.yaml";
  REQUIRE(site.run({"assess", other.string(), "--rules", rules_dir.string(), "--db", site.db.string(),
                    "--key-file", site.key.string()})
              .exit == 0);
  const auto run =
      site.run({"face", "identify", crop("John_Salley", 1), "--aligned", "--purpose", "access_control",
                "--deployment", other.string(), "--rules", rules_dir.string(), "--db", site.db.string(),
                "--store", site.store.string(), "--key-file", site.key.string()});
  CHECK(run.exit == 1);
  CHECK_THAT(run.err, Catch::Contains("serves the deployment `Members pay by face, 1:1 only (test)`, not "
                                      "`Residents gate, 1:N among enrolled residents (test)`"));
}

TEST_CASE("face cli: a consent row inserted by hand is refused at enrolment", "[cli][strict]") {
  Site site("members-pay-1to1.yaml");
  REQUIRE(site.assess().exit == 0);
  REQUIRE(site.face("consent", {"alice", "--scope", "payment", "--separate", "--written"}).exit == 0);
  // Rows under eve's very pseudonym (as someone holding the key would write them), without their MACs.
  const auto eve =
      facepia::recognition::subject_pseudonym(facepia::recognition::TemplateKey::from_file(site.key), "eve");
  sql(site.store, "INSERT INTO subjects (id, identity, created_at, mac) VALUES ('" + eve +
                      "', '00', '2026-01-01T00:00:00Z', ''); INSERT INTO consents (subject, given_by, "
                      "given_at, scope, separate, written, by_guardian, mac) VALUES ('" +
                      eve + "', '', '2026-01-01T00:00:00Z', '[\"payment\"]', 1, 1, 0, '')");
  const auto enrol = site.face("enrol", {"eve", any_photo, "--purpose", "payment"});
  CHECK(enrol.exit == 1);
  CHECK_THAT(enrol.err, Catch::Contains("enrol refused: the record of subject `eve` fails authentication"));
  // Its record does not read back: the log shows the pseudonym, not a name.
  CHECK_THAT(site.face("audit", {}).out, Catch::Contains("enrol  " + eve + "  [payment]  refused"));
}

TEST_CASE("face cli: audit verify detects a truncated log and an older copy of the store put back",
          "[cli][audit]") {
  Site site("members-pay-1to1.yaml");
  REQUIRE(site.assess().exit == 0);
  REQUIRE(site.face("consent", {"alice", "--scope", "payment", "--separate", "--written"}).exit == 0);
  REQUIRE(site.face("consent", {"bob", "--scope", "payment", "--separate", "--written"}).exit == 0);
  const auto copy = site.dir / "faces.old";
  std::filesystem::copy_file(site.store, copy);
  REQUIRE(site.face("erase", {"alice"}).exit == 0);
  const auto intact = site.face("audit", {"verify"});
  CHECK(intact.exit == 0);
  CHECK_THAT(intact.out,
             Catch::Contains("audit chain: intact, 3 entries, 3 of them anchored by the checkpoint"));

  SECTION("an older copy put back") {
    std::filesystem::copy_file(copy, site.store, std::filesystem::copy_options::overwrite_existing);
    const auto verify = site.face("audit", {"verify"});
    CHECK(verify.exit == 1);
    CHECK_THAT(verify.err,
               Catch::Contains("audit chain: BROKEN at entry 3: the log holds 2 entries but its "
                               "checkpoint records 3: entries were removed, or an older copy of the "
                               "store was put back"));
    CHECK(site.face("show", {"alice"}).exit == 1); // the runtime will not run on it
  }
  SECTION("the tail deleted") {
    sql(site.store, "DROP TRIGGER audit_append_only_delete; DELETE FROM audit WHERE seq >= 2");
    const auto verify = site.face("audit", {"verify"});
    CHECK(verify.exit == 1);
    CHECK_THAT(verify.err, Catch::Contains("the log holds 1 entries but its checkpoint records 3"));
  }
  SECTION("the checkpoint removed") {
    std::filesystem::remove(site.store.string() + ".checkpoint");
    const auto verify = site.face("audit", {"verify"});
    CHECK(verify.exit == 1);
    CHECK_THAT(verify.err, Catch::Contains("is missing"));
  }
}

TEST_CASE("face cli: only an assessment signed with the given key, of these rules, runs", "[cli][signed]") {
  Site site("members-pay-1to1.yaml");
  const auto secret = site.dir / "signing.key";
  const auto pub = site.dir / "signing.key.pub";
  REQUIRE(site.run({"sign-keygen", "--out", secret.string()}).exit == 0);
  CHECK((std::filesystem::status(secret).permissions() & std::filesystem::perms::all) ==
        (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));
  CHECK(site.run({"sign-keygen", "--out", secret.string()}).exit == 2); // never overwritten
  const auto other_secret = site.dir / "other.key";
  REQUIRE(site.run({"sign-keygen", "--out", other_secret.string()}).exit == 0);
  // No assessment store at all: the signature stands in for it.
  const auto no_db = site.dir / "never-written.db";
  auto face = [&](const std::string& sub, std::vector<std::string> args, const std::filesystem::path& key) {
    std::vector<std::string> all{"face",         sub,
                                 "--deployment", site.deployment.string(),
                                 "--rules",      rules_dir.string(),
                                 "--db",         no_db.string(),
                                 "--store",      site.store.string(),
                                 "--key-file",   site.key.string(),
                                 "--verify-key", key.string()};
    all.insert(all.end(), args.begin(), args.end());
    return site.run(all);
  };
  const std::vector<std::string> consent{"alice", "--scope", "payment", "--separate", "--written"};

  // An assessment recorded in the store, but not signed, is not enough.
  REQUIRE(site.assess().exit == 0);
  const auto unsigned_run = face("consent", consent, pub);
  CHECK(unsigned_run.exit == 1);
  CHECK_THAT(unsigned_run.err,
             Catch::Contains("no signed assessment `" + site.deployment.string() + ".sig`"));

  const auto sign = site.run({"assess", site.deployment.string(), "--rules", rules_dir.string(),
                              "--no-record", "--sign", secret.string()});
  REQUIRE(sign.exit == 0);
  REQUIRE(std::filesystem::exists(site.deployment.string() + ".sig"));
  CHECK(face("consent", consent, pub).exit == 0);
  CHECK_FALSE(std::filesystem::exists(no_db));

  // Another key's public half does not verify it.
  const auto other = face("consent", consent, site.dir / "other.key.pub");
  CHECK(other.exit == 1);
  CHECK_THAT(other.err, Catch::Contains("the signature does not verify under the public key"));
  // Another date than the one signed.
  const auto dated = face("consent", {"bob", "--scope", "payment", "--as-of", "2025-01-01"}, pub);
  CHECK(dated.exit == 1);
  CHECK_THAT(dated.err, Catch::Contains("is as of"));

  SECTION("a tampered signed statement") {
    auto text = slurp(site.deployment.string() + ".sig");
    const auto at = text.find("conditional");
    REQUIRE(at != std::string::npos);
    text.replace(at, 11, "allow");
    std::ofstream(site.deployment.string() + ".sig") << text;
    const auto run = face("consent", consent, pub);
    CHECK(run.exit == 1);
    CHECK_THAT(run.err, Catch::Contains("it was altered, or signed with another key"));
    // Erasure stays possible whatever the signature says.
    const auto erase = face("erase", {"alice"}, pub);
    CHECK(erase.exit == 0);
    CHECK_THAT(erase.out, Catch::Contains("erased 0 templates of `alice`"));
  }
  SECTION("weakened rules: not signed, and the old signature does not fit them") {
    const auto weak = site.dir / "weak";
    std::filesystem::copy(rules_dir, weak, std::filesystem::copy_options::recursive);
    // The GDPR's Art. 9 prohibition narrowed to attribute analysis: it lints clean, and the packs' tests
    // catch it.
    auto text = slurp(weak / "gdpr" / "rules.fp");
    const std::string applies =
        "  applies when processing.creates_templates and processing.mode in {verification_1to1, "
        "identification_1ton}\n  prohibited";
    const auto at = text.find(applies);
    REQUIRE(at != std::string::npos);
    text.replace(
        at, applies.size(),
        "  applies when processing.creates_templates and processing.mode in {analysis_only}\n  prohibited");
    std::ofstream(weak / "gdpr" / "rules.fp") << text;
    const auto resign = site.run({"assess", site.deployment.string(), "--rules", weak.string(), "--no-record",
                                  "--sign", secret.string()});
    CHECK(resign.exit == 2);
    CHECK_THAT(resign.err, Catch::Contains("rule tests fail") && Catch::Contains("nothing signed"));
    std::vector<std::string> args{
        "face",         "consent",           "--deployment", site.deployment.string(),
        "--rules",      weak.string(),       "--db",         no_db.string(),
        "--store",      site.store.string(), "--key-file",   site.key.string(),
        "--verify-key", pub.string()};
    args.insert(args.end(), consent.begin(), consent.end());
    const auto run = site.run(args);
    CHECK(run.exit == 1);
    CHECK_THAT(run.err, Catch::Contains("it was signed under other rules"));
  }
}

TEST_CASE(
    "face cli: a template is kept no longer than the deployment declares, even when no rule imposes a limit",
    "[cli][model][strict]") {
  Site site("members-pay-1to1.yaml");
  auto text = slurp(site.deployment);
  const auto at = text.find("  templates: 30\n");
  REQUIRE(at != std::string::npos);
  text.replace(at, 16, "  templates: 100000\n");
  std::ofstream(site.deployment) << text;
  REQUIRE(site.assess().exit == 0);
  REQUIRE(site.face("consent", {"bob", "--scope", "payment", "--separate", "--written"}).exit == 0);
  const auto enrol = site.face("enrol", {"bob", crop("John_Salley", 0), "--aligned", "--purpose", "payment"});
  REQUIRE(enrol.exit == 0);
  CHECK_THAT(enrol.out, Catch::Contains("until "));
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(site.store.string().c_str(), &db) == SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  REQUIRE(sqlite3_prepare_v2(db, "SELECT count(*) FROM templates WHERE expires_at IS NULL", -1, &st,
                             nullptr) == SQLITE_OK);
  REQUIRE(sqlite3_step(st) == SQLITE_ROW);
  CHECK(sqlite3_column_int(st, 0) == 0);
  sqlite3_finalize(st);
  sqlite3_close(db);
}

TEST_CASE("face cli: the store holds no name in the clear, and none of an erased or withdrawn subject",
          "[cli][model][erasure]") {
  Site site("members-pay-1to1.yaml");
  REQUIRE(site.assess().exit == 0);
  auto store_bytes = [&] {
    std::string all = slurp(site.store);
    for (const auto* extra : {"-wal", "-journal"}) {
      if (std::filesystem::exists(site.store.string() + extra)) {
        all += slurp(site.store.string() + extra);
      }
    }
    return all;
  };
  // Names, a guardian's name and a birth date that appear nowhere else in the store.
  const std::string alice = "Alicia-Ostergaard", bob = "Bertil-Nyqvist", keeper = "Kerstin-Ljungberg";
  const std::string birth = "1987-06-05";
  for (const auto& who : {alice, bob}) {
    REQUIRE(site.face("consent", {who, "--scope", "payment", "--separate", "--written", "--by", keeper,
                                  "--birth-date", birth})
                .exit == 0);
    REQUIRE(site.face("enrol", {who, crop("John_Salley", 0), "--aligned", "--purpose", "payment"}).exit == 0);
  }
  REQUIRE(site.face("verify", {alice, crop("John_Salley", 5), "--aligned", "-p", "payment"}).exit == 0);
  // Recorded, but sealed: not in the file in the clear.
  for (const auto& text : {alice, bob, keeper, birth}) {
    CHECK(store_bytes().find(text) == std::string::npos);
  }
  CHECK_THAT(site.face("show", {alice}).out, Catch::Contains("birth date: " + birth));

  REQUIRE(site.face("erase", {alice}).exit == 0);
  REQUIRE(site.face("withdraw", {bob}).exit == 0);
  const auto key = facepia::recognition::TemplateKey::from_file(site.key);
  // The sealed name and birth date are gone too: opened with the key, the store no longer knows them.
  for (const auto& who : {alice, bob}) {
    const auto show = site.face("show", {who});
    CHECK(show.exit == 1);
    CHECK_THAT(show.err, Catch::Contains("no subject `" + who + "`"));
    const auto verify = site.face("verify", {who, crop("John_Salley", 5), "--aligned", "-p", "payment"});
    CHECK(verify.exit == 1);
  }
  for (const auto& text : {alice, bob, keeper, birth}) {
    CHECK(store_bytes().find(text) == std::string::npos);
  }
  // What stays is pseudonymous: the consent records (scope, dates, how given, withdrawn) and the audit log.
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(site.store.string().c_str(), &db) == SQLITE_OK);
  auto count = [&](const std::string& q) {
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, q.c_str(), -1, &st, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    const int n = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    return n;
  };
  const auto pa = facepia::recognition::subject_pseudonym(key, alice);
  const auto pb = facepia::recognition::subject_pseudonym(key, bob);
  CHECK(count("SELECT count(*) FROM templates") == 0);
  CHECK(count("SELECT count(*) FROM subjects WHERE identity <> ''") == 0);
  CHECK(count("SELECT count(*) FROM consents WHERE given_by <> ''") == 0);
  CHECK(count("SELECT count(*) FROM consents WHERE subject = '" + pa + "' AND withdrawn_at IS NULL") == 1);
  CHECK(count("SELECT count(*) FROM consents WHERE subject = '" + pb + "' AND withdrawn_at IS NOT NULL") ==
        1);
  // consent, enrol, verify, erase, and the verification refused after it
  CHECK(count("SELECT count(*) FROM audit WHERE subject = '" + pa + "'") == 5);
  sqlite3_close(db);
  const auto audit = site.face("audit", {"verify"});
  CHECK(audit.exit == 0);
  CHECK_THAT(audit.out, Catch::Contains("audit chain: intact, 9 entries"));
}

TEST_CASE("face cli: the deployment's declared threshold, with its error rates, bounds every match",
          "[cli][model][strict]") {
  Site site("members-pay-1to1.yaml");
  std::ofstream(site.deployment, std::ios::app)
      << "matching:\n  threshold: 0.5\n  false_match_rate: 0.01\n  false_non_match_rate: 1.5\n";
  const auto assessed = site.assess();
  REQUIRE(assessed.exit == 0); // the decision does not change: no rule reads these facts
  CHECK_THAT(assessed.out, Catch::Contains("CONDITIONAL"));
  REQUIRE(site.face("consent", {"John_Savage", "--scope", "payment", "--separate", "--written"}).exit == 0);
  REQUIRE(
      site.face("enrol", {"John_Savage", crop("John_Savage", 0), "--aligned", "--purpose", "payment"}).exit ==
      0);
  // By default the match runs at the declared threshold, not at 0.6.
  const auto same =
      site.face("verify", {"John_Savage", crop("John_Savage", 5), "--aligned", "-p", "payment"});
  CHECK(same.exit == 0);
  CHECK_THAT(same.out, Catch::Contains("threshold 0.5)"));
  // 0.6 is the model's operating point, but looser than what this deployment was validated at.
  const auto looser = site.face(
      "verify", {"John_Savage", crop("John_Savage", 5), "--aligned", "-p", "payment", "--threshold", "0.6"});
  CHECK(looser.exit == 1);
  CHECK_THAT(looser.err,
             Catch::Contains("verify refused: threshold 0.6 is looser than the deployment's declared "
                             "matching.threshold 0.5 (validated at a false match rate of 0.01% and "
                             "a false non-match rate of 1.5%)"));
  const auto stricter = site.face(
      "verify", {"John_Savage", crop("John_Savage", 5), "--aligned", "-p", "payment", "--threshold", "0.45"});
  CHECK_THAT(stricter.all(), Catch::Contains("threshold 0.45)"));
  CHECK_THAT(site.face("audit", {}).out,
             Catch::Contains("verify  John_Savage  [payment]  refused  (threshold 0.6 is looser than the "
                             "deployment's declared matching.threshold 0.5"));
}

TEST_CASE("face cli: without a signature, only an assessment recorded with the runtime's template key counts",
          "[cli][strict]") {
  Site site("members-pay-1to1.yaml");
  const std::vector<std::string> consent{"alice", "--scope", "payment", "--separate", "--written"};
  // The id `facepia assess` would record, read without recording.
  const auto dry = site.run(
      {"assess", site.deployment.string(), "--rules", rules_dir.string(), "--no-record", "--format", "json"});
  REQUIRE(dry.exit == 0);
  const auto id = nlohmann::json::parse(dry.out).at("assessment_id").get<std::string>();
  REQUIRE(id.size() == 64);

  SECTION("a row inserted by hand with the right id") {
    // Another deployment recorded properly gives the store its tables, and a MAC to copy.
    const auto other = data_dir / "residents-gate-1toN.yaml";
    REQUIRE(site.run({"assess", other.string(), "--rules", rules_dir.string(), "--db", site.db.string(),
                      "--key-file", site.key.string()})
                .exit == 0);
    sql(site.db,
        "INSERT INTO assessments (id, deployment, deployment_file, decision, as_of, assessed_at, "
        "keep_until, engine_version, report_json) SELECT '" +
            id + "', 'Members pay by face, 1:1 only (test)', '" + site.deployment.string() +
            "', 'conditional', as_of, assessed_at, keep_until, engine_version, '{}' FROM assessments "
            "LIMIT 1; INSERT INTO record_macs (seq, mac) SELECT (SELECT max(seq) FROM assessments), "
            "mac FROM record_macs LIMIT 1");
    const auto run = site.face("consent", consent);
    CHECK(run.exit == 1);
    CHECK_THAT(run.err, Catch::Contains("the stored assessment " + id.substr(0, 12) +
                                        " is not authenticated by this runtime's template key"));
    CHECK_THAT(run.err, Catch::Contains("is current, but not authenticated by this runtime's template key"));
    CHECK_FALSE(std::filesystem::exists(site.store)); // refused before the store is opened
  }
  SECTION("recorded without --key-file") {
    REQUIRE(site.run({"assess", site.deployment.string(), "--rules", rules_dir.string(), "--db",
                      site.db.string()})
                .exit == 0);
    const auto run = site.face("consent", consent);
    CHECK(run.exit == 1);
    CHECK_THAT(run.err, Catch::Contains("recorded without `--key-file`"));
    CHECK_THAT(run.err, Catch::Contains("--key-file " + site.key.string()));
  }
  SECTION("recorded under another runtime's key") {
    const auto other_key = site.dir / "other.key";
    REQUIRE(site.run({"face", "keygen", "--out", other_key.string()}).exit == 0);
    REQUIRE(site.run({"assess", site.deployment.string(), "--rules", rules_dir.string(), "--db",
                      site.db.string(), "--key-file", other_key.string()})
                .exit == 0);
    CHECK(site.face("consent", consent).exit == 1);
  }
  SECTION("recorded with the key: runs") {
    REQUIRE(site.assess().exit == 0);
    CHECK(site.face("consent", consent).exit == 0);
  }
}

namespace {

// `facepia face serve` started in the background on a site; stopped (SIGTERM) when it goes out of scope.
struct Service {
  const Site& site;
  int port = 20000 + static_cast<int>(::getpid() % 20000);
  std::string token = std::string(40, 't');
  std::filesystem::path token_file = site.dir / "serve.token";
  std::string pid;

  explicit Service(const Site& s, std::vector<std::string> extra = {}) : site(s) {
    std::ofstream(token_file) << token << "\n";
    std::filesystem::permissions(token_file,
                                 std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    std::string cmd = quote(facepia_program.string());
    std::vector<std::string> args{"face",         "serve",
                                  "--deployment", site.deployment.string(),
                                  "--rules",      rules_dir.string(),
                                  "--db",         site.db.string(),
                                  "--store",      site.store.string(),
                                  "--key-file",   site.key.string(),
                                  "--token-file", token_file.string(),
                                  "--port",       std::to_string(port)};
    args.insert(args.end(), extra.begin(), extra.end());
    for (const auto& a : args) {
      cmd += " " + quote(a);
    }
    const auto pid_file = site.dir / "serve.pid";
    cmd += " >" + quote((site.dir / "serve.out").string()) + " 2>" +
           quote((site.dir / "serve.err").string()) + " </dev/null & echo $! >" + quote(pid_file.string());
    REQUIRE(std::system(cmd.c_str()) == 0);
    pid = slurp(pid_file);
    pid = pid.substr(0, pid.find('\n'));
  }
  ~Service() { stop(); }
  void stop() {
    if (!pid.empty()) {
      std::system(("kill " + pid + " 2>/dev/null; while kill -0 " + pid + " 2>/dev/null; do sleep 0.05; done")
                      .c_str());
      pid.clear();
    }
  }
  httplib::Client client(bool with_token = true) const {
    httplib::Client c("127.0.0.1", port);
    c.set_read_timeout(30, 0);
    if (with_token) {
      c.set_bearer_token_auth(token.c_str());
    }
    return c;
  }
  // Waits until it answers (the models are checked and loaded at start).
  bool ready() const {
    for (int i = 0; i < 300; ++i) {
      if (auto r = client().Get("/v1/gate")) {
        return r->status == 200;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return false;
  }
};

std::string file_text(const std::string& path) {
  return slurp(path);
}

} // namespace

TEST_CASE("face serve: verify, identify and enrol over HTTP, with the command line's refusals",
          "[cli][model][serve]") {
  Site site("members-pay-1to1.yaml");
  REQUIRE(site.assess().exit == 0);
  REQUIRE(site.face("consent", {"John_Savage", "--scope", "payment", "--separate", "--written"}).exit == 0);
  Service service(site, {"--max-request-bytes", "200000"});
  REQUIRE(service.ready());
  INFO(file_text((site.dir / "serve.err").string()));

  auto gate = service.client().Get("/v1/gate");
  REQUIRE(gate);
  const auto g = nlohmann::json::parse(gate->body);
  CHECK(g.at("decision") == "conditional");
  CHECK(g.at("threshold") == 0.6);

  // No token, or another: 401, nothing done.
  auto anonymous =
      service.client(false).Post("/v1/verify?subject=John_Savage&purpose=payment", "x", "image/jpeg");
  REQUIRE(anonymous);
  CHECK(anonymous->status == 401);

  const auto chip = file_text(crop("John_Savage", 0));
  auto enrolled =
      service.client().Post("/v1/enrol?subject=John_Savage&purpose=payment&aligned=1", chip, "image/jpeg");
  REQUIRE(enrolled);
  CHECK(enrolled->status == 200);
  CHECK_THAT(enrolled->body, Catch::Contains("\"result\": \"enrolled\""));

  auto same = service.client().Post("/v1/verify?subject=John_Savage&purpose=payment&aligned=1",
                                    file_text(crop("John_Savage", 5)), "image/jpeg");
  REQUIRE(same);
  CHECK(same->status == 200);
  CHECK_THAT(same->body, Catch::Contains("\"result\": \"match\""));
  auto other = service.client().Post("/v1/verify?subject=John_Savage&purpose=payment&aligned=1",
                                     file_text(crop("John_Salley", 5)), "image/jpeg");
  REQUIRE(other);
  CHECK(other->status == 200);
  CHECK_THAT(other->body, Catch::Contains("\"result\": \"no_match\""));

  // The command line's refusals: another purpose, 1:N in a 1:1 deployment, a consent missing.
  auto purpose = service.client().Post("/v1/verify?subject=John_Savage&purpose=marketing_profiling&aligned=1",
                                       file_text(crop("John_Savage", 5)), "image/jpeg");
  REQUIRE(purpose);
  CHECK(purpose->status == 403);
  CHECK_THAT(purpose->body, Catch::Contains("not among the deployment's declared purposes"));
  auto identify = service.client().Post("/v1/identify?purpose=payment&aligned=1",
                                        file_text(crop("John_Savage", 5)), "image/jpeg");
  REQUIRE(identify);
  CHECK(identify->status == 403);
  CHECK_THAT(identify->body, Catch::Contains("verification (1:1) only"));
  auto no_consent = service.client().Post("/v1/enrol?subject=John_Salley&purpose=payment&aligned=1",
                                          file_text(crop("John_Salley", 0)), "image/jpeg");
  REQUIRE(no_consent);
  CHECK(no_consent->status == 403);

  // Bad input: not an image (400), a body over the limit (413), a missing parameter (400).
  auto garbage =
      service.client().Post("/v1/verify?subject=John_Savage&purpose=payment", "not an image", "image/jpeg");
  REQUIRE(garbage);
  CHECK(garbage->status == 400);
  auto large = service.client().Post("/v1/verify?subject=John_Savage&purpose=payment",
                                     std::string(300000, 'x'), "image/jpeg");
  REQUIRE(large);
  CHECK(large->status == 413);
  auto missing = service.client().Post("/v1/verify?purpose=payment", chip, "image/jpeg");
  REQUIRE(missing);
  CHECK(missing->status == 400);

  // Four clients at once: every answer right, none lost.
  std::atomic<int> right{0};
  std::vector<std::thread> clients;
  for (int c = 0; c < 4; ++c) {
    clients.emplace_back([&, c] {
      for (int i = 0; i < 5; ++i) {
        const bool mine = (c + i) % 2 == 0;
        auto r =
            service.client().Post("/v1/verify?subject=John_Savage&purpose=payment&aligned=1",
                                  file_text(crop(mine ? "John_Savage" : "John_Salley", 1 + i)), "image/jpeg");
        if (r && r->status == 200 &&
            r->body.find(mine ? "\"result\": \"match\"" : "\"result\": \"no_match\"") != std::string::npos) {
          ++right;
        }
      }
    });
  }
  for (auto& t : clients) {
    t.join();
  }
  CHECK(right == 20);

  service.stop();
  // Every request is in the audit log, and the chain is whole.
  const auto audit = site.face("audit", {});
  CHECK(audit.exit == 0);
  CHECK_THAT(audit.out, Catch::Contains("verify  John_Savage  [marketing_profiling]  refused"));
  CHECK_THAT(audit.out, Catch::Contains("audit chain: intact, 27 entries"));
}

TEST_CASE("face serve: refuses to start on a denied deployment, without a token, or off loopback",
          "[cli][serve]") {
  Site denied("shop-watchlist-denied.yaml");
  REQUIRE(denied.assess().exit == 1);
  const auto token = denied.dir / "t.token";
  std::ofstream(token) << std::string(40, 't') << "\n";
  std::filesystem::permissions(token,
                               std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
  const auto run = denied.face("serve", {"--token-file", token.string(), "--port", "1"});
  CHECK(run.exit == 1);
  CHECK_THAT(run.err, Catch::Contains("decision: deny"));

  Site site("members-pay-1to1.yaml");
  REQUIRE(site.assess().exit == 0);
  const auto no_token = site.face("serve", {"--port", "1"});
  CHECK(no_token.exit == 2);
  CHECK_THAT(no_token.err, Catch::Contains("needs a bearer token of at least 32 characters"));
  const auto remote =
      site.face("serve", {"--host", "0.0.0.0", "--token-file", token.string(), "--port", "1"});
  CHECK(remote.exit == 2);
  CHECK_THAT(remote.err, Catch::Contains("is not a loopback address"));
}
