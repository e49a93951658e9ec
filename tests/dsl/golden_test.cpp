// Golden diagnostics: every tests/dsl/golden/*.fp is linted as `facepia lint golden/NAME.fp` would lint it
// (run from tests/dsl), and its rendered diagnostics must equal golden/NAME.expected byte for byte.
//
// FACEPIA_UPDATE_GOLDEN=1 rewrites the .expected files from the current output instead. They are the
// specification of the messages: read every changed one before committing it.
#include "facepia/dsl/dsl.hpp"
#include "support.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
namespace dsl = facepia::dsl;

namespace {

using facepia::test::read;

// Runs the body with the working directory set to tests/dsl, so that paths print as `golden/NAME.fp`.
class InTestDir {
public:
  InTestDir() : previous_(fs::current_path()) { fs::current_path(FACEPIA_DSL_TEST_DIR); }
  ~InTestDir() { fs::current_path(previous_); }
  InTestDir(const InTestDir&) = delete;
  InTestDir& operator=(const InTestDir&) = delete;

private:
  fs::path previous_;
};

std::vector<std::string> golden_cases() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(fs::path(FACEPIA_DSL_TEST_DIR) / "golden")) {
    if (entry.is_regular_file() && entry.path().extension() == ".fp") {
      names.push_back(entry.path().stem().string());
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::string lint(const std::string& name) {
  const InTestDir in_test_dir;
  const dsl::LoadResult result = dsl::load({fs::path("golden") / (name + ".fp")});
  return dsl::render_all(result.diagnostics, result.program.sources);
}

} // namespace

TEST_CASE("golden: every case's diagnostics are exactly its .expected file", "[golden]") {
  const bool update = std::getenv("FACEPIA_UPDATE_GOLDEN") != nullptr;
  const fs::path dir = fs::path(FACEPIA_DSL_TEST_DIR) / "golden";
  for (const std::string& name : golden_cases()) {
    DYNAMIC_SECTION(name) {
      const std::string actual = lint(name);
      const fs::path expected_path = dir / (name + ".expected");
      if (update) {
        std::ofstream(expected_path, std::ios::binary) << actual;
      }
      REQUIRE(fs::exists(expected_path));
      CHECK(actual == read(expected_path));
    }
  }
}

TEST_CASE("golden: at least 25 cases, each with an .expected file and no stray .expected", "[golden]") {
  const auto names = golden_cases();
  CHECK(names.size() >= 25);
  for (const auto& entry : fs::directory_iterator(fs::path(FACEPIA_DSL_TEST_DIR) / "golden")) {
    if (entry.path().extension() == ".expected") {
      INFO(entry.path().filename().string());
      CHECK(std::find(names.begin(), names.end(), entry.path().stem().string()) != names.end());
    }
  }
}

TEST_CASE("golden: identifiers that begin with a keyword parse and check clean", "[golden]") {
  CHECK(lint("keyword-prefixed-identifiers").empty());
}
