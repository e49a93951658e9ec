// Digests: sha256 for the assessment ids, the rules' and the deployments' fingerprints.
#pragma once

#include <string>
#include <string_view>

namespace facepia::platform {

// sha256 of bytes, in lower-case hex (OpenSSL: the CPU's SHA instructions where there are some).
std::string sha256_hex(std::string_view bytes);

} // namespace facepia::platform
