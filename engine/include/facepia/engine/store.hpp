// The assessment store: an embedded SQLite file. Every assessment is recorded in one transaction, with a
// keep-until date at least three years on (PIPL Art. 56: the impact assessment report and processing records
// are kept at least three years); an interrupted run leaves no partial record.
#pragma once

#include "facepia/engine/engine.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace facepia::engine {

struct StoredAssessment {
  std::int64_t seq = 0; // the row, in recording order
  std::string id;       // the assessment id
  std::string deployment;
  std::string deployment_file;
  std::string decision;
  std::string as_of;
  std::string assessed_at; // UTC, ISO 8601
  std::string keep_until;  // YYYY-MM-DD
  std::string engine_version;
  std::size_t findings = 0;
  std::string report_json; // the full assessment as `facepia assess --format json` prints it
};

class Store {
public:
  // Opens or creates the file. Throws std::runtime_error when it cannot.
  explicit Store(const std::filesystem::path& path);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Records one assessment in one transaction; returns its row. Throws std::runtime_error (nothing recorded).
  std::int64_t record(const Assessment& assessment);
  std::vector<StoredAssessment> history(std::size_t limit = 0) const; // newest first; 0: all
  std::optional<StoredAssessment> latest(const std::string& assessment_id) const;
  bool contains(const std::string& assessment_id) const { return latest(assessment_id).has_value(); }

private:
  sqlite3* db_ = nullptr;
};

// The keep-until date of an assessment made on `day`: three years on (PIPL Art. 56).
dsl::Date keep_until(dsl::Date day);

} // namespace facepia::engine
