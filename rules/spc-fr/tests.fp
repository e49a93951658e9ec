# Tests of the SPC-FR rules. Each rule has a test where it is breached and one where it is not; each exception (each
# Art. 5 defence or proviso) a test where it applies.

import "rules.fp"

# ---------------------------------------------------------------------------------------------------------------
# The seed case: Guo Bing v. Hangzhou Safari Park, tried under the Provisions.
# ---------------------------------------------------------------------------------------------------------------
test "spc-fr: Hangzhou Safari Park demanded faces as the condition of entry" {
  given jurisdiction.cn_processing = true
  given jurisdiction.cn_data_subjects = true
  given jurisdiction.eu_establishment = false
  given jurisdiction.eu_data_subjects = false
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given processing.location = publicly_accessible_premises
  given purposes = {access_control}
  given data_subjects.categories = {pass_holders, customers}
  given basis.pipl = pipl_consent
  given consent.obtained = true
  given consent.separate = false
  given consent.bundled = false
  given consent.condition_of_service = true
  given consent.refusable_without_detriment = false
  given less_intrusive_means.available = true
  given assess.necessary_for_service = false
  expect spc-fr.consent-as-condition is breach
  expect spc-fr.coerced-consent is breach
  expect spc-fr.separate-consent is breach
  expect spc-fr.bundled-consent is compliant
  expect spc-fr.venue-use-without-basis is breach
  expect spc-fr.proof-of-consent is undetermined
  expect spc-fr.minors-weigh-liability is not_applicable
  expect spc-fr.civil-exposure is breach
  expect decision deny
}

test "spc-fr: in October 2019 the Provisions were not yet in force" {
  as_of 2019-10-01
  given jurisdiction.cn_processing = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given basis.pipl = pipl_consent
  given consent.condition_of_service = true
  given less_intrusive_means.available = true
  expect spc-fr.consent-as-condition is not_applicable
}

test "spc-fr: identity verification for a remote bank account cannot be provided without the face" {
  given jurisdiction.cn_processing = true
  given controller.type = platform
  given processing.creates_templates = true
  given basis.pipl = pipl_consent
  given consent.condition_of_service = true
  given less_intrusive_means.available = false
  given assess.necessary_for_service = true
  expect spc-fr.consent-as-condition is compliant
  expect spc-fr.consent-as-condition exception necessary_for_service
}

# ---------------------------------------------------------------------------------------------------------------
# Residential property (Art. 10)
# ---------------------------------------------------------------------------------------------------------------
test "spc-fr: a residential compound with a face-only gate" {
  given jurisdiction.cn_processing = true
  given controller.type = property_manager
  given processing.creates_templates = true
  given processing.location = residential_compound
  given purposes = {access_control}
  given alternatives.offered = false
  expect spc-fr.property-alternative is breach
  expect spc-fr.venue-use-without-basis is not_applicable
}

test "spc-fr: a residential compound with a card for those who do not agree, and separate consent" {
  given jurisdiction.cn_processing = true
  given jurisdiction.cn_data_subjects = true
  given jurisdiction.eu_establishment = false
  given jurisdiction.eu_data_subjects = false
  given controller.type = property_manager
  given processing.creates_templates = true
  given processing.location = residential_compound
  given purposes = {access_control}
  given data_subjects.categories = {residents, minors}
  given basis.pipl = pipl_consent
  given basis.written_consent_by_law = false
  given consent.separate = true
  given consent.guardian = true
  given consent.bundled = false
  given consent.refusable_without_detriment = true
  given consent.condition_of_service = false
  given consent.standard_terms = false
  given consent.recorded = true
  given deletion.on_request = true
  given notice.rules_published = true
  given notice.contents = {purposes_and_methods}
  given alternatives.offered = true
  expect spc-fr.property-alternative is compliant
  expect spc-fr.proof-of-consent is compliant
  expect spc-fr.deletion-on-breach is compliant
  expect spc-fr.minors-weigh-liability is not_applicable
  expect spc-fr.civil-exposure is not_applicable
  expect spc-fr.separate-consent is compliant
  expect spc-fr.bundled-consent is compliant
  expect spc-fr.coerced-consent is compliant
  expect spc-fr.rules-disclosed is compliant
  expect spc-fr.consent-as-condition is not_applicable
  expect spc-fr.standard-terms is not_applicable
}

