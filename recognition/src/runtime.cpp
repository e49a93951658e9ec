#include "facepia/recognition/runtime.hpp"

#include "facepia/platform/clock.hpp"
#include "facepia/recognition/calendar.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>

namespace facepia::recognition {
namespace {

std::string join(const std::vector<std::string>& lines) {
  std::string out = "the face runtime refuses to start:";
  for (const auto& l : lines) {
    out += "\n  " + l;
  }
  return out;
}

std::string format_distance(double d) {
  std::ostringstream os;
  os.precision(4);
  os << d;
  return os.str();
}

} // namespace

Refused::Refused(std::vector<std::string> why) : std::runtime_error(join(why)), why_(std::move(why)) {}

struct Runtime::Impl {
  RuntimeOptions options;
  Policy policy;
  Models models;
  std::optional<Store> store;
  std::unique_ptr<Pipeline> pipeline;
  std::size_t purged = 0;
  AuditCheck chain;
  // The decrypted gallery of one purpose, kept between identifications; dropped whenever templates are added
  // or removed.
  std::optional<Gallery> gallery;
  std::string gallery_purpose;

  // Templates past their retention date are deleted before any comparison, not only at startup; the delete
  // and its audit entry commit together.
  std::size_t purge_due(const std::string& when) {
    std::size_t n = 0;
    store->transaction([&] {
      n = store->purge_expired(now());
      const std::size_t records = store->purge_forgotten(records_kept_since());
      if (n > 0 || records > 0) {
        audit("purge", "", "retention", "purged",
              std::to_string(n) + " templates past their retention date" +
                  (records > 0 ? ", the records of " + std::to_string(records) +
                                     " forgotten subjects past the record retention"
                               : std::string()) +
                  when);
      }
    });
    if (n > 0) {
      gallery.reset();
      store->scrub();
    }
    return n;
  }

  // Only the templates this purpose may be matched against in 1:N: enrolled for 1:N under a consent that
  // covers the purpose, of subjects this deployment may process.
  const Gallery& loaded_gallery(const std::string& purpose) {
    if (!gallery || gallery_purpose != purpose) {
      gallery.emplace();
      gallery_purpose = purpose;
      auto all = store->all_templates();
      gallery->reserve(all.size());
      std::map<std::string, bool> subject_ok;
      const std::string at = now();
      for (auto& t : all) {
        if (!permit_template(policy, Operation::identify, t, purpose)) {
          continue;
        }
        auto known = subject_ok.find(t.subject);
        if (known == subject_ok.end()) {
          const auto s = store->subject(t.subject);
          known = subject_ok.emplace(t.subject, s && permit_subject(policy, *s, at).allowed).first;
        }
        if (known->second) {
          gallery->add(t.id, std::move(t.subject), t.descriptor);
        }
      }
    }
    return *gallery;
  }

  std::string now() const { return options.now ? *options.now : platform::utc_now(); }
  double threshold() const { return options.threshold.value_or(operating_threshold(policy)); }
  // The pseudonymous records of a forgotten subject (its consents: proof of what was consented to) are kept
  // for the deployment's pipia.record_retention, else 3 years (PIPL Art. 56), counted in 366-day years so
  // that they are kept at least that long; forgotten before the returned time, they are deleted.
  std::string records_kept_since() const {
    const auto& declared = policy.declared.record_retention_years;
    const double years = declared && std::isfinite(*declared) && *declared >= 0 ? *declared : 3.0;
    return add_days(now(), -366.0 * years);
  }

  AuditEntry audit(std::string op, std::string subject, std::string purpose, std::string result,
                   std::string detail) {
    AuditEntry e;
    e.at = now();
    e.operation = std::move(op);
    e.detail = std::move(detail);
    // The log names no one: the subject by its pseudonym, and in the detail (a refusal's reason quotes the
    // subject) by the pseudonym's first 16 hex digits.
    if (!subject.empty()) {
      e.subject = store->pseudonym(subject);
      const std::string quoted = "`" + subject + "`";
      for (auto at = e.detail.find(quoted); at != std::string::npos; at = e.detail.find(quoted, at)) {
        const std::string replacement = "`" + e.subject.substr(0, 16) + "`";
        e.detail.replace(at, quoted.size(), replacement);
        at += replacement.size();
      }
    }
    e.purpose = std::move(purpose);
    e.result = std::move(result);
    e.assessment_id = policy.assessment_id;
    return store->append_audit(std::move(e));
  }

