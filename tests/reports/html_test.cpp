// The HTML report: one self-contained file (no external assets), the data-flow diagram laid out by Graphviz
// and the risk maps inline as SVG, a table of contents, print styles.
#include "support.hpp"

#include <catch2/catch.hpp>
#include <regex>

namespace facepia::test {

TEST_CASE("the HTML report is self-contained, with inline SVG diagrams, contents and print styles",
          "[html]") {
  const auto a = assess_example("skelleftea-school-attendance.yaml", "2026-11-26");
  const std::string html = render_stable(a, reports::Format::html);
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  // No external assets: no src= or href= other than in-page anchors, no @import, no url() but fragments.
  CHECK_FALSE(std::regex_search(html, std::regex(R"re(\ssrc\s*=)re")));
  CHECK_FALSE(std::regex_search(html, std::regex(R"re(href\s*=\s*"(?!#))re")));
  CHECK_FALSE(std::regex_search(html, std::regex(R"re(@import|url\((?!#))re")));
  CHECK(html.find("<link") == std::string::npos);
  CHECK(html.find("<script") == std::string::npos);
  // The data-flow diagram, laid out in process by libgvc.
  CHECK(html.find("<svg class=\"dataflow\"") != std::string::npos);
  CHECK(html.find("class=\"node\"") != std::string::npos);
  CHECK(html.find("<?xml") == std::string::npos);
  // The two risk maps.
  CHECK(html.find("class=\"risk-map\"") != std::string::npos);
  CHECK(html.find("Before the measures") != std::string::npos);
  CHECK(html.find("After the declared measures") != std::string::npos);
  // Contents, one link per section, and print styles that keep rows and findings whole.
  CHECK(html.find("<nav class=\"toc\"") != std::string::npos);
  for (const char* id : {"summary", "description", "necessity", "lawfulness", "risks", "measures",
                         "open-questions", "consultation", "annex"}) {
    INFO(id);
    CHECK(html.find(std::string("href=\"#") + id + "\"") != std::string::npos);
    CHECK(html.find(std::string("id=\"") + id + "\"") != std::string::npos);
  }
  CHECK(html.find("@media print") != std::string::npos);
  CHECK(html.find("break-inside:avoid") != std::string::npos);
  CHECK(html.find("@page") != std::string::npos);
}

TEST_CASE("the data-flow diagram shows the flows the deployment states, and the unknown ones dashed",
          "[html]") {
  const auto a = assess_example("hangzhou-safari-park.yaml", "2026-11-26");
  const std::string dot = reports::dataflow_dot(a);
  for (const char* node :
       {"subjects", "capture", "detection", "template", "storage", "matching", "use", "retention"}) {
    INFO(node);
    CHECK(dot.find(std::string("  ") + node + " [") != std::string::npos);
  }
  const std::string svg = reports::render_svg(dot);
  REQUIRE_FALSE(svg.empty());
  CHECK(svg.rfind("<svg", 0) == 0);
  CHECK(reports::render_svg("digraph {").empty()); // a DOT error gives no SVG, and no crash
}

TEST_CASE("text from the deployment is escaped in HTML and DOT", "[html]") {
  const auto& engine = bundled_engine();
  auto load =
      engine::load_deployment_text("inline.yaml",
                                   "name: \"<script>alert(1)</script> & \\\"quotes\\\"\"\n"
                                   "controller: {name: \"A <b>bold</b> \\\"controller\\\"\", type: school}\n"
                                   "processing.creates_templates: true\n",
                                   engine.vocabulary());
  REQUIRE(load.ok());
  engine::AssessOptions options;
  options.as_of = dsl::Date::parse("2026-11-26");
  const auto a = engine.assess(load.deployments.front(), options);
  const std::string html = reports::render(a, engine.program(), reports::Format::html, fixed_options());
  CHECK(html.find("<script>") == std::string::npos);
  CHECK(html.find("&lt;script&gt;") != std::string::npos);
  CHECK(html.find("<b>bold</b>") == std::string::npos);
  CHECK(html.find("<svg class=\"dataflow\"") != std::string::npos); // the quotes did not break the DOT
}

} // namespace facepia::test
