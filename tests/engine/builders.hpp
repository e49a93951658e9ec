// Hand-built rule programs for the engine's unit tests: no parser needed.
#pragma once

#include "facepia/dsl/model.hpp"
#include "facepia/engine/engine.hpp"

#include <initializer_list>
#include <string>
#include <vector>

namespace facepia::test {

using dsl::Expr;
using dsl::ExprKind;

inline dsl::Date date(const char* iso) {
  return *dsl::Date::parse(iso);
}

inline Expr fact(std::string path) {
  Expr e;
  e.kind = ExprKind::fact;
  e.name = std::move(path);
  return e;
}
inline Expr lit(dsl::Value v) {
  Expr e;
  e.kind = ExprKind::literal;
  e.literal = std::move(v);
  return e;
}
inline Expr enum_lit(std::string v) {
  return lit(dsl::EnumValue{std::move(v)});
}
inline Expr set_lit(std::initializer_list<std::string> values) {
  return lit(dsl::EnumSet(values));
}
inline Expr quantity(double v, std::string unit) {
  return lit(dsl::Quantity{v, std::move(unit)});
}
inline Expr nary(ExprKind kind, std::vector<Expr> operands) {
  Expr e;
  e.kind = kind;
  e.operands = std::move(operands);
  return e;
}
inline Expr all(std::vector<Expr> operands) {
  return nary(ExprKind::logical_and, std::move(operands));
}
inline Expr any(std::vector<Expr> operands) {
  return nary(ExprKind::logical_or, std::move(operands));
}
inline Expr negate(Expr e) {
  return nary(ExprKind::logical_not, {std::move(e)});
}
inline Expr compare(dsl::CompareOp op, Expr a, Expr b) {
  Expr e = nary(ExprKind::compare, {std::move(a), std::move(b)});
  e.op = op;
  return e;
}
inline Expr eq(Expr a, Expr b) {
  return compare(dsl::CompareOp::equal, std::move(a), std::move(b));
}
inline Expr status_of(std::string rule) {
  Expr e;
  e.kind = ExprKind::rule_status;
  e.name = std::move(rule);
  return e;
}
inline Expr as_of() {
  Expr e;
  e.kind = ExprKind::as_of;
  return e;
}
inline Expr declared(std::string path) {
  Expr e;
  e.kind = ExprKind::declared;
  e.name = std::move(path);
  return e;
}

inline dsl::ProvisionRef ref(std::string instrument, std::string number, std::string paragraph = "",
                             std::string item = "") {
  dsl::ProvisionRef r;
  r.instrument = std::move(instrument);
  r.number = std::move(number);
  r.paragraph = std::move(paragraph);
  r.item = std::move(item);
  return r;
}
inline dsl::ProvisionRef recital(std::string instrument, std::string number) {
  dsl::ProvisionRef r = ref(std::move(instrument), std::move(number));
  r.kind = dsl::ProvisionRef::Kind::recital;
  return r;
}

// A small vocabulary and two instruments: GDPR (2018-05-25) and PIPL (2021-11-01), SPC-FR (2021-08-01).
struct ProgramBuilder {
  dsl::Program program;

  ProgramBuilder() {
    instrument("GDPR", "2018-05-25");
    instrument("PIPL", "2021-11-01");
    instrument("SPC-FR", "2021-08-01");
    enumeration("controller_type", {"public_authority", "school", "employer", "commercial_venue", "other"});
    enumeration("purpose", {"attendance", "access_control", "security", "marketing"});
    fact_decl("controller.type", {dsl::TypeKind::enumeration, "", "controller_type"});
    fact_decl("controller.name", {dsl::TypeKind::text, "", ""});
    fact_decl("processing.creates_templates", {dsl::TypeKind::boolean, "", ""});
    fact_decl("consent.explicit", {dsl::TypeKind::boolean, "", ""});
    fact_decl("consent.separate", {dsl::TypeKind::boolean, "", ""});
    fact_decl("consent.written", {dsl::TypeKind::boolean, "", ""});
    fact_decl("alternatives.offered", {dsl::TypeKind::boolean, "", ""});
    fact_decl("data_subjects.count", {dsl::TypeKind::number, "persons", ""});
    fact_decl("data_subjects.minors", {dsl::TypeKind::boolean, "", ""});
    fact_decl("retention.templates", {dsl::TypeKind::number, "days", ""});
    fact_decl("deployment.start", {dsl::TypeKind::date, "", ""});
    fact_decl("purposes", {dsl::TypeKind::set_of_enum, "", "purpose"});
    fact_decl("jurisdiction.eu", {dsl::TypeKind::boolean, "", ""});
    fact_decl("assess.power_imbalance", {dsl::TypeKind::boolean, "", ""}, true);
    fact_decl("assess.consent_freely_given", {dsl::TypeKind::boolean, "", ""}, true);
  }

  void instrument(std::string id, const char* in_force) {
    dsl::Instrument i;
    i.id = std::move(id);
    i.title = i.id;
    i.in_force = date(in_force);
    program.instruments.push_back(std::move(i));
  }
  void provision(dsl::ProvisionRef r, const char* in_force = nullptr, const char* repealed = nullptr) {
    dsl::Provision p;
    p.ref = std::move(r);
    if (in_force != nullptr) {
      p.in_force = date(in_force);
    }
    if (repealed != nullptr) {
      p.repealed = date(repealed);
    }
    program.provisions.push_back(std::move(p));
  }
  void enumeration(std::string name, std::vector<std::string> values) {
    dsl::EnumDecl e;
    e.name = std::move(name);
    e.values = std::move(values);
    program.enums.push_back(std::move(e));
  }
  void fact_decl(std::string path, dsl::Type type, bool derived = false) {
    dsl::FactDecl f;
    f.path = std::move(path);
    f.type = std::move(type);
    f.meaning = "the " + f.path;
    f.derived = derived;
    program.facts.push_back(std::move(f));
  }
  void scope(std::string instrument, Expr condition) {
    program.scopes.push_back(dsl::InstrumentScope{std::move(instrument), std::move(condition), {}});
  }
  dsl::Rule& rule(std::string id, dsl::ProvisionRef cites, std::optional<Expr> requirement,
                  dsl::RuleSeverity severity = dsl::RuleSeverity::blocking) {
    dsl::Rule r;
    r.id = std::move(id);
    r.title = "rule " + r.id;
    r.citations.push_back(std::move(cites));
    r.prohibited = !requirement.has_value();
    r.requirement = std::move(requirement);
    r.severity = severity;
    r.finding = "finding of " + r.id;
    program.rules.push_back(std::move(r));
    return program.rules.back();
  }
  engine::Engine build(engine::Assessors assessors = {}) {
    program.reindex();
    return engine::Engine(std::move(program), std::move(assessors));
  }
};

inline dsl::RuleException unless(std::string name, Expr condition,
                                 std::vector<dsl::ProvisionRef> cites = {}) {
  return dsl::RuleException{std::move(name), std::move(condition), std::move(cites), {}};
}

inline dsl::RuntimeCondition imposes(std::string key, std::optional<dsl::Value> value = std::nullopt) {
  return dsl::RuntimeCondition{std::move(key), std::move(value), "impose ", {}, {}, {}};
}

} // namespace facepia::test
