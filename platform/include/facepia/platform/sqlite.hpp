// SQLite statements: prepared once, bound by position, stepped; every failure a std::runtime_error that names
// the database it happened in ("assessment store: ...").
#pragma once

#include <cstdint>
#include <optional>
#include <sqlite3.h>
#include <string>
#include <string_view>
#include <vector>

namespace facepia::platform {

class SqliteStatement {
public:
  // `what` names the database in error messages.
  SqliteStatement(sqlite3* db, std::string_view sql, std::string_view what);
  ~SqliteStatement();
  SqliteStatement(const SqliteStatement&) = delete;
  SqliteStatement& operator=(const SqliteStatement&) = delete;

  SqliteStatement& bind(int i, std::string_view text);
  SqliteStatement& bind(int i, const std::string& text) { return bind(i, std::string_view(text)); }
  SqliteStatement& bind(int i, std::int64_t value);
  SqliteStatement& bind_optional(int i, const std::optional<std::string>& text); // NULL when absent
  SqliteStatement& bind_blob(int i, const std::vector<unsigned char>& bytes);

  // True while there is a row.
  bool step();
  // Steps once, then resets the statement and clears its bindings for the next run.
  void run();

  std::string text(int column) const;
  std::optional<std::string> optional_text(int column) const; // nullopt for NULL
  std::int64_t integer(int column) const;
  std::vector<unsigned char> blob(int column) const;

private:
  void check(int rc) const;
  sqlite3* db_;
  sqlite3_stmt* statement_ = nullptr;
  std::string what_;
};

// Runs SQL without results (a schema, BEGIN, COMMIT); throws as SqliteStatement does.
void sqlite_exec(sqlite3* db, std::string_view sql, std::string_view what);

} // namespace facepia::platform
