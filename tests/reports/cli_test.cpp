// `facepia assess --format md|html|json --report --lang --out`: one file written atomically, one report per
// deployment in a directory, exit codes as `facepia assess` documents them.
#include "support.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

namespace facepia::test {

#ifdef FACEPIA_PROGRAM

namespace {

std::string facepia(const std::string& args) {
  return std::string("'") + FACEPIA_PROGRAM + "' assess --no-record --rules '" +
         (source_dir() / "rules").string() + "' --as-of 2026-11-26 " + args;
}

std::filesystem::path fresh_dir(const std::string& name) {
  const auto dir = std::filesystem::path(FACEPIA_RENDER_DIR) / "cli" / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

std::string example(const char* file) {
  return "'" + (examples_dir() / file).string() + "'";
}

} // namespace

TEST_CASE("facepia assess --format html --out FILE writes one self-contained report", "[cli]") {
  const auto dir = fresh_dir("single");
  const auto out = dir / "school.html";
  const auto r = run(facepia("--format html --out '" + out.string() + "' " +
                             example("skelleftea-school-attendance.yaml") + " 2>&1"));
  INFO(r.out);
  CHECK(r.status == 1); // deny
  REQUIRE(std::filesystem::exists(out));
  const std::string html = read_file(out);
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(html.find("<svg class=\"dataflow\"") != std::string::npos);
  // Nothing but the report is left in the directory (the temporary file was renamed).
  int files = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir)) {
    ++files;
  }
  CHECK(files == 1);
}

TEST_CASE("facepia assess over several deployments with --out DIR writes one report per deployment",
          "[cli]") {
  const auto dir = fresh_dir("batch");
  const auto r =
      run(facepia("--format md --lang zh --out '" + (dir / "reports").string() + "' " +
                  example("skelleftea-school-attendance.yaml") + " " + example("hangzhou-safari-park.yaml") +
                  " " + example("mall-done-right.yaml") + " 2>&1"));
  INFO(r.out);
  CHECK(r.status == 1);
  CHECK(r.out.find("assessing") == std::string::npos); // no progress: stderr is not a terminal
  for (const char* name :
       {"skelleftea-school-attendance.md", "hangzhou-safari-park.md", "mall-done-right.md"}) {
    INFO(name);
    REQUIRE(std::filesystem::exists(dir / "reports" / name));
    CHECK(read_file(dir / "reports" / name).find("## 1. 摘要") != std::string::npos);
  }
}

TEST_CASE("facepia assess --format json --report adds the report's sections, plain json stays as it was",
          "[cli]") {
  const auto plain = run(facepia("--format json " + example("hangzhou-safari-park.yaml")));
  const auto with = run(facepia("--format json --report " + example("hangzhou-safari-park.yaml")));
  CHECK(plain.status == 1);
  CHECK(with.status == 1);
  const auto p = nlohmann::json::parse(plain.out);
  const auto w = nlohmann::json::parse(with.out);
  CHECK_FALSE(p.contains("report"));
  REQUIRE(w.contains("report"));
  CHECK(w.at("report").at("sections").size() == 9);
  for (const auto& [key, value] : p.items()) {
    INFO(key);
    CHECK(w.at(key) == value);
  }
}

TEST_CASE("facepia assess refuses bad report options with exit 2 and writes nothing", "[cli]") {
  const auto dir = fresh_dir("refused");
  // Several HTML reports need a directory.
  auto r = run(facepia("--format html " + example("skelleftea-school-attendance.yaml") + " " +
                       example("hangzhou-safari-park.yaml") + " 2>&1 >/dev/null"));
  CHECK(r.status == 2);
  CHECK(r.out.find("--out DIR") != std::string::npos);
  // --out names an existing file, but a batch needs a directory.
  write_file(dir / "file.md", "keep me");
  r = run(facepia("--format md --out '" + (dir / "file.md").string() + "' " +
                  example("skelleftea-school-attendance.yaml") + " " + example("hangzhou-safari-park.yaml") +
                  " 2>&1"));
  CHECK(r.status == 2);
  CHECK(read_file(dir / "file.md") == "keep me");
  // --report goes with json only; an unknown language is a usage error.
  CHECK(run(facepia("--format md --report " + example("hangzhou-safari-park.yaml") + " >/dev/null 2>&1"))
            .status == 2);
  CHECK(run(facepia("--format md --lang fr " + example("hangzhou-safari-park.yaml") + " >/dev/null 2>&1"))
            .status == 2);
  // A bad deployment: nothing is written.
  write_file(dir / "bad.yaml", "name: bad\nprocessing.creates_templates: perhaps\n");
  r = run(facepia("--format html --out '" + (dir / "bad.html").string() + "' '" +
                  (dir / "bad.yaml").string() + "' 2>&1"));
  CHECK(r.status == 2);
  CHECK_FALSE(std::filesystem::exists(dir / "bad.html"));
}

