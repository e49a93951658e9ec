// Matching templates: 1:1 verification and 1:N identification by Euclidean distance. No dlib, no I/O.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace facepia::recognition {

inline constexpr std::size_t template_size = 128;
using Template = std::array<float, template_size>;

// dlib's ResNet was trained so that two faces of one person lie closer than 0.6.
inline constexpr double default_threshold = 0.6;

double distance(const Template& a, const Template& b);
inline bool same_person(const Template& a, const Template& b, double threshold = default_threshold) {
  return distance(a, b) < threshold;
}

// An in-memory gallery for 1:N identification: templates back to back, so that a search is one linear pass.
class Gallery {
public:
  struct Entry {
    std::int64_t template_id = 0;
    std::string subject;
  };
  struct Match {
    std::int64_t template_id = 0;
    std::string subject;
    double distance = 0;
  };

  void reserve(std::size_t n);
  void add(std::int64_t template_id, std::string subject, const Template& t);
  std::size_t size() const { return entries_.size(); }
  // The nearest template; nullopt when the gallery is empty.
  std::optional<Match> nearest(const Template& probe) const;
  // The nearest template when it is closer than `threshold`.
  std::optional<Match> identify(const Template& probe, double threshold = default_threshold) const;

private:
  std::vector<float> data_;
  std::vector<Entry> entries_;
};

} // namespace facepia::recognition
