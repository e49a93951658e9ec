// facepia studio over HTTP: every endpoint, bad input with the CLI's own messages, the token, the Host and
// CSRF checks, request size limits and attempts to reach files outside the working folder.
#include "facepia/studio/studio.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <httplib.h>
#include <nlohmann/json.hpp>
#include <regex>
#include <thread>
#include <unistd.h>

namespace facepia::studio_test {
namespace {

namespace fs = std::filesystem;

// A studio on a free loopback port, serving a fresh working folder and store.
class Served {
public:
  Served() {
    dir_ = fs::temp_directory_path() /
           ("facepia-studio-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter_++));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "work");
    studio::StudioOptions options;
    options.rules = source_dir() / "rules";
    options.database = dir_ / "store.db";
    options.working_dir = dir_ / "work";
    options.assess = assess_options();
    options.assess.explain = true;
    options.token = "test-token-0123456789abcdef";
    studio_ = std::make_unique<studio::Studio>(options);
    REQUIRE(studio_->bind());
    thread_ = std::thread([this] { studio_->serve(); });
    client_ = std::make_unique<httplib::Client>("127.0.0.1", studio_->port());
    client_->set_follow_location(false);
    // Wait until it answers.
    for (int i = 0; i < 200 && !client_->Get("/static/studio.css"); ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  }
  ~Served() {
    studio_->stop();
    thread_.join();
    fs::remove_all(dir_);
  }
  Served(const Served&) = delete;
  Served& operator=(const Served&) = delete;

  httplib::Client& client() { return *client_; }
  fs::path work() const { return dir_ / "work"; }
  const fs::path& dir() const { return dir_; }
  std::string cookie() const {
    return "facepia_studio_" + std::to_string(studio_->port()) + "=" + studio_->token();
  }
  const std::string& csrf() const { return studio_->csrf_token(); }
  int port() const { return studio_->port(); }
  std::string url() const { return studio_->url(); }

  httplib::Headers headers() const { return {{"Cookie", cookie()}}; }
  httplib::Result get(const std::string& path) { return client_->Get(path.c_str(), headers()); }
  httplib::Result post(const std::string& path, httplib::Params params, bool with_csrf = true) {
    if (with_csrf) {
      params.emplace("csrf", csrf());
    }
    return client_->Post(path.c_str(), headers(), params);
  }
  // A new draft's path: /d/ID.
  std::string new_draft() {
    auto r = post("/new", {});
    REQUIRE(r);
    REQUIRE(r->status == 303);
    const std::string location = r->get_header_value("Location");
    REQUIRE(std::regex_match(location, std::regex("/d/[0-9a-f]{24}")));
    return location;
  }
  nlohmann::json state(const std::string& draft) {
    auto r = get(draft + "/state.json");
    REQUIRE(r);
    REQUIRE(r->status == 200);
    return nlohmann::json::parse(r->body);
  }

private:
  static inline int counter_ = 0;
  fs::path dir_;
  std::unique_ptr<studio::Studio> studio_;
  std::thread thread_;
  std::unique_ptr<httplib::Client> client_;
};

void write(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

TEST_CASE("studio http: the token admits, by URL then by cookie; nothing else does") {
  Served s;
  REQUIRE(s.url() == "http://127.0.0.1:" + std::to_string(s.port()) + "/?token=test-token-0123456789abcdef");
  auto none = s.client().Get("/");
  REQUIRE(none);
  CHECK(none->status == 403);
  CHECK(none->body.find("Forbidden") != std::string::npos);
  auto wrong = s.client().Get("/?token=test-token-0123456789abcdeX");
  CHECK(wrong->status == 403);
  auto wrong_cookie =
      s.client().Get("/", {{"Cookie", "facepia_studio_" + std::to_string(s.port()) + "=nope"}});
  CHECK(wrong_cookie->status == 403);
  // The printed URL: the token goes into an HttpOnly, SameSite=Strict cookie and out of the address bar.
  auto first = s.client().Get("/?token=test-token-0123456789abcdef");
  CHECK(first->status == 303);
  CHECK(first->get_header_value("Location") == "/");
  CHECK(first->get_header_value("Set-Cookie") == s.cookie() + "; Path=/; HttpOnly; SameSite=Strict");
  auto home = s.get("/");
  CHECK(home->status == 200);
  CHECK(home->body.find("<form method=\"post\" action=\"/new\"") != std::string::npos);
  // The static files need it too, and every response carries the security headers.
  CHECK(s.client().Get("/static/studio.js")->status == 403);
  auto js = s.get("/static/studio.js");
  CHECK(js->status == 200);
  CHECK(js->get_header_value("Content-Type") == "text/javascript; charset=utf-8");
  CHECK(js->get_header_value("Content-Security-Policy")
            .find("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self';") == 0);
  CHECK(js->get_header_value("X-Content-Type-Options") == "nosniff");
  CHECK(js->get_header_value("Referrer-Policy") == "same-origin");
  CHECK(s.get("/static/studio.css")->status == 200);
}

TEST_CASE("studio http: a Host that is not the studio's is refused (DNS rebinding)") {
  Served s;
  httplib::Headers headers{{"Cookie", s.cookie()}, {"Host", "attacker.example:" + std::to_string(s.port())}};
  auto r = s.client().Get("/", headers);
  REQUIRE(r);
  CHECK(r->status == 421);
  httplib::Headers local{{"Cookie", s.cookie()}, {"Host", "localhost:" + std::to_string(s.port())}};
  CHECK(s.client().Get("/", local)->status == 200);
}

TEST_CASE("studio http: every write needs the CSRF token and a same-origin Origin") {
  Served s;
  auto no_csrf = s.post("/new", {}, false);
  CHECK(no_csrf->status == 403);
  auto bad_csrf = s.post("/new", {{"csrf", "0000"}}, false);
  CHECK(bad_csrf->status == 403);
  httplib::Headers cross{{"Cookie", s.cookie()}, {"Origin", "http://evil.example"}};
  auto cross_site = s.client().Post("/new", cross, httplib::Params{{"csrf", s.csrf()}});
  CHECK(cross_site->status == 403);
  httplib::Headers same{{"Cookie", s.cookie()}, {"Origin", "http://127.0.0.1:" + std::to_string(s.port())}};
  auto same_site = s.client().Post("/new", same, httplib::Params{{"csrf", s.csrf()}});
  CHECK(same_site->status == 303);
  // The token without the cookie is no write either.
  auto no_cookie = s.client().Post("/new", httplib::Params{{"csrf", s.csrf()}});
  CHECK(no_cookie->status == 403);
  // Other methods are refused.
  auto put = s.client().Put("/new", s.headers(), "", "text/plain");
  CHECK(put->status == 405);
}

TEST_CASE("studio http: a request body over the limit is refused") {
  Served s;
  const std::string draft = s.new_draft();
  const std::string huge(300 * 1024, 'a');
  auto r = s.post(draft + "/answer", {{"fact", "dpia.description"}, {"value", huge}});
  REQUIRE(r);
  CHECK(r->status == 413);
  CHECK(s.state(draft).at("answers").empty());
}

TEST_CASE("studio http: the questionnaire asks, takes answers and re-assesses") {
  Served s;
  const std::string draft = s.new_draft();
  auto page = s.get(draft);
  REQUIRE(page->status == 200);
  CHECK(page->get_header_value("Content-Type") == "text/html; charset=utf-8");
  CHECK(page->body.find("<html lang=\"en\">") != std::string::npos);
  auto state = s.state(draft);
  CHECK(state.at("decision") == "deny");
  REQUIRE_FALSE(state.at("questions").empty());
  const std::string first = state["questions"][0].at("fact");
  // The next question is on the page, as a form with its help.
  CHECK(page->body.find("<div id=\"next\"><form method=\"post\" action=\"" + draft +
                        "/answer\" class=\"q js-post\" id=\"next-") != std::string::npos);
  CHECK(page->body.find("data-fact=\"" + first + "\"") != std::string::npos);

  // Answer it with a value that decides something: the open findings shrink.
  const auto open_before = state.at("findings").size();
  auto answer = s.post(draft + "/answer",
                       {{"fact", "jurisdiction.eu_establishment"}, {"value", "true"}, {"asked", "1"}});
  CHECK(answer->status == 303);
  CHECK(answer->get_header_value("Location") == draft);
  state = s.state(draft);
  CHECK(state.at("answers").at("jurisdiction.eu_establishment") == "true");
  CHECK(state.at("revision") == 1);
  CHECK(state.at("questions_asked") == 1);
  CHECK(state.at("yaml").get<std::string>().find("jurisdiction:\n  eu_establishment: true\n") !=
        std::string::npos);
  CHECK(state.at("findings").size() != open_before);

  // A set from checkboxes, a number, a date, a text.
  CHECK(
      s.post(draft + "/answer", {{"fact", "purposes"}, {"value", "attendance"}, {"value", "access_control"}})
          ->status == 303);
  CHECK(s.post(draft + "/answer", {{"fact", "data_subjects.count"}, {"value", "22"}})->status == 303);
  CHECK(s.post(draft + "/answer", {{"fact", "deployment.start"}, {"value", "2018-09-01"}})->status == 303);
  CHECK(s.post(draft + "/answer",
               {{"fact", "dpia.description"}, {"value", "Cameras at the classroom door,\n\"trial\""}})
            ->status == 303);
  state = s.state(draft);
  CHECK(state.at("answers").at("purposes") == "[access_control, attendance]");
  CHECK(state.at("answers").at("data_subjects.count") == "22");
  CHECK(state.at("answers").at("deployment.start") == "2018-09-01");
  CHECK(state.at("answers").at("dpia.description") == "\"Cameras at the classroom door,\\n\\\"trial\\\"\"");
  CHECK(state.at("as_of") == "2018-09-01");

  // Skip and ask again; clear; rename.
  CHECK(s.post(draft + "/skip", {{"fact", "controller.type"}, {"asked", "1"}})->status == 303);
  state = s.state(draft);
  CHECK(state.at("skipped") == nlohmann::json::array({"controller.type"}));
  for (const auto& q : state.at("questions")) {
    CHECK(q.at("fact") != "controller.type");
  }
  CHECK(s.post(draft + "/unskip", {{"fact", "controller.type"}})->status == 303);
  CHECK(s.state(draft).at("skipped").empty());
  CHECK(s.post(draft + "/clear", {{"fact", "data_subjects.count"}})->status == 303);
  CHECK(s.state(draft).at("answers").count("data_subjects.count") == 0);
  CHECK(s.post(draft + "/name", {{"name", "Gym \"entry\""}})->status == 303);
  CHECK(s.state(draft).at("yaml").get<std::string>().find("name: \"Gym \\\"entry\\\"\"\n") !=
        std::string::npos);
}

TEST_CASE("studio http: bad answers get the CLI's own messages beside the question, and change nothing") {
  Served s;
  const std::string draft = s.new_draft();
  auto bad_enum = s.post(draft + "/answer", {{"fact", "controller.type"}, {"value", "gym"}});
  REQUIRE(bad_enum);
  CHECK(bad_enum->status == 422);
  CHECK(bad_enum->body.find("error[FP-D0202]: `gym` is not a `controller_type` value of `controller.type`") !=
        std::string::npos);
  // Beside its question: the question is rendered in error, its error referenced by the input.
  CHECK(bad_enum->body.find("class=\"q js-post has-error\" id=\"all-controller-type\"") != std::string::npos);
  CHECK(bad_enum->body.find("id=\"all-controller-type-error\"") != std::string::npos);

  auto bad_number = s.post(draft + "/answer", {{"fact", "data_subjects.count"}, {"value", "85,000"}});
  CHECK(bad_number->status == 422);
  CHECK(bad_number->body.find("`data_subjects.count` is counted in persons, not in ,000") !=
        std::string::npos);
  auto negative = s.post(draft + "/answer", {{"fact", "data_subjects.count"}, {"value", "-3"}});
  CHECK(negative->status == 422);
  auto bad_bool = s.post(draft + "/answer", {{"fact", "consent.obtained"}, {"value", "yes"}});
  CHECK(bad_bool->status == 422);
  CHECK(bad_bool->body.find("`consent.obtained` expects `true` or `false`, found `yes`") !=
        std::string::npos);
  auto bad_date = s.post(draft + "/answer", {{"fact", "deployment.start"}, {"value", "2019-02-30"}});
  CHECK(bad_date->status == 422);
  auto unknown = s.post(draft + "/answer", {{"fact", "consent.seperate"}, {"value", "true"}});
  CHECK(unknown->status == 422);
  CHECK(unknown->body.find("`consent.seperate` is not a fact a deployment states") != std::string::npos);
  auto derived = s.post(draft + "/answer", {{"fact", "assess.power_imbalance"}, {"value", "true"}});
  CHECK(derived->status == 422);
  // A second key smuggled in through a line break, or a flow mapping, is not an answer.
  auto smuggled =
      s.post(draft + "/answer", {{"fact", "consent.obtained"}, {"value", "true\nconsent.explicit: true"}});
  CHECK(smuggled->status == 422);
  auto mapping = s.post(draft + "/answer", {{"fact", "consent.obtained"}, {"value", "{a: b}"}});
  CHECK(mapping->status == 422);
  auto two = s.post(draft + "/answer", {{"fact", "consent.obtained"}, {"value", "true"}, {"value", "false"}});
  CHECK(two->status == 422);
  auto bad_set =
      s.post(draft + "/answer", {{"fact", "purposes"}, {"value", "attendance"}, {"value", "sport"}});
  CHECK(bad_set->status == 422);
  CHECK(bad_set->body.find("`sport` is not a `purpose` value") != std::string::npos);
  auto bad_name = s.post(draft + "/name", {{"name", "two\nlines"}});
  CHECK(bad_name->status == 422);
  const auto state = s.state(draft);
  CHECK(state.at("answers").empty());
  CHECK(state.at("revision") == 0);
  // Unknown drafts.
  CHECK(s.get("/d/000000000000000000000000")->status == 404);
  CHECK(s.post("/d/000000000000000000000000/answer", {{"fact", "consent.obtained"}, {"value", "true"}})
            ->status == 404);
  CHECK(s.get("/d/../../etc/passwd")->status == 404);
}

TEST_CASE("studio http: an override needs its justification, and is written to the YAML") {
  Served s;
  const std::string draft = s.new_draft();
  auto missing = s.post(draft + "/override",
                        {{"fact", "assess.power_imbalance"}, {"value", "true"}, {"justification", ""}});
  CHECK(missing->status == 422);
  CHECK(missing->body.find("justification") != std::string::npos);
  CHECK(s.post(draft + "/override",
               {{"fact", "assess.no_such_thing"}, {"value", "true"}, {"justification", "x"}})
            ->status == 422);
  auto ok = s.post(draft + "/override", {{"fact", "assess.power_imbalance"},
                                         {"value", "true"},
                                         {"justification", "the board grades the pupils"}});
  CHECK(ok->status == 303);
  const std::string yaml = s.state(draft).at("yaml");
  CHECK(yaml.find(
            "overrides:\n  assess.power_imbalance:\n    value: true\n    justification: \"the board grades "
            "the pupils\"\n") != std::string::npos);
  CHECK(s.post(draft + "/override", {{"fact", "assess.power_imbalance"}, {"remove", "1"}})->status == 303);
  CHECK(s.state(draft).at("yaml").get<std::string>().find("overrides:") == std::string::npos);
}

TEST_CASE(
    "studio http: open, save, download and record; what it saves assesses to the same id from the CLI") {
  Served s;
  const auto example = source_dir() / "examples/deployments/skelleftea-school-attendance.yaml";
  fs::copy_file(example, s.work() / "skelleftea.yaml");
  auto home = s.get("/");
  CHECK(home->body.find("<option value=\"skelleftea.yaml\">") != std::string::npos);
  auto opened = s.post("/open", {{"file", "skelleftea.yaml"}});
  REQUIRE(opened->status == 303);
  const std::string draft = opened->get_header_value("Location");
  auto state = s.state(draft);
  CHECK(state.at("decision") == "deny");
  CHECK(state.at("file") == "skelleftea.yaml");
  CHECK(state.at("answers").at("controller.type") == "school");
  CHECK(state.at("name") == "Skelleftea school attendance (Datainspektionen, 2019-08-20)");

  // Saved under a new name, the YAML is the download, and the CLI assesses it to the studio's id.
  auto saved = s.post(draft + "/save", {{"file", "answered.yaml"}});
  CHECK(saved->status == 303);
  const std::string written = read_file(s.work() / "answered.yaml");
  auto download = s.get(draft + "/deployment.yaml");
  CHECK(download->status == 200);
  CHECK(download->body == written);
  CHECK(download->get_header_value("Content-Disposition") == "attachment; filename=\"answered.yaml\"");
#ifdef FACEPIA_PROGRAM
  const auto cli =
      run(std::string(FACEPIA_PROGRAM) + " assess --no-record --format json --rules '" +
          (source_dir() / "rules").string() + "' '" + (s.work() / "answered.yaml").string() + "'");
  CHECK(cli.status == 1);
  const auto json = nlohmann::json::parse(cli.out);
  CHECK(json.at("assessment_id") == s.state(draft).at("assessment_id"));
  // The original file assesses to the same id too: the studio changed no fact.
  const auto original = run(std::string(FACEPIA_PROGRAM) + " assess --no-record --format json --rules '" +
                            (source_dir() / "rules").string() + "' '" + example.string() + "'");
  CHECK(nlohmann::json::parse(original.out).at("assessment_id") == json.at("assessment_id"));
#endif

  // Reports.
  auto html = s.get(draft + "/report.html");
  CHECK(html->status == 200);
  CHECK(html->get_header_value("Content-Type") == "text/html; charset=utf-8");
  CHECK(html->body.find("<html") != std::string::npos);
  CHECK(html->body.find("GDPR Art. 9(1)") != std::string::npos);
  auto md = s.get(draft + "/report.md");
  CHECK(md->status == 200);
  CHECK(md->body.find("GDPR Art. 9(1)") != std::string::npos);
  auto report_json = s.get(draft + "/report.json");
  CHECK(report_json->status == 200);
  CHECK(nlohmann::json::parse(report_json->body).at("assessment_id") == s.state(draft).at("assessment_id"));
  CHECK(s.get(draft + "/report.pdf")->status == 404);

  // Recorded, listed, and re-opened from the list.
  CHECK(s.post(draft + "/record", {})->status == 303);
  home = s.get("/");
  CHECK(home->body.find("<li data-seq=\"1\">") != std::string::npos);
  CHECK(home->body.find("<input type=\"hidden\" name=\"file\" value=\"answered.yaml\">") !=
        std::string::npos);
  auto recorded = s.get("/history/1.json");
  CHECK(recorded->status == 200);
  CHECK(nlohmann::json::parse(recorded->body).at("assessment_id") == s.state(draft).at("assessment_id"));
  CHECK(s.get("/history/2.json")->status == 404);
  auto reopened = s.post("/open", {{"file", "answered.yaml"}});
  CHECK(reopened->status == 303);
  CHECK(s.state(reopened->get_header_value("Location")).at("assessment_id") ==
        s.state(draft).at("assessment_id"));

  // A YAML with errors opens with the loader's diagnostics.
  write(s.work() / "broken.yaml", "name: x\ncontroller:\n  type: gym\n");
  auto broken = s.post("/open", {{"file", "broken.yaml"}});
  CHECK(broken->status == 422);
  CHECK(broken->body.find("error[FP-D0202]: `gym` is not a `controller_type` value of `controller.type`") !=
        std::string::npos);
  CHECK(broken->body.find("broken.yaml:3:9") != std::string::npos);
}

TEST_CASE("studio http: no path from the client reaches outside the working folder") {
  Served s;
  write(s.dir() / "secret.yaml", "name: secret\n");
  fs::create_directories(s.work() / "sub");
  write(s.work() / "sub/inside.yaml", "name: inside\n");
  fs::create_symlink(s.dir() / "secret.yaml", s.work() / "link.yaml");
  for (const std::string& name :
       std::vector<std::string>{"../secret.yaml", (s.dir() / "secret.yaml").string(), "sub/../../secret.yaml",
                                "link.yaml", "/etc/passwd", "sub", "", "sub/inside.txt"}) {
    INFO(name);
    auto r = s.post("/open", {{"file", name}});
    REQUIRE(r);
    CHECK(r->status == 404);
  }
  CHECK(s.post("/open", {{"file", "sub/inside.yaml"}})->status == 303);
  // The listing shows what may be opened, and not the link.
  const auto home = s.get("/")->body;
  CHECK(home.find("sub/inside.yaml") != std::string::npos);
  CHECK(home.find("link.yaml") == std::string::npos);

  const std::string draft = s.new_draft();
  for (const std::string& name :
       std::vector<std::string>{"../out.yaml", (s.dir() / "out.yaml").string(), "sub/out.yaml", "out.txt",
                                ".hidden.yaml", "link.yaml", "a\nb.yaml"}) {
    INFO(name);
    auto r = s.post(draft + "/save", {{"file", name}});
    CHECK(r->status == 422);
  }
  CHECK_FALSE(fs::exists(s.dir() / "out.yaml"));
  CHECK(read_file(s.dir() / "secret.yaml") == "name: secret\n"); // not written through the link
  CHECK(s.post(draft + "/save", {{"file", "out.yaml"}})->status == 303);
  CHECK(fs::is_regular_file(s.work() / "out.yaml"));
  // The language switch only redirects inside the studio.
  auto lang = s.get("/lang/zh?back=//evil.example/");
  CHECK(lang->status == 303);
  CHECK(lang->get_header_value("Location") == "/");
}

TEST_CASE("studio http: English and Chinese") {
  Served s;
  auto lang = s.get("/lang/zh?back=/");
  CHECK(lang->status == 303);
  CHECK(lang->get_header_value("Set-Cookie") == "facepia_lang=zh; Path=/; SameSite=Strict");
  httplib::Headers zh{{"Cookie", s.cookie() + "; facepia_lang=zh"}};
  auto home = s.client().Get("/", zh);
  CHECK(home->body.find("<html lang=\"zh-Hans\">") != std::string::npos);
  CHECK(home->body.find("新建评估") != std::string::npos);
  const std::string draft = s.new_draft();
  auto page = s.client().Get(draft.c_str(), zh);
  CHECK(page->body.find("下一个最关键的问题") != std::string::npos);
  CHECK(page->body.find(">拒绝</p>") != std::string::npos);
}

} // namespace
} // namespace facepia::studio_test
