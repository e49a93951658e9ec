#include "support.hpp"

#include "facepia/engine/deployment.hpp"

#include <algorithm>
#include <variant>

namespace facepia::assessors::detail {

namespace {
thread_local std::set<std::string>* read_trace = nullptr;

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

void Reader::missing(std::string_view path) {
  std::string p(path);
  if (std::find(missing_.begin(), missing_.end(), p) == missing_.end()) {
    missing_.push_back(p);
  }
  if (std::find(all_missing_.begin(), all_missing_.end(), p) == all_missing_.end()) {
    all_missing_.push_back(std::move(p));
  }
}

const dsl::Value* Reader::raw(std::string_view path) {
  if (read_trace != nullptr) {
    read_trace->emplace(path);
  }
  const dsl::Value* v = facts_->get(path);
  if (v == nullptr) {
    missing(path);
  }
  return v;
}

Truth Reader::boolean(std::string_view path) {
  const dsl::Value* v = raw(path);
  if (v == nullptr) {
    return Truth::unknown;
  }
  if (const bool* b = std::get_if<bool>(v)) {
    return truth(*b);
  }
  return Truth::unknown;
}

Truth Reader::is(std::string_view path, std::initializer_list<std::string_view> values) {
  const dsl::Value* v = raw(path);
  if (v == nullptr) {
    return Truth::unknown;
  }
  if (const auto* e = std::get_if<dsl::EnumValue>(v)) {
    return truth(std::find(values.begin(), values.end(), std::string_view(e->name)) != values.end());
  }
  return Truth::unknown;
}

Truth Reader::contains(std::string_view path, std::string_view value) {
  return intersects(path, {value});
}

Truth Reader::intersects(std::string_view path, std::initializer_list<std::string_view> values) {
  const dsl::EnumSet* s = as_set(raw(path));
  if (s == nullptr) {
    return Truth::unknown;
  }
  return truth(std::any_of(values.begin(), values.end(),
                           [&](std::string_view v) { return s->find(v) != s->end(); }));
}

Truth Reader::contains_all(std::string_view path, std::initializer_list<std::string_view> values) {
  const dsl::EnumSet* s = as_set(raw(path));
  if (s == nullptr) {
    return Truth::unknown;
  }
  return truth(std::all_of(values.begin(), values.end(),
                           [&](std::string_view v) { return s->find(v) != s->end(); }));
}

Truth Reader::within(std::string_view path, std::initializer_list<std::string_view> values) {
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

std::optional<double> Reader::number(std::string_view path) {
  const dsl::Value* v = raw(path);
  if (v == nullptr) {
    return std::nullopt;
  }
  if (const auto* q = std::get_if<dsl::Quantity>(v)) {
    return q->value;
  }
  return std::nullopt;
}

Truth Reader::at_least(std::string_view path, double bound) {
  auto n = number(path);
  return n ? truth(*n >= bound) : Truth::unknown;
}

Truth Reader::greater(std::string_view path, double bound) {
  auto n = number(path);
  return n ? truth(*n > bound) : Truth::unknown;
}

std::vector<std::string> Reader::take_missing() {
  std::vector<std::string> m;
  m.swap(missing_);
  return m;
}

std::string join(const std::vector<std::string>& items, std::string_view last) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) {
      out += (i + 1 == items.size()) ? std::string(last) : std::string(", ");
    }
    out += items[i];
  }
  return out;
}

void merge_unique(std::vector<std::string>& to, const std::vector<std::string>& from) {
  for (const auto& s : from) {
    if (std::find(to.begin(), to.end(), s) == to.end()) {
      to.push_back(s);
    }
  }
}

Truth Weighing::add(std::string name, Truth computed, std::string source, const Readings& readings,
                    std::vector<std::string> missing) {
  std::optional<dsl::Value> value;
  if (computed != Truth::unknown) {
    value = is_true(computed);
  }
  std::string reasoning = computed == Truth::true_    ? readings.if_true
                          : computed == Truth::false_ ? readings.if_false
                                                      : readings.if_unknown;
  if (computed == Truth::unknown && !missing.empty()) {
    reasoning += " (not stated: " + join(missing, ", ") + ")";
  }
  engine::Factor f;
  if (context_ != nullptr) {
    f = context_->factor(fact_, std::move(name), std::move(value), std::move(source), std::move(reasoning));
  } else {
    f.name = std::move(name);
    f.value = std::move(value);
    f.source = std::move(source);
    f.reasoning = std::move(reasoning);
  }
  Truth result = Truth::unknown;
  if (f.value) {
    if (const bool* b = std::get_if<bool>(&*f.value)) {
      result = truth(*b);
    }
  }
  if (f.overridden) {
    f.reasoning = "overridden to " +
                  std::string(result == Truth::unknown ? "unknown" : engine::format_value(*f.value)) +
                  " (computed: " + f.reasoning + ")";
  }
  missing_.push_back(result == Truth::unknown ? std::move(missing) : std::vector<std::string>{});
  factors_.push_back(std::move(f));
  return result;
}

Truth Weighing::add(std::string name, Truth computed, std::string source, const Readings& readings,
                    Reader& r) {
  return add(std::move(name), computed, std::move(source), readings, r.take_missing());
}

std::vector<std::string> Weighing::missing() const {
  std::vector<std::string> out;
  for (const auto& m : missing_) {
    merge_unique(out, m);
  }
  return out;
}

engine::DerivedValue Weighing::result(Truth value, std::string conclusion) const {
  engine::DerivedValue d;
  d.fact = fact_;
  if (value != Truth::unknown) {
    d.value = is_true(value);
  }
  d.reasoning = std::move(conclusion);
  if (value == Truth::unknown) {
    auto m = missing();
    if (!m.empty()) {
      d.reasoning += "; it is unknown until these facts are stated: " + join(m, ", ");
    }
  }
  d.factors = factors_;
  apply_value_override(d);
  return d;
}

void Weighing::apply_value_override(engine::DerivedValue& d) const {
  const engine::Override* o = context_ != nullptr ? context_->value_override(fact_) : nullptr;
  if (o == nullptr) {
    return;
  }
  d.reasoning = "overridden to " + engine::format_value(*o->value) + " (" + o->justification +
                "); the assessor computed " +
                (d.value ? engine::format_value(*d.value) : std::string("unknown")) + ": " + d.reasoning;
  d.value = o->value;
  d.overridden = true;
  d.justification = o->justification;
}

engine::DerivedValue Weighing::result_number(std::optional<double> value, std::string conclusion) const {
  engine::DerivedValue d;
  d.fact = fact_;
  d.reasoning = std::move(conclusion);
  if (value) {
    d.value = dsl::Quantity{*value, ""};
  } else {
    auto m = missing();
    if (!m.empty()) {
      d.reasoning += "; it is unknown until these facts are stated: " + join(m, ", ");
    }
  }
  d.factors = factors_;
  apply_value_override(d);
  return d;
}

} // namespace facepia::assessors::detail
