# Tests of the PIPL rules. Each rule has a test where it is breached and one where it is not; each exception a test
# where it applies. Derived facts (assess.*) are given directly, as the assessors would compute them.

import "rules.fp"

# ---------------------------------------------------------------------------------------------------------------
# Done right: a residential gate where facial recognition is an opt-in beside an access card.
# ---------------------------------------------------------------------------------------------------------------
test "pipl: residential gate with a card alternative and separate consent is compliant throughout" {
  given jurisdiction.cn_processing = true
  given jurisdiction.cn_data_subjects = true
  given jurisdiction.eu_establishment = false
  given jurisdiction.eu_data_subjects = false
  given controller.type = property_manager
  given processing.creates_templates = true
  given processing.mode = identification_1ton
  given processing.location = residential_compound
  given processors.used = false
  given audits.regular = true
  given consent.withdrawable = true
  given rights.request_channel = true
  given rights.access_copy = true
  given rights.rectification_restriction = true
  given rights.portability = true
  given rights.deceased_relatives = true
  given controller.persons_processed = 2400 persons
  given transfer.out_of_china = false
  given decision.solely_automated = true
  given decision.significant_effect = true
  given decision.human_review = true
  given decision.explanation_on_request = true
  given controller.joint_controllers = false
  given recipients.third_parties = false
  given capture.ambient = false
  given processing.secondary_use = false
  given purposes = {access_control}
  given data_subjects.categories = {residents, minors, under_14}
  given basis.pipl = pipl_consent
  given basis.written_consent_by_law = false
  given consent.obtained = true
  given consent.explicit = true
  given consent.separate = true
  given consent.written = true
  given consent.bundled = false
  given consent.opt_out_default = false
  given consent.refusable_without_detriment = true
  given consent.condition_of_service = false
  given consent.guardian = true
  given consent.standard_terms = false
  given notice.given = true
  given notice.rules_published = true
  given notice.contents = {controller_identity, purposes_and_methods, data_categories, retention_period,
                           rights_and_how, necessity, impact_on_rights}
  given less_intrusive_means.available = true
  given alternatives.offered = true
  given alternatives.equally_convenient = true
  given security.measures = {encryption_at_rest, access_restriction, audit_logging, incident_response}
  given breach.procedure = true
  given deletion.on_purpose_end = true
  given deletion.on_request = true
  given retention.templates = 30 days
  given pipia.done = true
  given pipia.covers = {necessity_proportionality, risk_assessment, mitigation_measures}
  given pipia.record_retention = 3 years
  given consent.unilateral_change = false
  expect pipl.consent-renewed-on-change is not_applicable
  expect pipl.legal-basis is compliant
  expect pipl.legal-basis exception consent
  expect pipl.specific-purpose is compliant
  expect pipl.least-impact-alternative is compliant
  # Residents could show the card they carry anyway: 1:N is more than the gate needs (Art. 6), a major breach
  # that the runtime cures by matching each face only against the card holder's template.
  expect pipl.least-impact-mode is breach
  expect pipl.consent-voluntary-explicit is compliant
  expect pipl.separate-consent is compliant
  expect pipl.written-consent is not_applicable
  expect pipl.minors-under-14 is compliant
  expect pipl.notice is compliant
  expect pipl.sensitive-notice is compliant
  expect pipl.sensitive-necessity is compliant
  expect pipl.strict-protection is compliant
  expect pipl.deletion is compliant
  expect pipl.pipia is compliant
  expect pipl.pipia-contents is compliant
  expect pipl.public-place-security-purpose is not_applicable
  expect pipl.public-place-signs is not_applicable
  expect pipl.public-place-use-limit is not_applicable
  expect pipl.portability is compliant
  expect pipl.deceased-persons is compliant
  expect pipl.entrusted-party-duties is not_applicable
  expect pipl.succession is not_applicable
  expect pipl.public-disclosure is not_applicable
  expect decision conditional
}