TEST_CASE("facepia history --diff shows what changed between two recorded assessments", "[cli][history]") {
  const auto dir = fresh_dir("history-diff");
  const std::string program = FACEPIA_PROGRAM;
  const auto db = (dir / "store.db").string();
  // The park assessed twice as of today (the same), then as of 2019, before the PIPL and the SPC Provisions.
  const auto before = examples_dir() / "hangzhou-safari-park.yaml";
  auto assess = [&]() {
    return run("'" + program + "' assess --rules '" + (source_dir() / "rules").string() +
               "' --as-of 2026-11-26 --db '" + db + "' '" + before.string() + "' 2>&1");
  };
  REQUIRE(assess().status == 1);
  REQUIRE(assess().status == 1);
  const auto older = run("'" + program + "' assess --rules '" + (source_dir() / "rules").string() +
                         "' --as-of 2019-10-01 --db '" + db + "' '" + before.string() + "' 2>&1");
  REQUIRE(older.status == 1);
  const auto same = run("'" + program + "' history --db '" + db + "' --diff '#1' '#2' 2>&1");
  INFO(same.out);
  CHECK(same.status == 0);
  CHECK(same.out.find("decision: deny (unchanged)") != std::string::npos);
  CHECK(same.out.find("facts: unchanged") != std::string::npos);
  CHECK(same.out.find("findings: unchanged") != std::string::npos);
  const auto diff = run("'" + program + "' history --db '" + db + "' --diff '#1' '#3' --format json 2>&1");
  INFO(diff.out);
  REQUIRE(diff.status == 0);
  const auto j = nlohmann::json::parse(diff.out);
  CHECK(j["as_of"]["before"] == "2026-11-26");
  CHECK(j["as_of"]["after"] == "2019-10-01");
  CHECK(j["decision"]["before"] == "deny");
  bool pipl_rule_gone = false;
  for (const auto& f : j["findings"]) {
    if (f["key"] == "pipl.separate-consent") {
      pipl_rule_gone = f["before"] == "breach" && f["after"] != "breach";
    }
  }
  CHECK(pipl_rule_gone);
  const auto missing = run("'" + program + "' history --db '" + db + "' --diff '#1' '#99' 2>&1");
  CHECK(missing.status == 2);
  CHECK(missing.out.find("error: no recorded assessment `#99`") != std::string::npos);
}

TEST_CASE("facepia history --render writes a recorded assessment's report again, or refuses when it changed",
          "[cli][history]") {
  const auto dir = fresh_dir("history-render");
  const std::string program = FACEPIA_PROGRAM;
  const auto db = (dir / "store.db").string();
  const auto rules = (source_dir() / "rules").string();
  const auto deployment = dir / "park.yaml";
  write_file(deployment, read_file(examples_dir() / "hangzhou-safari-park.yaml"));
  const auto assessed = run("'" + program + "' assess --rules '" + rules + "' --as-of 2026-11-26 --db '" +
                            db + "' --format md --lang zh '" + deployment.string() + "'");
  REQUIRE(assessed.status == 1);
  const auto rendered = run("'" + program + "' history --db '" + db + "' --rules '" + rules +
                            "' --render '#1' --format md --lang zh");
  REQUIRE(rendered.status == 0);
  // The same report but for the time it was generated (the recording time).
  auto without_time = [](std::string md) {
    const auto at = md.find("| 生成时间 |");
    REQUIRE(at != std::string::npos);
    return md.erase(at, md.find('\n', at) - at);
  };
  CHECK(without_time(rendered.out) == without_time(assessed.out));

  // A changed deployment is not passed off as the recorded one.
  std::string changed = read_file(deployment);
  const auto name = changed.find("\nname: ");
  REQUIRE(name != std::string::npos);
  changed.insert(name + 7, "Renamed ");
  write_file(deployment, changed);
  const auto refused =
      run("'" + program + "' history --db '" + db + "' --rules '" + rules + "' --render '#1' 2>&1");
  CHECK(refused.status == 2);
  CHECK(refused.out.find("error: cannot re-render #1 (") != std::string::npos);
  CHECK(refused.out.find("or the rules changed since it was recorded (it is now assessed as ") !=
        std::string::npos);
}

#endif

} // namespace facepia::test
