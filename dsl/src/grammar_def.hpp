// The rule language's grammar (DEFINE). Each rule carries its production as a comment; the productions are
// those of docs/LANGUAGE.md. Expectation points (`>`) carry the text of what was expected, which becomes the
// diagnostic ("expected `{` after the instrument id").
#pragma once

#include "ast.hpp"
#include "ast_adapted.hpp"
#include "error_handler.hpp"
#include "grammar.hpp"

#include <array>
#include <boost/spirit/home/x3.hpp>
#include <string_view>

namespace facepia::dsl::grammar {
namespace x3 = boost::spirit::x3;

namespace detail {

// A rule that only names what it parses, for the "expected ..." message of an expectation point.
template <typename Attribute = void, typename Parser> auto named(const char* what, const Parser& parser) {
  using attribute =
      std::conditional_t<std::is_void_v<Attribute>,
                         typename x3::traits::attribute_of<Parser, x3::unused_type>::type, Attribute>;
  return x3::rule<struct named_class, attribute>{what} = parser;
}

// Characters that continue a word: a keyword is a whole word, so `notice_given` and `requires_review` are
// identifiers, not `not` or `requires` followed by something.
inline const auto word_char = x3::char_("a-zA-Z0-9_.-");

inline auto kw(const char* word) {
  return x3::lexeme[x3::lit(word) >> !word_char];
}
inline auto kw_str(const char* word) {
  return x3::lexeme[x3::string(word) >> !word_char];
}
// One of several keywords, as written. Not `kw_str(a) | kw_str(b)`: X3 does not roll back a string attribute
// when an alternative fails after matching ("title" then "title_zh" would give "titletitle_zh").
template <typename... Words> auto one_of(Words... words) {
  return x3::raw[(kw(words) | ...)];
}

// Semantic actions for the single-member leaves. A rule whose right-hand side has an action gets no
// on_success annotation from X3 (it passes `unused`), so these record the span themselves. X3 1.74's `_where`
// is not the matched range but [end of the match, end of the input): its begin is where the match ended.
template <typename Context> std::uint32_t match_end(const Context& ctx) {
  return static_cast<std::uint32_t>(x3::_where(ctx).begin() - source_start);
}
// The span of a raw[] match, which starts after the skipped whitespace.
template <typename Range> void mark_range(ast::Node& node, const Range& range) {
  node.begin = static_cast<std::uint32_t>(range.begin() - source_start);
  node.end = static_cast<std::uint32_t>(range.end() - source_start);
}

inline const auto set_text = [](auto& ctx) {
  const auto& range = x3::_attr(ctx);
  x3::_val(ctx).text.assign(range.begin(), range.end());
  mark_range(x3::_val(ctx), range);
};
inline const auto set_unreserved_text = [](auto& ctx) {
  const auto& range = x3::_attr(ctx);
  x3::_val(ctx).text.assign(range.begin(), range.end());
  x3::_pass(ctx) = !is_reserved(x3::_val(ctx).text);
  mark_range(x3::_val(ctx), range);
};
// A string piece is the source between its quotes, so its span ends after the closing quote and starts
// size + 2 before that.
inline const auto push_piece = [](auto& ctx) {
  auto& text = x3::_val(ctx);
  const std::string& piece = x3::_attr(ctx);
  text.end = match_end(ctx);
  if (text.pieces.empty()) {
    text.begin = text.end - static_cast<std::uint32_t>(piece.size() + 2);
  }
  text.pieces.push_back(piece);
};
inline const auto set_true = [](auto& ctx) {
  x3::_val(ctx).value = true;
  x3::_val(ctx).end = match_end(ctx);
  x3::_val(ctx).begin = x3::_val(ctx).end - 4;
};
inline const auto set_false = [](auto& ctx) {
  x3::_val(ctx).value = false;
  x3::_val(ctx).end = match_end(ctx);
  x3::_val(ctx).begin = x3::_val(ctx).end - 5;
};
inline const auto open_set = [](auto& ctx) { x3::_val(ctx).begin = match_end(ctx) - 1; };
// (A set's end is set by annotate_span on the primary or literal around it: an action on its `}` would have
// to sit outside the named expectation, which would then lose its name.)
template <typename Values> void assign_values(std::vector<ast::Ident>& target, Values& values) {
  if constexpr (std::is_same_v<Values, std::vector<ast::Ident>>) {
    target = std::move(values);
  } else if (values) {
    target = std::move(*values);
  }
}
inline const auto set_values = [](auto& ctx) { assign_values(x3::_val(ctx).values, x3::_attr(ctx)); };

} // namespace detail

using detail::kw;
using detail::kw_str;
using detail::named;
using detail::one_of;
using x3::char_;
using x3::lexeme;
using x3::lit;
using x3::raw;

// Rule ids: each has the span annotation.
struct word_class : annotate_span {};
struct name_class : annotate_span {};
struct path_class : annotate_span {};
struct rule_id_class : annotate_span {};
struct instrument_id_class : annotate_span {};
struct piece_class {};
struct text_class : annotate_span {};
struct date_class : annotate_span {};
struct number_class : annotate_span {};
struct bool_class : annotate_span {};
struct set_class : annotate_span {};
struct as_of_class : annotate_span {};
struct call_class : annotate_span {};
struct group_class : annotate_span {};
struct primary_class : annotate_span {};
struct additive_class : annotate_span {};
struct comparison_class : annotate_span {};
struct compare_op_class {};
struct compare_tail_class {};
struct set_of_class {};
struct paragraph_class {};
struct item_class {};
struct unary_class : annotate_span {};
struct and_class : annotate_span {};
struct expr_class : annotate_span {};
struct provision_ref_class : annotate_span {};
struct literal_class : annotate_span {};
struct imposes_value_class : annotate_span {};
struct instrument_clause_class : annotate_span {};
struct text_clause_class : annotate_span {};
struct date_clause_class : annotate_span {};
struct scope_clause_class : annotate_span {};
struct rule_text_clause_class : annotate_span {};
struct cites_clause_class : annotate_span {};
struct condition_clause_class : annotate_span {};
struct prohibited_clause_class : annotate_span {};
struct severity_clause_class : annotate_span {};
struct unless_clause_class : annotate_span {};
struct imposes_clause_class : annotate_span {};
struct rule_clause_class : annotate_span {};
struct as_of_clause_class : annotate_span {};
struct given_clause_class : annotate_span {};
struct expect_decision_class : annotate_span {};
struct expect_rule_class : annotate_span {};
struct expect_clause_class : annotate_span {};
struct test_clause_class : annotate_span {};
struct type_ref_class : annotate_span {};
struct labels_class : annotate_span {};
struct enum_member_class : annotate_span {};
struct import_class : annotate_span {};
struct instrument_class : annotate_span {};
struct provision_class : annotate_span {};
struct enum_class : annotate_span {};
struct fact_class : annotate_span {};
struct rule_class : annotate_span {};
struct test_class : annotate_span {};

const x3::rule<word_class, ast::Ident> word = "a name";
const x3::rule<name_class, ast::Ident> type_name =
    "a type (`bool`, `number`, `date`, `text`, an enum, `set of`)";
const x3::rule<path_class, ast::Ident> path = "a fact";
const x3::rule<rule_id_class, ast::Ident> rule_id = "a rule id";
const x3::rule<instrument_id_class, ast::Ident> instrument_id =
    "an instrument id (upper case, such as `GDPR`)";
const x3::rule<piece_class, std::string> piece = "a string";
const x3::rule<text_class, ast::Text> text = "a string";
const x3::rule<date_class, ast::DateLit> date = "a date (YYYY-MM-DD)";
const x3::rule<number_class, ast::NumberLit> number = "a number";
const x3::rule<bool_class, ast::BoolLit> boolean = "`true` or `false`";
const x3::rule<set_class, ast::SetLit> set = "a set such as `{a, b}`";
const x3::rule<as_of_class, ast::AsOf> as_of = "`as_of`";
const x3::rule<call_class, ast::Call> call = "`declared(...)` or `status(...)`";
const x3::rule<group_class, ast::Expr> group = "`(`";
const x3::rule<primary_class, ast::Primary> primary = "a fact or a value";
const x3::rule<additive_class, ast::Additive> additive = "a fact or a value";
const x3::rule<comparison_class, ast::Comparison> comparison = "a fact or a value";
const x3::rule<compare_op_class, std::string> compare_op = "a comparison";
const x3::rule<compare_tail_class, ast::CompareTail> compare_tail = "a comparison";
const x3::rule<set_of_class, std::string> set_of = "`set of`";
const x3::rule<paragraph_class, std::string> paragraph = "a paragraph";
const x3::rule<item_class, std::string> item = "an item";
const x3::rule<unary_class, ast::Unary> unary = "a condition";
const x3::rule<and_class, ast::And> conjunction = "a condition";
const x3::rule<expr_class, ast::Expr> expr = "a condition";
const x3::rule<provision_ref_class, ast::ProvisionRef> provision_ref =
    "a provision such as `GDPR Art. 9(2)(a)` or `GDPR Recital 43`";
const x3::rule<literal_class, ast::Literal> literal = "a value";
const x3::rule<imposes_value_class, ast::Literal> imposes_value = "a value";
const x3::rule<text_clause_class, ast::TextClause> text_clause = "a clause";
const x3::rule<date_clause_class, ast::DateClause> date_clause = "a clause";
const x3::rule<scope_clause_class, ast::ConditionClause> scope_clause = "a clause";
const x3::rule<instrument_clause_class, ast::InstrumentClause> instrument_clause = "a clause";
const x3::rule<rule_text_clause_class, ast::TextClause> rule_text_clause = "a clause";
const x3::rule<cites_clause_class, ast::CitesClause> cites_clause = "`cites`";
const x3::rule<condition_clause_class, ast::ConditionClause> condition_clause = "a clause";
const x3::rule<prohibited_clause_class, ast::KeywordClause> prohibited_clause = "`prohibited`";
const x3::rule<severity_clause_class, ast::KeywordClause> severity_clause = "`severity`";
const x3::rule<unless_clause_class, ast::UnlessClause> unless_clause = "`unless`";
const x3::rule<imposes_clause_class, ast::ImposesClause> imposes_clause = "`imposes`";
const x3::rule<rule_clause_class, ast::RuleClause> rule_clause = "a rule clause";
const x3::rule<as_of_clause_class, ast::DateClause> as_of_clause = "`as_of`";
const x3::rule<given_clause_class, ast::GivenClause> given_clause = "`given`";
const x3::rule<expect_decision_class, ast::ExpectClause> expect_decision = "`decision`";
const x3::rule<expect_rule_class, ast::ExpectClause> expect_rule = "a rule id or `decision`";
const x3::rule<expect_clause_class, ast::ExpectClause> expect_clause = "`expect`";
const x3::rule<test_clause_class, ast::TestClause> test_clause = "a test clause";
const x3::rule<type_ref_class, ast::TypeRef> type_ref =
    "a type (`bool`, `number`, `date`, `text`, an enum, `set of`)";
const x3::rule<labels_class, ast::Labels> labels = "`label`";
const x3::rule<enum_member_class, ast::EnumMember> enum_member = "an enum value";
const import_type import_decl = "`import`";
const instrument_type instrument_decl = "`instrument`";
const provision_type provision_decl = "`provision`";
const enum_type enum_decl = "`enum`";
const fact_type fact_decl = "`fact`";
const rule_type rule_decl = "`rule`";
const test_type test_decl = "`test`";

// Lexical pieces.
inline const auto lower_word = lexeme[char_("a-z_") >> *char_("a-z0-9_")];
inline const auto digit = char_("0-9");

// word := [a-z_][a-z0-9_]*, not a keyword
const auto word_def = raw[lower_word][detail::set_unreserved_text];
// type_name := [a-z_][a-z0-9_]*   (keywords allowed: `text` is a type)
const auto type_name_def = raw[lower_word][detail::set_text];
// path := word ("." word)*   (a single keyword is not a fact)
const auto path_def = raw[lexeme[lower_word % '.']][detail::set_unreserved_text];
// rule_id := [a-z_][a-z0-9_-]* ("." [a-z_][a-z0-9_-]*)*
const auto rule_id_def = raw[lexeme[(char_("a-z_") >> *char_("a-z0-9_-")) % '.']][detail::set_text];
// instrument_id := [A-Z][A-Z0-9-]*
const auto instrument_id_def = raw[lexeme[char_("A-Z") >> *char_("A-Z0-9-")]][detail::set_text];

// piece := '"' (escape | any character but '"', '\' or a line break)* '"'
const auto piece_def =
    lexeme[lit('"') >> raw[*((lit('\\') > named("an escape (`\\\"`, `\\\\` or `\\n`)", char_("\"\\\\n"))) |
                             ~char_("\"\\\n\r"))] > named("a closing `\"` on the same line", lit('"'))];
// text := piece+   (adjacent strings are joined with one space)
const auto text_def = +piece[detail::push_piece];
// date := digit{4} '-' digit{2} '-' digit{2}
const auto date_def = raw[lexeme[x3::repeat(4)[digit] >> '-' >> x3::repeat(2)[digit] >> '-' >>
                                 x3::repeat(2)[digit] >> !detail::word_char]][detail::set_text];
// number := digit+ ('.' digit+)? unit?
const auto number_def = lexeme[raw[+digit >> -('.' >> +digit)] >> !char_("a-zA-Z0-9_.")] >> -word;
// boolean := "true" | "false"
const auto boolean_def = kw("true")[detail::set_true] | kw("false")[detail::set_false];
// set := '{' (word (',' word)*)? '}'
const auto set_def = lit('{')[detail::open_set] > (-(word % ','))[detail::set_values] >
                     named("`,` or `}` in the set", lit('}'));
// as_of := "as_of"
const auto as_of_def = kw("as_of");
// call := ("declared" | "status") '(' rule_id ')'
const auto call_def = one_of("declared", "status") > named("`(`", lit('(')) > rule_id >
                      named("`)`", lit(')'));
// group := '(' expr ')'
const auto group_def = lit('(') > expr > named("`)` to close the `(`", lit(')'));
// primary := group | date | number | text | set | boolean | as_of | call | path
// (Tried with `path` first: most primaries are facts, and a path matches none of the others' first words:
// it starts with a lower-case letter and is never a keyword such as `true`, `as_of` or `status`.)
const auto primary_def = path | group | date | number | text | set | boolean | as_of | call;
// additive := primary (('+' | '-') primary)*
const auto additive_def = primary >> *(char_("+-") > primary);
// compare_op := "==" | "!=" | "<=" | ">=" | "<" | ">" | "in" | "contains" | "within" | "intersects"
const auto compare_op_def = raw[lit("==") | lit("!=") | lit("<=") | lit(">=") | lit('<') | lit('>') |
                                kw("in") | kw("contains") | kw("within") | kw("intersects")];
// compare_tail := compare_op additive
const auto compare_tail_def = compare_op > additive;
// comparison := additive compare_tail?
const auto comparison_def = additive >> -compare_tail;
// unary := "not"* comparison
const auto unary_def = *(kw("not") >> x3::attr('!')) >> comparison;
// conjunction := unary ("and" unary)*
const auto conjunction_def = unary >> *(kw("and") > unary);
// expr := conjunction ("or" conjunction)*
const auto expr_def = conjunction >> *(kw("or") > conjunction);

// provision_ref := instrument_id designator number paragraph? item?
// designator := "Art." | "§" | "Sec." | "Section" | "Recital" | "Clause" | "Annex" | "point" | "item" | "第"
// number := digit+ [a-z]* "条"? | [IVXLC]+   (条 closes `第26条` only; roman: `Annex III`)
const auto provision_ref_def =
    instrument_id >
    named<std::string>("a provision (`Art.`, `Recital`, `§`, `Sec.`, `Section`, `Clause`, `Annex`, `point`, "
                       "`item` or `第N条`) after the instrument id",
                       x3::string("Art.") | x3::string("Sec.") | x3::string("\u00a7") | x3::string("\u7b2c") |
                           kw_str("Recital") | kw_str("Section") | kw_str("Clause") | kw_str("Annex") |
                           kw_str("point") | kw_str("item")) >
    named<std::string>("a provision number",
                       lexeme[raw[(+digit >> *char_("a-z") >> -lit("\u6761")) | +char_("IVXLC")]]) >
    x3::no_skip[-paragraph] > x3::no_skip[-item];
// paragraph := '(' [a-z0-9]+ ')'   (a numbered paragraph, or a lettered subsection: `Sec. 15(a)`)
const auto paragraph_def = lit('(') > named<std::string>("a paragraph (a number or a letter)",
                                                         +char_("a-z0-9")) > named("`)`", lit(')'));
// item := '(' [a-z0-9]+ ')'
const auto item_def = lit('(') > named<std::string>("an item (a letter or a number)", +char_("a-z0-9")) >
                      named("`)`", lit(')'));

// literal := date | number | boolean | set | text | word
const auto literal_def = date | number | boolean | set | text | word;
// imposes_value := date | number | boolean | set | word   (a string would be the description)
const auto imposes_value_def = date | number | boolean | set | word;

// text_clause := ("title" | "title_zh" | "jurisdiction" | "text" | "text_zh" | "out_of_scope") text
const auto text_clause_def =
    one_of("title", "title_zh", "jurisdiction", "text", "text_zh", "out_of_scope") > text;
// date_clause := ("in_force" | "repealed") date
const auto date_clause_def = one_of("in_force", "repealed") > date;
// scope_clause := "scope" expr
const auto scope_clause_def = kw_str("scope") > expr;
// instrument_clause := text_clause | date_clause | scope_clause
const auto instrument_clause_def = text_clause | date_clause | scope_clause;

// rule_text_clause := ("title" | "finding" | "remedy") text
const auto rule_text_clause_def = one_of("title", "finding", "remedy") > text;
// cites_clause := "cites" provision_ref (',' provision_ref)*
const auto cites_clause_def = kw_str("cites") > (provision_ref % ',');
// condition_clause := "applies" "when" expr | "requires" expr
const auto condition_clause_def =
    ((kw_str("applies") > named("`when` after `applies`", kw("when"))) | kw_str("requires")) > expr;
// prohibited_clause := "prohibited"
const auto prohibited_clause_def = kw_str("prohibited") >> x3::attr(boost::optional<ast::Ident>());
// severity_clause := "severity" word
const auto severity_clause_def = kw_str("severity") >
                                 named("a severity (`blocking`, `major`, `minor` or `advisory`)", word);
// unless_clause := "unless" word ':' expr cites_clause?
const auto unless_clause_def = kw("unless") > named("the exception's name", word) >
                               named("`:` after the exception's name", lit(':')) > expr > -cites_clause;
// imposes_clause := "imposes" word imposes_value? text
const auto imposes_clause_def = kw("imposes") > named("the condition's key", word) > -imposes_value >
                                named("the condition's description (a string)", text);
// rule_clause := rule_text_clause | cites_clause | condition_clause | prohibited_clause | severity_clause
//              | unless_clause | imposes_clause
const auto rule_clause_def = rule_text_clause | cites_clause | condition_clause | prohibited_clause |
                             severity_clause | unless_clause | imposes_clause;

// as_of_clause := "as_of" date
const auto as_of_clause_def = kw_str("as_of") > date;
// given_clause := "given" path '=' literal
const auto given_clause_def = kw("given") > path > named("`=` after the fact", lit('=') >> !lit('=')) >
                              named("a value", literal);
// expect_decision := "decision" word
// (`kw` and a fixed attribute rather than `kw_str`: this rule shares its attribute with `expect_rule`, and a
// `kw_str` that matched `decision` in `decision_made` would leave the word in `relation`.)
const auto expect_decision_def = x3::attr(boost::optional<ast::Ident>()) >>
                                 kw("decision") >> x3::attr(std::string("decision")) >
                                 named("`allow`, `conditional` or `deny`", word);
// expect_rule := rule_id ("is" | "exception") word
const auto expect_rule_def = rule_id > named<std::string>("`is` or `exception` after the rule id",
                                                          one_of("is", "exception")) >
                             named("a status or an exception name", word);
// expect_clause := "expect" (expect_decision | expect_rule)
const auto expect_clause_def = kw("expect") > (expect_decision | expect_rule);
// test_clause := as_of_clause | given_clause | expect_clause
const auto test_clause_def = as_of_clause | given_clause | expect_clause;

// set_of := "set" "of"
const auto set_of_def = kw_str("set") > named("`of` after `set`", kw("of"));
// type_ref := set_of? type_name word?
const auto type_ref_def = -set_of >> type_name >> -word;

// import := "import" text
const auto import_decl_def = kw_str("import") > named("the imported file's path (a string)", text);
// instrument := "instrument" instrument_id '{' instrument_clause* '}'
const auto instrument_decl_def =
    kw("instrument") > instrument_id > named("`{` after the instrument id", lit('{')) > *instrument_clause >
    named("an instrument clause (`title`, `title_zh`, `jurisdiction`, `in_force`, `repealed`, `scope`, "
          "`out_of_scope`) or `}`",
          lit('}'));
// provision := "provision" provision_ref '{' instrument_clause* '}'
const auto provision_decl_def =
    kw("provision") > provision_ref > named("`{` after the provision", lit('{')) > *instrument_clause >
    named("a provision clause (`title`, `text`, `text_zh`, `in_force`, `repealed`) or `}`", lit('}'));
// labels := "label" text ("label_zh" text)?
const auto labels_def = kw("label") > named("the label (a string)", text) >
                        -(kw("label_zh") > named("the Chinese label (a string)", text));
// enum_member := word labels?
const auto enum_member_def = word >> -labels;
// enum := "enum" word '{' enum_member (',' enum_member)* ','? '}'
const auto enum_decl_def = kw("enum") > named("the enum's name", word) >
                           named("`{` after the enum's name", lit('{')) >
                           named("an enum value", enum_member % ',') > -lit(',') >
                           named("`,` or `}`", lit('}'));
// fact := ("fact" | "derived") path ':' type_ref text labels?
const auto fact_decl_def = one_of("fact", "derived") > named("the fact's path", path) >
                           named("`:` and the fact's type", lit(':')) > type_ref >
                           named("the fact's meaning (a string)", text) > -labels;
// rule := "rule" rule_id '{' rule_clause* '}'
const auto rule_decl_def =
    kw("rule") > rule_id > named("`{` after the rule id", lit('{')) > *rule_clause >
    named("a rule clause (`title`, `cites`, `applies when`, `requires`, `prohibited`, `unless`, `severity`, "
          "`finding`, `remedy`, `imposes`) or `}`",
          lit('}'));
// test := "test" text '{' test_clause* '}'
const auto test_decl_def = kw("test") > named("the test's name (a string)", text) >
                           named("`{` after the test's name", lit('{')) > *test_clause >
                           named("a test clause (`as_of`, `given`, `expect`) or `}`", lit('}'));

BOOST_SPIRIT_DEFINE(word, type_name, path, rule_id, instrument_id, piece, text, date, number, boolean, set,
                    as_of, call, group, primary, additive, compare_op, compare_tail, comparison, unary,
                    conjunction, expr, provision_ref, literal, imposes_value, text_clause, date_clause,
                    scope_clause, instrument_clause, rule_text_clause, cites_clause, condition_clause,
                    prohibited_clause, severity_clause, unless_clause, imposes_clause, rule_clause,
                    as_of_clause, given_clause, expect_decision, expect_rule, expect_clause, test_clause,
                    set_of, paragraph, item, type_ref, labels, enum_member, import_decl, instrument_decl,
                    provision_decl, enum_decl, fact_decl, rule_decl, test_decl)

} // namespace facepia::dsl::grammar
