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
  // Inside a batch, the record is part of the batch's transaction.
  std::int64_t record(const Assessment& assessment);
  // A batch: every record() until commit_batch() is one transaction, so that a command records all of its
  // assessments or none (it commits only once its output is written). A store destroyed with a batch open
  // records nothing of it. Throws std::runtime_error.
  void begin_batch();
  void commit_batch();
  // Newest first; limit 0: all. Without `with_reports`, report_json is left empty (a list need not read the
  // full reports, about 100 KB each).
  std::vector<StoredAssessment> history(std::size_t limit = 0, bool with_reports = true) const;
  // The newest record whose id starts with `id_prefix_or_seq`, or whose row is that number.
  std::optional<StoredAssessment> find(const std::string& id_prefix_or_seq) const;
  std::optional<StoredAssessment> latest(const std::string& assessment_id) const;
  bool contains(const std::string& assessment_id) const { return latest(assessment_id).has_value(); }

private:
  sqlite3* db_ = nullptr;
  bool in_batch_ = false;
};

// The keep-until date of an assessment made on `day`: three years on (PIPL Art. 56).
dsl::Date keep_until(dsl::Date day);

} // namespace facepia::engine
