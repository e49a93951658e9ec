// Consent validity: is the face processing's consent necessary for the service (the proviso of SPC-FR Art.
// 4(1) and GDPR Art. 7(4)), freely given, and valid as the GDPR and the PIPL each define valid consent?
//
// Produces, in order: assess.necessary_for_service, assess.consent_freely_given, assess.consent_valid_gdpr,
// assess.consent_valid_pipl. Reads assess.power_imbalance from the power imbalance assessor.
#include "assessors_impl.hpp"
#include "support.hpp"

namespace facepia::assessors::detail {

namespace {

constexpr const char* kConditionality =
    "GDPR Art. 7(4); EDPB Guidelines 05/2020 on consent, section 3.1.2 (conditionality)";

class ConsentValidity final : public engine::Assessor {
public:
  std::string_view name() const override { return "consent_validity"; }
  std::string_view version() const override { return kVersion; }
  std::vector<std::string> produces() const override {
    return {std::string(fact::necessary_for_service), std::string(fact::consent_freely_given),
            std::string(fact::consent_valid_gdpr), std::string(fact::consent_valid_pipl)};
  }

  std::vector<engine::DerivedValue> assess(const engine::Facts& facts,
                                           const engine::AssessorContext& context) const override {
    std::vector<engine::DerivedValue> out;
    out.reserve(4);
    Reader r(facts);

    // --- necessary for the service -------------------------------------------------------------------------
    Weighing n(&context, fact::necessary_for_service);
    const Truth alternative = n.add(
        "alternative_offered", r.boolean("alternatives.offered"), "SPC-FR Art. 4(1)",
        {"another way to get the same service is offered, so the service does not need the face",
         "no other way to get the service is offered", "whether another way to get the service is offered"},
        r);
    const Truth less_intrusive =
        n.add("less_intrusive_means_available", r.boolean("less_intrusive_means.available"), kConditionality,
              {"a means that does not process faces would achieve the purpose",
               "no means without faces would achieve the purpose", "whether a means without faces would do"},
              r);
    const Truth provider_purpose = n.add(
        "serves_the_provider_only", r.intersects("purposes", {"marketing", "customer_analytics"}),
        kConditionality,
        {"a purpose (marketing, customer analytics) serves the provider, not the service the person asked "
         "for",
         "no purpose serves only the provider", "what the purposes are"},
        r);
    const Truth necessary = negate(any_of({alternative, less_intrusive, provider_purpose}));
    out.push_back(n.result(necessary, is_true(necessary)
                                          ? "yes: the service cannot be provided without processing the face"
                                      : necessary == Truth::false_
                                          ? "no: the service can be provided without the face; convenience "
                                            "or cost saving for the provider is not necessity"
                                          : "unknown: whether the service can be provided without the face"));

    // --- freely given
    // ----------------------------------------------------------------------------------------
    Weighing f(&context, fact::consent_freely_given);
    const Truth imbalance = f.add(
        "power_imbalance", r.boolean(fact::power_imbalance), "GDPR Recital 43",
        {"there is a clear imbalance of power (assess.power_imbalance), so consent is unlikely to be free",
         "there is no clear imbalance of power (assess.power_imbalance)",
         "whether there is a clear imbalance of power (assess.power_imbalance)"},
        r);
    const Truth conditional = r.boolean("consent.condition_of_service");
    const Truth condition_unnecessary =
        f.add("condition_of_unnecessary_service", all_of({conditional, negate(necessary)}),
              "SPC-FR Art. 4(1); GDPR Art. 7(4); PIPL Art. 16",
              {"the service is refused unless the person consents, although it does not need the face",
               "the service is not made conditional on consent it does not need",
               "whether the service is made conditional on consent it does not need"},
              r);
    const Truth bundled =
        f.add("bundled", r.boolean("consent.bundled"),
              "SPC-FR Art. 4(2); GDPR Recital 43; EDPB Guidelines 05/2020 on consent, para. 13",
              {"consent to the face processing is bundled with other authorisations or terms",
               "consent to the face processing is asked for on its own", "whether consent is bundled"},
              r);
    const Truth coerced =
        f.add("coerced", negate(r.boolean("consent.refusable_without_detriment")),
              "SPC-FR Art. 4(3); GDPR Recital 42",
              {"a person cannot refuse without detriment: consent is compelled, openly or in "
               "disguise",
               "a person can refuse without detriment", "whether a person can refuse without detriment"},
              r);
    const Truth opt_out =
        f.add("opt_out_default", r.boolean("consent.opt_out_default"), "GDPR Recital 32",
              {"people are enrolled unless they object: silence or inactivity is taken as consent",
               "people are enrolled only when they opt in", "whether people are enrolled by default"},
              r);
    const Truth free = negate(any_of({imbalance, condition_unnecessary, bundled, coerced, opt_out}));
    out.push_back(f.result(free, is_true(free) ? "yes: nothing weighed against a free choice"
                                 : free == Truth::false_
                                     ? no_because(f, {"power_imbalance", "condition_of_unnecessary_service",
                                                      "bundled", "coerced", "opt_out_default"})
                                     : "unknown: not every condition of a free choice is stated"));

    // --- GDPR
    // ------------------------------------------------------------------------------------------------
    const Truth obtained_fact = r.boolean("consent.obtained");
    const Paths obtained_missing = r.take_missing();
    Weighing g(&context, fact::consent_valid_gdpr);
    const Truth g_obtained = g.add("consent_obtained", obtained_fact, "GDPR Art. 4(11)",
                                   {"consent was asked for and given before any face was processed",
                                    "no consent was obtained", "whether consent was obtained"},
                                   obtained_missing);
    const Truth g_free = g.add("freely_given", free, "GDPR Art. 4(11); GDPR Art. 7(4)",
                               {"consent is freely given (assess.consent_freely_given)",
                                "consent is not freely given (assess.consent_freely_given)",
                                "whether consent is freely given (assess.consent_freely_given)"},
                               f.missing());
    const Truth bundled2 = r.boolean("consent.bundled");
    const Truth secondary = r.boolean("processing.secondary_use");
    const Truth g_specific =
        g.add("specific", negate(any_of({bundled2, secondary})),
              "GDPR Art. 6(1)(a); EDPB Guidelines 05/2020 on consent, section 3.2 (specific)",
              {"consent covers the declared purposes only",
               "consent is bundled, or faces are also used for other purposes",
               "whether consent is limited to the declared purposes"},
              r);
    const Truth notice = r.boolean("notice.given");
    const Truth gdpr_contents =
        r.contains_all("notice.contents", {"controller_identity", "purposes_and_methods", "data_categories",
                                           "withdrawal_right"});
    const Truth g_informed =
        g.add("informed", all_of({notice, gdpr_contents}),
              "GDPR Art. 4(11); EDPB Guidelines 05/2020 on consent, section 3.3 (informed)",
              {"people are told who the controller is, the purposes, the data and that they may withdraw",
               "people are not told the controller, the purposes, the data and the right to withdraw",
               "what people are told before they consent"},
              r);
    const Truth g_unambiguous =
        g.add("unambiguous", negate(r.boolean("consent.opt_out_default")), "GDPR Art. 4(11); GDPR Recital 32",
              {"consent is a clear affirmative act", "silence or inactivity is taken as consent",
               "whether consent is a clear affirmative act"},
              r);
    const Truth g_explicit = g.add("explicit", r.boolean("consent.explicit"), "GDPR Art. 9(2)(a)",
                                   {"consent is an express statement", "consent is not express",
                                    "whether consent is an express statement"},
                                   r);
    // Art. 8 reaches only an information society service offered directly to a child (under 16, or the lower
    // age a Member State sets, not below 13); `minors` (under 18) may include such children.
    const Truth online = r.boolean("service.information_society");
    const Truth children = r.intersects("data_subjects.categories", {"minors", "under_14"});
    const Truth guardian = r.boolean("consent.guardian");
    const Truth g_child = g.add(
        "child_consent", any_of({negate(all_of({online, children})), guardian}), "GDPR Art. 8",
        {"Art. 8 does not apply (no information society service offered directly to children), or the holder "
         "of "
         "parental responsibility consented",
         "an information society service is offered to children without the consent of the holder of "
         "parental "
         "responsibility",
         "whether an information society service is offered directly to children, and whether a guardian "
         "consented"},
        r);
    const Truth withdrawable = r.boolean("consent.withdrawable");
    const Paths withdrawable_missing = r.take_missing();
    const Truth g_withdrawable =
        g.add("withdrawable", withdrawable, "GDPR Art. 7(3)",
              {"consent can be withdrawn as easily as it was given", "consent cannot be withdrawn as easily",
               "whether consent can be withdrawn"},
              withdrawable_missing);
    const Truth gdpr = all_of(
        {g_obtained, g_free, g_specific, g_informed, g_unambiguous, g_explicit, g_child, g_withdrawable});
    out.push_back(
        g.result(gdpr, is_true(gdpr) ? "yes: every condition of GDPR Art. 4(11), 7 and 9(2)(a) holds"
                       : gdpr == Truth::false_
                           ? no_because(g, {"consent_obtained", "freely_given", "specific", "informed",
                                            "unambiguous", "explicit", "child_consent", "withdrawable"})
                           : "unknown: not every condition of valid consent under the GDPR is stated"));

    // --- PIPL
    // ------------------------------------------------------------------------------------------------
    Weighing p(&context, fact::consent_valid_pipl);
    const Truth p_obtained = p.add("consent_obtained", obtained_fact, "PIPL Art. 14",
                                   {"consent was asked for and given before any face was processed",
                                    "no consent was obtained", "whether consent was obtained"},
                                   obtained_missing);
    const Truth p_free = p.add("voluntary", free, "PIPL Art. 14; SPC-FR Art. 4",
                               {"consent is voluntary (assess.consent_freely_given)",
                                "consent is not voluntary (assess.consent_freely_given)",
                                "whether consent is voluntary (assess.consent_freely_given)"},
                               f.missing());
    const Truth notice2 = r.boolean("notice.given");
    const Truth pipl_contents = r.contains_all(
        "notice.contents", {"controller_identity", "purposes_and_methods", "data_categories",
                            "retention_period", "rights_and_how", "necessity", "impact_on_rights"});
    const Truth p_informed =
        p.add("fully_informed", all_of({notice2, pipl_contents}), "PIPL Art. 17; PIPL Art. 30",
              {"the notice gives the Art. 17 contents and the Art. 30 necessity and impact",
               "the notice lacks some of the Art. 17 contents or the Art. 30 necessity and impact",
               "what the notice says"},
              r);
    const Truth p_explicit =
        p.add("explicit", r.boolean("consent.explicit"), "PIPL Art. 14",
              {"consent is explicit", "consent is not explicit", "whether consent is explicit"}, r);
    const Truth p_separate = p.add("separate", r.boolean("consent.separate"), "PIPL Art. 29",
                                   {"consent to the face processing is separate (单独同意)",
                                    "consent to the face processing is not separate",
                                    "whether consent to the face processing is separate"},
                                   r);
    const Truth written_required = r.boolean("basis.written_consent_by_law");
    const Truth written = r.boolean("consent.written");
    const Truth p_written =
        p.add("written_where_required", any_of({negate(written_required), written}), "PIPL Art. 29",
              {"no law requires written consent, or it was given in writing",
               "a law requires written consent and it was not given in writing",
               "whether a law requires written consent and whether it was written"},
              r);
    const Truth under_14 = r.contains("data_subjects.categories", "under_14");
    const Truth guardian2 = r.boolean("consent.guardian");
    const Truth p_guardian = p.add("guardian_under_14", any_of({negate(under_14), guardian2}), "PIPL Art. 31",
                                   {"no child under 14 is enrolled, or a parent or guardian consented",
                                    "children under 14 are enrolled without their guardian's consent",
                                    "whether children under 14 are enrolled and a guardian consented"},
                                   r);
    const Truth p_withdrawable =
        p.add("withdrawable", withdrawable, "PIPL Art. 15",
              {"consent can be withdrawn", "consent cannot be withdrawn", "whether consent can be withdrawn"},
              withdrawable_missing);
    const Truth pipl = all_of(
        {p_obtained, p_free, p_informed, p_explicit, p_separate, p_written, p_guardian, p_withdrawable});
    out.push_back(p.result(
        pipl, is_true(pipl) ? "yes: every condition of PIPL Arts. 14, 29 and 31 holds"
              : pipl == Truth::false_
                  ? no_because(p, {"consent_obtained", "voluntary", "fully_informed", "explicit", "separate",
                                   "written_where_required", "guardian_under_14", "withdrawable"})
                  : "unknown: not every condition of valid consent under the PIPL is stated"));
    return out;
  }

private:
  // "no: " and the reasoning of the first factor that decided the `no`: for "free" the first factor that is
  // true, for the validity weighings the first that is false.
  static std::string no_because(const Weighing& w, std::initializer_list<std::string_view> names) {
    const bool negative_factors = w.factors().front().name == "power_imbalance";
    for (std::string_view name : names) {
      for (const auto& factor : w.factors()) {
        if (factor.name != name || !factor.value) {
          continue;
        }
        const bool* b = std::get_if<bool>(&*factor.value);
        if (b != nullptr && *b == negative_factors) {
          std::string no;
          no.reserve(factor.reasoning.size() + factor.source.size() + 7);
          no += "no: ";
          no += factor.reasoning;
          no += " (";
          no += factor.source;
          no += ')';
          return no;
        }
      }
    }
    return "no: a factor weighed against it";
  }
};

} // namespace

std::shared_ptr<const engine::Assessor> make_consent_validity() {
  return std::make_shared<ConsentValidity>();
}

} // namespace facepia::assessors::detail
