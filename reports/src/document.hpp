// The report as a small document model: sections of typed blocks, built once from an assessment and rendered
// by each format. Internal to reports/.
#pragma once

#include "facepia/platform/html.hpp"
#include "facepia/reports/report.hpp"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace facepia::reports::detail {

using json = nlohmann::ordered_json;

// Block kinds (the "type" member of each block):
//   p        {text}                        a paragraph
//   h3       {text, id}                    a sub-heading
//   kv       {rows: [[label, value]]}      a two-column description table
//   table    {columns: [...], rows: [[...]], status: column index or -1}
//   list     {items: [...], ordered}
//   quote    {text, cite}
//   pre      {text}
//   figure   {id, caption, svg, dot, alt}  svg is embedded in HTML, dot is shown in Markdown
//   finding  {status, severity, rule, title, citations, message, excerpts: [{label, title, text}], exception,
//             missing: [...], remedy, explanation, derived: [...]}
//   callout  {tone: deny|conditional|allow|note, title, text}
struct Section {
  std::string id;     // anchor: "summary", "description", ...
  std::string number; // "1"
  std::string title;
  json blocks = json::array();
};

struct Document {
  Lang lang = Lang::en;
  std::string title;
  std::string subtitle;
  std::string footer;         // on every printed page: the assessment id and the rules version
  std::string kicker;         // the filing regimes' provisions, above the title
  json cover = json::array(); // [[label, value]] on the first page
  std::string decision;       // allow | conditional | deny
  std::vector<Section> sections;
  json assessment;    // the engine's JSON contract
  json lawful_paths;  // the path to lawful, null when not searched
  bool draft = false; // marked "draft — not for filing" throughout
};

Document build(const engine::Assessment& assessment, const dsl::Program& program,
               const ReportOptions& options);
std::string to_markdown(const Document& document);
std::string to_html(const Document& document);
std::string to_json(const Document& document);

// Block builders.
json paragraph(std::string text);
json heading(std::string text, std::string id = {});
json key_values(json rows);
json table(std::vector<std::string> columns, json rows, int status_column = -1);
json bullet_list(std::vector<std::string> items, bool ordered = false);
json callout(std::string tone, std::string title, std::string text);

// The report's own labels, in English and Chinese.
std::string label(Lang lang, std::string_view key);

// A fact's value in words: yes/no, enumeration values by the labels of their enum in the vocabulary
// (`label "1:N identification" label_zh "1:N 识别"`), sets as lists, numbers with their unit.
std::string value_text(Lang lang, const dsl::Value& value, const dsl::EnumDecl* declaration = nullptr);
// The enum of the program that declares an enumeration value (or a set's values); nullptr for other values.
const dsl::EnumDecl* enum_of(const dsl::Program& program, const dsl::Value& value);

// Escaping.
using platform::escape_html;
std::string escape_markdown_cell(std::string_view text);
std::string escape_dot(std::string_view text);

} // namespace facepia::reports::detail