# ---------------------------------------------------------------------------------------------------------------
# The seed case: Guo Bing v. Hangzhou Safari Park, assessed under today's law.
# ---------------------------------------------------------------------------------------------------------------
test "pipl: Hangzhou Safari Park face-only entry breaches Arts. 6, 14, 29 and 47" {
  given jurisdiction.cn_processing = true
  given jurisdiction.cn_data_subjects = true
  given jurisdiction.eu_establishment = false
  given jurisdiction.eu_data_subjects = false
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given processing.mode = identification_1ton
  given processing.location = publicly_accessible_premises
  given capture.ambient = false
  given purposes = {access_control}
  given data_subjects.categories = {pass_holders, customers}
  given basis.pipl = pipl_consent
  given consent.obtained = true
  given consent.explicit = true
  given consent.unilateral_change = true
  given consent.separate = false
  given consent.refusable_without_detriment = false
  given consent.condition_of_service = true
  given consent.opt_out_default = false
  given less_intrusive_means.available = true
  given alternatives.offered = false
  given notice.given = true
  given deletion.on_purpose_end = false
  given deletion.on_request = false
  expect pipl.least-impact-alternative is breach
  expect pipl.consent-voluntary-explicit is breach
  expect pipl.consent-renewed-on-change is breach
  expect pipl.separate-consent is breach
  expect pipl.deletion is breach
  expect decision deny
}

test "pipl: in October 2019 the PIPL was not yet in force" {
  as_of 2019-10-01
  given jurisdiction.cn_processing = true
  given jurisdiction.cn_data_subjects = true
  given jurisdiction.eu_establishment = false
  given jurisdiction.eu_data_subjects = false
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given basis.pipl = pipl_consent
  given consent.separate = false
  given less_intrusive_means.available = true
  given alternatives.offered = false
  expect pipl.least-impact-alternative is not_applicable
  expect pipl.separate-consent is not_applicable
  # No encoded instrument applied on that day (the SPC Provisions neither), which is no finding of lawfulness:
  # the gate fails closed. Guo Bing's 2019 suit was decided under contract law (the seed article).
  expect decision deny
}

# ---------------------------------------------------------------------------------------------------------------
# Public places (Art. 26)
# ---------------------------------------------------------------------------------------------------------------
test "pipl: mall cameras analysing shoppers for marketing" {
  given jurisdiction.cn_processing = true
  given jurisdiction.eu_establishment = false
  given jurisdiction.eu_data_subjects = false
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given processing.mode = analysis_only
  given processing.location = publicly_accessible_premises
  given capture.ambient = true
  given processing.secondary_use = false
  given purposes = {marketing, customer_analytics}
  given basis.pipl = pipl_consent
  given consent.obtained = false
  given consent.explicit = false
  given consent.separate = false
  given consent.opt_out_default = true
  given signs.conspicuous = true
  given public_security.authorised = false
  given alternatives.offered = false
  given assess.necessary_and_proportionate = false
  expect pipl.legal-basis is breach
  expect pipl.sensitive-necessity is breach
  expect pipl.public-place-security-purpose is breach
  expect pipl.public-place-signs is compliant
  expect pipl.public-place-use-limit is breach
  expect decision deny
}

test "pipl: police cameras on a public square for public security, with signs" {
  given jurisdiction.cn_processing = true
  given jurisdiction.eu_establishment = false
  given jurisdiction.eu_data_subjects = false
  given controller.type = law_enforcement
  given processing.creates_templates = true
  given processing.mode = identification_1ton
  given processing.location = public_area
  given capture.ambient = true
  given processing.secondary_use = false
  given purposes = {public_security}
  given basis.pipl = pipl_statutory_duty
  given basis.legal_provision = "the People's Police Law and the State Council's rules on public security video systems"
  given basis.necessary_for_ground = true
  given public_security.necessary = true
  given public_security.authorised = true
  given signs.conspicuous = true
  expect pipl.legal-basis is compliant
  expect pipl.legal-basis exception statutory_duty
  expect pipl.sensitive-necessity is compliant
  expect pipl.public-place-security-purpose is compliant
  expect pipl.public-place-signs is compliant
  expect pipl.public-place-use-limit is compliant
  expect pipl.separate-consent is not_applicable
}

test "pipl: cameras in a public place without prominent signs" {
  given jurisdiction.cn_processing = true
  given controller.type = law_enforcement
  given processing.creates_templates = false
  given processing.location = public_area
  given capture.ambient = true
  given signs.conspicuous = false
  expect pipl.public-place-signs is breach
}

