# Tests across the packs: deployments that two or three instruments assess at once, and the patterns a legal review
# found decided wrongly, each with the outcome the law requires (statute texts and guidance in the rules' comments).

import "../gdpr/rules.fp"
import "../pipl/rules.fp"
import "../spc-fr/rules.fp"

# ---------------------------------------------------------------------------------------------------------------
# Whose consent counts
# ---------------------------------------------------------------------------------------------------------------
test "a hotel lobby camera that looks for consenting VIPs among all guests has no ground for the bystanders" {
  # EDPB Guidelines 3/2019, section 5.1: unlawful unless all other guests monitored have consented.
  given jurisdiction.eu_establishment = true
  given jurisdiction.eu_data_subjects = true
  given jurisdiction.cn_processing = false
  given jurisdiction.cn_data_subjects = false
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given processing.mode = identification_1ton
  given processing.location = publicly_accessible_premises
  given capture.ambient = true
  given capture.only_consenting = false
  given basis.gdpr = art6_consent
  given basis.art9 = art9_explicit_consent
  given basis.consent_excluded_by_law = false
  given consent.obtained = true
  given consent.explicit = true
  given consent.refusable_without_detriment = true
  given consent.bundled = false
  given consent.opt_out_default = false
  given consent.condition_of_service = false
  given consent.withdrawable = true
  given consent.recorded = true
  given processing.secondary_use = false
  given assess.power_imbalance = false
  given assess.consent_valid_gdpr = true
  given less_intrusive_means.available = false
  expect gdpr.biometric-prohibition is breach
  expect gdpr.lawful-basis is breach
  expect gdpr.consent-freely-given is compliant
  expect decision deny
}

test "the same consent covers everyone where only enrolled, consenting people enter the camera's view" {
  given jurisdiction.eu_establishment = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given processing.mode = identification_1ton
  given capture.ambient = true
  given capture.only_consenting = true
  given basis.gdpr = art6_consent
  given basis.art9 = art9_explicit_consent
  given basis.consent_excluded_by_law = false
  given consent.obtained = true
  given consent.explicit = true
  given assess.power_imbalance = false
  given assess.consent_valid_gdpr = true
  expect gdpr.biometric-prohibition is compliant
  expect gdpr.biometric-prohibition exception explicit_consent
  expect gdpr.lawful-basis exception consent
}

test "a remote identity check that cannot be done without the face: refusing loses the service, which is no coercion" {
  # SPC-FR Art. 4(1) proviso and PIPL Art. 16: the face may be required where it is necessary for the service.
  given jurisdiction.cn_processing = true
  given jurisdiction.cn_data_subjects = true
  given jurisdiction.eu_establishment = false
  given jurisdiction.eu_data_subjects = false
  given controller.type = platform
  given processing.creates_templates = true
  given processing.mode = verification_1to1
  given basis.pipl = pipl_consent
  given consent.obtained = true
  given consent.explicit = true
  given consent.separate = true
  given consent.bundled = false
  given consent.opt_out_default = false
  given consent.condition_of_service = true
  given consent.refusable_without_detriment = false
  given notice.given = true
  given less_intrusive_means.available = false
  given assess.necessary_for_service = true
  expect spc-fr.consent-as-condition is compliant
  expect spc-fr.consent-as-condition exception necessary_for_service
  expect spc-fr.coerced-consent is compliant
  expect pipl.consent-voluntary-explicit is compliant
}

test "a service that does not need the face may not demand it: refusing at a cost is coercion in both packs" {
  given jurisdiction.cn_processing = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given basis.pipl = pipl_consent
  given consent.explicit = true
  given consent.opt_out_default = false
  given consent.condition_of_service = true
  given consent.refusable_without_detriment = false
  given notice.given = true
  given less_intrusive_means.available = true
  expect spc-fr.consent-as-condition is breach
  expect spc-fr.coerced-consent is breach
  expect pipl.consent-voluntary-explicit is breach
}

# ---------------------------------------------------------------------------------------------------------------
# Grounds other than consent prove themselves
# ---------------------------------------------------------------------------------------------------------------
test "hotel check-in by face on a claimed 'other law' that the deployment does not name is no ground" {
  given jurisdiction.cn_processing = true
  given jurisdiction.cn_data_subjects = true
  given jurisdiction.eu_establishment = false
  given jurisdiction.eu_data_subjects = false
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given processing.location = publicly_accessible_premises
  given capture.ambient = false
  given purposes = {identity_verification}
  given basis.pipl = pipl_other_law
  given consent.obtained = false
  expect pipl.legal-basis is breach
  expect spc-fr.venue-use-without-basis is breach
  expect pipl.separate-consent is not_applicable
  expect spc-fr.separate-consent is not_applicable
  expect decision deny
}

