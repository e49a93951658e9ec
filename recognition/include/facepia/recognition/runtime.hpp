// The gated runtime: asks the engine about its declared deployment before anything else, refuses to start
// when the answer is deny (or stale, or carries a condition it cannot enforce), and enforces the conditions
// while it runs.
#pragma once

#include "facepia/gate/answer.hpp"
#include "facepia/recognition/match.hpp"
#include "facepia/recognition/models.hpp"
#include "facepia/recognition/pipeline.hpp"
#include "facepia/recognition/policy.hpp"
#include "facepia/recognition/store.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace facepia::recognition {

struct RuntimeOptions {
  gate::Request gate;                               // the deployment, rules and assessment store
  std::filesystem::path store = "facepia-faces.db"; // the template store
  // The audit checkpoint, kept outside the store (default: the store's path with `.checkpoint` appended).
  std::optional<std::filesystem::path> checkpoint;
  std::optional<std::filesystem::path> key_file; // else FACEPIA_TEMPLATE_KEY / FACEPIA_TEMPLATE_KEY_FILE
  std::optional<TemplateKey> key;                // given directly (tests)
  std::filesystem::path model_dir = default_model_dir();
  std::filesystem::path shape_predictor = std::filesystem::path(shape_predictor_path);
  bool check_models = true; // erase and purge need no model
  // Check them when the first face is looked at rather than at start: an operation refused by the policy then
  // costs no model check (the command line, one operation per process).
  bool defer_model_check = false;
  int upsample = 0;
  // Default: operating_threshold(policy), the deployment's declared matching.threshold else 0.6; another may
  // only be stricter (lower).
  std::optional<double> threshold;
  std::optional<std::string> now; // a fixed clock (tests); else the system clock
  // A broken audit chain refuses the start. False only for reading the log (`facepia face audit`), which then
  // reports the break itself; nothing is purged or appended at startup while the chain is broken.
  bool refuse_broken_audit = true;
  // Start even when the deployment may not run (deny, a stale assessment), for erasure, withdrawal, purge and
  // reading the audit log only: deleting faces lowers the risk, and the data subject's right to erasure (PIPL
  // Art. 47, GDPR Art. 17), or a court's order to delete (Guo Bing), must be exercisable whatever the
  // decision. Enrol, verify and identify are still refused.
  bool erasure_only = false;
};

// The runtime refuses to start: the lines say why (blocking findings, errors, missing models).
class Refused : public std::runtime_error {
public:
  explicit Refused(std::vector<std::string> why);
  const std::vector<std::string>& why() const { return why_; }

private:
  std::vector<std::string> why_;
};

using AskGate = std::function<gate::Answer(const gate::Request&)>;

struct Outcome {
  bool ok = false;     // false: refused or no result (exit 1)
  std::string result;  // as in the audit log: enrolled, match, no_match, identified, not_identified, ...
  std::string message; // for people
  std::string subject; // enrolled / verified / identified subject
  std::optional<double> distance;
  std::size_t count = 0; // templates enrolled, erased or purged
};

class Runtime {
public:
  // Asks the gate with `ask`, then: policy, store, audit chain, purge of expired templates. Throws Refused.
  static Runtime start(RuntimeOptions options, const AskGate& ask);
  // Asks the engine (gate::ask). Defined apart (runtime_gate.cpp), the only unit that needs facepia_engine.
  static Runtime start(RuntimeOptions options);

  Runtime(Runtime&&) noexcept;
  Runtime& operator=(Runtime&&) noexcept;
  ~Runtime();

  const Policy& policy() const;
  Store& store();
  std::size_t purged_at_start() const;
  // The audit chain as checked at startup (always ok unless refuse_broken_audit was false).
  const AuditCheck& audit_at_start() const;

  // Records a subject and a consent (audited as `consent`).
  void record_consent(const Subject& subject, ConsentRecord consent);
  // Withdraws the subject's consents and erases its templates (audited as `withdraw`).
  Outcome withdraw_consent(const std::string& subject, const std::string& purpose);

  // `aligned`: the image is already a 150x150 aligned chip (no detection). An enrolment image must hold one
  // face.
  Outcome enrol(const std::string& subject, const Image& image, const std::string& purpose,
                bool aligned = false);
  Outcome verify(const std::string& subject, const Image& image, const std::string& purpose,
                 bool aligned = false);
  Outcome identify(const Image& image, const std::string& purpose, bool aligned = false);
  Outcome erase(const std::string& subject, const std::string& purpose);
  Outcome purge();

private:
  struct Impl;
  explicit Runtime(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

} // namespace facepia::recognition