test "pipl: public-place images used for marketing too, with each person's separate consent" {
  given jurisdiction.cn_processing = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given processing.location = publicly_accessible_premises
  given capture.ambient = true
  given processing.secondary_use = false
  given purposes = {public_security, marketing}
  given consent.obtained = true
  given consent.separate = true
  expect pipl.public-place-use-limit is compliant
  expect pipl.public-place-use-limit exception separate_consent
}

test "pipl: plain CCTV in a shop is not facial recognition, but Art. 26 still governs it" {
  given jurisdiction.cn_processing = true
  given jurisdiction.cn_data_subjects = true
  given jurisdiction.eu_establishment = false
  given jurisdiction.eu_data_subjects = false
  given controller.type = commercial_venue
  given processing.creates_templates = false
  given processing.mode = none
  given processing.location = publicly_accessible_premises
  given capture.ambient = true
  given processing.secondary_use = false
  given purposes = {public_security}
  given public_security.necessary = true
  given public_security.authorised = true
  given signs.conspicuous = true
  # No Art. 55 trigger without templates: footage kept in the shop, not shared, not sent abroad.
  given recipients.third_parties = false
  given transfer.outside_jurisdiction = false
  given transfer.out_of_china = false
  expect pipl.legal-basis is not_applicable
  expect pipl.separate-consent is not_applicable
  expect pipl.sensitive-necessity is not_applicable
  expect pipl.pipia is not_applicable
  expect pipl.public-place-security-purpose is compliant
  expect pipl.public-place-signs is compliant
  expect pipl.public-place-use-limit is compliant
  expect decision conditional
}

test "pipl: footage sent abroad needs an impact assessment even without templates" {
  # Art. 55 item (4): providing personal information abroad is a trigger of its own.
  given jurisdiction.cn_processing = true
  given jurisdiction.cn_data_subjects = true
  given jurisdiction.eu_establishment = false
  given jurisdiction.eu_data_subjects = false
  given controller.type = commercial_venue
  given processing.creates_templates = false
  given processing.mode = none
  given processing.location = publicly_accessible_premises
  given capture.ambient = true
  given processing.secondary_use = false
  given purposes = {public_security}
  given public_security.authorised = true
  given signs.conspicuous = true
  given recipients.third_parties = false
  given transfer.outside_jurisdiction = true
  given transfer.out_of_china = true
  given pipia.done = false
  expect pipl.legal-basis is not_applicable
  expect pipl.pipia is breach
  expect decision deny
}

# ---------------------------------------------------------------------------------------------------------------
# The other grounds of Art. 13
# ---------------------------------------------------------------------------------------------------------------
test "pipl: necessary for human resources management under lawful labour rules" {
  given jurisdiction.cn_processing = true
  given controller.type = employer
  given processing.creates_templates = true
  given basis.pipl = pipl_contract_or_hr
  given basis.necessary_for_ground = true
  expect pipl.legal-basis is compliant
  expect pipl.legal-basis exception contract_or_hr
  expect pipl.separate-consent is not_applicable
}

test "pipl: necessary to protect life and health in an emergency" {
  given jurisdiction.cn_processing = true
  given controller.type = public_authority
  given processing.creates_templates = true
  given basis.pipl = pipl_emergency
  given basis.necessary_for_ground = true
  given deployment.end = 2026-03-31
  expect pipl.legal-basis is compliant
  expect pipl.legal-basis exception emergency
}

test "pipl: required by another law or administrative regulation" {
  given jurisdiction.cn_processing = true
  given controller.type = transport_operator
  given processing.creates_templates = true
  given basis.pipl = pipl_other_law
  given basis.legal_provision = "the law or administrative regulation relied on, named by article"
  given basis.necessary_for_ground = true
  expect pipl.legal-basis is compliant
  expect pipl.legal-basis exception other_law
}

# ---------------------------------------------------------------------------------------------------------------
# Purpose, mode, consent forms, minors
# ---------------------------------------------------------------------------------------------------------------
test "pipl: templates also used for another purpose" {
  given jurisdiction.cn_processing = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given purposes = {payment}
  given processing.secondary_use = true
  given processing.further_use_required_by_law = false
  expect pipl.specific-purpose is breach
}

