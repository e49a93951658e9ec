// The default assessors' factories (one .cpp each) and the internal forms of the screening and register.
#pragma once

#include "facepia/assessors/assessors.hpp"
#include "facepia/engine/assessor.hpp"

#include <memory>

namespace facepia::assessors::detail {

std::shared_ptr<const engine::Assessor> make_power_imbalance();
std::shared_ptr<const engine::Assessor> make_consent_validity();
std::shared_ptr<const engine::Assessor> make_necessity();
std::shared_ptr<const engine::Assessor> make_high_risk_screening();
std::shared_ptr<const engine::Assessor> make_risk_register();

} // namespace facepia::assessors::detail
