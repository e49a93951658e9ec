// The checking passes. Each is a class with a name(), run in order by check() (dsl.hpp).
#include "facepia/dsl/check.hpp"

#include "facepia/dsl/conditions.hpp"
#include "facepia/dsl/dsl.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace facepia::dsl {
namespace {

std::string ticked(std::string_view name) {
  return "`" + std::string(name) + "`";
}

std::string location(const Program& program, Span span) {
  if (span.file >= program.sources.size()) {
    return "?";
  }
  const SourceFile& file = program.sources.file(span.file);
  const LineColumn at = file.line_column(span.begin);
  return file.path() + ":" + std::to_string(at.line) + ":" + std::to_string(at.column);
}

std::string source_text(const Program& program, Span span) {
  if (span.file >= program.sources.size()) {
    return "";
  }
  return std::string(program.sources.slice(span));
}

void suggest(Diagnostic& diagnostic, std::string_view word, const std::vector<std::string>& candidates) {
  if (const auto nearest = did_you_mean(word, candidates)) {
    diagnostic.help = "did you mean " + ticked(*nearest) + "?";
  }
}

const Type status_type{TypeKind::enumeration, "", "status"};
const std::vector<std::string> status_words{"breach", "compliant", "not_applicable", "undetermined"};

// ---------------------------------------------------------------------------------------------------------------
// duplicate-declarations: every name is declared once in the whole load.
class DuplicateDeclarationsPass final : public CheckPass {
public:
  std::string_view name() const override { return "duplicate-declarations"; }

  void run(Program& program, Diagnostics& diagnostics) override {
    program_ = &program;
    diagnostics_ = &diagnostics;
    std::unordered_map<std::string, Span> seen;
    for (const Instrument& instrument : program.instruments) {
      once(
          seen, "instrument " + instrument.id, [&] { return "instrument " + ticked(instrument.id); },
          instrument.span);
    }
    for (const Provision& provision : program.provisions) {
      once(
          seen, "provision " + provision.ref.key(),
          [&] { return "provision " + ticked(provision.ref.label()); }, provision.span);
    }
    for (const EnumDecl& declaration : program.enums) {
      once(
          seen, "enum " + declaration.name, [&] { return "enum " + ticked(declaration.name); },
          declaration.span);
      std::unordered_map<std::string, Span> values;
      for (std::size_t i = 0; i < declaration.values.size(); ++i) {
        once(
            values, declaration.values[i],
            [&] { return "value " + ticked(declaration.values[i]) + " in enum " + ticked(declaration.name); },
            declaration.value_spans[i]);
      }
    }
    for (const FactDecl& fact : program.facts) {
      once(
          seen, "fact " + fact.path, [&] { return "fact " + ticked(fact.path); }, fact.span);
    }
    for (const Rule& rule : program.rules) {
      once(
          seen, "rule " + rule.id, [&] { return "rule " + ticked(rule.id); }, rule.span);
      std::unordered_map<std::string, Span> exceptions;
      for (const RuleException& exception : rule.exceptions) {
        once(
            exceptions, exception.name,
            [&] { return "exception " + ticked(exception.name) + " in rule " + ticked(rule.id); },
            exception.span);
      }
    }
    for (const RuleTest& test : program.tests) {
      once(
          seen, "test " + test.name, [&] { return "test \"" + test.name + "\""; }, test.span);
    }
  }

private:
  // `what` names the declaration in the message; it is built only for a duplicate.
  template <typename What>
  void once(std::unordered_map<std::string, Span>& seen, const std::string& key, const What& what,
            Span span) {
    const auto [first, inserted] = seen.emplace(key, span);
    if (inserted) {
      return;
    }
    auto& diagnostic = diagnostics_->error("FP-E0101", span, what() + " is declared more than once");
    diagnostic.label = "declared again here";
    diagnostic.notes.push_back("first declared at " + location(*program_, first->second));
    diagnostic.help = "remove one of the declarations, or rename one";
  }

  const Program* program_ = nullptr;
  Diagnostics* diagnostics_ = nullptr;
};

// ---------------------------------------------------------------------------------------------------------------
// references: instruments and provisions cited, enum types of facts, rules and exceptions named in tests, and
// facts interpolated in findings or given in tests.
class ReferencesPass final : public CheckPass {
public:
  std::string_view name() const override { return "references"; }

  void run(Program& program, Diagnostics& diagnostics) override {
    program_ = &program;
    diagnostics_ = &diagnostics;
    for (const Instrument& instrument : program.instruments) {
      instrument_ids_.push_back(instrument.id);
    }
    for (const Provision& provision : program.provisions) {
      labels_.push_back(provision.ref.label());
    }
    for (const FactDecl& fact : program.facts) {
      fact_paths_.push_back(fact.path);
    }
    for (const Provision& provision : program.provisions) {
      instrument_of(provision.ref);
    }
    for (const EnumDecl& declaration : program.enums) {
      enum_names_.push_back(declaration.name);
    }
    for (const FactDecl& fact : program.facts) {
      check_type(fact);
    }
    for (const Rule& rule : program.rules) {
      for (const ProvisionRef& citation : rule.citations) {
        cited(citation);
      }
      for (const RuleException& exception : rule.exceptions) {
        for (const ProvisionRef& citation : exception.citations) {
          cited(citation);
        }
      }
      check_finding(rule);
    }
    for (const RuleTest& test : program.tests) {
      check_test(test);
    }
  }

private:
  bool instrument_of(const ProvisionRef& ref) {
    if (program_->find_instrument(ref.instrument) != nullptr) {
      return true;
    }
    auto& diagnostic =
        diagnostics_->error("FP-E0104", ref.span, "unknown instrument " + ticked(ref.instrument));
    diagnostic.label = "no `instrument " + ref.instrument + "` is declared";
    suggest(diagnostic, ref.instrument, instrument_ids_);
    if (!diagnostic.help) {
      diagnostic.help = "declare it: `instrument " + ref.instrument +
                        " { title \"...\" jurisdiction \"...\" "
                        "in_force YYYY-MM-DD }`";
    }
    return false;
  }

