#include "facepia/gate/gate.hpp"

#include "facepia/assessors/assessors.hpp"
#include "facepia/dsl/dsl.hpp"
#include "facepia/engine/engine.hpp"
#include "facepia/engine/signature.hpp"
#include "facepia/engine/store.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>

#ifndef FACEPIA_SOURCE_DIR
#define FACEPIA_SOURCE_DIR "."
#endif

namespace facepia::gate {

RulesFolder default_rules() {
  if (const char* env = std::getenv("FACEPIA_RULES"); env != nullptr && *env != '\0') {
    return {env, "$FACEPIA_RULES"};
  }
  std::error_code error;
  if (std::filesystem::is_directory("rules", error)) {
    return {"rules", "./rules"};
  }
  // Installed (`cmake --install`): the rules installed beside the program, PREFIX/bin/facepia ->
  // PREFIX/share/facepia/rules. Else the source tree's.
  const auto program = std::filesystem::read_symlink("/proc/self/exe", error);
  if (!error) {
    const auto installed = program.parent_path().parent_path() / "share" / "facepia" / "rules";
    if (std::filesystem::is_directory(installed, error)) {
      return {installed, "installed"};
    }
  }
  return {std::filesystem::path(FACEPIA_SOURCE_DIR) / "rules", "bundled"};
}

std::filesystem::path default_rules_dir() {
  return default_rules().path;
}

std::filesystem::path default_database() {
  if (const char* env = std::getenv("FACEPIA_DB"); env != nullptr && *env != '\0') {
    return env;
  }
  return "facepia.db";
}

namespace {

struct Loaded {
  std::optional<engine::Engine> engine;
  std::optional<engine::Assessment> assessment;
};

Loaded load_and_assess(const Request& request, Answer& answer) {
  Loaded loaded;
  const auto rules_dir = request.rules_dir.empty() ? default_rules_dir() : request.rules_dir;
  auto rules = dsl::load({rules_dir});
  if (!rules.ok()) {
    answer.errors.push_back("the rules in `" + rules_dir.string() + "` do not load: " +
                            std::to_string(rules.diagnostics.error_count()) + " errors (run `facepia lint`)");
    return loaded;
  }
  loaded.engine.emplace(std::move(rules.program), assessors::standard());
  auto deployments = engine::load_deployments({request.deployment}, loaded.engine->vocabulary());
  if (!deployments.ok()) {
    for (const auto& d : deployments.diagnostics.items()) {
      if (d.level == dsl::DiagnosticLevel::error) {
        const auto& file = deployments.sources.file(d.span.file);
        const auto lc = file.line_column(d.span.begin);
        answer.errors.push_back(file.path() + ":" + std::to_string(lc.line) + ":" +
                                std::to_string(lc.column) + ": " + d.message);
      }
    }
    return loaded;
  }
  if (deployments.deployments.size() != 1) {
    answer.errors.push_back("`" + request.deployment.string() + "` must hold exactly one deployment, not " +
                            std::to_string(deployments.deployments.size()));
    return loaded;
  }
  engine::AssessOptions options;
  options.explain = false;
  if (request.as_of) {
    auto date = dsl::Date::parse(*request.as_of);
    if (!date) {
      answer.errors.push_back("`" + *request.as_of + "` is not a date YYYY-MM-DD");
      return loaded;
    }
    options.as_of = *date;
  }
  loaded.assessment = loaded.engine->assess(deployments.deployments.front(), options);
  return loaded;
}

Condition to_condition(const engine::ImposedCondition& imposed) {
  Condition c;
  c.key = imposed.condition->key;
  c.description = imposed.condition->description;
  c.rule = imposed.rule->id;
  if (const auto& v = imposed.condition->value) {
    c.text = dsl::format_value(*v);
    if (const auto* q = std::get_if<dsl::Quantity>(&*v)) {
      c.number = q->value;
      c.unit = q->unit;
    } else if (const auto* set = std::get_if<dsl::EnumSet>(&*v)) {
      c.set.assign(set->begin(), set->end());
    }
  }
  return c;
}

// The names a fact holds: a set's members, or an enumeration's one value.
std::vector<std::string> names_of(const engine::Facts& facts, std::string_view path) {
  if (const auto* set = facts.get_as<dsl::EnumSet>(path)) {
    return {set->begin(), set->end()};
  }
  if (const auto* e = facts.get_as<dsl::EnumValue>(path)) {
    return {e->name};
  }
  return {};
}

Declared declared_of(const engine::Assessment& a) {
  Declared d;
  d.name = a.deployment_name;
  d.purposes = names_of(a.facts, "purposes");
  if (const auto* mode = a.facts.get_as<dsl::EnumValue>("processing.mode")) {
    d.mode = mode->name;
  }
  d.subject_categories = names_of(a.facts, "data_subjects.categories");
  auto number = [&](const char* path) -> std::optional<double> {
    if (const auto* q = a.facts.get_as<dsl::Quantity>(path)) {
      return q->value;
    }
    return std::nullopt;
  };
  d.template_retention_days = number("retention.templates");
  d.record_retention_years = number("pipia.record_retention");
  d.threshold = number("matching.threshold");
  d.false_match_rate = number("matching.false_match_rate");
  d.false_non_match_rate = number("matching.false_non_match_rate");
  return d;
}

std::filesystem::path signature_path(const Request& request) {
  return request.signature.empty() ? std::filesystem::path(request.deployment.string() + ".sig")
                                   : request.signature;
}

// The signed statement, its signature checked under the request's public key; nullopt with the reason in
// `answer.errors` otherwise.
std::optional<engine::signing::Statement> signed_statement(const Request& request, Answer& answer) {
  const auto path = signature_path(request);
  std::string public_key;
  try {
    public_key = engine::signing::read_public_key(request.verify_key);
  } catch (const std::exception& e) {
    answer.errors.push_back(e.what());
    return std::nullopt;
  }
  std::ifstream in(path);
  if (!in) {
    answer.errors.push_back("no signed assessment `" + path.string() +
                            "`: the runtime runs only an assessment signed with `facepia assess --sign KEY`");
    return std::nullopt;
  }
  std::stringstream text;
  text << in.rdbuf();
  auto verified = engine::signing::verify(text.str(), public_key);
  if (!verified.ok) {
    answer.errors.push_back("the signed assessment `" + path.string() + "` is refused: " + verified.problem);
    return std::nullopt;
  }
  if (request.as_of && *request.as_of != verified.statement.as_of) {
    answer.errors.push_back("the signed assessment `" + path.string() + "` is as of " +
                            verified.statement.as_of + ", not " + *request.as_of);
    return std::nullopt;
  }
  return verified.statement;
}

} // namespace

Answer ask(const Request& request) {
  Answer answer;
  try {
    Request effective = request;
    std::optional<engine::signing::Statement> statement;
    if (!request.verify_key.empty()) {
      // Without an acceptable signature the answer is deny, but the deployment is still assessed: its
      // declaration names the template store, where erasure must stay possible.
      statement = signed_statement(request, answer);
      if (statement) {
        effective.as_of = statement->as_of; // the date signed, not the operator's choice
      }
    }
    Loaded loaded = load_and_assess(effective, answer);
    if (!loaded.assessment) {
      answer.verdict = Verdict::deny;
      return answer;
    }
    const auto& a = *loaded.assessment;
    answer.assessment_id = a.id;
    answer.as_of = a.as_of.iso();
    answer.rules_digest = loaded.engine->rules_digest();
    answer.declared = declared_of(a);
    answer.verdict = a.decision == dsl::Decision::allow         ? Verdict::allow
                     : a.decision == dsl::Decision::conditional ? Verdict::conditional
                                                                : Verdict::deny;
    for (const auto& c : a.conditions) {
      answer.conditions.push_back(to_condition(c));
    }
    for (const auto& f : a.findings) {
      if (f.refuses) {
        BlockingFinding b;
        b.rule = f.rule->id;
        b.status = std::string(dsl::to_string(f.status));
        b.message = f.message;
        for (const auto& c : f.rule->citations) {
          b.citations.push_back(c.label());
        }
        b.missing_facts = f.missing_facts;
        answer.blocking.push_back(std::move(b));
      }
    }
    for (const auto& i : a.instruments) {
      if (i.state == engine::InstrumentState::not_assessed) {
        BlockingFinding b;
        b.rule = "facepia.not-assessed";
        b.status = "undetermined";
        b.message =
            i.id +
            " applies to this deployment, but none of its encoded rules covers it: not assessed, so the "
            "rules cannot find it lawful";
        answer.blocking.push_back(std::move(b));
      }
    }
    if (a.no_instrument_applies) {
      // A refusal needs a reason the runtime can print, even though no rule is in breach.
      BlockingFinding b;
      b.rule = "facepia.no-instrument-applies";
      b.status = "undetermined";
      b.message = "no encoded instrument applies to this deployment on " + a.as_of.iso() +
                  " (each is out of scope or not in force), so the rules cannot find it lawful";
      for (const auto& i : a.instruments) {
        if (!i.out_of_scope_note.empty()) {
          b.message += "; " + i.id + " is out of scope: " + std::string(i.out_of_scope_note);
        }
      }
      answer.blocking.push_back(std::move(b));
    }
    answer.open_questions = a.open_questions();
    const auto database = request.database.empty() ? default_database() : request.database;
    if (!request.verify_key.empty()) {
      if (!statement) { // refused by signed_statement, the reason in answer.errors
      } else if (const auto why = engine::signing::mismatch(*statement, a, *loaded.engine)) {
        answer.errors.push_back("the signed assessment `" + signature_path(request).string() +
                                "` does not fit what the runtime assesses: " + *why +
                                "; re-assess, review and sign again");
      } else {
        answer.stored = true;
        answer.signed_by = statement->key_id;
      }
    } else if (request.record) {
      engine::Store store(database);
      if (request.record_key) {
        store.authenticate_records(*request.record_key);
      }
      store.record(a);
      answer.stored = true;
    }
    bool unauthenticated = false; // a record with the id, but not one this runtime's key authenticates
    if (request.verify_key.empty() && !request.record && std::filesystem::exists(database)) {
      engine::Store store(database);
      answer.stored =
          request.record_key ? store.contains_authentic(a.id, *request.record_key) : store.contains(a.id);
      unauthenticated = !answer.stored && request.record_key && store.contains(a.id);
      if (unauthenticated && request.require_stored_assessment) {
        answer.errors.push_back(
            "the stored assessment " + a.id.substr(0, 12) +
            " is not authenticated by this runtime's template key: it was recorded without `--key-file` (or "
            "written into the store by hand); record it with `facepia assess --db " +
            database.string() + " --key-file KEY`, or run with a signed assessment (--verify-key)");
      }
    }
    if (request.require_stored_assessment && !answer.stored && request.verify_key.empty() &&
        !unauthenticated) {
      answer.errors.push_back(
          "no stored assessment matches this deployment under the current rules and engine (id " +
          a.id.substr(0, 12) + "): run `facepia assess` first");
    }
  } catch (const std::exception& e) {
    answer.errors.push_back(e.what());
  } catch (...) {
    answer.errors.push_back("unexpected failure in the gate");
  }
  if (!answer.errors.empty()) {
    answer.verdict = Verdict::deny;
  }
  return answer;
}

} // namespace facepia::gate
