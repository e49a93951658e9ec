#include "facepia/recognition/store.hpp"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sodium.h>
#include <sqlite3.h>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

namespace facepia::recognition {
namespace {

void init_sodium() {
  if (sodium_init() < 0) {
    throw std::runtime_error("libsodium failed to initialise");
  }
}

// Additional data bound to each ciphertext: a template cannot be moved to another subject unnoticed.
std::string associated_data(const std::string& subject) {
  return "facepia-template-v1\n" + subject;
}

class Statement {
public:
  Statement(sqlite3* db, std::string_view sql) : db_(db) {
    if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr) != SQLITE_OK) {
      throw std::runtime_error(std::string("template store: ") + sqlite3_errmsg(db));
    }
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& bind(int i, const std::string& v) { return bind(i, std::string_view(v)); }
  Statement& bind(int i, std::string_view v) {
    check(sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT));
    return *this;
  }
  Statement& bind_opt(int i, const std::optional<std::string>& v) {
    return v ? bind(i, std::string_view(*v)) : (check(sqlite3_bind_null(stmt_, i)), *this);
  }
  Statement& bind(int i, std::int64_t v) {
    check(sqlite3_bind_int64(stmt_, i, v));
    return *this;
  }
  Statement& bind_blob(int i, const std::vector<unsigned char>& v) {
    check(sqlite3_bind_blob(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT));
    return *this;
  }
  // True while there is a row.
  bool step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) {
      return true;
    }
    if (rc == SQLITE_DONE) {
      return false;
    }
    throw std::runtime_error(std::string("template store: ") + sqlite3_errmsg(db_));
  }
  std::string text(int col) const {
    const auto* p = sqlite3_column_text(stmt_, col);
    return p == nullptr ? std::string() : std::string(reinterpret_cast<const char*>(p));
  }
  std::optional<std::string> optional_text(int col) const {
    if (sqlite3_column_type(stmt_, col) == SQLITE_NULL) {
      return std::nullopt;
    }
    return text(col);
  }
  std::int64_t integer(int col) const { return sqlite3_column_int64(stmt_, col); }
  std::vector<unsigned char> blob(int col) const {
    const auto* p = static_cast<const unsigned char*>(sqlite3_column_blob(stmt_, col));
    const auto n = static_cast<std::size_t>(sqlite3_column_bytes(stmt_, col));
    return p == nullptr ? std::vector<unsigned char>() : std::vector<unsigned char>(p, p + n);
  }

private:
  void check(int rc) {
    if (rc != SQLITE_OK) {
      throw std::runtime_error(std::string("template store: ") + sqlite3_errmsg(db_));
    }
  }
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

constexpr std::string_view schema = R"sql(
PRAGMA foreign_keys = ON;
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS subjects (
  id TEXT PRIMARY KEY, birth_date TEXT, created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS consents (
  id INTEGER PRIMARY KEY, subject TEXT NOT NULL REFERENCES subjects(id), given_by TEXT NOT NULL,
  given_at TEXT NOT NULL, scope TEXT NOT NULL, separate INTEGER NOT NULL, written INTEGER NOT NULL,
  by_guardian INTEGER NOT NULL, withdrawn_at TEXT);
CREATE TABLE IF NOT EXISTS templates (
  id INTEGER PRIMARY KEY, subject TEXT NOT NULL REFERENCES subjects(id), nonce BLOB NOT NULL,
  ciphertext BLOB NOT NULL, created_at TEXT NOT NULL, expires_at TEXT);
CREATE INDEX IF NOT EXISTS templates_by_subject ON templates(subject);
CREATE INDEX IF NOT EXISTS templates_by_expiry ON templates(expires_at);
CREATE TABLE IF NOT EXISTS audit (
  seq INTEGER PRIMARY KEY, at TEXT NOT NULL, operation TEXT NOT NULL, subject TEXT NOT NULL,
  purpose TEXT NOT NULL, result TEXT NOT NULL, detail TEXT NOT NULL, assessment_id TEXT NOT NULL,
  prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
CREATE TRIGGER IF NOT EXISTS audit_append_only_update BEFORE UPDATE ON audit
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_append_only_delete BEFORE DELETE ON audit
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)sql";

std::string hex(const unsigned char* p, std::size_t n) {
  std::string out(n * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), p, n);
  out.pop_back();
  return out;
}

} // namespace

// ---- TemplateKey ----

