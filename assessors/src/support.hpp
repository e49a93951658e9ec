// Shared machinery of the assessors: three-valued reads of the facts that remember which facts were unknown,
// and the weighing of factors (with the deployment's overrides) into a derived value with its reasoning.
#pragma once

#include "facepia/engine/assessor.hpp"
#include "facepia/engine/engine.hpp"
#include "facepia/engine/facts.hpp"

#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace facepia::assessors::detail {

using engine::Truth;

Truth all_of(std::initializer_list<Truth> values);
Truth any_of(std::initializer_list<Truth> values);
inline Truth negate(Truth t) {
  return engine::kleene_not(t);
}
inline Truth truth(bool b) {
  return b ? Truth::true_ : Truth::false_;
}
inline bool is_true(Truth t) {
  return t == Truth::true_;
}

// When set, every fact path read by any Reader is recorded (fact_paths_read()).
void set_read_trace(std::set<std::string>* trace);

// Reads facts in three-valued logic. Every read of a fact that is not stated adds the path to missing().
class Reader {
public:
  explicit Reader(const engine::Facts& facts) : facts_(&facts) {}

  const dsl::Value* raw(std::string_view path);
  Truth boolean(std::string_view path);
  // The enum fact is one of `values`.
  Truth is(std::string_view path, std::initializer_list<std::string_view> values);
  // The set fact holds `value`.
  Truth contains(std::string_view path, std::string_view value);
  // The set fact holds some of `values`.
  Truth intersects(std::string_view path, std::initializer_list<std::string_view> values);
  // The set fact holds all of `values`.
  Truth contains_all(std::string_view path, std::initializer_list<std::string_view> values);
  // Every value of the set fact is one of `values` (false for the empty set).
  Truth within(std::string_view path, std::initializer_list<std::string_view> values);
  std::optional<double> number(std::string_view path);
  Truth at_least(std::string_view path, double bound);
  Truth greater(std::string_view path, double bound);

  // The unknown facts read since the last take_missing(), in read order, without duplicates.
  std::vector<std::string> take_missing();
  const std::vector<std::string>& all_missing() const { return all_missing_; }

private:
  void missing(std::string_view path);
  const engine::Facts* facts_;
  std::vector<std::string> missing_;
  std::vector<std::string> all_missing_;
};

// The three plain-word readings of a factor: when true, when false, when unknown.
struct Readings {
  std::string if_true;
  std::string if_false;
  std::string if_unknown;
};

// The factors of one derived fact, weighed with the deployment's overrides of those factors.
class Weighing {
public:
  Weighing(const engine::AssessorContext* context, std::string_view fact) : context_(context), fact_(fact) {}

  // Records a factor and returns its value after any override (a non-boolean override counts as unknown).
  Truth add(std::string name, Truth computed, std::string source, const Readings& readings,
            std::vector<std::string> missing);
  // The same, with the facts `r` found missing while `computed` was read (taken from `r` in the body, so
  // after every argument has been evaluated: C++ leaves the order of evaluation of arguments unspecified, and
  // a `r.take_missing()` argument beside the read would otherwise run before the read on GCC).
  Truth add(std::string name, Truth computed, std::string source, const Readings& readings, Reader& r);
  const std::vector<engine::Factor>& factors() const { return factors_; }
  // The missing facts of the factors that are still unknown after the overrides.
  std::vector<std::string> missing() const;

  // A derived value: `conclusion` is the sentence for the result; the unknown facts are appended when
  // unknown.
  engine::DerivedValue result(Truth value, std::string conclusion) const;
  engine::DerivedValue result_number(std::optional<double> value, std::string conclusion) const;

private:
  // The deployment's override of the whole value, applied here so that the assessors after this one read it.
  void apply_value_override(engine::DerivedValue& d) const;
  const engine::AssessorContext* context_;
  std::string fact_;
  std::vector<engine::Factor> factors_;
  std::vector<std::vector<std::string>> missing_; // per factor
};

// "a, b and c"
std::string join(const std::vector<std::string>& items, std::string_view last = " and ");

// Appends the unique items of `from` to `to`.
void merge_unique(std::vector<std::string>& to, const std::vector<std::string>& from);

} // namespace facepia::assessors::detail
