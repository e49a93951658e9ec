#include "facepia/engine/facts.hpp"

#include "facepia/platform/digest.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <sstream>
#include <stdexcept>

namespace facepia::engine {

Vocabulary::Vocabulary(const dsl::Program& program) : facts_(program.facts), enums_(program.enums) {
  for (std::size_t i = 0; i < facts_.size(); ++i) {
    path_order_.push_back(i);
    const std::string& path = facts_[i].path;
    for (std::size_t dot = path.find('.'); dot != std::string::npos; dot = path.find('.', dot + 1)) {
      groups_.emplace(path.substr(0, dot), 0);
    }
  }
  std::size_t capacity = 16;
  while (capacity < 4 * facts_.size()) {
    capacity *= 2;
  }
  slots_.assign(capacity, 0);
  slot_mask_ = capacity - 1;
  for (std::size_t i = 0; i < facts_.size(); ++i) {
    std::uint64_t at = hash(facts_[i].path) & slot_mask_;
    while (slots_[at] != 0) {
      if (facts_[slots_[at] - 1].path == facts_[i].path) {
        break; // declared twice (the checker reports it): the first one wins
      }
      at = (at + 1) & slot_mask_;
    }
    if (slots_[at] == 0) {
      slots_[at] = static_cast<std::uint32_t>(i + 1);
    }
  }
  std::sort(path_order_.begin(), path_order_.end(),
            [this](std::size_t a, std::size_t b) { return facts_[a].path < facts_[b].path; });
}

std::uint64_t Vocabulary::hash(std::string_view path) {
  std::uint64_t h = 14695981039346656037ULL;
  for (char c : path) {
    h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
  }
  return h;
}

std::optional<std::size_t> Vocabulary::index(std::string_view path) const {
  if (slots_.empty()) {
    return std::nullopt;
  }
  for (std::uint64_t at = hash(path) & slot_mask_; slots_[at] != 0; at = (at + 1) & slot_mask_) {
    const std::size_t candidate = slots_[at] - 1U;
    if (facts_[candidate].path == path) {
      return candidate;
    }
  }
  return std::nullopt;
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

Facts::Facts(std::shared_ptr<const Vocabulary> vocabulary) : vocabulary_(std::move(vocabulary)) {}

const dsl::Value* Facts::get(std::string_view path) const {
  auto index = vocabulary_->index(path);
  return index ? get(*index) : nullptr;
}

void Facts::make_own_layer() {
  if (own_state_.empty()) {
    own_state_.assign(size(), Layer::shared);
    own_.resize(size());
  }
}

void Facts::set(std::size_t index, dsl::Value value) {
  make_own_layer();
  own_[index] = std::move(value);
  own_state_[index] = Layer::own;
}

bool Facts::set(std::string_view path, dsl::Value value) {
  auto index = vocabulary_->index(path);
  if (!index) {
    return false;
  }
  set(*index, std::move(value));
  return true;
}

void Facts::clear(std::size_t index) {
  make_own_layer();
  own_state_[index] = Layer::cleared;
  own_[index] = false; // frees what it held
}

std::string Facts::canonical() const {
  std::string out;
  if (size() == 0) {
    return out;
  }
  // In the order of the paths. Hashed once per loaded deployment (freeze()), not at every assessment.
  for (std::size_t index : vocabulary_->by_path_order()) {
    if (const dsl::Value* value = get(index)) {
      out += vocabulary_->fact(index).path;
      out += '=';
      out += dsl::canonical_value(*value);
      out += '\n';
    }
  }
  return out;
}

std::string Facts::digest() const {
  if (own_state_.empty() && shared_ != nullptr) {
    return shared_->digest; // only freeze() makes a shared layer, and it hashes it
  }
  return platform::sha256_hex(canonical());
}

std::size_t Facts::known() const {
  std::size_t n = 0;
  for (std::size_t i = 0; i < size(); ++i) {
    if (get(i) != nullptr) {
      ++n;
    }
  }
  return n;
}

void Facts::freeze() {
  if (own_state_.empty()) {
    return;
  }
  if (size() > std::numeric_limits<std::uint16_t>::max()) {
    throw std::length_error("a vocabulary of more than 65,535 facts");
  }
  auto merged = std::make_shared<SharedLayer>();
  merged->slot.assign(size(), 0);
  merged->values.reserve(known());
  for (std::size_t i = 0; i < size(); ++i) {
    if (own_state_[i] == Layer::own) {
      merged->values.push_back(std::move(own_[i]));
    } else if (const dsl::Value* value = get(i)) {
      merged->values.push_back(*value); // the old shared layer may have other readers: copied
    } else {
      continue;
    }
    merged->slot[i] = static_cast<std::uint16_t>(merged->values.size());
  }
  own_state_.clear();
  own_state_.shrink_to_fit();
  own_.clear();
  own_.shrink_to_fit();
  shared_ = merged;
  merged->digest = platform::sha256_hex(canonical()); // of the layer just made, before any copy can read it
}

} // namespace facepia::engine
