// High-risk screening: the nine criteria of WP248 rev.01 (a DPIA is required when two or more are met, GDPR
// Art. 35(1) and 35(3)) and the PIPL Art. 55 triggers of a personal information protection impact assessment.
// Reads assess.power_imbalance (criterion 7).
#include "assessors_impl.hpp"
#include "support.hpp"

namespace facepia::assessors {
namespace detail {

namespace {

// A criterion or trigger as computed: views of its static text, so that the assessor builds only the strings
// its factors hold; the public Criterion is built from it by screen().
struct Computed {
  int number = 0;
  std::string_view id;
  std::string_view title;
  std::string_view source;
  Truth truth = Truth::unknown;
  Readings readings;
  Paths missing; // when unknown: the facts that would decide it
};

Met met_of(Truth t) {
  return t == Truth::true_ ? Met::met : t == Truth::false_ ? Met::not_met : Met::unknown;
}

// `r` gives the facts found missing while `t` was read; it is consulted in the body, after every argument has
// been evaluated (the order of evaluation of arguments is unspecified).
Computed make(int number, std::string_view id, std::string_view title, std::string_view source, Truth t,
              const Readings& readings, Reader& r) {
  Computed c{number, id, title, source, t, readings, {}};
  if (t == Truth::unknown) {
    c.missing = r.recent_missing();
  }
  r.clear_recent_missing();
  return c;
}

Criterion to_criterion(const Computed& c) {
  Criterion criterion;
  criterion.number = c.number;
  criterion.id = c.id;
  criterion.title = c.title;
  criterion.source = c.source;
  criterion.met = met_of(c.truth);
  criterion.reason = c.readings.of(c.truth);
  criterion.missing_facts.assign(c.missing.begin(), c.missing.end());
  if (!c.missing.empty()) {
    criterion.reason += " (not stated: ";
    append_joined(criterion.reason, c.missing, ", ");
    criterion.reason += ')';
  }
  return criterion;
}

std::vector<Computed> wp248_criteria(Reader& r) {
  std::vector<Computed> out;
  out.reserve(9);
  {
    const Truth profiling = r.intersects("purposes", {"marketing", "customer_analytics"});
    const Truth analysis = r.is("processing.mode", {"analysis_only"});
    out.push_back(make(1, "wp248_1_evaluation_or_scoring", "Evaluation or scoring",
                       "WP248 rev.01 criterion 1 (evaluation or scoring)", any_of({profiling, analysis}),
                       {"faces are analysed to evaluate or profile people (marketing, analytics, attributes)",
                        "faces are not used to evaluate or profile people",
                        "whether faces are used to evaluate or profile people"},
                       r));
  }
  {
    const Truth deciding = r.intersects("purposes", {"access_control", "boarding", "payment",
                                                     "identity_verification", "law_enforcement_search"});
    const Truth no_alternative = negate(r.boolean("alternatives.offered"));
    out.push_back(make(
        2, "wp248_2_automated_decision", "Automated decision-making with legal or similar significant effect",
        "WP248 rev.01 criterion 2 (automated decision-making with legal or similar significant effect)",
        all_of({deciding, no_alternative}),
        {"the match alone decides access, boarding, payment or a search, with no other way offered",
         "no decision rests on the match alone: the purpose decides nothing, or another way is offered",
         "whether a decision rests on the match alone"},
        r));
  }
  {
    const Truth monitoring_purpose = r.intersects(
        "purposes", {"attendance", "public_security", "law_enforcement_search", "customer_analytics"});
    const Truth ambient = r.boolean("capture.ambient");
    out.push_back(
        make(3, "wp248_3_systematic_monitoring", "Systematic monitoring",
             "WP248 rev.01 criterion 3 (systematic monitoring)", any_of({monitoring_purpose, ambient}),
             {"people are observed systematically: attendance or security tracking, or everyone in the "
              "field of view is captured",
              "people are not observed systematically: they present their face for a single transaction",
              "whether people are observed systematically"},
             r));
  }
  {
    out.push_back(
        make(4, "wp248_4_sensitive_data", "Sensitive data or data of a highly personal nature",
             "WP248 rev.01 criterion 4 (sensitive data or data of a highly personal nature)",
             r.boolean("processing.creates_templates"),
             {"facial templates are biometric data for unique identification (GDPR Art. 9(1); PIPL Art. 28)",
              "no templates are created: the images are not processed to identify anyone",
              "whether facial templates are created"},
             r));
  }
  {
    const Truth many = r.at_least("data_subjects.count", 5000);
    const Truth ambient = r.boolean("capture.ambient");
    const Truth public_place = r.is("processing.location", {"public_area", "publicly_accessible_premises"});
    out.push_back(
        make(5, "wp248_5_large_scale", "Data processed on a large scale",
             "WP248 rev.01 criterion 5 (data processed on a large scale)",
             any_of({many, all_of({ambient, public_place})}),
             {"5,000 people or more, or everyone passing through a public place (facepia's threshold: "
              "WP248 gives factors, not a number; override this factor if the scale is judged otherwise)",
              "fewer than 5,000 people and no ambient capture in a public place (facepia's threshold)",
              "how many people are processed"},
             r));
  }
  {
    const Truth third_party_images = r.boolean("enrolment.from_third_party");
    const Truth recipients = r.boolean("recipients.third_parties");
    const Truth secondary = r.boolean("processing.secondary_use");
    out.push_back(make(6, "wp248_6_matching_or_combining", "Matching or combining datasets",
                       "WP248 rev.01 criterion 6 (matching or combining datasets)",
                       any_of({third_party_images, recipients, secondary}),
                       {"faces are matched against or combined with data from another source or purpose",
                        "reference images come from the people themselves and stay with this purpose",
                        "whether faces are matched against or combined with other datasets"},
                       r));
  }
  {
    const Truth vulnerable =
        r.intersects("data_subjects.categories", {"employees", "pupils", "minors", "under_14"});
    const Truth imbalance = r.boolean(fact::power_imbalance);
    out.push_back(
        make(7, "wp248_7_vulnerable_data_subjects", "Data concerning vulnerable data subjects",
             "WP248 rev.01 criterion 7 (data concerning vulnerable data subjects)",
             any_of({vulnerable, imbalance}),
             {"the data subjects are children, pupils or employees, or stand in a clear imbalance of power",
              "the data subjects are not children, pupils or employees and there is no imbalance of power",
              "whether the data subjects are vulnerable"},
             r));
  }
  {
    out.push_back(make(
        8, "wp248_8_innovative_technology", "Innovative use or new technological solutions",
        "WP248 rev.01 criterion 8 (innovative use or applying new technological or organisational solutions)",
        r.boolean("processing.creates_templates"),
        {"facial recognition is a new technology whose consequences for people are not yet known "
         "(WP248 gives face recognition for access control as its example)",
         "no facial recognition: plain imaging", "whether facial templates are created"},
        r));
  }
  {
    const Truth conditional = r.boolean("consent.condition_of_service");
    const Truth offered = r.boolean("alternatives.offered");
    const Truth gate = r.intersects("purposes", {"access_control", "boarding", "payment"});
    out.push_back(
        make(9, "wp248_9_prevents_right_or_service", "Prevents exercising a right or using a service",
             "WP248 rev.01 criterion 9 (prevents data subjects from exercising a right or using a service or "
             "a contract)",
             any_of({conditional, all_of({gate, negate(offered)})}),
             {"people who refuse lose the service or entry: it is conditional on the face, or the face is "
              "the only way in",
              "people who refuse keep the service: another way in is offered",
              "whether people who refuse keep the service"},
             r));
  }
  return out;
}

std::vector<Computed> pipl_triggers(Reader& r) {
  std::vector<Computed> out;
  out.reserve(4);
  out.push_back(make(1, "pipl_55_1_sensitive", "Processing sensitive personal information",
                     "PIPL Art. 55 item (1)", r.boolean("processing.creates_templates"),
                     {"facial templates are biometric, sensitive personal information (PIPL Art. 28)",
                      "no templates are created", "whether facial templates are created"},
                     r));
  {
    const Truth deciding = r.intersects("purposes", {"access_control", "attendance", "boarding", "payment",
                                                     "identity_verification", "law_enforcement_search",
                                                     "marketing", "customer_analytics"});
    out.push_back(make(
        2, "pipl_55_2_automated_decision", "Automated decision-making", "PIPL Art. 55 item (2)", deciding,
        {"a program decides on the match or the analysis of the face (entry, attendance, payment, "
         "targeting)",
         "no decision is made by a program on the face", "what the purposes are"},
        r));
  }
  {
    const Truth recipients = r.boolean("recipients.third_parties");
    // Where no template is made, where templates would be stored is moot: not an open question.
    const Truth templates = r.boolean("processing.creates_templates");
    const Truth cloud = templates == Truth::false_
                            ? Truth::false_
                            : all_of({templates, r.is("storage.templates", {"cloud_service"})});
    out.push_back(
        make(3, "pipl_55_3_entrusting_or_providing", "Entrusting, providing to others or disclosing",
             "PIPL Art. 55 item (3)", any_of({recipients, cloud}),
             {"faces are provided to another party or entrusted to a cloud processor",
              "faces stay with the processor", "whether faces are provided to or entrusted to others"},
             r));
  }
  // Outside mainland China; a deployment that states only the summary (no transfer anywhere) says it too.
  Truth abroad = r.boolean("transfer.out_of_china");
  if (abroad == Truth::unknown && r.boolean("transfer.outside_jurisdiction") == Truth::false_) {
    abroad = Truth::false_;
  }
  out.push_back(make(4, "pipl_55_4_abroad", "Providing personal information abroad", "PIPL Art. 55 item (4)",
                     abroad,
                     {"faces are provided outside mainland China", "faces stay in mainland China",
                      "whether faces are provided outside mainland China"},
                     r));
  return out;
}

Screening to_screening(const std::vector<Computed>& criteria, const std::vector<Computed>& triggers) {
  Screening s;
  s.wp248.reserve(criteria.size());
  for (const auto& c : criteria) {
    s.wp248.push_back(to_criterion(c));
    s.criteria_met += c.truth == Truth::true_ ? 1 : 0;
    s.criteria_unknown += c.truth == Truth::unknown ? 1 : 0;
  }
  s.dpia_required = s.criteria_met >= 2                       ? Truth::true_
                    : s.criteria_met + s.criteria_unknown < 2 ? Truth::false_
                                                              : Truth::unknown;
  Truth any = Truth::false_;
  s.pipl_art55.reserve(triggers.size());
  for (const auto& t : triggers) {
    s.pipl_art55.push_back(to_criterion(t));
    any = engine::kleene_or(any, t.truth);
  }
  s.pipia_required = any;
  return s;
}

class HighRiskScreening final : public engine::Assessor {
public:
  std::string_view name() const override { return kScreeningName; }
  // 2: the PIPIA trigger of PIPL Art. 55 item (4) reads transfer.out_of_china, not the cross-border summary.
  std::string_view version() const override { return "2"; }
  std::shared_ptr<const engine::AssessorDetail> detail(const engine::Facts& assessed) const override {
    return std::make_shared<ScreeningDetail>(screen(assessed));
  }
  std::vector<std::string> produces() const override {
    return {std::string(fact::dpia_required), std::string(fact::high_risk_criteria_met),
            std::string(fact::pipia_required)};
  }

