// The DPIA report: what a DPO hands to management and, when needed, to a regulator. One document model built
// from an assessment (sections mapped to GDPR Art. 35(7), PIPL Art. 56 and WP248 Annex 2), rendered as
// Markdown, a self-contained HTML file (inline SVG diagrams, print styles) or JSON (the assessment contract
// plus the report's sections).
//
//   engine::Engine engine{std::move(load.program)};
//   auto assessment = engine.assess(deployment, {.as_of = day});
//   std::string html = reports::render(engine, assessment, reports::Format::html, {.lang =
//   reports::Lang::zh});
#pragma once

#include "facepia/dsl/model.hpp"
#include "facepia/engine/engine.hpp"
#include "facepia/reports/lawful_path.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace facepia::reports {

enum class Format { markdown, html, json };
enum class Lang { en, zh };

// "md", "markdown", "html", "json" (what `facepia assess --format` accepts for a report); nullopt otherwise.
std::optional<Format> format_from_string(std::string_view format);
// "en", "zh"; nullopt otherwise.
std::optional<Lang> lang_from_string(std::string_view lang);

struct ReportOptions {
  Lang lang = Lang::en;
  // When the report was produced, as written on its cover ("2026-11-26T08:00:00Z"); empty: now, in UTC.
  // Tests fix it so that their output is stable.
  std::string generated_at;
  // The version of the rules (render(Engine, ...) fills it with the rules' digest when empty).
  std::string rules_version;
  // Lay out the data-flow diagram with Graphviz and embed the SVG (HTML). Markdown always carries the DOT
  // source.
  bool diagrams = true;
  // The path to lawful for a deny (search_lawful_paths), shown in the summary and in the JSON report; none:
  // not shown. Not owned.
  const LawfulPathSearch* lawful_paths = nullptr;
  // A draft (`facepia assess --draft`): marked "draft — not for filing" on every page, and not recorded.
  bool draft = false;
};

// Renders the report of one assessment. `program` is the rule load the assessment was made with (it provides
// the statute texts, instruments and the vocabulary's meanings).
std::string render(const engine::Assessment& assessment, const dsl::Program& program, Format format,
                   const ReportOptions& options = {});

// The same, taking the program and the rules version from the engine that made the assessment.
std::string render(const engine::Engine& engine, const engine::Assessment& assessment, Format format,
                   const ReportOptions& options = {});

// The data-flow diagram of a deployment as Graphviz DOT, and laid out in process by libgvc as SVG (without
// the XML prolog, ready to embed in HTML). render_svg returns an empty string when Graphviz fails.
std::string dataflow_dot(const engine::Assessment& assessment, Lang lang = Lang::en);
std::string render_svg(const std::string& dot);

} // namespace facepia::reports