  void cited(const ProvisionRef& ref) {
    if (!instrument_of(ref) || program_->find_provision(ref) != nullptr) {
      return;
    }
    auto& diagnostic = diagnostics_->error("FP-E0103", ref.span, "unknown citation " + ticked(ref.label()));
    diagnostic.label = "no such provision is declared";
    suggest(diagnostic, ref.label(), labels_);
    if (!diagnostic.help) {
      diagnostic.help = "declare it with its text: `provision " + ref.label() + " { text \"...\" }`";
    }
  }

  void check_type(const FactDecl& fact) {
    if (fact.type.kind != TypeKind::enumeration && fact.type.kind != TypeKind::set_of_enum) {
      return;
    }
    if (program_->find_enum(fact.type.enum_name) != nullptr) {
      return;
    }
    auto& diagnostic = diagnostics_->error("FP-E0105", fact.span,
                                           "fact " + ticked(fact.path) + " has an unknown type " +
                                               ticked(fact.type.enum_name));
    diagnostic.label = "no `enum " + fact.type.enum_name + "` is declared";
    std::vector<std::string> candidates = enum_names_;
    for (const char* builtin : {"bool", "number", "date", "text"}) {
      candidates.emplace_back(builtin);
    }
    suggest(diagnostic, fact.type.enum_name, candidates);
  }

  void unknown_fact(const std::string& path, Span span) {
    auto& diagnostic = diagnostics_->error("FP-E0102", span, "unknown fact " + ticked(path));
    diagnostic.label = "not declared in the vocabulary";
    suggest(diagnostic, path, fact_paths_);
  }

  // Where `{path}` is written in the finding; the whole finding where it cannot be found as written
  // (escapes), or the rule's header for a rule built without a finding span.
  Span interpolation_span(const Rule& rule, const std::string& path) const {
    if (rule.finding_span.end <= rule.finding_span.begin ||
        rule.finding_span.file >= program_->sources.size()) {
      return rule.span;
    }
    const std::string_view written = program_->sources.slice(rule.finding_span);
    const std::size_t at = written.find("{" + path + "}");
    if (at == std::string_view::npos) {
      return rule.finding_span;
    }
    const auto begin = rule.finding_span.begin + static_cast<std::uint32_t>(at);
    return Span{rule.finding_span.file, begin, begin + static_cast<std::uint32_t>(path.size() + 2)};
  }

  void check_finding(const Rule& rule) {
    // `{fact.path}` in a finding interpolates a fact.
    std::size_t at = 0;
    while ((at = rule.finding.find('{', at)) != std::string::npos) {
      const std::size_t close = rule.finding.find('}', at);
      if (close == std::string::npos) {
        break;
      }
      const std::string path = rule.finding.substr(at + 1, close - at - 1);
      if (program_->find_fact(path) == nullptr) {
        auto& diagnostic = diagnostics_->error("FP-E0102", interpolation_span(rule, path),
                                               "unknown fact " + ticked(path) + " in the finding of rule " +
                                                   ticked(rule.id));
        diagnostic.label = "not declared in the vocabulary";
        suggest(diagnostic, path, fact_paths_);
      }
      at = close + 1;
    }
  }

  void check_test(const RuleTest& test) {
    for (const TestGiven& given : test.givens) {
      if (program_->find_fact(given.path) == nullptr) {
        unknown_fact(given.path, given.span);
      }
    }
    std::vector<std::string> rule_ids;
    for (const TestExpectation& expectation : test.expectations) {
      const Rule* rule = program_->find_rule(expectation.rule_id);
      if (rule == nullptr) {
        if (rule_ids.empty()) {
          for (const Rule& candidate : program_->rules) {
            rule_ids.push_back(candidate.id);
          }
        }
        auto& diagnostic =
            diagnostics_->error("FP-E0107", expectation.span, "unknown rule " + ticked(expectation.rule_id));
        diagnostic.label = "no such rule is declared";
        suggest(diagnostic, expectation.rule_id, rule_ids);
        continue;
      }
      if (!expectation.exception) {
        continue;
      }
      std::vector<std::string> names;
      for (const RuleException& exception : rule->exceptions) {
        names.push_back(exception.name);
      }
      if (std::find(names.begin(), names.end(), *expectation.exception) == names.end()) {
        auto& diagnostic = diagnostics_->error("FP-E0108", expectation.span,
                                               "rule " + ticked(rule->id) + " has no exception " +
                                                   ticked(*expectation.exception));
        diagnostic.label = "not one of the rule's `unless` clauses";
        suggest(diagnostic, *expectation.exception, names);
      }
    }
  }

  const Program* program_ = nullptr;
  Diagnostics* diagnostics_ = nullptr;
  std::vector<std::string> instrument_ids_, labels_, fact_paths_, enum_names_;
};

// ---------------------------------------------------------------------------------------------------------------
// types: every condition is a yes-or-no expression whose operands have matching types. Resolves bare words to
// the enum values they stand for and fills Expr::type.
class TypesPass final : public CheckPass {
public:
  std::string_view name() const override { return "types"; }

  void run(Program& program, Diagnostics& diagnostics) override {
    program_ = &program;
    diagnostics_ = &diagnostics;
    for (const FactDecl& fact : program.facts) {
      fact_paths_.push_back(fact.path);
    }
    for (InstrumentScope& scope : program.scopes) {
      condition(scope.condition);
    }
    for (Rule& rule : program.rules) {
      if (rule.applies_when) {
        condition(*rule.applies_when);
      }
      if (rule.requirement) {
        condition(*rule.requirement);
      }
      for (RuleException& exception : rule.exceptions) {
        condition(exception.condition);
      }
    }
  }

private:
  void condition(Expr& expr) {
    const auto type = infer(expr);
    if (type && type->kind != TypeKind::boolean) {
      not_a_condition(expr, *type);
    }
  }