TemplateKey::~TemplateKey() {
  sodium_memzero(bytes_.data(), bytes_.size());
}

TemplateKey TemplateKey::from_hex(std::string_view text) {
  init_sodium();
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ')) {
    text.remove_suffix(1);
  }
  TemplateKey k;
  std::size_t len = 0;
  if (text.size() != 64 ||
      sodium_hex2bin(k.bytes_.data(), k.bytes_.size(), text.data(), text.size(), nullptr, &len, nullptr) !=
          0 ||
      len != 32) {
    throw std::runtime_error("the template key must be 64 hex digits (32 bytes)");
  }
  return k;
}

TemplateKey TemplateKey::from_file(const std::filesystem::path& path) {
  // As ssh does for private keys: a key file that others can read or write is refused, and so is anything but
  // a regular file of the user's own (O_NONBLOCK: a FIFO is refused, not waited on).
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) {
    throw std::runtime_error("cannot read the template key file `" + path.string() + "`");
  }
  std::string text(130, '\0');
  struct stat info {};
  const bool stat_ok = ::fstat(fd, &info) == 0;
  const ssize_t n = stat_ok && S_ISREG(info.st_mode) ? ::read(fd, text.data(), text.size()) : -1;
  ::close(fd);
  if (!stat_ok || !S_ISREG(info.st_mode)) {
    throw std::runtime_error("the template key file `" + path.string() + "` is not a regular file");
  }
  if (info.st_uid != ::geteuid() || (info.st_mode & 077U) != 0) {
    char mode[8];
    std::snprintf(mode, sizeof mode, "%04o", static_cast<unsigned>(info.st_mode & 07777U));
    throw std::runtime_error("the template key file `" + path.string() + "` (mode " + mode +
                             ") must be owned by you and readable by you alone: chmod 600 it");
  }
  if (n < 0) {
    throw std::runtime_error("cannot read the template key file `" + path.string() + "`");
  }
  text.resize(static_cast<std::size_t>(n));
  text = text.substr(0, text.find('\n'));
  auto key = from_hex(text);
  sodium_memzero(text.data(), text.size());
  return key;
}

TemplateKey TemplateKey::from_environment(const std::optional<std::filesystem::path>& file) {
  if (file) {
    return from_file(*file);
  }
  if (const char* v = std::getenv(std::string(env_key).c_str()); v != nullptr && *v != '\0') {
    return from_hex(v);
  }
  if (const char* v = std::getenv(std::string(env_key_file).c_str()); v != nullptr && *v != '\0') {
    return from_file(v);
  }
  throw std::runtime_error(
      "no template key: set FACEPIA_TEMPLATE_KEY (64 hex digits) or FACEPIA_TEMPLATE_KEY_FILE, "
      "or pass --key-file; the key is never stored in the database");
}

TemplateKey TemplateKey::generate() {
  init_sodium();
  TemplateKey k;
  crypto_aead_xchacha20poly1305_ietf_keygen(k.bytes_.data());
  return k;
}

std::string TemplateKey::hex() const {
  return recognition::hex(bytes_.data(), bytes_.size());
}

// ---- Store ----

struct Store::Impl {
  sqlite3* db = nullptr;
  TemplateKey key;
  explicit Impl(const TemplateKey& k) : key(k) {}
  ~Impl() { sqlite3_close(db); }

  void exec(std::string_view sql) {
    char* err = nullptr;
    if (sqlite3_exec(db, std::string(sql).c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
      std::string message = err != nullptr ? err : "unknown error";
      sqlite3_free(err);
      throw std::runtime_error("template store: " + message);
    }
  }

  // A keyed hash of a constant: tells whether a key is the store's without revealing the key.
  std::string key_check() const {
    static constexpr std::string_view label = "facepia template key check v1";
    std::array<unsigned char, 16> out{};
    crypto_generichash(out.data(), out.size(), reinterpret_cast<const unsigned char*>(label.data()),
                       label.size(), key.bytes().data(), key.bytes().size());
    return hex(out.data(), out.size());
  }

  StoredTemplate decrypt(const Statement& s) const {
    StoredTemplate t;
    t.id = s.integer(0);
    t.subject = s.text(1);
    const auto nonce = s.blob(2);
    const auto cipher = s.blob(3);
    t.created_at = s.text(4);
    t.expires_at = s.optional_text(5);
    const std::string ad = associated_data(t.subject);
    unsigned long long len = 0;
    if (nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES ||
        cipher.size() != sizeof(Template) + crypto_aead_xchacha20poly1305_ietf_ABYTES ||
        crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char*>(t.descriptor.data()),
                                                   &len, nullptr, cipher.data(), cipher.size(),
                                                   reinterpret_cast<const unsigned char*>(ad.data()),
                                                   ad.size(), nonce.data(), key.bytes().data()) != 0) {
      throw std::runtime_error("template " + std::to_string(t.id) +
                               " fails authentication: altered or moved");
    }
    return t;
  }
};

