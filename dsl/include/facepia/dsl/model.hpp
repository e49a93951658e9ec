// The checked model of a rule load: what the engine evaluates. Boost-free, value types, every node with a
// span. It is built from the parse tree (dsl/src/ast.hpp, internal) by lowering, then checked by the passes
// in check.hpp.
#pragma once

#include "facepia/dsl/source.hpp"

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>

namespace facepia::dsl {

// A calendar day, stored as days since 1970-01-01 so that comparison and arithmetic are integer operations.
struct Date {
  std::int32_t days = 0;
  static std::optional<Date> from_ymd(int year, unsigned month, unsigned day); // nullopt if not a real date
  static std::optional<Date> parse(std::string_view iso);                      // "YYYY-MM-DD"
  std::string iso() const;
  Date add_days(std::int32_t n) const { return Date{days + n}; }
  Date add_months(std::int32_t n) const; // calendar months, clamped to the month's last day
  friend auto operator<=>(const Date&, const Date&) = default;
};

// A number with its unit ("days", "persons"; empty for a plain number).
struct Quantity {
  double value = 0;
  std::string unit;
  friend bool operator==(const Quantity&, const Quantity&) = default;
};

struct EnumValue {
  std::string name;
  friend auto operator<=>(const EnumValue&, const EnumValue&) = default;
};

// Ordered; looked up by std::string_view too (std::less<>), without building a string.
using EnumSet = std::set<std::string, std::less<>>;

// A known value. Unknown is the absence of a Value (std::optional<Value> in the engine), never a Value.
using Value = std::variant<bool, Quantity, Date, std::string, EnumValue, EnumSet>;

enum class TypeKind { boolean, number, date, text, enumeration, set_of_enum };
struct Type {
  TypeKind kind = TypeKind::boolean;
  std::string unit;      // number: its unit, may be empty
  std::string enum_name; // enumeration and set_of_enum: the enum's name
  friend bool operator==(const Type&, const Type&) = default;
};
std::string to_string(const Type& type); // as written in the language: "number days", "set of purpose"

// The short name a report gives a fact or an enum value (`label "..." label_zh "..."`); empty when the
// vocabulary gives none.
struct Label {
  std::string en;
  std::string zh;
  bool empty() const { return en.empty() && zh.empty(); }
  // In the language asked for; the other one when that is not given.
  const std::string& in(bool chinese) const { return chinese && !zh.empty() ? zh : en.empty() ? zh : en; }
};

struct EnumDecl {
  std::string name;
  std::vector<std::string> values;
  std::vector<Span> value_spans;
  std::vector<Label> value_labels; // one per value
  Span span;
  const Label* value_label(std::string_view value) const; // nullptr when `value` is not one of this enum's
};

struct FactDecl {
  std::string path; // "consent.separate"
  Type type;
  std::string meaning;
  Label label;
  bool derived = false; // computed by an assessor (assess.*), not stated by a deployment
  Span span;
};

struct ProvisionRef {
  // The division of an instrument a citation names, in the forms statutes use. One kind written two ways is
  // one provision: `BIPA § 15`, `BIPA Sec. 15` and `BIPA Section 15` are the same section, `PIPL Art. 26` and
  // `PIPL 第26条` the same article.
  enum class Kind { article, recital, section, clause, annex, point, item };
  std::string instrument; // "GDPR"
  Kind kind = Kind::article;
  std::string
      designator; // as written: "Art.", "§", "Sec.", "Section", "第" (第N条); empty: the kind's usual form
  std::string number;    // "9", "5a", "III"
  std::string paragraph; // "2" or "a", may be empty
  std::string item;      // "a", may be empty
  Span span;
  std::string
  label() const; // as written: "GDPR Art. 9(2)(a)", "GDPR Recital 43", "BIPA Sec. 15(a)", "PIPL 第26条"
  std::string key() const; // in the kind's usual form, for lookups: "PIPL Art. 26" for `PIPL 第26条`
  // The enclosing provisions, nearest first: Art. 9(2)(a) -> Art. 9(2) -> Art. 9.
  std::vector<ProvisionRef> parents() const;
  friend bool operator==(const ProvisionRef& a, const ProvisionRef& b) {
    return a.instrument == b.instrument && a.kind == b.kind && a.number == b.number &&
           a.paragraph == b.paragraph && a.item == b.item;
  }
};

// "article", "recital", "section", "clause", "annex", "point", "item".
std::string_view to_string(ProvisionRef::Kind kind);
// The usual written form of a kind: "Art.", "Recital", "Sec.", "Clause", "Annex", "point", "item".
std::string_view designator_of(ProvisionRef::Kind kind);

struct Instrument {
  std::string id; // "PIPL", "GDPR", "SPC-FR"
  std::string title;
  std::string title_zh;
  std::string jurisdiction;
  std::string
      out_of_scope; // why a deployment outside the scope is outside it, and which law governs it instead
  Date in_force;
  std::optional<Date> repealed;
  Span span;
};

struct Provision {
  ProvisionRef ref;
  std::string title;
  std::string text;
  std::string text_zh;
  std::optional<Date> in_force; // default: the instrument's
  std::optional<Date> repealed;
  Span span;
};

enum class ExprKind {
  literal,     // value
  fact,        // name = fact path
  as_of,       // the assessment date
  declared,    // name = fact path; true when the deployment states it
  rule_status, // name = rule id; compared with a status literal
  logical_not, // operands[0]
  logical_and, // operands[0..n)
  logical_or,  // operands[0..n)
  compare,     // op, operands[0], operands[1]
  in_set,      // operands[0] in operands[1] (a set literal)
  contains,    // operands[0] (a set) contains operands[1] (an enum value)
  within,      // every value of operands[0] is in operands[1]
  intersects,  // some value of operands[0] is in operands[1]
  add,         // operands[0] + operands[1]
  subtract,    // operands[0] - operands[1]
};

enum class CompareOp { equal, not_equal, less, less_equal, greater, greater_equal };

struct Expr {
  ExprKind kind = ExprKind::literal;
  CompareOp op = CompareOp::equal;
  Value literal = false; // literal: the value (sets are EnumSet, enum values EnumValue, statuses EnumValue)
  std::string name;      // fact, declared: the fact path; rule_status: the rule id
  std::vector<Expr> operands;
  Span span;
  std::optional<Type> type; // filled by the type-checking pass
};

// `scope E` of an instrument: its rules are not_applicable unless E holds.
struct InstrumentScope {
  std::string instrument;
  Expr condition;
  Span span;
};

enum class RuleSeverity { blocking, major, minor, advisory };
enum class Status { breach, compliant, not_applicable, undetermined };
enum class Decision { allow, conditional, deny };
std::string_view to_string(RuleSeverity);
std::string_view to_string(Status);
std::string_view to_string(Decision);
std::optional<Status> status_from_string(std::string_view);
std::optional<Decision> decision_from_string(std::string_view);

struct RuleException {
  std::string name;
  Expr condition;
  std::vector<ProvisionRef> citations;
  Span span;
};

// A runtime condition a compliant rule imposes, e.g. `imposes max_template_retention 30 days "..."`.
struct RuntimeCondition {
  std::string key;
  std::optional<Value> value;
  std::string description;
  Span span;
  Span key_span;
  Span value_span; // empty (begin == end) when there is no value
};

struct Rule {
  std::string id;
  std::string title;
  std::vector<ProvisionRef> citations; // the first decides the rule's instrument
  std::optional<Expr> applies_when;
  bool prohibited = false;
  std::optional<Expr> requirement; // `requires E`; empty when prohibited
  std::vector<RuleException> exceptions;
  RuleSeverity severity = RuleSeverity::blocking;
  std::string finding; // may interpolate {fact.path}
  Span finding_span;   // the finding's text, quotes included
  std::string remedy;
  std::vector<RuntimeCondition> imposes;
  Span span;
  const std::string& instrument() const { return citations.front().instrument; }
};

struct TestGiven {
  std::string path;
  Value value;
  Span span;
};

struct TestExpectation {
  std::string rule_id;
  Status status = Status::compliant;
  std::optional<std::string> exception; // `expect R exception NAME`
  Span span;
};

struct RuleTest {
  std::string name;
  std::optional<Date> as_of;
  std::vector<TestGiven> givens;
  std::vector<TestExpectation> expectations;
  std::optional<Decision> expected_decision;
  Span decision_span;
  Span span;
};

// Everything one load declares. Lookups are by name; the vectors keep declaration order (file order, then
// text).
struct Program {
  SourceMap sources;
  std::vector<Instrument> instruments;
  std::vector<InstrumentScope> scopes; // at most one per instrument
  std::vector<Provision> provisions;
  std::vector<EnumDecl> enums;
  std::vector<FactDecl> facts;
  std::vector<Rule> rules;
  std::vector<RuleTest> tests;
  // The import graph as load() followed it: imports[f] lists the files that file f imports directly (refused
  // and unreadable imports are not edges). Empty for a program built without load().
  std::vector<std::vector<FileId>> imports;

  // `file` and every file it imports, directly or through other imports, in ascending order.
  std::vector<FileId> import_closure(FileId file) const;

  const Instrument* find_instrument(std::string_view id) const;
  const InstrumentScope* find_scope(std::string_view instrument) const;
  // The provision itself, else the nearest declared enclosing provision; nullptr when none is declared.
  const Provision* find_provision(const ProvisionRef& ref) const;
  const EnumDecl* find_enum(std::string_view name) const;
  const FactDecl* find_fact(std::string_view path) const;
  const Rule* find_rule(std::string_view id) const;

  // Rebuilds the name indexes that make the find_* lookups constant time, misses included. load() and
  // check() call it; a lookup after items were added is still correct (it falls back to a scan), only slower.
  void reindex();

  struct NameIndex {
    // Looked up by std::string_view without building a std::string.
    struct Hash {
      using is_transparent = void;
      std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };
    struct Table {
      std::unordered_map<std::string, std::size_t, Hash, std::equal_to<>> positions;
      std::size_t indexed = 0; // how many items the positions were built from
    };
    Table instruments, enums, facts, rules, provisions;
  };

private:
  NameIndex index_;
};

} // namespace facepia::dsl
