#include "facepia/recognition/store.hpp"

#include "facepia/platform/sqlite.hpp"
#include "sodium_support.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <sodium.h>
#include <sqlite3.h>
#include <stdexcept>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace facepia::recognition {
namespace {

using detail::init_sodium;
constexpr auto hex = detail::to_hex;

// Associated data bound to each ciphertext: a template cannot be moved to another subject, deployment,
// purpose or consent, nor given another retention date, unnoticed.
std::string associated_data(const std::string& deployment, const std::string& subject,
                            const std::string& created_at, const std::optional<std::string>& expires_at,
                            const TemplateBinding& b) {
  return nlohmann::json::array({"facepia-template-v2", deployment, subject, created_at,
                                expires_at ? nlohmann::json(*expires_at) : nlohmann::json(), b.purpose,
                                b.consent_id, b.consent_scope, b.mode})
      .dump();
}

// Over the row as stored: the subject's pseudonym, and who gave the consent as stored (sealed, or "" once
// erased).
std::string consent_canonical(const ConsentRecord& c, const std::string& pseudonym,
                              const std::string& given_by_stored) {
  return nlohmann::json::array({"facepia-consent-v2", c.id, pseudonym, given_by_stored, c.given_at, c.scope,
                                c.separate, c.written, c.by_guardian,
                                c.withdrawn_at ? nlohmann::json(*c.withdrawn_at) : nlohmann::json()})
      .dump();
}

// `identity` is the sealed name, birth date and category (hex), or "" once the subject was forgotten (at
// `forgotten_at`).
std::string subject_canonical(const std::string& pseudonym, const std::string& identity,
                              const std::string& created_at, const std::optional<std::string>& forgotten_at) {
  return nlohmann::json::array({"facepia-subject-v2", pseudonym, identity, created_at,
                                forgotten_at ? nlohmann::json(*forgotten_at) : nlohmann::json()})
      .dump();
}

constexpr std::string_view schema_version = "3";

// A statement on the template store: its errors say "template store: ...".
class Statement : public platform::SqliteStatement {
public:
  Statement(sqlite3* db, std::string_view sql) : SqliteStatement(db, sql, "template store") {}
};

// secure_delete: deleted content is overwritten with zeros, whatever the SQLite build's default.
constexpr std::string_view schema = R"sql(
PRAGMA foreign_keys = ON;
PRAGMA secure_delete = ON;
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS subjects (
  id TEXT PRIMARY KEY, identity TEXT NOT NULL, created_at TEXT NOT NULL, forgotten_at TEXT,
  mac TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS consents (
  id INTEGER PRIMARY KEY, subject TEXT NOT NULL REFERENCES subjects(id), given_by TEXT NOT NULL,
  given_at TEXT NOT NULL, scope TEXT NOT NULL, separate INTEGER NOT NULL, written INTEGER NOT NULL,
  by_guardian INTEGER NOT NULL, withdrawn_at TEXT, mac TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS templates (
  id INTEGER PRIMARY KEY, subject TEXT NOT NULL REFERENCES subjects(id), nonce BLOB NOT NULL,
  ciphertext BLOB NOT NULL, created_at TEXT NOT NULL, expires_at TEXT, purpose TEXT NOT NULL,
  consent_id INTEGER NOT NULL, consent_scope TEXT NOT NULL, mode TEXT NOT NULL);
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

MacKey TemplateKey::subkey(std::string_view label) const {
  init_sodium();
  MacKey out{};
  crypto_generichash(out.data(), out.size(), reinterpret_cast<const unsigned char*>(label.data()),
                     label.size(), bytes_.data(), bytes_.size());
  return out;
}

// ---- Store ----

namespace {

// flock(2) held for a scope; no lock where the file could not be opened (the store then failed to open
// anyway).
class ScopedFlock {
public:
  ScopedFlock(int fd, int operation) : fd_(fd) {
    while (fd_ >= 0 && ::flock(fd_, operation) != 0) {
      if (errno != EINTR) {
        throw std::runtime_error(std::string("cannot lock the template store: ") + std::strerror(errno));
      }
    }
  }
  ~ScopedFlock() {
    if (fd_ >= 0) {
      ::flock(fd_, LOCK_UN);
    }
  }
  ScopedFlock(const ScopedFlock&) = delete;
  ScopedFlock& operator=(const ScopedFlock&) = delete;

private:
  int fd_;
};

} // namespace

struct Store::Impl {
  sqlite3* db = nullptr;
  TemplateKey key;
  MacKey audit_key;
  MacKey record_key;    // subjects and consents
  MacKey pseudonym_key; // subject ids
  std::string deployment;
  std::string store_id;
  std::filesystem::path checkpoint;
  bool audit_appended = false; // in the open transaction: the checkpoint is rewritten after the commit
  // The database file, opened once more for flock(2): a writer holds it exclusively from its transaction's
  // start until its checkpoint is written, a reader of the audit log shares it, so that no process ever sees
  // the log of one commit beside the checkpoint of another (or a checkpoint being rewritten).
  int pair_lock = -1;
  explicit Impl(const TemplateKey& k)
      : key(k), audit_key(k.subkey("facepia audit chain v1")), record_key(k.subkey("facepia records v1")),
        pseudonym_key(k.subkey(subject_pseudonym_label)) {}
  ~Impl() {
    sodium_memzero(audit_key.data(), audit_key.size());
    sodium_memzero(record_key.data(), record_key.size());
    sodium_memzero(pseudonym_key.data(), pseudonym_key.size());
    sqlite3_close(db);
    if (pair_lock >= 0) {
      ::close(pair_lock);
    }
  }

  void exec(std::string_view sql) { platform::sqlite_exec(db, sql, "template store"); }

  std::optional<std::string> meta(std::string_view k) const {
    Statement get(db, "SELECT value FROM meta WHERE key = ?1");
    get.bind(1, k);
    if (!get.step()) {
      return std::nullopt;
    }
    return get.text(0);
  }
  void put_meta(std::string_view k, const std::string& v) {
    Statement put(db, "INSERT INTO meta (key, value) VALUES (?1, ?2)");
    put.bind(1, k).bind(2, v).step();
  }

  // A keyed hash of a constant: tells whether a key is the store's without revealing the key.
  std::string key_check() const {
    static constexpr std::string_view label = "facepia template key check v1";
    std::array<unsigned char, 16> out{};
    crypto_generichash(out.data(), out.size(), reinterpret_cast<const unsigned char*>(label.data()),
                       label.size(), key.bytes().data(), key.bytes().size());
    return hex(out.data(), out.size());
  }

  std::string pseudonym(std::string_view name) const { return mac_hex(pseudonym_key, name); }

  // Personal data kept in the store (a subject's name, birth date and category; who gave a consent) is
  // sealed with the template key, bound by `context` to its row: hex(nonce || XChaCha20-Poly1305).
  std::string seal(const std::string& plain, const std::string& context) const {
    std::vector<unsigned char> out(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + plain.size() +
                                   crypto_aead_xchacha20poly1305_ietf_ABYTES);
    randombytes_buf(out.data(), crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    unsigned long long len = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(out.data() + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
                                               &len, reinterpret_cast<const unsigned char*>(plain.data()),
                                               plain.size(),
                                               reinterpret_cast<const unsigned char*>(context.data()),
                                               context.size(), nullptr, out.data(), key.bytes().data());
    return hex(out.data(), out.size());
  }
  // nullopt when it does not open: forged, altered or moved to another row.
  std::optional<std::string> open(const std::string& sealed, const std::string& context) const {
    std::vector<unsigned char> bytes(sealed.size() / 2);
    std::size_t n = 0;
    if (sealed.size() % 2 != 0 ||
        sodium_hex2bin(bytes.data(), bytes.size(), sealed.data(), sealed.size(), nullptr, &n, nullptr) != 0 ||
        n != bytes.size() ||
        n < crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES) {
      return std::nullopt;
    }
    const std::size_t nonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    std::string plain(n - nonce - crypto_aead_xchacha20poly1305_ietf_ABYTES, '\0');
    unsigned long long len = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char*>(plain.data()), &len,
                                                   nullptr, bytes.data() + nonce, n - nonce,
                                                   reinterpret_cast<const unsigned char*>(context.data()),
                                                   context.size(), bytes.data(), key.bytes().data()) != 0) {
      return std::nullopt;
    }
    return plain;
  }
  static std::string identity_context(const std::string& pseudonym) {
    return nlohmann::json::array({"facepia-subject-identity-v1", pseudonym}).dump();
  }
  static std::string given_by_context(const std::string& pseudonym) {
    return nlohmann::json::array({"facepia-consent-given-by-v1", pseudonym}).dump();
  }

  std::string binding_mac() const {
    return mac_hex(record_key, nlohmann::json::array({"facepia-store-v2", store_id, deployment}).dump());
  }

  StoredTemplate decrypt(const Statement& s) const {
    StoredTemplate t;
    t.id = s.integer(0);
    t.subject = s.text(1);
    const auto nonce = s.blob(2);
    const auto cipher = s.blob(3);
    t.created_at = s.text(4);
    t.expires_at = s.optional_text(5);
    t.binding.purpose = s.text(6);
    t.binding.consent_id = s.integer(7);
    t.binding.mode = s.text(9);
    bool readable = true;
    try {
      t.binding.consent_scope = nlohmann::json::parse(s.text(8)).get<std::vector<std::string>>();
    } catch (const std::exception&) {
      readable = false;
    }
    const std::string ad = associated_data(deployment, t.subject, t.created_at, t.expires_at, t.binding);
    unsigned long long len = 0;
    if (!readable || nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES ||
        cipher.size() != sizeof(Template) + crypto_aead_xchacha20poly1305_ietf_ABYTES ||
        crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char*>(t.descriptor.data()),
                                                   &len, nullptr, cipher.data(), cipher.size(),
                                                   reinterpret_cast<const unsigned char*>(ad.data()),
                                                   ad.size(), nonce.data(), key.bytes().data()) != 0) {
      throw std::runtime_error(
          "template " + std::to_string(t.id) +
          " fails authentication: altered, moved, re-bound or given another retention date");
    }
    return t;
  }

  AuditCheckpoint current_checkpoint() const {
    AuditCheckpoint c;
    c.store_id = store_id;
    Statement last(db, "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1");
    if (last.step()) {
      c.count = last.integer(0);
      c.head = last.text(1);
    }
    c.mac = mac_hex(audit_key, c.canonical());
    return c;
  }

  // One 512-byte record, rewritten in place at offset 0 and fdatasync'ed: the file's size never changes after
  // its creation, so no metadata is written, and a one-sector write is not torn on the devices we know. A
  // checkpoint that does not read back is a break (fail closed), never skipped.
  static constexpr std::size_t checkpoint_size = 512;

  // Entries from `seq` on, in stored order (seq is the rowid).
  std::vector<AuditEntry> audit_from(std::int64_t seq) const {
    Statement st(db, "SELECT seq, at, operation, subject, purpose, result, detail, assessment_id, prev_hash, "
                     "hash FROM audit WHERE seq >= ?1 ORDER BY rowid");
    st.bind(1, seq);
    std::vector<AuditEntry> out;
    while (st.step()) {
      out.push_back({st.integer(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6),
                     st.text(7), st.text(8), st.text(9)});
    }
    return out;
  }
  std::int64_t audit_count() const {
    Statement st(db, "SELECT count(*) FROM audit");
    st.step();
    return st.integer(0);
  }

  // The checkpoint vouches for every entry up to its count: it advances only over entries verified since
  // the one before (usually the one just appended), so that checking from it later is enough.
  void write_checkpoint() const {
    std::string problem;
    const auto previous = read_checkpoint(problem);
    if (!problem.empty()) {
      throw std::runtime_error(problem);
    }
    AuditCheckpoint anchor;
    anchor.store_id = store_id;
    if (previous) {
      anchor = *previous;
    }
    const auto check = verify_audit_since(audit_from(std::max<std::int64_t>(anchor.count, 1)), audit_key,
                                          anchor, [this] { return audit_count(); });
    if (!check.ok) {
      throw std::runtime_error("the audit log was tampered with: " + check.problem +
                               "; the checkpoint is not advanced");
    }
    const auto c = current_checkpoint();
    std::string text = nlohmann::json{
        {"format", "facepia-audit-checkpoint-v1"},
        {"store_id", c.store_id},
        {"count", c.count},
        {"head", c.head},
        {"mac", c.mac}}.dump();
    text.resize(checkpoint_size - 1, ' ');
    text += '\n';
    const int fd = ::open(checkpoint.c_str(), O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
    bool written = fd >= 0 && ::pwrite(fd, text.data(), text.size(), 0) == static_cast<ssize_t>(text.size());
    if (fd >= 0) {
      written = ::fdatasync(fd) == 0 && written;
      ::close(fd);
    }
    if (!written) {
      throw std::runtime_error("cannot write the audit checkpoint `" + checkpoint.string() + "`");
    }
  }

  // nullopt: there is no checkpoint file. Otherwise the checkpoint, with `problem` set when it does not read
  // back or fails authentication.
  std::optional<AuditCheckpoint> read_checkpoint(std::string& problem) const {
    std::error_code ec;
    if (!std::filesystem::exists(checkpoint, ec)) {
      return std::nullopt;
    }
    std::ifstream in(checkpoint, std::ios::binary);
    std::string bytes(checkpoint_size, '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    AuditCheckpoint c;
    try {
      const auto j = nlohmann::json::parse(bytes);
      if (j.at("format").get<std::string>() != "facepia-audit-checkpoint-v1") {
        throw std::runtime_error("format");
      }
      c.store_id = j.at("store_id").get<std::string>();
      c.count = j.at("count").get<std::int64_t>();
      c.head = j.at("head").get<std::string>();
      c.mac = j.at("mac").get<std::string>();
    } catch (const std::exception&) {
      problem = "the audit checkpoint `" + checkpoint.string() + "` is not readable";
      return c;
    }
    if (mac_hex(audit_key, c.canonical()) != c.mac) {
      problem = "the audit checkpoint `" + checkpoint.string() + "` fails authentication: it was altered";
    } else if (c.store_id != store_id) {
      problem = "the audit checkpoint `" + checkpoint.string() + "` belongs to another store";
    }
    return c;
  }

  // A row of (id, identity, created_at, mac), read as the subject `name` (empty: whatever name it holds).
  // nullopt when the subject was forgotten (its identity erased).
  std::optional<Subject> read_subject(const Statement& st, const std::string& name) const {
    const std::string pseudonym = st.text(0);
    const std::string identity = st.text(1);
    if (identity.empty()) {
      return std::nullopt;
    }
    Subject s;
    s.id = name;
    s.created_at = st.text(2);
    s.authentic =
        mac_hex(record_key, subject_canonical(pseudonym, identity, s.created_at, std::nullopt)) == st.text(3);
    const auto plain = open(identity, identity_context(pseudonym));
    try {
      if (!plain) {
        throw std::runtime_error("sealed");
      }
      const auto j = nlohmann::json::parse(*plain);
      const auto stored = j.at(0).get<std::string>();
      if (name.empty()) {
        s.id = stored;
      }
      s.authentic = s.authentic && stored == s.id && pseudonym == this->pseudonym(stored);
      if (!j.at(1).is_null()) {
        s.birth_date = j.at(1).get<std::string>();
      }
      if (!j.at(2).is_null()) {
        s.category = j.at(2).get<std::string>();
      }
    } catch (const std::exception&) {
      s.authentic = false;
    }
    return s;
  }
};

Store::Store(const std::filesystem::path& database, const TemplateKey& key, StoreOptions options)
    : impl_(std::make_unique<Impl>(key)) {
  init_sodium();
  impl_->deployment = std::move(options.deployment);
  impl_->checkpoint =
      options.checkpoint ? *options.checkpoint : std::filesystem::path(database.string() + ".checkpoint");
  // A new store is readable by its owner alone (SQLite gives its journal and WAL the same mode); an existing
  // file is left as it is.
  if (const int fd = ::open(database.c_str(), O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
      fd >= 0) {
    ::close(fd);
  }
  if (sqlite3_open(database.string().c_str(), &impl_->db) != SQLITE_OK) {
    throw std::runtime_error("cannot open the template store `" + database.string() + "`");
  }
  sqlite3_busy_timeout(impl_->db, 5000);
  // An older store has a key check but no schema version: its templates are bound to less, and it cannot be
  // read as this one. A meta table without a key check is a new store that another process is creating at
  // this moment (its rows come in one transaction, below), not an old one.
  {
    Statement old(impl_->db, "SELECT count(*) FROM sqlite_master WHERE name = 'meta'");
    old.step();
    if (old.integer(0) != 0) {
      Statement version(impl_->db, "SELECT (SELECT count(*) FROM meta WHERE key = 'key_check'), "
                                   "(SELECT value FROM meta WHERE key = 'schema')");
      version.step();
      if (version.integer(0) != 0 && version.text(1) != schema_version) {
        throw std::runtime_error("the template store `" + database.string() +
                                 "` was made by an earlier version of facepia: erase it (its templates are "
                                 "not bound to their deployment and purpose) and enrol again");
      }
    }
  }
  impl_->exec(schema);
  impl_->pair_lock = ::open(database.c_str(), O_RDONLY | O_CLOEXEC); // the file exists once the schema is in
  // Created, or checked, in one transaction: two first opens at once cannot both write the meta rows.
  transaction([&] {
    const std::string check = impl_->key_check();
    if (const auto stored = impl_->meta("key_check")) {
      if (*stored != check) {
        throw std::runtime_error("the template key is not the key of the store `" + database.string() + "`");
      }
      impl_->store_id = impl_->meta("store_id").value_or("");
      const auto bound = impl_->meta("deployment").value_or("");
      const std::string deployment = impl_->deployment;
      impl_->deployment = bound;
      if (impl_->meta("binding_mac").value_or("") != impl_->binding_mac()) {
        throw std::runtime_error("the template store `" + database.string() +
                                 "` fails authentication: its binding to a deployment was altered");
      }
      if (bound != deployment) {
        throw std::runtime_error("the template store `" + database.string() + "` serves the deployment `" +
                                 bound + "`, not `" + deployment +
                                 "`: a store serves one deployment, and its templates the purposes they were "
                                 "enrolled for");
      }
    } else {
      std::array<unsigned char, 16> id{};
      randombytes_buf(id.data(), id.size());
      impl_->store_id = hex(id.data(), id.size());
      impl_->put_meta("schema", std::string(schema_version));
      impl_->put_meta("key_check", check);
      impl_->put_meta("store_id", impl_->store_id);
      impl_->put_meta("deployment", impl_->deployment);
      impl_->put_meta("binding_mac", impl_->binding_mac());
    }
  });
}

Store::~Store() = default;
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;

void Store::transaction(const std::function<void()>& work) {
  if (sqlite3_get_autocommit(impl_->db) == 0) { // already inside one: it commits or rolls back as a whole
    work();
    return;
  }
  const ScopedFlock pair(impl_->pair_lock, LOCK_EX);
  impl_->exec("BEGIN IMMEDIATE");
  impl_->audit_appended = false;
  try {
    work();
  } catch (...) {
    impl_->exec("ROLLBACK");
    impl_->audit_appended = false;
    throw;
  }
  impl_->exec("COMMIT");
  if (impl_->audit_appended) {
    impl_->audit_appended = false;
    impl_->write_checkpoint();
  }
}

void Store::scrub() {
  impl_->exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

const std::filesystem::path& Store::checkpoint_path() const {
  return impl_->checkpoint;
}

const std::string& Store::deployment() const {
  return impl_->deployment;
}

std::string subject_pseudonym(const TemplateKey& key, std::string_view name) {
  return mac_hex(key.subkey(subject_pseudonym_label), name);
}

std::string Store::pseudonym(std::string_view name) const {
  return impl_->pseudonym(name);
}

void Store::put_subject(const Subject& s) {
  transaction([&] {
    Subject merged = s;
    if (const auto known = subject(s.id)) {
      if (!known->authentic) {
        throw std::runtime_error("the record of subject `" + s.id +
                                 "` fails authentication: it was written or edited by hand");
      }
      merged.created_at = known->created_at;
      merged.birth_date = s.birth_date ? s.birth_date : known->birth_date;
      merged.category = s.category ? s.category : known->category;
    }
    auto opt = [](const std::optional<std::string>& v) { return v ? nlohmann::json(*v) : nlohmann::json(); };
    const std::string pseudonym = impl_->pseudonym(merged.id);
    const std::string identity =
        impl_->seal(nlohmann::json::array({merged.id, opt(merged.birth_date), opt(merged.category)}).dump(),
                    Impl::identity_context(pseudonym));
    Statement st(impl_->db, "INSERT INTO subjects (id, identity, created_at, forgotten_at, mac) "
                            "VALUES (?1, ?2, ?3, NULL, ?4) ON CONFLICT(id) DO UPDATE SET "
                            "identity = excluded.identity, created_at = excluded.created_at, "
                            "forgotten_at = NULL, mac = excluded.mac");
    st.bind(1, pseudonym)
        .bind(2, identity)
        .bind(3, merged.created_at)
        .bind(4, mac_hex(impl_->record_key,
                         subject_canonical(pseudonym, identity, merged.created_at, std::nullopt)))
        .step();
  });
}

std::optional<Subject> Store::subject(const std::string& id) const {
  Statement st(impl_->db, "SELECT id, identity, created_at, mac FROM subjects WHERE id = ?1");
  st.bind(1, impl_->pseudonym(id));
  if (!st.step()) {
    return std::nullopt;
  }
  return impl_->read_subject(st, id);
}

std::optional<std::string> Store::subject_name(const std::string& pseudonym) const {
  Statement st(impl_->db, "SELECT id, identity, created_at, mac FROM subjects WHERE id = ?1");
  st.bind(1, pseudonym);
  if (!st.step()) {
    return std::nullopt;
  }
  const auto s = impl_->read_subject(st, "");
  if (!s || !s->authentic) {
    return std::nullopt;
  }
  return s->id;
}

std::int64_t Store::add_consent(const ConsentRecord& c) {
  std::int64_t id = 0;
  transaction([&] {
    const std::string pseudonym = impl_->pseudonym(c.subject);
    const std::string given_by = impl_->seal(c.given_by, Impl::given_by_context(pseudonym));
    Statement st(impl_->db,
                 "INSERT INTO consents (subject, given_by, given_at, scope, separate, written, by_guardian, "
                 "withdrawn_at, mac) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, '')");
    st.bind(1, pseudonym)
        .bind(2, given_by)
        .bind(3, c.given_at)
        .bind(4, nlohmann::json(c.scope).dump())
        .bind(5, std::int64_t{c.separate})
        .bind(6, std::int64_t{c.written})
        .bind(7, std::int64_t{c.by_guardian})
        .bind_optional(8, c.withdrawn_at)
        .step();
    id = sqlite3_last_insert_rowid(impl_->db);
    ConsentRecord stored = c;
    stored.id = id;
    Statement mac(impl_->db, "UPDATE consents SET mac = ?2 WHERE id = ?1");
    mac.bind(1, id)
        .bind(2, mac_hex(impl_->record_key, consent_canonical(stored, pseudonym, given_by)))
        .step();
  });
  return id;
}

namespace {

struct StoredConsent {
  ConsentRecord record;
  std::string given_by_stored; // sealed, or "" once erased
};

std::vector<StoredConsent>
read_consents(sqlite3* db, const std::string& name, const std::string& pseudonym,
              const std::function<std::optional<std::string>(const std::string&)>& open_given_by,
              const MacKey& record_key) {
  Statement st(db, "SELECT id, given_by, given_at, scope, separate, written, by_guardian, withdrawn_at, mac "
                   "FROM consents WHERE subject = ?1 ORDER BY id");
  st.bind(1, pseudonym);
  std::vector<StoredConsent> out;
  while (st.step()) {
    StoredConsent sc;
    ConsentRecord& c = sc.record;
    c.id = st.integer(0);
    c.subject = name;
    sc.given_by_stored = st.text(1);
    if (!sc.given_by_stored.empty()) {
      const auto who = open_given_by(sc.given_by_stored);
      c.authentic = who.has_value();
      c.given_by = who.value_or("");
    }
    c.given_at = st.text(2);
    try {
      c.scope = nlohmann::json::parse(st.text(3)).get<std::vector<std::string>>();
    } catch (const std::exception&) {
      c.authentic = false;
    }
    c.separate = st.integer(4) != 0;
    c.written = st.integer(5) != 0;
    c.by_guardian = st.integer(6) != 0;
    c.withdrawn_at = st.optional_text(7);
    c.authentic =
        c.authentic && mac_hex(record_key, consent_canonical(c, pseudonym, sc.given_by_stored)) == st.text(8);
    out.push_back(std::move(sc));
  }
  return out;
}

} // namespace

std::vector<ConsentRecord> Store::consents(const std::string& subject) const {
  const std::string pseudonym = impl_->pseudonym(subject);
  std::vector<ConsentRecord> out;
  for (auto& sc : read_consents(
           impl_->db, subject, pseudonym,
           [&](const std::string& sealed) { return impl_->open(sealed, Impl::given_by_context(pseudonym)); },
           impl_->record_key)) {
    out.push_back(std::move(sc.record));
  }
  return out;
}

std::size_t Store::withdraw_consent(const std::string& subject, const std::string& at) {
  std::size_t n = 0;
  const std::string pseudonym = impl_->pseudonym(subject);
  transaction([&] {
    for (auto& sc : read_consents(
             impl_->db, subject, pseudonym,
             [&](const std::string& sealed) {
               return impl_->open(sealed, Impl::given_by_context(pseudonym));
             },
             impl_->record_key)) {
      auto& c = sc.record;
      if (c.withdrawn_at) {
        continue;
      }
      const bool authentic = c.authentic;
      c.withdrawn_at = at;
      // A forged consent is withdrawn too, but stays unauthenticated: withdrawing must not vouch for it.
      Statement st(impl_->db, "UPDATE consents SET withdrawn_at = ?2, mac = ?3 WHERE id = ?1");
      st.bind(1, c.id)
          .bind(2, at)
          .bind(3, authentic ? mac_hex(impl_->record_key, consent_canonical(c, pseudonym, sc.given_by_stored))
                             : std::string())
          .step();
      ++n;
    }
  });
  return n;
}

std::size_t Store::forget_subject(const std::string& subject, const std::string& at) {
  std::size_t n = 0;
  const std::string pseudonym = impl_->pseudonym(subject);
  transaction([&] {
    for (auto& sc : read_consents(
             impl_->db, subject, pseudonym,
             [&](const std::string& sealed) {
               return impl_->open(sealed, Impl::given_by_context(pseudonym));
             },
             impl_->record_key)) {
      if (sc.given_by_stored.empty()) {
        continue;
      }
      const bool authentic = sc.record.authentic;
      sc.record.given_by.clear();
      Statement st(impl_->db, "UPDATE consents SET given_by = '', mac = ?2 WHERE id = ?1");
      st.bind(1, sc.record.id)
          .bind(2, authentic ? mac_hex(impl_->record_key, consent_canonical(sc.record, pseudonym, ""))
                             : std::string())
          .step();
    }
    Statement known(impl_->db, "SELECT created_at FROM subjects WHERE id = ?1 AND identity <> ''");
    known.bind(1, pseudonym);
    if (known.step()) {
      const std::string created_at = known.text(0);
      Statement st(impl_->db, "UPDATE subjects SET identity = '', forgotten_at = ?2, mac = ?3 WHERE id = ?1");
      st.bind(1, pseudonym)
          .bind(2, at)
          .bind(3, mac_hex(impl_->record_key, subject_canonical(pseudonym, "", created_at, at)))
          .step();
      n = 1;
    }
  });
  return n;
}

std::size_t Store::purge_forgotten(const std::string& forgotten_before) {
  Statement consents(impl_->db, "DELETE FROM consents WHERE subject IN (SELECT id FROM subjects WHERE "
                                "identity = '' AND forgotten_at IS NOT NULL AND forgotten_at <= ?1)");
  consents.bind(1, forgotten_before).step();
  Statement subjects(impl_->db, "DELETE FROM subjects WHERE identity = '' AND forgotten_at IS NOT NULL AND "
                                "forgotten_at <= ?1 AND NOT EXISTS "
                                "(SELECT 1 FROM templates t WHERE t.subject = subjects.id)");
  subjects.bind(1, forgotten_before).step();
  return static_cast<std::size_t>(sqlite3_changes(impl_->db));
}

std::int64_t Store::add_template(const std::string& subject, const Template& t, const std::string& created_at,
                                 const std::optional<std::string>& expires_at,
                                 const TemplateBinding& binding) {
  const std::string pseudonym = impl_->pseudonym(subject);
  std::vector<unsigned char> nonce(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  randombytes_buf(nonce.data(), nonce.size());
  std::vector<unsigned char> cipher(sizeof(Template) + crypto_aead_xchacha20poly1305_ietf_ABYTES);
  unsigned long long len = 0;
  const std::string ad = associated_data(impl_->deployment, pseudonym, created_at, expires_at, binding);
  crypto_aead_xchacha20poly1305_ietf_encrypt(
      cipher.data(), &len, reinterpret_cast<const unsigned char*>(t.data()), sizeof(Template),
      reinterpret_cast<const unsigned char*>(ad.data()), ad.size(), nullptr, nonce.data(),
      impl_->key.bytes().data());
  Statement st(
      impl_->db,
      "INSERT INTO templates (subject, nonce, ciphertext, created_at, expires_at, purpose, consent_id, "
      "consent_scope, mode) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
  st.bind(1, pseudonym)
      .bind_blob(2, nonce)
      .bind_blob(3, cipher)
      .bind(4, created_at)
      .bind_optional(5, expires_at)
      .bind(6, binding.purpose)
      .bind(7, binding.consent_id)
      .bind(8, nlohmann::json(binding.consent_scope).dump())
      .bind(9, binding.mode)
      .step();
  return sqlite3_last_insert_rowid(impl_->db);
}

namespace {
constexpr std::string_view template_columns =
    "SELECT id, subject, nonce, ciphertext, created_at, expires_at, purpose, consent_id, consent_scope, mode "
    "FROM templates ";
}

std::vector<StoredTemplate> Store::templates(const std::string& subject) const {
  Statement st(impl_->db, std::string(template_columns) + "WHERE subject = ?1 ORDER BY id");
  st.bind(1, impl_->pseudonym(subject));
  std::vector<StoredTemplate> out;
  while (st.step()) {
    out.push_back(impl_->decrypt(st));
    out.back().subject = subject;
  }
  return out;
}

std::vector<StoredTemplate> Store::all_templates() const {
  Statement st(impl_->db, std::string(template_columns) + "ORDER BY id");
  std::vector<StoredTemplate> out;
  std::map<std::string, std::optional<std::string>> names; // pseudonym -> name, read once per subject
  while (st.step()) {
    out.push_back(impl_->decrypt(st));
    auto& t = out.back();
    auto known = names.find(t.subject);
    if (known == names.end()) {
      known = names.emplace(t.subject, subject_name(t.subject)).first;
    }
    // A subject whose record does not read back is named by its pseudonym, which no subject record
    // answers to: its templates are never matched.
    if (known->second) {
      t.subject = *known->second;
    }
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
  st.bind(1, impl_->pseudonym(subject)).step();
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
    e.hash = audit_hash(impl_->audit_key, e.prev_hash, e);
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
    impl_->audit_appended = true;
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

AuditCheck Store::verify_audit_chain(AuditScope scope) const {
  // Inside a transaction this process already holds the pair exclusively.
  const bool in_transaction = sqlite3_get_autocommit(impl_->db) == 0;
  const ScopedFlock pair(in_transaction ? -1 : impl_->pair_lock, LOCK_SH);
  std::string problem;
  const auto checkpoint = impl_->read_checkpoint(problem);
  if (checkpoint && problem.empty() && scope == AuditScope::since_checkpoint) {
    return verify_audit_since(impl_->audit_from(std::max<std::int64_t>(checkpoint->count, 1)),
                              impl_->audit_key, *checkpoint, [this] { return impl_->audit_count(); });
  }
  const auto log = audit_log();
  if (!checkpoint) {
    auto check = recognition::verify_audit_chain(log, impl_->audit_key);
    if (check.ok && !log.empty()) {
      check.ok = false;
      check.first_bad_seq = 1;
      check.problem = "the audit checkpoint `" + impl_->checkpoint.string() +
                      "` is missing: the log cannot be checked for removed entries or a restored older copy";
    }
    return check;
  }
  if (!problem.empty()) {
    AuditCheck check;
    check.ok = false;
    check.entries = log.size();
    check.problem = problem;
    return check;
  }
  return recognition::verify_audit_chain(log, impl_->audit_key, *checkpoint);
}

} // namespace facepia::recognition
