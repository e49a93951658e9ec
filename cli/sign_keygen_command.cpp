// facepia sign-keygen --out KEY : an Ed25519 key pair for signing assessments (`facepia assess --sign KEY`):
// KEY holds the secret key (mode 0600), KEY.pub the public key the runtime is given (`--verify-key`).
#include "commands.hpp"
#include "facepia/engine/signature.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace facepia::cli {
namespace {

// Created, never overwritten, never through a symbolic link.
bool create_file(const std::string& path, const std::string& text, mode_t mode, std::string& error) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
  if (fd < 0) {
    error = errno == EEXIST ? "`" + path + "` exists: a key is never overwritten"
                            : "cannot create `" + path + "`: " + std::strerror(errno);
    return false;
  }
  const bool ok = ::fchmod(fd, mode) == 0 &&
                  ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) &&
                  ::fsync(fd) == 0;
  ::close(fd);
  if (!ok) {
    error = "cannot write `" + path + "`";
    ::unlink(path.c_str());
  }
  return ok;
}

int run_sign_keygen(const std::string& out) {
  const std::string pub = out + ".pub";
  std::error_code ec;
  if (std::filesystem::symlink_status(pub, ec).type() != std::filesystem::file_type::not_found) {
    std::cerr << "error: `" << pub << "` exists: a key is never overwritten\n";
    return 2;
  }
  auto pair = engine::signing::generate_key_pair();
  std::string error;
  const bool ok = create_file(out, pair.secret_hex + "\n", 0600, error);
  std::fill(pair.secret_hex.begin(), pair.secret_hex.end(), '\0');
  if (!ok) {
    std::cerr << "error: " << error << "\n";
    return 2;
  }
  if (!create_file(pub, pair.public_hex + "\n", 0644, error)) {
    ::unlink(out.c_str());
    std::cerr << "error: " << error << "\n";
    return 2;
  }
  std::cout << "wrote the signing key `" << out << "` (mode 0600; keep it off the machines that run the "
            << "gate) and its public key `" << pub << "` (key id " << engine::signing::key_id(pair.public_hex)
            << "; give it to the runtime with --verify-key)\n";
  return 0;
}

const CommandRegistration registration{
    55, [](CLI::App& app) -> std::function<int()> {
      auto out = std::make_shared<std::string>();
      auto* sub = app.add_subcommand("sign-keygen", "write a new Ed25519 key pair for signing assessments");
      sub->footer(
          "KEY holds the secret key (mode 0600), KEY.pub the public key. Sign with `facepia assess "
          "--sign KEY`;\n"
          "give KEY.pub to the runtime (`facepia face ... --verify-key KEY.pub`). Neither file is ever "
          "overwritten.");
      sub->add_option("--out,-o", *out, "the secret key file to create (KEY.pub beside it)")->required();
      return [out] { return run_sign_keygen(*out); };
    }};

} // namespace
} // namespace facepia::cli