test "pipl: pay-by-face searching all members 1:N" {
  given jurisdiction.cn_processing = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given purposes = {payment}
  given processing.mode = identification_1ton
  expect pipl.least-impact-mode is breach
}

test "pipl: pay-by-face verified 1:1 against the member's account" {
  given jurisdiction.cn_processing = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given purposes = {payment}
  given processing.mode = verification_1to1
  expect pipl.least-impact-mode is compliant
}

test "pipl: written consent required by law but not given" {
  given jurisdiction.cn_processing = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given basis.pipl = pipl_consent
  given basis.written_consent_by_law = true
  given consent.written = false
  expect pipl.written-consent is breach
}

test "pipl: written consent required by law and given" {
  given jurisdiction.cn_processing = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given basis.pipl = pipl_consent
  given basis.written_consent_by_law = true
  given consent.written = true
  expect pipl.written-consent is compliant
}

test "pipl: children under 14 enrolled without their guardians' consent" {
  given jurisdiction.cn_processing = true
  given controller.type = school
  given processing.creates_templates = true
  given basis.pipl = pipl_consent
  given data_subjects.categories = {pupils, minors, under_14}
  given consent.guardian = false
  expect pipl.minors-under-14 is breach
}

# ---------------------------------------------------------------------------------------------------------------
# Notice, protection, deletion, impact assessment
# ---------------------------------------------------------------------------------------------------------------
test "pipl: no notice, no protection, no assessment" {
  given jurisdiction.cn_processing = true
  given controller.type = employer
  given processing.creates_templates = true
  given notice.given = false
  given notice.contents = {controller_identity}
  given security.measures = {encryption_at_rest}
  given pipia.done = false
  expect pipl.notice is breach
  expect pipl.sensitive-notice is breach
  expect pipl.strict-protection is breach
  expect pipl.pipia is breach
  expect pipl.pipia-contents is not_applicable
  expect decision deny
}

test "pipl: a PIPIA without risk assessment, and records kept one year" {
  given jurisdiction.cn_processing = true
  given controller.type = employer
  given processing.creates_templates = true
  given pipia.done = true
  given pipia.covers = {necessity_proportionality}
  given pipia.record_retention = 1 years
  expect pipl.pipia-contents is breach
}

test "pipl: templates kept a year after last use" {
  given jurisdiction.cn_processing = true
  given controller.type = employer
  given processing.creates_templates = true
  given deletion.on_purpose_end = true
  given deletion.on_request = true
  given purposes = {attendance}
  given retention.templates = 365 days
  expect pipl.deletion is compliant
  expect pipl.retention is breach
  expect decision deny
}

test "pipl: templates not deleted when the purpose ends, within the retention ceiling" {
  given jurisdiction.cn_processing = true
  given controller.type = employer
  given processing.creates_templates = true
  given deletion.on_purpose_end = false
  given deletion.on_request = true
  given purposes = {attendance}
  given retention.templates = 30 days
  expect pipl.deletion is breach
  expect pipl.retention is compliant
}

# ---------------------------------------------------------------------------------------------------------------
# Private spaces
# ---------------------------------------------------------------------------------------------------------------
test "pipl: face recognition in a hotel room is prohibited, even with the guest's separate consent" {
  given jurisdiction.cn_processing = true
  given controller.type = commercial_venue
  given processing.captures_faces = true
  given processing.creates_templates = true
  given processing.location = private_space
  given basis.pipl = pipl_consent
  given consent.obtained = true
  given consent.separate = true
  expect pipl.private-space is breach
  expect decision deny
}

test "pipl: a check-in terminal in the hotel lobby is not in a private space" {
  given jurisdiction.cn_processing = true
  given controller.type = commercial_venue
  given processing.captures_faces = true
  given processing.creates_templates = true
  given processing.location = publicly_accessible_premises
  expect pipl.private-space is not_applicable
}

