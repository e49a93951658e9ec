// The default assessors' factories (one .cpp each) and the internal forms of the screening and register.
#pragma once

#include "facepia/assessors/assessors.hpp"
#include "facepia/engine/assessor.hpp"

#include <memory>
#include <string_view>
#include <utility>

namespace facepia::assessors::detail {

std::shared_ptr<const engine::Assessor> make_power_imbalance();
std::shared_ptr<const engine::Assessor> make_consent_validity();
std::shared_ptr<const engine::Assessor> make_necessity();
std::shared_ptr<const engine::Assessor> make_high_risk_screening();
std::shared_ptr<const engine::Assessor> make_risk_register();

// The version every standard assessor reports: a change of any weighing is a change of this.
inline constexpr std::string_view kVersion = "1";

// The structured judgements the screening and the register leave in an assessment.
inline constexpr std::string_view kScreeningName = "high_risk_screening";
inline constexpr std::string_view kRiskRegisterName = "risk_register";
struct ScreeningDetail final : engine::AssessorDetail {
  explicit ScreeningDetail(Screening s) : screening(std::move(s)) {}
  Screening screening;
};
struct RiskRegisterDetail final : engine::AssessorDetail {
  explicit RiskRegisterDetail(RiskRegister r) : risk_register(std::move(r)) {}
  RiskRegister risk_register;
};

} // namespace facepia::assessors::detail