  void not_a_condition(const Expr& expr, const Type& type) {
    auto& diagnostic = diagnostics_->error("FP-E0201", expr.span,
                                           "expected a condition, found a " + ticked(to_string(type)));
    diagnostic.label = "this is a " + to_string(type) + ", not true or false";
    diagnostic.help = "compare it with a value, such as `" + source_text(*program_, expr.span) + " == ...`";
  }

  static bool is_bare_word(const Expr& expr) {
    return expr.kind == ExprKind::fact && expr.name.find('.') == std::string::npos;
  }

  bool is_undeclared_word(const Expr& expr) const {
    return is_bare_word(expr) && program_->find_fact(expr.name) == nullptr;
  }

  // A reference, not a copy: every enum value in a condition is checked here.
  const std::vector<std::string>& values_of(const Type& type) const {
    static const std::vector<std::string> none;
    if (type.enum_name == "status") {
      return status_words;
    }
    if (const EnumDecl* declaration = program_->find_enum(type.enum_name)) {
      return declaration->values;
    }
    return none;
  }

  bool known_enum(const Type& type) const {
    return type.enum_name == "status" || program_->find_enum(type.enum_name) != nullptr;
  }

  void check_member(const std::string& value, const Type& type, Span span) {
    if (!known_enum(type)) {
      return;
    }
    const std::vector<std::string>& values = values_of(type);
    if (std::find(values.begin(), values.end(), value) != values.end()) {
      return;
    }
    const bool status = type.enum_name == "status";
    auto& diagnostic =
        diagnostics_->error("FP-E0106", span,
                            status ? ticked(value) + " is not a status"
                                   : ticked(value) + " is not a value of " + ticked(type.enum_name));
    diagnostic.label = status ? "expected a status" : "not in `enum " + type.enum_name + "`";
    suggest(diagnostic, value, values);
    if (!diagnostic.help && status) {
      diagnostic.help = "use `breach`, `compliant`, `not_applicable` or `undetermined`";
    }
  }

  // A bare word where an enum value of `type` is expected becomes that value.
  void resolve_word(Expr& expr, const Type& type) {
    if (!is_undeclared_word(expr)) {
      return;
    }
    const std::string value = expr.name;
    expr.kind = ExprKind::literal;
    expr.literal = EnumValue{value};
    expr.name.clear();
    expr.type = type;
    check_member(value, type, expr.span);
  }

  void check_set(Expr& set, const Type& element) {
    if (set.kind != ExprKind::literal || !std::holds_alternative<EnumSet>(set.literal)) {
      return;
    }
    set.type = Type{TypeKind::set_of_enum, "", element.enum_name};
    for (const std::string& value : std::get<EnumSet>(set.literal)) {
      check_member(value, element, set.span);
    }
  }

  std::optional<Type> infer(Expr& expr) {
    expr.type = infer_uncached(expr);
    return expr.type;
  }

  std::optional<Type> infer_uncached(Expr& expr) {
    switch (expr.kind) {
    case ExprKind::literal:
      return std::visit(
          [](const auto& value) -> std::optional<Type> {
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, bool>) {
              return Type{TypeKind::boolean, "", ""};
            } else if constexpr (std::is_same_v<T, Quantity>) {
              return Type{TypeKind::number, value.unit, ""};
            } else if constexpr (std::is_same_v<T, Date>) {
              return Type{TypeKind::date, "", ""};
            } else if constexpr (std::is_same_v<T, std::string>) {
              return Type{TypeKind::text, "", ""};
            } else if constexpr (std::is_same_v<T, EnumValue>) {
              return Type{TypeKind::enumeration, "", ""};
            } else {
              return Type{TypeKind::set_of_enum, "", ""};
            }
          },
          expr.literal);
    case ExprKind::fact:
      if (const FactDecl* fact = program_->find_fact(expr.name)) {
        return fact->type;
      }
      unknown_fact(expr);
      return std::nullopt;
    case ExprKind::as_of:
      return Type{TypeKind::date, "", ""};
    case ExprKind::declared:
      if (program_->find_fact(expr.name) == nullptr) {
        unknown_fact(expr);
      }
      return Type{TypeKind::boolean, "", ""};
    case ExprKind::rule_status:
      if (program_->find_rule(expr.name) == nullptr) {
        std::vector<std::string> ids;
        for (const Rule& rule : program_->rules) {
          ids.push_back(rule.id);
        }
        auto& diagnostic = diagnostics_->error("FP-E0107", expr.span, "unknown rule " + ticked(expr.name));
        diagnostic.label = "no such rule is declared";
        suggest(diagnostic, expr.name, ids);
      }
      return status_type;
    case ExprKind::logical_not:
    case ExprKind::logical_and:
    case ExprKind::logical_or:
      for (Expr& operand : expr.operands) {
        condition(operand);
      }
      return Type{TypeKind::boolean, "", ""};
    case ExprKind::compare:
      return compare(expr);
    case ExprKind::in_set:
    case ExprKind::contains:
    case ExprKind::within:
    case ExprKind::intersects:
      return membership(expr);
    case ExprKind::add:
    case ExprKind::subtract:
      return arithmetic(expr);
    }
    return std::nullopt;
  }

  void unknown_fact(const Expr& expr) {
    auto& diagnostic = diagnostics_->error("FP-E0102", expr.span, "unknown fact " + ticked(expr.name));
    diagnostic.label = "not declared in the vocabulary";
    suggest(diagnostic, expr.name, fact_paths_);
  }

