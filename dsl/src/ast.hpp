// The parse tree that Spirit X3 fills (internal to dsl/). It mirrors the text: every clause as written,
// strings as their raw pieces, numbers as their digits. lower.cpp turns it into the checked model
// (model.hpp); format.cpp prints it back in canonical layout. Spans are byte offsets into the file, set by
// the annotation handler.
#pragma once

#include <boost/optional.hpp>
#include <boost/spirit/home/x3/support/ast/variant.hpp>
#include <cstdint>
#include <string>
#include <vector>

namespace facepia::dsl::ast {
namespace x3 = boost::spirit::x3;

struct Node {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

// Leaves filled by semantic actions (single-member structs cannot be fusion sequences in X3, spirit#463).
struct Ident : Node {
  std::string text;
};
struct Text : Node {
  std::vector<std::string> pieces; // raw text between the quotes, escapes as written
};
struct DateLit : Node {
  std::string text;
};
struct BoolLit : Node {
  bool value = false;
};
struct SetLit : Node {
  std::vector<Ident> values;
};
struct AsOf : Node {};

struct NumberLit : Node {
  std::string digits;
  boost::optional<Ident> unit;
};

// `declared(path)` or `status(rule-id)`.
struct Call : Node {
  std::string function;
  Ident argument;
};

struct Expr;

struct Primary
    : x3::variant<Ident, NumberLit, DateLit, Text, BoolLit, SetLit, AsOf, Call, x3::forward_ast<Expr>> {
  using base_type::base_type;
  using base_type::operator=;
};

struct AddTail {
  char op = '+';
  Primary operand;
};
struct Additive : Node {
  Primary first;
  std::vector<AddTail> rest;
};

struct CompareTail {
  std::string op; // == != < <= > >= in contains within intersects
  Additive right;
};
struct Comparison : Node {
  Additive left;
  boost::optional<CompareTail> tail;
};

struct Unary : Node {
  std::string nots; // one '!' per `not`
  Comparison operand;
};

struct And : Node {
  Unary first;
  std::vector<Unary> rest;
};

struct Expr : Node {
  And first;
  std::vector<And> rest;
};

// `GDPR Art. 9(2)(a)`, `GDPR Recital 43`.
struct ProvisionRef : Node {
  Ident instrument;
  std::string kind; // "Art." or "Recital"
  std::string number;
  boost::optional<std::string> paragraph;
  boost::optional<std::string> item;
};

// Clauses. `keyword` is the clause's first word as written.
struct TextClause : Node {
  std::string keyword; // title title_zh jurisdiction text text_zh finding remedy
  Text value;
};
struct DateClause : Node {
  std::string keyword; // in_force repealed as_of
  DateLit value;
};
struct ConditionClause : Node {
  std::string keyword; // scope applies requires
  Expr condition;
};
struct CitesClause : Node {
  std::string keyword; // cites
  std::vector<ProvisionRef> refs;
};
struct KeywordClause : Node {
  std::string keyword; // prohibited severity
  boost::optional<Ident> argument;
};
struct UnlessClause : Node {
  Ident name;
  Expr condition;
  boost::optional<CitesClause> cites;
};

struct Literal : x3::variant<NumberLit, DateLit, BoolLit, SetLit, Text, Ident> {
  using base_type::base_type;
  using base_type::operator=;
};

struct ImposesClause : Node {
  Ident key;
  boost::optional<Literal> value;
  Text description;
};
struct GivenClause : Node {
  Ident path;
  Literal value;
};
// `expect R is S`, `expect R exception E`, `expect decision D`.
struct ExpectClause : Node {
  boost::optional<Ident> rule;
  std::string relation; // is exception decision
  Ident value;
};

struct InstrumentClause : x3::variant<TextClause, DateClause, ConditionClause> {
  using base_type::base_type;
  using base_type::operator=;
};
struct RuleClause
    : x3::variant<TextClause, CitesClause, ConditionClause, KeywordClause, UnlessClause, ImposesClause> {
  using base_type::base_type;
  using base_type::operator=;
};
struct TestClause : x3::variant<DateClause, GivenClause, ExpectClause> {
  using base_type::base_type;
  using base_type::operator=;
};

// Declarations. `header_trailing` is a comment on the line of the opening brace; `closing` the comments
// before the closing brace.
struct Import : Node {
  std::string keyword;
  Text path;
};
struct Instrument : Node {
  Ident id;
  std::vector<InstrumentClause> clauses;
  std::string header_trailing;
  std::vector<std::string> closing;
};
struct Provision : Node {
  ProvisionRef ref;
  std::vector<InstrumentClause> clauses; // the same clause grammar; lowering says which keys each may use
  std::string header_trailing;
  std::vector<std::string> closing;
};
// `label "1:N identification" label_zh "1:N 识别"`: the short name a report gives a fact or an enum value.
struct Labels : Node {
  Text en;
  boost::optional<Text> zh;
};
struct EnumMember : Node {
  Ident name;
  boost::optional<Labels> labels;
};
struct Enum : Node {
  Ident name;
  std::vector<EnumMember> values;
};
struct TypeRef : Node {
  boost::optional<std::string> set_of; // "set" when written `set of E`
  Ident name;
  boost::optional<Ident> unit;
};
struct Fact : Node {
  std::string keyword; // fact derived
  Ident path;
  TypeRef type;
  Text meaning;
  boost::optional<Labels> labels;
};
struct Rule : Node {
  Ident id;
  std::vector<RuleClause> clauses;
  std::string header_trailing;
  std::vector<std::string> closing;
};
struct Test : Node {
  Text name;
  std::vector<TestClause> clauses;
  std::string header_trailing;
  std::vector<std::string> closing;
};

} // namespace facepia::dsl::ast
