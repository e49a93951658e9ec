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

// A fact path as an assessor spells it. The readers and weighings keep views of the paths they are given, so
// a path must outlive them: the assessors pass string literals and the `fact::` constants.
using Path = std::string_view;
using Paths = std::vector<Path>;

// Reads facts in three-valued logic. Every read of a fact that is not stated adds the path to missing().
class Reader {
public:
  explicit Reader(const engine::Facts& facts) : facts_(&facts) {}

  const dsl::Value* raw(Path path);
  Truth boolean(Path path);
  // The enum fact is one of `values`.
  Truth is(Path path, std::initializer_list<std::string_view> values);
  // The set fact holds `value`.
  Truth contains(Path path, std::string_view value);
  // The set fact holds some of `values`.
  Truth intersects(Path path, std::initializer_list<std::string_view> values);
  // The set fact holds all of `values`.
  Truth contains_all(Path path, std::initializer_list<std::string_view> values);
  // Every value of the set fact is one of `values` (false for the empty set).
  Truth within(Path path, std::initializer_list<std::string_view> values);
  std::optional<double> number(Path path);
  Truth at_least(Path path, double bound);
  Truth greater(Path path, double bound);

  // The unknown facts read since the last take_missing() or clear_recent_missing(), in read order, without
  // duplicates.
  const Paths& recent_missing() const { return missing_; }
  void clear_recent_missing() { missing_.clear(); } // keeps the capacity for the next reads
  Paths take_missing();
  // Every unknown fact read, in read order, without duplicates.
  const Paths& all_missing() const { return all_missing_; }
  // Forgets every unknown fact read so far, so that one Reader serves several independent assessments.
  void clear_all_missing();

private:
  // The stated value of `path`, or null, looked up once per Reader: the risk register reads most facts
  // several times (in two scenarios, for several risks), and a path compares by its address faster than it
  // hashes. The facts do not change while a Reader reads them.
  const dsl::Value* lookup(Path path);
  void missing(Path path);
  struct LookedUp {
    Path path;
    const dsl::Value* value;
  };
  const engine::Facts* facts_;
  std::vector<LookedUp> looked_up_;
  Paths missing_;
  Paths all_missing_;
};

// The three plain-word readings of a factor: when true, when false, when unknown. Views of text that outlives
// the call that is given them (string literals, or text the caller holds).
struct Readings {
  std::string_view if_true;
  std::string_view if_false;
  std::string_view if_unknown;
  std::string_view of(Truth t) const {
    return t == Truth::true_ ? if_true : t == Truth::false_ ? if_false : if_unknown;
  }
};

// The factors of one derived fact, weighed with the deployment's overrides of those factors.
class Weighing {
public:
  // `fact` is one of the `fact::` constants, which outlive the weighing.
  Weighing(const engine::AssessorContext* context, std::string_view fact) : context_(context), fact_(fact) {}

  // Records a factor and returns its value after any override (a non-boolean override counts as unknown).
  // `missing` are the facts that left `computed` unknown; the weighing keeps views of them until result().
  Truth add(std::string name, Truth computed, std::string source, std::string_view reading,
            const Paths& missing);
  // The same, with the reading of `computed` chosen from its three readings.
  Truth add(std::string name, Truth computed, std::string source, const Readings& readings,
            const Paths& missing) {
    return add(std::move(name), computed, std::move(source), readings.of(computed), missing);
  }
  // The same, with the facts `r` found missing while `computed` was read (taken from `r` in the body, so
  // after every argument has been evaluated: C++ leaves the order of evaluation of arguments unspecified, and
  // a `r.take_missing()` argument beside the read would otherwise run before the read on GCC).
  Truth add(std::string name, Truth computed, std::string source, const Readings& readings, Reader& r);
  const std::vector<engine::Factor>& factors() const { return factors_; }
  // The missing facts of the factors that are still unknown after the overrides, in factor order, without
  // duplicates.
  const Paths& missing() const { return missing_; }

  // A derived value: `conclusion` is the sentence for the result; the unknown facts are appended when
  // unknown. The factors move into it, so this is the weighing's last use of factors() (missing() stays).
  engine::DerivedValue result(Truth value, std::string conclusion);
  engine::DerivedValue result_number(std::optional<double> value, std::string conclusion);

private:
  engine::DerivedValue derived_value(std::string conclusion, bool unknown);
  // The deployment's override of the whole value, applied here so that the assessors after this one read it.
  void apply_value_override(engine::DerivedValue& d) const;
  const engine::AssessorContext* context_;
  std::string_view fact_;
  std::vector<engine::Factor> factors_;
  Paths missing_;
};

// The derived values of an assessor that produces one, moved in (`return {d}` would copy it: the elements of
// an initializer_list are const).
std::vector<engine::DerivedValue> single(engine::DerivedValue d);

// The length of "a, b and c" (`last` before the last item, ", " before the others).
template <class Strings> std::size_t joined_size(const Strings& items, std::string_view last = " and ") {
  std::size_t size = items.size() >= 2 ? 2 * (items.size() - 2) + last.size() : 0;
  for (const auto& item : items) {
    size += std::string_view(item).size();
  }
  return size;
}

// Appends "a, b and c" to `out`.
template <class Strings>
void append_joined(std::string& out, const Strings& items, std::string_view last = " and ") {
  out.reserve(out.size() + joined_size(items, last));
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) {
      out += (i + 1 == items.size()) ? last : std::string_view(", ");
    }
    out += items[i];
  }
}

// The parts one after the other, in one allocation (an operator+ chain makes a string per +).
std::string concat(std::initializer_list<std::string_view> parts);

// "a, b and c"
template <class Strings> std::string join(const Strings& items, std::string_view last = " and ") {
  std::string out;
  append_joined(out, items, last);
  return out;
}

} // namespace facepia::assessors::detail