# ---------------------------------------------------------------------------------------------------------------
# Joint, entrusted and shared processing
# ---------------------------------------------------------------------------------------------------------------
test "pipl: a vendor re-entrusts the faces, no joint agreement, and faces are shared with a partner without consent" {
  given jurisdiction.cn_processing = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given processors.used = true
  given processors.contract = true
  given processors.agreement_pipl = true
  given processors.supervised = true
  given processors.sub_processors = true
  given processors.sub_processors_authorised = false
  given controller.joint_controllers = true
  given joint_controllers.arrangement = false
  given recipients.third_parties = true
  given recipients.notified = true
  given recipients.separate_consent = false
  given processing.further_use_required_by_law = false
  expect pipl.entrusted-processing is breach
  expect pipl.joint-processing is breach
  expect pipl.provision-to-others is breach
  expect decision deny
}

test "pipl: an entrusted party under the Article 21 terms, a joint agreement, and sharing on separate consent" {
  given jurisdiction.cn_processing = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given processors.used = true
  given processors.contract = true
  given processors.agreement_pipl = true
  given processors.supervised = true
  given processors.sub_processors = false
  given controller.joint_controllers = true
  given joint_controllers.arrangement = true
  given recipients.third_parties = true
  given recipients.notified = true
  given recipients.separate_consent = true
  expect pipl.entrusted-processing is compliant
  expect pipl.joint-processing is compliant
  expect pipl.provision-to-others is compliant
}

test "pipl: footage handed to the police on a lawful order needs no separate consent" {
  given jurisdiction.cn_processing = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given recipients.third_parties = true
  given recipients.notified = false
  given recipients.separate_consent = false
  given processing.further_use_required_by_law = true
  expect pipl.provision-to-others is compliant
  expect pipl.provision-to-others exception required_by_law
}

# ---------------------------------------------------------------------------------------------------------------
# Automated decisions
# ---------------------------------------------------------------------------------------------------------------
test "pipl: a compound gate that decides alone, with no explanation and no way to refuse the machine" {
  given jurisdiction.cn_processing = true
  given controller.type = property_manager
  given processing.creates_templates = true
  given decision.solely_automated = true
  given decision.significant_effect = true
  given decision.human_review = false
  given decision.explanation_on_request = false
  expect pipl.automated-decision is breach
  expect decision deny
}

test "pipl: the same gate with an attendant who decides for anyone who refuses the machine, and explanations" {
  given jurisdiction.cn_processing = true
  given controller.type = property_manager
  given processing.creates_templates = true
  given decision.solely_automated = true
  given decision.significant_effect = true
  given decision.human_review = true
  given decision.explanation_on_request = true
  expect pipl.automated-decision is compliant
}

test "pipl: suggesting photo tags has no major impact on anyone" {
  given jurisdiction.cn_processing = true
  given controller.type = platform
  given processing.creates_templates = true
  given decision.solely_automated = true
  given decision.significant_effect = false
  expect pipl.automated-decision is not_applicable
}

# ---------------------------------------------------------------------------------------------------------------
# Providing faces abroad
# ---------------------------------------------------------------------------------------------------------------
test "pipl: faces of 50,000 shoppers sent to a headquarters abroad under the standard contract need a security assessment" {
  given jurisdiction.cn_processing = true
  given controller.type = commercial_venue
  given controller.ciio = false
  given processing.creates_templates = true
  given transfer.out_of_china = true
  given transfer.cn_mechanism = cac_standard_contract
  given transfer.cn_sensitive_persons = 50000 persons
  given transfer.cn_recipient_notified = true
  given transfer.cn_separate_consent = true
  expect pipl.cross-border-mechanism is breach
  expect pipl.cross-border-consent is compliant
  expect decision deny
}

test "pipl: exactly 10,000 people's faces abroad already need the security assessment" {
  given jurisdiction.cn_processing = true
  given controller.type = commercial_venue
  given controller.ciio = false
  given processing.creates_templates = true
  given transfer.out_of_china = true
  given transfer.cn_mechanism = pi_protection_certification
  given transfer.cn_sensitive_persons = 10000 persons
  expect pipl.cross-border-mechanism is breach
}

test "pipl: the faces of 2,000 members abroad under the filed standard contract, with notice and separate consent" {
  given jurisdiction.cn_processing = true
  given controller.type = commercial_venue
  given controller.ciio = false
  given processing.creates_templates = true
  given transfer.out_of_china = true
  given transfer.cn_mechanism = cac_standard_contract
  given transfer.cn_sensitive_persons = 2000 persons
  given transfer.cn_recipient_notified = true
  given transfer.cn_separate_consent = true
  expect pipl.cross-border-mechanism is compliant
  expect pipl.cross-border-consent is compliant
}

