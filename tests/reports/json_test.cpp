// The JSON report: the assessment JSON (docs/ARCHITECTURE.md) at the top level, plus the report's sections.
#include "facepia/engine/output.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

namespace facepia::test {

TEST_CASE("the JSON report is the assessment contract plus the report's nine sections", "[json]") {
  const auto a = assess_example("skelleftea-school-attendance.yaml", "2026-11-26");
  const auto j = nlohmann::json::parse(
      reports::render(a, bundled_engine().program(), reports::Format::json, fixed_options()));
  // The contract, unchanged.
  const auto contract = engine::to_json(a);
  for (const auto& [key, value] : contract.items()) {
    INFO(key);
    REQUIRE(j.contains(key));
    CHECK(j.at(key) == value);
  }
  CHECK(j.at("decision") == "deny");
  CHECK(j.at("assessment_id") == a.id);

  const auto& report = j.at("report");
  CHECK(report.at("format") == "facepia-dpia-report/1");
  CHECK(report.at("lang") == "en");
  const auto& sections = report.at("sections");
  REQUIRE(sections.size() == 9);
  const char* ids[] = {"summary",  "description",    "necessity",    "lawfulness", "risks",
                       "measures", "open-questions", "consultation", "annex"};
  for (std::size_t i = 0; i < 9; ++i) {
    INFO(ids[i]);
    CHECK(sections[i].at("id") == ids[i]);
    CHECK(sections[i].at("number") == std::to_string(i + 1));
    CHECK_FALSE(sections[i].at("blocks").empty());
    for (const auto& b : sections[i].at("blocks")) {
      CHECK(b.contains("type"));
      CHECK_FALSE(b.contains("svg")); // the layout is for people; machines get the DOT source and the data
    }
  }
  // The data-flow diagram's DOT source and the risk map's grid are there for machines.
  bool dot = false;
  bool grid = false;
  int findings = 0;
  for (const auto& s : sections) {
    for (const auto& b : s.at("blocks")) {
      dot = dot || (b.at("type") == "figure" && b.value("dot", std::string()).rfind("digraph", 0) == 0);
      grid = grid || (b.at("type") == "figure" && b.contains("grid") && b.at("grid").size() == 4);
      findings += b.at("type") == "finding" ? 1 : 0;
    }
  }
  CHECK(dot);
  CHECK(grid);
  CHECK(findings > 5);
  // The WP248 Annex 2 checklist, each criterion with its status and where the report meets it.
  const auto& annex = sections[8].at("blocks");
  bool checklist = false;
  for (const auto& b : annex) {
    if (b.at("type") == "table" && b.value("link", -1) == 3) {
      checklist = true;
      CHECK(b.at("rows").size() >= 25);
      for (const auto& row : b.at("rows")) {
        const std::string status = row.at(2);
        CHECK((status == "met" || status == "partly" || status == "not_met" || status == "unknown"));
      }
    }
  }
  CHECK(checklist);
}

TEST_CASE("format and language names", "[json]") {
  CHECK(reports::format_from_string("md") == reports::Format::markdown);
  CHECK(reports::format_from_string("markdown") == reports::Format::markdown);
  CHECK(reports::format_from_string("html") == reports::Format::html);
  CHECK(reports::format_from_string("json") == reports::Format::json);
  CHECK_FALSE(reports::format_from_string("pdf"));
  CHECK(reports::lang_from_string("zh") == reports::Lang::zh);
  CHECK_FALSE(reports::lang_from_string("fr"));
}

} // namespace facepia::test

TEST_CASE("the action plan names the owner and due date the deployment declares", "[reports]") {
  const auto declared = facepia::test::assess_example("mall-done-right.yaml", "2026-11-26");
  const auto md = facepia::test::render_stable(declared, facepia::reports::Format::markdown);
  const auto plan = md.substr(md.find("Action plan"));
  // Once for the whole plan, above its actions.
  CHECK_THAT(plan,
             Catch::Contains("| Owner | Data protection officer, Example Mall Co. |\n| Due | 2027-03-31 |"));
  CHECK_THAT(plan, !Catch::Contains("the DPO assigns them before sign-off"));

  const auto undeclared = facepia::test::assess_example("skelleftea-school-attendance.yaml", "2026-11-26");
  const auto md2 = facepia::test::render_stable(undeclared, facepia::reports::Format::markdown);
  CHECK_THAT(md2.substr(md2.find("Action plan")), Catch::Contains("the DPO assigns them before sign-off"));
}
