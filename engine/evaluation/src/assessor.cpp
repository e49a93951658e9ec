#include "facepia/engine/assessor.hpp"

#include "facepia/engine/deployment.hpp"

namespace facepia::engine {

Factor AssessorContext::factor(std::string_view fact, std::string name, std::optional<dsl::Value> computed,
                               std::string source, std::string reasoning) const {
  Factor f;
  f.name = std::move(name);
  f.value = std::move(computed);
  f.source = std::move(source);
  f.reasoning = std::move(reasoning);
  if (overrides_ != nullptr) {
    for (const auto& o : *overrides_) {
      if (o.fact != fact) {
        continue;
      }
      if (auto it = o.factors.find(f.name); it != o.factors.end()) {
        f.value = it->second;
        f.overridden = true;
        f.justification = o.justification;
      }
    }
  }
  return f;
}

const Override* AssessorContext::value_override(std::string_view fact) const {
  if (overrides_ == nullptr) {
    return nullptr;
  }
  for (const auto& o : *overrides_) {
    if (o.fact == fact && o.value) {
      return &o;
    }
  }
  return nullptr;
}

std::string Assessors::identity() const {
  std::string out;
  for (const auto& assessor : list_) {
    out += assessor->name();
    out += ' ';
    out += assessor->version();
    out += '\n';
  }
  return out;
}

} // namespace facepia::engine
