# Tests of the CAC-FR rules. Each rule has a test where it is breached and one where it is not; each exception a
# test where it applies.

import "rules.fp"

# ---------------------------------------------------------------------------------------------------------------
# A gym chain done wrong and done right
# ---------------------------------------------------------------------------------------------------------------
test "cac-fr: a Beijing gym chain keeps 120,000 members' faces in the cloud, face the only way in, no filing" {
  given jurisdiction.cn_processing = true
  given jurisdiction.cn_data_subjects = true
  given jurisdiction.eu_establishment = false
  given jurisdiction.eu_data_subjects = false
  given jurisdiction.us_illinois = false
  given processing.rnd_or_training = false
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given processing.mode = identification_1ton
  given processing.location = publicly_accessible_premises
  given processing.secondary_use = false
  given capture.ambient = false
  given purposes = {access_control}
  given data_subjects.categories = {customers}
  given basis.pipl = pipl_consent
  given consent.separate = false
  given consent.bundled = true
  given consent.explicit = true
  given consent.refusable_without_detriment = false
  given consent.misled_or_coerced = true
  given notice.given = true
  given notice.contents = {purposes_and_methods}
  given less_intrusive_means.available = true
  given alternatives.offered = false
  given assess.necessary_and_proportionate = false
  given storage.templates = cloud_service
  given transfer.over_internet = true
  given retention.templates = 365 days
  given security.measures = {encryption_in_transit}
  given security.authorisation_management = false
  given security.intrusion_detection = false
  given pipia.done = false
  given data_subjects.count = 120000 persons
  given storage.faces_stored = 120000 persons
  given storage.threshold_reached = 2025-09-01
  given filing.cac_done = false
  given data_subjects.elderly_or_disabled = true
  given accessibility.barrier_free = false
  given consent.withdrawable = false
  given verification.national_identity_channel = false
  expect cac-fr.purpose-necessity is breach
  expect cac-fr.least-impact-alternative is breach
  expect cac-fr.least-impact-mode is breach
  expect cac-fr.notice is breach
  expect cac-fr.accessibility is breach
  expect cac-fr.separate-consent is breach
  expect cac-fr.consent-withdrawal is breach
  expect cac-fr.guardian-consent is not_applicable
  expect cac-fr.children-special-rules is not_applicable
  expect cac-fr.on-device-storage is breach
  expect cac-fr.retention is breach
  expect cac-fr.impact-assessment is breach
  expect cac-fr.assessment-kept is not_applicable
  expect cac-fr.reassessment is not_applicable
  expect cac-fr.processing-records is breach
  expect cac-fr.national-identity-channel is breach
  expect cac-fr.not-sole-verification is breach
  expect cac-fr.no-misleading-or-coercion is breach
  expect cac-fr.public-place is not_applicable
  expect cac-fr.private-space is not_applicable
  expect cac-fr.security-measures is breach
  expect cac-fr.filing is breach
  expect decision deny
}

test "cac-fr: a gym that keeps faces in the turnstile, on separate consent, with a card for those who refuse" {
  given jurisdiction.cn_processing = true
  given jurisdiction.cn_data_subjects = true
  given jurisdiction.eu_establishment = false
  given jurisdiction.eu_data_subjects = false
  given jurisdiction.us_illinois = false
  given processing.rnd_or_training = false
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given processing.mode = verification_1to1
  given processing.location = publicly_accessible_premises
  given processing.secondary_use = false
  given capture.ambient = false
  given purposes = {access_control}
  given data_subjects.categories = {customers, minors, under_14}
  given basis.pipl = pipl_consent
  given consent.separate = true
  given consent.bundled = false
  given consent.explicit = true
  given consent.guardian = true
  given consent.refusable_without_detriment = true
  given consent.misled_or_coerced = false
  given notice.given = true
  given notice.contents = {controller_identity, purposes_and_methods, retention_period}
  given less_intrusive_means.available = true
  given alternatives.offered = true
  given alternatives.equally_convenient = true
  given assess.necessary_and_proportionate = true
  given storage.templates = on_device
  given transfer.over_internet = false
  given retention.templates = 30 days
  given security.measures = {encryption_at_rest, access_restriction, audit_logging}
  given security.authorisation_management = true
  given security.intrusion_detection = true
  given pipia.done = true
  given pipia.covers = {necessity_proportionality, risk_assessment, mitigation_measures}
  given pipia.record_retention = 3 years
  given data_subjects.count = 3000 persons
  given data_subjects.elderly_or_disabled = true
  given accessibility.barrier_free = true
  given consent.withdrawable = true
  given minors.special_rules = true
  given verification.national_identity_channel = true
  expect cac-fr.purpose-necessity is compliant
  expect cac-fr.least-impact-alternative is compliant
  expect cac-fr.least-impact-mode is compliant
  expect cac-fr.notice is compliant
  expect cac-fr.accessibility is compliant
  expect cac-fr.separate-consent is compliant
  expect cac-fr.consent-withdrawal is compliant
  expect cac-fr.guardian-consent is compliant
  expect cac-fr.children-special-rules is compliant
  expect cac-fr.on-device-storage is compliant
  expect cac-fr.retention is compliant
  expect cac-fr.impact-assessment is compliant
  expect cac-fr.assessment-kept is compliant
  expect cac-fr.reassessment is compliant
  expect cac-fr.processing-records is compliant
  expect cac-fr.national-identity-channel is compliant
  expect cac-fr.not-sole-verification is compliant
  expect cac-fr.no-misleading-or-coercion is compliant
  expect cac-fr.security-measures is compliant
  expect cac-fr.filing is not_applicable
}

