// facepia init [--regime ID...] : a commented deployment skeleton with every fact the chosen instruments'
// rules read, each with its meaning and the values it takes, left unknown for the DPO to state.
#include "commands.hpp"
#include "facepia/dsl/dsl.hpp"
#include "facepia/gate/gate.hpp"

#include <algorithm>
#include <cctype>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <unistd.h>

namespace facepia::cli {
namespace {

struct InitArgs {
  std::vector<std::string> regimes;
  std::string rules;
};

std::string upper(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return text;
}

void facts_read(const dsl::Expr& expr, std::set<std::string>& out) {
  if ((expr.kind == dsl::ExprKind::fact || expr.kind == dsl::ExprKind::declared) && !expr.name.empty()) {
    out.insert(expr.name);
  }
  for (const dsl::Expr& operand : expr.operands) {
    facts_read(operand, out);
  }
}

// What the value of a fact is, in words, for its comment.
std::string takes(const dsl::Program& program, const dsl::FactDecl& fact) {
  const auto values = [&] {
    std::string list;
    if (const dsl::EnumDecl* decl = program.find_enum(fact.type.enum_name)) {
      for (const std::string& value : decl->values) {
        list += (list.empty() ? "" : ", ") + value;
      }
    }
    return list;
  };
  switch (fact.type.kind) {
  case dsl::TypeKind::boolean:
    return "true or false";
  case dsl::TypeKind::number:
    return fact.type.unit.empty() ? "a number" : "a number of " + fact.type.unit;
  case dsl::TypeKind::date:
    return "a date YYYY-MM-DD";
  case dsl::TypeKind::text:
    return "text";
  case dsl::TypeKind::enumeration:
    return "one of: " + values();
  case dsl::TypeKind::set_of_enum:
    return "a list of: " + values();
  }
  return "";
}

// `text` as comment lines of at most `width` characters at `indent`.
void comment(std::ostream& out, const std::string& indent, const std::string& text, std::size_t width = 110) {
  std::istringstream words(text);
  std::string word;
  std::string line;
  while (words >> word) {
    if (!line.empty() && indent.size() + 2 + line.size() + 1 + word.size() > width) {
      out << indent << "# " << line << "\n";
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
  }
  if (!line.empty()) {
    out << indent << "# " << line << "\n";
  }
}

int run_init(const InitArgs& args) {
  const std::filesystem::path rules =
      args.rules.empty() ? gate::default_rules_dir() : std::filesystem::path(args.rules);
  auto loaded = dsl::load({rules});
  if (!loaded.ok()) {
    loaded.diagnostics.sort();
    std::cerr << dsl::render_all(loaded.diagnostics, loaded.program.sources, isatty(2) != 0);
    std::cerr << "error: the rules in `" << rules.string() << "` do not load; no skeleton was written\n";
    return 2;
  }
  const dsl::Program& program = loaded.program;

  std::vector<const dsl::Instrument*> chosen;
  for (const std::string& regime : args.regimes) {
    const dsl::Instrument* instrument = program.find_instrument(upper(regime));
    if (instrument == nullptr) {
      std::string known;
      for (const dsl::Instrument& i : program.instruments) {
        std::string id = i.id;
        std::transform(id.begin(), id.end(), id.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        known += (known.empty() ? "" : ", ") + id;
      }
      std::cerr << "error: no instrument `" << regime << "` in the rules\nhelp: --regime takes one of "
                << known << "\n";
      return 2;
    }
    if (std::find(chosen.begin(), chosen.end(), instrument) == chosen.end()) {
      chosen.push_back(instrument);
    }
  }
  if (chosen.empty()) {
    for (const dsl::Instrument& instrument : program.instruments) {
      chosen.push_back(&instrument);
    }
  }

  std::set<std::string> paths;
  std::string names;
  for (const dsl::Instrument* instrument : chosen) {
    names += (names.empty() ? "" : ", ") + instrument->id;
    if (const dsl::InstrumentScope* scope = program.find_scope(instrument->id)) {
      facts_read(scope->condition, paths);
    }
    for (const dsl::Rule& rule : program.rules) {
      if (rule.instrument() != instrument->id) {
        continue;
      }
      for (const auto* expr : {rule.applies_when ? &*rule.applies_when : nullptr,
                               rule.requirement ? &*rule.requirement : nullptr}) {
        if (expr != nullptr) {
          facts_read(*expr, paths);
        }
      }
      for (const dsl::RuleException& exception : rule.exceptions) {
        facts_read(exception.condition, paths);
      }
    }
  }
  // Stated facts only, by their first word: the groups of the YAML.
  std::map<std::string, std::vector<const dsl::FactDecl*>> groups;
  std::vector<std::string> derived;
  for (const std::string& path : paths) {
    const dsl::FactDecl* fact = program.find_fact(path);
    if (fact == nullptr) {
      continue;
    }
    if (fact->derived) {
      derived.push_back(path);
      continue;
    }
    groups[path.substr(0, path.find('.'))].push_back(fact);
  }

  std::ostream& out = std::cout;
  comment(out, "",
          "A planned facial recognition deployment, for `facepia assess FILE`: the facts the rules of " +
              names + " read, with what each means and the values it takes.");
  comment(out, "",
          "A fact left empty is unknown, never false: a rule that needs it is undetermined, and an "
          "undetermined blocking rule denies the deployment (fail closed) and names the fact in the report. "
          "State what is known; delete nothing that matters.");
  if (!derived.empty()) {
    std::string list;
    for (const std::string& path : derived) {
      list += (list.empty() ? "" : ", ") + path;
    }
    comment(out, "",
            "The assessors judge " + list +
                " from these facts; correct a judgement only under `overrides:` with a justification.");
  }
  out << "name: \"name this deployment\"\n";
  for (const auto& [group, facts] : groups) {
    const bool nested = program.find_fact(group) == nullptr;
    out << "\n";
    if (nested) {
      out << group << ":\n";
    }
    for (const dsl::FactDecl* fact : facts) {
      const std::string indent = nested ? "  " : "";
      comment(out, indent, fact->meaning + " (" + takes(program, *fact) + ")");
      out << indent << (nested ? fact->path.substr(group.size() + 1) : fact->path) << ":\n";
    }
  }
  return 0;
}

const CommandRegistration registration{
    40, [](CLI::App& app) -> std::function<int()> {
      auto args = std::make_shared<InitArgs>();
      auto* sub = app.add_subcommand(
          "init", "print a commented deployment skeleton with every fact the chosen instruments' rules read");
      sub->footer(
          "e.g. `facepia init --regime gdpr > gate.yaml`, then state the facts and run `facepia assess "
          "gate.yaml`.\nEvery fact is left empty (unknown). Exit status: 0, or 2 for an unknown regime "
          "or rules that do not load.");
      sub->add_option(
             "--regime", args->regimes,
             "an instrument whose rules the deployment answers (gdpr, pipl, spc-fr, cac-fr, eu-aia, bipa; "
             "repeat or separate with commas; default: every instrument of the rules)")
          ->delimiter(',');
      sub->add_option("--rules", args->rules,
                      "the rules folder (default: $FACEPIA_RULES, else ./rules, else the bundled rules)");
      return [args] { return run_init(*args); };
    }};

} // namespace
} // namespace facepia::cli
