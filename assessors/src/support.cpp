#include "support.hpp"

#include "facepia/engine/deployment.hpp"

#include <algorithm>
#include <variant>

namespace facepia::assessors::detail {

namespace {
thread_local std::set<std::string>* read_trace = nullptr;

// Room for the unknown facts of a whole assessor at the first one, rather than growing by doubling.
constexpr std::size_t kMissingReserved = 16;
// Room for the distinct facts an assessor reads (the most, consent validity, reads about 25).
constexpr std::size_t kLookupsReserved = 32;

const dsl::EnumSet* as_set(const dsl::Value* v) {
  return v != nullptr ? std::get_if<dsl::EnumSet>(v) : nullptr;
}
} // namespace

void set_read_trace(std::set<std::string>* trace) {
  read_trace = trace;
}

Truth all_of(std::initializer_list<Truth> values) {
  Truth r = Truth::true_;
  for (Truth t : values) {
    r = engine::kleene_and(r, t);
  }
  return r;
}

Truth any_of(std::initializer_list<Truth> values) {
  Truth r = Truth::false_;
  for (Truth t : values) {
    r = engine::kleene_or(r, t);
  }
  return r;
}

void Reader::missing(Path path) {
  if (all_missing_.empty()) {
    missing_.reserve(kMissingReserved);
    all_missing_.reserve(kMissingReserved);
  }
  if (std::find(missing_.begin(), missing_.end(), path) == missing_.end()) {
    missing_.push_back(path);
  }
  if (std::find(all_missing_.begin(), all_missing_.end(), path) == all_missing_.end()) {
    all_missing_.push_back(path);
  }
}

const dsl::Value* Reader::lookup(Path path) {
  for (const LookedUp& l : looked_up_) {
    // Same address and size: the same text (a path outlives the Reader).
    if (l.path.data() == path.data() && l.path.size() == path.size()) {
      return l.value;
    }
  }
  if (looked_up_.empty()) {
    looked_up_.reserve(kLookupsReserved);
  }
  const dsl::Value* v = facts_->get(path);
  looked_up_.push_back({path, v});
  return v;
}

const dsl::Value* Reader::raw(Path path) {
  if (read_trace != nullptr) {
    read_trace->emplace(path);
  }
  const dsl::Value* v = lookup(path);
  if (v == nullptr) {
    missing(path);
  }
  return v;
}

Truth Reader::boolean(Path path) {
  const dsl::Value* v = raw(path);
  if (v == nullptr) {
    return Truth::unknown;
  }
  if (const bool* b = std::get_if<bool>(v)) {
    return truth(*b);
  }
  return Truth::unknown;
}

Truth Reader::is(Path path, std::initializer_list<std::string_view> values) {
  const dsl::Value* v = raw(path);
  if (v == nullptr) {
    return Truth::unknown;
  }
  if (const auto* e = std::get_if<dsl::EnumValue>(v)) {
    return truth(std::find(values.begin(), values.end(), std::string_view(e->name)) != values.end());
  }
  return Truth::unknown;
}

Truth Reader::contains(Path path, std::string_view value) {
  return intersects(path, {value});
}

Truth Reader::intersects(Path path, std::initializer_list<std::string_view> values) {
  const dsl::EnumSet* s = as_set(raw(path));
  if (s == nullptr) {
    return Truth::unknown;
  }
  return truth(
      std::any_of(values.begin(), values.end(), [&](std::string_view v) { return s->find(v) != s->end(); }));
}

Truth Reader::contains_all(Path path, std::initializer_list<std::string_view> values) {
  const dsl::EnumSet* s = as_set(raw(path));
  if (s == nullptr) {
    return Truth::unknown;
  }
  return truth(
      std::all_of(values.begin(), values.end(), [&](std::string_view v) { return s->find(v) != s->end(); }));
}

Truth Reader::within(Path path, std::initializer_list<std::string_view> values) {
  const dsl::EnumSet* s = as_set(raw(path));
  if (s == nullptr) {
    return Truth::unknown;
  }
  if (s->empty()) {
    return Truth::false_;
  }
  return truth(std::all_of(s->begin(), s->end(), [&](const std::string& v) {
    return std::find(values.begin(), values.end(), std::string_view(v)) != values.end();
  }));
}

std::optional<double> Reader::number(Path path) {
  const dsl::Value* v = raw(path);
  if (v == nullptr) {
    return std::nullopt;
  }
  if (const auto* q = std::get_if<dsl::Quantity>(v)) {
    return q->value;
  }
  return std::nullopt;
}

Truth Reader::at_least(Path path, double bound) {
  auto n = number(path);
  return n ? truth(*n >= bound) : Truth::unknown;
}

Truth Reader::greater(Path path, double bound) {
  auto n = number(path);
  return n ? truth(*n > bound) : Truth::unknown;
}

Paths Reader::take_missing() {
  Paths m;
  m.swap(missing_);
  return m;
}

void Reader::clear_all_missing() {
  missing_.clear();
  all_missing_.clear();
}

namespace {
// Appends the unique items of `from` to `to`.
void merge_unique(Paths& to, const Paths& from) {
  for (Path p : from) {
    if (std::find(to.begin(), to.end(), p) == to.end()) {
      to.push_back(p);
    }
  }
}

// A factor without a context to consult for overrides.
engine::Factor unweighed_factor(std::string name, std::optional<dsl::Value> value, std::string source,
                                std::string reasoning) {
  engine::Factor f;
  f.name = std::move(name);
  f.value = std::move(value);
  f.source = std::move(source);
  f.reasoning = std::move(reasoning);
  return f;
}

// The factors a weighing holds room for at its first factor: no weighing has more than nine.
constexpr std::size_t kFactorsReserved = 9;
} // namespace

Truth Weighing::add(std::string name, Truth computed, std::string source, std::string_view reading,
                    const Paths& missing) {
  std::optional<dsl::Value> value;
  if (computed != Truth::unknown) {
    value = is_true(computed);
  }
  std::string reasoning;
  if (computed == Truth::unknown && !missing.empty()) {
    constexpr std::string_view not_stated = " (not stated: ";
    reasoning.reserve(reading.size() + not_stated.size() + joined_size(missing, ", ") + 1);
    reasoning += reading;
    reasoning += not_stated;
    append_joined(reasoning, missing, ", ");
    reasoning += ')';
  } else {
    reasoning = reading;
  }
  engine::Factor f = context_ != nullptr ? context_->factor(fact_, std::move(name), std::move(value),
                                                            std::move(source), std::move(reasoning))
                                         : unweighed_factor(std::move(name), std::move(value),
                                                            std::move(source), std::move(reasoning));
  Truth result = Truth::unknown;
  if (f.value) {
    if (const bool* b = std::get_if<bool>(&*f.value)) {
      result = truth(*b);
    }
  }
  if (f.overridden) {
    f.reasoning = "overridden to " +
                  std::string(result == Truth::unknown ? "unknown" : dsl::format_value(*f.value)) +
                  " (computed: " + f.reasoning + ")";
  }
  if (result == Truth::unknown && !missing.empty()) {
    if (missing_.empty()) {
      missing_.reserve(kMissingReserved);
    }
    merge_unique(missing_, missing);
  }
  if (factors_.empty()) {
    factors_.reserve(kFactorsReserved);
  }
  factors_.push_back(std::move(f));
  return result;
}

Truth Weighing::add(std::string name, Truth computed, std::string source, const Readings& readings,
                    Reader& r) {
  const Truth result = add(std::move(name), computed, std::move(source), readings, r.recent_missing());
  r.clear_recent_missing();
  return result;
}

engine::DerivedValue Weighing::derived_value(std::string conclusion, bool unknown) {
  engine::DerivedValue d;
  d.fact = fact_;
  d.reasoning = std::move(conclusion);
  if (unknown && !missing_.empty()) {
    d.reasoning += "; it is unknown until these facts are stated: ";
    append_joined(d.reasoning, missing_, ", ");
  }
  d.factors = std::move(factors_);
  factors_.clear(); // a moved-from vector is valid but unspecified: make it empty
  return d;
}

engine::DerivedValue Weighing::result(Truth value, std::string conclusion) {
  engine::DerivedValue d = derived_value(std::move(conclusion), value == Truth::unknown);
  if (value != Truth::unknown) {
    d.value = is_true(value);
  }
  apply_value_override(d);
  return d;
}

engine::DerivedValue Weighing::result_number(std::optional<double> value, std::string conclusion) {
  engine::DerivedValue d = derived_value(std::move(conclusion), !value);
  if (value) {
    d.value = dsl::Quantity{*value, ""};
  }
  apply_value_override(d);
  return d;
}

std::string concat(std::initializer_list<std::string_view> parts) {
  std::size_t size = 0;
  for (std::string_view part : parts) {
    size += part.size();
  }
  std::string out;
  out.reserve(size);
  for (std::string_view part : parts) {
    out += part;
  }
  return out;
}

std::vector<engine::DerivedValue> single(engine::DerivedValue d) {
  std::vector<engine::DerivedValue> out;
  out.push_back(std::move(d));
  return out;
}

void Weighing::apply_value_override(engine::DerivedValue& d) const {
  const engine::Override* o = context_ != nullptr ? context_->value_override(fact_) : nullptr;
  if (o == nullptr) {
    return;
  }
  d.reasoning = "overridden to " + dsl::format_value(*o->value) + " (" + o->justification +
                "); the assessor computed " +
                (d.value ? dsl::format_value(*d.value) : std::string("unknown")) + ": " + d.reasoning;
  d.value = o->value;
  d.overridden = true;
  d.justification = o->justification;
}

} // namespace facepia::assessors::detail
