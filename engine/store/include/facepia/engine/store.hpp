// The assessment store: an embedded SQLite file. Every assessment is recorded in one transaction, with a
// keep-until date at least three years on (PIPL Art. 56: the impact assessment report and processing records
// are kept at least three years); an interrupted run leaves no partial record. The full report is kept
// compressed (zstd). Records past their keep-until date that a newer one supersedes can be pruned.
#pragma once

#include "facepia/engine/engine.hpp"

#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
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

// The key that authenticates assessment records for one face runtime: derived from that runtime's template
// key (keyed BLAKE2b of the label), as the runtime derives it, so that only who holds the template key can
// write a record the runtime accepts.
using RecordKey = std::array<unsigned char, 32>;
inline constexpr std::string_view record_key_label = "facepia assessment records v1";
// From the template key's 64 hex digits; throws std::runtime_error when malformed.
RecordKey record_key_from_template_key(std::string_view hex);
// From a template key file: a regular file of the user's own that nobody else may read; throws.
RecordKey record_key_from_file(const std::filesystem::path& path);

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
  // From now on, every record carries a MAC under `key`.
  void authenticate_records(const RecordKey& key);
  // Whether a record of this assessment carries a MAC under `key` (a row written by hand does not).
  bool contains_authentic(const std::string& assessment_id, const RecordKey& key) const;
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
  bool contains(const std::string& assessment_id) const;
  // Deletes the records past their keep-until date on `today` that a newer record supersedes (of the same
  // assessment or deployment file), in one transaction; the newest record of each deployment is kept whatever
  // its date. Returns how many (with `dry_run`, how many it would delete, deleting nothing).
  std::size_t prune(dsl::Date today, bool dry_run = false);

private:
  sqlite3* db_ = nullptr;
  bool in_batch_ = false;
  std::optional<RecordKey> record_key_;
};

// The keep-until date of an assessment made on `day`: three years on (PIPL Art. 56).
dsl::Date keep_until(dsl::Date day);

} // namespace facepia::engine
