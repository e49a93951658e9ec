// The studio's own words in English and Chinese. The vocabulary's meanings and the rules' findings are shown
// as the rule packs write them.
#pragma once

#include <string_view>

namespace facepia::studio {

enum class Lang { en, zh };

// The text for `key` in `lang`; the key itself when it has none (so a missing entry shows, never crashes).
std::string_view tr(Lang lang, std::string_view key);

} // namespace facepia::studio
