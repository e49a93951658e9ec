// Risk register in the CNIL PIA method: for each feared event, its likelihood and severity on four levels
// (negligible, limited, significant, maximum) before and after the declared measures. A risk whose residual
// severity and likelihood are both significant or maximum is high; a high residual risk means the supervisory
// authority must be consulted first (GDPR Art. 36(1)).
//
// Unknown facts: each risk is computed twice, once taking every unknown fact as unfavourable and once as
// favourable; the levels are the range between the two, and a conclusion is known only when both agree.
#include "assessors_impl.hpp"
#include "support.hpp"

#include <algorithm>
#include <array>
#include <cassert>
#include <iterator>

namespace facepia::assessors {
namespace detail {

namespace {

constexpr const char* kCnil = "CNIL PIA Knowledge Bases (2018)";

Level shift(Level l, int by) {
  const int v = std::clamp(static_cast<int>(l) + by, 1, 4);
  return static_cast<Level>(v);
}

// One scenario: unknown facts resolved all unfavourably (pessimistic) or all favourably.
struct Ask {
  Reader& r;
  bool pessimistic;
  // An aggravating condition holds.
  bool bad(Truth t) const { return t == Truth::true_ || (t == Truth::unknown && pessimistic); }
  // A favourable condition or a measure holds.
  bool good(Truth t) const { return t == Truth::true_ || (t == Truth::unknown && !pessimistic); }
  bool measure(std::string_view m) const { return good(r.contains("security.measures", m)); }
};

// A list of at most N items kept in place: a scenario has at most four notes and three measures, and is
// computed twice per risk, so it allocates nothing.
template <class T, std::size_t N> class Few {
public:
  void push_back(T item) {
    assert(size_ < N);
    items_[size_++] = item;
  }
  std::size_t size() const { return size_; }
  const T& operator[](std::size_t i) const { return items_[i]; }
  const T* begin() const { return items_.data(); }
  const T* end() const { return items_.data() + size_; }

private:
  std::array<T, N> items_{};
  std::size_t size_ = 0;
};

// A stated measure that lowered a level: "encryption at rest", on the likelihood.
struct Measure {
  std::string_view what;
  bool on_likelihood = true; // else on the severity
};

struct Levels {
  bool applicable = true;
  Level likelihood_before = Level::negligible;
  Level severity_before = Level::negligible;
  Level likelihood_after = Level::negligible;
  Level severity_after = Level::negligible;
  Few<Measure, 3> measures;
  Few<std::string_view, 4> notes; // how the levels before were reached
};

// Applies the measures: each lowers the likelihood (at most two levels in all) or the severity (at most one).
struct Lowering {
  Levels& v;
  int likelihood = 0;
  int severity = 0;
  void likelihood_by(bool present, std::string_view what) {
    if (present && likelihood < 2) {
      ++likelihood;
      v.measures.push_back({what, true});
    }
  }
  void severity_by(bool present, std::string_view what) {
    if (present && severity < 1) {
      ++severity;
      v.measures.push_back({what, false});
    }
  }
  void apply() {
    v.likelihood_after = shift(v.likelihood_before, -likelihood);
    v.severity_after = shift(v.severity_before, -severity);
  }
};

bool templates_exist(Ask& a, Levels& v) {
  v.applicable = a.bad(a.r.boolean("processing.creates_templates"));
  if (!v.applicable) {
    v.notes.push_back(
        "no facial templates are created, so this risk proper to facial recognition does not arise");
  }
  return v.applicable;
}

Levels illegitimate_access(Ask& a) {
  Levels v;
  Reader& r = a.r;
  const bool children = a.bad(r.intersects("data_subjects.categories", {"minors", "under_14", "pupils"}));
  const bool many = a.bad(r.at_least("data_subjects.count", 5000));
  const bool cloud = a.bad(r.is("storage.templates", {"cloud_service"}));
  const bool central = a.bad(r.is("storage.templates", {"central_server", "cloud_service"}));
  const bool abroad = a.bad(r.boolean("transfer.outside_jurisdiction"));
  const bool third = a.bad(r.boolean("recipients.third_parties"));
  v.severity_before = Level::significant;
  v.notes.push_back("biometric data: severity significant");
  if (children || many) {
    v.severity_before = Level::maximum;
    v.notes.push_back(children ? "children or pupils: severity maximum"
                               : "5,000 people or more: severity maximum");
  }
  v.likelihood_before = cloud ? Level::maximum : central ? Level::significant : Level::limited;
  v.notes.push_back(cloud     ? "templates in a cloud service: likelihood maximum"
                    : central ? "templates on a central server: likelihood significant"
                              : "templates on the device or held by the person: likelihood limited");
  if (abroad || third) {
    v.likelihood_before = shift(v.likelihood_before, 1);
    v.notes.push_back("faces go to other parties or abroad: likelihood +1");
  }
  const bool at_rest = a.measure("encryption_at_rest");
  const bool restricted = a.measure("access_restriction");
  const bool logged = a.measure("audit_logging");
  const bool in_transit = a.measure("encryption_in_transit");
  const bool template_only = a.measure("template_only_storage");
  Lowering l{v};
  l.likelihood_by(at_rest, "encryption at rest");
  l.likelihood_by(restricted, "access restricted to named staff");
  l.likelihood_by(logged, "audit logging");
  l.likelihood_by(in_transit && (central || abroad || third), "encryption in transit");
  l.severity_by(template_only, "raw images discarded, only templates kept");
  l.apply();
  return v;
}

Levels unwanted_modification(Ask& a) {
  Levels v;
  Reader& r = a.r;
  const bool decides = a.bad(r.intersects("purposes", {"access_control", "attendance", "payment", "boarding",
                                                       "identity_verification", "law_enforcement_search"}));
  const bool central = a.bad(r.is("storage.templates", {"central_server", "cloud_service"}));
  v.severity_before = decides ? Level::significant : Level::limited;
  v.notes.push_back(
      decides ? "a tampered template decides entry, attendance, payment or a search: severity significant"
              : "a tampered template decides nothing of consequence: severity limited");
  v.likelihood_before = central ? Level::significant : Level::limited;
  v.notes.push_back(central ? "a central store can be altered remotely: likelihood significant"
                            : "templates on the device: likelihood limited");
  const bool restricted = a.measure("access_restriction");
  const bool logged = a.measure("audit_logging");
  Lowering l{v};
  l.likelihood_by(restricted, "access restricted to named staff");
  l.likelihood_by(logged, "audit logging");
  l.apply();
  return v;
}

Levels disappearance(Ask& a) {
  Levels v;
  Reader& r = a.r;
  const bool alternative = a.good(r.boolean("alternatives.offered"));
  v.severity_before = Level::limited;
  v.likelihood_before = Level::limited;
  v.notes.push_back(
      "lost templates mean re-enrolment and a service interrupted: severity limited, likelihood limited");
  const bool incident = a.measure("incident_response");
  Lowering l{v};
  l.severity_by(alternative, "another way in remains when templates are lost");
  l.likelihood_by(incident, "incident response");
  l.apply();
  return v;
}

Levels misidentification(Ask& a) {
  Levels v;
  if (!templates_exist(a, v)) {
    return v;
  }
  Reader& r = a.r;
  const bool search = a.bad(r.intersects("purposes", {"law_enforcement_search"}));
  const bool decides = a.bad(r.intersects(
      "purposes", {"access_control", "attendance", "payment", "boarding", "identity_verification"}));
  const bool ident = a.bad(r.is("processing.mode", {"identification_1ton"}));
  const bool analysis = a.bad(r.is("processing.mode", {"analysis_only"}));
  const bool none = a.good(r.is("processing.mode", {"none"}));
  const bool many = a.bad(r.at_least("data_subjects.count", 5000));
  v.severity_before = search ? Level::maximum : decides ? Level::significant : Level::limited;
  v.notes.push_back(search ? "a false match can make a person a suspect: severity maximum"
                    : decides
                        ? "a false match or a false rejection decides entry, attendance or payment: severity "
                          "significant"
                        : "a wrong estimate affects marketing or statistics: severity limited");
  if (ident) {
    v.likelihood_before = many ? Level::maximum : Level::significant;
    v.notes.push_back(many ? "1:N search of a gallery of 5,000 or more: likelihood maximum"
                           : "1:N search: false matches grow with the gallery: likelihood significant");
  } else if (analysis) {
    v.likelihood_before = Level::significant;
    v.notes.push_back(
        "attribute estimation (age, gender, mood) is unevenly accurate across groups: likelihood "
        "significant");
  } else if (none) {
    v.likelihood_before = Level::negligible;
    v.notes.push_back("no matching: likelihood negligible");
  } else {
    v.likelihood_before = Level::limited;
    v.notes.push_back("1:1 verification against a claimed identity: likelihood limited");
  }
  const bool alternative = a.good(r.boolean("alternatives.offered"));
  const bool trained = a.measure("staff_training");
  const bool tested = a.good(r.boolean("matching.accuracy_tested"));
  Lowering l{v};
  l.severity_by(alternative, "a fallback that does not depend on the match");
  l.likelihood_by(tested,
                  "false match and false non-match rates measured on people like the data subjects and "
                  "monitored");
  l.likelihood_by(trained, "staff trained to resolve doubtful matches");
  l.apply();
  return v;
}

Levels function_creep(Ask& a) {
  Levels v;
  if (!templates_exist(a, v)) {
    return v;
  }
  Reader& r = a.r;
  const bool central = a.bad(r.is("storage.templates", {"central_server", "cloud_service"}));
  const bool ident = a.bad(r.is("processing.mode", {"identification_1ton"}));
  const bool secondary = a.bad(r.boolean("processing.secondary_use"));
  const bool third = a.bad(r.boolean("recipients.third_parties"));
  v.severity_before = central && ident ? Level::maximum : Level::significant;
  v.notes.push_back(central && ident
                        ? "a central gallery searchable 1:N can find anyone anywhere: severity maximum"
                        : "templates reused to track people: severity significant");
  v.likelihood_before = secondary ? Level::maximum : third ? Level::significant : Level::limited;
  v.notes.push_back(secondary ? "faces are already used for other purposes: likelihood maximum"
                    : third   ? "faces are provided to other parties: likelihood significant"
                              : "faces stay with the declared purposes: likelihood limited");
  const bool deletion = a.good(r.boolean("deletion.on_purpose_end"));
  const bool logged = a.measure("audit_logging");
  Lowering l{v};
  l.likelihood_by(deletion, "erasure when the purpose ends");
  l.likelihood_by(logged, "audit logging");
  l.apply();
  return v;
}

Levels loss_of_anonymity(Ask& a) {
  Levels v;
  if (!templates_exist(a, v)) {
    return v;
  }
  Reader& r = a.r;
  const bool public_or_private = a.bad(r.is("processing.location", {"public_area", "private_space"}));
  const bool premises = a.bad(r.is("processing.location", {"publicly_accessible_premises"}));
  const bool covert = a.bad(r.boolean("processing.covert"));
  const bool ambient = a.bad(r.boolean("capture.ambient"));
  v.severity_before = public_or_private ? Level::maximum : premises ? Level::significant : Level::limited;
  v.notes.push_back(public_or_private ? "public space or a place of privacy: severity maximum"
                    : premises        ? "premises open to the public: severity significant"
                                      : "a closed site: severity limited");
  v.likelihood_before = covert                                       ? Level::maximum
                        : ambient && (public_or_private || premises) ? Level::maximum
                        : ambient                                    ? Level::significant
                                                                     : Level::negligible;
  v.notes.push_back(covert    ? "covert capture: likelihood maximum"
                    : ambient ? "everyone in the field of view is captured: likelihood significant or maximum"
                              : "only people who present their face are captured: likelihood negligible");
  const bool by_default = a.good(r.boolean("design.privacy_by_default"));
  const bool signs = a.good(r.boolean("signs.conspicuous"));
  Lowering l{v};
  l.likelihood_by(by_default, "privacy by default: no one is matched who did not choose it");
  l.likelihood_by(signs && !covert, "conspicuous signs let people avoid the field of view");
  l.apply();
  return v;
}

Levels irreversible_leak(Ask& a) {
  Levels v;
  if (!templates_exist(a, v)) {
    return v;
  }
  const Levels access = illegitimate_access(a);
  v.severity_before = Level::maximum;
  v.severity_after = Level::maximum;
  v.likelihood_before = access.likelihood_before;
  v.likelihood_after = access.likelihood_after;
  v.notes.push_back(
      "a face cannot be changed like a password: severity maximum, whatever the measures; likelihood "
      "that of illegitimate access");
  for (const Measure& m : access.measures) {
    if (m.on_likelihood) {
      v.measures.push_back(m);
    }
  }
  return v;
}

struct RiskDef {
  const char* id;
  const char* title;
  const char* source;
  Levels (*compute)(Ask&);
};

constexpr RiskDef kRisks[] = {
    {"illegitimate_access", "Illegitimate access to face data", kCnil, illegitimate_access},
    {"unwanted_modification", "Unwanted modification of face data", kCnil, unwanted_modification},
    {"disappearance", "Disappearance of face data", kCnil, disappearance},
    {"misidentification", "Misidentification and bias", "GDPR Art. 5(1)(d); GDPR Recital 71",
     misidentification},
    {"function_creep", "Function creep: faces reused for other purposes", "GDPR Art. 5(1)(b); PIPL Art. 6",
     function_creep},
    {"loss_of_anonymity", "Loss of anonymity in public and its chilling effect", "GDPR Art. 35(3)(c)",
     loss_of_anonymity},
    {"irreversible_leak", "A leaked face cannot be changed", "PIPL Art. 28", irreversible_leak},
};

Truth agree(bool pessimistic, bool optimistic) {
  return pessimistic == optimistic ? truth(pessimistic) : Truth::unknown;
}

// "significant", or "limited to maximum" (to_string(LevelRange), appended).
void append_level_range(std::string& out, LevelRange range) {
  out += to_string(range.low);
  if (!range.known()) {
    out += " to ";
    out += to_string(range.high);
  }
}

// One risk weighed in both scenarios. The public Risk is built from it only for risk_register(); the assessor
// weighs it as it is.
struct Assessed {
  Levels worst; // every unknown fact unfavourable
  Levels best;  // every unknown fact favourable
  Truth applicable = Truth::true_;
  LevelRange likelihood_before, severity_before, likelihood_after, severity_after;
  Truth high_before = Truth::unknown;
  Truth high_residual = Truth::unknown;
  std::string reasoning;
};

// Weighs one risk. `r` starts afresh, and its all_missing() are then the facts whose absence makes a level a
// range (kept for one risk at a time: one Reader serves every risk).
Assessed assess_risk(const RiskDef& def, Reader& r) {
  r.clear_all_missing();
  Ask worst{r, true};
  Ask best{r, false};
  Assessed a;
  a.worst = def.compute(worst); // first: the order of the reads is the order of the missing facts
  a.best = def.compute(best);
  const Levels& pes = a.worst;
  const Levels& opt = a.best;
  a.applicable = agree(pes.applicable, opt.applicable);
  a.likelihood_before = {opt.likelihood_before, pes.likelihood_before};
  a.severity_before = {opt.severity_before, pes.severity_before};
  a.likelihood_after = {opt.likelihood_after, pes.likelihood_after};
  a.severity_after = {opt.severity_after, pes.severity_after};
  a.high_before = agree(pes.applicable && is_high(pes.likelihood_before, pes.severity_before),
                        opt.applicable && is_high(opt.likelihood_before, opt.severity_before));
  a.high_residual = agree(pes.applicable && is_high(pes.likelihood_after, pes.severity_after),
                          opt.applicable && is_high(opt.likelihood_after, opt.severity_after));
  std::string& text = a.reasoning;
  text.reserve(512);
  const Paths& missing = r.all_missing();
  if (missing.empty()) {
    append_joined(text, pes.notes, "; ");
  } else {
    text += "assuming the worst of what is not stated (";
    append_joined(text, missing, ", ");
    text += "): ";
    append_joined(text, pes.notes, "; ");
    text += "; with favourable answers: ";
    append_joined(text, opt.notes, "; ");
  }
  text += "; before the measures likelihood ";
  append_level_range(text, a.likelihood_before);
  text += ", severity ";
  append_level_range(text, a.severity_before);
  text += "; after them likelihood ";
  append_level_range(text, a.likelihood_after);
  text += ", severity ";
  append_level_range(text, a.severity_after);
  return a;
}

RiskRegister compute(const engine::Facts& facts) {
  RiskRegister reg;
  reg.risks.reserve(std::size(kRisks));
  Truth any = Truth::false_;
  Reader r(facts);
  for (const auto& def : kRisks) {
    Assessed a = assess_risk(def, r);
    Risk risk;
    risk.id = def.id;
    risk.title = def.title;
    risk.source = def.source;
    risk.applicable = a.applicable;
    risk.likelihood_before = a.likelihood_before;
    risk.severity_before = a.severity_before;
    risk.likelihood_after = a.likelihood_after;
    risk.severity_after = a.severity_after;
    // only measures that are stated count in the unfavourable scenario
    for (const Measure& m : a.worst.measures) {
      risk.measures.push_back(concat({m.what, m.on_likelihood ? " (likelihood -1)" : " (severity -1)"}));
    }
    risk.missing_facts.assign(r.all_missing().begin(), r.all_missing().end());
    risk.high_before = a.high_before;
    risk.high_residual = a.high_residual;
    risk.reasoning = std::move(a.reasoning);
    any = engine::kleene_or(any, risk.high_residual);
    reg.risks.push_back(std::move(risk));
  }
  reg.high_residual_risk = any;
  return reg;
}

class RiskRegisterAssessor final : public engine::Assessor {
public:
  std::string_view name() const override { return kRiskRegisterName; }
  std::string_view version() const override { return kVersion; }
  std::shared_ptr<const engine::AssessorDetail> detail(const engine::Facts& assessed) const override {
    return std::make_shared<RiskRegisterDetail>(compute(assessed));
  }
  std::vector<std::string> produces() const override { return {std::string(fact::high_residual_risk)}; }

