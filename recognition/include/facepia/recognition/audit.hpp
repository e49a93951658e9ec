// The audit log's keyed chain: each entry's MAC is keyed BLAKE2b (libsodium's crypto_generichash, 32 bytes,
// keyed with a subkey of the template key) of the previous entry's MAC followed by the entry's canonical
// form, so that an edited, deleted, inserted or reordered entry breaks the chain from that point on, and
// nobody without the key can rewrite the chain whole. A checkpoint (the number of entries and the head MAC,
// itself MACed) is kept outside the store, so that a truncated log, or an older copy of the store put back,
// is detected too. Pure functions; the store (store.hpp) keeps the entries and writes the checkpoint.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace facepia::recognition {

// A 256-bit key for a MAC (derived from the template key: TemplateKey::subkey).
using MacKey = std::array<unsigned char, 32>;

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
  std::string hash;          // hex: the entry's MAC
};

inline const std::string audit_genesis_hash(64, '0');

// The canonical form that is MACed: a JSON array of every field but the MACs.
std::string audit_canonical(const AuditEntry& e);
// hex(BLAKE2b-256 keyed with `key` (prev_hash || canonical)).
std::string audit_hash(const MacKey& key, const std::string& prev_hash, const AuditEntry& e);
// hex(BLAKE2b-256 keyed with `key` (text)): the MAC of a consent, a subject or a checkpoint.
std::string mac_hex(const MacKey& key, std::string_view text);

// The log's anchor outside the store: how many entries it held and the MAC of the last one, for one store.
struct AuditCheckpoint {
  std::int64_t count = 0;
  std::string head = audit_genesis_hash;
  std::string store_id; // the store's random id (meta.store_id): a checkpoint fits one store only
  std::string mac;
  std::string canonical() const; // what `mac` is over
};

struct AuditCheck {
  bool ok = true;
  std::size_t entries = 0;                   // in the log
  std::size_t walked = 0;                    // of them, MACs recomputed (all, or those since the checkpoint)
  std::optional<std::int64_t> first_bad_seq; // the first entry that does not verify
  std::string problem;                       // what is wrong there
  std::optional<std::int64_t> checkpoint_count; // the checkpoint checked against, when there was one
};

// Verifies entries in stored order: sequence without gaps from 1, each prev_hash the MAC before it, each MAC
// recomputed with `key`.
AuditCheck verify_audit_chain(const std::vector<AuditEntry>& entries, const MacKey& key);
// Then against the checkpoint: the log holds at least its entries and the one at its count has its head MAC
// (fewer entries: truncated, or an older copy restored; another MAC there: rewritten).
AuditCheck verify_audit_chain(const std::vector<AuditEntry>& entries, const MacKey& key,
                              const AuditCheckpoint& checkpoint);
// Incremental: the checkpoint vouches for entries 1..count (each checkpoint is written only after the
// entries since the one before were verified), so only the anchor entry (seq == count: present, the one
// recorded, its MAC right) and what follows it are checked, in time independent of the log's length. `tail`
// is the entries from seq == checkpoint.count on (from seq 1 when the count is 0), in stored order;
// `count_entries` counts the whole log, called only to report a missing anchor. Finds a truncated,
// rolled-back or rewritten log and any bad entry from the anchor on; an entry edited or removed before the
// anchor only the full check finds.
AuditCheck verify_audit_since(const std::vector<AuditEntry>& tail, const MacKey& key,
                              const AuditCheckpoint& checkpoint,
                              const std::function<std::int64_t()>& count_entries);

} // namespace facepia::recognition
