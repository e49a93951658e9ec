// Facts about one deployment, indexed by the vocabulary the rules declare. A fact that is not known is
// absent: unknown, never false.
#pragma once

#include "facepia/dsl/model.hpp"
#include "facepia/dsl/print.hpp"

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace facepia::engine {

// The declared facts of a rule load, each with a dense index. Always held by a std::shared_ptr (the facts of
// a deployment keep their vocabulary alive).
class Vocabulary : public std::enable_shared_from_this<Vocabulary> {
public:
  Vocabulary() = default;
  explicit Vocabulary(const dsl::Program& program);
  std::size_t size() const { return facts_.size(); }
  std::optional<std::size_t> index(std::string_view path) const;
  const dsl::FactDecl& fact(std::size_t index) const { return facts_[index]; }
  const std::vector<dsl::FactDecl>& facts() const { return facts_; }
  // The fact indices in the order of their paths: the canonical order of a deployment's facts.
  const std::vector<std::size_t>& by_path_order() const { return path_order_; }
  // True when `prefix` is a group of facts: some fact path starts with `prefix.`.
  bool is_group(std::string_view prefix) const;
  const dsl::EnumDecl* find_enum(std::string_view name) const;

private:
  std::vector<dsl::FactDecl> facts_;
  std::vector<dsl::EnumDecl> enums_;
  // Open addressing over the paths (FNV-1a, linear probing): the assessors look facts up by path a few
  // hundred times per assessment. Each slot holds a fact index + 1, 0 when empty.
  static std::uint64_t hash(std::string_view path);
  std::vector<std::uint32_t> slots_;
  std::uint64_t slot_mask_ = 0;
  std::vector<std::size_t> path_order_;
  std::map<std::string, int, std::less<>> groups_;
};

// The known values of the facts of one vocabulary, by index.
//
// Values come in two layers: a shared one, which copies of a frozen Facts read without copying it (a
// deployment's stated facts, read by every assessment of it), and this object's own, which hides the shared
// one where it was set or cleared (the assessors' derived facts, a test's `given`).
class Facts {
public:
  Facts() = default;
  explicit Facts(std::shared_ptr<const Vocabulary> vocabulary);
  const Vocabulary& vocabulary() const { return *vocabulary_; }
  const std::shared_ptr<const Vocabulary>& vocabulary_ptr() const { return vocabulary_; }
  const dsl::Value* get(std::size_t index) const {
    if (!own_state_.empty() && own_state_[index] != Layer::shared) {
      return own_state_[index] == Layer::own ? &own_[index] : nullptr;
    }
    if (shared_ == nullptr) {
      return nullptr;
    }
    const std::uint16_t slot = shared_->slot[index];
    return slot != 0 ? &shared_->values[slot - 1U] : nullptr;
  }
  const dsl::Value* get(std::string_view path) const;
  // The value of `path` when it is known and of type T (bool, dsl::Quantity, dsl::Date, std::string,
  // dsl::EnumValue, dsl::EnumSet); null when unknown, undeclared or of another type.
  template <class T> const T* get_as(std::string_view path) const {
    const dsl::Value* value = size() == 0 ? nullptr : get(path);
    return value != nullptr ? std::get_if<T>(value) : nullptr;
  }
  void set(std::size_t index, dsl::Value value);
  bool set(std::string_view path, dsl::Value value); // false when the path is not declared
  void clear(std::size_t index);
  std::size_t size() const { return vocabulary_ ? vocabulary_->size() : 0; }
  // The number of facts known.
  std::size_t known() const;
  // Every known fact as `path=value` lines in the order of the paths: the same facts give the same text.
  std::string canonical() const;
  // sha256 of canonical(); a frozen Facts computed it once, when it was frozen.
  std::string digest() const;
  // Moves this object's own values into a new shared layer, so that copies of it share them.
  void freeze();

private:
  enum class Layer : std::uint8_t { shared, own, cleared };
  // Compact, as thousands of deployments may be held at once: only the known values, and per fact its
  // value's position + 1 (0: unknown).
  struct SharedLayer {
    std::vector<std::uint16_t> slot;
    std::vector<dsl::Value> values;
    std::string digest; // of these values alone
  };
  void make_own_layer();
  std::shared_ptr<const Vocabulary> vocabulary_;
  std::shared_ptr<const SharedLayer> shared_;
  std::vector<Layer> own_state_; // empty until something is set or cleared here
  std::vector<dsl::Value> own_;  // valid where own_state_ is Layer::own
};

} // namespace facepia::engine
