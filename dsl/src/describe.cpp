// describe(): a span-free dump of a program, to compare the parses of two texts.
#include "facepia/dsl/dsl.hpp"

#include <sstream>

namespace facepia::dsl {
namespace {

std::string value_text(const Value& value) {
  return std::visit(
      [](const auto& v) -> std::string {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, bool>) {
          return v ? "true" : "false";
        } else if constexpr (std::is_same_v<T, Quantity>) {
          std::ostringstream out;
          out << v.value << (v.unit.empty() ? "" : " ") << v.unit;
          return out.str();
        } else if constexpr (std::is_same_v<T, Date>) {
          return v.iso();
        } else if constexpr (std::is_same_v<T, std::string>) {
          return "\"" + v + "\"";
        } else if constexpr (std::is_same_v<T, EnumValue>) {
          return "'" + v.name;
        } else {
          std::string out = "{";
          for (const auto& item : v) {
            out += item + ",";
          }
          return out + "}";
        }
      },
      value);
}

std::string expr_text(const Expr& expr) {
  std::string out = "(" + std::to_string(static_cast<int>(expr.kind));
  if (expr.kind == ExprKind::compare) {
    out += " op" + std::to_string(static_cast<int>(expr.op));
  }
  if (expr.kind == ExprKind::literal) {
    out += " " + value_text(expr.literal);
  }
  if (!expr.name.empty()) {
    out += " " + expr.name;
  }
  for (const Expr& operand : expr.operands) {
    out += " " + expr_text(operand);
  }
  return out + ")";
}

std::string refs(const std::vector<ProvisionRef>& citations) {
  std::string out;
  for (const auto& ref : citations) {
    out += ref.label() + ";";
  }
  return out;
}

std::string date_text(const std::optional<Date>& date) {
  return date ? date->iso() : "-";
}

} // namespace

std::string describe(const Program& program) {
  std::ostringstream out;
  for (const auto& i : program.instruments) {
    out << "instrument " << i.id << "|" << i.title << "|" << i.title_zh << "|" << i.jurisdiction << "|"
        << i.out_of_scope << "|" << i.in_force.iso() << "|" << date_text(i.repealed) << "\n";
  }
  for (const auto& s : program.scopes) {
    out << "scope " << s.instrument << " " << expr_text(s.condition) << "\n";
  }
  for (const auto& p : program.provisions) {
    out << "provision " << p.ref.label() << "|" << p.title << "|" << p.text << "|" << p.text_zh << "|"
        << date_text(p.in_force) << "|" << date_text(p.repealed) << "\n";
  }
  for (const auto& e : program.enums) {
    out << "enum " << e.name << ":";
    for (std::size_t i = 0; i < e.values.size(); ++i) {
      out << " " << e.values[i];
      if (i < e.value_labels.size() && !e.value_labels[i].empty()) {
        out << " [" << e.value_labels[i].en << "|" << e.value_labels[i].zh << "]";
      }
    }
    out << "\n";
  }
  for (const auto& f : program.facts) {
    out << (f.derived ? "derived " : "fact ") << f.path << " : " << to_string(f.type) << " \"" << f.meaning
        << "\" [" << f.label.en << "|" << f.label.zh << "]\n";
  }
  for (const auto& r : program.rules) {
    out << "rule " << r.id << "|" << r.title << "|" << refs(r.citations) << "|"
        << (r.applies_when ? expr_text(*r.applies_when) : "-") << "|"
        << (r.prohibited ? "prohibited" : "requires") << "|"
        << (r.requirement ? expr_text(*r.requirement) : "-") << "|" << to_string(r.severity) << "|"
        << r.finding << "|" << r.remedy << "\n";
    for (const auto& e : r.exceptions) {
      out << "  unless " << e.name << " " << expr_text(e.condition) << " " << refs(e.citations) << "\n";
    }
    for (const auto& c : r.imposes) {
      out << "  imposes " << c.key << " " << (c.value ? value_text(*c.value) : "-") << " \"" << c.description
          << "\"\n";
    }
  }
  for (const auto& t : program.tests) {
    out << "test \"" << t.name << "\" " << date_text(t.as_of) << " "
        << (t.expected_decision ? to_string(*t.expected_decision) : "-") << "\n";
    for (const auto& g : t.givens) {
      out << "  given " << g.path << " = " << value_text(g.value) << "\n";
    }
    for (const auto& e : t.expectations) {
      out << "  expect " << e.rule_id << " " << to_string(e.status) << " " << e.exception.value_or("-")
          << "\n";
    }
  }
  return out.str();
}

} // namespace facepia::dsl
