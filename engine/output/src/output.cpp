#include "facepia/engine/output.hpp"

#include <algorithm>
#include <set>
#include <stdexcept>

namespace facepia::engine {

namespace {

nlohmann::json value_json(const dsl::Value& v) {
  return std::visit(
      [](const auto& x) -> nlohmann::json {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, bool>) {
          return x;
        } else if constexpr (std::is_same_v<T, dsl::Quantity>) {
          if (x.unit.empty()) {
            return x.value;
          }
          return nlohmann::json{{"value", x.value}, {"unit", x.unit}};
        } else if constexpr (std::is_same_v<T, dsl::Date>) {
          return x.iso();
        } else if constexpr (std::is_same_v<T, std::string>) {
          return x;
        } else if constexpr (std::is_same_v<T, dsl::EnumValue>) {
          return x.name;
        } else {
          return nlohmann::json(std::vector<std::string>(x.begin(), x.end()));
        }
      },
      v);
}

nlohmann::json derived_json(const DerivedValue& d) {
  nlohmann::json j{{"fact", d.fact},
                   {"value", d.value ? value_json(*d.value) : nlohmann::json("unknown")},
                   {"assessor", d.assessor},
                   {"reasoning", d.reasoning},
                   {"overridden", d.overridden}};
  if (d.overridden) {
    j["justification"] = d.justification;
  }
  nlohmann::json factors = nlohmann::json::array();
  for (const auto& f : d.factors) {
    nlohmann::json fj{{"name", f.name},
                      {"value", f.value ? value_json(*f.value) : nlohmann::json("unknown")},
                      {"source", f.source},
                      {"reasoning", f.reasoning},
                      {"overridden", f.overridden}};
    if (f.overridden) {
      fj["justification"] = f.justification;
    }
    factors.push_back(std::move(fj));
  }
  j["factors"] = std::move(factors);
  return j;
}

const char* status_words(dsl::Status s) {
  switch (s) {
  case dsl::Status::breach:
    return "BREACH";
  case dsl::Status::compliant:
    return "compliant";
  case dsl::Status::not_applicable:
    return "not applicable";
  case dsl::Status::undetermined:
    return "UNDETERMINED";
  }
  return "";
}

std::string truth_words(const ExplainNode& n) {
  if (!n.boolean) {
    return n.value ? *n.value : "unknown";
  }
  return std::string(to_string(n.truth));
}

void node_text(const ExplainNode& n, const std::string& indent, std::string& out) {
  out += indent;
  if (!n.fact.empty()) {
    if (n.value) {
      out += n.fact + " = " + *n.value;
      if (n.boolean && n.truth != Truth::unknown && *n.value != "true" && *n.value != "false" &&
          n.value->find("stated") == std::string::npos) {
        out += " (" + truth_words(n) + ")";
      }
    } else {
      out += n.fact + " is not known (the deployment does not state it)";
    }
    out += "\n";
    return;
  }
  out += n.condition + "  -> " + truth_words(n) + "\n";
  for (const auto& c : n.children) {
    // A literal (`law_enforcement`, `{a, b}`) only repeats what its parent's line already shows.
    const bool literal = c.fact.empty() && c.children.empty() && !c.boolean;
    if (!literal) {
      node_text(c, indent + "    ", out);
    }
  }
}

std::string citation_labels(const std::vector<dsl::ProvisionRef>& refs) {
  std::string out;
  for (const auto& r : refs) {
    out += (out.empty() ? "" : ", ") + r.label();
  }
  return out;
}

} // namespace

nlohmann::json citation_json(const dsl::ProvisionRef& ref) {
  nlohmann::json j{{"instrument", ref.instrument},
                   {"kind", std::string(dsl::to_string(ref.kind))},
                   {"article", ref.number},
                   {"label", ref.label()}};
  if (!ref.paragraph.empty()) {
    j["paragraph"] = ref.paragraph;
  }
  if (!ref.item.empty()) {
    j["item"] = ref.item;
  }
  return j;
}

nlohmann::json to_json(const ExplainNode& n) {
  nlohmann::json j{{"condition", n.condition}};
  if (n.boolean) {
    j["value"] =
        n.truth == Truth::unknown ? nlohmann::json("unknown") : nlohmann::json(n.truth == Truth::true_);
  } else {
    j["value"] = n.value ? nlohmann::json(*n.value) : nlohmann::json("unknown");
  }
  if (!n.fact.empty()) {
    j["fact"] = n.fact;
    j["fact_value"] = n.value ? nlohmann::json(*n.value) : nlohmann::json("unknown");
  }
  if (!n.children.empty()) {
    nlohmann::json children = nlohmann::json::array();
    for (const auto& c : n.children) {
      children.push_back(to_json(c));
    }
    j["children"] = std::move(children);
  }
  return j;
}