test "a ground under a named law for which the face is necessary holds in both China packs" {
  given jurisdiction.cn_processing = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given processing.location = publicly_accessible_premises
  given purposes = {identity_verification}
  given basis.pipl = pipl_other_law
  given basis.legal_provision = "a law or administrative regulation named by article"
  given basis.necessary_for_ground = true
  given consent.obtained = false
  expect pipl.legal-basis exception other_law
  expect spc-fr.venue-use-without-basis exception other_law
}

test "a statutory duty with no law named, or no necessity shown, is no ground" {
  given jurisdiction.cn_processing = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given basis.pipl = pipl_statutory_duty
  given basis.necessary_for_ground = false
  given basis.legal_provision = "a law named by article"
  expect pipl.legal-basis is breach
}

test "an emergency ground holds only for a deployment that ends" {
  given jurisdiction.cn_processing = true
  given controller.type = public_authority
  given processing.creates_templates = true
  given basis.pipl = pipl_emergency
  given basis.necessary_for_ground = true
  expect pipl.legal-basis is breach
}

test "an emergency deployment with an end date, necessary to protect life, holds" {
  given jurisdiction.cn_processing = true
  given controller.type = public_authority
  given processing.creates_templates = true
  given basis.pipl = pipl_emergency
  given basis.necessary_for_ground = true
  given deployment.end = 2026-12-31
  expect pipl.legal-basis exception emergency
}

test "a bank branch verifies a customer's face for a contract: both China packs decide the contract ground alike" {
  given jurisdiction.cn_processing = true
  given jurisdiction.cn_data_subjects = true
  given jurisdiction.eu_establishment = false
  given jurisdiction.eu_data_subjects = false
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given processing.location = publicly_accessible_premises
  given purposes = {identity_verification}
  given basis.pipl = pipl_contract_or_hr
  given basis.necessary_for_ground = true
  given consent.obtained = false
  expect pipl.legal-basis exception contract_or_hr
  expect spc-fr.venue-use-without-basis exception contract_or_hr
}

test "a contract that does not need the face is no ground in either China pack" {
  given jurisdiction.cn_processing = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given processing.location = publicly_accessible_premises
  given purposes = {identity_verification}
  given basis.pipl = pipl_contract_or_hr
  given basis.necessary_for_ground = false
  given consent.obtained = false
  expect pipl.legal-basis is breach
  expect spc-fr.venue-use-without-basis is breach
}

test "grounds facepia does not assess are refused with the reason, for a lawyer to assess" {
  given jurisdiction.cn_processing = true
  given jurisdiction.eu_establishment = true
  given controller.type = platform
  given processing.creates_templates = true
  given basis.pipl = pipl_public_info
  given basis.gdpr = art6_legitimate_interests
  given basis.art9 = art9_made_public
  expect pipl.ground-not-encoded is breach
  expect gdpr.ground-not-encoded is breach
  expect decision deny
}

test "the public-security defence needs necessity as well as the State provisions" {
  given jurisdiction.cn_processing = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given processing.location = publicly_accessible_premises
  given capture.ambient = true
  given purposes = {public_security}
  given public_security.authorised = true
  given public_security.necessary = false
  given consent.obtained = false
  given basis.pipl = pipl_other_law
  given assess.necessary_and_proportionate = false
  given alternatives.offered = false
  expect pipl.public-place-security-purpose is breach
  expect pipl.sensitive-necessity is breach
  expect spc-fr.venue-use-without-basis is breach
}

# ---------------------------------------------------------------------------------------------------------------
# What no facial recognition rule covers is still assessed, or refused as not assessed
# ---------------------------------------------------------------------------------------------------------------
test "covert CCTV in an EU supermarket without notice, footage kept a year: findings without templates" {
  given jurisdiction.eu_establishment = true
  given jurisdiction.eu_data_subjects = true
  given jurisdiction.cn_processing = false
  given jurisdiction.cn_data_subjects = false
  given controller.type = commercial_venue
  given purposes = {public_security}
  given processing.captures_faces = true
  given processing.creates_templates = false
  given processing.mode = none
  given processing.location = publicly_accessible_premises
  given processing.covert = true
  given capture.ambient = true
  given retention.images = 365 days
  given retention.images_necessity_documented = false
  given notice.given = false
  expect gdpr.transparency is breach
  expect gdpr.image-retention is breach
  expect gdpr.biometric-prohibition is not_applicable
  expect decision deny
}

