// The compiler: a checked program into CompiledRules, every fact resolved to its vocabulary index, every
// provision's dates in force resolved, each expression printed once for the explanations.
#include "compiled_rules.hpp"

#include <algorithm>
#include <set>
#include <stdexcept>

namespace facepia::engine {
namespace {

Window window_of(const dsl::Program& program, const dsl::ProvisionRef& ref) {
  Window w;
  const auto* instrument = program.find_instrument(ref.instrument);
  if (instrument != nullptr) {
    w.from = instrument->in_force;
    w.until = instrument->repealed;
    w.instrument_from = instrument->in_force;
    w.instrument_until = instrument->repealed;
  }
  const auto* provision = program.find_provision(ref);
  w.instrument_level = provision == nullptr;
  if (provision != nullptr) {
    if (provision->in_force && *provision->in_force > w.from) {
      w.from = *provision->in_force;
    }
    if (provision->repealed && (!w.until || *provision->repealed < *w.until)) {
      w.until = provision->repealed;
    }
  }
  return w;
}

class Compiler {
public:
  explicit Compiler(CompiledRules& model) : model_(model), program_(model.program) {}

  Node compile(const dsl::Expr& e) {
    Node n;
    n.kind = e.kind;
    n.op = e.op;
    n.expr = &e;
    n.text = dsl::to_string(e);
    switch (e.kind) {
    case dsl::ExprKind::literal:
      n.value = e.literal;
      break;
    case dsl::ExprKind::fact:
    case dsl::ExprKind::declared:
      if (auto index = model_.vocabulary->index(e.name)) {
        n.fact = static_cast<int>(*index);
        if (model_.vocabulary->fact(*index).derived) {
          derived_.insert(e.name);
        }
      } else if (e.kind == dsl::ExprKind::fact && is_enum_value(e.name)) {
        n.kind = dsl::ExprKind::literal; // a bare enum value the lowering left as a name
        n.value = dsl::EnumValue{e.name};
      } else {
        throw std::invalid_argument("the rules use the undeclared fact `" + e.name + "`");
      }
      break;
    case dsl::ExprKind::rule_status:
      for (std::size_t i = 0; i < program_.rules.size(); ++i) {
        if (program_.rules[i].id == e.name) {
          n.rule = static_cast<int>(i);
        }
      }
      if (n.rule < 0) {
        throw std::invalid_argument("the rules refer to the undeclared rule `" + e.name + "`");
      }
      break;
    default:
      break;
    }
    for (const auto& operand : e.operands) {
      n.children.push_back(compile(operand));
    }
    return n;
  }

  void run() {
    for (const auto& scope : program_.scopes) {
      model_.scopes.push_back(compile(scope.condition));
      model_.scope_instruments.push_back(scope.instrument);
    }
    std::map<std::string, std::size_t> cited;
    auto cite = [&](const dsl::ProvisionRef& ref) {
      const std::string label = ref.label();
      if (cited.emplace(label, model_.provisions.size()).second) {
        model_.provisions.push_back(CitedProvision{label, ref.instrument, window_of(program_, ref)});
      }
    };
    for (const auto& rule : program_.rules) {
      if (rule.citations.empty()) {
        throw std::invalid_argument("rule `" + rule.id + "` cites no provision");
      }
      derived_.clear();
      CompiledRule c;
      c.rule = &rule;
      for (std::size_t i = 0; i < model_.scope_instruments.size(); ++i) {
        if (model_.scope_instruments[i] == rule.instrument()) {
          c.scope = static_cast<int>(i);
        }
      }
      auto known = std::find(model_.instruments.begin(), model_.instruments.end(), rule.instrument());
      c.instrument = static_cast<std::size_t>(known - model_.instruments.begin());
      if (known == model_.instruments.end()) {
        model_.instruments.push_back(rule.instrument());
      }
      c.window = window_of(program_, rule.citations.front());
      for (const auto& ref : rule.citations) {
        cite(ref);
      }
      if (rule.applies_when) {
        c.applies = compile(*rule.applies_when);
      }
      if (!rule.prohibited) {
        if (!rule.requirement) {
          throw std::invalid_argument("rule `" + rule.id + "` has neither `requires` nor `prohibited`");
        }
        c.requirement = compile(*rule.requirement);
      }
      for (const auto& exception : rule.exceptions) {
        CompiledException ce{compile(exception.condition), {}};
        for (const auto& ref : exception.citations) {
          ce.windows.push_back(window_of(program_, ref));
          cite(ref);
        }
        c.exceptions.push_back(std::move(ce));
      }
      c.message = compile_message(rule.finding);
      c.derived_read.assign(derived_.begin(), derived_.end());
      model_.rules.push_back(std::move(c));
    }
    for (const auto& fact : model_.vocabulary->facts()) {
      if (fact.derived) {
        ++model_.derived_count;
      }
    }
    if (auto index = model_.vocabulary->index("deployment.start");
        index && model_.vocabulary->fact(*index).type.kind == dsl::TypeKind::date) {
      model_.deployment_start = static_cast<int>(*index);
    }
  }

private:
  bool is_enum_value(const std::string& name) const {
    for (const auto& e : program_.enums) {
      if (std::find(e.values.begin(), e.values.end(), name) != e.values.end()) {
        return true;
      }
    }
    return false;
  }

  std::vector<MessagePart> compile_message(const std::string& text) const {
    std::vector<MessagePart> parts;
    std::string literal;
    std::size_t i = 0;
    while (i < text.size()) {
      if (text[i] == '{') {
        const std::size_t close = text.find('}', i);
        if (close != std::string::npos) {
          const std::string path = text.substr(i + 1, close - i - 1);
          if (auto index = model_.vocabulary->index(path)) {
            if (!literal.empty()) {
              parts.push_back(MessagePart{std::move(literal), -1});
              literal.clear();
            }
            parts.push_back(MessagePart{path, static_cast<int>(*index)});
            i = close + 1;
            continue;
          }
        }
      }
      literal += text[i++];
    }
    if (!literal.empty()) {
      parts.push_back(MessagePart{std::move(literal), -1});
    }
    return parts;
  }

  CompiledRules& model_;
  const dsl::Program& program_;
  std::set<std::string> derived_;
};

} // namespace

void compile(CompiledRules& rules) {
  Compiler(rules).run();
}

} // namespace facepia::engine