Store::Store(const std::filesystem::path& database, const TemplateKey& key)
    : impl_(std::make_unique<Impl>(key)) {
  init_sodium();
  if (sqlite3_open(database.string().c_str(), &impl_->db) != SQLITE_OK) {
    throw std::runtime_error("cannot open the template store `" + database.string() + "`");
  }
  sqlite3_busy_timeout(impl_->db, 5000);
  impl_->exec(schema);
  Statement get(impl_->db, "SELECT value FROM meta WHERE key = 'key_check'");
  const std::string check = impl_->key_check();
  if (get.step()) {
    if (get.text(0) != check) {
      throw std::runtime_error("the template key is not the key of the store `" + database.string() + "`");
    }
  } else {
    Statement put(impl_->db, "INSERT INTO meta (key, value) VALUES ('key_check', ?1)");
    put.bind(1, check).step();
  }
}

Store::~Store() = default;
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;

void Store::transaction(const std::function<void()>& work) {
  if (sqlite3_get_autocommit(impl_->db) == 0) { // already inside one: it commits or rolls back as a whole
    work();
    return;
  }
  impl_->exec("BEGIN IMMEDIATE");
  try {
    work();
  } catch (...) {
    impl_->exec("ROLLBACK");
    throw;
  }
  impl_->exec("COMMIT");
}

void Store::put_subject(const Subject& s) {
  Statement st(impl_->db,
               "INSERT INTO subjects (id, birth_date, created_at) VALUES (?1, ?2, ?3) "
               "ON CONFLICT(id) DO UPDATE SET birth_date = coalesce(excluded.birth_date, birth_date)");
  st.bind(1, s.id).bind_opt(2, s.birth_date).bind(3, s.created_at).step();
}

std::optional<Subject> Store::subject(const std::string& id) const {
  Statement st(impl_->db, "SELECT id, birth_date, created_at FROM subjects WHERE id = ?1");
  st.bind(1, id);
  if (!st.step()) {
    return std::nullopt;
  }
  return Subject{st.text(0), st.optional_text(1), st.text(2)};
}