nlohmann::json to_json(const Assessment& a) {
  nlohmann::json j;
  j["decision"] = std::string(dsl::to_string(a.decision));
  j["assessment_id"] = a.id;
  j["deployment"] = {{"name", a.deployment_name}, {"file", a.deployment_file}};
  j["as_of"] = a.as_of.iso();
  j["as_of_source"] = a.as_of_source;
  j["engine_version"] = std::string(engine_version());

  std::map<std::string, const DerivedValue*> derived;
  for (const auto& d : a.derived) {
    derived[d.fact] = &d;
  }
  nlohmann::json findings = nlohmann::json::array();
  for (const auto& f : a.findings) {
    const dsl::Rule& r = *f.rule;
    nlohmann::json fj{{"rule", r.id},
                      {"title", r.title},
                      {"status", std::string(dsl::to_string(f.status))},
                      {"severity", std::string(dsl::to_string(r.severity))},
                      {"reason", std::string(to_string(f.reason))}};
    nlohmann::json citations = nlohmann::json::array();
    for (const auto& c : r.citations) {
      citations.push_back(citation_json(c));
    }
    fj["citations"] = std::move(citations);
    fj["message"] = f.message;
    fj["refuses"] = f.refuses;
    if (!r.remedy.empty() && (f.status == dsl::Status::breach || f.status == dsl::Status::undetermined)) {
      fj["remedy"] = r.remedy;
    }
    fj["missing_facts"] = f.missing_facts;
    if (f.exception) {
      const auto& e = r.exceptions[*f.exception];
      nlohmann::json ec = nlohmann::json::array();
      for (const auto& c : e.citations) {
        ec.push_back(citation_json(c));
      }
      fj["exception"] = {{"name", e.name}, {"citations", std::move(ec)}};
    }
    if (!f.exceptions_not_in_force.empty()) {
      nlohmann::json names = nlohmann::json::array();
      for (auto i : f.exceptions_not_in_force) {
        names.push_back(r.exceptions[i].name);
      }
      fj["exceptions_not_in_force"] = std::move(names);
    }
    nlohmann::json explanation = nlohmann::json::array();
    for (const auto& p : f.explanation) {
      nlohmann::json pj{{"part", p.role},
                        {"note", p.note},
                        {"value", p.truth == Truth::unknown ? nlohmann::json("unknown")
                                                            : nlohmann::json(p.truth == Truth::true_)}};
      if (!p.name.empty()) {
        pj["name"] = p.name;
      }
      if (p.tree) {
        pj["tree"] = to_json(*p.tree);
      }
      explanation.push_back(std::move(pj));
    }
    fj["explanation"] = std::move(explanation);
    nlohmann::json read = nlohmann::json::array();
    for (const auto& fact : f.derived_facts_read) {
      if (auto it = derived.find(fact); it != derived.end()) {
        read.push_back(derived_json(*it->second));
      }
    }
    if (!read.empty()) {
      fj["derived"] = std::move(read);
    }
    findings.push_back(std::move(fj));
  }
  j["findings"] = std::move(findings);

  nlohmann::json conditions = nlohmann::json::array();
  for (const auto& c : a.conditions) {
    nlohmann::json cj{
        {"key", c.condition->key}, {"rule", c.rule->id}, {"description", c.condition->description}};
    cj["value"] = c.condition->value ? value_json(*c.condition->value) : nlohmann::json(nullptr);
    cj["text"] = c.condition->value ? dsl::format_value(*c.condition->value) : std::string();
    if (c.cures()) {
      cj["cures"] = std::string(dsl::to_string(c.rule_status)); // the rule's status that the condition cures
    }
    conditions.push_back(std::move(cj));
  }
  j["conditions"] = std::move(conditions);
  j["open_questions"] = a.open_questions();

  nlohmann::json applied = nlohmann::json::array();
  nlohmann::json not_in_force = nlohmann::json::array();
  for (const auto& p : a.provisions) {
    if (p.state == ProvisionState::in_force) {
      applied.push_back(p.label);
    } else {
      nlohmann::json pj{{"label", p.label},
                        {"instrument", p.instrument},
                        {"state", std::string(to_string(p.state))},
                        {"in_force", p.in_force.iso()}};
      if (p.repealed) {
        pj["repealed"] = p.repealed->iso();
      }
      not_in_force.push_back(std::move(pj));
    }
  }
  nlohmann::json instruments = nlohmann::json::array();
  for (const auto& i : a.instruments) {
    nlohmann::json ij{{"instrument", i.id}, {"state", std::string(to_string(i.state))}};
    if (!i.scope_missing.empty()) {
      ij["scope_missing_facts"] = i.scope_missing;
    }
    if (!i.out_of_scope_note.empty()) {
      ij["out_of_scope_note"] = i.out_of_scope_note;
    }
    instruments.push_back(std::move(ij));
  }
  j["instruments"] = std::move(instruments);
  j["no_instrument_applies"] = a.no_instrument_applies;
  j["not_assessed"] = a.not_assessed;
  j["provisions_applied"] = std::move(applied);
  j["provisions_not_in_force"] = std::move(not_in_force);
  nlohmann::json d = nlohmann::json::array();
  for (const auto& dv : a.derived) {
    d.push_back(derived_json(dv));
  }
  j["derived"] = std::move(d);
  return j;
}

