#include "facepia/engine/store.hpp"

#include "facepia/engine/output.hpp"
#include "facepia/platform/clock.hpp"
#include "facepia/platform/sqlite.hpp"

#include <chrono>
#include <ctime>
#include <sqlite3.h>
#include <stdexcept>

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

// A statement on the assessment store: its errors say "assessment store: ...".
class Statement : public platform::SqliteStatement {
public:
  Statement(sqlite3* db, std::string_view sql) : SqliteStatement(db, sql, "assessment store") {}
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
  r.report_json = s.text(9);
  r.findings = static_cast<std::size_t>(s.integer(10));
  return r;
}

// The columns row() reads; `report` is the report_json column or '' (a list without the reports).
std::string select_columns(bool with_report = true) {
  return std::string(
             "SELECT a.seq, a.id, a.deployment, a.deployment_file, a.decision, a.as_of, a.assessed_at, "
             "a.keep_until, a.engine_version, ") +
         (with_report ? "a.report_json" : "''") +
         ", (SELECT count(*) FROM findings f WHERE f.seq = a.seq) FROM assessments a ";
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
        .bind(9, report);
    insert.run();
    const std::int64_t seq = sqlite3_last_insert_rowid(db_);
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