  // Infers both sides; a bare word on one side takes the enum type of the other.
  std::pair<std::optional<Type>, std::optional<Type>> sides(Expr& expr) {
    Expr& left = expr.operands[0];
    Expr& right = expr.operands[1];
    std::optional<Type> left_type;
    std::optional<Type> right_type;
    if (is_undeclared_word(left) && !is_undeclared_word(right)) {
      right_type = infer(right);
      if (right_type && right_type->kind == TypeKind::enumeration) {
        resolve_word(left, *right_type);
        return {left.type, right_type};
      }
      left_type = infer(left);
      return {left_type, right_type};
    }
    left_type = infer(left);
    if (left_type && left_type->kind == TypeKind::enumeration && is_undeclared_word(right)) {
      resolve_word(right, *left_type);
      return {left_type, right.type};
    }
    if (left_type && left_type->kind == TypeKind::set_of_enum && is_undeclared_word(right)) {
      resolve_word(right, Type{TypeKind::enumeration, "", left_type->enum_name});
      return {left_type, right.type};
    }
    right_type = infer(right);
    return {left_type, right_type};
  }

  void mismatch(const Expr& expr, const Type& left, const Type& right) {
    if (left.kind == TypeKind::number && right.kind == TypeKind::number) {
      auto& diagnostic =
          diagnostics_->error("FP-E0203", expr.span,
                              "numbers in different units: " + unit_name(left) + " and " + unit_name(right));
      diagnostic.label = "these cannot be compared";
      diagnostic.help = "write both sides in the same unit";
      return;
    }
    auto& diagnostic = diagnostics_->error("FP-E0202", expr.span,
                                           "cannot compare a " + ticked(to_string(left)) + " with a " +
                                               ticked(to_string(right)));
    diagnostic.label = "the two sides have different types";
    diagnostic.help = "compare " + ticked(source_text(*program_, expr.operands[0].span)) +
                      " with a value of type " + ticked(to_string(left));
  }

  static std::string unit_name(const Type& type) {
    return type.unit.empty() ? "a plain number" : ticked(type.unit);
  }

  static bool same(const Type& left, const Type& right) {
    if (left.kind != right.kind) {
      return false;
    }
    // An enum value literal or a set literal not yet tied to an enum matches any enum.
    if ((left.kind == TypeKind::enumeration || left.kind == TypeKind::set_of_enum) &&
        (left.enum_name.empty() || right.enum_name.empty())) {
      return true;
    }
    return left == right;
  }

  std::optional<Type> compare(Expr& expr) {
    const Type boolean{TypeKind::boolean, "", ""};
    const bool is_status =
        expr.operands[0].kind == ExprKind::rule_status || expr.operands[1].kind == ExprKind::rule_status;
    auto [left, right] = sides(expr);
    if (!left || !right) {
      return boolean;
    }
    if (is_status) {
      const bool ordered = expr.op != CompareOp::equal && expr.op != CompareOp::not_equal;
      if (ordered || !same(*left, *right) || left->enum_name != right->enum_name) {
        auto& diagnostic = diagnostics_->error("FP-E0206", expr.span,
                                               "a rule's status is compared with `==` or `!=` and a status");
        diagnostic.label = "not a status comparison";
        diagnostic.help = "write `status(rule-id) == breach`; the statuses are `breach`, `compliant`, "
                          "`not_applicable` and `undetermined`";
      }
      return boolean;
    }
    if (left->kind == TypeKind::set_of_enum && right->kind == TypeKind::set_of_enum) {
      check_set(expr.operands[0], Type{TypeKind::enumeration, "", right->enum_name});
      check_set(expr.operands[1], Type{TypeKind::enumeration, "", left->enum_name});
    }
    if (!same(*left, *right)) {
      mismatch(expr, *left, *right);
      return boolean;
    }
    const bool ordered = expr.op != CompareOp::equal && expr.op != CompareOp::not_equal;
    if (ordered && left->kind != TypeKind::number && left->kind != TypeKind::date) {
      auto& diagnostic = diagnostics_->error(
          "FP-E0204", expr.span, "`<`, `<=`, `>` and `>=` do not apply to a " + ticked(to_string(*left)));
      diagnostic.label = "only numbers and dates are ordered";
      diagnostic.help = "use `==` or `!=`";
    }
    return boolean;
  }

  std::optional<Type> membership(Expr& expr) {
    const Type boolean{TypeKind::boolean, "", ""};
    Expr& left = expr.operands[0];
    Expr& right = expr.operands[1];
    const auto left_type = infer(left);
    if (!left_type) {
      infer(right);
      return boolean;
    }
    const std::string op = expr.kind == ExprKind::in_set     ? "in"
                           : expr.kind == ExprKind::contains ? "contains"
                           : expr.kind == ExprKind::within   ? "within"
                                                             : "intersects";
    const Type element{TypeKind::enumeration, "", left_type->enum_name};
    if (expr.kind == ExprKind::in_set) {
      if (left_type->kind != TypeKind::enumeration) {
        wrong_operand(expr, op, *left_type, "an enum fact, such as `controller.type in {school, employer}`");
        return boolean;
      }
      if (right.kind != ExprKind::literal || !std::holds_alternative<EnumSet>(right.literal)) {
        infer(right);
        set_expected(right, op);
        return boolean;
      }
      check_set(right, element);
      return boolean;
    }
    if (left_type->kind != TypeKind::set_of_enum) {
      wrong_operand(expr, op, *left_type, "a `set of` fact, such as `purposes " + op + " ...`");
      return boolean;
    }
    if (expr.kind == ExprKind::contains) {
      resolve_word(right, element);
      const auto right_type = right.type ? right.type : infer(right);
      if (right_type && !same(*right_type, element)) {
        mismatch(expr, element, *right_type);
      }
      return boolean;
    }
    if (right.kind == ExprKind::literal && std::holds_alternative<EnumSet>(right.literal)) {
      check_set(right, element);
      return boolean;
    }
    const auto right_type = infer(right);
    if (right_type && !same(*right_type, *left_type)) {
      set_expected(right, op);
    }
    return boolean;
  }

  void wrong_operand(const Expr& expr, const std::string& op, const Type& type, const std::string& expected) {
    auto& diagnostic = diagnostics_->error("FP-E0204", expr.span,
                                           ticked(op) + " does not apply to a " + ticked(to_string(type)));
    diagnostic.label = "the left side is a " + to_string(type);
    diagnostic.help = ticked(op) + " takes " + expected;
  }

