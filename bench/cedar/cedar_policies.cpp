// facepia_cedar_policies RULES_DIR: the rules of RULES_DIR written as Cedar policies, for the side-by-side
// run against Cedar (bench/cedar/bench_cedar.mjs, `scripts/bench cedar`). One `forbid` per rule: it holds
// when the rule applies (within its instrument's scope), its requirement fails (or it is `prohibited`) and no
// exception holds; one `permit` allows everything else. The translation is for timing, not a second
// implementation:
//   - a fact `a.b` is the attribute `resource.a_b`; Cedar's evaluation errors on a missing attribute, so a
//     forbid that reads an unstated fact is skipped (facepia says undetermined, and denies a blocking rule);
//   - dates and the assessment day (`context.as_of`) are days since 1970-01-01 (Long), quantities Longs, a
//     month 30 days; enum values are strings, sets of them sets of strings;
//   - `status(R) == S` is R's own condition for S, inlined (three levels deep, then false).
#include "facepia/dsl/dsl.hpp"

#include <cmath>
#include <iostream>
#include <string>

namespace {

using namespace facepia;

std::string attribute(const std::string& path) {
  std::string name = path;
  for (char& c : name) {
    if (c == '.' || c == '-') {
      c = '_';
    }
  }
  return name;
}

std::string quoted(const std::string& text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
    }
    out += c;
  }
  return out + "\"";
}

std::string literal(const dsl::Value& value) {
  if (const auto* b = std::get_if<bool>(&value)) {
    return *b ? "true" : "false";
  }
  if (const auto* q = std::get_if<dsl::Quantity>(&value)) {
    const double days = q->unit == "months" || q->unit == "month" ? q->value * 30 : q->value;
    return std::to_string(std::llround(days));
  }
  if (const auto* d = std::get_if<dsl::Date>(&value)) {
    return std::to_string(d->days);
  }
  if (const auto* s = std::get_if<std::string>(&value)) {
    return quoted(*s);
  }
  if (const auto* e = std::get_if<dsl::EnumValue>(&value)) {
    return quoted(e->name);
  }
  std::string set = "[";
  for (const std::string& v : std::get<dsl::EnumSet>(value)) {
    set += (set.size() > 1 ? ", " : "") + quoted(v);
  }
  return set + "]";
}

class Translator {
public:
  explicit Translator(const dsl::Program& program) : program_(program) {}

  std::string expr(const dsl::Expr& e, int depth) const {
    using K = dsl::ExprKind;
    switch (e.kind) {
    case K::literal:
      return literal(e.literal);
    case K::fact:
      return "resource." + attribute(e.name);
    case K::as_of:
      return "context.as_of";
    case K::declared:
      return "(resource has " + attribute(e.name) + ")";
    case K::rule_status:
      return "false"; // only meaningful inside a comparison, handled there
    case K::logical_not:
      return "!(" + expr(e.operands[0], depth) + ")";
    case K::logical_and:
    case K::logical_or: {
      std::string out = "(";
      for (std::size_t i = 0; i < e.operands.size(); ++i) {
        out += (i == 0 ? "" : e.kind == K::logical_and ? " && " : " || ") + expr(e.operands[i], depth);
      }
      return out + ")";
    }
    case K::compare: {
      if (e.operands[0].kind == K::rule_status) {
        const auto* status = std::get_if<dsl::EnumValue>(&e.operands[1].literal);
        const std::string holds =
            status ? status_condition(e.operands[0].name, status->name, depth) : "false";
        return e.op == dsl::CompareOp::not_equal ? "!(" + holds + ")" : holds;
      }
      static const char* const ops[] = {"==", "!=", "<", "<=", ">", ">="};
      return "(" + expr(e.operands[0], depth) + " " + ops[static_cast<int>(e.op)] + " " +
             expr(e.operands[1], depth) + ")";
    }
    case K::in_set:
      return expr(e.operands[1], depth) + ".contains(" + expr(e.operands[0], depth) + ")";
    case K::contains:
      return expr(e.operands[0], depth) + ".contains(" + expr(e.operands[1], depth) + ")";
    case K::within:
      return expr(e.operands[1], depth) + ".containsAll(" + expr(e.operands[0], depth) + ")";
    case K::intersects:
      return expr(e.operands[0], depth) + ".containsAny(" + expr(e.operands[1], depth) + ")";
    case K::add:
    case K::subtract:
      return "(" + expr(e.operands[0], depth) + (e.kind == K::add ? " + " : " - ") +
             expr(e.operands[1], depth) + ")";
    }
    return "false";
  }

  // When rule `id` has `status`.
  std::string status_condition(const std::string& id, const std::string& status, int depth) const {
    const dsl::Rule* rule = program_.find_rule(id);
    if (rule == nullptr || depth >= 3) {
      return "false";
    }
    const std::string applies = applies_condition(*rule, depth + 1);
    const std::string breach = applies + " && " + breach_condition(*rule, depth + 1);
    if (status == "breach") {
      return "(" + breach + ")";
    }
    if (status == "compliant") {
      return "(" + applies + " && !(" + breach_condition(*rule, depth + 1) + "))";
    }
    if (status == "not_applicable") {
      return "!(" + applies + ")";
    }
    return "false"; // undetermined: Cedar has no unknown values
  }

  std::string applies_condition(const dsl::Rule& rule, int depth) const {
    std::string out = "true";
    if (const dsl::InstrumentScope* scope = program_.find_scope(rule.instrument())) {
      out += " && " + expr(scope->condition, depth);
    }
    if (rule.applies_when) {
      out += " && " + expr(*rule.applies_when, depth);
    }
    return "(" + out + ")";
  }

  std::string breach_condition(const dsl::Rule& rule, int depth) const {
    std::string out =
        rule.prohibited || !rule.requirement ? "true" : "!(" + expr(*rule.requirement, depth) + ")";
    for (const dsl::RuleException& exception : rule.exceptions) {
      out += " && !(" + expr(exception.condition, depth) + ")";
    }
    return "(" + out + ")";
  }

private:
  const dsl::Program& program_;
};

} // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: facepia_cedar_policies RULES_DIR\n";
    return 2;
  }
  auto rules = dsl::load({argv[1]});
  if (!rules.ok()) {
    std::cerr << dsl::render_all(rules.diagnostics, rules.program.sources);
    return 2;
  }
  const Translator translator(rules.program);
  std::cout << "// The rules of " << argv[1] << " as Cedar policies (facepia_cedar_policies).\n";
  std::cout << "@id(\"allow\")\npermit (principal, action, resource);\n\n";
  for (const dsl::Rule& rule : rules.program.rules) {
    std::cout << "@id(" << quoted(rule.id) << ")\nforbid (principal, action, resource)\nwhen { "
              << translator.applies_condition(rule, 0) << " && " << translator.breach_condition(rule, 0)
              << " };\n\n";
  }
  return 0;
}