# ---------------------------------------------------------------------------------------------------------------
# Business premises and public places (Art. 2(1)) and the Art. 5 defences
# ---------------------------------------------------------------------------------------------------------------
test "spc-fr: pay-by-face in a mall on free, separate consent" {
  given jurisdiction.cn_processing = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given processing.location = publicly_accessible_premises
  given purposes = {payment}
  given data_subjects.categories = {customers}
  given processing.secondary_use = false
  given basis.pipl = pipl_consent
  given basis.written_consent_by_law = false
  given consent.obtained = true
  given consent.separate = true
  given consent.bundled = false
  given consent.condition_of_service = false
  given consent.refusable_without_detriment = true
  expect spc-fr.venue-use-without-basis is compliant
  expect spc-fr.separate-consent is compliant
}

test "spc-fr: a store analyses shoppers' faces without their consent" {
  given jurisdiction.cn_processing = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given processing.location = publicly_accessible_premises
  given purposes = {marketing, customer_analytics}
  given basis.pipl = pipl_consent
  given consent.obtained = false
  given notice.rules_published = false
  expect spc-fr.venue-use-without-basis is breach
  expect spc-fr.rules-disclosed is breach
}

test "spc-fr: a mall's security cameras under State provisions, without individual consent" {
  given jurisdiction.cn_processing = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given processing.location = publicly_accessible_premises
  given purposes = {public_security}
  given public_security.necessary = true
  given public_security.authorised = true
  given basis.pipl = pipl_consent
  given consent.obtained = false
  expect spc-fr.venue-use-without-basis is compliant
  expect spc-fr.venue-use-without-basis exception public_security
}

test "spc-fr: a station screens faces in a public health emergency" {
  given jurisdiction.cn_processing = true
  given controller.type = transport_operator
  given processing.creates_templates = true
  given processing.location = publicly_accessible_premises
  given purposes = {identity_verification}
  given basis.pipl = pipl_emergency
  given basis.necessary_for_ground = true
  given deployment.end = 2026-03-31
  given consent.obtained = false
  expect spc-fr.venue-use-without-basis is compliant
  expect spc-fr.venue-use-without-basis exception emergency
}

test "spc-fr: a railway station verifies real-name tickets as a law requires" {
  given jurisdiction.cn_processing = true
  given controller.type = transport_operator
  given processing.creates_templates = true
  given processing.location = publicly_accessible_premises
  given purposes = {identity_verification}
  given basis.pipl = pipl_other_law
  given basis.legal_provision = "the real-name ticketing rules relied on, named by article"
  given basis.necessary_for_ground = true
  given consent.obtained = false
  expect spc-fr.venue-use-without-basis is compliant
  expect spc-fr.venue-use-without-basis exception other_law
}

test "spc-fr: police cameras are not tried as civil cases" {
  given jurisdiction.cn_processing = true
  given controller.type = law_enforcement
  given processing.creates_templates = true
  given processing.location = public_area
  given consent.obtained = false
  expect spc-fr.venue-use-without-basis is not_applicable
}

# ---------------------------------------------------------------------------------------------------------------
# Consent forms (Art. 4(2)) and standard terms (Art. 11)
# ---------------------------------------------------------------------------------------------------------------
test "spc-fr: an app bundles face consent with its other authorisations in standard terms" {
  given jurisdiction.cn_processing = true
  given controller.type = platform
  given processing.creates_templates = true
  given basis.pipl = pipl_consent
  given consent.bundled = true
  given consent.standard_terms = true
  given consent.standard_terms_grant = {unlimited_duration, irrevocable}
  expect spc-fr.bundled-consent is breach
  expect spc-fr.standard-terms is breach
}

