// The template store, in SQLite: subjects, consent records, templates encrypted at rest (XChaCha20-Poly1305
// with libsodium; the key never enters the database), retention dates, and the append-only, hash-chained
// audit log.
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

private:
  TemplateKey() = default;
  std::array<unsigned char, 32> bytes_{};
};

struct Subject {
  std::string id;
  std::optional<std::string> birth_date; // YYYY-MM-DD; needed where guardian consent depends on age
  std::string created_at;
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
};

struct StoredTemplate {
  std::int64_t id = 0;
  std::string subject;
  Template descriptor{};
  std::string created_at;
  std::optional<std::string> expires_at;
};

class Store {
public:
  // Opens or creates the database; throws std::runtime_error when the key is not the one the store was
  // created with.
  Store(const std::filesystem::path& database, const TemplateKey& key);
  ~Store();
  Store(Store&&) noexcept;
  Store& operator=(Store&&) noexcept;

  // Runs `work` in one transaction (rolled back when it throws).
  void transaction(const std::function<void()>& work);

  void put_subject(const Subject& s); // inserts, or updates the birth date
  std::optional<Subject> subject(const std::string& id) const;

  std::int64_t add_consent(const ConsentRecord& c);
  std::vector<ConsentRecord> consents(const std::string& subject) const;
  // Marks every open consent of the subject withdrawn; returns how many.
  std::size_t withdraw_consent(const std::string& subject, const std::string& at);

  std::int64_t add_template(const std::string& subject, const Template& t, const std::string& created_at,
                            const std::optional<std::string>& expires_at);
  std::vector<StoredTemplate> templates(const std::string& subject) const;
  std::vector<StoredTemplate> all_templates() const;
  std::size_t template_count() const;
  std::size_t erase_templates(const std::string& subject);
  // Deletes templates whose expiry is at or before `now`; returns how many.
  std::size_t purge_expired(const std::string& now);

  // Appends an entry: fills seq, prev_hash and hash. The table refuses UPDATE and DELETE.
  AuditEntry append_audit(AuditEntry e);
  std::vector<AuditEntry> audit_log() const;
  AuditCheck verify_audit_chain() const;

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

} // namespace facepia::recognition
