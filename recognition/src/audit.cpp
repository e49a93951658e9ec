#include "facepia/recognition/audit.hpp"

#include "sodium_support.hpp"

#include <algorithm>
#include <functional>
#include <nlohmann/json.hpp>
#include <sodium.h>
#include <stdexcept>

namespace facepia::recognition {

using detail::init_sodium;
using detail::to_hex;

std::string audit_canonical(const AuditEntry& e) {
  const nlohmann::json row = nlohmann::json::array(
      {e.seq, e.at, e.operation, e.subject, e.purpose, e.result, e.detail, e.assessment_id});
  return row.dump();
}

std::string audit_hash(const MacKey& key, const std::string& prev_hash, const AuditEntry& e) {
  init_sodium();
  const std::string canonical = audit_canonical(e);
  crypto_generichash_state state;
  std::array<unsigned char, crypto_generichash_BYTES> digest{};
  crypto_generichash_init(&state, key.data(), key.size(), digest.size());
  crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(prev_hash.data()),
                            prev_hash.size());
  crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(canonical.data()),
                            canonical.size());
  crypto_generichash_final(&state, digest.data(), digest.size());
  return to_hex(digest.data(), digest.size());
}

std::string mac_hex(const MacKey& key, std::string_view text) {
  init_sodium();
  std::array<unsigned char, crypto_generichash_BYTES> digest{};
  crypto_generichash(digest.data(), digest.size(), reinterpret_cast<const unsigned char*>(text.data()),
                     text.size(), key.data(), key.size());
  return to_hex(digest.data(), digest.size());
}

std::string AuditCheckpoint::canonical() const {
  return nlohmann::json::array({"facepia-audit-checkpoint-v1", store_id, count, head}).dump();
}

namespace {

// Walks `entries` as the continuation of a chain whose last entry was `after_seq` with MAC `prev`.
AuditCheck walk(const std::vector<AuditEntry>& entries, std::size_t from, const MacKey& key, std::string prev,
                std::int64_t after_seq) {
  AuditCheck check;
  check.entries = entries.size();
  std::int64_t expected_seq = after_seq + 1;
  for (std::size_t i = from; i < entries.size(); ++i) {
    const auto& e = entries[i];
    ++check.walked;
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
    if (audit_hash(key, prev, e) != e.hash) {
      return fail("entry " + std::to_string(e.seq) +
                  " was altered or forged: its MAC does not match its content under the store's key");
    }
    prev = e.hash;
    ++expected_seq;
  }
  return check;
}

} // namespace

AuditCheck verify_audit_chain(const std::vector<AuditEntry>& entries, const MacKey& key) {
  return walk(entries, 0, key, audit_genesis_hash, 0);
}

AuditCheck verify_audit_since(const std::vector<AuditEntry>& tail, const MacKey& key,
                              const AuditCheckpoint& checkpoint,
                              const std::function<std::int64_t()>& count_entries) {
  AuditCheck check;
  check.checkpoint_count = checkpoint.count;
  auto fail = [&](std::optional<std::int64_t> seq, std::string problem) {
    check.ok = false;
    check.first_bad_seq = seq;
    check.problem = std::move(problem);
    check.entries = tail.empty() ? 0U : static_cast<std::size_t>(std::max<std::int64_t>(tail.back().seq, 0));
    return check;
  };
  std::size_t from = 0;
  if (checkpoint.count > 0) {
    if (tail.empty() || tail.front().seq != checkpoint.count) {
      const std::int64_t stored = count_entries(); // counted only here: counting is O(N)
      auto broken = fail(checkpoint.count,
                         "the log holds " + std::to_string(stored) + " entries but its checkpoint records " +
                             std::to_string(checkpoint.count) +
                             ": entries were removed, or an older copy of the store was put back");
      broken.entries = static_cast<std::size_t>(std::max<std::int64_t>(stored, 0));
      return broken;
    }
    if (tail.front().hash != checkpoint.head) {
      return fail(checkpoint.count, "entry " + std::to_string(checkpoint.count) +
                                        " is not the one the checkpoint records: the log was rewritten");
    }
    // The anchor entry itself is authenticated (its MAC over its content and the link it holds), so that an
    // edit of the newest entry is found without walking what precedes it.
    if (audit_hash(key, tail.front().prev_hash, tail.front()) != checkpoint.head) {
      return fail(checkpoint.count,
                  "entry " + std::to_string(checkpoint.count) +
                      " was altered or forged: its MAC does not match its content under the "
                      "store's key");
    }
    from = 1;
  }
  check =
      walk(tail, from, key, checkpoint.count > 0 ? checkpoint.head : audit_genesis_hash, checkpoint.count);
  check.checkpoint_count = checkpoint.count;
  check.walked += from; // the anchor, authenticated above
  const std::int64_t last = tail.empty() ? 0 : tail.back().seq;
  check.entries = static_cast<std::size_t>(std::max<std::int64_t>(last, 0));
  return check;
}

AuditCheck verify_audit_chain(const std::vector<AuditEntry>& entries, const MacKey& key,
                              const AuditCheckpoint& checkpoint) {
  AuditCheck check = verify_audit_chain(entries, key);
  check.checkpoint_count = checkpoint.count;
  if (!check.ok) {
    return check;
  }
  const auto stored = static_cast<std::int64_t>(entries.size());
  if (stored < checkpoint.count) {
    check.ok = false;
    check.first_bad_seq = stored + 1;
    check.problem = "the log holds " + std::to_string(stored) + " entries but its checkpoint records " +
                    std::to_string(checkpoint.count) +
                    ": entries were removed, or an older copy of the store was put back";
    return check;
  }
  const std::string& head = checkpoint.count == 0
                                ? audit_genesis_hash
                                : entries[static_cast<std::size_t>(checkpoint.count - 1)].hash;
  if (head != checkpoint.head) {
    check.ok = false;
    check.first_bad_seq = checkpoint.count;
    check.problem = "entry " + std::to_string(checkpoint.count) +
                    " is not the one the checkpoint records: the log was rewritten";
  }
  return check;
}

} // namespace facepia::recognition