test "spc-fr: standard terms that grant a revocable, time-limited right" {
  given jurisdiction.cn_processing = true
  given controller.type = platform
  given processing.creates_templates = true
  given consent.standard_terms = true
  given consent.standard_terms_grant = {}
  expect spc-fr.standard-terms is compliant
}

test "spc-fr: plain CCTV is not facial recognition and outside the Provisions" {
  given jurisdiction.cn_processing = true
  given controller.type = commercial_venue
  given processing.creates_templates = false
  given processing.mode = none
  given processing.location = publicly_accessible_premises
  expect spc-fr.venue-use-without-basis is not_applicable
  expect spc-fr.rules-disclosed is not_applicable
}

# ---------------------------------------------------------------------------------------------------------------
# Proof, deletion and remedies (Arts. 3, 6, 7-9, 12, 14)
# ---------------------------------------------------------------------------------------------------------------
test "spc-fr: a gym keeps no record of its members' face consent and cannot delete a face on request" {
  given jurisdiction.cn_processing = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given processing.location = publicly_accessible_premises
  given purposes = {access_control}
  given data_subjects.categories = {customers}
  given processing.secondary_use = false
  given basis.pipl = pipl_consent
  given basis.written_consent_by_law = false
  given consent.obtained = true
  given consent.separate = true
  given consent.bundled = false
  given consent.condition_of_service = false
  given consent.refusable_without_detriment = true
  given consent.standard_terms = false
  given consent.recorded = false
  given deletion.on_request = false
  given notice.rules_published = true
  given notice.contents = {purposes_and_methods}
  expect spc-fr.venue-use-without-basis is compliant
  expect spc-fr.proof-of-consent is breach
  expect spc-fr.deletion-on-breach is breach
  expect spc-fr.minors-weigh-liability is not_applicable
  expect spc-fr.civil-exposure is breach
  expect decision deny
}

test "spc-fr: the same gym records every consent and deletes faces on request" {
  given jurisdiction.cn_processing = true
  given jurisdiction.cn_data_subjects = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given processing.location = publicly_accessible_premises
  given purposes = {access_control}
  given data_subjects.categories = {customers}
  given processing.secondary_use = false
  given basis.pipl = pipl_consent
  given basis.written_consent_by_law = false
  given consent.obtained = true
  given consent.separate = true
  given consent.bundled = false
  given consent.condition_of_service = false
  given consent.refusable_without_detriment = true
  given consent.standard_terms = false
  given consent.recorded = true
  given deletion.on_request = true
  given notice.rules_published = true
  given notice.contents = {purposes_and_methods}
  expect spc-fr.proof-of-consent is compliant
  expect spc-fr.deletion-on-breach is compliant
  expect spc-fr.civil-exposure is not_applicable
  expect decision conditional
}

test "spc-fr: a school canteen pays by pupils' faces without their guardians' separate consent" {
  given jurisdiction.cn_processing = true
  given controller.type = school
  given processing.creates_templates = true
  given processing.location = school_premises
  given purposes = {payment}
  given data_subjects.categories = {pupils, minors, under_14}
  given basis.pipl = pipl_consent
  given basis.written_consent_by_law = false
  given consent.separate = true
  given consent.guardian = false
  expect spc-fr.separate-consent is breach
  expect spc-fr.civil-exposure is breach
  expect spc-fr.minors-weigh-liability is breach
  expect decision deny
}

test "spc-fr: a mall's pay-by-face consent does not cover using the same faces for marketing" {
  given jurisdiction.cn_processing = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given processing.location = publicly_accessible_premises
  given purposes = {payment}
  given basis.pipl = pipl_consent
  given consent.obtained = true
  given consent.condition_of_service = false
  given consent.bundled = false
  given consent.refusable_without_detriment = true
  given processing.secondary_use = true
  given processing.further_use_required_by_law = false
  expect spc-fr.venue-use-without-basis is breach
}