  void set_expected(const Expr& right, const std::string& op) {
    auto& diagnostic =
        diagnostics_->error("FP-E0204", right.span, "expected a set such as `{a, b}` after " + ticked(op));
    diagnostic.label = "not a set";
  }

  static std::optional<std::int32_t> duration_kind(const std::string& unit) {
    if (unit == "day" || unit == "days" || unit == "week" || unit == "weeks" || unit == "month" ||
        unit == "months" || unit == "year" || unit == "years") {
      return 0;
    }
    return std::nullopt;
  }

  std::optional<Type> arithmetic(Expr& expr) {
    const auto left = infer(expr.operands[0]);
    const auto right = infer(expr.operands[1]);
    if (!left || !right) {
      return left;
    }
    const std::string op = expr.kind == ExprKind::add ? "+" : "-";
    if (left->kind == TypeKind::date && right->kind == TypeKind::number) {
      if (!duration_kind(right->unit)) {
        auto& diagnostic = diagnostics_->error("FP-E0203", expr.operands[1].span,
                                               "a date is shifted by days, weeks, months or years, not by " +
                                                   unit_name(*right));
        diagnostic.label = "not a duration";
        diagnostic.help = "write a duration such as `30 days` or `3 years`";
      }
      return left;
    }
    if (left->kind == TypeKind::number && right->kind == TypeKind::number) {
      if (left->unit != right->unit) {
        mismatch(expr, *left, *right);
      }
      return left;
    }
    auto& diagnostic = diagnostics_->error("FP-E0204", expr.span,
                                           ticked(op) + " does not apply to a " + ticked(to_string(*left)) +
                                               " and a " + ticked(to_string(*right)));
    diagnostic.label = "no arithmetic on these";
    diagnostic.help =
        "`+` and `-` shift a date by a duration (`deployment.start + 3 years`) or add numbers of one "
        "unit";
    return left;
  }

  const Program* program_ = nullptr;
  Diagnostics* diagnostics_ = nullptr;
  std::vector<std::string> fact_paths_;
};

// ---------------------------------------------------------------------------------------------------------------
// runtime-conditions: every `imposes` names a condition the runtime enforces (conditions.hpp), with a value
// of the form it reads. A condition the runtime does not know would pass the tests and then stop the runtime.
class RuntimeConditionsPass final : public CheckPass {
public:
  std::string_view name() const override { return "runtime-conditions"; }

  void run(Program& program, Diagnostics& diagnostics) override {
    std::vector<std::string> keys;
    for (const RuntimeConditionKind& kind : runtime_conditions) {
      keys.emplace_back(kind.key);
    }
    for (const Rule& rule : program.rules) {
      for (const RuntimeCondition& imposed : rule.imposes) {
        const RuntimeConditionKind* kind = find_runtime_condition(imposed.key);
        if (kind == nullptr) {
          auto& diagnostic = diagnostics.error("FP-E0501", key_span(imposed),
                                               "the runtime knows no condition " + ticked(imposed.key));
          diagnostic.label = "not a runtime condition";
          if (const auto nearest = did_you_mean(imposed.key, keys)) {
            diagnostic.help = "did you mean " + ticked(*nearest) + "?";
          } else {
            diagnostic.help =
                "impose one of the conditions listed in docs/LANGUAGE.md (`facepia lint --explain "
                "FP-E0501`), or state the duty in the rule's `requires` instead";
          }
          continue;
        }
        check_value(program, imposed, *kind, diagnostics);
      }
    }
  }

private:
  static Span key_span(const RuntimeCondition& imposed) {
    return imposed.key_span.end > imposed.key_span.begin ? imposed.key_span : imposed.span;
  }

  static Span value_span(const RuntimeCondition& imposed) {
    return imposed.value_span.end > imposed.value_span.begin ? imposed.value_span : key_span(imposed);
  }

  // `label`: what is wrong with the value written; default "not <expected>".
  static void wrong_value(const RuntimeCondition& imposed, std::string_view expected,
                          Diagnostics& diagnostics, std::string help, std::string label = {}) {
    auto& diagnostic = diagnostics.error("FP-E0502", value_span(imposed),
                                         ticked(imposed.key) + " takes " + std::string(expected));
    diagnostic.label = !imposed.value  ? std::string("no value")
                       : label.empty() ? "not " + std::string(expected)
                                       : std::move(label);
    diagnostic.help = std::move(help);
  }

  static void check_value(const Program& program, const RuntimeCondition& imposed,
                          const RuntimeConditionKind& kind, Diagnostics& diagnostics) {
    const std::optional<Value>& value = imposed.value;
    const auto* quantity = value ? std::get_if<Quantity>(&*value) : nullptr;
    switch (kind.value) {
    case ConditionValue::flag:
      if (value && !std::holds_alternative<bool>(*value)) {
        wrong_value(imposed, "no value, or `true` or `false`", diagnostics,
                    "write `imposes " + imposed.key + " \"what the runtime must do\"`",
                    "not a yes-or-no value");
      }
      return;
    case ConditionValue::duration: {
      static const std::set<std::string> units{"day",   "days",   "week", "weeks",
                                               "month", "months", "year", "years"};
      if (quantity == nullptr || quantity->value < 0 || units.count(quantity->unit) == 0) {
        wrong_value(imposed, "a duration in days, weeks, months or years", diagnostics,
                    "write e.g. `imposes " + imposed.key + " 180 days \"...\"`");
      }
      return;
    }
    case ConditionValue::age:
      if (quantity == nullptr || quantity->value < 0 ||
          (quantity->unit != "years" && quantity->unit != "year")) {
        wrong_value(imposed, "an age in years", diagnostics,
                    "write e.g. `imposes " + imposed.key + " 14 years \"...\"`");
      }
      return;
    case ConditionValue::mode: {
      const auto* word = value ? std::get_if<EnumValue>(&*value) : nullptr;
      if (word == nullptr || (word->name != "verification" && word->name != "identification")) {
        wrong_value(imposed, "`verification` or `identification`", diagnostics,
                    "write `imposes " + imposed.key + " verification \"...\"` to allow 1:1 matching only");
      }
      return;
    }
    case ConditionValue::purposes: {
      const auto* set = value ? std::get_if<EnumSet>(&*value) : nullptr;
      if (set == nullptr || set->empty()) {
        wrong_value(imposed, "a set of purposes", diagnostics,
                    "write e.g. `imposes " + imposed.key + " {public_security} \"...\"`");
        return;
      }
      // The runtime compares them with the purposes a deployment declares (`purposes`), when it is declared.
      const FactDecl* purposes = program.find_fact("purposes");
      const EnumDecl* values = purposes != nullptr ? program.find_enum(purposes->type.enum_name) : nullptr;
      if (values == nullptr) {
        return;
      }
      for (const std::string& purpose : *set) {
        if (std::find(values->values.begin(), values->values.end(), purpose) == values->values.end()) {
          auto& diagnostic =
              diagnostics.error("FP-E0502", value_span(imposed),
                                ticked(purpose) + " is not a value of " + ticked(values->name));
          diagnostic.label = ticked(imposed.key) + " takes values of the fact `purposes`";
          if (const auto nearest = did_you_mean(purpose, values->values)) {
            diagnostic.help = "did you mean " + ticked(*nearest) + "?";
          }
        }
      }
      return;
    }
    }
  }
};

