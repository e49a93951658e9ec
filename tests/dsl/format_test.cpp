// `facepia fmt` (dsl::format): round trips and idempotence over every rule file of the repository, found at
// test time under FACEPIA_SOURCE_DIR/rules, and the exact layout of the constructs the formatter normalises.
#include "facepia/dsl/dsl.hpp"
#include "support.hpp"
#include "syntax.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
namespace dsl = facepia::dsl;

namespace {

using facepia::test::read;

struct Formatted {
  std::optional<std::string> text;
  std::string diagnostics;
};

Formatted format(const std::string& text, const std::string& path = "test.fp") {
  dsl::SourceMap sources;
  dsl::Diagnostics diagnostics;
  const dsl::FileId file = sources.add(path, text);
  Formatted result{dsl::format(file, sources, diagnostics), ""};
  diagnostics.sort();
  result.diagnostics = dsl::render_all(diagnostics, sources);
  return result;
}

// The parse of one text without spans: its model's description, and its imports.
std::string meaning(const std::string& text) {
  dsl::Program program;
  const dsl::FileId file = program.sources.add("test.fp", text);
  dsl::Diagnostics diagnostics;
  std::vector<std::string> imports;
  dsl::parse(file, program, diagnostics, &imports);
  std::string out = dsl::describe(program);
  for (const auto& import : imports) {
    out += "import " + import + "\n";
  }
  return out;
}

std::vector<std::string> comments(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& comment : facepia::dsl::syntax::scan_comments(text)) {
    out.push_back(text.substr(comment.begin, comment.end - comment.begin));
  }
  return out;
}

std::vector<fs::path> repository_rule_files() {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(FACEPIA_SOURCE_DIR) / "rules")) {
    if (entry.is_regular_file() && entry.path().extension() == ".fp") {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

} // namespace

TEST_CASE("fmt: every rule file of the repository round-trips and is a fixed point", "[fmt]") {
  const auto files = repository_rule_files();
  REQUIRE(files.size() >= 10);
  for (const fs::path& path : files) {
    DYNAMIC_SECTION(fs::relative(path, FACEPIA_SOURCE_DIR).generic_string()) {
      const std::string original = read(path);
      const Formatted once = format(original, path.generic_string());
      INFO(once.diagnostics);
      REQUIRE(once.text);
      // parse(fmt(x)) == parse(x)
      CHECK(meaning(*once.text) == meaning(original));
      CHECK(!meaning(original).empty());
      // fmt(fmt(x)) == fmt(x)
      const Formatted twice = format(*once.text, path.generic_string());
      REQUIRE(twice.text);
      CHECK(*twice.text == *once.text);
      // every comment kept, in order
      CHECK(comments(*once.text) == comments(original));
    }
  }
}

TEST_CASE("fmt: canonical layout of a messy file, comments kept", "[fmt]") {
  const std::string messy = R"(# top comment


import   "x.fp"   # trailing import
instrument   X{title "a"   jurisdiction "c"
in_force 2020-01-01 # when
   title_zh "b"}
enum e {a,b,   c}
enum f { # header
  # first
  a,    # A
  bb,  # B


  c # C
  # closing
}
provision X Art. 1(2)(a) { text "t"
      "u" "v"   # piece trailing
      # between
   "w"
  }
fact x.y : set of e "m"
derived assess.z : number   days
   "long"
     "more"
rule x.r{   # rule header
   severity major
  finding "f"
    # leading cites
  cites X Art. 1(2)(a),
    X Recital 4
  requires x.y contains a and    # c1
     not not assess.z > 3 days or (declared(x.y)
  or status(x.r) == breach)
  unless u1 : x.y within {a,b,
  c} cites X Art. 1
  title "t"
  imposes k 30 days "d"
  imposes k2 "d2"
}
test "t" { expect x.r is breach given x.y = {a} as_of 2020-01-01 expect decision deny expect x.r exception u1 }
# end
)";
  const std::string expected = R"(# top comment

import "x.fp"     # trailing import
instrument X {
  title "a"
  title_zh "b"
  jurisdiction "c"
  in_force 2020-01-01 # when
}
enum e { a, b, c }
enum f { # header
  # first
  a,    # A
  bb,  # B

  c # C
  # closing
}
provision X Art. 1(2)(a) {
  text "t"
       "u" "v"  # piece trailing
       # between
       "w"
}
fact x.y : set of e "m"
derived assess.z : number days
  "long"
  "more"
rule x.r {  # rule header
  title "t"
  # leading cites
  cites X Art. 1(2)(a),
        X Recital 4
  requires x.y contains a        # c1
    and not not assess.z > 3 days or (declared(x.y)
    or status(x.r) == breach)
  unless u1: x.y within {a, b,
                         c} cites X Art. 1
  severity major
  finding "f"
  imposes k 30 days "d"
  imposes k2 "d2"
}
test "t" {
  as_of 2020-01-01
  given x.y = {a}
  expect x.r is breach
  expect decision deny
  expect x.r exception u1
}
# end
)";
  const Formatted result = format(messy);
  REQUIRE(result.text);
  CHECK(*result.text == expected);
  CHECK(result.diagnostics.empty());
  CHECK(format(expected).text == expected);
  CHECK(meaning(expected) == meaning(messy));
}