  std::vector<engine::DerivedValue> assess(const engine::Facts& facts,
                                           const engine::AssessorContext& context) const override {
    Weighing w(&context, fact::high_residual_risk);
    Truth any = Truth::false_;
    std::vector<std::string_view> high; // the titles of the risks that remain high
    high.reserve(std::size(kRisks));
    Reader r(facts);
    std::string reading;
    for (const auto& def : kRisks) {
      const Assessed risk = assess_risk(def, r);
      // Only the reading of the computed value is built: "<title>: high after the measures (residual
      // likelihood L, severity S). <reasoning>".
      reading.clear();
      reading += def.title;
      reading += is_true(risk.high_residual)           ? ": high after the measures ("
                 : risk.high_residual == Truth::false_ ? ": not high after the measures ("
                                                       : ": may be high after the measures (";
      reading += "residual likelihood ";
      append_level_range(reading, risk.likelihood_after);
      reading += ", severity ";
      append_level_range(reading, risk.severity_after);
      reading += "). ";
      reading += risk.reasoning;
      const Truth t =
          w.add(def.id, risk.high_residual, concat({def.source, "; ", kCnil}), reading, r.all_missing());
      any = engine::kleene_or(any, t);
      if (t == Truth::true_) {
        high.push_back(def.title);
      }
    }
    std::string conclusion;
    if (is_true(any)) {
      conclusion = "yes: a high risk remains after the measures (";
      append_joined(conclusion, high, "; ");
      conclusion += "), so the supervisory authority must be consulted before processing (GDPR Art. 36(1))";
    } else {
      conclusion = any == Truth::false_ ? "no: no risk remains high after the declared measures"
                                        : "unknown: whether a risk remains high depends on facts not stated";
    }
    return single(w.result(any, std::move(conclusion)));
  }
};

} // namespace

std::shared_ptr<const engine::Assessor> make_risk_register() {
  return std::make_shared<RiskRegisterAssessor>();
}

} // namespace detail

std::string_view to_string(Level l) {
  switch (l) {
  case Level::negligible:
    return "negligible";
  case Level::limited:
    return "limited";
  case Level::significant:
    return "significant";
  case Level::maximum:
    break;
  }
  return "maximum";
}

std::string to_string(LevelRange r) {
  std::string out;
  detail::append_level_range(out, r);
  return out;
}

bool is_high(Level likelihood, Level severity) {
  return likelihood >= Level::significant && severity >= Level::significant;
}

const RiskRegister* risk_register_of(const engine::Assessment& assessment) {
  const auto* held =
      dynamic_cast<const detail::RiskRegisterDetail*>(assessment.detail_of(detail::kRiskRegisterName));
  return held != nullptr ? &held->risk_register : nullptr;
}

RiskRegister risk_register(const engine::Facts& facts) {
  return detail::compute(facts);
}

} // namespace facepia::assessors