test "pipl: an infrastructure operator needs the security assessment whatever the number, and consent" {
  given jurisdiction.cn_processing = true
  given controller.type = transport_operator
  given controller.ciio = true
  given processing.creates_templates = true
  given transfer.out_of_china = true
  given transfer.cn_mechanism = cac_standard_contract
  given transfer.cn_sensitive_persons = 100 persons
  given transfer.cn_recipient_notified = true
  given transfer.cn_separate_consent = false
  expect pipl.cross-border-mechanism is breach
  expect pipl.cross-border-consent is breach
}

test "pipl: a security assessment passed carries any number of faces abroad" {
  given jurisdiction.cn_processing = true
  given controller.type = transport_operator
  given controller.ciio = true
  given processing.creates_templates = true
  given transfer.out_of_china = true
  given transfer.cn_mechanism = cac_security_assessment
  expect pipl.cross-border-mechanism is compliant
}

# ---------------------------------------------------------------------------------------------------------------
# Breaches
# ---------------------------------------------------------------------------------------------------------------
test "pipl: no incident plan for a leak of face data" {
  given jurisdiction.cn_processing = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given security.measures = {encryption_at_rest, access_restriction, audit_logging}
  given breach.procedure = false
  expect pipl.breach-readiness is breach
  expect decision deny
}

test "pipl: an incident plan and a procedure to remedy and notify a leak" {
  given jurisdiction.cn_processing = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given security.measures = {encryption_at_rest, access_restriction, audit_logging, incident_response}
  given breach.procedure = true
  expect pipl.breach-readiness is compliant
}

# ---------------------------------------------------------------------------------------------------------------
# Personal information protection officer and representative
# ---------------------------------------------------------------------------------------------------------------
test "pipl: a payment platform with two million users and no protection officer" {
  given jurisdiction.cn_processing = true
  given controller.type = platform
  given controller.persons_processed = 2000000 persons
  given controller.pi_officer_appointed = false
  given processing.creates_templates = true
  expect pipl.pi-officer is breach
  expect decision deny
}

test "pipl: exactly one million people, with a protection officer designated and reported" {
  given jurisdiction.cn_processing = true
  given controller.type = platform
  given controller.persons_processed = 1000000 persons
  given controller.pi_officer_appointed = true
  given processing.creates_templates = true
  expect pipl.pi-officer is compliant
}

test "pipl: a compound of a few thousand residents needs no protection officer" {
  given jurisdiction.cn_processing = true
  given controller.type = property_manager
  given controller.persons_processed = 5000 persons
  given processing.creates_templates = true
  expect pipl.pi-officer is not_applicable
}

test "pipl: an app abroad that verifies faces of users in China has no representative there" {
  given jurisdiction.cn_processing = false
  given jurisdiction.cn_data_subjects = true
  given controller.type = platform
  given controller.cn_representative = false
  given processing.creates_templates = true
  expect pipl.cn-representative is breach
  expect decision deny
}

test "pipl: the same app with a representative in China, reported" {
  given jurisdiction.cn_processing = false
  given jurisdiction.cn_data_subjects = true
  given controller.type = platform
  given controller.cn_representative = true
  given processing.creates_templates = true
  expect pipl.cn-representative is compliant
}

# ---------------------------------------------------------------------------------------------------------------
# State organs
# ---------------------------------------------------------------------------------------------------------------
test "pipl: a district office runs face recognition on a square with no law giving it the authority" {
  given jurisdiction.cn_processing = true
  given controller.type = public_authority
  given processing.creates_templates = true
  given state_organ.within_authority = false
  given basis.pipl = pipl_statutory_duty
  given basis.necessary_for_ground = true
  expect pipl.state-organ-authority is breach
  expect decision deny
}

