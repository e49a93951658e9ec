// facepia assess DEPLOYMENT... : assess deployments against the rules, record each assessment, print or write
// the reports: text or JSON (the assessment contract), or the DPIA report (reports/) as Markdown, HTML or
// JSON.
#include "assess_stream.hpp"
#include "commands.hpp"
#include "facepia/assessors/assessors.hpp"
#include "facepia/dsl/dsl.hpp"
#include "facepia/engine/deployment.hpp"
#include "facepia/engine/engine.hpp"
#include "facepia/engine/output.hpp"
#include "facepia/engine/store.hpp"
#include "facepia/gate/gate.hpp"
#include "facepia/platform/atomic_file.hpp"
#include "facepia/platform/clock.hpp"
#include "facepia/reports/pdf.hpp"
#include "facepia/reports/report.hpp"
#include "facepia/studio/questions.hpp"
#include "sign.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <sstream>
#include <unistd.h>

namespace facepia::cli {
namespace {

namespace fs = std::filesystem;

struct AssessArgs {
  std::vector<std::string> deployments;
  std::string rules;
  std::string as_of;
  std::string format = "text";
  std::string lang = "en";
  std::string out;
  std::string db;
  bool report = false;
  bool no_record = false;
  bool draft = false; // a trial: not recorded, the report marked "draft — not for filing"
  bool verbose = false;
  std::string sign;     // a signing key: sign each assessment into DEPLOYMENT.sig
  std::string key_file; // a face runtime's template key: authenticate each record for that runtime
  bool questions = false;
};

// SOURCE_DATE_EPOCH (reproducible builds) fixes the report's "generated at"; empty: now.
std::string generated_at_from_environment() {
  const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
  if (epoch == nullptr || *epoch == '\0') {
    return {};
  }
  char* end = nullptr;
  errno = 0;
  const long long seconds = std::strtoll(epoch, &end, 10);
  if (errno != 0 || end == epoch || *end != '\0' || seconds < 0) {
    return {};
  }
  return platform::utc_timestamp(std::chrono::sys_seconds{std::chrono::seconds{seconds}});
}

std::string extension(const std::string& format) {
  if (format == "md") {
    return ".md";
  }
  if (format == "html") {
    return ".html";
  }
  if (format == "json") {
    return ".json";
  }
  if (format == "pdf") {
    return ".pdf";
  }
  return ".txt";
}

// The file name of each deployment's report in an output directory: the YAML file's stem, with the document's
// number when the file holds several; made unique when two files share a stem.
std::vector<std::string> report_names(const std::vector<engine::Deployment>& deployments,
                                      const std::string& ext) {
  std::map<std::string, std::size_t> per_file;
  for (const auto& d : deployments) {
    ++per_file[d.file];
  }
  std::vector<std::string> names;
  std::map<std::string, int> used;
  for (const auto& d : deployments) {
    std::string stem = d.file.empty() ? std::string("deployment") : fs::path(d.file).stem().string();
    if (per_file[d.file] > 1) {
      stem += "-" + std::to_string(d.document + 1);
    }
    std::string name = stem;
    for (int n = 2; used.count(name) > 0; ++n) {
      name = stem + "-" + std::to_string(n);
    }
    used[name] = 1;
    names.push_back(name + ext);
  }
  return names;
}

// The streamed path of run_assess: --out FILE with --format json or text, no store, no signature; nullopt
// when the arguments are not for it.
std::optional<int> assess_to_file_streaming(const AssessArgs& args, const engine::Engine& engine,
                                            const engine::AssessOptions& options, bool color,
                                            const std::vector<fs::path>& paths) {
  const bool json = args.format == "json";
  if (args.out.empty() || args.out.back() == '/' || !(json || args.format == "text") || args.report ||
      !args.no_record || !args.sign.empty()) {
    return std::nullopt;
  }
  std::error_code ec;
  if (fs::is_directory(args.out, ec)) {
    return std::nullopt;
  }
  platform::AtomicFile file(args.out);
  if (!file.ok()) {
    return std::nullopt; // the one-at-a-time path says why, after checking the deployments
  }
  const StreamedAssess job{
      .engine = engine,
      .options = options,
      .render =
          [&](const engine::Assessment& assessment) {
            return json ? engine::to_json(assessment).dump(2) + "\n"
                        : engine::to_text(assessment, args.verbose);
          },
      .json = json,
      .progress = isatty(2) != 0,
      .color = color,
  };
  const auto result = assess_streaming(job, paths, file.stream());
  if (!result) {
    return std::nullopt;
  }
  if (result->exit_code == 2) {
    return 2; // the file is not committed: nothing written
  }
  if (job.progress && result->assessed > 1) {
    std::cerr << "\r\033[Kassessed " << result->assessed << " deployments\n";
  }
  if (const std::string error = file.commit(); !error.empty()) {
    std::cerr << "error: " << error << "; the report was not written and nothing was recorded\n";
    return 2;
  }
  return result->exit_code;
}

// The questions that still decide each deployment, most decisive first (studio::rank_questions): a query,
// so nothing is recorded or written.
int print_questions(const engine::Engine& engine, const engine::DeploymentLoad& load,
                    const engine::AssessOptions& options, bool json) {
  const auto& vocabulary = engine.vocabulary();
  int exit_code = 0;
  nlohmann::json all = nlohmann::json::array();
  for (std::size_t i = 0; i < load.deployments.size(); ++i) {
    const auto& deployment = load.deployments[i];
    engine::AssessOptions quick = options;
    quick.explain = false;
    const engine::Assessment assessment = engine.assess(deployment, quick);
    if (assessment.decision == dsl::Decision::deny) {
      exit_code = 1;
    }
    const auto open = studio::open_findings(assessment);
    studio::QuestionOptions question_options;
    question_options.assess = quick;
    const auto questions = studio::rank_questions(engine, deployment, assessment, question_options);
    if (json) {
      nlohmann::json list = nlohmann::json::array();
      for (const auto& q : questions) {
        const auto& fact = vocabulary.fact(q.fact);
        nlohmann::json answers = nlohmann::json::array();
        for (const auto& a : q.deciding_answers) {
          answers.push_back({{"answer", dsl::format_value(a.answer)}, {"resolves", a.resolves}});
        }
        list.push_back({{"fact", q.path},
                        {"type", dsl::to_string(fact.type)},
                        {"meaning", fact.meaning},
                        {"resolves", q.resolves},
                        {"bears_on", q.bears_on},
                        {"deciding_answers", std::move(answers)}});
      }
      all.push_back({{"deployment", {{"name", deployment.name}, {"file", deployment.file}}},
                     {"assessment_id", assessment.id},
                     {"decision", std::string(dsl::to_string(assessment.decision))},
                     {"open_findings", open},
                     {"questions", std::move(list)}});
      continue;
    }
    std::cout << (i == 0 ? "" : "\n") << deployment.name << ": " << dsl::to_string(assessment.decision)
              << ", " << open.size() << " undetermined finding" << (open.size() == 1 ? "" : "s")
              << " refusing the deployment\n";
    if (questions.empty()) {
      std::cout << (open.empty() ? "  no question decides the outcome: nothing refusing is undetermined\n"
                                 : "  no stated fact decides what is undetermined\n");
    }
    for (std::size_t n = 0; n < questions.size(); ++n) {
      const auto& q = questions[n];
      const auto& fact = vocabulary.fact(q.fact);
      std::cout << "  " << (n + 1) << ". " << q.path << " (" << dsl::to_string(fact.type) << ")";
      if (!q.resolves.empty()) {
        std::cout << ": decides " << q.resolves.size() << " of " << open.size();
      } else {
        std::cout << ": bears on " << q.bears_on.size() << " of " << open.size();
      }
      std::cout << "\n";
      if (!fact.meaning.empty()) {
        std::cout << "     " << fact.meaning << "\n";
      }
      // A few answers say enough; JSON lists them all.
      constexpr std::size_t shown_answers = 4;
      for (std::size_t k = 0; k < q.deciding_answers.size() && k < shown_answers; ++k) {
        const auto& a = q.deciding_answers[k];
        std::cout << "     `" << dsl::format_value(a.answer) << "` decides";
        for (const auto& rule : a.resolves) {
          std::cout << " " << rule;
        }
        std::cout << "\n";
      }
      if (q.deciding_answers.size() > shown_answers) {
        std::cout << "     and " << (q.deciding_answers.size() - shown_answers) << " more answers\n";
      }
    }
  }
  if (json) {
    std::cout << (all.size() == 1 ? all.front() : all).dump(2) << "\n";
  }
  std::cout.flush();
  if (!std::cout) {
    std::cerr << "error: the questions could not be written\n";
    return 2;
  }
  return exit_code;
}

int run_assess(const AssessArgs& args) {
  const bool color = isatty(2) != 0;
  std::optional<dsl::Date> as_of;
  if (!args.as_of.empty()) {
    as_of = dsl::Date::parse(args.as_of);
    if (!as_of || args.as_of.size() != 10) {
      std::cerr << "error: --as-of `" << args.as_of << "` is not a date YYYY-MM-DD\n";
      return 2;
    }
  }
  const bool json = args.format == "json";
  const bool text = args.format == "text";
  // The DPIA report (reports/): Markdown, HTML, or JSON with --report.
  const bool pdf = args.format == "pdf";
  const bool dpia = args.format == "md" || args.format == "html" || pdf || (json && args.report);
  const auto lang = reports::lang_from_string(args.lang);
  if (!lang) {
    std::cerr << "error: --lang `" << args.lang << "` is not en or zh\n";
    return 2;
  }
  if (args.questions && (args.report || !(json || text) || !args.out.empty() || !args.sign.empty())) {
    std::cerr << "error: --questions prints the deciding questions as text or json on standard output; it "
                 "takes no --report, --out or --sign\n";
    return 2;
  }
  if (args.report && !json) {
    std::cerr << "error: --report adds the DPIA report's sections to --format json; md and html are reports "
                 "already\n";
    return 2;
  }

  if (pdf && args.out.empty()) {
    std::cerr << "error: --format pdf writes a file: give --out FILE.pdf (or a directory for several)\n";
    return 2;
  }
  if (pdf && !reports::find_chromium()) {
    std::cerr << "error: --format pdf prints the HTML report with headless Chromium, and no `chromium` was "
                 "found (install the Debian package `chromium`, or set FACEPIA_CHROMIUM); nothing was "
                 "assessed\n";
    return 2;
  }
  if (args.draft && !args.sign.empty()) {
    std::cerr << "error: a draft is not signed: leave out --draft or --sign\n";
    return 2;
  }

  // 1. The rules.
  const fs::path rules_dir = args.rules.empty() ? gate::default_rules_dir() : fs::path(args.rules);
  auto rules = dsl::load({rules_dir});
  if (!rules.ok()) {
    rules.diagnostics.sort();
    std::cerr << dsl::render_all(rules.diagnostics, rules.program.sources, color);
    std::cerr << "error: the rules in `" << rules_dir.string() << "` do not load; nothing was assessed\n";
    return 2;
  }
  const engine::Engine engine(std::move(rules.program), assessors::standard());

  engine::AssessOptions options;
  options.as_of = as_of;
  std::vector<fs::path> paths(args.deployments.begin(), args.deployments.end());
  // A batch into one file (JSON or text): streamed through a pool of workers (assess_stream.hpp). The file is
  // written whole or not at all, so a file with errors found late still leaves nothing written.
  if (const auto streamed = assess_to_file_streaming(args, engine, options, color, paths)) {
    return *streamed;
  }

  // 2. Every deployment, checked before any is assessed.
  auto load = engine::load_deployments(paths, engine.vocabulary());
  if (!load.ok()) {
    std::cerr << dsl::render_all(load.diagnostics, load.sources, color);
    std::cerr << "error: nothing was assessed and nothing was recorded\n";
    return 2;
  }
  if (load.deployments.empty()) {
    std::cerr << "error: no deployment to assess\n";
    return 2;
  }
  if (args.questions) {
    return print_questions(engine, load, options, json);
  }
  const std::size_t total = load.deployments.size();
  std::optional<AssessmentSigner> signer;
  if (!args.sign.empty()) {
    std::string why;
    if (signer = AssessmentSigner::prepare(args.sign, rules_dir, load, why); !signer) {
      std::cerr << "error: " << why << "; nothing was assessed, nothing signed\n";
      return 2;
    }
  }

  // 3. Where the output goes, decided and checked before anything is assessed. --out is a directory when it
  //    is one, ends with a slash, or a batch asks for reports (md, html, json --report: one per deployment,
  //    named after its file); otherwise it is one file (JSON: an array for a batch), written whole or not at
  //    all.
  bool out_dir = false;
  if (!args.out.empty()) {
    std::error_code ec;
    const bool exists = fs::exists(args.out, ec);
    const bool is_dir = exists && fs::is_directory(args.out, ec);
    const bool slash = args.out.back() == '/';
    out_dir = is_dir || slash || (total > 1 && dpia);
    if (pdf && !out_dir && fs::path(args.out).extension() != ".pdf") {
      std::cerr << "error: --out `" << args.out << "` for --format pdf must end in .pdf or be a directory\n";
      return 2;
    }
    if (out_dir && exists && !is_dir) {
      std::cerr << "error: --out `" << args.out << "` is a file, but " << total
                << " reports need a directory; nothing was assessed\n";
      return 2;
    }
    if (out_dir) {
      fs::create_directories(args.out, ec);
      if (ec || ::access(args.out.c_str(), W_OK) != 0) {
        std::cerr << "error: cannot write in the directory `" << args.out << "`; nothing was assessed\n";
        return 2;
      }
    } else {
      const fs::path parent = fs::path(args.out).parent_path();
      if (!parent.empty() && (!fs::is_directory(parent, ec) || ::access(parent.c_str(), W_OK) != 0)) {
        std::cerr << "error: cannot write `" << args.out << "`; nothing was assessed\n";
        return 2;
      }
    }
  } else if (total > 1 && args.format == "html") {
    std::cerr << "error: " << total
              << " HTML reports need --out DIR (one file per deployment); nothing was assessed\n";
    return 2;
  }

  // 4. The store, opened before anything is assessed.
  std::unique_ptr<engine::Store> store;
  if (!args.no_record && !args.draft) {
    const fs::path db = args.db.empty() ? gate::default_database() : fs::path(args.db);
    try {
      // The face runtime accepts only records authenticated with its template key (a row written by hand is
      // refused): --key-file, else $FACEPIA_TEMPLATE_KEY, else $FACEPIA_TEMPLATE_KEY_FILE, as the runtime
      // reads it.
      std::optional<engine::RecordKey> record_key;
      if (!args.key_file.empty()) {
        record_key = engine::record_key_from_file(args.key_file);
      } else if (const char* hex = std::getenv("FACEPIA_TEMPLATE_KEY"); hex != nullptr && *hex != '\0') {
        record_key = engine::record_key_from_template_key(hex);
      } else if (const char* file = std::getenv("FACEPIA_TEMPLATE_KEY_FILE");
                 file != nullptr && *file != '\0') {
        record_key = engine::record_key_from_file(file);
      }
      store = std::make_unique<engine::Store>(db);
      if (record_key) {
        store->authenticate_records(*record_key);
      }
      // One transaction for the batch, committed last: exit 2 (a report or stdout that cannot be written,
      // text that cannot go into JSON) leaves nothing recorded.
      store->begin_batch();
    } catch (const std::exception& e) {
      std::cerr << "error: " << e.what() << "; nothing was assessed\n";
      return 2;
    }
  }

  std::unique_ptr<platform::AtomicFile> single; // --out FILE (a PDF is written by the printer, also whole)
  if (!args.out.empty() && !out_dir && !pdf) {
    single = std::make_unique<platform::AtomicFile>(args.out);
    if (!single->ok()) {
      std::cerr << "error: cannot write `" << args.out << "`; nothing was assessed\n";
      return 2;
    }
  }
  std::ostream& out = single ? single->stream() : std::cout;
  const std::vector<std::string> names =
      out_dir ? report_names(load.deployments, extension(args.format)) : std::vector<std::string>();

  reports::ReportOptions report_options;
  report_options.lang = *lang;
  report_options.generated_at = generated_at_from_environment();
  report_options.draft = args.draft;
  // Text has no report format; a report is only rendered for md, html and json (`dpia`).
  // A PDF is the HTML report printed.
  const auto report_format = reports::format_from_string(args.format).value_or(reports::Format::html);
  report_options.diagrams = report_format == reports::Format::html;

  // 5. Assess, record, write: one at a time, so that a batch runs in constant memory.
  const bool progress = total > 1 && isatty(2) != 0;
  const bool array = json && total > 1 && !out_dir;
  int exit_code = 0;
  std::vector<std::string> written;
  if (array) {
    out << "[\n";
  }
  for (std::size_t i = 0; i < total; ++i) {
    const auto& deployment = load.deployments[i];
    if (progress) {
      std::cerr << "\r\033[Kassessing " << (i + 1) << "/" << total << ": " << deployment.name << std::flush;
    }
    const engine::Assessment assessment = engine.assess(deployment, options);
    if (signer) {
      signer->add(assessment, engine);
    }
    if (store) {
      store->record(assessment);
    }
    if (assessment.decision == dsl::Decision::deny) {
      exit_code = 1;
    }
    std::string body;
    if (dpia) {
      // A refused deployment's report shows the path to lawful, found by re-assessing it with each set of
      // changes its controller can make.
      const auto lawful_paths = reports::search_lawful_paths(engine, deployment, assessment);
      reports::ReportOptions with_paths = report_options;
      with_paths.lawful_paths = &lawful_paths;
      body = reports::render(engine, assessment, report_format, with_paths);
    } else if (json) {
      body = engine::to_json(assessment).dump(2) + "\n";
    } else {
      body = engine::to_text(assessment, args.verbose);
    }
    if (pdf) {
      const fs::path target = out_dir ? fs::path(args.out) / names[i] : fs::path(args.out);
      std::string error;
      if (!reports::print_pdf(body, target, error)) {
        std::cerr << "error: " << error << "; nothing was recorded\n";
        for (const auto& path : written) {
          std::error_code ignored;
          fs::remove(path, ignored);
        }
        return 2;
      }
      written.push_back(target.string());
      continue;
    }
    if (out_dir) {
      const fs::path target = fs::path(args.out) / names[i];
      platform::AtomicFile file(target);
      std::string error;
      if (!file.ok() || !(file.stream() << body) || !(error = file.commit()).empty()) {
        if (progress) {
          std::cerr << "\n";
        }
        std::cerr << "error: " << (error.empty() ? "cannot write `" + target.string() + "`" : error)
                  << "; nothing was recorded\n";
        for (const auto& path : written) {
          std::error_code ignored;
          fs::remove(path, ignored);
        }
        return 2;
      }
      written.push_back(target.string());
      continue;
    }
    if (json) {
      if (array && i + 1 < total) {
        body.back() = ',';
        body += "\n";
      }
      out << body;
    } else if (args.format == "md") {
      out << (i == 0 ? "" : "\n---\n\n") << body;
    } else if (text) {
      out << (i == 0 ? "" : "\n" + std::string(100, '-') + "\n\n") << body;
    } else {
      out << body;
    }
  }
  if (array) {
    out << "]\n";
  }
  if (progress) {
    std::cerr << "\r\033[Kassessed " << total << " deployments"
              << (out_dir ? ", reports in " + args.out : std::string()) << "\n";
  }
  if (single) {
    if (const std::string error = single->commit(); !error.empty()) {
      std::cerr << "error: " << error << "; the report was not written and nothing was recorded\n";
      return 2;
    }
  } else if (!out_dir) {
    out.flush();
    if (!out) {
      std::cerr << "error: the report could not be written; nothing was recorded\n";
      return 2;
    }
  }
  if (store) {
    try {
      store->commit_batch();
    } catch (const std::exception& e) {
      std::cerr << "error: " << e.what() << "; nothing was recorded\n";
      return 2;
    }
  }
  if (std::string why; signer && !signer->write(why)) {
    std::cerr << "error: " << why << "\n";
    return 2;
  }
  return exit_code;
}

const CommandRegistration registration{
    40, [](CLI::App& app) -> std::function<int()> {
      auto args = std::make_shared<AssessArgs>();
      auto* sub =
          app.add_subcommand("assess", "assess deployments against the rules and record the assessments");
      sub->footer(
          "Exit status: 0 allow or conditional, 1 deny (some deployment), 2 bad input or usage (nothing "
          "assessed,\n"
          "nothing recorded, nothing written). Every deployment of a batch is checked before any is "
          "assessed.\n"
          "Defaults: --rules is $FACEPIA_RULES, else ./rules, else the bundled rules/ of the source tree; "
          "--db is "
          "$FACEPIA_DB,\n"
          "else facepia.db in the current directory. The assessment date is --as-of, else the deployment's\n"
          "`deployment.start`, else today; only the provisions in force on that day apply.\n"
          "Reports: --format md or html writes the DPIA report (html: one self-contained file with the "
          "data-flow\n"
          "diagram and the risk maps); --format json --report adds the report's sections to the JSON. --out "
          "FILE\n"
          "is written whole or not at all; --out DIR (an existing directory, a path ending in /, or any "
          "batch "
          "of\n"
          "md or html) gets one file per deployment, named after its YAML file. SOURCE_DATE_EPOCH fixes the\n"
          "report's \"generated at\".");
      sub->add_option(
             "deployments", args->deployments,
             "deployment YAML files or directories (every *.yaml, *.yml; several documents per file)")
          ->required();
      sub->add_option(
          "--rules", args->rules,
          "the rule files or folder (default: $FACEPIA_RULES, else ./rules, else the bundled rules)");
      sub->add_option("--as-of", args->as_of, "apply the law in force on this day (YYYY-MM-DD)");
      sub->add_option("--format", args->format,
                      "text (default), json (the assessment), md, html or pdf (the DPIA report; pdf is "
                      "the HTML printed by headless Chromium, and needs --out)")
          ->check(CLI::IsMember({"text", "json", "md", "html", "pdf"}));
      sub->add_option("--lang", args->lang, "the DPIA report's headings and labels: en (default) or zh")
          ->check(CLI::IsMember({"en", "zh"}));
      sub->add_flag("--report", args->report,
                    "with --format json: add the DPIA report's sections (`report`) to each assessment");
      sub->add_option("--out", args->out,
                      "write to this file (atomically) or directory (one report per deployment) instead of "
                      "standard output");
      sub->add_option("--db", args->db, "the assessment store (default: $FACEPIA_DB, else ./facepia.db)");
      sub->add_flag("--no-record", args->no_record, "do not record the assessments in the store");
      sub->add_option("--key-file", args->key_file,
                      "the template key of the face runtime that will rely on the records (default: "
                      "$FACEPIA_TEMPLATE_KEY, else $FACEPIA_TEMPLATE_KEY_FILE): each record is MACed with a "
                      "key derived from it, and the runtime accepts no other")
          ->check(CLI::ExistingFile);
      sub->add_flag("--draft", args->draft,
                    "a trial: record nothing, and mark the report \"draft — not for filing\" on every page");
      sub->add_option(
          "--sign", args->sign,
          "sign each assessment with this Ed25519 key (`facepia sign-keygen`) into DEPLOYMENT.sig, "
          "after the rule packs' own tests pass");
      sub->add_flag("--questions", args->questions,
                    "list the unknown facts that still decide each deployment, most decisive first (text or "
                    "json; nothing is recorded)");
      sub->add_flag("--verbose,-v", args->verbose,
                    "explain every finding in text output, compliant ones too");
      return [args] { return run_assess(*args); };
    }};

} // namespace
} // namespace facepia::cli
