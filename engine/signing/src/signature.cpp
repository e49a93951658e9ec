#include "facepia/engine/signature.hpp"

#include "facepia/platform/clock.hpp"

#include <array>
#include <ctime>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sodium.h>
#include <stdexcept>

namespace facepia::engine::signing {
namespace {

constexpr std::string_view statement_format = "facepia-signed-assessment-v1";

void init_sodium() {
  if (sodium_init() < 0) {
    throw std::runtime_error("libsodium failed to initialise");
  }
}

std::string to_hex(const unsigned char* p, std::size_t n) {
  std::string out(n * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), p, n);
  out.pop_back();
  return out;
}

// nullopt unless `hex` is exactly `bytes` bytes of hex digits.
std::optional<std::vector<unsigned char>> from_hex(std::string_view hex, std::size_t bytes) {
  std::vector<unsigned char> out(bytes);
  std::size_t len = 0;
  if (hex.size() != bytes * 2 ||
      sodium_hex2bin(out.data(), out.size(), hex.data(), hex.size(), nullptr, &len, nullptr) != 0 ||
      len != bytes) {
    return std::nullopt;
  }
  return out;
}

std::string read_line(const std::filesystem::path& file, std::string_view what) {
  std::ifstream in(file);
  if (!in) {
    throw std::runtime_error("cannot read the " + std::string(what) + " `" + file.string() + "`");
  }
  std::string line;
  std::getline(in, line);
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) {
    line.pop_back();
  }
  return line;
}

nlohmann::json to_json(const Statement& s) {
  return {{"format", statement_format},
          {"key_id", s.key_id},
          {"assessment_id", s.assessment_id},
          {"deployment", s.deployment},
          {"decision", s.decision},
          {"conditions", s.conditions},
          {"rules_digest", s.rules_digest},
          {"as_of", s.as_of},
          {"rule_tests", {{"passed", s.rule_tests_passed}, {"failed", s.rule_tests_failed}}},
          {"signed_at", s.signed_at}};
}

Statement from_json(const nlohmann::json& j) {
  if (j.at("format").get<std::string>() != statement_format) {
    throw std::runtime_error("not a " + std::string(statement_format) + " statement");
  }
  Statement s;
  s.key_id = j.at("key_id").get<std::string>();
  s.assessment_id = j.at("assessment_id").get<std::string>();
  s.deployment = j.at("deployment").get<std::string>();
  s.decision = j.at("decision").get<std::string>();
  s.conditions = j.at("conditions").get<std::vector<std::string>>();
  s.rules_digest = j.at("rules_digest").get<std::string>();
  s.as_of = j.at("as_of").get<std::string>();
  s.rule_tests_passed = j.at("rule_tests").at("passed").get<std::size_t>();
  s.rule_tests_failed = j.at("rule_tests").at("failed").get<std::size_t>();
  s.signed_at = j.at("signed_at").get<std::string>();
  return s;
}

} // namespace

KeyPair generate_key_pair() {
  init_sodium();
  std::array<unsigned char, crypto_sign_PUBLICKEYBYTES> pk{};
  std::array<unsigned char, crypto_sign_SECRETKEYBYTES> sk{};
  crypto_sign_keypair(pk.data(), sk.data());
  KeyPair pair{to_hex(sk.data(), sk.size()), to_hex(pk.data(), pk.size())};
  sodium_memzero(sk.data(), sk.size());
  return pair;
}

std::string key_id(const std::string& public_hex) {
  return public_hex.substr(0, 16);
}

std::string read_secret_key(const std::filesystem::path& file) {
  init_sodium();
  auto hex = read_line(file, "signing key");
  if (!from_hex(hex, crypto_sign_SECRETKEYBYTES)) {
    sodium_memzero(hex.data(), hex.size());
    throw std::runtime_error("the signing key `" + file.string() + "` must hold " +
                             std::to_string(crypto_sign_SECRETKEYBYTES * 2) +
                             " hex digits (an Ed25519 secret key from `facepia sign-keygen`)");
  }
  return hex;
}

std::string read_public_key(const std::filesystem::path& file) {
  init_sodium();
  auto hex = read_line(file, "public key");
  if (!from_hex(hex, crypto_sign_PUBLICKEYBYTES)) {
    throw std::runtime_error("the public key `" + file.string() + "` must hold " +
                             std::to_string(crypto_sign_PUBLICKEYBYTES * 2) +
                             " hex digits (the .pub file `facepia sign-keygen` writes)");
  }
  return hex;
}

