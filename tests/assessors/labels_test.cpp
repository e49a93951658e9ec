// The vocabulary names what reports and assessors speak of: every fact and enum value of rules/common has
// its labels in English and Chinese, and every fact path that reports/ or assessors/ write as a string
// literal is declared there (a renamed or misspelt fact would otherwise read as unknown, silently).
#include "support.hpp"

#include <catch2/catch.hpp>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

using namespace facepia;
using facepia::test::vocabulary;

namespace {

struct Literal {
  std::string text;
  std::size_t line = 0;
};

// The string literals of a C++ source, outside comments, character literals and `#include` lines. Raw
// strings are skipped: they hold prose, not fact paths.
std::vector<Literal> string_literals(const std::string& source) {
  std::vector<Literal> out;
  std::size_t line = 1;
  std::size_t i = 0;
  bool line_start = true;
  std::size_t last_end = std::string::npos; // just after the last string literal
  while (i < source.size()) {
    const char c = source[i];
    if (c == '\n') {
      ++line;
      ++i;
      line_start = true;
      continue;
    }
    if (line_start && (c == ' ' || c == '\t')) {
      ++i;
      continue;
    }
    if (line_start && source.compare(i, 8, "#include") == 0) {
      i = source.find('\n', i);
      continue;
    }
    line_start = false;
    if (source.compare(i, 2, "//") == 0) {
      i = source.find('\n', i);
      if (i == std::string::npos) {
        break;
      }
      continue;
    }
    if (source.compare(i, 2, "/*") == 0) {
      const auto end = source.find("*/", i + 2);
      for (std::size_t k = i; k < end && k < source.size(); ++k) {
        line += source[k] == '\n' ? 1U : 0U;
      }
      i = end == std::string::npos ? source.size() : end + 2;
      continue;
    }
    if (c == 'R' && i + 1 < source.size() && source[i + 1] == '"') {
      const auto open = source.find('(', i);
      const std::string close = ")" + source.substr(i + 2, open - i - 2) + "\"";
      const auto end = source.find(close, open);
      for (std::size_t k = i; k < end && k < source.size(); ++k) {
        line += source[k] == '\n' ? 1U : 0U;
      }
      i = end == std::string::npos ? source.size() : end + close.size();
      continue;
    }
    if (c == '\'' && !(i > 0 && std::isxdigit(static_cast<unsigned char>(source[i - 1])))) {
      i += source[i + 1] == '\\' ? 4U : 3U; // 'x' or '\x'
      continue;
    }
    if (c == '"') {
      std::string text;
      std::size_t k = i + 1;
      while (k < source.size() && source[k] != '"') {
        if (source[k] == '\\' && k + 1 < source.size()) {
          text += source[k];
          ++k;
        }
        text += source[k];
        ++k;
      }
      // Adjacent literals are one string ("... on that " "ground."), as the compiler joins them.
      const bool adjacent = !out.empty() && source.find_first_not_of(" \t\r\n", last_end) == i;
      if (adjacent) {
        out.back().text += text;
      } else {
        out.push_back({text, line});
      }
      i = k + 1;
      last_end = i;
      continue;
    }
    ++i;
  }
  return out;
}

const std::regex fact_path_shape("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)+");
const std::regex fact_group_shape("([a-z_][a-z0-9_]*\\.)+");
// A file name, not a fact: "report.html".
const std::regex file_name(".*\\.(html|pdf|json|md|yaml|yml|db|cpp|hpp|sig|txt|svg|png|dot|fp)");

// The literals shaped like a fact path ("consent.separate") that the vocabulary does not declare, and those
// shaped like a group of facts ("dpia.") that names none, as "file:line: `literal`".
std::vector<std::string> undeclared(const engine::Vocabulary& v, const std::string& file,
                                    const std::string& source, std::set<std::string>* seen = nullptr) {
  std::vector<std::string> out;
  for (const auto& literal : string_literals(source)) {
    const bool path =
        std::regex_match(literal.text, fact_path_shape) && !std::regex_match(literal.text, file_name);
    const bool group = std::regex_match(literal.text, fact_group_shape);
    if (!path && !group) {
      continue;
    }
    if (seen != nullptr) {
      seen->insert(literal.text);
    }
    const bool declared = path
                              ? v.index(literal.text).has_value()
                              : v.is_group(std::string_view(literal.text).substr(0, literal.text.size() - 1));
    if (!declared) {
      out.push_back(file + ":" + std::to_string(literal.line) + ": `" + literal.text + "`");
    }
  }
  return out;
}

} // namespace

