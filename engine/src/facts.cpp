#include "facepia/engine/facts.hpp"

#include <cmath>
#include <cstdio>
#include <sstream>

namespace facepia::engine {

Vocabulary::Vocabulary(const dsl::Program& program) : facts_(program.facts), enums_(program.enums) {
  for (std::size_t i = 0; i < facts_.size(); ++i) {
    by_path_.emplace(facts_[i].path, i);
    const std::string& path = facts_[i].path;
    for (std::size_t dot = path.find('.'); dot != std::string::npos; dot = path.find('.', dot + 1)) {
      groups_.emplace(path.substr(0, dot), 0);
    }
  }
}

std::optional<std::size_t> Vocabulary::index(std::string_view path) const {
  auto it = by_path_.find(path);
  if (it == by_path_.end()) {
    return std::nullopt;
  }
  return it->second;
}

const dsl::EnumDecl* Vocabulary::find_enum(std::string_view name) const {
  for (const auto& e : enums_) {
    if (e.name == name) {
      return &e;
    }
  }
  return nullptr;
}

bool Vocabulary::is_group(std::string_view prefix) const {
  return groups_.find(prefix) != groups_.end();
}

Facts::Facts(std::shared_ptr<const Vocabulary> vocabulary)
    : vocabulary_(std::move(vocabulary)), values_(vocabulary_->size()) {}

const dsl::Value* Facts::get(std::string_view path) const {
  auto index = vocabulary_->index(path);
  return index ? get(*index) : nullptr;
}

bool Facts::set(std::string_view path, dsl::Value value) {
  auto index = vocabulary_->index(path);
  if (!index) {
    return false;
  }
  values_[*index] = std::move(value);
  return true;
}

namespace {
std::string format_number(double value) {
  if (std::isfinite(value) && std::fabs(value) < 1e15 && value == std::floor(value)) {
    return std::to_string(static_cast<long long>(value));
  }
  std::ostringstream out;
  out.precision(15);
  out << value;
  return out.str();
}

struct Formatter {
  bool canonical = false;
  std::string operator()(bool b) const { return b ? "true" : "false"; }
  std::string operator()(const dsl::Quantity& q) const {
    return q.unit.empty() ? format_number(q.value) : format_number(q.value) + " " + q.unit;
  }
  std::string operator()(const dsl::Date& d) const { return d.iso(); }
  std::string operator()(const std::string& s) const {
    if (!canonical) {
      return s;
    }
    std::string out = "\"";
    for (char c : s) {
      if (c == '"' || c == '\\') {
        out += '\\';
        out += c;
      } else if (c == '\n') {
        out += "\\n";
      } else {
        out += c;
      }
    }
    return out + "\"";
  }
  std::string operator()(const dsl::EnumValue& e) const { return e.name; }
  std::string operator()(const dsl::EnumSet& set) const {
    std::string out = "{";
    bool first = true;
    for (const auto& v : set) {
      out += first ? "" : ", ";
      out += v;
      first = false;
    }
    return out + "}";
  }
};
} // namespace

std::string format_value(const dsl::Value& value) {
  return std::visit(Formatter{false}, value);
}
std::string canonical_value(const dsl::Value& value) {
  return std::visit(Formatter{true}, value);
}

} // namespace facepia::engine
