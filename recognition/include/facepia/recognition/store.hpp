// The template store, in SQLite: subjects, consent records, templates encrypted at rest (XChaCha20-Poly1305
// with libsodium; the key never enters the database), retention dates, and the append-only audit log with its
// keyed chain and its checkpoint outside the store.
//
// A store serves one deployment. Each template is encrypted with, as associated data, the deployment, the
// subject, the purpose and consent (id and scope) it was enrolled under, the mode it was enrolled in and its
// dates: moved to another subject, re-bound to another purpose, or given another retention date, it no longer
// decrypts. Subjects and consents carry a MAC (a subkey of the template key): a row written by hand is not
// authentic and is never relied on.
//
// Subjects are named in the store by a pseudonym, a keyed hash of their name (subject_pseudonym): templates,
// consents and the audit log hold only it. A subject's name, birth date and category, and the name of whoever
// gave a consent, are sealed with the template key; forgetting a subject (erasure, withdrawal) erases them,
// so that the store keeps no name of it, only pseudonymous records of what was done.
#pragma once

#include "facepia/recognition/audit.hpp"
#include "facepia/recognition/match.hpp"

#include <array>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace facepia::recognition {

// The 256-bit key that encrypts templates.
class TemplateKey {
public:
  static constexpr std::string_view env_key = "FACEPIA_TEMPLATE_KEY";           // 64 hex digits
  static constexpr std::string_view env_key_file = "FACEPIA_TEMPLATE_KEY_FILE"; // a file holding them

  static TemplateKey from_hex(std::string_view hex);
  static TemplateKey from_file(const std::filesystem::path& path);
  // `file` when given, else $FACEPIA_TEMPLATE_KEY, else $FACEPIA_TEMPLATE_KEY_FILE; throws, naming both, when
  // none.
  static TemplateKey from_environment(const std::optional<std::filesystem::path>& file = std::nullopt);
  static TemplateKey generate();

  TemplateKey(const TemplateKey&) = default;
  TemplateKey& operator=(const TemplateKey&) = default;
  ~TemplateKey();
  std::string hex() const;
  const std::array<unsigned char, 32>& bytes() const { return bytes_; }
  // A key for another use, derived from this one (keyed BLAKE2b of `label`): the audit chain's, the
  // consents', the pseudonyms'.
  MacKey subkey(std::string_view label) const;

private:
  TemplateKey() = default;
  std::array<unsigned char, 32> bytes_{};
};

inline constexpr std::string_view subject_pseudonym_label = "facepia subject pseudonym v1";
// How the store names the subject `name`: hex(BLAKE2b-256 keyed with a subkey of the template key). Anyone
// with the key and a name can compute it; without the key it tells nothing.
std::string subject_pseudonym(const TemplateKey& key, std::string_view name);

struct Subject {
  std::string id; // the name the deployment knows the subject by (stored sealed, never in the clear)
  std::optional<std::string> birth_date; // YYYY-MM-DD; needed where guardian consent depends on age
  std::string created_at;
  std::optional<std::string> category; // one of the deployment's data_subjects.categories, when recorded
  bool authentic = true;               // read back: its MAC verifies (false: written by hand)
};

struct ConsentRecord {
  std::int64_t id = 0;
  std::string subject;
  std::string given_by;           // who gave it: the subject or the guardian, by name
  std::string given_at;           // when (ISO 8601)
  std::vector<std::string> scope; // the purposes consented to
  bool separate = false;          // a separate consent for the face data (PIPL Art. 29)
  bool written = false;
  bool by_guardian = false; // given by a parent or guardian (PIPL Art. 31, GDPR Art. 8)
  std::optional<std::string> withdrawn_at;
  bool authentic = true; // read back: its MAC verifies (false: written or edited by hand)
};

// What a template was enrolled under; bound into its encryption.
struct TemplateBinding {
  std::string purpose;                    // the purpose of the enrolment
  std::int64_t consent_id = 0;            // the consent it relied on; 0 where none was required
  std::vector<std::string> consent_scope; // that consent's purposes (the enrolment's purpose where none)
  std::string mode;                       // the deployment's processing.mode at enrolment
};

struct StoredTemplate {
  std::int64_t id = 0;
  std::string subject;
  Template descriptor{};
  std::string created_at;
  std::optional<std::string> expires_at;
  TemplateBinding binding;
};

enum class AuditScope { full, since_checkpoint };

struct StoreOptions {
  std::string deployment; // the deployment the store serves (its name); fixed when the store is created
  // The audit checkpoint, outside the store (default: the store's path with `.checkpoint` appended).
  std::optional<std::filesystem::path> checkpoint;
};

class Store {
public:
  // Opens or creates the database; throws std::runtime_error when the key is not the one the store was
  // created with, or when the store serves another deployment.
  Store(const std::filesystem::path& database, const TemplateKey& key, StoreOptions options = {});
  ~Store();
  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;

  // Runs `work` in one transaction (rolled back when it throws). After the commit, when entries were appended
  // to the audit log, the checkpoint is rewritten.
  void transaction(const std::function<void()>& work);
  // After an erasure: the WAL (if any) checkpointed and truncated, so no deleted page survives in it. Deleted
  // content itself is overwritten (PRAGMA secure_delete, set at open).
  void scrub();

  void put_subject(const Subject& s); // inserts, or updates the birth date
  // nullopt when unknown, or forgotten.
  std::optional<Subject> subject(const std::string& id) const;
  std::string pseudonym(std::string_view name) const;
  // The name behind a pseudonym while its subject is recorded (authentic and not forgotten).
  std::optional<std::string> subject_name(const std::string& pseudonym) const;
  // Erases the subject's name, birth date and category and the names in its consent records; the records
  // themselves (scope, dates, how given, withdrawn) stay, under the pseudonym, as the proof of what was done.
  // Returns 1 when there was a subject to forget.
  std::size_t forget_subject(const std::string& subject, const std::string& at);
  // Deletes the pseudonymous records (consents, the subject row) of subjects forgotten at or before
  // `forgotten_before`; returns how many subjects.
  std::size_t purge_forgotten(const std::string& forgotten_before);

  std::int64_t add_consent(const ConsentRecord& c);
  std::vector<ConsentRecord> consents(const std::string& subject) const;
  // Marks every open consent of the subject withdrawn; returns how many.
  std::size_t withdraw_consent(const std::string& subject, const std::string& at);

  std::int64_t add_template(const std::string& subject, const Template& t, const std::string& created_at,
                            const std::optional<std::string>& expires_at,
                            const TemplateBinding& binding = {});
  std::vector<StoredTemplate> templates(const std::string& subject) const;
  std::vector<StoredTemplate> all_templates() const;
  std::size_t template_count() const;
  std::size_t erase_templates(const std::string& subject);
  // Deletes templates whose expiry is at or before `now`; returns how many.
  std::size_t purge_expired(const std::string& now);

  // Appends an entry: fills seq, prev_hash and hash (its MAC). The table refuses UPDATE and DELETE.
  AuditEntry append_audit(AuditEntry e);
  std::vector<AuditEntry> audit_log() const;
  // The chain, then the checkpoint: a missing checkpoint beside a log that has entries is a break. `full`
  // walks every entry; `since_checkpoint` only those the checkpoint does not vouch for yet (the anchor entry
  // and after), in time independent of the log's length.
  AuditCheck verify_audit_chain(AuditScope scope = AuditScope::full) const;
  const std::filesystem::path& checkpoint_path() const;
  const std::string& deployment() const;

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

} // namespace facepia::recognition
