// The rule language's concrete syntax for the model's values and expressions: one printer for the engine's
// explanations and messages, the deployment's canonical form, the gate's conditions and the reports.
#include "facepia/dsl/print.hpp"

#include <cmath>
#include <sstream>

namespace facepia::dsl {
namespace {

std::string format_number(double value) {
  if (std::isfinite(value) && std::fabs(value) < 1e15 && value == std::floor(value)) {
    return std::to_string(static_cast<long long>(value));
  }
  std::ostringstream out;
  out.precision(15);
  out << value;
  return out.str();
}

void append_quoted(std::string& out, std::string_view s) {
  out += '"';
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else {
      out += c;
    }
  }
  out += '"';
}

struct Formatter {
  bool canonical = false;
  std::string operator()(bool b) const { return b ? "true" : "false"; }
  std::string operator()(const Quantity& q) const {
    return q.unit.empty() ? format_number(q.value) : format_number(q.value) + " " + q.unit;
  }
  std::string operator()(const Date& d) const { return d.iso(); }
  std::string operator()(const std::string& s) const {
    if (!canonical) {
      return s;
    }
    std::string out;
    append_quoted(out, s);
    return out;
  }
  std::string operator()(const EnumValue& e) const { return e.name; }
  std::string operator()(const EnumSet& set) const {
    std::string out = "{";
    bool first = true;
    for (const auto& v : set) {
      out += first ? "" : ", ";
      out += v;
      first = false;
    }
    return out + "}";
  }
};

} // namespace

std::string format_value(const Value& value) {
  return std::visit(Formatter{false}, value);
}
std::string canonical_value(const Value& value) {
  return std::visit(Formatter{true}, value);
}

namespace {

int precedence(const Expr& e) {
  switch (e.kind) {
  case ExprKind::logical_or:
    return 1;
  case ExprKind::logical_and:
    return 2;
  case ExprKind::logical_not:
    return 3;
  case ExprKind::compare:
  case ExprKind::in_set:
  case ExprKind::contains:
  case ExprKind::within:
  case ExprKind::intersects:
    return 4;
  case ExprKind::add:
  case ExprKind::subtract:
    return 5;
  default:
    return 6;
  }
}

std::string_view op_text(CompareOp op) {
  switch (op) {
  case CompareOp::equal:
    return "==";
  case CompareOp::not_equal:
    return "!=";
  case CompareOp::less:
    return "<";
  case CompareOp::less_equal:
    return "<=";
  case CompareOp::greater:
    return ">";
  case CompareOp::greater_equal:
    return ">=";
  }
  return "==";
}

std::string operand_text(const Expr& e, int parent, bool right = false) {
  const int p = precedence(e);
  if (p < parent || (right && p == parent && p >= 4)) {
    return "(" + to_string(e) + ")";
  }
  return to_string(e);
}

} // namespace

std::string to_string(const Expr& e) {
  const int p = precedence(e);
  switch (e.kind) {
  case ExprKind::literal:
    if (const auto* s = std::get_if<std::string>(&e.literal)) {
      return canonical_value(*s);
    }
    return format_value(e.literal);
  case ExprKind::fact:
    return e.name;
  case ExprKind::as_of:
    return "as_of";
  case ExprKind::declared:
    return "declared(" + e.name + ")";
  case ExprKind::rule_status:
    return "status(" + e.name + ")";
  case ExprKind::logical_not:
    return e.operands.empty() ? "not ?" : "not " + operand_text(e.operands[0], p);
  case ExprKind::logical_and:
  case ExprKind::logical_or: {
    std::string out;
    for (std::size_t i = 0; i < e.operands.size(); ++i) {
      out += (i == 0 ? "" : (e.kind == ExprKind::logical_and ? " and " : " or "));
      out += operand_text(e.operands[i], p);
    }
    return out;
  }
  default:
    break;
  }
  if (e.operands.size() != 2) {
    return "?";
  }
  std::string_view op;
  switch (e.kind) {
  case ExprKind::compare:
    op = op_text(e.op);
    break;
  case ExprKind::in_set:
    op = "in";
    break;
  case ExprKind::contains:
    op = "contains";
    break;
  case ExprKind::within:
    op = "within";
    break;
  case ExprKind::intersects:
    op = "intersects";
    break;
  case ExprKind::add:
    op = "+";
    break;
  case ExprKind::subtract:
    op = "-";
    break;
  default:
    op = "?";
  }
  return operand_text(e.operands[0], p) + " " + std::string(op) + " " + operand_text(e.operands[1], p, true);
}

} // namespace facepia::dsl