std::int64_t Store::add_consent(const ConsentRecord& c) {
  Statement st(impl_->db,
               "INSERT INTO consents (subject, given_by, given_at, scope, separate, written, by_guardian, "
               "withdrawn_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
  st.bind(1, c.subject)
      .bind(2, c.given_by)
      .bind(3, c.given_at)
      .bind(4, nlohmann::json(c.scope).dump())
      .bind(5, std::int64_t{c.separate})
      .bind(6, std::int64_t{c.written})
      .bind(7, std::int64_t{c.by_guardian})
      .bind_opt(8, c.withdrawn_at)
      .step();
  return sqlite3_last_insert_rowid(impl_->db);
}

std::vector<ConsentRecord> Store::consents(const std::string& subject) const {
  Statement st(impl_->db, "SELECT id, subject, given_by, given_at, scope, separate, written, by_guardian, "
                          "withdrawn_at FROM consents WHERE subject = ?1 ORDER BY id");
  st.bind(1, subject);
  std::vector<ConsentRecord> out;
  while (st.step()) {
    ConsentRecord c;
    c.id = st.integer(0);
    c.subject = st.text(1);
    c.given_by = st.text(2);
    c.given_at = st.text(3);
    c.scope = nlohmann::json::parse(st.text(4)).get<std::vector<std::string>>();
    c.separate = st.integer(5) != 0;
    c.written = st.integer(6) != 0;
    c.by_guardian = st.integer(7) != 0;
    c.withdrawn_at = st.optional_text(8);
    out.push_back(std::move(c));
  }
  return out;
}

std::size_t Store::withdraw_consent(const std::string& subject, const std::string& at) {
  Statement st(impl_->db,
               "UPDATE consents SET withdrawn_at = ?2 WHERE subject = ?1 AND withdrawn_at IS NULL");
  st.bind(1, subject).bind(2, at).step();
  return static_cast<std::size_t>(sqlite3_changes(impl_->db));
}

std::int64_t Store::add_template(const std::string& subject, const Template& t, const std::string& created_at,
                                 const std::optional<std::string>& expires_at) {
  std::vector<unsigned char> nonce(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  randombytes_buf(nonce.data(), nonce.size());
  std::vector<unsigned char> cipher(sizeof(Template) + crypto_aead_xchacha20poly1305_ietf_ABYTES);
  unsigned long long len = 0;
  const std::string ad = associated_data(subject);
  crypto_aead_xchacha20poly1305_ietf_encrypt(
      cipher.data(), &len, reinterpret_cast<const unsigned char*>(t.data()), sizeof(Template),
      reinterpret_cast<const unsigned char*>(ad.data()), ad.size(), nullptr, nonce.data(),
      impl_->key.bytes().data());
  Statement st(impl_->db, "INSERT INTO templates (subject, nonce, ciphertext, created_at, expires_at) "
                          "VALUES (?1, ?2, ?3, ?4, ?5)");
  st.bind(1, subject)
      .bind_blob(2, nonce)
      .bind_blob(3, cipher)
      .bind(4, created_at)
      .bind_opt(5, expires_at)
      .step();
  return sqlite3_last_insert_rowid(impl_->db);
}

std::vector<StoredTemplate> Store::templates(const std::string& subject) const {
  Statement st(impl_->db, "SELECT id, subject, nonce, ciphertext, created_at, expires_at FROM templates "
                          "WHERE subject = ?1 ORDER BY id");
  st.bind(1, subject);
  std::vector<StoredTemplate> out;
  while (st.step()) {
    out.push_back(impl_->decrypt(st));
  }
  return out;
}

std::vector<StoredTemplate> Store::all_templates() const {
  Statement st(impl_->db,
               "SELECT id, subject, nonce, ciphertext, created_at, expires_at FROM templates ORDER BY id");
  std::vector<StoredTemplate> out;
  while (st.step()) {
    out.push_back(impl_->decrypt(st));
  }
  return out;
}

std::size_t Store::template_count() const {
  Statement st(impl_->db, "SELECT count(*) FROM templates");
  st.step();
  return static_cast<std::size_t>(st.integer(0));
}

std::size_t Store::erase_templates(const std::string& subject) {
  Statement st(impl_->db, "DELETE FROM templates WHERE subject = ?1");
  st.bind(1, subject).step();
  return static_cast<std::size_t>(sqlite3_changes(impl_->db));
}

std::size_t Store::purge_expired(const std::string& now) {
  Statement st(impl_->db, "DELETE FROM templates WHERE expires_at IS NOT NULL AND expires_at <= ?1");
  st.bind(1, now).step();
  return static_cast<std::size_t>(sqlite3_changes(impl_->db));
}

AuditEntry Store::append_audit(AuditEntry e) {
  transaction([&] {
    Statement last(impl_->db, "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1");
    if (last.step()) {
      e.seq = last.integer(0) + 1;
      e.prev_hash = last.text(1);
    } else {
      e.seq = 1;
      e.prev_hash = audit_genesis_hash;
    }
    e.hash = audit_hash(e.prev_hash, e);
    Statement st(impl_->db,
                 "INSERT INTO audit (seq, at, operation, subject, purpose, result, detail, assessment_id, "
                 "prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    st.bind(1, e.seq)
        .bind(2, e.at)
        .bind(3, e.operation)
        .bind(4, e.subject)
        .bind(5, e.purpose)
        .bind(6, e.result)
        .bind(7, e.detail)
        .bind(8, e.assessment_id)
        .bind(9, e.prev_hash)
        .bind(10, e.hash)
        .step();
  });
  return e;
}

std::vector<AuditEntry> Store::audit_log() const {
  // Stored order (rowid), not seq order: a reordering shows up as a sequence break.
  Statement st(impl_->db,
               "SELECT seq, at, operation, subject, purpose, result, detail, assessment_id, prev_hash, "
               "hash FROM audit ORDER BY rowid");
  std::vector<AuditEntry> out;
  while (st.step()) {
    out.push_back({st.integer(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6),
                   st.text(7), st.text(8), st.text(9)});
  }
  return out;
}

AuditCheck Store::verify_audit_chain() const {
  return recognition::verify_audit_chain(audit_log());
}

} // namespace facepia::recognition
