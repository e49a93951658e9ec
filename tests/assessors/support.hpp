// Test support for the assessors: the real vocabulary of rules/common, facts built against it, the acceptance
// scenarios, and a run of the default assessors in their order.
#pragma once

#include "facepia/assessors/assessors.hpp"
#include "facepia/dsl/model.hpp"
#include "facepia/engine/assessor.hpp"
#include "facepia/engine/deployment.hpp"
#include "facepia/engine/facts.hpp"

#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace facepia::test {

// rules/common/*.fp, loaded by facepia::dsl::load(): the vocabulary the assessors read.
const dsl::Program& common_program();
std::shared_ptr<const engine::Vocabulary> vocabulary();

inline dsl::Value yes() {
  return dsl::Value{true};
}
inline dsl::Value no() {
  return dsl::Value{false};
}
inline dsl::Value e(std::string v) {
  return dsl::Value{dsl::EnumValue{std::move(v)}};
}
inline dsl::Value set(std::initializer_list<std::string> v) {
  return dsl::Value{dsl::EnumSet(v)};
}
inline dsl::Value n(double v, std::string unit = "") {
  return dsl::Value{dsl::Quantity{v, std::move(unit)}};
}

// Facts over the real vocabulary; setting an undeclared path fails the test.
class FactsBuilder {
public:
  FactsBuilder();
  FactsBuilder& with(std::string_view path, dsl::Value value);
  FactsBuilder& without(std::string_view path);
  const engine::Facts& facts() const { return facts_; }
  operator const engine::Facts&() const { return facts_; }

private:
  engine::Facts facts_;
};

// The acceptance scenarios.
FactsBuilder skelleftea();           // the Skellefteå school (IMY/Datainspektionen 2019-08-20)
FactsBuilder workplace_clock_in();   // an employer's face clock-in for its staff
FactsBuilder gym();                  // a gym where face entry is optional beside an equally convenient card
FactsBuilder residential_compound(); // a property manager's face-only gate (SPC-FR Art. 10)

// The default assessors run in order over `facts`, each seeing the derived facts of the earlier ones.
struct Run {
  engine::Facts facts;
  std::map<std::string, engine::DerivedValue> derived;
  const engine::DerivedValue& operator[](std::string_view fact) const;
  // The derived fact's value as three-valued truth: nullopt when unknown.
  std::optional<bool> truth(std::string_view fact) const;
  const engine::Factor& factor(std::string_view fact, std::string_view name) const;
};
Run run(const engine::Facts& facts, const std::vector<engine::Override>& overrides = {});

// The truth of one factor: nullopt when unknown.
std::optional<bool> factor_truth(const engine::Factor& f);

} // namespace facepia::test
