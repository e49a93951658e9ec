// facepia schema : the JSON Schema of the deployment YAML, generated from the vocabulary of the rules, so
// that YAML editors complete and check deployments (a misspelled fact is refused, as `facepia assess` refuses
// it).
#include "commands.hpp"
#include "facepia/dsl/dsl.hpp"
#include "facepia/gate/gate.hpp"

#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <unistd.h>

namespace facepia::cli {
namespace {

using nlohmann::json;

struct SchemaArgs {
  std::string rules;
};

// The units whose counts cannot be negative, as the deployment loader reads them (FP-D0205).
bool non_negative(const std::string& unit) {
  static const std::set<std::string> units = {"seconds", "minutes", "hours",   "days",  "weeks",
                                              "months",  "years",   "persons", "people"};
  return units.count(unit) > 0;
}

// A fact's value as the loader reads it; null states it unknown, as leaving it out does.
json value_schema(const dsl::Program& program, const dsl::FactDecl& fact) {
  json schema{{"description", fact.meaning}};
  switch (fact.type.kind) {
  case dsl::TypeKind::boolean:
    schema["type"] = {"boolean", "null"};
    break;
  case dsl::TypeKind::number: {
    json number{{"type", "number"}};
    std::string pattern = "^-?[0-9]+(\\.[0-9]+)?$";
    if (non_negative(fact.type.unit)) {
      number["minimum"] = 0;
      pattern = "^[0-9]+(\\.[0-9]+)?$";
    }
    if (!fact.type.unit.empty()) {
      // `30`, `30 days` or `1 day`: the loader takes the unit, or its singular, after the number.
      std::string singular = fact.type.unit;
      if (singular.size() > 1 && singular.back() == 's') {
        singular.pop_back();
      }
      pattern = pattern.substr(0, pattern.size() - 1) + " *(" + fact.type.unit + "|" + singular + ")?$";
    }
    schema["anyOf"] = {number, {{"type", "string"}, {"pattern", pattern}}, {{"type", "null"}}};
    if (!fact.type.unit.empty()) {
      schema["description"] = fact.meaning + " (in " + fact.type.unit + ")";
    }
    break;
  }
  case dsl::TypeKind::date:
    schema["anyOf"] = {{{"type", "string"}, {"pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}}, {{"type", "null"}}};
    break;
  case dsl::TypeKind::text:
    schema["type"] = {"string", "null"};
    break;
  case dsl::TypeKind::enumeration:
  case dsl::TypeKind::set_of_enum: {
    json values = json::array();
    if (const dsl::EnumDecl* decl = program.find_enum(fact.type.enum_name)) {
      for (const std::string& value : decl->values) {
        values.push_back(value);
      }
    }
    if (fact.type.kind == dsl::TypeKind::enumeration) {
      values.push_back(nullptr);
      schema["enum"] = values;
    } else {
      schema["type"] = {"array", "null"};
      schema["items"] = {{"enum", values}};
      schema["uniqueItems"] = true;
    }
    break;
  }
  }
  return schema;
}

// The fact paths and groups under `group` ("" for the top), each by every suffix it can be written as: under
// `processing`, `creates_templates`; at the top, `processing.creates_templates` and `processing` alike.
json group_schema(const dsl::Program& program, const std::string& group,
                  const std::set<std::string>& groups) {
  json properties = json::object();
  const std::string prefix = group.empty() ? "" : group + ".";
  for (const dsl::FactDecl& fact : program.facts) {
    if (fact.derived || fact.path.compare(0, prefix.size(), prefix) != 0) {
      continue;
    }
    const std::string rest = fact.path.substr(prefix.size());
    properties[rest] = {{"$ref", "#/$defs/fact:" + fact.path}};
    // Every group between `group` and the fact, by its suffix.
    for (std::size_t dot = rest.find('.'); dot != std::string::npos; dot = rest.find('.', dot + 1)) {
      const std::string sub = rest.substr(0, dot);
      if (groups.count(prefix + sub) != 0) {
        properties[sub] = {{"$ref", "#/$defs/group:" + prefix + sub}};
      }
    }
  }
  return {{"type", group.empty() ? json("object") : json({"object", "null"})},
          {"properties", properties},
          {"additionalProperties", false}};
}

json deployment_schema(const dsl::Program& program) {
  std::set<std::string> groups;
  for (const dsl::FactDecl& fact : program.facts) {
    for (std::size_t dot = fact.path.find('.'); dot != std::string::npos;
         dot = fact.path.find('.', dot + 1)) {
      groups.insert(fact.path.substr(0, dot));
    }
  }
  json defs = json::object();
  json derived = json::object();
  for (const dsl::FactDecl& fact : program.facts) {
    if (fact.derived) {
      derived[fact.path] = {
          {"description", fact.meaning},
          {"type", "object"},
          {"properties",
           {{"value", value_schema(program, fact)},
            {"factors", {{"type", "object"}, {"description", "the assessor's factors corrected, by name"}}},
            {"justification", {{"type", "string"}, {"minLength", 1}}}}},
          {"required", {"justification"}},
          {"additionalProperties", false}};
    } else {
      defs["fact:" + fact.path] = value_schema(program, fact);
    }
  }
  for (const std::string& group : groups) {
    json schema = group_schema(program, group, groups);
    if (!schema["properties"].empty()) {
      defs["group:" + group] = std::move(schema);
    }
  }
  json top = group_schema(program, "", groups);
  for (auto& [key, value] : top["properties"].items()) {
    const std::string ref = value["$ref"];
    if (ref.rfind("#/$defs/group:", 0) == 0 && !defs.contains(ref.substr(8))) {
      // A group of derived facts only: nothing in it can be stated (see `overrides`).
      value = {{"type", {"object", "null"}}, {"additionalProperties", false}};
    }
  }
  if (program.find_fact("name") == nullptr) {
    top["properties"]["name"] = {{"type", "string"}, {"description", "the deployment's name"}};
  }
  top["properties"]["overrides"] = {
      {"type", "object"},
      {"description", "assessors' judgements corrected, each with its justification"},
      {"properties", derived},
      {"additionalProperties", false}};
  json schema{{"$schema", "https://json-schema.org/draft/2020-12/schema"},
              {"title", "facepia deployment"},
              {"description",
               "A planned facial recognition deployment, as `facepia assess` reads it: the facts "
               "of the rules' vocabulary, by path (`consent.separate: true`) or by group "
               "(`consent: {separate: true}`). A fact left out or null is unknown."}};
  for (auto& [key, value] : top.items()) {
    schema[key] = value;
  }
  schema["$defs"] = defs;
  return schema;
}

int run_schema(const SchemaArgs& args) {
  const std::filesystem::path rules =
      args.rules.empty() ? gate::default_rules_dir() : std::filesystem::path(args.rules);
  auto loaded = dsl::load({rules});
  if (!loaded.ok()) {
    loaded.diagnostics.sort();
    std::cerr << dsl::render_all(loaded.diagnostics, loaded.program.sources, isatty(2) != 0);
    std::cerr << "error: the rules in `" << rules.string() << "` do not load; no schema was written\n";
    return 2;
  }
  std::cout << deployment_schema(loaded.program).dump(2) << "\n";
  return 0;
}

const CommandRegistration registration{
    45, [](CLI::App& app) -> std::function<int()> {
      auto args = std::make_shared<SchemaArgs>();
      auto* sub = app.add_subcommand(
          "schema", "print the JSON Schema of the deployment YAML, generated from the rules' vocabulary");
      sub->footer(
          "For YAML editors: e.g. `facepia schema > deployment.schema.json`, then in a deployment\n"
          "`# yaml-language-server: $schema=deployment.schema.json`. Every fact of the vocabulary, by path\n"
          "or by group, with its type and description; derived facts only under `overrides`; any other\n"
          "key is refused. Exit status: 0, or 2 when the rules do not load.");
      sub->add_option("--rules", args->rules,
                      "the rules folder (default: $FACEPIA_RULES, else ./rules, else the bundled rules)");
      return [args] { return run_schema(*args); };
    }};

} // namespace
} // namespace facepia::cli
