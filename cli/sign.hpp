// `facepia assess --sign KEY`: the rule packs' own tests (`facepia test`) must pass, then each assessment is
// signed (engine/signature.hpp) into a file beside its deployment, DEPLOYMENT.sig, written whole or not at
// all.
#pragma once

#include "facepia/engine/deployment.hpp"
#include "facepia/engine/engine.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace facepia::cli {

class AssessmentSigner {
public:
  // Reads the secret key and runs `facepia test RULES_DIR`; nullopt with the reason in `error` when the key
  // is not usable, a rule test fails, or a file holds more than one deployment (the runtime reads one per
  // file).
  static std::optional<AssessmentSigner> prepare(const std::filesystem::path& key_file,
                                                 const std::filesystem::path& rules_dir,
                                                 const engine::DeploymentLoad& load, std::string& error);
  AssessmentSigner(AssessmentSigner&&) noexcept = default;
  AssessmentSigner& operator=(AssessmentSigner&&) noexcept = default;
  ~AssessmentSigner();

  void add(const engine::Assessment& assessment, const engine::Engine& engine);
  // Writes every signature file; false with the reason in `error`.
  bool write(std::string& error) const;
  const std::string& key_id() const { return key_id_; }

private:
  AssessmentSigner() = default;
  std::string secret_;
  std::string key_id_;
  std::size_t tests_passed_ = 0;
  std::vector<std::pair<std::filesystem::path, std::string>> files_;
};

} // namespace facepia::cli
