// Typed reads of an assessment's facts, unknown as nullopt. Internal to reports/.
#pragma once

#include "document.hpp"
#include "facepia/engine/engine.hpp"
#include "facepia/engine/facts.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace facepia::reports::detail {

class FactsView {
public:
  explicit FactsView(const engine::Assessment& assessment, Lang lang = Lang::en)
      : a_(assessment), lang_(lang) {}

  const dsl::Value* value(std::string_view path) const {
    if (a_.facts.size() == 0) {
      return nullptr;
    }
    return a_.facts.get(path);
  }
  std::optional<std::string> text(std::string_view path) const {
    const auto* v = value(path);
    return v ? std::optional<std::string>(value_text(lang_, *v, enum_of(path))) : std::nullopt;
  }
  std::optional<bool> flag(std::string_view path) const {
    const auto* b = a_.facts.get_as<bool>(path);
    return b != nullptr ? std::optional<bool>(*b) : std::nullopt;
  }
  std::optional<std::string> enumeration(std::string_view path) const {
    const auto* e = a_.facts.get_as<dsl::EnumValue>(path);
    return e != nullptr ? std::optional<std::string>(e->name) : std::nullopt;
  }
  std::optional<dsl::EnumSet> set(std::string_view path) const {
    const auto* s = a_.facts.get_as<dsl::EnumSet>(path);
    return s != nullptr ? std::optional<dsl::EnumSet>(*s) : std::nullopt;
  }
  std::optional<double> number(std::string_view path) const {
    const auto* q = a_.facts.get_as<dsl::Quantity>(path);
    return q != nullptr ? std::optional<double>(q->value) : std::nullopt;
  }
  // True when the set is stated and holds `item`; nullopt when the set is unknown.
  std::optional<bool> has(std::string_view path, std::string_view item) const {
    auto s = set(path);
    if (!s) {
      return std::nullopt;
    }
    return s->count(std::string(item)) > 0;
  }
  // The enum a fact's values come from, for their labels; nullptr for a fact of another type.
  const dsl::EnumDecl* enum_of(std::string_view path) const {
    const auto* decl = declaration(path);
    if (decl == nullptr ||
        (decl->type.kind != dsl::TypeKind::enumeration && decl->type.kind != dsl::TypeKind::set_of_enum)) {
      return nullptr;
    }
    return a_.facts.vocabulary().find_enum(decl->type.enum_name);
  }
  // The fact's label in the report's language as the vocabulary declares it (`label`, `label_zh`); empty
  // when it declares none.
  std::string label(std::string_view path) const {
    const auto* decl = declaration(path);
    return decl == nullptr ? std::string() : decl->label.in(lang_ == Lang::zh);
  }
  const dsl::FactDecl* declaration(std::string_view path) const {
    if (a_.facts.size() == 0) {
      return nullptr;
    }
    auto i = a_.facts.vocabulary().index(path);
    return i ? &a_.facts.vocabulary().fact(*i) : nullptr;
  }
  // The fact's meaning as the vocabulary declares it; empty when it is not declared.
  std::string meaning(std::string_view path) const {
    if (a_.facts.size() == 0) {
      return {};
    }
    auto i = a_.facts.vocabulary().index(path);
    return i ? a_.facts.vocabulary().fact(*i).meaning : std::string();
  }
  // A derived fact's value from the assessors (or an override).
  const engine::DerivedValue* derived(std::string_view fact) const {
    for (const auto& d : a_.derived) {
      if (d.fact == fact) {
        return &d;
      }
    }
    return nullptr;
  }
  std::optional<bool> derived_flag(std::string_view fact) const {
    if (const auto* d = derived(fact); d && d->value && std::holds_alternative<bool>(*d->value)) {
      return std::get<bool>(*d->value);
    }
    return flag(fact);
  }

private:
  const engine::Assessment& a_;
  Lang lang_;
};

} // namespace facepia::reports::detail
