#include "facepia/dsl/suggest.hpp"

#include <algorithm>

namespace facepia::dsl {
namespace {

// The optimal string alignment distance: insertions, deletions, substitutions and transpositions of two
// neighbours each cost 1, so that `GPDR` is one edit from `GDPR`.
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) {
    d[i][0] = i;
  }
  for (std::size_t j = 0; j <= b.size(); ++j) {
    d[0][j] = j;
  }
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.size()][b.size()];
}

} // namespace

std::optional<std::string> did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  const std::string* best = nullptr;
  std::size_t best_distance = 0;
  for (const std::string& candidate : candidates) {
    // Cheap bound first: lengths that differ by more than the threshold cannot be near.
    const std::size_t threshold = std::max<std::size_t>(1, (std::max(word.size(), candidate.size()) + 2) / 4);
    const std::size_t length_gap =
        word.size() > candidate.size() ? word.size() - candidate.size() : candidate.size() - word.size();
    if (length_gap > threshold || candidate == word) {
      continue;
    }
    const std::size_t distance = edit_distance(word, candidate);
    if (distance <= threshold && (best == nullptr || distance < best_distance)) {
      best = &candidate;
      best_distance = distance;
    }
  }
  return best != nullptr ? std::optional<std::string>(*best) : std::nullopt;
}

} // namespace facepia::dsl
