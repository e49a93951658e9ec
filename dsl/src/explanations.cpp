// The long explanations printed by `facepia lint --explain CODE`, one per diagnostic code: the rule
// language's (FP-E, FP-W) and the deployment loader's (FP-D).
#include "facepia/dsl/diagnostics.hpp"

#include <utility>
#include <vector>

namespace facepia::dsl {
namespace {

constexpr std::pair<std::string_view, std::string_view> explanations[] = {
    {"FP-E0001", R"(A rule file does not follow the grammar of the rule language.

The message says what the parser expected at that place, for example "expected `{` after the instrument id".
Checking resumes at the next declaration (a line that starts with `instrument`, `provision`, `enum`, `fact`,
`derived`, `rule`, `test` or `import`), so later errors are reported too. See docs/LANGUAGE.md for the grammar.)"},
    {"FP-E0002", R"(A string is not closed on its line, or it holds an escape the language does not know.

Strings are written on one line between double quotes. The escapes are `\"`, `\\` and `\n`. A long text is
written as several strings on consecutive lines; they are joined with one space:

    text "the data subject has given explicit consent to the processing"
         "of those personal data for one or more specified purposes")"},
    {"FP-E0003", R"(A date is not a real calendar date.

Dates are written `YYYY-MM-DD` and must exist: `2021-02-29` is rejected because 2021 is not a leap year, and
`2021-13-01` because there is no thirteenth month.)"},
    {"FP-E0004", R"(A declaration starts with a word that is not a declaration keyword.

A rule file holds, in any order: `import "file.fp"`, `instrument`, `provision`, `enum`, `fact`, `derived`, `rule`
and `test` declarations. Clauses such as `cites` or `severity` belong inside a `rule { ... }` block.)"},
    {"FP-E0005", R"(A rule file, or a file it imports, cannot be read.

Imports are resolved relative to the importing file: `import "../common/vocabulary.fp"`.)"},
    {"FP-E0006", R"(Files import each other in a cycle.

A file is loaded once however often it is imported, but a file may not import itself, directly or through other
files. Move the shared declarations into a file that both import.)"},
    {"FP-E0007",
     R"(`facepia fmt` refused to rewrite a file because the formatted text would not mean the same.

The formatter parses its own output again and compares it with the parse of the original; a difference is a bug
in the formatter. The file is left as it was. Please report it with the file.)"},
    {"FP-E0008", R"(A condition nests too deep.

A condition may nest at most 100 levels: each `(` counts one, and so does each `not` in a row (`not not x` is
two). Deeper nesting is refused before it is parsed, so that a hostile or generated file cannot exhaust the
stack; no provision needs more than a few levels. Remove redundant parentheses and double negations, or split the
condition over several rules.)"},
    {"FP-E0009", R"(An import, or a file found in the folder being loaded, is refused unread.

Rules are loaded from one folder (the folder given, or the folder of the file given), and an import may not leave
it: an import is a path relative to the importing file that names a `.fp` file and, symbolic links resolved, lies
inside that folder. An absolute path, a `..` that climbs out, or a symbolic link pointing elsewhere is refused
without being read, so that no diagnostic can quote a file outside the rules. Give facepia the folder that holds
both files (`facepia lint rules/`), or copy the shared file into it.)"},
    {"FP-E0010", R"(A rule file holds a byte that is not UTF-8, or a control character.

Rule files are UTF-8 text. Their strings become findings, reports and JSON records, and their messages are
printed to terminals, so a stray Latin-1 byte, a NUL or an escape character is refused where it stands and the
declaration that holds it is skipped. Save the file as UTF-8; write a line break inside a string as `\n`.)"},
    {"FP-E0101", R"(Two declarations have the same name.

Instrument ids, provisions, enum names, enum values within an enum, fact paths, rule ids, test names, and exception
names within a rule must each be declared once in the whole load (all files). Rename or remove one of them.)"},
    {"FP-E0102",
     R"(An expression, a finding message or a rule test uses a fact that is not declared in the vocabulary.

Every fact a rule reads is declared once with its type and meaning:

    fact consent.separate : bool "whether consent was obtained separately from other terms"

The help line suggests the declared fact with the nearest spelling. Facts computed by assessors are declared with
`derived` and live under `assess.`.)"},
    {"FP-E0103", R"(A rule or an exception cites a provision that is not declared.

Citations are checked so that every finding points to real statute text. Declare the provision, or one that
encloses it: citing `GDPR Art. 9(2)(a)` is valid when `GDPR Art. 9(2)(a)`, `GDPR Art. 9(2)` or `GDPR Art. 9` is
declared:

    provision GDPR Art. 9(2) { text "..." })"},
    {"FP-E0104", R"(A provision or a citation names an instrument that is not declared.

Declare the instrument with its title, jurisdiction and date in force:

    instrument PIPL { title "Personal Information Protection Law" jurisdiction "CN" in_force 2021-11-01 })"},
    {"FP-E0105", R"(A fact is declared with a type that does not exist.

The types are `bool`, `number [unit]`, `date`, `text`, the name of a declared enum, and `set of <enum>`.)"},
    {"FP-E0106", R"(A value is not one of the values of its enum.

When a fact has an enum type, a comparison, a set literal or a test value must use one of the values declared in
the `enum`. Statuses compared with `status(rule)` are `breach`, `compliant`, `not_applicable` and `undetermined`.)"},
    {"FP-E0107", R"(`status(...)` or a test expectation names a rule that is not declared.)"},
    {"FP-E0108", R"(A test expects an exception that the rule does not declare.

`expect RULE exception NAME` names one of the rule's `unless NAME: ...` clauses.)"},
    {"FP-E0110", R"(A rule lacks a required clause.

Every rule has a `title`, at least one citation (`cites`), exactly one of `requires <condition>` or `prohibited`,
a `severity` and a `finding`. Every provision has a `text`; every instrument has a `title`, a `jurisdiction` and
an `in_force` date.)"},
    {"FP-E0111",
     R"(A clause that may appear once appears twice, or a rule both `requires` and is `prohibited`.

A rule is either an obligation (`requires E`: breached when E is false) or a prohibition (`prohibited`: breached
whenever it applies). Exceptions (`unless`) may follow either.)"},
    {"FP-E0112", R"(A clause is written in a declaration that does not take it.

An instrument takes `title`, `title_zh`, `jurisdiction`, `in_force`, `repealed`, `scope` and `out_of_scope`; a provision takes
`title`, `text`, `text_zh`, `in_force` and `repealed`. Statute text belongs to provisions, the scope to the
instrument.)"},
    {"FP-E0113", R"(A word is not one of the words a clause accepts.

`severity` takes `blocking`, `major`, `minor` or `advisory`; `expect RULE is` takes `breach`, `compliant`,
`not_applicable` or `undetermined`; `expect decision` takes `allow`, `conditional` or `deny`.)"},
    {"FP-E0201", R"(A condition is not a yes-or-no expression.

`applies when`, `requires`, `unless` and `scope` take a condition: a bool fact, a comparison, or a combination
with `and`, `or` and `not`. A number, a date or a text on its own is not a condition; compare it with something.)"},
    {"FP-E0202", R"(The two sides of a comparison have different types.

A fact is compared with a value of its own type: a bool with `true` or `false`, a number with a number of the same
unit, a date with a date, an enum with one of its values.)"},
    {"FP-E0203", R"(Numbers with different units are compared or added.

`retention.templates <= 30 days` is fine; `retention.templates <= 30 persons` is an error. Dates are shifted by
durations in `days`, `weeks`, `months` or `years`: `deployment.start + 3 years`.)"},
    {"FP-E0204", R"(An operator is used with a type it does not apply to.

`<`, `<=`, `>`, `>=` compare numbers and dates; `in` tests an enum value against a set literal; `contains`,
`within` and `intersects` take a set fact on the left; `+` and `-` shift a date by a duration or add numbers of
the same unit.)"},
    {"FP-E0205", R"(A rule test gives a fact a value of the wrong type.

`given controller.type = school` needs `school` to be a value of the fact's enum; a number needs the fact's unit.)"},
    {"FP-E0206", R"(`status(rule)` is used other than in an equality test with a status.

Write `status(gdpr.dpia-required) == breach` or `!=`, with one of `breach`, `compliant`, `not_applicable` and
`undetermined`.)"},
    {"FP-E0301", R"(An exception can never hold, so it never overrides a breach.

The checker decides this where it can: the condition contradicts itself (`a and not a`, `x == p and x == q`,
`n < 5 and n > 10`), or it contradicts the rule's `applies when` condition, under which the exception is always
evaluated. Fix the condition, or remove the exception.)"},
    {"FP-E0401", R"(A rule test gives the same fact twice, or expects two statuses of the same rule.)"},
    {"FP-E0501", R"(A rule imposes a runtime condition that the recognition runtime does not know.

`imposes KEY [VALUE] "what to do"` hands a condition to the runtime, which enforces it at every operation. A
runtime that meets a key it does not know refuses to start (fail closed), so lint accepts only these keys:

    mode verification                  match only against the identity claimed (1:1), never search (1:N)
    max_template_retention 180 days    delete every template older than this (days, weeks, months, years)
    consent_record_required            enrol only a subject whose consent to the purpose is recorded
    separate_consent_required          enrol only with a consent recorded as separate
    written_consent_required           enrol only with a consent recorded as written
    guardian_consent_below_age 14 years  below this age, enrol only with a guardian's recorded consent
    allowed_purposes {public_security} every operation must declare one of these purposes
    audit_log_required                 record every enrolment, match, access and deletion
    no_unenrolled_templates            keep no template of a face that is not enrolled

A duty the runtime cannot enforce belongs in the rule's `requires` condition, so that the deployment must
state that it meets it. docs/LANGUAGE.md lists the conditions too.)"},
    {"FP-E0502", R"(A runtime condition is imposed with a value of the wrong form.

Each condition reads one form of value: none for the yes-or-no conditions (`imposes audit_log_required "..."`),
a duration for `max_template_retention` (`180 days`), an age in years for `guardian_consent_below_age`
(`14 years`), `verification` or `identification` for `mode`, and for `allowed_purposes` a set of values of the
fact `purposes` (`{public_security}`). See `facepia lint --explain FP-E0501` for the list.)"},
    {"FP-W0401", R"(A rule has no test.

Every rule should be exercised by at least one `test` block that expects its status, so that a change in the rule
or its facts is noticed. Add a scenario:

    test "a school takes attendance with faces" {
      given controller.type = school
      expect gdpr.biometric-prohibition is breach
    })"},
    {"FP-D0001", R"(A deployment file is not valid YAML.

The message gives the parser's reason and the caret the place. A deployment is a YAML mapping of facts, nested
keys forming fact paths:

    consent:
      separate: true
    retention:
      templates: 30 days)"},
    {"FP-D0002", R"(A deployment is not a mapping of facts, or the file declares no deployment at all.

Each YAML document of the file is one deployment: a mapping from fact names to values. A list or a bare value at
the top, or a file of comments only, declares nothing to assess.)"},
    {"FP-D0003", R"(A deployment nests too deep.

A deployment is a mapping of facts and groups of facts, a few levels deep; at most 32 levels are read. Deeper
nesting is refused before the document is built, so that a hostile file cannot exhaust memory or the stack.)"},
    {"FP-D0004", R"(A deployment holds a YAML tag (`!!str`, `!!float`, `!custom`).

A tag would change how a value reads behind the vocabulary's back (`!!str true` is text). The type each fact
declares in the rules decides how its value reads, so tags are refused. Remove the tag.)"},
    {"FP-D0005", R"(A key is written twice in one mapping.

YAML would keep one of the two silently. Keep one, and give it the value meant.)"},
    {"FP-D0101", R"(A deployment states a fact the rules do not declare.

A deployment may state only the facts of the vocabulary (`fact ...` in the rule files); a misspelt fact would
otherwise stay unknown without a word. The help line suggests the declared fact with the nearest spelling, or
lists the facts of the group.)"},
    {"FP-D0102", R"(A deployment states a derived fact.

Facts under `assess.` are judged by the assessors from the stated facts, not stated. Where an assessor's
judgement does not fit the deployment, override it under `overrides:` with a written justification:

    overrides:
      assess.power_imbalance:
        value: false
        justification: "passengers choose between the face lane and the staffed desk")"},
    {"FP-D0103", R"(A fact is stated twice in one deployment, or a derived fact overridden twice.

The same fact can be reached by two spellings (`consent.separate: true` and `consent: {separate: true}`). State
each fact once.)"},
    {"FP-D0104", R"(A group of facts is given a value instead of a mapping.

`consent` is a group: its facts are stated inside it (`consent: {separate: true, written: true}`). The help line
lists the facts of the group.)"},
    {"FP-D0105", R"(A key of a deployment is not a fact name.

Fact names are lower-case words joined by dots (`consent.separate`); a key that is a list, a mapping, or has
capitals, spaces or other signs names no fact.)"},
    {"FP-D0201", R"(A fact's value has the wrong type.

The vocabulary declares each fact's type: `true` or `false` for `bool`, a number with its unit for
`number days`, `YYYY-MM-DD` for `date`, one of the enum's values, a list of them for `set of`, or text.)"},
    {"FP-D0202", R"(A value is not one of the values of the fact's enum.

The help line suggests the nearest value, or lists them; the vocabulary (`enum ...` in the rule files) declares
them all.)"},
    {"FP-D0203", R"(A date is not a real calendar date written `YYYY-MM-DD`.

`2021-02-29` is refused because 2021 is not a leap year; `2021-3-1` because the month and day take two digits.)"},
    {"FP-D0204", R"(A number is written with a unit other than the fact's own.

`retention.templates` is counted in days: write `30 days` (or `30`), not `1 month`. No unit is converted, so
that what the deployment states is what the rules compare.)"},
    {"FP-D0205", R"(A number counted in days, years or persons is negative.

Durations, ages and counts of people are zero or more.)"},
    {"FP-D0206", R"(A text holds a byte that is not UTF-8, or a control character.

Deployment texts go into findings, reports and JSON records and are printed to terminals, so a stray Latin-1
byte, a NUL or an escape character is refused. Save the file as UTF-8, without control characters.)"},
    {"FP-D0301", R"(An override is not written as the assessors read it.

`overrides:` maps derived facts (under `assess.`) to a mapping with a `value:` or `factors: {...}`, and a
`justification:` saying why the assessor's judgement does not fit this deployment:

    overrides:
      assess.power_imbalance:
        value: false
        justification: "passengers choose between the face lane and the staffed desk"

A fact that is not derived is stated directly instead.)"},
    {"FP-D0401", R"(A deployment file or folder cannot be read.

A deployment is a regular, readable YAML file of at most 16 MiB whose name is UTF-8; a folder given must hold at
least one `*.yaml` or `*.yml` file.)"},
};

} // namespace

std::vector<std::string_view> explained_codes() {
  std::vector<std::string_view> codes;
  for (const auto& [code, text] : explanations) {
    codes.push_back(code);
  }
  return codes;
}

std::optional<std::string_view> explain(std::string_view code) {
  for (const auto& [known, text] : explanations) {
    if (known == code) {
      return text;
    }
  }
  return std::nullopt;
}

} // namespace facepia::dsl
