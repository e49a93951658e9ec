// Text placed in HTML (reports, the studio's pages, the packs' documentation): one escaping for all of them.
#pragma once

#include <string>
#include <string_view>

namespace facepia::platform {

// `&`, `<`, `>`, `"` and `'` as character references, so that text is safe in content and in quoted
// attributes.
std::string escape_html(std::string_view text);

} // namespace facepia::platform
