#include "assessors_impl.hpp"
#include "support.hpp"

namespace facepia::assessors {

engine::Assessors standard() {
  return engine::Assessors({detail::make_power_imbalance(), detail::make_consent_validity(),
                            detail::make_necessity(), detail::make_high_risk_screening(),
                            detail::make_risk_register()});
}

std::set<std::string> fact_paths_read(const engine::Facts& facts) {
  std::set<std::string> trace;
  detail::set_read_trace(&trace);
  engine::Facts working = facts;
  const engine::AssessorContext context(dsl::Date{}, nullptr);
  const auto standard_set = standard();
  for (const auto& assessor : standard_set.list()) {
    for (const auto& derived : assessor->assess(working, context)) {
      if (derived.value) {
        working.set(derived.fact, *derived.value);
      } else if (auto index = working.vocabulary().index(derived.fact)) {
        working.clear(*index);
      }
    }
  }
  (void)screen(working);
  (void)risk_register(working);
  detail::set_read_trace(nullptr);
  return trace;
}

} // namespace facepia::assessors