test "pipl: a covert police investigation need not notify, but stays within its authority and in China" {
  given jurisdiction.cn_processing = true
  given controller.type = law_enforcement
  given processing.creates_templates = true
  given state_organ.within_authority = true
  given state_organ.notice_would_impede = true
  given basis.pipl = pipl_statutory_duty
  given basis.legal_provision = "Criminal Procedure Law of the PRC, on technical investigation measures"
  given basis.necessary_for_ground = true
  given notice.given = false
  given notice.contents = {}
  given transfer.out_of_china = false
  expect pipl.state-organ-authority is compliant
  expect pipl.notice is compliant
  expect pipl.notice exception state_organ_exempt
  expect pipl.sensitive-notice is compliant
  expect pipl.sensitive-notice exception state_organ_exempt
  expect pipl.state-organ-storage is not_applicable
}

test "pipl: a state organ's faces hosted abroad under the standard contract" {
  given jurisdiction.cn_processing = true
  given controller.type = public_authority
  given processing.creates_templates = true
  given transfer.out_of_china = true
  given transfer.cn_mechanism = cac_standard_contract
  expect pipl.state-organ-storage is breach
}

test "pipl: a state organ provides faces abroad after a security assessment" {
  given jurisdiction.cn_processing = true
  given controller.type = public_authority
  given processing.creates_templates = true
  given transfer.out_of_china = true
  given transfer.cn_mechanism = cac_security_assessment
  expect pipl.state-organ-storage is compliant
}

# ---------------------------------------------------------------------------------------------------------------
# Rights
# ---------------------------------------------------------------------------------------------------------------
test "pipl: a gym lets no member see or correct the face data it holds" {
  given jurisdiction.cn_processing = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given rights.request_channel = true
  given rights.access_copy = false
  given rights.rectification_restriction = false
  expect pipl.rights-mechanism is breach
  expect decision deny
}

test "pipl: a gym with a request desk in its app: copies, corrections, restriction, and reasons for refusals" {
  given jurisdiction.cn_processing = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given rights.request_channel = true
  given rights.access_copy = true
  given rights.rectification_restriction = true
  expect pipl.rights-mechanism is compliant
}

# ---------------------------------------------------------------------------------------------------------------
# Withdrawal and audits
# ---------------------------------------------------------------------------------------------------------------
test "pipl: consent that cannot be withdrawn, and no compliance audits" {
  given jurisdiction.cn_processing = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given basis.pipl = pipl_consent
  given consent.withdrawable = false
  given audits.regular = false
  expect pipl.consent-withdrawal is breach
  expect pipl.compliance-audit is breach
  expect decision deny
}

test "pipl: consent withdrawn in the app with one tap, and a yearly compliance audit" {
  given jurisdiction.cn_processing = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given basis.pipl = pipl_consent
  given consent.withdrawable = true
  given audits.regular = true
  expect pipl.consent-withdrawal is compliant
  expect pipl.compliance-audit is compliant
}

# ---------------------------------------------------------------------------------------------------------------
# Transfers abroad under the Network Data Security Management Regulations, Art. 35 (PIPL Art. 38(1) item (4))
# ---------------------------------------------------------------------------------------------------------------
test "pipl: a hotel chain sends a guest's check-in face abroad because the booking needs it, truly necessary" {
  given jurisdiction.cn_processing = true
  given controller.type = commercial_venue
  given controller.ciio = false
  given processing.creates_templates = true
  given transfer.out_of_china = true
  given transfer.cn_mechanism = cn_exemption_claimed
  given transfer.cn_exemption = exemption_contract_with_individual
  given transfer.cn_exemption_necessary = true
  given transfer.cn_sensitive_persons = 30000 persons
  given transfer.cn_recipient_notified = true
  given transfer.cn_separate_consent = true
  expect pipl.cross-border-mechanism is compliant
  expect pipl.cross-border-mechanism exception necessary_transfer
  expect pipl.cross-border-consent is compliant
}

test "pipl: a face system hosted abroad for convenience is no contract necessity" {
  given jurisdiction.cn_processing = true
  given controller.type = commercial_venue
  given controller.ciio = false
  given processing.creates_templates = true
  given transfer.out_of_china = true
  given transfer.cn_mechanism = cn_exemption_claimed
  given transfer.cn_exemption = exemption_contract_with_individual
  given transfer.cn_exemption_necessary = false
  given transfer.cn_sensitive_persons = 30000 persons
  expect pipl.cross-border-mechanism is breach
}