test "cac-fr: children under 14 enrolled on their own consent" {
  given jurisdiction.cn_processing = true
  given processing.rnd_or_training = false
  given processing.creates_templates = true
  given data_subjects.categories = {pupils, minors, under_14}
  given basis.pipl = pipl_consent
  given consent.guardian = false
  given minors.special_rules = false
  expect cac-fr.guardian-consent is breach
  expect cac-fr.children-special-rules is breach
}

test "cac-fr: a service whose users are not said to include elderly or disabled people is undetermined on Art. 5" {
  given jurisdiction.cn_processing = true
  given processing.rnd_or_training = false
  given processing.creates_templates = true
  expect cac-fr.accessibility is undetermined
}

test "cac-fr: an impact assessment kept one year, and not redone after the gate switched from 1:1 to 1:N" {
  given jurisdiction.cn_processing = true
  given processing.rnd_or_training = false
  given processing.creates_templates = true
  given pipia.done = true
  given pipia.record_retention = 1 years
  given pipia.outdated = true
  expect cac-fr.assessment-kept is breach
  expect cac-fr.reassessment is breach
}

test "cac-fr: an impact assessment redone after the change is current" {
  given jurisdiction.cn_processing = true
  given processing.rnd_or_training = false
  given processing.creates_templates = true
  given pipia.done = true
  given pipia.outdated = false
  expect cac-fr.reassessment is compliant
}

test "cac-fr: a remote bank account cannot be opened without the face: consent to it is still voluntary" {
  given jurisdiction.cn_processing = true
  given processing.rnd_or_training = false
  given controller.type = platform
  given processing.creates_templates = true
  given processing.mode = verification_1to1
  given basis.pipl = pipl_consent
  given consent.separate = true
  given consent.bundled = false
  given consent.explicit = true
  given notice.given = true
  given consent.refusable_without_detriment = false
  given consent.condition_of_service = true
  given less_intrusive_means.available = false
  given assess.necessary_for_service = true
  expect cac-fr.separate-consent is compliant
}

# ---------------------------------------------------------------------------------------------------------------
# Storage outside the device (Art. 8): the two exceptions
# ---------------------------------------------------------------------------------------------------------------
test "cac-fr: pay-by-face matched on the provider's server, on the payer's separate consent" {
  given jurisdiction.cn_processing = true
  given processing.rnd_or_training = false
  given processing.creates_templates = true
  given storage.templates = central_server
  given transfer.over_internet = true
  given basis.pipl = pipl_consent
  given consent.separate = true
  given consent.bundled = false
  expect cac-fr.on-device-storage is compliant
  expect cac-fr.on-device-storage exception separate_consent
}

test "cac-fr: faces sent to a server under a named law" {
  given jurisdiction.cn_processing = true
  given processing.rnd_or_training = false
  given processing.creates_templates = true
  given storage.templates = central_server
  given transfer.over_internet = true
  given basis.pipl = pipl_statutory_duty
  given basis.off_device_by_law = true
  given basis.legal_provision = "the administrative regulation relied on, by name and article"
  expect cac-fr.on-device-storage is compliant
  expect cac-fr.on-device-storage exception law_provides
}

test "cac-fr: a law said to provide for off-device storage, but not named, is no exception" {
  given jurisdiction.cn_processing = true
  given processing.rnd_or_training = false
  given processing.creates_templates = true
  given storage.templates = cloud_service
  given transfer.over_internet = true
  given basis.pipl = pipl_other_law
  given basis.off_device_by_law = true
  expect cac-fr.on-device-storage is breach
}

# ---------------------------------------------------------------------------------------------------------------
# Verification (Art. 10)
# ---------------------------------------------------------------------------------------------------------------
test "cac-fr: face verification that a named State provision requires may be the only way" {
  given jurisdiction.cn_processing = true
  given processing.rnd_or_training = false
  given processing.creates_templates = true
  given processing.mode = verification_1to1
  given purposes = {identity_verification}
  given alternatives.offered = false
  given verification.face_required_by_state = true
  given basis.legal_provision = "the State provision relied on, by name and article"
  expect cac-fr.not-sole-verification is compliant
  expect cac-fr.not-sole-verification exception state_provision
}

