// "Did you mean": the nearest name to a misspelt one, for the rules' diagnostics and the deployments'.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace facepia::dsl {

// The candidate nearest to `word` by edit distance (a transposition of two neighbours counts as one edit),
// when it is near enough to be a likely misspelling; never `word` itself.
std::optional<std::string> did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

} // namespace facepia::dsl
