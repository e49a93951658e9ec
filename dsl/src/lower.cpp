#include "lower.hpp"

#include <boost/variant/apply_visitor.hpp>
#include <charconv>
#include <set>

namespace facepia::dsl {
namespace {

template <typename... Ts> struct Overloaded : Ts... { using Ts::operator()...; };
template <typename... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

Expr make(ExprKind kind, Span span) {
  Expr expr;
  expr.kind = kind;
  expr.span = span;
  return expr;
}

std::optional<CompareOp> compare_op(const std::string& op) {
  if (op == "==") {
    return CompareOp::equal;
  }
  if (op == "!=") {
    return CompareOp::not_equal;
  }
  if (op == "<") {
    return CompareOp::less;
  }
  if (op == "<=") {
    return CompareOp::less_equal;
  }
  if (op == ">") {
    return CompareOp::greater;
  }
  if (op == ">=") {
    return CompareOp::greater_equal;
  }
  return std::nullopt;
}

std::optional<RuleSeverity> severity_from_string(const std::string& word) {
  for (const RuleSeverity severity :
       {RuleSeverity::blocking, RuleSeverity::major, RuleSeverity::minor, RuleSeverity::advisory}) {
    if (to_string(severity) == word) {
      return severity;
    }
  }
  return std::nullopt;
}

} // namespace

std::string text_value(const ast::Text& text) {
  std::size_t size = text.pieces.size();
  for (const std::string& piece : text.pieces) {
    size += piece.size();
  }
  std::string value;
  value.reserve(size);
  for (std::size_t i = 0; i < text.pieces.size(); ++i) {
    if (i > 0) {
      value += ' ';
    }
    // The runs between escapes are appended whole: statute texts are most of a rule file's bytes.
    const std::string_view piece = text.pieces[i];
    std::size_t at = 0;
    while (true) {
      const std::size_t escape = piece.find('\\', at);
      if (escape == std::string_view::npos || escape + 1 >= piece.size()) {
        value.append(piece.substr(at));
        break;
      }
      value.append(piece.substr(at, escape - at));
      value += piece[escape + 1] == 'n' ? '\n' : piece[escape + 1];
      at = escape + 2;
    }
  }
  return value;
}

namespace {

// A fact's or enum value's `label` and `label_zh`.
Label label_of(const boost::optional<ast::Labels>& labels) {
  if (!labels) {
    return {};
  }
  return Label{text_value(labels->en), labels->zh ? text_value(*labels->zh) : std::string()};
}

} // namespace

void Lowering::operator()(syntax::Declaration&& declaration) {
  std::visit([this](const auto& node) { lower(node); }, declaration);
}

void Lowering::repeated(const ast::Node& clause, const std::string& keyword, const std::string& owner) {
  auto& diagnostic =
      diagnostics_.error("FP-E0111", span(clause), "`" + keyword + "` is given more than once in " + owner);
  diagnostic.label = "repeated here";
  diagnostic.help = "keep one `" + keyword + "` clause";
}

void Lowering::missing(Span where, const std::string& owner, const std::string& clause,
                       const std::string& example) {
  auto& diagnostic = diagnostics_.error("FP-E0110", where, owner + " has no `" + clause + "`");
  diagnostic.label = "`" + clause + "` is required";
  diagnostic.help = "add " + example;
}

void Lowering::lower(const ast::Import& import) {
  if (imports_ != nullptr) {
    imports_->push_back(text_value(import.path));
  }
}

void Lowering::lower(const ast::Instrument& declaration) {
  Instrument instrument;
  instrument.id = declaration.id.text;
  instrument.span = span(declaration.begin, declaration.id.end);
  const std::string owner = "instrument `" + instrument.id + "`";
  std::set<std::string> seen;
  bool has_in_force = false;
  for (const ast::InstrumentClause& clause : declaration.clauses) {
    boost::apply_visitor(
        Overloaded{[&](const ast::TextClause& text) {
                     if (!seen.insert(text.keyword).second) {
                       repeated(text, text.keyword, owner);
                     }
                     if (text.keyword == "title") {
                       instrument.title = text_value(text.value);
                     } else if (text.keyword == "title_zh") {
                       instrument.title_zh = text_value(text.value);
                     } else if (text.keyword == "jurisdiction") {
                       instrument.jurisdiction = text_value(text.value);
                     } else if (text.keyword == "out_of_scope") {
                       instrument.out_of_scope = text_value(text.value);
                     } else {
                       auto& diagnostic = diagnostics_.error(
                           "FP-E0112", span(text), "`" + text.keyword + "` is not a clause of an instrument");
                       diagnostic.help = "statute text belongs to a `provision` of the instrument";
                     }
                   },
                   [&](const ast::DateClause& clause_date) {
                     if (!seen.insert(clause_date.keyword).second) {
                       repeated(clause_date, clause_date.keyword, owner);
                     }
                     if (clause_date.keyword == "in_force") {
                       instrument.in_force = date(clause_date.value);
                       has_in_force = true;
                     } else {
                       instrument.repealed = date(clause_date.value);
                     }
                   },
                   [&](const ast::ConditionClause& scope) {
                     if (!seen.insert(scope.keyword).second) {
                       repeated(scope, scope.keyword, owner);
                     }
                     program_.scopes.push_back(
                         InstrumentScope{instrument.id, expression(scope.condition), span(scope)});
                   }},
        clause.get());
  }
  if (!seen.count("title")) {
    missing(instrument.span, owner, "title", "`title \"...\"` with the instrument's official title");
  }
  if (!seen.count("jurisdiction")) {
    missing(instrument.span, owner, "jurisdiction", "`jurisdiction \"...\"`, such as `jurisdiction \"EU\"`");
  }
  if (!has_in_force) {
    missing(instrument.span, owner, "in_force", "`in_force YYYY-MM-DD`, the day the instrument took effect");
  }
  program_.instruments.push_back(std::move(instrument));
}

void Lowering::lower(const ast::Provision& declaration) {
  Provision provision;
  provision.ref = provision_ref(declaration.ref);
  provision.span = span(declaration.begin, declaration.ref.end);
  const std::string owner = "provision `" + provision.ref.label() + "`";
  std::set<std::string> seen;
  for (const ast::InstrumentClause& clause : declaration.clauses) {
    boost::apply_visitor(
        Overloaded{[&](const ast::TextClause& text) {
                     if (!seen.insert(text.keyword).second) {
                       repeated(text, text.keyword, owner);
                     }
                     if (text.keyword == "title") {
                       provision.title = text_value(text.value);
                     } else if (text.keyword == "text") {
                       provision.text = text_value(text.value);
                     } else if (text.keyword == "text_zh") {
                       provision.text_zh = text_value(text.value);
                     } else {
                       auto& diagnostic = diagnostics_.error(
                           "FP-E0112", span(text), "`" + text.keyword + "` is not a clause of a provision");
                       diagnostic.help = "declare it on the instrument `" + provision.ref.instrument + "`";
                     }
                   },
                   [&](const ast::DateClause& clause_date) {
                     if (!seen.insert(clause_date.keyword).second) {
                       repeated(clause_date, clause_date.keyword, owner);
                     }
                     (clause_date.keyword == "in_force" ? provision.in_force : provision.repealed) =
                         date(clause_date.value);
                   },
                   [&](const ast::ConditionClause& scope) {
                     auto& diagnostic = diagnostics_.error("FP-E0112", span(scope),
                                                           "`scope` is not a clause of a provision");
                     diagnostic.help =
                         "declare the scope on the instrument `" + provision.ref.instrument + "`";
                   }},
        clause.get());
  }
  if (!seen.count("text")) {
    missing(provision.span, owner, "text", "`text \"...\"` with the provision's wording");
  }
  program_.provisions.push_back(std::move(provision));
}

void Lowering::lower(const ast::Enum& declaration) {
  EnumDecl decl;
  decl.name = declaration.name.text;
  decl.span = span(declaration.begin, declaration.name.end);
  for (const ast::EnumMember& member : declaration.values) {
    decl.values.push_back(member.name.text);
    decl.value_spans.push_back(span(member.name));
    decl.value_labels.push_back(label_of(member.labels));
  }
  program_.enums.push_back(std::move(decl));
}

void Lowering::lower(const ast::Fact& declaration) {
  FactDecl fact;
  fact.path = declaration.path.text;
  fact.derived = declaration.keyword == "derived";
  fact.meaning = text_value(declaration.meaning);
  fact.label = label_of(declaration.labels);
  fact.span = span(declaration.begin, declaration.path.end);
  const ast::TypeRef& type = declaration.type;
  const std::string& name = type.name.text;
  if (type.set_of) {
    fact.type = Type{TypeKind::set_of_enum, "", name};
  } else if (name == "bool") {
    fact.type = Type{TypeKind::boolean, "", ""};
  } else if (name == "number") {
    fact.type = Type{TypeKind::number, type.unit ? type.unit->text : "", ""};
  } else if (name == "date") {
    fact.type = Type{TypeKind::date, "", ""};
  } else if (name == "text") {
    fact.type = Type{TypeKind::text, "", ""};
  } else {
    fact.type = Type{TypeKind::enumeration, "", name};
  }
  if (type.unit && fact.type.kind != TypeKind::number) {
    auto& diagnostic =
        diagnostics_.error("FP-E0105", span(*type.unit), "only a number has a unit; `" + name + "` does not");
    diagnostic.help = "write `number " + type.unit->text + "`, or remove the unit";
  }
  program_.facts.push_back(std::move(fact));
}

void Lowering::lower(const ast::Rule& declaration) {
  Rule rule;
  rule.id = declaration.id.text;
  rule.span = span(declaration.begin, declaration.id.end);
  const std::string owner = "rule `" + rule.id + "`";
  std::set<std::string> seen;
  for (const ast::RuleClause& clause : declaration.clauses) {
    boost::apply_visitor(
        Overloaded{[&](const ast::TextClause& text) {
                     if (!seen.insert(text.keyword).second) {
                       repeated(text, text.keyword, owner);
                     }
                     (text.keyword == "title"     ? rule.title
                      : text.keyword == "finding" ? rule.finding
                                                  : rule.remedy) = text_value(text.value);
                     if (text.keyword == "finding") {
                       rule.finding_span = span(text.value);
                     }
                   },
                   [&](const ast::CitesClause& cites) {
                     seen.insert("cites");
                     for (const ast::ProvisionRef& ref : cites.refs) {
                       rule.citations.push_back(provision_ref(ref));
                     }
                   },
                   [&](const ast::ConditionClause& condition) {
                     if (condition.keyword == "applies") {
                       if (!seen.insert("applies when").second) {
                         repeated(condition, "applies when", owner);
                       }
                       rule.applies_when = expression(condition.condition);
                       return;
                     }
                     if (seen.count("requires") || seen.count("prohibited")) {
                       auto& diagnostic =
                           diagnostics_.error("FP-E0111", span(condition.begin, condition.begin + 8),
                                              seen.count("prohibited")
                                                  ? owner + " is both `prohibited` and `requires` a condition"
                                                  : "`requires` is given more than once in " + owner);
                       diagnostic.help =
                           "a rule is either an obligation (`requires`) or a prohibition (`prohibited`); "
                           "join the conditions with `and`";
                     }
                     seen.insert("requires");
                     rule.requirement = expression(condition.condition);
                   },
                   [&](const ast::KeywordClause& keyword) {
                     if (keyword.keyword == "prohibited") {
                       if (seen.count("requires") || seen.count("prohibited")) {
                         auto& diagnostic = diagnostics_.error(
                             "FP-E0111", span(keyword),
                             seen.count("requires")
                                 ? owner + " is both `prohibited` and `requires` a condition"
                                 : "`prohibited` is given more than once in " + owner);
                         diagnostic.help =
                             "a rule is either an obligation (`requires`) or a prohibition (`prohibited`)";
                       }
                       seen.insert("prohibited");
                       rule.prohibited = true;
                       return;
                     }
                     if (!seen.insert("severity").second) {
                       repeated(keyword, "severity", owner);
                     }
                     const ast::Ident& level = *keyword.argument;
                     if (const auto severity = severity_from_string(level.text)) {
                       rule.severity = *severity;
                     } else {
                       auto& diagnostic = diagnostics_.error("FP-E0113", span(level),
                                                             "`" + level.text + "` is not a severity");
                       diagnostic.help = "use `blocking`, `major`, `minor` or `advisory`";
                     }
                   },
                   [&](const ast::UnlessClause& unless) {
                     RuleException exception;
                     exception.name = unless.name.text;
                     exception.condition = expression(unless.condition);
                     exception.span = span(unless.begin, unless.name.end);
                     if (unless.cites) {
                       for (const ast::ProvisionRef& ref : unless.cites->refs) {
                         exception.citations.push_back(provision_ref(ref));
                       }
                     }
                     rule.exceptions.push_back(std::move(exception));
                   },
                   [&](const ast::ImposesClause& imposes) {
                     RuntimeCondition condition;
                     condition.key = imposes.key.text;
                     condition.key_span = span(imposes.key);
                     if (imposes.value) {
                       condition.value = literal(*imposes.value);
                       condition.value_span = boost::apply_visitor(
                           [&](const ast::Node& node) { return span(node); }, imposes.value->get());
                     }
                     condition.description = text_value(imposes.description);
                     condition.span = span(imposes);
                     rule.imposes.push_back(std::move(condition));
                   }},
        clause.get());
  }
  if (!seen.count("title")) {
    missing(rule.span, owner, "title", "`title \"...\"`, a one-line summary of the rule");
  }
  if (!seen.count("cites")) {
    missing(rule.span, owner, "cites",
            "`cites` with the provisions the rule applies, such as `cites GDPR Art. 9(1)`");
  }
  if (!seen.count("requires") && !seen.count("prohibited")) {
    missing(rule.span, owner, "requires", "`requires <condition>` for an obligation, or `prohibited`");
  }
  if (!seen.count("severity")) {
    missing(rule.span, owner, "severity", "`severity blocking`, `major`, `minor` or `advisory`");
  }
  if (!seen.count("finding")) {
    missing(rule.span, owner, "finding", "`finding \"...\"`, the message of a breach");
  }
  program_.rules.push_back(std::move(rule));
}

void Lowering::lower(const ast::Test& declaration) {
  RuleTest test;
  test.name = text_value(declaration.name);
  test.span = span(declaration.begin, declaration.name.end);
  const std::string owner = "test \"" + test.name + "\"";
  for (const ast::TestClause& clause : declaration.clauses) {
    boost::apply_visitor(
        Overloaded{[&](const ast::DateClause& as_of) {
                     if (test.as_of) {
                       repeated(as_of, "as_of", owner);
                     }
                     test.as_of = date(as_of.value);
                   },
                   [&](const ast::GivenClause& given) {
                     test.givens.push_back(TestGiven{given.path.text, literal(given.value), span(given)});
                   },
                   [&](const ast::ExpectClause& expect) {
                     if (expect.relation == "decision") {
                       if (test.expected_decision) {
                         repeated(expect, "expect decision", owner);
                       }
                       test.expected_decision = decision_from_string(expect.value.text);
                       test.decision_span = span(expect);
                       if (!test.expected_decision) {
                         auto& diagnostic = diagnostics_.error(
                             "FP-E0113", span(expect.value), "`" + expect.value.text + "` is not a decision");
                         diagnostic.help = "use `allow`, `conditional` or `deny`";
                         test.expected_decision = Decision::deny;
                       }
                       return;
                     }
                     TestExpectation expectation;
                     expectation.rule_id = expect.rule->text;
                     expectation.span = span(expect);
                     if (expect.relation == "exception") {
                       // An exception that applied makes the rule compliant.
                       expectation.status = Status::compliant;
                       expectation.exception = expect.value.text;
                     } else if (const auto status = status_from_string(expect.value.text)) {
                       expectation.status = *status;
                     } else {
                       auto& diagnostic = diagnostics_.error("FP-E0113", span(expect.value),
                                                             "`" + expect.value.text + "` is not a status");
                       diagnostic.help = "use `breach`, `compliant`, `not_applicable` or `undetermined`";
                     }
                     test.expectations.push_back(std::move(expectation));
                   }},
        clause.get());
  }
  program_.tests.push_back(std::move(test));
}

ProvisionRef Lowering::provision_ref(const ast::ProvisionRef& ref) {
  ProvisionRef result;
  result.instrument = ref.instrument.text;
  static const std::pair<std::string_view, ProvisionRef::Kind> kinds[] = {
      {"Art.", ProvisionRef::Kind::article},    {"\u7b2c", ProvisionRef::Kind::article},
      {"Recital", ProvisionRef::Kind::recital}, {"\u00a7", ProvisionRef::Kind::section},
      {"Sec.", ProvisionRef::Kind::section},    {"Section", ProvisionRef::Kind::section},
      {"Clause", ProvisionRef::Kind::clause},   {"Annex", ProvisionRef::Kind::annex},
      {"point", ProvisionRef::Kind::point},     {"item", ProvisionRef::Kind::item}};
  for (const auto& [written, kind] : kinds) {
    if (ref.kind == written) {
      result.kind = kind;
    }
  }
  result.designator = ref.kind;
  result.number = ref.number;
  // `第26条`: the number closes with 条, which no other form takes.
  constexpr std::string_view tiao = "\u6761";
  const bool closed = result.number.size() > tiao.size() && result.number.ends_with(tiao);
  if (closed) {
    result.number.resize(result.number.size() - tiao.size());
  }
  if (ref.kind == "\u7b2c" && !closed) {
    auto& diagnostic =
        diagnostics_.error("FP-E0001", span(ref), "expected `\u6761` after the article number");
    diagnostic.help =
        "cite a Chinese article as `" + result.instrument + " \u7b2c" + result.number + "\u6761`";
  } else if (ref.kind != "\u7b2c" && closed) {
    auto& diagnostic =
        diagnostics_.error("FP-E0001", span(ref), "`\u6761` closes an article cited as `\u7b2cN\u6761` only");
    diagnostic.help = "write `" + result.instrument + " \u7b2c" + result.number + "\u6761` or `" +
                      result.instrument + " " + ref.kind + " " + result.number + "`";
  }
  result.paragraph = ref.paragraph.value_or("");
  result.item = ref.item.value_or("");
  result.span = span(ref);
  if (result.kind == ProvisionRef::Kind::recital && (ref.paragraph || ref.item)) {
    auto& diagnostic = diagnostics_.error("FP-E0001", span(ref), "a recital has no paragraphs or items");
    diagnostic.help = "cite the recital by its number alone, such as `GDPR Recital 43`";
  }
  return result;
}

Quantity Lowering::quantity(const ast::NumberLit& number) {
  Quantity result;
  const char* first = number.digits.data();
  std::from_chars(first, first + number.digits.size(), result.value);
  result.unit = number.unit ? number.unit->text : "";
  return result;
}

Date Lowering::date(const ast::DateLit& date_literal) {
  if (const auto parsed = Date::parse(date_literal.text)) {
    return *parsed;
  }
  auto& diagnostic = diagnostics_.error("FP-E0003", span(date_literal),
                                        "`" + date_literal.text + "` is not a real calendar date");
  diagnostic.label = "no such day";
  diagnostic.help = "dates are written YYYY-MM-DD, with a month from 01 to 12 and a day that exists in it";
  return Date{};
}

Value Lowering::literal(const ast::Literal& literal_value) {
  return boost::apply_visitor(
      Overloaded{[&](const ast::NumberLit& number) -> Value { return quantity(number); },
                 [&](const ast::DateLit& date_literal) -> Value { return date(date_literal); },
                 [&](const ast::BoolLit& boolean) -> Value { return boolean.value; },
                 [&](const ast::SetLit& set) -> Value {
                   EnumSet values;
                   for (const ast::Ident& value : set.values) {
                     values.insert(value.text);
                   }
                   return values;
                 },
                 [&](const ast::Text& text) -> Value { return text_value(text); },
                 [&](const ast::Ident& word) -> Value { return EnumValue{word.text}; }},
      literal_value.get());
}

Expr Lowering::expression(const ast::Expr& expr) {
  if (expr.rest.empty()) {
    return conjunction(expr.first);
  }
  Expr result = make(ExprKind::logical_or, span(expr));
  result.operands.push_back(conjunction(expr.first));
  for (const ast::And& operand : expr.rest) {
    result.operands.push_back(conjunction(operand));
  }
  return result;
}

Expr Lowering::conjunction(const ast::And& expr) {
  if (expr.rest.empty()) {
    return unary(expr.first);
  }
  Expr result = make(ExprKind::logical_and, span(expr));
  result.operands.push_back(unary(expr.first));
  for (const ast::Unary& operand : expr.rest) {
    result.operands.push_back(unary(operand));
  }
  return result;
}

Expr Lowering::unary(const ast::Unary& expr) {
  Expr result = comparison(expr.operand);
  for (std::size_t i = 0; i < expr.nots.size(); ++i) {
    Expr negation = make(ExprKind::logical_not, span(expr));
    negation.operands.push_back(std::move(result));
    result = std::move(negation);
  }
  return result;
}

Expr Lowering::comparison(const ast::Comparison& expr) {
  if (!expr.tail) {
    return additive(expr.left);
  }
  const std::string& op = expr.tail->op;
  Expr result = make(ExprKind::compare, span(expr));
  if (const auto compare = compare_op(op)) {
    result.op = *compare;
  } else {
    result.kind = op == "in"         ? ExprKind::in_set
                  : op == "contains" ? ExprKind::contains
                  : op == "within"   ? ExprKind::within
                                     : ExprKind::intersects;
  }
  result.operands.push_back(additive(expr.left));
  result.operands.push_back(additive(expr.tail->right));
  return result;
}

Expr Lowering::additive(const ast::Additive& expr) {
  Expr result = primary(expr.first);
  for (const ast::AddTail& tail : expr.rest) {
    Expr sum = make(tail.op == '+' ? ExprKind::add : ExprKind::subtract, span(expr.begin, 0));
    sum.operands.push_back(std::move(result));
    sum.operands.push_back(primary(tail.operand));
    sum.span.end = sum.operands.back().span.end;
    result = std::move(sum);
  }
  return result;
}

Expr Lowering::primary(const ast::Primary& expr) {
  return boost::apply_visitor(
      Overloaded{
          [&](const ast::Ident& name) {
            Expr result = make(ExprKind::fact, span(name));
            result.name = name.text;
            return result;
          },
          [&](const ast::NumberLit& number) {
            Expr result = make(ExprKind::literal, span(number));
            result.literal = quantity(number);
            return result;
          },
          [&](const ast::DateLit& date_literal) {
            Expr result = make(ExprKind::literal, span(date_literal));
            result.literal = date(date_literal);
            return result;
          },
          [&](const ast::Text& text) {
            Expr result = make(ExprKind::literal, span(text));
            result.literal = text_value(text);
            return result;
          },
          [&](const ast::BoolLit& boolean) {
            Expr result = make(ExprKind::literal, span(boolean));
            result.literal = boolean.value;
            return result;
          },
          [&](const ast::SetLit& set) {
            Expr result = make(ExprKind::literal, span(set));
            EnumSet values;
            for (const ast::Ident& value : set.values) {
              values.insert(value.text);
            }
            result.literal = std::move(values);
            return result;
          },
          [&](const ast::AsOf& as_of) { return make(ExprKind::as_of, span(as_of)); },
          [&](const ast::Call& call) {
            Expr result =
                make(call.function == "declared" ? ExprKind::declared : ExprKind::rule_status, span(call));
            result.name = call.argument.text;
            return result;
          },
          [&](const boost::spirit::x3::forward_ast<ast::Expr>& group) { return expression(group.get()); }},
      expr.get());
}

} // namespace facepia::dsl
