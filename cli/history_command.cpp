// facepia history : the assessments recorded in the store, newest first.
#include "commands.hpp"
#include "facepia/assessors/assessors.hpp"
#include "facepia/dsl/dsl.hpp"
#include "facepia/engine/deployment.hpp"
#include "facepia/engine/engine.hpp"
#include "facepia/engine/store.hpp"
#include "facepia/gate/gate.hpp"
#include "facepia/reports/lawful_path.hpp"
#include "facepia/reports/pdf.hpp"
#include "facepia/reports/report.hpp"

#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>

namespace facepia::cli {
namespace {

struct HistoryArgs {
  std::string db;
  std::size_t limit = 0;
  std::string format = "text";
  std::string show;
  bool prune = false;
  bool dry_run = false;
  std::vector<std::string> diff; // two ids: what changed from the first to the second
  std::string render;            // re-render this recorded assessment's report
  std::string rules;
  std::string lang = "en";
  std::string out;
};

// A record by `#N` (the N-th record: several may share an assessment id) or by an id prefix.
std::optional<engine::StoredAssessment> find_record(const engine::Store& store, const std::string& id) {
  if (id.size() > 1 && id[0] == '#' && id.find_first_not_of("0123456789", 1) == std::string::npos) {
    for (auto& row : store.history(0, true)) {
      if (std::to_string(row.seq) == id.substr(1)) {
        return std::move(row);
      }
    }
    return std::nullopt;
  }
  return store.find(id);
}

using json = nlohmann::json;

// The facts an assessment's rules read, with their values, gathered from the findings' explanations.
void facts_read(const json& node, std::map<std::string, std::string>& out) {
  if (node.is_object()) {
    if (node.contains("fact") && node.contains("fact_value") && node["fact"].is_string()) {
      out[node["fact"].get<std::string>()] = node["fact_value"].dump();
    }
    for (const auto& [key, child] : node.items()) {
      facts_read(child, out);
    }
  } else if (node.is_array()) {
    for (const auto& child : node) {
      facts_read(child, out);
    }
  }
}

std::map<std::string, std::string> findings_of(const json& a) {
  std::map<std::string, std::string> out;
  for (const auto& f : a.value("findings", json::array())) {
    out[f.value("rule", "")] = f.value("status", "");
  }
  return out;
}

std::map<std::string, std::string> conditions_of(const json& a) {
  std::map<std::string, std::string> out;
  for (const auto& c : a.value("conditions", json::array())) {
    out[c.value("condition", "")] = c.contains("value") ? c["value"].dump() : "";
  }
  return out;
}

// Each key whose value differs between `from` and `to`: [key, before, after], "" for absent.
json changes(const std::map<std::string, std::string>& from, const std::map<std::string, std::string>& to) {
  json out = json::array();
  std::set<std::string> keys;
  for (const auto& [k, v] : from) {
    keys.insert(k);
  }
  for (const auto& [k, v] : to) {
    keys.insert(k);
  }
  for (const auto& k : keys) {
    const auto a = from.find(k);
    const auto b = to.find(k);
    const std::string before = a == from.end() ? "" : a->second;
    const std::string after = b == to.end() ? "" : b->second;
    if (before != after) {
      out.push_back({{"key", k}, {"before", before}, {"after", after}});
    }
  }
  return out;
}

int run_diff(const engine::Store& store, const HistoryArgs& args) {
  std::vector<json> records;
  std::vector<std::string> labels;
  for (const auto& id : args.diff) {
    const auto r = find_record(store, id);
    if (!r) {
      std::cerr << "error: no recorded assessment `" << id << "`\n";
      return 2;
    }
    records.push_back(json::parse(r->report_json));
    labels.push_back("#" + std::to_string(r->seq) + " " + r->id.substr(0, 12) + " (" + r->assessed_at + ")");
  }
  std::map<std::string, std::string> facts[2];
  for (int i = 0; i < 2; ++i) {
    facts_read(records[static_cast<std::size_t>(i)].value("findings", json::array()), facts[i]);
  }
  const json diff{
      {"from", labels[0]},
      {"to", labels[1]},
      {"decision",
       {{"before", records[0].value("decision", "")}, {"after", records[1].value("decision", "")}}},
      {"as_of", {{"before", records[0].value("as_of", "")}, {"after", records[1].value("as_of", "")}}},
      {"facts", changes(facts[0], facts[1])},
      {"findings", changes(findings_of(records[0]), findings_of(records[1]))},
      {"conditions", changes(conditions_of(records[0]), conditions_of(records[1]))}};
  if (args.format == "json") {
    std::cout << diff.dump(2, ' ', false, json::error_handler_t::replace) << "\n";
    return 0;
  }
  auto or_none = [](const std::string& v) { return v.empty() ? std::string("(none)") : v; };
  std::cout << "from " << labels[0] << "\nto   " << labels[1] << "\n";
  const auto& d = diff["decision"];
  std::cout << "decision: " << d["before"].get<std::string>()
            << (d["before"] == d["after"] ? " (unchanged)" : " -> " + d["after"].get<std::string>()) << "\n";
  if (diff["as_of"]["before"] != diff["as_of"]["after"]) {
    std::cout << "as of: " << diff["as_of"]["before"].get<std::string>() << " -> "
              << diff["as_of"]["after"].get<std::string>() << "\n";
  }
  for (const char* part : {"facts", "findings", "conditions"}) {
    std::cout << part << ": " << (diff[part].empty() ? "unchanged" : "") << "\n";
    for (const auto& c : diff[part]) {
      std::cout << "  " << c["key"].get<std::string>() << ": " << or_none(c["before"].get<std::string>())
                << " -> " << or_none(c["after"].get<std::string>()) << "\n";
    }
  }
  return 0;
}

// The report of a recorded assessment, rendered again: the recorded deployment assessed with the rules as of
// the recorded day must give the recorded assessment id (the same deployment, rules and engine), so that the
// report is the one the assessment had; "generated at" is the time it was recorded. Otherwise it refuses.
int run_render(const engine::Store& store, const HistoryArgs& args) {
  const auto r = find_record(store, args.render);
  if (!r) {
    std::cerr << "error: no recorded assessment `" << args.render << "`\n";
    return 2;
  }
  const std::string chosen = args.format == "text" ? std::string("html") : args.format;
  const bool pdf = chosen == "pdf";
  if (pdf && args.out.empty()) {
    std::cerr << "error: --format pdf writes a file: give --out FILE.pdf\n";
    return 2;
  }
  if (pdf && !reports::find_chromium()) {
    std::cerr << "error: --format pdf prints the HTML report with headless Chromium, and no `chromium` was "
                 "found (install the Debian package `chromium`, or set FACEPIA_CHROMIUM)\n";
    return 2;
  }
  const auto lang = reports::lang_from_string(args.lang);
  const auto format =
      pdf ? std::optional<reports::Format>(reports::Format::html) : reports::format_from_string(chosen);
  if (!lang || !format) {
    std::cerr << "error: --render writes the report as html, md, json or pdf, in en or zh\n";
    return 2;
  }
  const std::filesystem::path rules_dir =
      args.rules.empty() ? gate::default_rules_dir() : std::filesystem::path(args.rules);
  auto rules = dsl::load({rules_dir});
  if (!rules.ok()) {
    rules.diagnostics.sort();
    std::cerr << dsl::render_all(rules.diagnostics, rules.program.sources, false);
    std::cerr << "error: the rules in `" << rules_dir.string() << "` do not load\n";
    return 2;
  }
  const engine::Engine engine(std::move(rules.program), assessors::standard());
  const auto load =
      engine::load_deployments({std::filesystem::path(r->deployment_file)}, engine.vocabulary());
  if (!load.ok()) {
    std::cerr << dsl::render_all(load.diagnostics, load.sources, false);
    std::cerr << "error: cannot re-render #" << r->seq << ": its deployment `" << r->deployment_file
              << "` no longer loads\n";
    return 2;
  }
  engine::AssessOptions options;
  options.as_of = dsl::Date::parse(r->as_of);
  std::string now_id;
  for (const auto& deployment : load.deployments) {
    const engine::Assessment assessment = engine.assess(deployment, options);
    if (assessment.id != r->id) {
      now_id = assessment.id;
      continue;
    }
    const auto paths = reports::search_lawful_paths(engine, deployment, assessment);
    reports::ReportOptions report_options;
    report_options.lang = *lang;
    report_options.generated_at = r->assessed_at;
    report_options.lawful_paths = &paths;
    const std::string body = reports::render(engine, assessment, *format, report_options);
    if (pdf) {
      std::string error;
      if (!reports::print_pdf(body, args.out, error)) {
        std::cerr << "error: " << error << "\n";
        return 2;
      }
      return 0;
    }
    if (!args.out.empty()) {
      std::ofstream file(args.out, std::ios::binary | std::ios::trunc);
      if (!(file << body) || !file.flush()) {
        std::cerr << "error: cannot write `" << args.out << "`\n";
        return 2;
      }
      return 0;
    }
    std::cout << body;
    return std::cout ? 0 : 2;
  }
  std::cerr << "error: cannot re-render #" << r->seq << " (" << r->id.substr(0, 12)
            << ") as it was: its deployment `" << r->deployment_file
            << "` or the rules changed since it was recorded"
            << (now_id.empty() ? std::string() : " (it is now assessed as " + now_id.substr(0, 12) + ")")
            << "; use the rules and the deployment of that day (--rules), or assess it again\n";
  return 2;
}

int run_history(const HistoryArgs& args) {
  const std::filesystem::path db =
      args.db.empty() ? gate::default_database() : std::filesystem::path(args.db);
  if (!std::filesystem::exists(db)) {
    std::cerr << "error: no assessment store at `" << db.string()
              << "` (run `facepia assess` first, or give --db)\n";
    return 2;
  }
  engine::Store store(db);
  if (args.prune) {
    const auto n = store.prune(engine::today(), args.dry_run);
    std::cout
        << (args.dry_run ? "would prune " : "pruned ") << n
        << " records past their keep-until date that a newer record of the same deployment supersedes\n";
    return 0;
  }
  if (!args.diff.empty()) {
    return run_diff(store, args);
  }
  if (!args.render.empty()) {
    return run_render(store, args);
  }
  if (args.format != "text" && args.format != "json") {
    std::cerr << "error: the list is text or json; html, md and pdf are for --render\n";
    return 2;
  }
  if (!args.show.empty()) {
    if (const auto r = store.find(args.show)) {
      std::cout << nlohmann::json::parse(r->report_json).dump(2) << "\n";
      return 0;
    }
    std::cerr << "error: no recorded assessment `" << args.show << "`\n";
    return 2;
  }
  // The list reads no report (each about 100 KB): with the indexes, linear in the rows listed.
  const auto rows = store.history(args.limit, false);
  if (args.format == "json") {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& r : rows) {
      out.push_back({{"seq", r.seq},
                     {"assessment_id", r.id},
                     {"deployment", r.deployment},
                     {"file", r.deployment_file},
                     {"decision", r.decision},
                     {"as_of", r.as_of},
                     {"assessed_at", r.assessed_at},
                     {"keep_until", r.keep_until},
                     {"engine_version", r.engine_version},
                     {"findings", r.findings}});
    }
    std::cout << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    return 0;
  }
  if (rows.empty()) {
    std::cout << "no assessments recorded in " << db.string() << "\n";
    return 0;
  }
  std::cout << std::left << std::setw(6) << "#" << std::setw(22) << "assessed at" << std::setw(14) << "id"
            << std::setw(13) << "decision" << std::setw(12) << "as of" << std::setw(12) << "keep until"
            << "deployment\n";
  for (const auto& r : rows) {
    std::cout << std::left << std::setw(6) << r.seq << std::setw(22) << r.assessed_at << std::setw(14)
              << r.id.substr(0, 12) << std::setw(13) << r.decision << std::setw(12) << r.as_of
              << std::setw(12) << r.keep_until << r.deployment << " (" << r.deployment_file << ")\n";
  }
  return 0;
}

const CommandRegistration registration{
    50, [](CLI::App& app) -> std::function<int()> {
      auto args = std::make_shared<HistoryArgs>();
      auto* sub = app.add_subcommand("history", "list the assessments recorded in the store, newest first");
      sub->footer(
          "Each record is kept at least until its keep-until date, three years on (PIPL Art. 56). --prune "
          "then\n"
          "deletes the records past it that a newer record of the same deployment (or assessment) "
          "supersedes;\n"
          "the newest record of each deployment, the one a runtime relies on, is kept whatever its date.\n"
          "Trial runs need not be recorded at all: `facepia assess --no-record`.");
      sub->add_option("--db", args->db, "the assessment store (default: $FACEPIA_DB, else ./facepia.db)");
      sub->add_option("--limit,-n", args->limit, "show only the newest N");
      sub->add_option("--format", args->format,
                      "text (default) or json; with --render: html (default), md, json or pdf")
          ->check(CLI::IsMember({"text", "json", "html", "md", "pdf"}));
      sub->add_option("--show", args->show,
                      "print the full recorded report of one assessment (id prefix or #)");
      auto* prune = sub->add_flag("--prune", args->prune,
                                  "delete the superseded records past their keep-until date (see below)");
      sub->add_flag("--dry-run", args->dry_run, "with --prune: count them, delete nothing")->needs(prune);
      sub->add_option("--diff", args->diff,
                      "what changed from one recorded assessment to another: decision, the facts the rules "
                      "read, findings, conditions (two ids, id prefixes or #N)")
          ->expected(2);
      sub->add_option("--render", args->render,
                      "write the report of a recorded assessment again, as it was (id prefix or #N): the "
                      "recorded deployment is re-assessed as of its day and must give the same id");
      sub->add_option("--rules", args->rules,
                      "with --render: the rules (default: $FACEPIA_RULES, else rules/)");
      sub->add_option("--lang", args->lang, "with --render: en (default) or zh")
          ->check(CLI::IsMember({"en", "zh"}));
      sub->add_option("--out", args->out, "with --render: write to this file instead of standard output");
      return [args] { return run_history(*args); };
    }};

} // namespace
} // namespace facepia::cli