test "cac-fr: another way that is slower or costs more does not meet Art. 10" {
  given jurisdiction.cn_processing = true
  given processing.rnd_or_training = false
  given processing.creates_templates = true
  given processing.mode = verification_1to1
  given purposes = {payment}
  given alternatives.offered = true
  given alternatives.equally_convenient = false
  expect cac-fr.not-sole-verification is breach
}

# ---------------------------------------------------------------------------------------------------------------
# Public places and private spaces (Art. 13)
# ---------------------------------------------------------------------------------------------------------------
test "cac-fr: public-security cameras on a square, necessary, in a delimited area with signs" {
  given jurisdiction.cn_processing = true
  given processing.rnd_or_training = false
  given controller.type = law_enforcement
  given processing.creates_templates = true
  given processing.mode = identification_1ton
  given processing.location = public_area
  given capture.ambient = true
  given purposes = {public_security}
  given public_security.necessary = true
  given capture.area_delimited = true
  given signs.conspicuous = true
  expect cac-fr.public-place is compliant
  expect cac-fr.not-sole-verification is not_applicable
}

test "cac-fr: face recognition cameras in a mall for marketing" {
  given jurisdiction.cn_processing = true
  given processing.rnd_or_training = false
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given processing.mode = identification_1ton
  given processing.location = publicly_accessible_premises
  given capture.ambient = true
  given purposes = {marketing, customer_analytics}
  given signs.conspicuous = true
  expect cac-fr.public-place is breach
  expect decision deny
}

test "cac-fr: a face terminal inside hotel guest rooms" {
  given jurisdiction.cn_processing = true
  given processing.rnd_or_training = false
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given processing.mode = verification_1to1
  given processing.location = private_space
  expect cac-fr.private-space is breach
  expect decision deny
}

# ---------------------------------------------------------------------------------------------------------------
# Filing (Art. 15)
# ---------------------------------------------------------------------------------------------------------------
test "cac-fr: 100,000 faces reached three weeks ago, not yet filed: still within the 30 working days" {
  as_of 2026-03-23
  given jurisdiction.cn_processing = true
  given processing.rnd_or_training = false
  given processing.creates_templates = true
  given data_subjects.count = 100000 persons
  given storage.faces_stored = 100000 persons
  given storage.threshold_reached = 2026-03-02
  given filing.cac_done = false
  expect cac-fr.filing is compliant
  expect cac-fr.filing exception within_period
}

test "cac-fr: 100,000 faces reached before the Measures: filing due by 2025-07-14" {
  as_of 2025-07-01
  given jurisdiction.cn_processing = true
  given processing.rnd_or_training = false
  given processing.creates_templates = true
  given data_subjects.count = 250000 persons
  given storage.faces_stored = 250000 persons
  given storage.threshold_reached = 2024-11-15
  given filing.cac_done = false
  expect cac-fr.filing is compliant
  expect cac-fr.filing exception transition_period
}

test "cac-fr: 250,000 faces stored and filed" {
  given jurisdiction.cn_processing = true
  given processing.rnd_or_training = false
  given processing.creates_templates = true
  given data_subjects.count = 250000 persons
  given storage.faces_stored = 250000 persons
  given storage.threshold_reached = 2024-11-15
  given filing.cac_done = true
  expect cac-fr.filing is compliant
}

# ---------------------------------------------------------------------------------------------------------------
# Scope and time
# ---------------------------------------------------------------------------------------------------------------
test "cac-fr: faces collected to train a recognition algorithm are outside the Measures (Art. 2(2))" {
  given jurisdiction.cn_processing = true
  given processing.rnd_or_training = true
  given processing.creates_templates = true
  given processing.location = private_space
  given storage.templates = cloud_service
  expect cac-fr.private-space is not_applicable
  expect cac-fr.on-device-storage is not_applicable
}

test "cac-fr: a processor outside China serving people in China is outside the Measures, not the PIPL" {
  given jurisdiction.cn_processing = false
  given jurisdiction.cn_data_subjects = true
  given processing.rnd_or_training = false
  given processing.creates_templates = true
  given storage.templates = cloud_service
  expect cac-fr.on-device-storage is not_applicable
}

test "cac-fr: in May 2025 the Measures were not yet in force" {
  as_of 2025-05-15
  given jurisdiction.cn_processing = true
  given processing.rnd_or_training = false
  given processing.creates_templates = true
  given processing.location = private_space
  expect cac-fr.private-space is not_applicable
}
