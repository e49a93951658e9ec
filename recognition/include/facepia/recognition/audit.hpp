// The audit log's hash chain: each entry's hash is BLAKE2b (libsodium's crypto_generichash, 32 bytes) of the
// previous entry's hash followed by the entry's canonical form, so that an edited, deleted, inserted or
// reordered entry breaks the chain from that point on. Pure functions; the store (store.hpp) keeps the
// entries.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace facepia::recognition {

struct AuditEntry {
  std::int64_t seq = 0;      // 1, 2, 3, ... without gaps
  std::string at;            // UTC, ISO 8601
  std::string operation;     // enrol, verify, identify, erase, purge, consent, withdraw, refuse
  std::string subject;       // "" when none
  std::string purpose;       // the declared purpose of the operation
  std::string result;        // e.g. enrolled, match, no_match, identified, not_identified, erased, refused
  std::string detail;        // free text: distances, counts, the reason of a refusal
  std::string assessment_id; // the gate's assessment under which it ran
  std::string prev_hash;     // hex; 64 zeros for the first entry
  std::string hash;          // hex
};

inline const std::string audit_genesis_hash(64, '0');

// The canonical form that is hashed: a JSON array of every field but the hashes.
std::string audit_canonical(const AuditEntry& e);
// hex(BLAKE2b-256(prev_hash || canonical)).
std::string audit_hash(const std::string& prev_hash, const AuditEntry& e);

struct AuditCheck {
  bool ok = true;
  std::size_t entries = 0;
  std::optional<std::int64_t> first_bad_seq; // the first entry that does not verify
  std::string problem;                       // what is wrong there
};

// Verifies entries in stored order: sequence without gaps from 1, each prev_hash the hash before it, each
// hash recomputed.
AuditCheck verify_audit_chain(const std::vector<AuditEntry>& entries);

} // namespace facepia::recognition
