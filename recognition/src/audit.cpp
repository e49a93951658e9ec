#include "facepia/recognition/audit.hpp"

#include <array>
#include <nlohmann/json.hpp>
#include <sodium.h>
#include <stdexcept>

namespace facepia::recognition {

std::string audit_canonical(const AuditEntry& e) {
  const nlohmann::json row = nlohmann::json::array(
      {e.seq, e.at, e.operation, e.subject, e.purpose, e.result, e.detail, e.assessment_id});
  return row.dump();
}

std::string audit_hash(const std::string& prev_hash, const AuditEntry& e) {
  if (sodium_init() < 0) {
    throw std::runtime_error("libsodium failed to initialise");
  }
  const std::string canonical = audit_canonical(e);
  crypto_generichash_state state;
  std::array<unsigned char, crypto_generichash_BYTES> digest{};
  crypto_generichash_init(&state, nullptr, 0, digest.size());
  crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(prev_hash.data()),
                            prev_hash.size());
  crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(canonical.data()),
                            canonical.size());
  crypto_generichash_final(&state, digest.data(), digest.size());
  std::array<char, crypto_generichash_BYTES * 2 + 1> hex{};
  sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
  return std::string(hex.data());
}

AuditCheck verify_audit_chain(const std::vector<AuditEntry>& entries) {
  AuditCheck check;
  check.entries = entries.size();
  std::string prev = audit_genesis_hash;
  std::int64_t expected_seq = 1;
  for (const auto& e : entries) {
    auto fail = [&](std::string problem) {
      check.ok = false;
      check.first_bad_seq = e.seq;
      check.problem = std::move(problem);
      return check;
    };
    if (e.seq != expected_seq) {
      return fail("entry " + std::to_string(e.seq) + " follows entry " + std::to_string(expected_seq - 1) +
                  ": entries are missing or reordered");
    }
    if (e.prev_hash != prev) {
      return fail("entry " + std::to_string(e.seq) + " does not link to the entry before it");
    }
    if (audit_hash(prev, e) != e.hash) {
      return fail("entry " + std::to_string(e.seq) + " was altered: its hash does not match its content");
    }
    prev = e.hash;
    ++expected_seq;
  }
  return check;
}

} // namespace facepia::recognition