test "pipl: cross-border HR management reaches employees, not the customers in the same system" {
  given jurisdiction.cn_processing = true
  given controller.type = employer
  given controller.ciio = false
  given processing.creates_templates = true
  given data_subjects.categories = {employees, customers}
  given transfer.out_of_china = true
  given transfer.cn_mechanism = cn_exemption_claimed
  given transfer.cn_exemption = exemption_cross_border_hr
  given transfer.cn_exemption_necessary = true
  given transfer.cn_sensitive_persons = 500 persons
  expect pipl.cross-border-mechanism is breach
}

test "pipl: an emergency transfer abroad holds only for a deployment that ends; an infrastructure operator's claim is for a lawyer" {
  given jurisdiction.cn_processing = true
  given controller.type = transport_operator
  given controller.ciio = true
  given processing.creates_templates = true
  given transfer.out_of_china = true
  given transfer.cn_mechanism = cn_exemption_claimed
  given transfer.cn_exemption = exemption_emergency
  given transfer.cn_exemption_necessary = true
  given transfer.cn_sensitive_persons = 50 persons
  given deployment.end = 2026-12-31
  expect pipl.cross-border-mechanism is breach
}

# ---------------------------------------------------------------------------------------------------------------
# Succession, public disclosure, portability, deceased persons, entrusted parties, large platforms (Arts. 22, 25,
# 45(3), 49, 58, 59)
# ---------------------------------------------------------------------------------------------------------------
test "pipl: a gym chain in bankruptcy sells its members' faces to a marketing firm without telling them" {
  given jurisdiction.cn_processing = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given basis.pipl = pipl_consent
  given succession.transfer = true
  given succession.recipient_notified = false
  given succession.same_purposes = false
  given disclosure.public = true
  given disclosure.separate_consent = false
  given rights.portability = false
  given rights.deceased_relatives = false
  given processors.used = true
  given processors.secure_and_assist = false
  expect pipl.succession is breach
  expect pipl.public-disclosure is breach
  expect pipl.portability is breach
  expect pipl.deceased-persons is breach
  expect pipl.entrusted-party-duties is breach
  expect decision deny
}

test "pipl: a merger where the acquirer keeps the purposes and people are told who it is" {
  given jurisdiction.cn_processing = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given basis.pipl = pipl_statutory_duty
  given succession.transfer = true
  given succession.recipient_notified = true
  given succession.same_purposes = true
  given disclosure.public = false
  given processors.used = true
  given processors.secure_and_assist = true
  expect pipl.succession is compliant
  expect pipl.public-disclosure is not_applicable
  expect pipl.portability is not_applicable
  expect pipl.entrusted-party-duties is compliant
}

test "pipl: a platform with hundreds of millions of users offers face login without the Art. 58 duties" {
  given jurisdiction.cn_processing = true
  given controller.type = platform
  given controller.gatekeeper_platform = true
  given processing.creates_templates = true
  given platform.gatekeeper_duties = false
  expect pipl.gatekeeper-platform is breach
}

test "pipl: the same platform with an independent oversight body, rules, sanctions and reports" {
  given jurisdiction.cn_processing = true
  given controller.type = platform
  given controller.gatekeeper_platform = true
  given processing.creates_templates = true
  given platform.gatekeeper_duties = true
  expect pipl.gatekeeper-platform is compliant
}

test "pipl: a small members' app is no gatekeeper platform" {
  given jurisdiction.cn_processing = true
  given controller.type = platform
  given controller.gatekeeper_platform = false
  given processing.creates_templates = true
  expect pipl.gatekeeper-platform is not_applicable
}

# ---------------------------------------------------------------------------------------------------------------
# The transfer summary read by the assessors must not contradict the Art. 38 fact
# ---------------------------------------------------------------------------------------------------------------
test "pipl: faces provided abroad while the summary says nothing leaves: refused as a contradiction" {
  given jurisdiction.cn_processing = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given transfer.out_of_china = true
  given transfer.outside_jurisdiction = false
  expect pipl.transfer-summary-agrees is breach
  expect decision deny
}

test "pipl: faces kept in China with a summary that agrees" {
  given jurisdiction.cn_processing = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given transfer.out_of_china = false
  given transfer.outside_jurisdiction = false
  expect pipl.transfer-summary-agrees is compliant
}