test "CCTV in an office in China: the PIPL applies, no encoded rule covers it, so it is not assessed and refused" {
  given jurisdiction.cn_processing = true
  given jurisdiction.cn_data_subjects = true
  given jurisdiction.eu_establishment = false
  given jurisdiction.eu_data_subjects = false
  given controller.type = employer
  given purposes = {public_security}
  given processing.captures_faces = true
  given processing.creates_templates = false
  given processing.mode = none
  given processing.location = workplace
  given capture.ambient = true
  expect pipl.public-place-security-purpose is not_applicable
  expect spc-fr.venue-use-without-basis is not_applicable
  expect decision deny
}

test "face analytics that a vendor says makes no template is still facial recognition under the SPC Provisions" {
  given jurisdiction.cn_processing = true
  given controller.type = commercial_venue
  given processing.creates_templates = false
  given processing.mode = analysis_only
  given processing.location = publicly_accessible_premises
  given purposes = {customer_analytics}
  given basis.pipl = pipl_consent
  given consent.obtained = false
  expect spc-fr.venue-use-without-basis is breach
}

# ---------------------------------------------------------------------------------------------------------------
# Notices, children, further use, DPIA
# ---------------------------------------------------------------------------------------------------------------
test "the withdrawal right must be in the notice when explicit consent lifts Article 9, whatever the Article 6 ground" {
  given jurisdiction.eu_establishment = true
  given controller.type = platform
  given controller.dpo_appointed = false
  given processing.creates_templates = true
  given basis.gdpr = art6_contract
  given basis.art9 = art9_explicit_consent
  given recipients.third_parties = false
  given transfer.third_country = false
  given notice.contents = {controller_identity, purposes_and_methods, legal_basis, retention_period, rights_and_how,
                           complaint_right}
  expect gdpr.information-at-collection is breach
}

test "recipients and transfers abroad must be in the notice when there are any" {
  given jurisdiction.eu_establishment = true
  given controller.type = platform
  given controller.dpo_appointed = false
  given processing.creates_templates = true
  given basis.gdpr = art6_contract
  given basis.art9 = art9_substantial_public_interest
  given recipients.third_parties = true
  given transfer.third_country = true
  given notice.contents = {controller_identity, purposes_and_methods, legal_basis, retention_period, rights_and_how,
                           complaint_right, recipients}
  expect gdpr.information-at-collection is breach
}

test "a 17-year-old consents alone to an online service: Article 8 reaches only children below the national age" {
  given jurisdiction.eu_establishment = true
  given controller.type = platform
  given processing.creates_templates = true
  given service.information_society = true
  given basis.gdpr = art6_consent
  given data_subjects.categories = {minors}
  given consent.guardian = false
  expect gdpr.child-consent is not_applicable
}

test "a 13-year-old in a Member State whose age of digital consent is 13 consents alone" {
  given jurisdiction.eu_establishment = true
  given controller.type = platform
  given processing.creates_templates = true
  given service.information_society = true
  given basis.gdpr = art6_consent
  given data_subjects.categories = {minors, under_14}
  given member_state.digital_consent_age = 13 years
  given consent.guardian = false
  expect gdpr.child-consent is not_applicable
}

test "children under 14 where the age of digital consent is 16 need the holder of parental responsibility" {
  given jurisdiction.eu_establishment = true
  given controller.type = platform
  given processing.creates_templates = true
  given service.information_society = true
  given basis.gdpr = art6_consent
  given data_subjects.categories = {minors, under_14}
  given member_state.digital_consent_age = 16 years
  given consent.guardian = false
  expect gdpr.child-consent is breach
}

test "footage handed to the police on a lawful order is not an incompatible further use" {
  given jurisdiction.eu_establishment = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given purposes = {access_control}
  given processing.secondary_use = true
  given processing.further_use_required_by_law = true
  expect gdpr.purpose-limitation is compliant
}

test "a further use that is neither compatible nor required by law breaches purpose limitation" {
  given jurisdiction.eu_establishment = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given purposes = {access_control}
  given processing.secondary_use = true
  given processing.further_use_compatible = false
  given processing.further_use_required_by_law = false
  expect gdpr.purpose-limitation is breach
}

