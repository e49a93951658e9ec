// Facts about one deployment, indexed by the vocabulary the rules declare. A fact that is not known is
// absent: unknown, never false.
#pragma once

#include "facepia/dsl/model.hpp"

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace facepia::engine {

// The declared facts of a rule load, each with a dense index.
class Vocabulary {
public:
  Vocabulary() = default;
  explicit Vocabulary(const dsl::Program& program);
  std::size_t size() const { return facts_.size(); }
  std::optional<std::size_t> index(std::string_view path) const;
  const dsl::FactDecl& fact(std::size_t index) const { return facts_[index]; }
  const std::vector<dsl::FactDecl>& facts() const { return facts_; }
  // True when `prefix` is a group of facts: some fact path starts with `prefix.`.
  bool is_group(std::string_view prefix) const;
  const dsl::EnumDecl* find_enum(std::string_view name) const;

private:
  std::vector<dsl::FactDecl> facts_;
  std::vector<dsl::EnumDecl> enums_;
  std::map<std::string, std::size_t, std::less<>> by_path_;
  std::map<std::string, int, std::less<>> groups_;
};

class Facts {
public:
  Facts() = default;
  explicit Facts(std::shared_ptr<const Vocabulary> vocabulary);
  const Vocabulary& vocabulary() const { return *vocabulary_; }
  const dsl::Value* get(std::size_t index) const { return values_[index] ? &*values_[index] : nullptr; }
  const dsl::Value* get(std::string_view path) const;
  void set(std::size_t index, dsl::Value value) { values_[index] = std::move(value); }
  bool set(std::string_view path, dsl::Value value); // false when the path is not declared
  void clear(std::size_t index) { values_[index].reset(); }
  std::size_t size() const { return values_.size(); }

private:
  std::shared_ptr<const Vocabulary> vocabulary_;
  std::vector<std::optional<dsl::Value>> values_;
};

// A value as a person reads it: `true`, `22 persons`, `2019-08-20`, `school`, `{attendance, security}`.
std::string format_value(const dsl::Value& value);
// A value as YAML or a test `given` would write it, canonical for hashing.
std::string canonical_value(const dsl::Value& value);

} // namespace facepia::engine
