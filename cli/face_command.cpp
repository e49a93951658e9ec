// facepia face enrol|verify|identify|erase|purge|consent|withdraw|show|audit|keygen : the bundled face
// recognition runtime. Every command but keygen first asks the engine's gate about the declared deployment:
// deny (or a stale assessment, or a condition the runtime cannot enforce) refuses with exit 1 and the
// blocking findings; conditional runs with the conditions enforced.
#include "commands.hpp"
#include "face_serve.hpp"
#include "facepia/engine/store.hpp"
#include "facepia/gate/gate.hpp"
#include "facepia/recognition/runtime.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <sys/stat.h>
#include <unistd.h>

namespace facepia::cli {
namespace {

struct FaceArgs {
  std::string deployment;
  std::string rules;
  std::string db;
  std::string as_of;
  std::string store;
  std::string key_file;
  std::string checkpoint;
  std::string verify_key;
  std::string signature;
  std::string format = "text";
  bool verbose = false;
  std::optional<double> threshold; // default: the deployment's matching.threshold, else 0.6
  int upsample = 0;
  // Per command.
  std::string subject;
  std::string image;
  std::string purpose;
  bool aligned = false;
  std::string by;
  std::vector<std::string> scope;
  bool separate = false;
  bool written = false;
  bool guardian = false;
  std::string birth_date;
  std::string category;
  std::string audit_action = "show";
  bool audit_full = false;
  ServeOptions serve;
  std::string out;
};

enum class Command { enrol, verify, identify, erase, purge, consent, withdraw, show, audit, keygen, serve };

bool needs_models(Command c) {
  return c == Command::enrol || c == Command::verify || c == Command::identify || c == Command::serve;
}

std::string quoted(const std::string& s) {
  if (s.find_first_of(" '\"$\\`") == std::string::npos) {
    return s;
  }
  std::string out = "'";
  for (char ch : s) {
    out += ch == '\'' ? std::string("'\\''") : std::string(1, ch);
  }
  return out + "'";
}

std::string short_id(const std::string& id) {
  return id.size() > 12 ? id.substr(0, 12) : id;
}

// When the store holds no assessment with the id the gate computed: what changed, and the command that
// records a new assessment.
std::vector<std::string> reassess_hint(const FaceArgs& args, const gate::Request& request,
                                       const gate::Answer& answer) {
  std::vector<std::string> lines;
  if (!request.verify_key.empty()) {
    lines.push_back(
        "the runtime accepts only a signed assessment: re-assess, read the report, then sign it with "
        "`facepia assess " +
        quoted(request.deployment.string()) + (args.rules.empty() ? "" : " --rules " + quoted(args.rules)) +
        " --sign SIGNING_KEY`");
    return lines;
  }
  std::optional<engine::StoredAssessment> earlier;
  std::error_code ec;
  if (std::filesystem::exists(request.database, ec)) {
    try {
      const engine::Store store(request.database);
      const auto mine = std::filesystem::weakly_canonical(request.deployment, ec);
      for (const auto& row : store.history(0, false)) { // newest first, without the reports
        std::error_code ec2;
        if (row.deployment_file == request.deployment.string() ||
            std::filesystem::weakly_canonical(row.deployment_file, ec2) == mine) {
          earlier = row;
          break;
        }
      }
    } catch (const std::exception&) {
      // The hint is a courtesy: the refusal stands without it.
    }
  }
  if (earlier && earlier->id == answer.assessment_id) {
    lines.push_back("the stored assessment of `" + request.deployment.string() + "` (" +
                    short_id(earlier->id) + ", recorded " + earlier->assessed_at +
                    ") is current, but not authenticated by this runtime's template key: it was recorded "
                    "without --key-file, or written into the store by hand");
  } else if (earlier) {
    lines.push_back("the stored assessment of `" + request.deployment.string() + "` (" +
                    short_id(earlier->id) + ", " + earlier->decision + ", recorded " + earlier->assessed_at +
                    ") no longer matches: the deployment, the rules or the engine changed since (now " +
                    short_id(answer.assessment_id) + ")");
  } else {
    lines.push_back("`" + request.deployment.string() + "` has no recorded assessment in `" +
                    request.database.string() + "`");
  }
  std::string command =
      "facepia assess " + quoted(request.deployment.string()) + " --db " + quoted(request.database.string());
  if (!args.key_file.empty()) {
    command += " --key-file " + quoted(args.key_file);
  }
  if (!args.rules.empty()) {
    command += " --rules " + quoted(args.rules);
  }
  if (!args.as_of.empty()) {
    command += " --as-of " + args.as_of;
  }
  lines.push_back("re-assess it, read the report, then run this command again: " + command);
  return lines;
}

void print_outcome(const FaceArgs& args, Command command, const recognition::Outcome& o) {
  if (args.format == "json") {
    nlohmann::json j{{"ok", o.ok}, {"result", o.result}, {"message", o.message}};
    if (!o.subject.empty()) {
      j["subject"] = o.subject;
    }
    if (o.distance) {
      j["distance"] = *o.distance;
    }
    if (command == Command::erase || command == Command::purge || command == Command::withdraw) {
      j["count"] = o.count;
    }
    std::cout << j.dump(2) << "\n";
  } else {
    (o.ok ? std::cout : std::cerr) << o.message << "\n";
  }
}

int run_keygen(const FaceArgs& args) {
  const std::filesystem::path out = args.out;
  const auto key = recognition::TemplateKey::generate();
  // O_EXCL: never over an existing key (templates encrypted with it could no longer be read), nor through a
  // symbolic link, dangling or not (O_NOFOLLOW, and O_EXCL refuses a link); mode 0600 from the start.
  const int fd = ::open(out.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (fd < 0) {
    if (errno == EEXIST) {
      std::cerr << "error: `" << out.string() << "` exists: a key is never overwritten (templates encrypted "
                << "with it could no longer be read)\n";
    } else {
      std::cerr << "error: cannot create `" << out.string() << "`: " << std::strerror(errno) << "\n";
    }
    return 2;
  }
  const std::string line = key.hex() + "\n";
  const bool written = ::write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size()) &&
                       ::fchmod(fd, 0600) == 0 && ::fsync(fd) == 0;
  if (::close(fd) != 0 || !written) {
    std::cerr << "error: cannot write `" << out.string() << "`\n";
    std::error_code ignored;
    std::filesystem::remove(out, ignored);
    return 2;
  }
  std::cout << "wrote a new template key to `" << out.string()
            << "` (mode 0600); keep it apart from the store, and back it up: without it the templates "
               "cannot be read\n";
  return 0;
}

int print_subject(const FaceArgs& args, recognition::Runtime& rt) {
  auto& store = rt.store();
  const auto subject = store.subject(args.subject);
  if (!subject) {
    std::cerr << "no subject `" << args.subject << "` in the store\n";
    return 1;
  }
  const auto consents = store.consents(args.subject);
  const auto templates = store.templates(args.subject);
  if (args.format == "json") {
    nlohmann::json c = nlohmann::json::array();
    for (const auto& x : consents) {
      c.push_back({{"id", x.id},
                   {"given_by", x.given_by},
                   {"given_at", x.given_at},
                   {"scope", x.scope},
                   {"separate", x.separate},
                   {"written", x.written},
                   {"by_guardian", x.by_guardian},
                   {"withdrawn_at", x.withdrawn_at ? nlohmann::json(*x.withdrawn_at) : nlohmann::json()}});
    }
    nlohmann::json t = nlohmann::json::array();
    for (const auto& x : templates) {
      t.push_back({{"id", x.id},
                   {"created_at", x.created_at},
                   {"expires_at", x.expires_at ? nlohmann::json(*x.expires_at) : nlohmann::json()}});
    }
    std::cout << nlohmann::json{{"subject", subject->id},
                                {"birth_date", subject->birth_date ? nlohmann::json(*subject->birth_date)
                                                                   : nlohmann::json()},
                                {"created_at", subject->created_at},
                                {"consents", c},
                                {"templates", t}}
                     .dump(2)
              << "\n";
    return 0;
  }
  std::cout << "subject:    " << subject->id << "\n"
            << "birth date: " << subject->birth_date.value_or("unknown") << "\n"
            << "recorded:   " << subject->created_at << "\n"
            << "consents:   " << consents.size() << "\n";
  for (const auto& x : consents) {
    std::string scope;
    for (const auto& s : x.scope) {
      scope += (scope.empty() ? "" : ",") + s;
    }
    std::cout << "  #" << x.id << " " << x.given_at << " by " << x.given_by << " for {" << scope << "}"
              << (x.separate ? ", separate" : "") << (x.written ? ", written" : "")
              << (x.by_guardian ? ", by guardian" : "")
              << (x.withdrawn_at ? ", WITHDRAWN " + *x.withdrawn_at : std::string()) << "\n";
  }
  std::cout << "templates:  " << templates.size() << "\n";
  for (const auto& x : templates) {
    std::cout << "  #" << x.id << " enrolled " << x.created_at
              << (x.expires_at ? ", deleted by " + *x.expires_at : std::string()) << "\n";
  }
  return 0;
}

int print_audit(const FaceArgs& args, recognition::Runtime& rt) {
  // `verify` walks only what the checkpoint does not vouch for yet, unless --full; `show` reads every entry
  // anyway, and checks them all.
  const bool show = args.audit_action == "show";
  const auto log = show ? rt.store().audit_log() : std::vector<recognition::AuditEntry>();
  const auto check = rt.store().verify_audit_chain(
      show || args.audit_full ? recognition::AuditScope::full : recognition::AuditScope::since_checkpoint);
  // The log holds pseudonyms: shown by name while the subject is recorded, by pseudonym once forgotten.
  std::map<std::string, std::string> names;
  auto name_of = [&](const std::string& pseudonym) -> const std::string& {
    auto known = names.find(pseudonym);
    if (known == names.end()) {
      known =
          names
              .emplace(pseudonym, pseudonym.empty() ? std::string()
                                                    : rt.store().subject_name(pseudonym).value_or(pseudonym))
              .first;
    }
    return known->second;
  };
  if (args.format == "json") {
    nlohmann::json out{{"chain_ok", check.ok},
                       {"entries_checked", check.entries},
                       {"entries_walked", check.walked},
                       {"full", show || args.audit_full}};
    if (check.checkpoint_count) {
      out["checkpoint_entries"] = *check.checkpoint_count;
    }
    if (!check.ok) {
      out["first_bad_seq"] = check.first_bad_seq ? nlohmann::json(*check.first_bad_seq) : nlohmann::json();
      out["problem"] = check.problem;
    }
    if (args.audit_action == "show") {
      nlohmann::json entries = nlohmann::json::array();
      for (const auto& e : log) {
        entries.push_back({{"seq", e.seq},
                           {"at", e.at},
                           {"operation", e.operation},
                           {"subject", name_of(e.subject)},
                           {"subject_pseudonym", e.subject},
                           {"purpose", e.purpose},
                           {"result", e.result},
                           {"detail", e.detail},
                           {"assessment_id", e.assessment_id},
                           {"prev_hash", e.prev_hash},
                           {"hash", e.hash}});
      }
      out["entries"] = entries;
    }
    std::cout << out.dump(2) << "\n";
  } else {
    if (args.audit_action == "show") {
      for (const auto& e : log) {
        std::cout << e.seq << "  " << e.at << "  " << e.operation << "  "
                  << (e.subject.empty() ? "-" : name_of(e.subject)) << "  [" << e.purpose << "]  " << e.result
                  << (e.detail.empty() ? "" : "  (" + e.detail + ")") << "\n";
      }
    }
    if (check.ok) {
      std::cout << "audit chain: intact, " << check.entries << " entries"
                << (check.checkpoint_count ? ", " + std::to_string(*check.checkpoint_count) +
                                                 " of them anchored by the checkpoint"
                                           : std::string())
                << (show || args.audit_full
                        ? std::string()
                        : "; checked from the checkpoint on (" + std::to_string(check.walked) +
                              " entries; --full walks them all)")
                << "\n";
    } else {
      std::cerr << "audit chain: BROKEN"
                << (check.first_bad_seq ? " at entry " + std::to_string(*check.first_bad_seq) : std::string())
                << ": " << check.problem << " (" << check.entries
                << " entries stored): the log was tampered with\n";
    }
  }
  return check.ok ? 0 : 1;
}

int run_face(const FaceArgs& args, Command command) {
  if (command == Command::keygen) {
    return run_keygen(args);
  }
  recognition::RuntimeOptions options;
  options.gate.deployment = args.deployment;
  options.gate.rules_dir = args.rules.empty() ? gate::default_rules_dir() : std::filesystem::path(args.rules);
  options.gate.database = args.db.empty() ? gate::default_database() : std::filesystem::path(args.db);
  if (!args.as_of.empty()) {
    options.gate.as_of = args.as_of;
  }
  options.gate.require_stored_assessment = true;
  if (!args.verify_key.empty()) {
    options.gate.verify_key = args.verify_key;
  } else if (const char* env = std::getenv("FACEPIA_VERIFY_KEY"); env != nullptr && *env != '\0') {
    options.gate.verify_key = env;
  }
  options.gate.signature = args.signature;
  if (!args.store.empty()) {
    options.store = args.store;
  } else if (const char* env = std::getenv("FACEPIA_FACE_STORE"); env != nullptr && *env != '\0') {
    options.store = env;
  }
  if (!args.key_file.empty()) {
    options.key_file = args.key_file;
  }
  if (!args.checkpoint.empty()) {
    options.checkpoint = args.checkpoint;
  } else if (const char* env = std::getenv("FACEPIA_FACE_CHECKPOINT"); env != nullptr && *env != '\0') {
    options.checkpoint = env;
  }
  if (options.gate.verify_key.empty()) {
    // Without a signature, only an assessment record MACed with this runtime's template key counts (`facepia
    // assess --key-file`): a row written into the store by hand is refused. A key that cannot be read is
    // refused when the store is opened.
    try {
      const auto key = recognition::TemplateKey::from_environment(options.key_file);
      options.gate.record_key = key.subkey(engine::record_key_label);
    } catch (const std::exception&) {
    }
  }
  options.check_models = needs_models(command);
  options.defer_model_check =
      command != Command::serve; // a refusal loads no model; a service checks at start
  options.threshold = args.threshold;
  options.upsample = args.upsample;
  // Reading the log must still work, and report the break itself, when it was tampered with.
  options.refuse_broken_audit = command != Command::audit;
  // Erasure, withdrawal, purge and the audit log run whatever the decision (see
  // RuntimeOptions::erasure_only).
  options.erasure_only = command == Command::erase || command == Command::withdraw ||
                         command == Command::purge || command == Command::audit;

  // 1. The gate, before anything else (Runtime::start applies its answer; it is kept here for the hint).
  const gate::Answer answer = gate::ask(options.gate);
  std::optional<recognition::Runtime> runtime;
  try {
    runtime.emplace(recognition::Runtime::start(options, [&](const gate::Request&) { return answer; }));
  } catch (const recognition::Refused& e) {
    std::vector<std::string> hint;
    if (!answer.stored && !answer.assessment_id.empty()) {
      hint = reassess_hint(args, options.gate, answer);
    }
    if (args.format == "json") {
      nlohmann::json j{{"ok", false},
                       {"result", "refused"},
                       {"decision", gate::to_string(answer.verdict)},
                       {"assessment_id", answer.assessment_id},
                       {"why", e.why()}};
      if (!hint.empty()) {
        j["reassess"] = hint;
      }
      std::cout << j.dump(2) << "\n";
    }
    std::cerr << e.what() << "\n";
    for (const auto& h : hint) {
      std::cerr << "hint: " << h << "\n";
    }
    return 1;
  }
  auto& rt = *runtime;
  if (!rt.policy().may_run) {
    std::cerr << "gate: " << rt.policy().verdict
              << ": the deployment may not run; erasure, withdrawal, purge and the audit log still do\n";
  }
  if (args.verbose) {
    const auto& p = rt.policy();
    std::cerr << "gate: " << p.verdict << " (assessment " << short_id(p.assessment_id) << ")";
    if (p.conditions.empty()) {
      std::cerr << ", no conditions\n";
    } else {
      std::cerr << ", enforcing:\n";
      std::vector<std::string> shown; // two rules may impose the same condition
      for (const auto& c : p.conditions) {
        if (std::find(shown.begin(), shown.end(), c) == shown.end()) {
          shown.push_back(c);
          std::cerr << "  " << c << "\n";
        }
      }
    }
    if (rt.purged_at_start() > 0) {
      std::cerr << "purged " << rt.purged_at_start() << " templates past their retention date\n";
    }
  }

  auto image = [&] { return recognition::load_image(args.image); };
  recognition::Outcome outcome;
  switch (command) {
  case Command::enrol:
    outcome = rt.enrol(args.subject, image(), args.purpose, args.aligned);
    break;
  case Command::verify:
    outcome = rt.verify(args.subject, image(), args.purpose, args.aligned);
    break;
  case Command::identify:
    outcome = rt.identify(image(), args.purpose, args.aligned);
    break;
  case Command::erase:
    outcome = rt.erase(args.subject, args.purpose.empty() ? "erasure request" : args.purpose);
    break;
  case Command::purge:
    outcome = rt.purge();
    break;
  case Command::withdraw:
    outcome = rt.withdraw_consent(args.subject, args.purpose.empty() ? "consent withdrawn" : args.purpose);
    break;
  case Command::consent: {
    recognition::Subject s;
    s.id = args.subject;
    if (!args.category.empty()) {
      s.category = args.category;
    }
    if (!args.birth_date.empty()) {
      s.birth_date = args.birth_date;
    } else if (const auto known = rt.store().subject(args.subject)) {
      s.birth_date = known->birth_date; // a later consent keeps the birth date recorded before
    }
    if (args.guardian && args.by.empty()) {
      std::cerr << "error: a guardian's consent needs --by NAME (who gave it)\n";
      return 2;
    }
    recognition::ConsentRecord c;
    c.given_by = args.by.empty() ? args.subject : args.by;
    c.scope = args.scope;
    c.separate = args.separate;
    c.written = args.written;
    c.by_guardian = args.guardian;
    rt.record_consent(s, c);
    outcome.ok = true;
    outcome.result = "recorded";
    outcome.subject = args.subject;
    outcome.message = "consent of `" + args.subject + "` recorded (given by " + c.given_by + ")";
    break;
  }
  case Command::show:
    return print_subject(args, rt);
  case Command::audit:
    return print_audit(args, rt);
  case Command::serve:
    return serve(rt, args.serve);
  case Command::keygen:
    break; // handled above
  }
  print_outcome(args, command, outcome);
  return outcome.ok ? 0 : 1;
}

const CommandRegistration registration{
    60, [](CLI::App& app) -> std::function<int()> {
      auto args = std::make_shared<FaceArgs>();
      auto command = std::make_shared<Command>(Command::audit);
      auto* face = app.add_subcommand("face", "the bundled face recognition runtime, gated by the engine");
      face->require_subcommand(1);
      face->footer(
          "Every command but keygen asks the engine about --deployment first and refuses (exit 1, with the\n"
          "blocking findings) when it is denied, when `facepia assess` has not recorded this very "
          "assessment\n"
          "(the deployment, the rules or the engine changed: re-assess), or when a condition cannot be\n"
          "enforced. The deployment's declared purposes, mode (identify only where it declares\n"
          "identification_1ton), data subject categories and template retention are enforced at every\n"
          "operation whether or not a rule imposes them; --threshold may only be stricter than the\n"
          "deployment's matching.threshold (else 0.6).\n"
          "Conditions are enforced while it runs: 1:1 only (identify refused), allowed purposes,\n"
          "consent records (separate, written, a guardian's below the age set), retention (expired "
          "templates\n"
          "are purged at start), no template of a face that is not enrolled, every operation audited.\n"
          "Exit status: 0 done (enrolled, match, identified, erased, recorded), 1 refused, no match, not\n"
          "identified or a broken audit chain, 2 bad input or usage.\n"
          "The template key: --key-file, else $FACEPIA_TEMPLATE_KEY (64 hex digits), else\n"
          "$FACEPIA_TEMPLATE_KEY_FILE; it is never stored in the database (`facepia face keygen` makes "
          "one).\n"
          "Models: scripts/fetch-model.");

      auto common = [args](CLI::App* sub) {
        sub->add_option("--deployment,-d", args->deployment, "the declared deployment (YAML)")
            ->required()
            ->check(CLI::ExistingFile);
        sub->add_option("--rules", args->rules,
                        "the rules (default: $FACEPIA_RULES, else ./rules, else the bundled rules)");
        sub->add_option(
            "--db", args->db,
            "the assessment store `facepia assess` wrote (default: $FACEPIA_DB, else ./facepia.db)");
        sub->add_option("--as-of", args->as_of, "the assessment date, as given to `facepia assess`");
        sub->add_option("--store", args->store,
                        "the template store (default: $FACEPIA_FACE_STORE, else ./facepia-faces.db)");
        sub->add_option("--key-file", args->key_file, "a file holding the template key (64 hex digits)");
        sub->add_option("--verify-key", args->verify_key,
                        "accept only an assessment signed with this public key's secret key (default: "
                        "$FACEPIA_VERIFY_KEY; the assessment store is then not read)");
        sub->add_option("--signature", args->signature,
                        "the signed assessment (default: the deployment's path with .sig appended)");
        sub->add_option(
            "--checkpoint", args->checkpoint,
            "the audit checkpoint, kept outside the store (default: $FACEPIA_FACE_CHECKPOINT, else "
            "the store's path with .checkpoint appended)");
        sub->add_option("--format", args->format, "text (default) or json")
            ->check(CLI::IsMember({"text", "json"}));
        sub->add_flag("--verbose,-v", args->verbose, "print the gate's decision and the conditions enforced");
      };
      auto subject = [args](CLI::App* sub, const char* help) {
        sub->add_option("subject,--subject,-s", args->subject, help)->required();
      };
      auto purpose = [args](CLI::App* sub, bool required, const char* help) {
        auto* o = sub->add_option("--purpose,-p", args->purpose, help);
        if (required) {
          o->required();
        }
      };
      auto image_options = [args](CLI::App* sub) {
        sub->add_option("image,--image,-i", args->image, "the photo (JPEG, PNG, ...)")
            ->required()
            ->check(CLI::ExistingFile);
        sub->add_flag("--aligned", args->aligned, "the image is already an aligned 150x150 face chip");
        sub->add_option(
               "--threshold", args->threshold,
               "distance under which two faces match (default and loosest: the deployment's "
               "matching.threshold, else 0.6, the model's operating point; only a stricter, lower one is "
               "accepted)")
            ->check(CLI::Range(0.05, 1.5));
        sub->add_option("--upsample", args->upsample, "double the image this many times to find small faces")
            ->check(CLI::Range(0, 3));
      };
      auto add = [&](const char* name, const char* help, Command c) {
        auto* sub = face->add_subcommand(name, help);
        if (c != Command::keygen) {
          common(sub);
        }
        sub->callback([command, c] { *command = c; });
        return sub;
      };

      auto* enrol =
          add("enrol", "enrol a subject's face (consent checked as the conditions require)", Command::enrol);
      enrol->alias("enroll");
      subject(enrol, "the subject's id");
      image_options(enrol);
      purpose(enrol, true, "the purpose of the enrolment (one the subject consented to)");

      auto* verify = add("verify", "1:1: is the face in the image this subject?", Command::verify);
      subject(verify, "the claimed subject");
      image_options(verify);
      purpose(verify, true, "the purpose of the operation");

      auto* identify = add("identify", "1:N: whose face is it, among the enrolled?", Command::identify);
      image_options(identify);
      purpose(identify, true, "the purpose of the operation");

      auto* erase =
          add("erase", "erase a subject's templates on request (recorded in the audit log)", Command::erase);
      subject(erase, "the subject");
      purpose(erase, false, "the reason recorded (default: erasure request)");

      add("purge", "delete the templates past their retention date", Command::purge);

      auto* consent = add("consent", "record a subject's consent (and the subject)", Command::consent);
      subject(consent, "the subject");
      consent->add_option("--scope", args->scope, "the purposes consented to (comma-separated)")
          ->required()
          ->delimiter(',');
      consent->add_flag("--separate", args->separate, "a separate consent for the face data (PIPL Art. 29)");
      consent->add_flag("--written", args->written, "a written consent");
      consent->add_flag("--guardian", args->guardian, "given by a parent or guardian (name them with --by)");
      consent->add_option("--by", args->by, "who gave it (default: the subject)");
      consent->add_option(
          "--birth-date", args->birth_date,
          "the subject's birth date (YYYY-MM-DD), needed where guardian consent depends on age");
      consent->add_option("--category", args->category,
                          "the subject's category, one of the deployment's data_subjects.categories");

      auto* withdraw =
          add("withdraw", "withdraw a subject's consent and erase its templates", Command::withdraw);
      subject(withdraw, "the subject");
      purpose(withdraw, false, "the reason recorded (default: consent withdrawn)");

      auto* show =
          add("show", "a subject's consents and templates (dates only, never the templates)", Command::show);
      subject(show, "the subject");

      auto* audit = add("audit", "print the audit log and check its hash chain", Command::audit);
      audit
          ->add_option("action", args->audit_action,
                       "show (default): the log and the check; verify: the check")
          ->check(CLI::IsMember({"show", "verify"}));
      audit->add_flag(
          "--full", args->audit_full,
          "verify: walk the whole chain, not only the entries since the checkpoint (which vouches "
          "for those before it)");

      auto* serve = add("serve",
                        "serve verify, identify and enrol over HTTP on this machine, the gate asked and the "
                        "models loaded once",
                        Command::serve);
      serve->add_option("--host", args->serve.host, "the address to listen on (default: 127.0.0.1)");
      serve->add_option("--port", args->serve.port, "the port (default: 8750)")->check(CLI::Range(1, 65535));
      serve->add_flag("--allow-remote", args->serve.allow_remote,
                      "listen on an address that is not loopback (put TLS in front of it)");
      serve->add_option(
          "--token-file", args->serve.token_file,
          "the bearer token every request carries, at least 32 characters (a file of mode 0600; "
          "default: $FACEPIA_SERVE_TOKEN)");
      serve
          ->add_option("--max-request-bytes", args->serve.max_request_bytes,
                       "the largest request body (default: 16 MiB)")
          ->check(CLI::Range(std::size_t{1024}, std::size_t{64} << 20U));
      serve->add_option("--threads", args->serve.threads, "connections served at once (default: 4)")
          ->check(CLI::Range(1, 64));
      serve->add_option("--upsample", args->upsample, "double each image this many times to find small faces")
          ->check(CLI::Range(0, 3));

      auto* keygen =
          add("keygen", "write a new random template key to a file (mode 0600); no gate", Command::keygen);
      keygen->add_option("--out,-o", args->out, "the key file to create (never overwritten)")->required();

      return [args, command] {
        try {
          return run_face(*args, *command);
        } catch (const recognition::Refused& e) {
          std::cerr << e.what() << "\n";
          return 1;
        } catch (const std::exception& e) {
          std::cerr << "error: " << e.what() << "\n";
          return 2;
        }
      };
    }};

} // namespace
} // namespace facepia::cli