TEST_CASE("fmt: rule clauses are put in the canonical order with their comments", "[fmt]") {
  const std::string text = "rule a.b {\n"
                           "  finding \"f\" # about the finding\n"
                           "  # about the severity\n"
                           "  severity minor\n"
                           "  requires x\n"
                           "  cites A Art. 1\n"
                           "  title \"t\"\n"
                           "}\n";
  const std::string expected = "rule a.b {\n"
                               "  title \"t\"\n"
                               "  cites A Art. 1\n"
                               "  requires x\n"
                               "  # about the severity\n"
                               "  severity minor\n"
                               "  finding \"f\" # about the finding\n"
                               "}\n";
  CHECK(format(text).text == expected);
}

TEST_CASE("fmt: the breaks an author makes before `and` and `or` are kept, others are joined", "[fmt]") {
  const std::string text = "rule a.b {\n"
                           "  title \"t\"\n"
                           "  cites A Art. 1\n"
                           "  applies when x and\n"
                           "        y\n"
                           "  requires x ==\n"
                           "    y or z\n"
                           "      or w\n"
                           "  unless e: x\n"
                           "   and y\n"
                           "   cites A Art. 2\n"
                           "  severity minor\n"
                           "  finding \"f\"\n"
                           "}\n";
  const std::string expected = "rule a.b {\n"
                               "  title \"t\"\n"
                               "  cites A Art. 1\n"
                               "  applies when x\n"
                               "    and y\n"
                               "  requires x == y or z\n"
                               "    or w\n"
                               "  unless e: x\n"
                               "      and y\n"
                               "    cites A Art. 2\n"
                               "  severity minor\n"
                               "  finding \"f\"\n"
                               "}\n";
  CHECK(format(text).text == expected);
}

TEST_CASE("fmt: blank lines: at most one in a row, none at a block's edges or the file's start", "[fmt]") {
  const std::string text = "\n\n# c\n\n\n\nenum e {\n\n  a,\n\n\n  b\n\n}\n\n\n\nfact x : e \"m\"\n\n";
  CHECK(format(text).text == "# c\n\nenum e {\n  a,\n\n  b\n}\n\nfact x : e \"m\"\n");
}

TEST_CASE("fmt: a file of comments only, and an empty file", "[fmt]") {
  CHECK(format("  # one\n#two   \n").text == "# one\n#two\n");
  CHECK(format("").text == "");
}

TEST_CASE("fmt: Windows line ends and tabs are normalised", "[fmt]") {
  CHECK(format("fact\tx : bool \"m\"\r\n\r\n# c\r\n").text == "fact x : bool \"m\"\n\n# c\n");
}

TEST_CASE("fmt: a file that does not parse gives no text, and the syntax error", "[fmt]") {
  const Formatted result = format("fact x : bool \"m\nfact y : bool \"n\"\n");
  CHECK_FALSE(result.text);
  CHECK(result.diagnostics ==
        "error[FP-E0002]: expected a closing `\"` on the same line, found the end of the line\n"
        " --> test.fp:1:17\n"
        "  |\n"
        "1 | fact x : bool \"m\n"
        "  |                 ^\n"
        "  |\n"
        "  = help: a string ends on the line it starts; write a long text as several strings "
        "on consecutive lines\n"
        "\n"
        "error: could not check 1 file: 1 error\n");
}

TEST_CASE("fmt: a checking error (not a syntax error) does not stop formatting", "[fmt]") {
  // An unknown fact and a rule without `finding` are for `lint`; `fmt` only needs the syntax.
  const Formatted result =
      format("rule a.b {title \"t\" cites A Art. 1 requires nobody.knows severity minor}\n");
  REQUIRE(result.text);
  CHECK(*result.text ==
        "rule a.b {\n  title \"t\"\n  cites A Art. 1\n  requires nobody.knows\n  severity minor\n}\n");
}

TEST_CASE("fmt: identifiers that begin with a keyword survive formatting", "[fmt]") {
  const std::string text =
      "rule decision_x.y { title \"t\" cites A Art. 1 requires notice_given and not unless_agreed "
      "or requires_review severity minor finding \"f\" }\n"
      "test \"t\" { given notice_given = true expect decision_x.y is breach expect decision_x.y exception "
      "is_minor }\n";
  const Formatted result = format(text);
  REQUIRE(result.text);
  CHECK(*result.text == "rule decision_x.y {\n"
                        "  title \"t\"\n"
                        "  cites A Art. 1\n"
                        "  requires notice_given and not unless_agreed or requires_review\n"
                        "  severity minor\n"
                        "  finding \"f\"\n"
                        "}\n"
                        "test \"t\" {\n"
                        "  given notice_given = true\n"
                        "  expect decision_x.y is breach\n"
                        "  expect decision_x.y exception is_minor\n"
                        "}\n");
  CHECK(meaning(*result.text) == meaning(text));
}

