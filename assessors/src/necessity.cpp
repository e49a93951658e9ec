// Necessity and proportionality (GDPR Art. 5(1)(c), 5(1)(e) and 25; PIPL Arts. 6, 19 and 28): is processing
// faces necessary for the purpose, and is its intrusion proportionate? Reads assess.consent_freely_given.
#include "assessors_impl.hpp"
#include "support.hpp"

namespace facepia::assessors::detail {

namespace {

// Purposes that concern only people who present themselves: a 1:1 match on the device would serve them.
#define FACEPIA_ENROLLED_PURPOSES                                                                            \
  "access_control", "attendance", "payment", "identity_verification", "boarding"

class Necessity final : public engine::Assessor {
public:
  std::string_view name() const override { return "necessity"; }
  std::string_view version() const override { return kVersion; }
  std::vector<std::string> produces() const override {
    return {std::string(fact::necessary_and_proportionate)};
  }

  std::vector<engine::DerivedValue> assess(const engine::Facts& facts,
                                           const engine::AssessorContext& context) const override {
    Reader r(facts);
    Weighing w(&context, fact::necessary_and_proportionate);

    const Truth less_intrusive = w.add("less_intrusive_means_available",
                                       r.boolean("less_intrusive_means.available"), "GDPR Art. 5(1)(c)",
                                       {"a means that does not process faces (card, roll call, ticket, staff "
                                        "check) would achieve the purpose",
                                        "no means without faces would achieve the purpose",
                                        "whether a means without faces would achieve the purpose"},
                                       r);
    const Truth offered = r.boolean("alternatives.offered");
    const Truth convenient = r.boolean("alternatives.equally_convenient");
    const Truth free = r.boolean(fact::consent_freely_given);
    const Truth optional_route =
        w.add("face_route_optional", all_of({offered, convenient, free}), "GDPR Art. 5(1)(c); GDPR Art. 7(4)",
              {"the face route is a free choice beside an equally convenient alternative, so only people who "
               "want it are enrolled",
               "the face route is not a free choice beside an equally convenient alternative",
               "whether the face route is a free choice beside an equally convenient alternative"},
              r);
    const Truth mode_1ton = r.is("processing.mode", {"identification_1ton"});
    const Truth enrolled_purposes = r.within("purposes", {FACEPIA_ENROLLED_PURPOSES});
    const Truth identification =
        w.add("identification_where_verification_suffices", all_of({mode_1ton, enrolled_purposes}),
              "GDPR Art. 5(1)(c); GDPR Art. 25",
              {"faces are searched 1:N although each person could claim an identity and be verified 1:1",
               "no 1:N search is used where a 1:1 verification would do",
               "whether a 1:N search is used where a 1:1 verification would do"},
              r);
    const Truth central = r.is("storage.templates", {"central_server", "cloud_service"});
    const Truth enrolled_purposes2 = r.within("purposes", {FACEPIA_ENROLLED_PURPOSES});
    const Truth central_store = w.add(
        "central_store_where_device_suffices", all_of({central, enrolled_purposes2}), "GDPR Art. 25",
        {"templates are held in a central store although the purpose could be served on the device or a card "
         "the person holds",
         "templates are held on the device or by the person, or the purpose needs a central store",
         "where templates are stored and whether the purpose needs a central store"},
        r);
    const Truth ambient = r.boolean("capture.ambient");
    // Finding the few who are sought among everyone who passes is what public security and a watch-list are:
    // scanning everyone is not beyond those purposes. Whether they are necessary at all is for the stated
    // facts and the rules to test (public_security.necessary, the law and authorisation of a watch-list, the
    // review of its entries), not for this factor.
    const Truth security_purpose =
        r.intersects("purposes", {"public_security", "law_enforcement_search", "watchlist_enforcement"});
    const Truth scale = w.add(
        "scale_beyond_purpose", all_of({ambient, negate(security_purpose)}), "GDPR Art. 5(1)(c); PIPL Art. 6",
        {"everyone in the field of view is captured for a purpose that concerns only some",
         "only people who present their face are captured, or the purpose is to find "
         "listed people among everyone (public security, a watch-list)",
         "whether everyone in the field of view is captured"},
        r);
    const Truth no_deletion = negate(r.boolean("deletion.on_purpose_end"));
    const Truth long_images = r.greater("retention.images", 30);
    // 180 days after the last use is facepia's policy ceiling for templates, the same as the retention rules
    // (gdpr.storage-limitation, pipl.retention); a watch-list entry is kept while its listing runs.
    const Truth watchlist = r.intersects("purposes", {"watchlist_enforcement", "law_enforcement_search"});
    const Truth long_templates =
        watchlist == Truth::true_ ? Truth::false_ : r.greater("retention.templates", 180);
    const Truth retention =
        w.add("retention_beyond_purpose", any_of({no_deletion, long_images, long_templates}),
              "GDPR Art. 5(1)(e); PIPL Art. 19",
              {"faces are kept after the purpose ends, images longer than 30 days or templates longer than "
               "180 days after their last use (facepia's policy; override this factor if the purpose is "
               "judged to need more)",
               "faces are erased when the purpose ends, images are kept no longer than 30 days and templates "
               "no longer than 180 days after their last use",
               "how long faces are kept"},
              r);
    const Truth strict =
        w.add("strict_protection_measures",
              r.contains_all("security.measures", {"encryption_at_rest", "access_restriction"}),
              "GDPR Art. 32(1); PIPL Art. 28(2)",
              {"templates are encrypted at rest and only named staff can reach them",
               "templates are not both encrypted at rest and restricted to named staff",
               "which security measures apply"},
              r);

    const Truth avoidable = all_of({less_intrusive, negate(optional_route)});
    const Truth result = all_of({negate(avoidable), negate(identification), negate(central_store),
                                 negate(scale), negate(retention), strict});
    std::string conclusion;
    if (is_true(result)) {
      conclusion =
          "yes: no less intrusive means would do, and the mode, storage, scale, retention and safeguards "
          "fit the purpose";
    } else if (result == Truth::false_) {
      std::vector<std::string_view> why;
      why.reserve(6);
      if (is_true(avoidable)) {
        why.push_back(
            "a less intrusive means would achieve the purpose and the face route is not a free choice");
      }
      if (is_true(identification)) {
        why.push_back("1:N identification where 1:1 verification would do");
      }
      if (is_true(central_store)) {
        why.push_back("a central store where the device would do");
      }
      if (is_true(scale)) {
        why.push_back("everyone is captured for a purpose that concerns only some");
      }
      if (is_true(retention)) {
        why.push_back("faces are kept longer than the purpose needs");
      }
      if (strict == Truth::false_) {
        why.push_back("the strict protection measures of PIPL Art. 28 are missing");
      }
      conclusion = "no: ";
      append_joined(conclusion, why, "; ");
    } else {
      conclusion = "unknown: not every element of necessity and proportionality is stated";
    }
    return single(w.result(result, std::move(conclusion)));
  }
};

#undef FACEPIA_ENROLLED_PURPOSES

} // namespace

std::shared_ptr<const engine::Assessor> make_necessity() {
  return std::make_shared<Necessity>();
}

} // namespace facepia::assessors::detail