  std::vector<engine::DerivedValue> assess(const engine::Facts& facts,
                                           const engine::AssessorContext& context) const override {
    Reader r(facts);
    const auto criteria = wp248_criteria(r);
    const auto triggers = pipl_triggers(r);

    Weighing d(&context, fact::dpia_required);
    int met = 0;
    int unknown = 0;
    std::string met_titles; // "3 Systematic monitoring, 4 Sensitive data or data of a highly personal nature"
    for (const auto& c : criteria) {
      const Truth t = d.add(std::string(c.id), c.truth, std::string(c.source), c.readings, c.missing);
      met += t == Truth::true_ ? 1 : 0;
      unknown += t == Truth::unknown ? 1 : 0;
      if (t == Truth::true_) {
        if (!met_titles.empty()) {
          met_titles += ", ";
        }
        met_titles += std::to_string(c.number);
        met_titles += ' ';
        met_titles += c.title;
      }
    }
    const Truth required = met >= 2 ? Truth::true_ : met + unknown < 2 ? Truth::false_ : Truth::unknown;
    std::string tally;
    tally.reserve(64 + met_titles.size());
    tally += std::to_string(met);
    tally += " of the nine WP248 criteria met";
    if (!met_titles.empty()) {
      tally += " (";
      tally += met_titles;
      tally += ')';
    }
    if (unknown > 0) {
      tally += ", ";
      tally += std::to_string(unknown);
      tally += " unknown";
    }
    std::vector<engine::DerivedValue> out;
    out.reserve(3);
    out.push_back(d.result(
        required, is_true(required)
                      ? concat({"yes: ", tally,
                                "; two or more make a DPIA mandatory (GDPR Art. 35(1), 35(3); WP248 rev.01)"})
                  : required == Truth::false_
                      ? concat({"no: ", tally, "; fewer than two, even if every unknown one were met"})
                      : concat({"unknown: ", tally, "; the unknown ones decide whether two are met"})));

    Weighing count(&context, fact::high_risk_criteria_met);
    constexpr std::string_view factors_note = " (the factors are those of assess.dpia_required)";
    engine::DerivedValue counted = count.result_number(
        unknown == 0 ? std::optional<double>(met) : std::nullopt,
        unknown == 0 ? concat({tally, factors_note}) : concat({"unknown: ", tally, factors_note}));
    if (unknown > 0) {
      counted.reasoning += "; not stated: ";
      append_joined(counted.reasoning, d.missing(), ", ");
    }
    out.push_back(std::move(counted));

    Weighing p(&context, fact::pipia_required);
    Truth any = Truth::false_;
    std::vector<const Computed*> triggered;
    triggered.reserve(triggers.size());
    for (const auto& t : triggers) {
      const Truth v = p.add(std::string(t.id), t.truth, std::string(t.source), t.readings, t.missing);
      any = engine::kleene_or(any, v);
      if (v == Truth::true_) {
        triggered.push_back(&t);
      }
    }
    std::string conclusion;
    if (is_true(any)) {
      // "... because of PIPL Art. 55 item (1) (Processing sensitive personal information) and ..."
      conclusion = "yes: a PIPIA must be done in advance because of ";
      for (std::size_t i = 0; i < triggered.size(); ++i) {
        if (i > 0) {
          conclusion += i + 1 == triggered.size() ? " and " : ", ";
        }
        conclusion += triggered[i]->source;
        conclusion += " (";
        conclusion += triggered[i]->title;
        conclusion += ')';
      }
    } else {
      conclusion = any == Truth::false_ ? "no: none of the PIPL Art. 55 triggers applies"
                                        : "unknown: whether a PIPL Art. 55 trigger applies";
    }
    out.push_back(p.result(any, std::move(conclusion)));
    return out;
  }
};

} // namespace

std::shared_ptr<const engine::Assessor> make_high_risk_screening() {
  return std::make_shared<HighRiskScreening>();
}

} // namespace detail

std::string_view to_string(Met m) {
  switch (m) {
  case Met::met:
    return "met";
  case Met::not_met:
    return "not met";
  case Met::unknown:
    break;
  }
  return "unknown";
}

const Screening* screening_of(const engine::Assessment& assessment) {
  const auto* held =
      dynamic_cast<const detail::ScreeningDetail*>(assessment.detail_of(detail::kScreeningName));
  return held != nullptr ? &held->screening : nullptr;
}

Screening screen(const engine::Facts& facts) {
  detail::Reader r(facts);
  const auto criteria = detail::wp248_criteria(r);
  const auto triggers = detail::pipl_triggers(r);
  return detail::to_screening(criteria, triggers);
}

} // namespace facepia::assessors