std::string public_of(const std::string& secret_hex) {
  init_sodium();
  auto sk = from_hex(secret_hex, crypto_sign_SECRETKEYBYTES);
  if (!sk) {
    throw std::runtime_error("not an Ed25519 secret key");
  }
  std::array<unsigned char, crypto_sign_PUBLICKEYBYTES> pk{};
  crypto_sign_ed25519_sk_to_pk(pk.data(), sk->data());
  sodium_memzero(sk->data(), sk->size());
  return to_hex(pk.data(), pk.size());
}

std::vector<std::string> condition_lines(const Assessment& assessment) {
  std::vector<std::string> out;
  for (const auto& c : assessment.conditions) {
    std::string line = c.condition->key;
    if (c.condition->value) {
      line += ": " + dsl::format_value(*c.condition->value);
    }
    out.push_back(line + " (" + c.rule->id + ")");
  }
  return out;
}

Statement statement_of(const Assessment& assessment, const Engine& engine, std::size_t tests_passed,
                       std::size_t tests_failed) {
  Statement s;
  s.assessment_id = assessment.id;
  s.deployment = assessment.deployment_name;
  s.decision = std::string(dsl::to_string(assessment.decision));
  s.conditions = condition_lines(assessment);
  s.rules_digest = engine.rules_digest();
  s.as_of = assessment.as_of.iso();
  s.rule_tests_passed = tests_passed;
  s.rule_tests_failed = tests_failed;
  s.signed_at = platform::utc_now();
  return s;
}

std::string sign(const Statement& statement, const std::string& secret_hex) {
  init_sodium();
  auto sk = from_hex(secret_hex, crypto_sign_SECRETKEYBYTES);
  if (!sk) {
    throw std::runtime_error("not an Ed25519 secret key");
  }
  Statement s = statement;
  s.key_id = key_id(public_of(secret_hex));
  const std::string text = to_json(s).dump();
  std::array<unsigned char, crypto_sign_BYTES> sig{};
  crypto_sign_detached(sig.data(), nullptr, reinterpret_cast<const unsigned char*>(text.data()), text.size(),
                       sk->data());
  sodium_memzero(sk->data(), sk->size());
  return nlohmann::json{{"statement", text}, {"signature", to_hex(sig.data(), sig.size())}}.dump(2) + "\n";
}

Verified verify(const std::string& file_text, const std::string& public_hex) {
  init_sodium();
  Verified v;
  const auto pk = from_hex(public_hex, crypto_sign_PUBLICKEYBYTES);
  if (!pk) {
    v.problem = "the public key is not 64 hex digits";
    return v;
  }
  std::string text;
  std::optional<std::vector<unsigned char>> sig;
  try {
    const auto j = nlohmann::json::parse(file_text);
    text = j.at("statement").get<std::string>();
    sig = from_hex(j.at("signature").get<std::string>(), crypto_sign_BYTES);
  } catch (const std::exception&) {
    v.problem = "it is not a signed assessment (JSON with `statement` and `signature`)";
    return v;
  }
  if (!sig || crypto_sign_verify_detached(sig->data(), reinterpret_cast<const unsigned char*>(text.data()),
                                          text.size(), pk->data()) != 0) {
    v.problem = "the signature does not verify under the public key " + key_id(public_hex) +
                ": it was altered, or signed with another key";
    return v;
  }
  try {
    v.statement = from_json(nlohmann::json::parse(text));
  } catch (const std::exception& e) {
    v.problem = std::string("the signed statement is not readable: ") + e.what();
    return v;
  }
  v.ok = true;
  return v;
}

std::optional<std::string> mismatch(const Statement& s, const Assessment& assessment, const Engine& engine) {
  if (s.rule_tests_failed > 0) {
    return "it was signed with " + std::to_string(s.rule_tests_failed) + " rule tests failing";
  }
  if (s.rules_digest != engine.rules_digest()) {
    return "it was signed under other rules (digest " + s.rules_digest.substr(0, 12) + ", these are " +
           engine.rules_digest().substr(0, 12) + ")";
  }
  if (s.assessment_id != assessment.id) {
    return "it was signed for assessment " + s.assessment_id.substr(0, 12) + ", and this one is " +
           assessment.id.substr(0, 12) + ": the deployment, the rules or the engine changed";
  }
  if (s.as_of != assessment.as_of.iso()) {
    return "it was signed as of " + s.as_of + ", not " + assessment.as_of.iso();
  }
  if (s.decision != dsl::to_string(assessment.decision)) {
    return "it was signed with the decision " + s.decision + ", and the rules now decide " +
           std::string(dsl::to_string(assessment.decision));
  }
  if (s.conditions != condition_lines(assessment)) {
    return "it was signed with other runtime conditions";
  }
  return std::nullopt;
}

} // namespace facepia::engine::signing