test "no DPIA done or required: no prior consultation is asked for" {
  given jurisdiction.eu_establishment = true
  given controller.type = other_controller
  given processing.creates_templates = true
  given dpia.done = false
  given assess.dpia_required = false
  given prior_consultation.done = false
  expect gdpr.dpia-required is compliant
  expect gdpr.prior-consultation is not_applicable
}

test "legitimate interests are not open to a public body, whatever its type" {
  given jurisdiction.eu_establishment = true
  given controller.type = transport_operator
  given controller.public_body = true
  given processing.creates_templates = true
  given basis.gdpr = art6_legitimate_interests
  given legitimate_interests.balancing_done = true
  given assess.necessary_and_proportionate = true
  given consent.obtained = false
  expect gdpr.lawful-basis is breach
}

test "legitimate interests need a documented balancing" {
  given jurisdiction.eu_establishment = true
  given controller.type = commercial_venue
  given controller.public_body = false
  given processing.creates_templates = true
  given basis.gdpr = art6_legitimate_interests
  given legitimate_interests.balancing_done = false
  given assess.necessary_and_proportionate = true
  expect gdpr.lawful-basis is breach
}

test "a public task needs a basis in law under Article 6(3), not only a law lifting Article 9(1)" {
  given jurisdiction.eu_establishment = true
  given controller.type = public_authority
  given processing.creates_templates = true
  given basis.gdpr = art6_public_task
  given basis.member_state_law = true
  given basis.art6_3_law = false
  expect gdpr.lawful-basis is breach
}

# ---------------------------------------------------------------------------------------------------------------
# A watch-list done lawfully, and one that is not
# ---------------------------------------------------------------------------------------------------------------
test "a watch-list of shoplifters kept by a shop without a law that authorises it" {
  given jurisdiction.eu_establishment = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given purposes = {watchlist_enforcement}
  given watchlist.criminal_offences = true
  given watchlist.criminal_data_authorised = false
  expect gdpr.criminal-offence-data is breach
  expect gdpr.storage-limitation is not_applicable
}

test "a watch-list whose entries have no reason or end date is refused" {
  given jurisdiction.eu_establishment = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given purposes = {watchlist_enforcement}
  given watchlist.entries_reviewed = false
  expect gdpr.watchlist-entries is breach
}

# ---------------------------------------------------------------------------------------------------------------
# Situations assessed one at a time, or too late
# ---------------------------------------------------------------------------------------------------------------
test "several Article 6(1) grounds at once are refused rather than half assessed" {
  given jurisdiction.eu_establishment = true
  given controller.type = employer
  given processing.creates_templates = true
  given basis.gdpr = art6_contract
  given basis.gdpr_further = {art6_legitimate_interests}
  expect gdpr.several-grounds is breach
  expect decision deny
}

test "a fingerprint reader beside the camera is biometric processing facepia does not assess, in both laws" {
  given jurisdiction.eu_establishment = true
  given jurisdiction.cn_processing = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given processing.other_biometrics = {fingerprint_data}
  expect gdpr.other-biometrics is breach
  expect pipl.other-biometrics is breach
  expect decision deny
}

test "an alternative given only to those who ask is no free choice for the others" {
  given jurisdiction.eu_establishment = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given basis.gdpr = art6_consent
  given assess.power_imbalance = false
  given consent.refusable_without_detriment = true
  given consent.bundled = false
  given consent.opt_out_default = false
  given alternatives.on_request_only = true
  expect gdpr.consent-freely-given is breach
}

test "a DPIA made after launch serves from now on, and the late start is reported without deciding" {
  given jurisdiction.eu_establishment = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given dpia.done = true
  given dpia.after_launch = true
  expect gdpr.dpia-required is compliant
  expect gdpr.dpia-before-processing is breach
}

test "a private company running live identification for the police is outside the GDPR, under the Directive" {
  given jurisdiction.eu_establishment = true
  given jurisdiction.eu_data_subjects = true
  given jurisdiction.cn_processing = false
  given jurisdiction.cn_data_subjects = false
  given controller.type = other_controller
  given controller.acting_for_law_enforcement = true
  given processing.creates_templates = true
  given processing.mode = identification_1ton
  expect gdpr.biometric-prohibition is not_applicable
  expect decision deny
}
