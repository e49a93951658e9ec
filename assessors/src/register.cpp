#include "assessors_impl.hpp"
#include "support.hpp"

#include <algorithm>

namespace facepia::assessors {

std::vector<std::shared_ptr<const engine::Assessor>> default_assessors() {
  return {detail::make_power_imbalance(), detail::make_consent_validity(), detail::make_necessity(),
          detail::make_high_risk_screening(), detail::make_risk_register()};
}

void register_defaults(engine::AssessorRegistry& registry) {
  for (auto& assessor : default_assessors()) {
    const auto& present = registry.assessors();
    const bool known = std::any_of(present.begin(), present.end(),
                                   [&](const auto& a) { return a->name() == assessor->name(); });
    if (!known) {
      registry.add(std::move(assessor));
    }
  }
}

std::set<std::string> fact_paths_read(const engine::Facts& facts) {
  std::set<std::string> trace;
  detail::set_read_trace(&trace);
  engine::Facts working = facts;
  const engine::AssessorContext context(dsl::Date{}, nullptr);
  for (const auto& assessor : default_assessors()) {
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
