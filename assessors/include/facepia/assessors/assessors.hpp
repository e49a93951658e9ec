// The assessors: the legal tests that are weighings rather than single conditions. Each reads the
// stated facts of a deployment and produces derived facts (`assess.*`, declared in rules/common/derived.fp
// and rules/common/derived-assessors.fp) together with its reasoning: every factor it weighed, the factor's
// value and the source behind it. See assessors/README.md for the inputs, outputs and sources of every
// factor.
//
// Besides the derived facts, two assessments are exposed as structured data for the DPIA report: the
// high-risk screening (the nine WP248 rev.01 criteria and the PIPL Art. 55 triggers) and the risk register
// (CNIL method).
#pragma once

#include "facepia/engine/assessor.hpp"
#include "facepia/engine/engine.hpp"
#include "facepia/engine/facts.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace facepia::assessors {

// The derived facts the assessors produce, in the order they are produced.
namespace fact {
inline constexpr std::string_view power_imbalance = "assess.power_imbalance";
inline constexpr std::string_view necessary_for_service = "assess.necessary_for_service";
inline constexpr std::string_view consent_freely_given = "assess.consent_freely_given";
inline constexpr std::string_view consent_valid_gdpr = "assess.consent_valid_gdpr";
inline constexpr std::string_view consent_valid_pipl = "assess.consent_valid_pipl";
inline constexpr std::string_view necessary_and_proportionate = "assess.necessary_and_proportionate";
inline constexpr std::string_view dpia_required = "assess.dpia_required";
inline constexpr std::string_view high_risk_criteria_met = "assess.high_risk_criteria_met";
inline constexpr std::string_view pipia_required = "assess.pipia_required";
inline constexpr std::string_view high_residual_risk = "assess.high_residual_risk";
} // namespace fact

// The standard assessors, in their order: power imbalance, consent validity, necessity and proportionality,
// high-risk screening, risk register. A later one reads the derived facts of the earlier ones. `facepia
// assess`, `facepia test` and the gate all build their engine with this set.
engine::Assessors standard();

// Every fact path the standard assessors read when run on `facts` (stated and derived), sorted. Used to check
// the assessors against the vocabulary; the report may list it as "facts consulted".
std::set<std::string> fact_paths_read(const engine::Facts& facts);

// ---------------------------------------------------------------------------------------------------------------
// High-risk screening (GDPR Art. 35(1), 35(3); WP248 rev.01; PIPL Art. 55)
// ---------------------------------------------------------------------------------------------------------------

// A three-valued test result: met, not met, or unknown because a fact it needs is not stated.
enum class Met : std::uint8_t { met, not_met, unknown };
std::string_view to_string(Met); // "met", "not met", "unknown"

struct Criterion {
  int number = 0;     // 1..9 for WP248, 1..4 for PIPL Art. 55 items
  std::string id;     // the factor name, usable in `overrides:`: "wp248_3_systematic_monitoring"
  std::string title;  // "Systematic monitoring"
  std::string source; // "WP248 rev.01 criterion 3 (systematic monitoring)"
  Met met = Met::unknown;
  std::string reason;                     // plain words: why it is met, not met or unknown
  std::vector<std::string> missing_facts; // when unknown: the facts that would decide it
};

struct Screening {
  std::vector<Criterion> wp248; // the nine criteria, in WP248's order
  int criteria_met = 0;
  int criteria_unknown = 0;
  engine::Truth dpia_required = engine::Truth::unknown; // two or more criteria met
  std::vector<Criterion> pipl_art55;                    // items (1) to (4) of PIPL Art. 55
  engine::Truth pipia_required = engine::Truth::unknown;
};

// The screening as computed from the facts (before any override of a criterion; the overridden values are in
// the Assessment's DerivedValue for assess.dpia_required / assess.pipia_required, whose factors have the same
// ids).
Screening screen(const engine::Facts& facts);

// The screening the high-risk screening assessor left in an assessment made with explanations, or null.
const Screening* screening_of(const engine::Assessment& assessment);

// ---------------------------------------------------------------------------------------------------------------
// Risk register (CNIL PIA method: feared events, likelihood and severity on four levels)
// ---------------------------------------------------------------------------------------------------------------

enum class Level : std::uint8_t { negligible = 1, limited = 2, significant = 3, maximum = 4 };
std::string_view to_string(Level); // "negligible", "limited", "significant", "maximum"

// A level that may not be fully known: `low` assumes every unknown fact is favourable, `high` that every
// unknown fact is unfavourable. Known when both agree.
struct LevelRange {
  Level low = Level::negligible;
  Level high = Level::negligible;
  bool known() const { return low == high; }
};
std::string to_string(LevelRange); // "significant", or "limited to maximum"

struct Risk {
  std::string
      id; // the factor name, usable in `overrides:` of assess.high_residual_risk: "illegitimate_access"
  std::string title;  // "Illegitimate access to face data"
  std::string source; // the legal source of the risk: "CNIL PIA Knowledge Bases (2018)", "PIPL Art. 28"
  engine::Truth applicable =
      engine::Truth::true_; // the facial recognition risks apply only when templates exist
  LevelRange likelihood_before, severity_before; // without the declared measures
  LevelRange likelihood_after, severity_after;   // with the measures that are stated as in place
  std::vector<std::string> measures;             // the stated measures that lowered it, as plain words
  std::string reasoning;                         // how the levels were reached
  std::vector<std::string> missing_facts;        // facts whose absence makes a level a range
  engine::Truth high_before = engine::Truth::unknown;
  engine::Truth high_residual = engine::Truth::unknown; // severity and likelihood after both >= significant
};

struct RiskRegister {
  std::vector<Risk> risks; // the three CNIL security risks, then the four risks proper to facial recognition
  engine::Truth high_residual_risk = engine::Truth::unknown; // some residual risk is high (GDPR Art. 36(1))
};

// The register as computed from the facts (before any override; see Screening).
RiskRegister risk_register(const engine::Facts& facts);

// The register the risk register assessor left in an assessment made with explanations, or null.
const RiskRegister* risk_register_of(const engine::Assessment& assessment);

// The CNIL risk map as facepia reads it: high when both severity and likelihood are significant or maximum.
bool is_high(Level likelihood, Level severity);

} // namespace facepia::assessors