TEST_CASE("every fact and enum value of rules/common has an English and a Chinese label", "[labels]") {
  const auto& program = test::common_program();
  REQUIRE(program.facts.size() > 150);
  for (const auto& fact : program.facts) {
    INFO("fact `" << fact.path << "`");
    CHECK(!fact.label.en.empty());
    CHECK(!fact.label.zh.empty());
  }
  std::size_t values = 0;
  for (const auto& declaration : program.enums) {
    REQUIRE(declaration.value_labels.size() == declaration.values.size());
    for (std::size_t i = 0; i < declaration.values.size(); ++i, ++values) {
      INFO("value `" << declaration.values[i] << "` of enum `" << declaration.name << "`");
      CHECK(!declaration.value_labels[i].en.empty());
      CHECK(!declaration.value_labels[i].zh.empty());
    }
  }
  CHECK(values > 100);
  // The labels reach the engine's vocabulary, which the reports read.
  const auto& v = *vocabulary();
  CHECK(v.fact(*v.index("consent.separate")).label.zh == "单独同意");
  CHECK(v.find_enum("fr_mode")->value_label("identification_1ton")->en == "1:N identification");
  CHECK(v.find_enum("fr_mode")->value_label("not_a_mode") == nullptr);
}

TEST_CASE("the literal scanner finds fact paths and groups, and reports the undeclared with their line",
          "[labels]") {
  const auto& v = *vocabulary();
  const std::string source = "#include \"facts_view.hpp\"\n"
                             "// \"consent.seperate\" in a comment is not code\n"
                             "auto a = f.flag(\"consent.separate\");\n"
                             "auto b = f.flag(\"consent.seperate\"); auto q = '\"';\n"
                             "auto c = starts_with(p, \"dpia.\") || starts_with(p, \"dpai.\");\n"
                             "auto d = R\"(a raw string \"consent.nothing\")\";\n"
                             "/* \"consent.hidden\" */ auto e = \"GDPR Art. 9(1)\";\n"
                             "auto f = \"prose that ends a \"\n  \"sentence.\"; auto g = \"report.html\";\n";
  std::set<std::string> seen;
  const auto found = undeclared(v, "x.cpp", source, &seen);
  CHECK(seen == std::set<std::string>{"consent.separate", "consent.seperate", "dpia.", "dpai."});
  CHECK(found == std::vector<std::string>{"x.cpp:4: `consent.seperate`", "x.cpp:5: `dpai.`"});
}

TEST_CASE("every fact-path string literal in reports/ and assessors/ is declared in the vocabulary",
          "[labels]") {
  namespace fs = std::filesystem;
  const auto& v = *vocabulary();
  std::vector<std::string> problems;
  std::set<std::string> seen;
  std::size_t files = 0;
  for (const char* folder : {"reports", "assessors"}) {
    const fs::path root = fs::path(FACEPIA_SOURCE_DIR) / folder;
    REQUIRE(fs::is_directory(root));
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
      const auto ext = entry.path().extension();
      if (!entry.is_regular_file() || (ext != ".cpp" && ext != ".hpp")) {
        continue;
      }
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream text;
      text << in.rdbuf();
      const auto found =
          undeclared(v, fs::relative(entry.path(), FACEPIA_SOURCE_DIR).string(), text.str(), &seen);
      problems.insert(problems.end(), found.begin(), found.end());
      ++files;
    }
  }
  CHECK(files > 10);
  CHECK(seen.size() > 80); // the scan does see the facts the sources name
  CHECK(seen.count("processing.mode") == 1);
  for (const auto& problem : problems) {
    FAIL_CHECK("not declared in the vocabulary: " << problem);
  }
}