// ---------------------------------------------------------------------------------------------------------------
// test-values: a test gives each fact once, with a value of the fact's type, and expects each rule once.
class TestValuesPass final : public CheckPass {
public:
  std::string_view name() const override { return "test-values"; }

  void run(Program& program, Diagnostics& diagnostics) override {
    for (const RuleTest& test : program.tests) {
      // Views of the paths, not copies: a large load has tens of thousands of givens.
      std::unordered_map<std::string_view, Span> given;
      given.reserve(test.givens.size());
      for (const TestGiven& fact_value : test.givens) {
        if (!given.emplace(fact_value.path, fact_value.span).second) {
          auto& diagnostic = diagnostics.error("FP-E0401", fact_value.span,
                                               "fact " + ticked(fact_value.path) +
                                                   " is given twice in test \"" + test.name + "\"");
          diagnostic.label = "given again here";
          diagnostic.notes.push_back("first given at " + location(program, given[fact_value.path]));
        }
        if (const FactDecl* fact = program.find_fact(fact_value.path)) {
          check_value(program, diagnostics, *fact, fact_value);
        }
      }
      std::set<std::pair<std::string_view, bool>> expected;
      for (const TestExpectation& expectation : test.expectations) {
        if (!expected.emplace(expectation.rule_id, expectation.exception.has_value()).second) {
          auto& diagnostic = diagnostics.error("FP-E0401", expectation.span,
                                               "rule " + ticked(expectation.rule_id) +
                                                   " is expected twice in test \"" + test.name + "\"");
          diagnostic.label = "expected again here";
        }
      }
    }
  }

private:
  static std::optional<std::string> mismatch(const Program& program, const Type& type, const Value& value) {
    switch (type.kind) {
    case TypeKind::boolean:
      return std::holds_alternative<bool>(value) ? std::nullopt
                                                 : std::optional<std::string>("`true` or `false`");
    case TypeKind::number:
      if (const auto* quantity = std::get_if<Quantity>(&value);
          quantity != nullptr && quantity->unit == type.unit) {
        return std::nullopt;
      }
      return type.unit.empty() ? "a number"
                               : "a number in " + ticked(type.unit) + ", such as `1 " + type.unit + "`";
    case TypeKind::date:
      return std::holds_alternative<Date>(value) ? std::nullopt
                                                 : std::optional<std::string>("a date (YYYY-MM-DD)");
    case TypeKind::text:
      return std::holds_alternative<std::string>(value) ? std::nullopt
                                                        : std::optional<std::string>("a string");
    case TypeKind::enumeration:
    case TypeKind::set_of_enum: {
      const EnumDecl* declaration = program.find_enum(type.enum_name);
      if (declaration == nullptr) {
        return std::nullopt; // reported by the references pass
      }
      const auto member = [&](const std::string& name) {
        return std::find(declaration->values.begin(), declaration->values.end(), name) !=
               declaration->values.end();
      };
      if (type.kind == TypeKind::enumeration) {
        if (const auto* enum_value = std::get_if<EnumValue>(&value);
            enum_value != nullptr && member(enum_value->name)) {
          return std::nullopt;
        }
        return "one of the values of " + ticked(type.enum_name);
      }
      if (const auto* set = std::get_if<EnumSet>(&value);
          set != nullptr && std::all_of(set->begin(), set->end(), member)) {
        return std::nullopt;
      }
      return "a set of values of " + ticked(type.enum_name) + ", such as `{" + declaration->values.front() +
             "}`";
    }
    }
    return std::nullopt;
  }

  static void check_value(const Program& program, Diagnostics& diagnostics, const FactDecl& fact,
                          const TestGiven& given) {
    if (const auto expected = mismatch(program, fact.type, given.value)) {
      auto& diagnostic = diagnostics.error("FP-E0205", given.span,
                                           "fact " + ticked(fact.path) + " is a " +
                                               ticked(to_string(fact.type)) + ", and this value is not");
      diagnostic.label = "wrong type of value";
      diagnostic.help = "give " + *expected;
    }
  }
};

// ---------------------------------------------------------------------------------------------------------------
// exception-reachability: an exception whose condition contradicts itself, or the rule's `applies when`, can
// never hold. Decided for conjunctions of simple comparisons of a fact with a literal, where it is decidable.
class ExceptionReachabilityPass final : public CheckPass {
public:
  std::string_view name() const override { return "exception-reachability"; }

