#include "facepia/engine/store.hpp"

#include "facepia/engine/output.hpp"
#include "facepia/platform/clock.hpp"
#include "facepia/platform/sqlite.hpp"

#include <array>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <nlohmann/json.hpp>
#include <sodium.h>
#include <sqlite3.h>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>
#include <zstd.h>

namespace facepia::engine {
namespace {

constexpr const char* schema = R"sql(
CREATE TABLE IF NOT EXISTS assessments (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL,
  deployment TEXT NOT NULL,
  deployment_file TEXT NOT NULL,
  decision TEXT NOT NULL CHECK (decision IN ('allow', 'conditional', 'deny')),
  as_of TEXT NOT NULL,
  assessed_at TEXT NOT NULL,
  keep_until TEXT NOT NULL,
  engine_version TEXT NOT NULL,
  report_json TEXT NOT NULL
);
-- A record's MAC under the key of the face runtime that relies on it (record_key_from_template_key).
CREATE TABLE IF NOT EXISTS record_macs (
  seq INTEGER PRIMARY KEY REFERENCES assessments(seq),
  mac TEXT NOT NULL
);
-- Where a report is recorded compressed: the report_json column is then ''.
CREATE TABLE IF NOT EXISTS reports (
  seq INTEGER PRIMARY KEY REFERENCES assessments(seq),
  zstd BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS assessments_id ON assessments(id);
CREATE TABLE IF NOT EXISTS findings (
  seq INTEGER NOT NULL REFERENCES assessments(seq),
  rule TEXT NOT NULL,
  status TEXT NOT NULL,
  severity TEXT NOT NULL,
  citations TEXT NOT NULL,
  message TEXT NOT NULL,
  missing_facts TEXT NOT NULL,
  exception TEXT
);
CREATE TABLE IF NOT EXISTS conditions (
  seq INTEGER NOT NULL REFERENCES assessments(seq),
  key TEXT NOT NULL,
  value TEXT NOT NULL,
  rule TEXT NOT NULL,
  description TEXT NOT NULL
);
-- The findings and conditions of a record are read by its row: without these, every count is a full scan.
CREATE INDEX IF NOT EXISTS findings_seq ON findings(seq);
CREATE INDEX IF NOT EXISTS conditions_seq ON conditions(seq);
)sql";

// A report is about 100 KB of JSON, most of it the same statute text and explanations from one record to the
// next: zstd level 9 keeps about a tenth of it, in about a millisecond.
constexpr int report_compression_level = 9;

std::string compress(const std::string& text) {
  std::string out(ZSTD_compressBound(text.size()), '\0');
  const std::size_t n =
      ZSTD_compress(out.data(), out.size(), text.data(), text.size(), report_compression_level);
  if (ZSTD_isError(n) != 0U) {
    throw std::runtime_error(std::string("assessment store: cannot compress a report: ") +
                             ZSTD_getErrorName(n));
  }
  out.resize(n);
  return out;
}

std::string decompress(const void* data, std::size_t size) {
  const unsigned long long expected = ZSTD_getFrameContentSize(data, size);
  // A recorded report is at most a few MB; anything else is not one of ours.
  if (expected == ZSTD_CONTENTSIZE_ERROR || expected == ZSTD_CONTENTSIZE_UNKNOWN ||
      expected > (256ULL << 20U)) {
    throw std::runtime_error("assessment store: a recorded report is damaged");
  }
  std::string out(static_cast<std::size_t>(expected), '\0');
  const std::size_t n = ZSTD_decompress(out.data(), out.size(), data, size);
  if (ZSTD_isError(n) != 0U || n != out.size()) {
    throw std::runtime_error("assessment store: a recorded report is damaged");
  }
  return out;
}

std::string record_canonical(const std::string& id, const std::string& deployment, const std::string& file,
                             const std::string& decision, const std::string& as_of,
                             const std::string& assessed_at, const std::string& keep_until,
                             const std::string& engine_version) {
  return nlohmann::json::array({"facepia-assessment-record-v1", id, deployment, file, decision, as_of,
                                assessed_at, keep_until, engine_version})
      .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string record_mac(const RecordKey& key, const std::string& canonical) {
  std::array<unsigned char, crypto_generichash_BYTES> digest{};
  crypto_generichash(digest.data(), digest.size(), reinterpret_cast<const unsigned char*>(canonical.data()),
                     canonical.size(), key.data(), key.size());
  std::string out(digest.size() * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), digest.data(), digest.size());
  out.pop_back();
  return out;
}

// A statement on the assessment store: its errors say "assessment store: ...".
class Statement : public platform::SqliteStatement {
public:
  Statement(sqlite3* db, std::string_view sql) : SqliteStatement(db, sql, "assessment store") {}
  bool is_null(int column) const { return !optional_text(column).has_value(); }
  // A zstd-compressed report column, decompressed.
  std::string blob_text(int column) const {
    const auto bytes = blob(column);
    return bytes.empty() ? std::string() : decompress(bytes.data(), bytes.size());
  }
};

void exec(sqlite3* db, std::string_view sql) {
  platform::sqlite_exec(db, sql, "assessment store");
}

StoredAssessment row(const Statement& s) {
  StoredAssessment r;
  r.seq = s.integer(0);
  r.id = s.text(1);
  r.deployment = s.text(2);
  r.deployment_file = s.text(3);
  r.decision = s.text(4);
  r.as_of = s.text(5);
  r.assessed_at = s.text(6);
  r.keep_until = s.text(7);
  r.engine_version = s.text(8);
  r.report_json = s.is_null(11) ? s.text(9) : s.blob_text(11);
  r.findings = static_cast<std::size_t>(s.integer(10));
  return r;
}

// The columns row() reads; `report` is the report_json column or '' (a list without the reports).
std::string select_columns(bool with_report = true) {
  return std::string(
             "SELECT a.seq, a.id, a.deployment, a.deployment_file, a.decision, a.as_of, a.assessed_at, "
             "a.keep_until, a.engine_version, ") +
         (with_report ? "a.report_json" : "''") +
         ", (SELECT count(*) FROM findings f WHERE f.seq = a.seq), " +
         (with_report ? "(SELECT r.zstd FROM reports r WHERE r.seq = a.seq)" : "NULL") +
         " FROM assessments a ";
}

} // namespace

dsl::Date keep_until(dsl::Date day) {
  return day.add_months(36);
}

Store::Store(const std::filesystem::path& path) {
  if (sqlite3_open_v2(path.string().c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
      SQLITE_OK) {
    std::string message = db_ != nullptr ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    db_ = nullptr;
    throw std::runtime_error("cannot open the assessment store `" + path.string() + "`: " + message);
  }
  sqlite3_busy_timeout(db_, 5000);
  try {
    // WAL with synchronous=NORMAL: each assessment is still one atomic transaction, without an fsync per
    // commit.
    exec(db_, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;");
    exec(db_, schema);
  } catch (...) {
    sqlite3_close(db_);
    db_ = nullptr;
    throw;
  }
}

Store::~Store() {
  if (in_batch_) {
    sqlite3_exec(db_, "ROLLBACK;", nullptr, nullptr, nullptr);
  }
  sqlite3_close(db_);
}

void Store::begin_batch() {
  exec(db_, "BEGIN IMMEDIATE;");
  in_batch_ = true;
}

void Store::commit_batch() {
  exec(db_, "COMMIT;");
  in_batch_ = false;
}

std::int64_t Store::record(const Assessment& a) {
  const std::string report = to_json(a).dump();
  exec(db_, in_batch_ ? "SAVEPOINT record;" : "BEGIN IMMEDIATE;");
  try {
    Statement insert(
        db_, "INSERT INTO assessments (id, deployment, deployment_file, decision, as_of, assessed_at, "
             "keep_until, engine_version, report_json) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    insert.bind(1, a.id)
        .bind(2, a.deployment_name)
        .bind(3, a.deployment_file)
        .bind(4, std::string(dsl::to_string(a.decision)))
        .bind(5, a.as_of.iso())
        .bind(6, platform::utc_now())
        .bind(7, keep_until(today()).iso())
        .bind(8, std::string(engine_version()))
        .bind(9, std::string());
    insert.run();
    const std::int64_t seq = sqlite3_last_insert_rowid(db_);
    Statement compressed(db_, "INSERT INTO reports (seq, zstd) VALUES (?1, ?2)");
    const std::string packed = compress(report);
    compressed.bind(1, seq).bind_blob(2, std::vector<unsigned char>(packed.begin(), packed.end()));
    compressed.run();
    if (record_key_) {
      Statement stored(db_,
                       "SELECT id, deployment, deployment_file, decision, as_of, assessed_at, keep_until, "
                       "engine_version FROM assessments WHERE seq = ?1");
      stored.bind(1, seq);
      stored.step();
      Statement mac(db_, "INSERT INTO record_macs (seq, mac) VALUES (?1, ?2)");
      mac.bind(1, seq).bind(
          2, record_mac(*record_key_,
                        record_canonical(stored.text(0), stored.text(1), stored.text(2), stored.text(3),
                                         stored.text(4), stored.text(5), stored.text(6), stored.text(7))));
      mac.run();
    }
    Statement finding(db_,
                      "INSERT INTO findings (seq, rule, status, severity, citations, message, missing_facts, "
                      "exception) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    for (const auto& f : a.findings) {
      std::string citations;
      for (const auto& c : f.rule->citations) {
        citations += (citations.empty() ? "" : ", ") + c.label();
      }
      std::string missing;
      for (const auto& m : f.missing_facts) {
        missing += (missing.empty() ? "" : ", ") + m;
      }
      finding.bind(1, seq)
          .bind(2, f.rule->id)
          .bind(3, std::string(dsl::to_string(f.status)))
          .bind(4, std::string(dsl::to_string(f.rule->severity)))
          .bind(5, citations)
          .bind(6, f.message)
          .bind(7, missing);
      if (f.exception) {
        finding.bind(8, f.rule->exceptions[*f.exception].name);
      }
      finding.run();
    }
    Statement condition(
        db_, "INSERT INTO conditions (seq, key, value, rule, description) VALUES (?1, ?2, ?3, ?4, ?5)");
    for (const auto& c : a.conditions) {
      condition.bind(1, seq)
          .bind(2, c.condition->key)
          .bind(3, c.condition->value ? dsl::format_value(*c.condition->value) : std::string())
          .bind(4, c.rule->id)
          .bind(5, c.condition->description);
      condition.run();
    }
    exec(db_, in_batch_ ? "RELEASE record;" : "COMMIT;");
    return seq;
  } catch (...) {
    sqlite3_exec(db_, in_batch_ ? "ROLLBACK TO record; RELEASE record;" : "ROLLBACK;", nullptr, nullptr,
                 nullptr);
    throw;
  }
}

std::vector<StoredAssessment> Store::history(std::size_t limit, bool with_reports) const {
  std::string sql = select_columns(with_reports) + "ORDER BY a.seq DESC";
  if (limit != 0) {
    sql += " LIMIT " + std::to_string(limit);
  }
  Statement s(db_, sql.c_str());
  std::vector<StoredAssessment> out;
  while (s.step()) {
    out.push_back(row(s));
  }
  return out;
}

RecordKey record_key_from_template_key(std::string_view hex) {
  if (sodium_init() < 0) {
    throw std::runtime_error("libsodium failed to initialise");
  }
  while (!hex.empty() && (hex.back() == '\n' || hex.back() == '\r' || hex.back() == ' ')) {
    hex.remove_suffix(1);
  }
  std::array<unsigned char, 32> key{};
  std::size_t len = 0;
  if (hex.size() != 64 ||
      sodium_hex2bin(key.data(), key.size(), hex.data(), hex.size(), nullptr, &len, nullptr) != 0 ||
      len != 32) {
    throw std::runtime_error("the template key must be 64 hex digits (32 bytes)");
  }
  RecordKey out{};
  crypto_generichash(out.data(), out.size(), reinterpret_cast<const unsigned char*>(record_key_label.data()),
                     record_key_label.size(), key.data(), key.size());
  sodium_memzero(key.data(), key.size());
  return out;
}

RecordKey record_key_from_file(const std::filesystem::path& path) {
  // As the face runtime reads it: a regular file of the user's own that nobody else may read.
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) {
    throw std::runtime_error("cannot read the template key file `" + path.string() + "`");
  }
  std::string text(130, '\0');
  struct stat info {};
  const bool regular = ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode);
  const ssize_t n = regular ? ::read(fd, text.data(), text.size()) : -1;
  ::close(fd);
  if (!regular) {
    throw std::runtime_error("the template key file `" + path.string() + "` is not a regular file");
  }
  if (info.st_uid != ::geteuid() || (info.st_mode & 077U) != 0) {
    throw std::runtime_error("the template key file `" + path.string() +
                             "` must be owned by you and readable by you alone: chmod 600 it");
  }
  if (n < 0) {
    throw std::runtime_error("cannot read the template key file `" + path.string() + "`");
  }
  text.resize(static_cast<std::size_t>(n));
  text = text.substr(0, text.find('\n'));
  auto key = record_key_from_template_key(text);
  sodium_memzero(text.data(), text.size());
  return key;
}

bool Store::contains(const std::string& assessment_id) const {
  Statement s(db_, "SELECT 1 FROM assessments WHERE id = ?1 LIMIT 1");
  s.bind(1, assessment_id);
  return s.step();
}

void Store::authenticate_records(const RecordKey& key) {
  record_key_ = key;
}

bool Store::contains_authentic(const std::string& assessment_id, const RecordKey& key) const {
  Statement s(db_,
              "SELECT a.id, a.deployment, a.deployment_file, a.decision, a.as_of, a.assessed_at, "
              "a.keep_until, a.engine_version, m.mac FROM assessments a JOIN record_macs m ON m.seq = a.seq "
              "WHERE a.id = ?1 ORDER BY a.seq DESC");
  s.bind(1, assessment_id);
  while (s.step()) {
    const std::string expected =
        record_mac(key, record_canonical(s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5),
                                         s.text(6), s.text(7)));
    if (sodium_memcmp(expected.data(), s.text(8).data(), expected.size()) == 0 &&
        s.text(8).size() == expected.size()) {
      return true;
    }
  }
  return false;
}

std::size_t Store::prune(dsl::Date today, bool dry_run) {
  // Past its keep-until date and superseded: a newer record of the same assessment, or of the same deployment
  // file, exists. The newest record of a deployment is what a runtime relies on, and is never pruned.
  static constexpr const char* prunable = "FROM assessments a WHERE a.keep_until < ?1 AND EXISTS (SELECT 1 "
                                          "FROM assessments b WHERE b.seq > a.seq "
                                          "AND (b.id = a.id OR b.deployment_file = a.deployment_file))";
  if (dry_run) {
    Statement count(db_, (std::string("SELECT count(*) ") + prunable).c_str());
    count.bind(1, today.iso());
    count.step();
    return static_cast<std::size_t>(count.integer(0));
  }
  exec(db_, "BEGIN IMMEDIATE;");
  try {
    exec(db_, "CREATE TEMP TABLE IF NOT EXISTS pruned (seq INTEGER PRIMARY KEY); DELETE FROM temp.pruned;");
    Statement mark(db_, (std::string("INSERT INTO temp.pruned SELECT a.seq ") + prunable).c_str());
    mark.bind(1, today.iso());
    mark.run();
    const auto n = static_cast<std::size_t>(sqlite3_changes(db_));
    exec(db_, "DELETE FROM findings WHERE seq IN (SELECT seq FROM temp.pruned);"
              "DELETE FROM conditions WHERE seq IN (SELECT seq FROM temp.pruned);"
              "DELETE FROM reports WHERE seq IN (SELECT seq FROM temp.pruned);"
              "DELETE FROM record_macs WHERE seq IN (SELECT seq FROM temp.pruned);"
              "DELETE FROM assessments WHERE seq IN (SELECT seq FROM temp.pruned);"
              "DELETE FROM temp.pruned;");
    exec(db_, "COMMIT;");
    return n;
  } catch (...) {
    sqlite3_exec(db_, "ROLLBACK;", nullptr, nullptr, nullptr);
    throw;
  }
}

std::optional<StoredAssessment> Store::latest(const std::string& assessment_id) const {
  Statement s(db_, (select_columns() + "WHERE a.id = ?1 ORDER BY a.seq DESC LIMIT 1").c_str());
  s.bind(1, assessment_id);
  if (s.step()) {
    return row(s);
  }
  return std::nullopt;
}

std::optional<StoredAssessment> Store::find(const std::string& id_prefix_or_seq) const {
  if (id_prefix_or_seq.empty()) {
    return std::nullopt;
  }
  Statement s(
      db_, (select_columns() +
            "WHERE substr(a.id, 1, length(?1)) = ?1 OR CAST(a.seq AS TEXT) = ?1 ORDER BY a.seq DESC LIMIT 1")
               .c_str());
  s.bind(1, id_prefix_or_seq);
  if (s.step()) {
    return row(s);
  }
  return std::nullopt;
}

} // namespace facepia::engine
