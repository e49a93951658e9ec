// Golden tests on the Markdown of the seed cases, on a fixed day with a fixed "generated at". The expected
// files are in tests/reports/golden/; after an intended change, regenerate them with
//   FACEPIA_UPDATE_GOLDEN=1 ctest --test-dir build/ci -R reports
// and review the diff by eye before committing it.
#include "support.hpp"

#include <catch2/catch.hpp>
#include <cstdlib>

namespace facepia::test {
namespace {

struct Case {
  const char* deployment;
  const char* as_of;
  reports::Lang lang;
  const char* golden;
  bool test_deployment = false; // in tests/reports/deployments/, not examples/deployments/
};

constexpr Case cases[] = {
    {"skelleftea-school-attendance.yaml", "2026-11-26", reports::Lang::en,
     "skelleftea-school-attendance.en.md"},
    {"hangzhou-safari-park.yaml", "2026-11-26", reports::Lang::en, "hangzhou-safari-park.en.md"},
    {"hangzhou-safari-park.yaml", "2026-11-26", reports::Lang::zh, "hangzhou-safari-park.zh.md"},
    {"hangzhou-safari-park.yaml", "2019-10-01", reports::Lang::en, "hangzhou-safari-park.2019-10-01.en.md"},
    // Under the GDPR and the PIPL at once: the parts of both regimes, each once.
    {"eu-cn-hotel-checkin.yaml", "2026-11-26", reports::Lang::en, "eu-cn-hotel-checkin.en.md", true},
};

bool updating() {
  const char* v = std::getenv("FACEPIA_UPDATE_GOLDEN");
  return v != nullptr && *v != '\0' && std::string(v) != "0";
}

// The first line where two texts differ, for a readable failure.
std::string first_difference(const std::string& expected, const std::string& actual) {
  std::size_t line = 1;
  std::size_t i = 0;
  while (i < expected.size() && i < actual.size() && expected[i] == actual[i]) {
    line += expected[i] == '\n' ? 1U : 0U;
    ++i;
  }
  auto line_at = [](const std::string& s, std::size_t at) {
    const auto start = s.rfind('\n', at == 0 ? 0 : at - 1);
    const auto b = start == std::string::npos ? 0 : start + 1;
    const auto e = s.find('\n', at);
    return s.substr(b, e == std::string::npos ? std::string::npos : e - b);
  };
  return "line " + std::to_string(line) + "\n  expected: " + line_at(expected, i) +
         "\n  actual:   " + line_at(actual, i);
}

} // namespace

TEST_CASE("the Markdown of the seed cases matches the golden files", "[golden]") {
  for (const auto& c : cases) {
    DYNAMIC_SECTION(c.golden) {
      const auto assessment = c.test_deployment ? assess_test_deployment(c.deployment, c.as_of)
                                                : assess_example(c.deployment, c.as_of);
      const std::string actual = render_stable(assessment, reports::Format::markdown, c.lang);
      const auto path = std::filesystem::path(FACEPIA_GOLDEN_DIR) / c.golden;
      if (updating()) {
        write_file(path, actual);
        WARN("rewrote " << path.string() << ": review the diff by eye before committing it");
        continue;
      }
      REQUIRE(std::filesystem::exists(path));
      const std::string expected = read_file(path);
      INFO("golden " << path.string() << " differs at " << first_difference(expected, actual)
                     << "\nregenerate with FACEPIA_UPDATE_GOLDEN=1 and review the diff");
      CHECK(expected == actual);
    }
  }
}

TEST_CASE("the seed cases' Markdown has the nine sections and the decisions the authorities reached",
          "[golden]") {
  const auto school = assess_example("skelleftea-school-attendance.yaml", "2026-11-26");
  const std::string md = render_stable(school, reports::Format::markdown);
  for (const char* heading :
       {"## 1. Summary", "## 2. Systematic description", "## 3. Necessity and proportionality",
        "## 4. Lawfulness", "## 5. Risks", "## 6. Measures and action plan", "## 7. Open questions",
        "## 8. Consultation and sign-off", "## 9. Annex"}) {
    INFO(heading);
    CHECK(md.find(heading) != std::string::npos);
  }
  CHECK(md.find("DENY") != std::string::npos);
  for (const char* label :
       {"GDPR Art. 9(1)", "GDPR Recital 43", "GDPR Art. 5(1)(c)", "GDPR Art. 35(7)", "GDPR Art. 36(1)"}) {
    INFO(label);
    CHECK(md.find(label) != std::string::npos);
  }
  CHECK(md.find("```dot") != std::string::npos);

  const auto park = assess_example("hangzhou-safari-park.yaml", "2026-11-26");
  const std::string park_md = render_stable(park, reports::Format::markdown);
  for (const char* label : {"SPC-FR Art. 4(1)", "PIPL Art. 29"}) {
    INFO(label);
    CHECK(park_md.find(label) != std::string::npos);
  }
}

TEST_CASE("no report label is missing, in either language", "[labels]") {
  for (const auto lang : {reports::Lang::en, reports::Lang::zh}) {
    for (const char* file : {"skelleftea-school-attendance.yaml", "hangzhou-safari-park.yaml"}) {
      const auto a = assess_example(file, "2026-11-26");
      for (const auto format : {reports::Format::markdown, reports::Format::html, reports::Format::json}) {
        const std::string out = render_stable(a, format, lang);
        // A missing label renders as [key] (see labels.cpp): letters, digits and underscores in brackets.
        bool missing = false;
        std::string which;
        for (std::size_t at = out.find('['); at != std::string::npos && !missing;
             at = out.find('[', at + 1)) {
          const auto end = out.find(']', at);
          if (end == std::string::npos || end - at > 40 || end == at + 1) {
            continue;
          }
          const std::string key = out.substr(at + 1, end - at - 1);
          // Any label key, one word (`[title]`) or several (`[open_questions]`).
          bool word = key.find_first_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos;
          for (char ch : key) {
            word = word && ((ch >= 'a' && ch <= 'z') || ch == '_' || (ch >= '0' && ch <= '9'));
          }
          if (word) {
            missing = true;
            which = key;
          }
        }
        INFO(file << " lang " << (lang == reports::Lang::zh ? "zh" : "en") << ": label [" << which << "]");
        CHECK_FALSE(missing);
      }
    }
  }
}

} // namespace facepia::test