  void run(Program& program, Diagnostics& diagnostics) override {
    program_ = &program;
    for (const Rule& rule : program.rules) {
      std::vector<const Expr*> context;
      if (rule.applies_when) {
        flatten_and(*rule.applies_when, context);
      }
      for (const RuleException& exception : rule.exceptions) {
        std::vector<const Expr*> conjuncts;
        flatten_and(exception.condition, conjuncts);
        budget_ = 256;
        Contradiction found;
        if (!can_hold(conjuncts, context, found)) {
          auto& diagnostic = diagnostics.error("FP-E0301", exception.span,
                                               "exception " + ticked(exception.name) + " of rule " +
                                                   ticked(rule.id) + " can never hold");
          diagnostic.label = "never overrides a breach";
          if (found.first != nullptr && found.second != nullptr) {
            const bool from_rule = std::find(context.begin(), context.end(), found.first) != context.end();
            diagnostic.notes.push_back((from_rule ? "the rule applies only when " : "") +
                                       ticked(source_text(program, found.first->span)) + ", and " +
                                       ticked(source_text(program, found.second->span)) +
                                       " cannot hold at the same time");
          } else if (found.first != nullptr) {
            diagnostic.notes.push_back(ticked(source_text(program, found.first->span)) + " is never true");
          }
          diagnostic.help = "fix the exception's condition, or remove the exception";
        }
      }
    }
  }

private:
  using Contradiction = std::pair<const Expr*, const Expr*>;

  // A comparison of a fact with a literal: `path op value`, or `path in {...}` (op unset, set filled).
  struct Atom {
    std::string path;
    enum class Op { equal, not_equal, less, less_equal, greater, greater_equal, in, not_in } op = Op::equal;
    Value value = false;
    const Expr* source = nullptr;
  };

  static void flatten_and(const Expr& expr, std::vector<const Expr*>& out) {
    if (expr.kind == ExprKind::logical_and) {
      for (const Expr& operand : expr.operands) {
        flatten_and(operand, out);
      }
    } else {
      out.push_back(&expr);
    }
  }

  static Atom::Op negate(Atom::Op op) {
    switch (op) {
    case Atom::Op::equal:
      return Atom::Op::not_equal;
    case Atom::Op::not_equal:
      return Atom::Op::equal;
    case Atom::Op::less:
      return Atom::Op::greater_equal;
    case Atom::Op::less_equal:
      return Atom::Op::greater;
    case Atom::Op::greater:
      return Atom::Op::less_equal;
    case Atom::Op::greater_equal:
      return Atom::Op::less;
    case Atom::Op::in:
      return Atom::Op::not_in;
    case Atom::Op::not_in:
      return Atom::Op::in;
    }
    return op;
  }

  static Atom::Op flip(Atom::Op op) {
    switch (op) {
    case Atom::Op::less:
      return Atom::Op::greater;
    case Atom::Op::less_equal:
      return Atom::Op::greater_equal;
    case Atom::Op::greater:
      return Atom::Op::less;
    case Atom::Op::greater_equal:
      return Atom::Op::less_equal;
    default:
      return op;
    }
  }

  static std::optional<Atom> atom_of(const Expr& expr) {
    if (expr.kind == ExprKind::fact) {
      return Atom{expr.name, Atom::Op::equal, true, &expr};
    }
    if (expr.kind == ExprKind::logical_not && expr.operands.size() == 1) {
      auto inner = atom_of(expr.operands[0]);
      if (inner) {
        inner->op = negate(inner->op);
        inner->source = &expr;
      }
      return inner;
    }
    if ((expr.kind == ExprKind::compare || expr.kind == ExprKind::in_set) && expr.operands.size() == 2) {
      const Expr& left = expr.operands[0];
      const Expr& right = expr.operands[1];
      const bool fact_left = left.kind == ExprKind::fact && right.kind == ExprKind::literal;
      const bool fact_right = right.kind == ExprKind::fact && left.kind == ExprKind::literal;
      if (!fact_left && !(fact_right && expr.kind == ExprKind::compare)) {
        return std::nullopt;
      }
      const Expr& fact = fact_left ? left : right;
      const Expr& literal = fact_left ? right : left;
      if (expr.kind == ExprKind::in_set) {
        return Atom{fact.name, Atom::Op::in, literal.literal, &expr};
      }
      static constexpr Atom::Op ops[] = {Atom::Op::equal,      Atom::Op::not_equal, Atom::Op::less,
                                         Atom::Op::less_equal, Atom::Op::greater,   Atom::Op::greater_equal};
      const Atom::Op op = ops[static_cast<int>(expr.op)];
      return Atom{fact.name, fact_left ? op : flip(op), literal.literal, &expr};
    }
    return std::nullopt;
  }

  // -1, 0, 1, or nullopt when the values are not ordered (different kinds or units).
  static std::optional<int> order(const Value& a, const Value& b) {
    if (const auto* x = std::get_if<Quantity>(&a)) {
      const auto* y = std::get_if<Quantity>(&b);
      if (y == nullptr || x->unit != y->unit) {
        return std::nullopt;
      }
      return x->value < y->value ? -1 : (x->value > y->value ? 1 : 0);
    }
    if (const auto* x = std::get_if<Date>(&a)) {
      const auto* y = std::get_if<Date>(&b);
      if (y == nullptr) {
        return std::nullopt;
      }
      return x->days < y->days ? -1 : (x->days > y->days ? 1 : 0);
    }
    return std::nullopt;
  }

  static bool in_set(const Value& value, const Value& set) {
    const auto* members = std::get_if<EnumSet>(&set);
    const auto* element = std::get_if<EnumValue>(&value);
    return members != nullptr && element != nullptr && members->count(element->name) > 0;
  }