  Outcome refuse(Operation op, const std::string& subject, const std::string& purpose,
                 const std::string& why) {
    audit(std::string(to_string(op)), subject, purpose, "refused", why);
    Outcome o;
    o.result = "refused";
    o.message = std::string(to_string(op)) + " refused: " + why;
    o.subject = subject;
    return o;
  }

  Pipeline& pipe() {
    if (!pipeline) {
      if (options.check_models && models.network.empty()) {
        models = check_models(options.model_dir, options.shape_predictor);
      }
      if (!models.ok()) {
        throw Refused(models.errors);
      }
      pipeline = std::make_unique<Pipeline>(models.shape_predictor, models.network, options.upsample);
    }
    return *pipeline;
  }

  // The template of the one face in `image`; nullopt with a reason when there is none or several.
  std::optional<Template> one_face(const Image& image, bool aligned, std::string& why) {
    if (aligned) {
      if (image.width != chip_size || image.height != chip_size) {
        why = "an aligned image must be 150x150 pixels";
        return std::nullopt;
      }
      return pipe().chip_template(image);
    }
    auto faces = pipe().faces(image);
    if (faces.size() != 1) {
      why = "the image holds " + std::to_string(faces.size()) + " faces, exactly one is needed";
      return std::nullopt;
    }
    return faces.front().descriptor;
  }
};

Runtime::Runtime(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Runtime::Runtime(Runtime&&) noexcept = default;
Runtime& Runtime::operator=(Runtime&&) noexcept = default;
Runtime::~Runtime() = default;

Runtime Runtime::start(RuntimeOptions options, const AskGate& ask) {
  auto impl = std::make_unique<Impl>();
  impl->options = std::move(options);
  // 1. The gate, before anything else.
  const gate::Answer answer = ask(impl->options.gate);
  impl->policy = make_policy(answer);
  if (!impl->policy.may_run && !impl->options.erasure_only) {
    std::vector<std::string> why{
        "decision: " + impl->policy.verdict +
        (answer.assessment_id.empty() ? "" : " (assessment " + answer.assessment_id + ")")};
    why.insert(why.end(), impl->policy.refusals.begin(), impl->policy.refusals.end());
    throw Refused(why);
  }
  // 2. The models (sha256), once: now, or when the first face is looked at.
  if (impl->options.check_models && !impl->options.defer_model_check) {
    impl->models = check_models(impl->options.model_dir, impl->options.shape_predictor);
    if (!impl->models.ok()) {
      throw Refused(impl->models.errors);
    }
  } else if (!impl->options.check_models) {
    impl->models.errors.push_back("models were not checked at start; fix: run the command that needs them");
  }
  // 3. The store, and templates past their retention date.
  try {
    const TemplateKey key =
        impl->options.key ? *impl->options.key : TemplateKey::from_environment(impl->options.key_file);
    impl->store.emplace(impl->options.store, key,
                        StoreOptions{impl->policy.declared.name, impl->options.checkpoint});
  } catch (const std::exception& e) {
    throw Refused({e.what()});
  }
  // From the checkpoint on, not the whole log: each checkpoint vouches for the entries before it (`facepia
  // face audit verify --full` walks them all again).
  impl->chain = impl->store->verify_audit_chain(AuditScope::since_checkpoint);
  if (!impl->chain.ok) {
    if (impl->options.refuse_broken_audit) {
      throw Refused({"the audit log of `" + impl->options.store.string() +
                     "` was tampered with: " + impl->chain.problem});
    }
    return Runtime(std::move(impl)); // read-only: no purge, no entry appended to a broken chain
  }
  impl->purged = impl->purge_due(", at startup");
  return Runtime(std::move(impl));
}

const Policy& Runtime::policy() const {
  return impl_->policy;
}
Store& Runtime::store() {
  return *impl_->store;
}
std::size_t Runtime::purged_at_start() const {
  return impl_->purged;
}
const AuditCheck& Runtime::audit_at_start() const {
  return impl_->chain;
}

void Runtime::record_consent(const Subject& subject, ConsentRecord consent) {
  Subject s = subject;
  if (s.created_at.empty()) {
    s.created_at = impl_->now();
  }
  if (s.birth_date && !valid_date(*s.birth_date)) {
    throw std::invalid_argument("birth date `" + *s.birth_date + "` is not YYYY-MM-DD");
  }
  const auto& categories = impl_->policy.declared.subject_categories;
  if (s.category && std::find(categories.begin(), categories.end(), *s.category) == categories.end()) {
    throw std::invalid_argument("category `" + *s.category +
                                "` is not among the deployment's declared data_subjects.categories");
  }
  consent.subject = s.id;
  if (consent.given_at.empty()) {
    consent.given_at = impl_->now();
  }
  std::string scope;
  for (const auto& x : consent.scope) {
    scope += (scope.empty() ? "" : ",") + x;
  }
  impl_->store->transaction([&] {
    impl_->store->put_subject(s);
    const auto id = impl_->store->add_consent(consent);
    impl_->audit("consent", s.id, scope, "recorded",
                 "consent " + std::to_string(id) + (consent.separate ? ", separate" : "") +
                     (consent.written ? ", written" : "") + (consent.by_guardian ? ", by guardian" : ""));
  });
}

Outcome Runtime::withdraw_consent(const std::string& subject, const std::string& purpose) {
  Outcome o;
  impl_->store->transaction([&] {
    const auto withdrawn = impl_->store->withdraw_consent(subject, impl_->now());
    o.count = impl_->store->erase_templates(subject);
    impl_->store->forget_subject(subject, impl_->now());
    impl_->gallery.reset();
    impl_->audit("withdraw", subject, purpose, "withdrawn",
                 std::to_string(withdrawn) + " consents withdrawn, " + std::to_string(o.count) +
                     " templates erased, the subject's name and birth date erased");
  });
  impl_->store->scrub();
  o.ok = true;
  o.result = "withdrawn";
  o.subject = subject;
  o.message = "consent of `" + subject + "` withdrawn; " + std::to_string(o.count) + " templates erased";
  return o;
}

Outcome Runtime::enrol(const std::string& subject, const Image& image, const std::string& purpose,
                       bool aligned) {
  const std::string now = impl_->now();
  const auto permission = permit_enrolment(impl_->policy, impl_->store->subject(subject),
                                           impl_->store->consents(subject), purpose, now);
  if (!permission) {
    return impl_->refuse(Operation::enrol, subject, purpose, permission.reason);
  }
  std::string why;
  const auto t = impl_->one_face(image, aligned, why);
  if (!t) {
    return impl_->refuse(Operation::enrol, subject, purpose, why);
  }
  Outcome o;
  const auto expiry = template_expiry(impl_->policy, now);
  TemplateBinding binding;
  binding.purpose = purpose;
  binding.mode = impl_->policy.declared.mode;
  if (permission.consent) {
    binding.consent_id = permission.consent->id;
    binding.consent_scope = permission.consent->scope;
  } else {
    binding.consent_scope = {purpose};
  }
  impl_->store->transaction([&] {
    if (!impl_->store->subject(subject)) {
      Subject s;
      s.id = subject;
      s.created_at = now;
      impl_->store->put_subject(s);
    }
    const auto id = impl_->store->add_template(subject, *t, now, expiry, binding);
    impl_->gallery.reset();
    impl_->audit("enrol", subject, purpose, "enrolled",
                 "template " + std::to_string(id) + (expiry ? ", kept until " + *expiry : ""));
  });
  o.ok = true;
  o.result = "enrolled";
  o.subject = subject;
  o.count = 1;
  o.message = "enrolled `" + subject + "`" + (expiry ? " until " + *expiry : "");
  return o;
}

Outcome Runtime::verify(const std::string& subject, const Image& image, const std::string& purpose,
                        bool aligned) {
  if (const auto p = permit(impl_->policy, Operation::verify, purpose); !p) {
    return impl_->refuse(Operation::verify, subject, purpose, p.reason);
  }
  if (const auto p = permit_threshold(impl_->policy, impl_->threshold()); !p) {
    return impl_->refuse(Operation::verify, subject, purpose, p.reason);
  }
  impl_->purge_due("");
  const auto record = impl_->store->subject(subject);
  if (!record) {
    return impl_->refuse(Operation::verify, subject, purpose, "`" + subject + "` has no enrolled template");
  }
  if (const auto p = permit_subject(impl_->policy, *record, impl_->now()); !p) {
    return impl_->refuse(Operation::verify, subject, purpose, p.reason);
  }
  std::vector<StoredTemplate> enrolled;
  std::string unusable;
  for (auto& t : impl_->store->templates(subject)) {
    if (const auto p = permit_template(impl_->policy, Operation::verify, t, purpose); p) {
      enrolled.push_back(std::move(t));
    } else {
      unusable = p.reason;
    }
  }
  if (enrolled.empty()) {
    return impl_->refuse(Operation::verify, subject, purpose,
                         unusable.empty() ? "`" + subject + "` has no enrolled template" : unusable);
  }
  std::string why;
  const auto probe = impl_->one_face(image, aligned, why); // the probe template is never stored
  if (!probe) {
    return impl_->refuse(Operation::verify, subject, purpose, why);
  }
  double best = 1e9;
  for (const auto& t : enrolled) {
    best = std::min(best, distance(*probe, t.descriptor));
  }
  Outcome o;
  o.ok = best < impl_->threshold();
  o.result = o.ok ? "match" : "no_match";
  o.subject = subject;
  o.distance = best;
  o.message = (o.ok ? "match: `" : "no match: not `") + subject + "` (distance " + format_distance(best) +
              ", threshold " + format_distance(impl_->threshold()) + ")";
  impl_->audit("verify", subject, purpose, o.result, "distance " + format_distance(best));
  return o;
}

Outcome Runtime::identify(const Image& image, const std::string& purpose, bool aligned) {
  if (const auto p = permit(impl_->policy, Operation::identify, purpose); !p) {
    return impl_->refuse(Operation::identify, "", purpose, p.reason);
  }
  if (const auto p = permit_threshold(impl_->policy, impl_->threshold()); !p) {
    return impl_->refuse(Operation::identify, "", purpose, p.reason);
  }
  impl_->purge_due("");
  const Gallery& gallery = impl_->loaded_gallery(purpose);
  std::string why;
  // An empty gallery identifies nobody: the face is not even looked at, but the image is held to the
  // detector's budget all the same, so that its limits do not depend on what is enrolled.
  if (gallery.size() == 0 && !aligned) {
    if (auto over = detection_budget_error(image, impl_->options.upsample); !over.empty()) {
      throw std::runtime_error(over);
    }
  }
  const auto probe =
      gallery.size() == 0 ? std::optional<Template>(Template{}) : impl_->one_face(image, aligned, why);
  if (!probe) {
    return impl_->refuse(Operation::identify, "", purpose, why);
  }
  const auto m = gallery.identify(*probe, impl_->threshold());
  Outcome o;
  o.ok = m.has_value();
  o.result = o.ok ? "identified" : "not_identified";
  if (m) {
    o.subject = m->subject;
    o.distance = m->distance;
    o.message = "identified `" + m->subject + "` (distance " + format_distance(m->distance) + ")";
  } else {
    o.message = "not identified among " + std::to_string(gallery.size()) + " templates";
  }
  impl_->audit("identify", o.subject, purpose, o.result,
               (m ? "distance " + format_distance(m->distance) + ", " : std::string()) + "gallery of " +
                   std::to_string(gallery.size()));
  return o;
}

Outcome Runtime::erase(const std::string& subject, const std::string& purpose) {
  if (const auto p = permit(impl_->policy, Operation::erase, purpose); !p) {
    return impl_->refuse(Operation::erase, subject, purpose, p.reason);
  }
  Outcome o;
  impl_->store->transaction([&] {
    o.count = impl_->store->erase_templates(subject);
    impl_->store->forget_subject(subject, impl_->now());
    impl_->gallery.reset();
    impl_->audit("erase", subject, purpose, "erased",
                 std::to_string(o.count) + " templates erased on request, the subject's name and birth date "
                                           "erased");
  });
  impl_->store->scrub();
  o.ok = true;
  o.result = "erased";
  o.subject = subject;
  o.message = "erased " + std::to_string(o.count) + " templates of `" + subject + "`";
  return o;
}

Outcome Runtime::purge() {
  Outcome o;
  impl_->store->transaction([&] {
    o.count = impl_->store->purge_expired(impl_->now());
    const std::size_t records = impl_->store->purge_forgotten(impl_->records_kept_since());
    impl_->gallery.reset();
    impl_->audit("purge", "", "retention", "purged",
                 std::to_string(o.count) + " templates past their retention date" +
                     (records > 0 ? ", the records of " + std::to_string(records) +
                                        " forgotten subjects past the record retention"
                                  : std::string()));
  });
  impl_->store->scrub();
  o.ok = true;
  o.result = "purged";
  o.message = "purged " + std::to_string(o.count + impl_->purged) + " templates past their retention date";
  o.count += impl_->purged;
  return o;
}

} // namespace facepia::recognition
