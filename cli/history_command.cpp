// facepia history : the assessments recorded in the store, newest first.
#include "commands.hpp"
#include "facepia/engine/store.hpp"
#include "facepia/gate/gate.hpp"

#include <iomanip>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

namespace facepia::cli {
namespace {

struct HistoryArgs {
  std::string db;
  std::size_t limit = 0;
  std::string format = "text";
  std::string show;
  bool prune = false;
  bool dry_run = false;
};

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
      sub->add_option("--format", args->format, "text (default) or json")
          ->check(CLI::IsMember({"text", "json"}));
      sub->add_option("--show", args->show,
                      "print the full recorded report of one assessment (id prefix or #)");
      auto* prune = sub->add_flag("--prune", args->prune,
                                  "delete the superseded records past their keep-until date (see below)");
      sub->add_flag("--dry-run", args->dry_run, "with --prune: count them, delete nothing")->needs(prune);
      return [args] { return run_history(*args); };
    }};

} // namespace
} // namespace facepia::cli
