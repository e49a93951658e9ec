// Runs `facepia assess --format json` on every row of examples/deployments/expected.tsv and checks the
// decision, the citations of the breaches, the instruments reported as not in force, and the exact set of
// runtime conditions (a breach must never leave the runtime less strict). Every row names its assessment
// date, so that the results do not move with the calendar: a law coming into force later changes no row until
// the row's date is moved on purpose.
#define CATCH_CONFIG_MAIN
#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <vector>

namespace {

const std::filesystem::path source_dir{FACEPIA_SOURCE_DIR};

struct Expectation {
  std::string file;
  std::string as_of; // YYYY-MM-DD, passed as --as-of
  std::string decision;
  std::vector<std::string> breach_labels;
  std::vector<std::string> not_in_force;
  std::vector<std::string> conditions; // every condition key, sorted; a key that cures a breach ends in `!`
};

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::string part;
  std::istringstream in(text);
  while (std::getline(in, part, separator)) {
    if (!part.empty() && part != "-") {
      parts.push_back(part);
    }
  }
  return parts;
}

bool is_date(const std::string& text) {
  static const std::regex date(R"(\d{4}-\d{2}-\d{2})");
  return std::regex_match(text, date);
}

std::vector<Expectation> read_expectations() {
  std::ifstream in(source_dir / "examples/deployments/expected.tsv");
  REQUIRE(in);
  std::vector<Expectation> rows;
  std::string line;
  std::getline(in, line); // header
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') {
      continue;
    }
    std::vector<std::string> cells;
    std::istringstream cells_in(line);
    std::string cell;
    while (std::getline(cells_in, cell, '\t')) {
      cells.push_back(cell);
    }
    REQUIRE(cells.size() == 6);
    INFO(line);
    REQUIRE(is_date(cells[1]));
    rows.push_back(
        {cells[0], cells[1], cells[2], split(cells[3], ','), split(cells[4], ','), split(cells[5], ',')});
  }
  return rows;
}

struct Run {
  int exit_code = -1;
  std::string out;
};

Run run(const std::string& command) {
  Run result;
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  std::array<char, 4096> buffer{};
  std::size_t n = 0;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) {
    result.out.append(buffer.data(), n);
  }
  const int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

} // namespace

TEST_CASE("every example deployment gets its expected decision and citations") {
  const auto rows = read_expectations();
  REQUIRE(rows.size() >= 11);
  for (const auto& row : rows) {
    DYNAMIC_SECTION(row.file << " as of " << row.as_of) {
      const auto deployment = source_dir / "examples/deployments" / row.file;
      const std::string command =
          std::string("'") + FACEPIA_PROGRAM + "' assess --no-record --format json --rules '" +
          (source_dir / "rules").string() + "' --as-of " + row.as_of + " '" + deployment.string() + "'";
      const Run result = run(command + " 2>/dev/null");
      INFO(command);
      const int expected_exit = row.decision == "deny" ? 1 : 0;
      CHECK(result.exit_code == expected_exit);
      const auto json = nlohmann::json::parse(result.out);
      CHECK(json.at("as_of") == row.as_of);
      CHECK(json.at("decision") == row.decision);

      std::set<std::string> breach_labels;
      for (const auto& finding : json.at("findings")) {
        if (finding.at("status") == "breach") {
          for (const auto& citation : finding.at("citations")) {
            breach_labels.insert(citation.at("label").get<std::string>());
          }
        }
      }
      for (const auto& label : row.breach_labels) {
        INFO("expected a breach citing " << label);
        CHECK(breach_labels.count(label) == 1);
      }
      std::set<std::string> not_in_force;
      for (const auto& provision : json.at("provisions_not_in_force")) {
        not_in_force.insert(provision.at("instrument").get<std::string>());
      }
      for (const auto& instrument : row.not_in_force) {
        INFO("expected " << instrument << " to be reported as not in force");
        CHECK(not_in_force.count(instrument) == 1);
        bool listed = false;
        for (const auto& state : json.at("instruments")) {
          if (state.at("instrument") == instrument) {
            listed = true;
            CHECK(state.at("state") == "not_in_force");
          }
        }
        CHECK(listed);
      }
      // A deny with no breach must still have a reason: an undetermined finding that refuses, no instrument
      // at all, or an instrument that no encoded rule covers.
      if (row.decision == "deny" && row.breach_labels.empty()) {
        bool undetermined_refusal = false;
        for (const auto& finding : json.at("findings")) {
          undetermined_refusal = undetermined_refusal ||
                                 (finding.at("status") == "undetermined" && finding.at("refuses") == true);
        }
        CHECK((json.at("no_instrument_applies") == true || json.at("not_assessed") == true ||
               undetermined_refusal));
      }
      // Every breach either refuses or is cured by a condition of its own rule that the runtime enforces.
      for (const auto& finding : json.at("findings")) {
        if (finding.at("status") == "breach" && finding.at("refuses") == false &&
            finding.at("severity") != "advisory") {
          bool cured = false;
          for (const auto& c : json.at("conditions")) {
            cured = cured || (c.at("rule") == finding.at("rule") && c.value("cures", "") == "breach");
          }
          INFO("breach of " << finding.at("rule") << " is neither refusing nor cured");
          CHECK(cured);
        }
      }
      std::set<std::string> keys;
      for (const auto& c : json.at("conditions")) {
        keys.insert(c.at("key").get<std::string>() + (c.contains("cures") ? "!" : ""));
      }
      CHECK(std::vector<std::string>(keys.begin(), keys.end()) == row.conditions);
      if (row.decision == "conditional") {
        CHECK_FALSE(json.at("conditions").empty());
      }
    }
  }
}