TEST_CASE("fmt: an instrument's scope continues four spaces in, as a rule's conditions do", "[fmt]") {
  const std::string text =
      "instrument A {\n  title \"a\"\n  scope (x or y)\n   and not z\n  jurisdiction \"j\"\n"
      "  in_force 2020-01-01\n}\n";
  CHECK(format(text).text == "instrument A {\n  title \"a\"\n  jurisdiction \"j\"\n  in_force 2020-01-01\n"
                             "  scope (x or y)\n    and not z\n}\n");
}

TEST_CASE("fmt: citations keep the form they are written in, 第N条 without spaces", "[fmt]") {
  const std::string text = "rule a.b {\n"
                           "  title \"t\"\n"
                           "  cites A  §  15(a), A Sec. 15(d)(1), A Section 15, A Clause 7(2), A Annex III,\n"
                           "    A point 3, A item 4(b), CN 第26条, CN 第26条(1), GDPR Recital 43\n"
                           "  requires x\n"
                           "  severity minor\n"
                           "  finding \"f\"\n"
                           "}\n";
  const auto formatted = format(text);
  REQUIRE(formatted.text);
  CHECK(formatted.text->find("A § 15(a), A Sec. 15(d)(1), A Section 15, A Clause 7(2), A Annex III") !=
        std::string::npos);
  CHECK(formatted.text->find("CN 第26条, CN 第26条(1), GDPR Recital 43") != std::string::npos);
  CHECK(meaning(*formatted.text) == meaning(text));
  CHECK(format(*formatted.text).text == formatted.text);
}

TEST_CASE("citations: labels as written, one key per provision whatever its form", "[parse]") {
  dsl::Program program;
  const dsl::FileId file =
      program.sources.add("t.fp", "rule a.b {\n  title \"t\"\n  cites CN 第26条(1), CN Art. 26(1), A § "
                                  "15(a), A Section 15(a), A Annex IV\n"
                                  "  requires x\n  severity minor\n  finding \"f\"\n}\n");
  dsl::Diagnostics diagnostics;
  REQUIRE(dsl::parse(file, program, diagnostics));
  REQUIRE(program.rules.size() == 1);
  const auto& refs = program.rules[0].citations;
  REQUIRE(refs.size() == 5);
  CHECK(refs[0].label() == "CN 第26条(1)");
  CHECK(refs[0].key() == "CN Art. 26(1)");
  CHECK(refs[0] == refs[1]);
  CHECK(refs[1].label() == "CN Art. 26(1)");
  CHECK(refs[2].label() == "A § 15(a)");
  CHECK(refs[2].kind == dsl::ProvisionRef::Kind::section);
  CHECK(refs[2].key() == "A Sec. 15(a)");
  CHECK(refs[2] == refs[3]);
  CHECK(refs[3].label() == "A Section 15(a)");
  CHECK(refs[4].kind == dsl::ProvisionRef::Kind::annex);
  CHECK(refs[4].number == "IV");
  CHECK(refs[2].parents().size() == 1);
  CHECK(refs[2].parents()[0].label() == "A § 15");
  CHECK(dsl::to_string(refs[4].kind) == "annex");
}

// (A comment at the end of a line keeps its column while the code before it still ends before it.)
TEST_CASE("fmt: labels stay on the line of their fact or value, or on a line of their own", "[fmt]") {
  const std::string text = "enum mode {\n  one   label  \"1:1\"   label_zh \"一对一\",  # near\n"
                           "  many label \"1:N\"\n}\n"
                           "enum kind { a label \"A\" label_zh \"甲\", b }\n"
                           "fact x.y : mode \"what\"\n      label \"X\"\n   label_zh \"某\"\n"
                           "fact x.z : bool \"z\" label \"Z\"\n";
  const auto result = format(text);
  REQUIRE(result.text);
  CHECK(*result.text ==
        "enum mode {\n  one label \"1:1\" label_zh \"一对一\",       # near\n  many label \"1:N\"\n}\n"
        "enum kind { a label \"A\" label_zh \"甲\", b }\n"
        "fact x.y : mode \"what\"\n  label \"X\"\n  label_zh \"某\"\n"
        "fact x.z : bool \"z\" label \"Z\"\n");
  CHECK(format(*result.text).text == result.text);
  CHECK(meaning(*result.text) == meaning(text));
  // A change of label is a change of meaning: the formatter's own check would see one that it dropped.
  CHECK(meaning("fact x.z : bool \"z\" label \"Z\"\n") != meaning("fact x.z : bool \"z\" label \"W\"\n"));
}