  // Whether `value` satisfies `op bound`; nullopt when unknown.
  static std::optional<bool> satisfies(const Value& value, Atom::Op op, const Value& bound) {
    switch (op) {
    case Atom::Op::equal:
      return value == bound;
    case Atom::Op::not_equal:
      return value != bound;
    case Atom::Op::in:
      return std::holds_alternative<EnumSet>(bound) ? std::optional<bool>(in_set(value, bound))
                                                    : std::nullopt;
    case Atom::Op::not_in:
      return std::holds_alternative<EnumSet>(bound) ? std::optional<bool>(!in_set(value, bound))
                                                    : std::nullopt;
    default: {
      const auto compared = order(value, bound);
      if (!compared) {
        return std::nullopt;
      }
      switch (op) {
      case Atom::Op::less:
        return *compared < 0;
      case Atom::Op::less_equal:
        return *compared <= 0;
      case Atom::Op::greater:
        return *compared > 0;
      default:
        return *compared >= 0;
      }
    }
    }
  }

  static bool is_upper(Atom::Op op) { return op == Atom::Op::less || op == Atom::Op::less_equal; }
  static bool is_lower(Atom::Op op) { return op == Atom::Op::greater || op == Atom::Op::greater_equal; }

  // Two atoms on the same fact that no value satisfies together.
  static bool contradict(const Atom& a, const Atom& b) {
    if (a.path != b.path) {
      return false;
    }
    if (a.op == Atom::Op::equal) {
      return satisfies(a.value, b.op, b.value) == false;
    }
    if (b.op == Atom::Op::equal) {
      return satisfies(b.value, a.op, a.value) == false;
    }
    if (a.op == Atom::Op::in && b.op == Atom::Op::in) {
      const auto* x = std::get_if<EnumSet>(&a.value);
      const auto* y = std::get_if<EnumSet>(&b.value);
      return x != nullptr && y != nullptr &&
             std::none_of(x->begin(), x->end(), [&](const std::string& v) { return y->count(v) > 0; });
    }
    if ((is_upper(a.op) && is_lower(b.op)) || (is_lower(a.op) && is_upper(b.op))) {
      const Atom& upper = is_upper(a.op) ? a : b;
      const Atom& lower = is_upper(a.op) ? b : a;
      const auto compared = order(lower.value, upper.value);
      if (!compared) {
        return false;
      }
      const bool strict = upper.op == Atom::Op::less || lower.op == Atom::Op::greater;
      return *compared > 0 || (*compared == 0 && strict);
    }
    return false;
  }

  bool is_false(const Expr& expr) const {
    return expr.kind == ExprKind::literal && std::holds_alternative<bool>(expr.literal) &&
           !std::get<bool>(expr.literal);
  }

  // Whether the conjunction of `conjuncts` (and the rule's `context`) can be true. Disjunctions branch,
  // within a budget; past it, the answer is "can hold" (not decided).
  bool can_hold(const std::vector<const Expr*>& conjuncts, const std::vector<const Expr*>& context,
                Contradiction& found) {
    if (budget_-- <= 0) {
      return true;
    }
    for (std::size_t i = 0; i < conjuncts.size(); ++i) {
      if (conjuncts[i]->kind != ExprKind::logical_or) {
        continue;
      }
      Contradiction last;
      for (const Expr& disjunct : conjuncts[i]->operands) {
        std::vector<const Expr*> branch;
        for (std::size_t j = 0; j < conjuncts.size(); ++j) {
          if (j != i) {
            branch.push_back(conjuncts[j]);
          }
        }
        flatten_and(disjunct, branch);
        if (can_hold(branch, context, last)) {
          return true;
        }
      }
      found = last;
      return false;
    }
    std::vector<Atom> atoms;
    for (const Expr* expr : context) {
      if (const auto atom = atom_of(*expr)) {
        atoms.push_back(*atom);
      }
    }
    const std::size_t context_atoms = atoms.size();
    for (const Expr* expr : conjuncts) {
      if (is_false(*expr)) {
        found = {expr, nullptr};
        return false;
      }
      if (const auto atom = atom_of(*expr)) {
        atoms.push_back(*atom);
      }
    }
    for (std::size_t i = context_atoms; i < atoms.size(); ++i) {
      for (std::size_t j = 0; j < i; ++j) {
        if (contradict(atoms[j], atoms[i])) {
          found = {atoms[j].source, atoms[i].source};
          return false;
        }
      }
    }
    return true;
  }

  const Program* program_ = nullptr;
  int budget_ = 0;
};

// ---------------------------------------------------------------------------------------------------------------
// test-coverage: every rule is expected by at least one test (a warning).
class TestCoveragePass final : public CheckPass {
public:
  std::string_view name() const override { return "test-coverage"; }

  void run(Program& program, Diagnostics& diagnostics) override {
    std::unordered_set<std::string> tested;
    for (const RuleTest& test : program.tests) {
      for (const TestExpectation& expectation : test.expectations) {
        tested.insert(expectation.rule_id);
      }
    }
    for (const Rule& rule : program.rules) {
      if (tested.count(rule.id) == 0) {
        auto& diagnostic =
            diagnostics.warning("FP-W0401", rule.span, "rule " + ticked(rule.id) + " has no test");
        diagnostic.label = "no test expects its status";
        diagnostic.help = "add a `test` with `expect " + rule.id + " is breach` (or another status)";
      }
    }
  }
};

} // namespace

std::vector<std::unique_ptr<CheckPass>> default_passes() {
  std::vector<std::unique_ptr<CheckPass>> passes;
  passes.push_back(std::make_unique<DuplicateDeclarationsPass>());
  passes.push_back(std::make_unique<ReferencesPass>());
  passes.push_back(std::make_unique<TypesPass>());
  passes.push_back(std::make_unique<RuntimeConditionsPass>());
  passes.push_back(std::make_unique<TestValuesPass>());
  passes.push_back(std::make_unique<ExceptionReachabilityPass>());
  passes.push_back(std::make_unique<TestCoveragePass>());
  return passes;
}

void check(Program& program, Diagnostics& diagnostics) {
  program.reindex();
  for (const auto& pass : default_passes()) {
    pass->run(program, diagnostics);
  }
  diagnostics.sort();
}

} // namespace facepia::dsl
