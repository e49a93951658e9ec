// The risk register and the WP248 high-risk screening the report shows, as the assessors (assessors/) judged
// them in the assessment, with overrides applied. Internal to reports/.
#pragma once

#include "facepia/engine/engine.hpp"
#include "facepia/reports/report.hpp"

#include <optional>
#include <string>
#include <vector>

namespace facepia::reports::detail {

// CNIL's scales, 1 (negligible) to 4 (maximum).
struct RiskLevel {
  int likelihood = 1;
  int severity = 1;
};

struct Risk {
  std::string id;      // "R1"
  std::string title;   // "Illegitimate access to face templates"
  std::string sources; // who or what could cause it
  std::string impacts; // on the data subjects' rights and freedoms
  std::string threats; // how it could happen
  RiskLevel before;    // with the measures the deployment declares
  RiskLevel after;     // once the action plan is carried out
  std::vector<std::string> measures_in_place;
  std::vector<std::string> measures_planned;
  std::string rationale;    // why these levels
  std::string key;          // the assessors' id of the risk, usable in `overrides:` ("illegitimate_access")
  std::string legal_source; // where the risk comes from ("CNIL PIA Knowledge Bases (2018)", "PIPL Art. 28")
  std::string before_text;  // the levels in words when they are a range ("limited to maximum × significant")
  std::string after_text;
  bool applicable = true;                 // the facial recognition risks do not arise without templates
  bool uncertain = false;                 // a level is a range: the map places it at the worst case
  std::vector<std::string> missing_facts; // the facts whose absence makes a level a range
  std::optional<bool> high_residual;      // likelihood and severity after both significant or more
};

struct ScreeningCriterion {
  std::string id;          // "1"
  std::string title;       // "Evaluation or scoring"
  std::optional<bool> met; // unknown when the facts that decide it are not stated
  std::string reason;
};

struct RiskAnalysis {
  std::string source; // who judged, in words
  std::vector<Risk> risks;
  std::vector<ScreeningCriterion> screening;
  std::optional<bool> dpia_required;    // two or more criteria met (WP248 III.B.a)
  std::vector<ScreeningCriterion> pipl; // PIPL Art. 55 items (1) to (4), when the assessors provide them
  std::optional<bool> pipia_required;
  // What "before" and "after" mean (without and with the declared measures). Label keys.
  std::string before_key = "before";
  std::string after_key = "after";
  std::optional<bool> high_residual; // the assessors' assess.high_residual_risk (overrides applied)
  bool has_high_residual = false;    // high_residual was judged by the assessors
  bool residual_high() const; // some risk stays at likelihood >= 3 and severity >= 3 after the measures
};

// The risks and the screening the assessors left in the assessment, overrides applied; "none" when the
// assessment was made without them (or without explanations).
RiskAnalysis risk_analysis(const engine::Assessment& assessment, Lang lang);

// The 4x4 severity-by-likelihood maps side by side: each risk placed before the measures (left) and after
// them (right). `before_key`/`after_key` are the label keys of the two maps' titles.
std::string risk_map_svg(const std::vector<Risk>& risks, Lang lang, const std::string& before_key = "before",
                         const std::string& after_key = "after");

} // namespace facepia::reports::detail
