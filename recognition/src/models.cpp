#include "facepia/recognition/models.hpp"

#include "sodium_support.hpp"

#include <array>
#include <cstdlib>
#include <fstream>
#include <sodium.h>
#include <sstream>
#include <stdexcept>

namespace facepia::recognition {

std::filesystem::path default_model_dir() {
  if (const char* dir = std::getenv("FACEPIA_MODEL_DIR"); dir != nullptr && *dir != '\0') {
    return dir;
  }
  std::filesystem::path cache;
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg != nullptr && *xdg != '\0') {
    cache = xdg;
  } else if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
    cache = std::filesystem::path(home) / ".cache";
  } else {
    cache = ".cache";
  }
  return cache / "facepia" / "models";
}

std::string sha256_file(const std::filesystem::path& path) {
  detail::init_sodium();
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw std::runtime_error("cannot read `" + path.string() + "`");
  }
  crypto_hash_sha256_state state;
  crypto_hash_sha256_init(&state);
  std::array<char, 1 << 16> buffer{};
  while (in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    const auto n = in.gcount();
    if (n > 0) {
      crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(buffer.data()),
                                static_cast<unsigned long long>(n));
    }
  }
  std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
  crypto_hash_sha256_final(&state, digest.data());
  return detail::to_hex(digest.data(), digest.size());
}

namespace {

void check_one(const std::filesystem::path& path, std::string_view expected, std::string_view fix,
               std::vector<std::string>& errors) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    errors.push_back("model missing: `" + path.string() + "`; fix: " + std::string(fix));
    return;
  }
  const std::string actual = sha256_file(path);
  if (actual != expected) {
    errors.push_back("model `" + path.string() + "` has sha256 " + actual + ", expected " +
                     std::string(expected) + "; fix: " + std::string(fix));
  }
}

} // namespace

Models check_models(const std::filesystem::path& model_dir, const std::filesystem::path& shape_predictor) {
  Models m;
  m.shape_predictor = shape_predictor;
  m.network = model_dir / network_file_name;
  try {
    check_one(m.shape_predictor, shape_predictor_sha256, "install libdlib-data (`scripts/setup`)", m.errors);
    check_one(m.network, network_sha256, "run `scripts/setup` (it fetches and converts the model)", m.errors);
    // The digest recorded at conversion must agree too: a mismatch means the cache was tampered with or is
    // stale.
    const auto recorded_path = std::filesystem::path(m.network.string() + ".sha256");
    if (m.errors.empty()) {
      std::ifstream in(recorded_path);
      std::string recorded;
      in >> recorded;
      if (recorded != network_sha256) {
        m.errors.push_back("model digest record `" + recorded_path.string() +
                           "` is missing or does not match; fix: run `scripts/setup`");
      }
    }
  } catch (const std::exception& e) {
    m.errors.push_back(std::string(e.what()) + "; fix: run `scripts/setup`");
  }
  return m;
}

} // namespace facepia::recognition
