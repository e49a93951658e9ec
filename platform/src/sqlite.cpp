#include "facepia/platform/sqlite.hpp"

#include <stdexcept>

namespace facepia::platform {

SqliteStatement::SqliteStatement(sqlite3* db, std::string_view sql, std::string_view what)
    : db_(db), what_(what) {
  if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &statement_, nullptr) != SQLITE_OK) {
    throw std::runtime_error(what_ + ": " + sqlite3_errmsg(db));
  }
}

SqliteStatement::~SqliteStatement() {
  sqlite3_finalize(statement_);
}

void SqliteStatement::check(int rc) const {
  if (rc != SQLITE_OK) {
    throw std::runtime_error(what_ + ": " + sqlite3_errmsg(db_));
  }
}

SqliteStatement& SqliteStatement::bind(int i, std::string_view text) {
  check(sqlite3_bind_text(statement_, i, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT));
  return *this;
}

SqliteStatement& SqliteStatement::bind(int i, std::int64_t value) {
  check(sqlite3_bind_int64(statement_, i, value));
  return *this;
}

SqliteStatement& SqliteStatement::bind_optional(int i, const std::optional<std::string>& text) {
  if (text) {
    return bind(i, std::string_view(*text));
  }
  check(sqlite3_bind_null(statement_, i));
  return *this;
}

SqliteStatement& SqliteStatement::bind_blob(int i, const std::vector<unsigned char>& bytes) {
  check(sqlite3_bind_blob(statement_, i, bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT));
  return *this;
}

bool SqliteStatement::step() {
  const int rc = sqlite3_step(statement_);
  if (rc == SQLITE_ROW) {
    return true;
  }
  if (rc == SQLITE_DONE) {
    return false;
  }
  throw std::runtime_error(what_ + ": " + sqlite3_errmsg(db_));
}

void SqliteStatement::run() {
  step();
  sqlite3_reset(statement_);
  sqlite3_clear_bindings(statement_);
}

std::string SqliteStatement::text(int column) const {
  const auto* p = sqlite3_column_text(statement_, column);
  return p == nullptr ? std::string() : std::string(reinterpret_cast<const char*>(p));
}

std::optional<std::string> SqliteStatement::optional_text(int column) const {
  if (sqlite3_column_type(statement_, column) == SQLITE_NULL) {
    return std::nullopt;
  }
  return text(column);
}

std::int64_t SqliteStatement::integer(int column) const {
  return sqlite3_column_int64(statement_, column);
}

std::vector<unsigned char> SqliteStatement::blob(int column) const {
  const auto* p = static_cast<const unsigned char*>(sqlite3_column_blob(statement_, column));
  const auto n = static_cast<std::size_t>(sqlite3_column_bytes(statement_, column));
  return p == nullptr ? std::vector<unsigned char>() : std::vector<unsigned char>(p, p + n);
}

void sqlite_exec(sqlite3* db, std::string_view sql, std::string_view what) {
  char* error = nullptr;
  if (sqlite3_exec(db, std::string(sql).c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
    std::string message = error != nullptr ? error : "unknown error";
    sqlite3_free(error);
    throw std::runtime_error(std::string(what) + ": " + message);
  }
}

} // namespace facepia::platform
