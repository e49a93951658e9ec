#include "draft.hpp"

#include <sstream>

namespace facepia::studio {

std::string yaml_quoted(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    switch (c) {
    case '"':
      out += "\\\"";
      break;
    case '\\':
      out += "\\\\";
      break;
    case '\n':
      out += "\\n";
      break;
    case '\t':
      out += "\\t";
      break;
    case '\r':
      out += "\\r";
      break;
    default:
      out += c;
    }
  }
  return out + "\"";
}

namespace {

std::string number_text(double value) {
  std::ostringstream out;
  out.precision(15);
  out << value;
  return out.str();
}

struct YamlScalar {
  std::string operator()(bool b) const { return b ? "true" : "false"; }
  std::string operator()(const dsl::Quantity& q) const { return number_text(q.value); }
  std::string operator()(const dsl::Date& d) const { return d.iso(); }
  std::string operator()(const std::string& s) const { return yaml_quoted(s); }
  std::string operator()(const dsl::EnumValue& e) const { return e.name; }
  std::string operator()(const dsl::EnumSet& set) const {
    std::string out = "[";
    for (const auto& v : set) {
      out += (out.size() > 1 ? ", " : "") + v;
    }
    return out + "]";
  }
};

} // namespace

std::string yaml_value(const dsl::Value& value) {
  return std::visit(YamlScalar{}, value);
}

std::string to_yaml(const Draft& draft, const engine::Vocabulary& vocabulary) {
  std::string out =
      "# A facial recognition deployment, as answered in facepia studio; `facepia assess` reads it.\n";
  out += "name: " + yaml_quoted(draft.name.empty() ? std::string("untitled deployment") : draft.name) + "\n";
  // Groups in the order of their first fact, so that no key appears twice in a mapping.
  std::vector<std::string> groups;
  std::map<std::string, std::vector<std::pair<std::string, const dsl::Value*>>> by_group;
  for (const auto& [index, value] : draft.answers) {
    const std::string& path = vocabulary.fact(index).path;
    const auto dot = path.find('.');
    const std::string group = dot == std::string::npos ? std::string() : path.substr(0, dot);
    const std::string key = dot == std::string::npos ? path : path.substr(dot + 1);
    if (by_group.count(group) == 0) {
      groups.push_back(group);
    }
    by_group[group].emplace_back(key, &value);
  }
  for (const auto& group : groups) {
    if (group.empty()) {
      for (const auto& [key, value] : by_group[group]) {
        out += key + ": " + yaml_value(*value) + "\n";
      }
      continue;
    }
    out += group + ":\n";
    for (const auto& [key, value] : by_group[group]) {
      out += "  " + key + ": " + yaml_value(*value) + "\n";
    }
  }
  if (!draft.overrides.empty()) {
    out += "overrides:\n";
    for (const auto& o : draft.overrides) {
      out += "  " + o.fact + ":\n";
      if (o.value) {
        out += "    value: " + yaml_value(*o.value) + "\n";
      }
      if (!o.factors.empty()) {
        out += "    factors:\n";
        for (const auto& [name, value] : o.factors) {
          out += "      " + name + ": " + yaml_value(value) + "\n";
        }
      }
      out += "    justification: " + yaml_quoted(o.justification) + "\n";
    }
  }
  return out;
}

std::string diagnostics_text(const dsl::Diagnostics& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics.items()) {
    if (d.level != dsl::DiagnosticLevel::error) {
      continue;
    }
    out += out.empty() ? "" : "\n";
    out += "error" + (d.code.empty() ? std::string() : "[" + d.code + "]") + ": " + d.message;
    for (const auto& note : d.notes) {
      out += "\n= note: " + note;
    }
    if (d.help) {
      out += "\n= help: " + *d.help;
    }
  }
  return out;
}

namespace {

bool single_line(const std::string& raw) {
  for (const char ch : raw) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x20 || c == 0x7f) {
      return false;
    }
  }
  return true;
}

} // namespace

std::optional<dsl::Value> parse_answer(const engine::Vocabulary& vocabulary, const std::string& path,
                                       const std::string& raw, std::string& error) {
  const auto index = vocabulary.index(path);
  if (!index || vocabulary.fact(*index).derived) {
    error = "error: `" + path + "` is not a fact a deployment states";
    return std::nullopt;
  }
  if (!single_line(raw)) {
    error = "error: `" + path + "` takes one line (a text is quoted by the studio)";
    return std::nullopt;
  }
  auto load =
      engine::load_deployment_text("answer.yaml", "name: answer\n" + path + ": " + raw + "\n", vocabulary);
  if (!load.ok()) {
    error = diagnostics_text(load.diagnostics);
    return std::nullopt;
  }
  if (load.deployments.size() != 1 || load.deployments.front().facts.known() != 1) {
    error = "error: `" + path + "` expects one value";
    return std::nullopt;
  }
  const dsl::Value* value = load.deployments.front().facts.get(*index);
  if (value == nullptr) {
    error = "error: `" + path + "` expects one value";
    return std::nullopt;
  }
  return *value;
}

std::optional<engine::Override> parse_override(const engine::Vocabulary& vocabulary, const std::string& path,
                                               const std::string& raw_value, const std::string& justification,
                                               std::string& error) {
  if (!single_line(raw_value) || !single_line(path)) {
    error = "error: an override's value takes one line";
    return std::nullopt;
  }
  const std::string text = "name: answer\noverrides:\n  " + path + ":\n    value: " + raw_value +
                           "\n    justification: " + yaml_quoted(justification) + "\n";
  auto load = engine::load_deployment_text("answer.yaml", text, vocabulary);
  if (!load.ok()) {
    error = diagnostics_text(load.diagnostics);
    return std::nullopt;
  }
  if (load.deployments.size() != 1 || load.deployments.front().overrides.size() != 1) {
    error = "error: expected one override";
    return std::nullopt;
  }
  return load.deployments.front().overrides.front();
}

Draft draft_of(const engine::Deployment& deployment) {
  Draft draft;
  draft.name = deployment.name;
  const auto& vocabulary = deployment.facts.vocabulary();
  for (std::size_t i = 0; i < vocabulary.size(); ++i) {
    if (const dsl::Value* value = deployment.facts.get(i); value != nullptr && !vocabulary.fact(i).derived) {
      draft.answers.emplace(i, *value);
    }
  }
  draft.overrides = deployment.overrides;
  return draft;
}

} // namespace facepia::studio
