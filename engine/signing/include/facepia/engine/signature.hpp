// Signed assessments: `facepia assess --sign KEY` signs what the runtime relies on (Ed25519, libsodium), so
// that the runtime, given the public key, runs only what a holder of the secret key approved, under the rules
// and the date approved, without reading the assessment store. A row written into the store by hand, an
// assessment under other rules, or a signature under another key is refused.
//
// The signature file (by default the deployment's path with `.sig` appended) is JSON:
//   {"statement": "<the signed JSON text>", "signature": "<128 hex digits>"}
// and the statement holds the format, the key id, the assessment id (deployment, rules and engine), the
// deployment's name, the decision, the runtime conditions, the rules digest, the result of the rule packs'
// own tests, the as-of date and when it was signed.
#pragma once

#include "facepia/engine/engine.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace facepia::engine::signing {

struct KeyPair {
  std::string secret_hex; // 128 hex digits (libsodium's 64-byte Ed25519 secret key)
  std::string public_hex; // 64 hex digits
};
KeyPair generate_key_pair();
// The first 16 hex digits of a public key: names the key in a statement and in messages.
std::string key_id(const std::string& public_hex);

// Read from a file holding the hex digits on one line; throws std::runtime_error naming the file and the
// expected form.
std::string read_secret_key(const std::filesystem::path& file);
std::string read_public_key(const std::filesystem::path& file);
// The public half of a secret key.
std::string public_of(const std::string& secret_hex);

struct Statement {
  std::string key_id;
  std::string assessment_id;
  std::string deployment;              // its name
  std::string decision;                // allow, conditional, deny
  std::vector<std::string> conditions; // "key: value (rule)", in the assessment's order
  std::string rules_digest;
  std::string as_of; // YYYY-MM-DD
  std::size_t rule_tests_passed = 0;
  std::size_t rule_tests_failed = 0;
  std::string signed_at;
};

// The runtime conditions of an assessment, as a statement lists them.
std::vector<std::string> condition_lines(const Assessment& assessment);
// The statement of an assessment under an engine (rules digest from it), with the rule tests' result.
Statement statement_of(const Assessment& assessment, const Engine& engine, std::size_t tests_passed,
                       std::size_t tests_failed);

// The signature file's text.
std::string sign(const Statement& statement, const std::string& secret_hex);

struct Verified {
  bool ok = false;
  std::string problem; // why not
  Statement statement;
};
// Checks the signature file's text under the public key; nothing in it is trusted before that.
Verified verify(const std::string& file_text, const std::string& public_hex);

// Why the signed statement does not fit the assessment the runtime made (another deployment, rules, engine,
// decision, conditions or date; failed rule tests); nullopt when it fits.
std::optional<std::string> mismatch(const Statement& signed_statement, const Assessment& assessment,
                                    const Engine& engine);

} // namespace facepia::engine::signing
