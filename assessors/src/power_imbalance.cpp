// Power imbalance (GDPR Recital 43 and Art. 7(4); EDPB Guidelines 05/2020 on consent, section 3.1.1; the
// Swedish DPA's Skellefteå decision): is there a clear imbalance of power between the controller and the data
// subjects, so that refusing is not a real choice?
//
// Weighing: a relationship of dependency (public authority, school over pupils, employer over employees,
// property manager over residents) is an imbalance by itself; an essential or monopoly service is one when
// there is no genuine alternative; and any controller is in that position when refusing costs the person
// something and there is no genuine alternative.
#include "assessors_impl.hpp"
#include "support.hpp"

namespace facepia::assessors::detail {

namespace {

constexpr const char* kRecital43Edpb = "GDPR Recital 43; EDPB Guidelines 05/2020 on consent, para. 16";
constexpr const char* kSkelleftea =
    "IMY (then Datainspektionen) decision DI-2019-2221 (Skellefteå, 2019-08-20)";
constexpr const char* kEdpb311 = "EDPB Guidelines 05/2020 on consent, section 3.1.1 (imbalance of power)";
constexpr const char* kRecital43Edpb311 =
    "GDPR Recital 43; EDPB Guidelines 05/2020 on consent, section 3.1.1 (imbalance of power)";
constexpr const char* kDetriment =
    "GDPR Recital 42; EDPB Guidelines 05/2020 on consent, paras. 46-47 (detriment)";

class PowerImbalance final : public engine::Assessor {
public:
  std::string_view name() const override { return "power_imbalance"; }
  std::string_view version() const override { return kVersion; }
  std::vector<std::string> produces() const override { return {std::string(fact::power_imbalance)}; }

  std::vector<engine::DerivedValue> assess(const engine::Facts& facts,
                                           const engine::AssessorContext& context) const override {
    Reader r(facts);
    Weighing w(&context, fact::power_imbalance);

    const Truth public_authority = w.add(
        "public_authority", r.is("controller.type", {"public_authority", "law_enforcement"}), kRecital43Edpb,
        {"the controller is a public authority: Recital 43 names it as the clear case of imbalance",
         "the controller is not a public authority", "whether the controller is a public authority"},
        r);

    const Truth school_type = r.is("controller.type", {"school"});
    const Truth pupils = r.intersects("data_subjects.categories", {"pupils", "minors", "under_14"});
    const Truth school = w.add(
        "school_over_pupils", all_of({school_type, pupils}), kSkelleftea,
        {"a school processes its pupils' faces: pupils depend on the school that grades "
         "them and records their attendance",
         "no school processes its own pupils' faces", "whether a school processes its own pupils' faces"},
        r);

    const Truth employer_type = r.is("controller.type", {"employer"});
    const Truth employees = r.contains("data_subjects.categories", "employees");
    const Truth employer = w.add(
        "employer_over_employees", any_of({employer_type, employees}), kEdpb311,
        {"an employer processes its employees' faces: employees cannot refuse without "
         "fear of consequences for their employment",
         "no employer processes its employees' faces", "whether an employer processes its employees' faces"},
        r);

    const Truth manager_type = r.is("controller.type", {"property_manager"});
    const Truth residents = r.contains("data_subjects.categories", "residents");
    const Truth compound = r.is("processing.location", {"residential_compound"});
    const Truth landlord =
        w.add("landlord_over_residents", any_of({manager_type, all_of({residents, compound})}),
              "GDPR Recital 43; SPC-FR Art. 10",
              {"a property manager controls the residents' way into their homes",
               "no property manager or landlord processes residents' faces",
               "whether a property manager or landlord processes residents' faces"},
              r);

    const Truth essential = w.add(
        "essential_service", r.boolean("service.essential"), kRecital43Edpb311,
        {"the controller provides an essential service or holds a monopoly that people cannot do without",
         "the service is not essential and people can go elsewhere",
         "whether the controller provides an essential or monopoly service"},
        r);

    const Truth not_refusable = negate(r.boolean("consent.refusable_without_detriment"));
    const Truth conditional = r.boolean("consent.condition_of_service");
    const Truth detriment =
        w.add("detriment_on_refusal", any_of({not_refusable, conditional}), kDetriment,
              {"refusing costs the person something: the service, entry, price or standing",
               "a person can refuse without any detriment", "whether refusing costs the person anything"},
              r);

    const Truth offered = r.boolean("alternatives.offered");
    const Truth convenient = r.boolean("alternatives.equally_convenient");
    const Truth no_alternative =
        w.add("no_genuine_alternative", negate(all_of({offered, convenient})), kRecital43Edpb,
              {"there is no genuine alternative: none is offered, or it is less "
               "convenient than the face route",
               "an equally convenient alternative is offered",
               "whether an equally convenient alternative is offered"},
              r);

    const Truth dependency = any_of({public_authority, school, employer, landlord});
    const Truth leverage = all_of({essential, no_alternative});
    const Truth coercion = all_of({detriment, no_alternative});
    const Truth result = any_of({dependency, leverage, coercion});

    std::string conclusion;
    if (is_true(dependency)) {
      conclusion =
          "yes: the data subjects depend on the controller (a relationship Recital 43 and the EDPB treat "
          "as a clear imbalance), whatever alternative is offered";
    } else if (is_true(leverage)) {
      conclusion = "yes: people depend on the controller's essential service and have no genuine alternative";
    } else if (is_true(coercion)) {
      conclusion = "yes: refusing costs the person something and there is no genuine alternative";
    } else if (result == Truth::false_) {
      conclusion =
          "no: no relationship of dependency, and people can refuse without detriment or use an equally "
          "convenient alternative";
    } else {
      conclusion =
          "unknown: the relationship between controller and data subjects, or the cost of refusing, is "
          "not stated";
    }
    return single(w.result(result, std::move(conclusion)));
  }
};

} // namespace

std::shared_ptr<const engine::Assessor> make_power_imbalance() {
  return std::make_shared<PowerImbalance>();
}

} // namespace facepia::assessors::detail