std::string explain_text(const std::vector<ExplainPart>& parts, const std::string& indent) {
  std::string out;
  for (const auto& p : parts) {
    std::string head =
        p.role == "unless" ? "unless " + p.name : (p.role == "applies_when" ? "applies when" : p.role);
    if (p.role == "in_force") {
      head = "in force";
    }
    out += indent + head + ": " + p.note + "\n";
    // A scope that holds is said in words; its tree (the same for every rule of the instrument) is in the
    // JSON.
    if (p.tree && !(p.role == "scope" && p.truth == Truth::true_)) {
      node_text(*p.tree, indent + "    ", out);
    }
  }
  return out;
}

std::string to_text(const Assessment& a, bool verbose) {
  std::string out;
  std::string decision = std::string(dsl::to_string(a.decision));
  if (a.decision == dsl::Decision::conditional) {
    decision = "CONDITIONAL (allowed only under the conditions below)";
  } else if (a.decision == dsl::Decision::deny) {
    decision = "DENY";
  } else {
    decision = "ALLOW";
  }
  out += "deployment: " + a.deployment_name +
         (a.deployment_file.empty() ? "" : " (" + a.deployment_file + ")") + "\n";
  out += "decision:   " + decision + "\n";
  out += "as of:      " + a.as_of.iso() + " (" + a.as_of_source + ")\n";
  out += "assessment: " + a.id + "\n";

  if (a.no_instrument_applies) {
    out += "reason:     no encoded instrument applies on " + a.as_of.iso() +
           "; the rules cannot say the deployment is lawful, so the gate refuses it (fail closed)\n";
  }
  for (const auto& i : a.instruments) {
    if (i.state == InstrumentState::not_assessed) {
      out += "reason:     not assessed: " + i.id +
             " applies, but none of its encoded rules covers this deployment; the rules cannot say it is "
             "lawful, so "
             "the gate refuses it (fail closed)\n";
    }
  }
  if (!a.instruments.empty()) {
    out += "instruments:";
    for (const auto& i : a.instruments) {
      std::string state(to_string(i.state)); // the JSON's word, in plain spelling: "out of scope"
      std::replace(state.begin(), state.end(), '_', ' ');
      if (i.state == InstrumentState::scope_unknown) {
        state = "scope unknown (state";
        for (const auto& fact : i.scope_missing) {
          state += " " + fact;
        }
        state += ")";
      }
      out += " " + i.id + " " + state + (&i == &a.instruments.back() ? "" : ",");
    }
    out += "\n";
    // Why an instrument is out of scope matters most when none applies: the refusal's reason names the law
    // that governs instead (the Law Enforcement Directive for the police, for instance).
    for (const auto& i : a.instruments) {
      if (!i.out_of_scope_note.empty() && (a.no_instrument_applies || verbose)) {
        out += "            " + i.id + " is out of scope: " + std::string(i.out_of_scope_note) + "\n";
      }
    }
  }
  std::size_t counts[4] = {0, 0, 0, 0};
  for (const auto& f : a.findings) {
    ++counts[static_cast<int>(f.status)];
  }
  out += "findings:   " + std::to_string(counts[0]) + " breach, " + std::to_string(counts[3]) +
         " undetermined, " + std::to_string(counts[1]) + " compliant, " + std::to_string(counts[2]) +
         " not applicable\n";

  for (auto wanted : {dsl::Status::breach, dsl::Status::undetermined, dsl::Status::compliant,
                      dsl::Status::not_applicable}) {
    for (const auto& f : a.findings) {
      if (f.status != wanted) {
        continue;
      }
      const dsl::Rule& r = *f.rule;
      const bool detailed = verbose || wanted == dsl::Status::breach || wanted == dsl::Status::undetermined;
      if (!detailed && wanted == dsl::Status::not_applicable) {
        continue;
      }
      out += "\n[" + std::string(status_words(f.status)) + "] " + r.id + " (" +
             std::string(dsl::to_string(r.severity)) + ") " + citation_labels(r.citations) + "\n";
      out += "  " + r.title + "\n";
      if (wanted == dsl::Status::breach || wanted == dsl::Status::undetermined) {
        out += "  finding: " + f.message + "\n";
      }
      if (f.exception) {
        const auto& e = r.exceptions[*f.exception];
        out += "  the exception `" + e.name + "` applies (" + citation_labels(e.citations) + ")\n";
      }
      for (auto i : f.exceptions_not_in_force) {
        out += "  the exception `" + r.exceptions[i].name +
               "` cannot apply: its provision is not in force on " + a.as_of.iso() + "\n";
      }
      if (!f.missing_facts.empty()) {
        out += "  open questions (facts the deployment does not state):";
        for (const auto& m : f.missing_facts) {
          out += " " + m;
        }
        out += "\n";
      }
      if (!r.remedy.empty() && (wanted == dsl::Status::breach || wanted == dsl::Status::undetermined)) {
        out += "  remedy: " + r.remedy + "\n";
      }
      if (detailed && !f.explanation.empty()) {
        out += "  why:\n" + explain_text(f.explanation, "    ");
      }
      for (const auto& fact : f.derived_facts_read) {
        for (const auto& d : a.derived) {
          if (d.fact != fact) {
            continue;
          }
          out += "  " + d.fact + " = " + (d.value ? dsl::format_value(*d.value) : "unknown");
          out += d.assessor.empty() ? "" : " (judged by " + d.assessor + ")";
          out += "\n";
          if (d.overridden) {
            out += "    overridden by the assessor's justification: " + d.justification + "\n";
          }
          for (const auto& factor : d.factors) {
            out += "    factor " + factor.name + " = " +
                   (factor.value ? dsl::format_value(*factor.value) : "unknown") +
                   (factor.source.empty() ? "" : " [" + factor.source + "]") +
                   (factor.overridden ? " overridden: " + factor.justification : "") + "\n";
          }
        }
      }
    }
  }
  if (!a.conditions.empty()) {
    out += "\nconditions the runtime must enforce:\n";
    for (const auto& c : a.conditions) {
      out += "  " + c.condition->key;
      if (c.condition->value) {
        out += " " + dsl::format_value(*c.condition->value);
      }
      out += ": " + c.condition->description + " (" + c.rule->id +
             (c.cures() ? ", curing its " + std::string(dsl::to_string(c.rule_status)) : "") + ")\n";
    }
  }
  const auto questions = a.open_questions();
  if (!questions.empty()) {
    out += "\nopen questions that decide the refusal:\n";
    for (const auto& q : questions) {
      const auto* decl = a.facts.vocabulary().index(q)
                             ? &a.facts.vocabulary().fact(*a.facts.vocabulary().index(q))
                             : nullptr;
      out += "  " + q + (decl ? ": " + decl->meaning : "") + "\n";
    }
  }
  std::set<std::string> not_in_force;
  for (const auto& p : a.provisions) {
    if (p.state != ProvisionState::in_force) {
      not_in_force.insert(std::string(p.label) + (p.state == ProvisionState::not_yet_in_force
                                                      ? " (not yet in force, from " + p.in_force.iso() + ")"
                                                      : " (no longer in force)"));
    }
  }
  std::size_t applied = a.provisions.size() - not_in_force.size();
  out += "\nprovisions applied: " + std::to_string(applied) + " in force on " + a.as_of.iso() + "\n";
  if (!not_in_force.empty()) {
    out += "provisions not applied:\n";
    for (const auto& p : not_in_force) {
      out += "  " + p + "\n";
    }
  }
  return out;
}

} // namespace facepia::engine
