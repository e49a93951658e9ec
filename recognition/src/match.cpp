#include "facepia/recognition/match.hpp"

#include <cmath>
#include <limits>

namespace facepia::recognition {
namespace {

// Squared distance with eight independent partial sums, which the compiler turns into vector lanes.
inline float squared_distance(const float* a, const float* b) {
  float acc[8] = {0, 0, 0, 0, 0, 0, 0, 0};
  for (std::size_t i = 0; i < template_size; i += 8) {
    for (std::size_t j = 0; j < 8; ++j) {
      const float d = a[i + j] - b[i + j];
      acc[j] += d * d;
    }
  }
  return ((acc[0] + acc[1]) + (acc[2] + acc[3])) + ((acc[4] + acc[5]) + (acc[6] + acc[7]));
}

} // namespace

double distance(const Template& a, const Template& b) {
  return std::sqrt(static_cast<double>(squared_distance(a.data(), b.data())));
}

void Gallery::reserve(std::size_t n) {
  data_.reserve(n * template_size);
  entries_.reserve(n);
}

void Gallery::add(std::int64_t template_id, std::string subject, const Template& t) {
  data_.insert(data_.end(), t.begin(), t.end());
  entries_.push_back({template_id, std::move(subject)});
}

std::optional<Gallery::Match> Gallery::nearest(const Template& probe) const {
  if (entries_.empty()) {
    return std::nullopt;
  }
  float best = std::numeric_limits<float>::infinity();
  std::size_t best_i = 0;
  const float* row = data_.data();
  for (std::size_t i = 0; i < entries_.size(); ++i, row += template_size) {
    const float d = squared_distance(probe.data(), row);
    if (d < best) {
      best = d;
      best_i = i;
    }
  }
  return Match{entries_[best_i].template_id, entries_[best_i].subject, std::sqrt(static_cast<double>(best))};
}

std::optional<Gallery::Match> Gallery::identify(const Template& probe, double threshold) const {
  auto m = nearest(probe);
  if (m && m->distance < threshold) {
    return m;
  }
  return std::nullopt;
}

} // namespace facepia::recognition
