// The long explanations of the deployment diagnostics, one per FP-D code that deployment.cpp emits.
#include "facepia/engine/deployment_explanations.hpp"

namespace facepia::engine {

const std::vector<std::pair<std::string_view, std::string_view>>& deployment_explanations() {
  static const std::vector<std::pair<std::string_view, std::string_view>> all = {
      {"FP-D0001", R"(The deployment file is not valid YAML, or could not be read as YAML.

The message quotes the YAML parser and the place where it gave up: an unclosed quote or bracket, a tab used
for indentation, or a value indented under a key that already has one. A deployment is a YAML mapping of facts:

    name: "Entrance gate"
    processing:
      creates_templates: true
      mode: verification_1to1)"},
      {"FP-D0002", R"(A YAML document of the file is not a mapping of facts, or the file holds no document.

Each document of a deployment file (documents are separated by `---`) is one deployment: a mapping whose keys are
fact names (`processing.creates_templates: true`) or groups of facts (`processing: {creates_templates: true}`).
A list or a bare value at the top is not a deployment, and an empty file declares none.)"},
      {"FP-D0003", R"(The deployment nests deeper than a deployment can.

Facts are grouped by the words of their names (`consent.guardian.obtained` may be written as nested mappings),
which is a few levels at most. A deeper nesting is refused before it is read, so that a hostile file cannot
exhaust the stack.)"},
      {"FP-D0004", R"(A YAML tag (`!!str`, `!!binary`, `!custom`) is used in a deployment.

The vocabulary of the rules gives every fact its type, and the value is read as that type: a tag could only
contradict it. Remove the tag and write the value plainly.)"},
      {"FP-D0005", R"(A key is written twice in one YAML mapping.

YAML would silently keep one of the two values; facepia refuses the file instead, since the two statements may
disagree and nobody could tell which one was assessed. The note gives the line of the first.)"},
      {"FP-D0101", R"(A key of the deployment is not a fact of the rules' vocabulary.

Every fact a deployment states must be declared by the rules (`fact consent.separate : bool "..."` in
rules/common/vocabulary.fp or a pack). A misspelled fact would otherwise be ignored, and the fact it was meant to
state would stay unknown. The help names the nearest declared fact, or the facts of the group being written. `facepia schema` prints the
vocabulary as a JSON Schema with which YAML editors complete and check the keys as they are typed, and
`facepia init` a skeleton of the facts the rules read.)"},
      {"FP-D0102", R"(A deployment states a derived fact.

Derived facts (`assess.*`) are judgements an assessor computes from the stated facts, such as a clear imbalance of
power. A deployment cannot state them; it can override one, with a justification the report shows:

    overrides:
      assess.power_imbalance: {value: false, justification: "the members can enter by card at no cost"})"},
      {"FP-D0103", R"(A fact is stated twice, or overridden twice.

A fact may be written as `consent.separate: true` or inside its group (`consent: {separate: true}`), but only once
in a deployment, so that there is one value to assess. Keep one of the two statements.)"},
      {"FP-D0104", R"(A group of facts is given a value instead of a mapping.

`consent` is not itself a fact but the group of `consent.obtained`, `consent.separate` and others: write its facts
as a mapping (`consent: {obtained: true, separate: true}`) or one by one (`consent.obtained: true`).)"},
      {"FP-D0105", R"(A key is not a fact name.

Fact names are lower-case words of letters, digits and underscores joined by dots (`retention.templates`). A
list, a mapping or a number used as a key, or a name with other characters, cannot name a fact.)"},
      {"FP-D0201", R"(A fact's value is not of the fact's type.

The vocabulary declares each fact's type: `bool` takes `true` or `false`, `number days` a number of days
(`30` or `30 days`), `date` a date `YYYY-MM-DD`, `text` a string, an enum one of its values, `set of E` a list of
E's values (`purposes: [attendance]`). The message names the type expected and what was found.)"},
      {"FP-D0202", R"(A value is not one of the values of the fact's enum.

An enum fact takes one of the values its `enum` declares (for `controller.type`: `school`, `employer`, ...), and
a set fact a list of them. The help names the nearest value when the word looks misspelled.)"},
      {"FP-D0203", R"(A date is not a calendar date written `YYYY-MM-DD`.

Dates decide which law is in force (`deployment.start`), so `2021-02-29` (not a leap year), `2021-13-01` and
`1/11/2021` are refused rather than guessed.)"},
      {"FP-D0204", R"(A number is written with a unit that is not the fact's.

Each counted fact has one unit (`retention.templates` is counted in days, `data_subjects.count` in persons):
write the number alone or with that unit. facepia does not convert months into days, since a month is not a fixed
number of days.)"},
      {"FP-D0205", R"(A count of days, years or persons is negative.

Retention periods, ages and numbers of people are zero or more.)"},
      {"FP-D0206", R"(A text is not UTF-8, or holds control characters.

Names and descriptions go into the report and the assessment store as they are: save the file as UTF-8 and keep
to printable characters, tabs and line breaks.)"},
      {"FP-D0301", R"(An `overrides` entry is malformed.

`overrides` is a mapping from derived facts to their corrected value or factors, each with a justification in
words, which the report shows beside the assessor's own reasoning:

    overrides:
      assess.consent_freely_given:
        factors: {power_imbalance: false}
        justification: "the members can enter by card at no cost"

Only derived facts (`assess.*`) are overridden; a stated fact is corrected by stating it.)"},
      {"FP-D0401", R"(A deployment file cannot be read, or a directory given holds none.

`facepia assess` reads regular YAML files (`*.yaml`, `*.yml`) of at most 16 MiB, named in UTF-8, and every such
file in a directory given. Nothing is assessed when one of them cannot be read.)"},
  };
  return all;
}

std::optional<std::string_view> explain_deployment(std::string_view code) {
  for (const auto& [known, text] : deployment_explanations()) {
    if (known == code) {
      return text;
    }
  }
  return std::nullopt;
}

} // namespace facepia::engine
