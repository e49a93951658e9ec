# Tests of the GDPR rules. Each rule has a test where it is breached and one where it is not; each exception a test
# where it applies. Derived facts (assess.*) are given directly, as the assessors would compute them.

import "rules.fp"

# ---------------------------------------------------------------------------------------------------------------
# A deployment done right: 1:1 boarding on explicit, free, recorded consent, with a staffed lane beside it.
# ---------------------------------------------------------------------------------------------------------------
test "gdpr: explicit consent that cannot be withdrawn does not lift the Article 9 prohibition" {
  # Everything as in the boarding done right, except that a passenger cannot take the consent back (Art. 7(3)).
  given jurisdiction.eu_establishment = true
  given jurisdiction.eu_data_subjects = true
  given jurisdiction.cn_processing = false
  given jurisdiction.cn_data_subjects = false
  given controller.type = transport_operator
  given controller.dpo_appointed = true
  given processing.creates_templates = true
  given processing.mode = verification_1to1
  given processing.covert = false
  given processing.secondary_use = false
  given capture.ambient = false
  given recipients.third_parties = false
  given transfer.third_country = false
  given retention.images = 0 days
  given purposes = {boarding}
  given basis.gdpr = art6_consent
  given basis.art9 = art9_explicit_consent
  given basis.consent_excluded_by_law = false
  given consent.obtained = true
  given consent.explicit = true
  given consent.refusable_without_detriment = true
  given consent.bundled = false
  given consent.opt_out_default = false
  given consent.condition_of_service = false
  given consent.recorded = true
  given consent.withdrawable = false
  given assess.power_imbalance = false
  given service.information_society = false
  given notice.given = true
  given notice.contents = {controller_identity, dpo_contact, purposes_and_methods, data_categories, legal_basis,
                           retention_period, rights_and_how, withdrawal_right, complaint_right}
  given enrolment.from_third_party = false
  given less_intrusive_means.available = true
  given alternatives.offered = true
  given matching.accuracy_tested = true
  given deletion.on_purpose_end = true
  given deletion.on_request = true
  given retention.templates = 1 days
  given security.measures = {encryption_at_rest, encryption_in_transit, access_restriction, audit_logging}
  given design.privacy_by_default = true
  given dpia.done = true
  given dpia.covers = {systematic_description, necessity_proportionality, risk_assessment, mitigation_measures}
  given dpia.dpo_opinion_sought = true
  given prior_consultation.done = true
  expect gdpr.biometric-prohibition is breach
  expect decision deny
}

test "gdpr: opt-in 1:1 boarding done right is compliant throughout" {
  given jurisdiction.eu_establishment = true
  given jurisdiction.eu_data_subjects = true
  given jurisdiction.cn_processing = false
  given jurisdiction.cn_data_subjects = false
  given controller.type = transport_operator
  given controller.dpo_appointed = true
  given controller.public_body = false
  given processing.core_activity = true
  given processing.large_scale = true
  given processing.creates_templates = true
  given processing.mode = verification_1to1
  given processing.location = publicly_accessible_premises
  given processing.covert = false
  given processing.secondary_use = false
  given capture.ambient = false
  given recipients.third_parties = false
  given processors.used = false
  given records.processing_kept = true
  given decision.solely_automated = true
  given decision.significant_effect = true
  given decision.human_review = true
  given decision.explanation_on_request = true
  given controller.joint_controllers = false
  given transfer.outside_jurisdiction = false
  given transfer.third_country = false
  given retention.images = 0 days
  given assess.necessary_and_proportionate = true
  given purposes = {boarding}
  given basis.gdpr = art6_consent
  given basis.art9 = art9_explicit_consent
  given basis.consent_excluded_by_law = false
  given consent.obtained = true
  given consent.explicit = true
  given consent.refusable_without_detriment = true
  given consent.bundled = false
  given consent.opt_out_default = false
  given consent.condition_of_service = false
  given consent.recorded = true
  given consent.withdrawable = true
  given assess.power_imbalance = false
  given service.information_society = false
  given notice.given = true
  given notice.contents = {controller_identity, dpo_contact, purposes_and_methods, data_categories, legal_basis,
                           retention_period, rights_and_how, withdrawal_right, complaint_right,
                           automated_decision}
  given enrolment.from_third_party = false
  given less_intrusive_means.available = true
  given alternatives.offered = true
  given matching.accuracy_tested = true
  given deletion.on_purpose_end = true
  given deletion.on_request = true
  given rights.request_channel = true
  given rights.access_copy = true
  given rights.rectification_restriction = true
  given retention.templates = 1 days
  given security.measures = {encryption_at_rest, encryption_in_transit, access_restriction, audit_logging,
                             template_only_storage, identity_separation, presentation_attack_detection,
                             incident_response}
  given breach.procedure = true
  given design.privacy_by_default = true
  given dpia.done = true
  given dpia.covers = {systematic_description, necessity_proportionality, risk_assessment, mitigation_measures}
  given dpia.dpo_opinion_sought = true
  given dpia.views_sought = true
  given dpia.review_on_change = true
  given dpia.review_date = 2027-06-30
  given prior_consultation.done = true
  given rights.portability = true
  given accountability.policies = true
  given dpo.position_secured = true
  given dpo.monitors_compliance = true
  expect gdpr.biometric-prohibition is compliant
  expect gdpr.biometric-prohibition exception explicit_consent
  expect gdpr.lawful-basis is compliant
  expect gdpr.lawful-basis exception consent
  expect gdpr.consent-freely-given is compliant
  expect gdpr.consent-not-conditional is not_applicable
  expect gdpr.consent-demonstrable is compliant
  expect gdpr.consent-withdrawable is compliant
  expect gdpr.child-consent is not_applicable
  expect gdpr.transparency is compliant
  expect gdpr.purpose-limitation is compliant
  expect gdpr.data-minimisation is compliant
  expect gdpr.necessity-proportionality is compliant
  expect gdpr.one-to-one-where-sufficient is compliant
  expect gdpr.accuracy is compliant
  expect gdpr.storage-limitation is compliant
  expect gdpr.image-retention is compliant
  expect gdpr.erasure is compliant
  expect gdpr.security is compliant
  expect gdpr.privacy-by-default is compliant
  expect gdpr.information-at-collection is compliant
  expect gdpr.information-indirect is not_applicable
  expect gdpr.watchlist-entries is not_applicable
  expect gdpr.criminal-offence-data is not_applicable
  expect gdpr.ground-not-encoded is not_applicable
  expect gdpr.dpia-required is compliant
  expect gdpr.dpia-contents is compliant
  expect gdpr.dpia-dpo-advice is compliant
  expect gdpr.prior-consultation is compliant
  expect gdpr.transfer-summary-agrees is compliant
  expect gdpr.portability is compliant
  expect gdpr.controller-responsibility is compliant
  expect gdpr.dpia-views is compliant
  expect gdpr.dpia-review is compliant
  expect gdpr.dpo-position is compliant
  expect gdpr.dpo-tasks is compliant
  expect decision conditional
}

# ---------------------------------------------------------------------------------------------------------------
# The seed case: Skellefteå (Datainspektionen, 2019-08-20), with the assessor's finding of a clear imbalance.
# ---------------------------------------------------------------------------------------------------------------
test "gdpr: Skelleftea school attendance is unlawful" {
  as_of 2019-08-20
  given jurisdiction.eu_establishment = true
  given jurisdiction.eu_data_subjects = true
  given jurisdiction.cn_processing = false
  given jurisdiction.cn_data_subjects = false
  given controller.type = school
  given processing.creates_templates = true
  given processing.mode = identification_1ton
  given purposes = {attendance}
  given data_subjects.categories = {pupils, minors}
  given data_subjects.count = 22 persons
  given basis.gdpr = art6_consent
  given basis.art9 = art9_explicit_consent
  given consent.obtained = true
  given consent.explicit = true
  given consent.guardian = true
  given consent.refusable_without_detriment = true
  given consent.bundled = false
  given consent.opt_out_default = false
  given assess.power_imbalance = true
  given less_intrusive_means.available = true
  given alternatives.offered = true
  given dpia.done = true
  given dpia.covers = {systematic_description}
  given authority.specific_authorisation = false
  given prior_consultation.done = false
  expect gdpr.biometric-prohibition is breach
  expect gdpr.lawful-basis is breach
  expect gdpr.consent-freely-given is breach
  expect gdpr.data-minimisation is breach
  expect gdpr.dpia-contents is breach
  expect gdpr.prior-consultation is breach
  expect decision deny
}

test "gdpr: the same school without the assessor's finding is undetermined on consent, still denied" {
  given jurisdiction.eu_establishment = true
  given jurisdiction.eu_data_subjects = false
  given controller.type = school
  given processing.creates_templates = true
  given processing.mode = identification_1ton
  given basis.art9 = art9_explicit_consent
  given consent.explicit = true
  given consent.refusable_without_detriment = true
  given consent.bundled = false
  given dpia.done = true
  given dpia.covers = {systematic_description}
  given authority.specific_authorisation = false
  given prior_consultation.done = false
  expect gdpr.biometric-prohibition is undetermined
  expect gdpr.prior-consultation is breach
  expect decision deny
}

# ---------------------------------------------------------------------------------------------------------------
# A deployment that gets almost everything wrong.
# ---------------------------------------------------------------------------------------------------------------
test "gdpr: covert 1:N boarding from scraped photos breaches the procedural rules" {
  given jurisdiction.eu_establishment = true
  given jurisdiction.eu_data_subjects = true
  given controller.type = transport_operator
  given controller.dpo_appointed = true
  given processing.creates_templates = true
  given processing.mode = identification_1ton
  given processing.covert = true
  given processing.secondary_use = true
  given processing.further_use_compatible = false
  given processing.further_use_required_by_law = false
  given purposes = {boarding}
  given basis.gdpr = art6_consent
  given basis.art9 = art9_explicit_consent
  given consent.obtained = true
  given consent.recorded = false
  given consent.withdrawable = false
  given notice.given = false
  given notice.contents = {}
  given enrolment.from_third_party = true
  given notice.indirect_given = false
  given matching.accuracy_tested = false
  given deletion.on_purpose_end = false
  given deletion.on_request = false
  given retention.templates = 365 days
  given security.measures = {}
  given design.privacy_by_default = false
  given dpia.done = false
  given assess.dpia_required = true
  given assess.high_residual_risk = true
  given authority.specific_authorisation = false
  given prior_consultation.done = false
  expect gdpr.consent-demonstrable is breach
  expect gdpr.consent-withdrawable is breach
  expect gdpr.transparency is breach
  expect gdpr.purpose-limitation is breach
  expect gdpr.one-to-one-where-sufficient is breach
  expect gdpr.accuracy is breach
  expect gdpr.storage-limitation is breach
  expect gdpr.erasure is breach
  expect gdpr.security is breach
  expect gdpr.privacy-by-default is breach
  expect gdpr.information-at-collection is breach
  expect gdpr.information-indirect is breach
  expect gdpr.dpia-required is breach
  expect gdpr.dpia-contents is not_applicable
  expect gdpr.prior-consultation is breach
  expect decision deny
}

test "gdpr: reference photos from a third party with notice given within the time limits" {
  given jurisdiction.eu_establishment = true
  given controller.type = employer
  given processing.creates_templates = true
  given enrolment.from_third_party = true
  given notice.indirect_given = true
  expect gdpr.information-indirect is compliant
}

# ---------------------------------------------------------------------------------------------------------------
# Consent conditions
# ---------------------------------------------------------------------------------------------------------------
test "gdpr: employee attendance on consent written into the employment contract" {
  given jurisdiction.eu_establishment = true
  given controller.type = employer
  given processing.creates_templates = true
  given processing.mode = identification_1ton
  given purposes = {attendance}
  given basis.gdpr = art6_consent
  given basis.art9 = art9_explicit_consent
  given consent.obtained = true
  given consent.explicit = true
  given consent.bundled = true
  given consent.condition_of_service = true
  given consent.refusable_without_detriment = false
  given consent.opt_out_default = false
  given assess.power_imbalance = true
  given assess.necessary_for_service = false
  given less_intrusive_means.available = true
  given alternatives.offered = false
  expect gdpr.biometric-prohibition is breach
  expect gdpr.consent-freely-given is breach
  expect gdpr.consent-not-conditional is breach
  expect gdpr.data-minimisation is breach
  expect decision deny
}

test "gdpr: free explicit consent cannot lift the prohibition where Member State law forbids it" {
  given jurisdiction.eu_establishment = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given processing.mode = verification_1to1
  given basis.art9 = art9_explicit_consent
  given basis.consent_excluded_by_law = true
  given consent.explicit = true
  given consent.refusable_without_detriment = true
  given consent.bundled = false
  given assess.power_imbalance = false
  expect gdpr.biometric-prohibition is breach
}

test "gdpr: a service that cannot be provided without the face may be conditional on consent" {
  given jurisdiction.eu_establishment = true
  given controller.type = platform
  given processing.creates_templates = true
  given basis.art9 = art9_explicit_consent
  given consent.condition_of_service = true
  given less_intrusive_means.available = false
  given assess.necessary_for_service = true
  expect gdpr.consent-not-conditional is compliant
  expect gdpr.consent-not-conditional exception necessary_for_service
}

test "gdpr: children's faces in an online service need parental consent" {
  given jurisdiction.eu_data_subjects = true
  given controller.type = platform
  given processing.creates_templates = true
  given service.information_society = true
  given basis.gdpr = art6_consent
  given data_subjects.categories = {minors, below_digital_consent_age}
  given consent.guardian = false
  expect gdpr.child-consent is breach
}

test "gdpr: children's faces in an online service with parental consent" {
  given jurisdiction.eu_data_subjects = true
  given controller.type = platform
  given processing.creates_templates = true
  given service.information_society = true
  given basis.gdpr = art6_consent
  given data_subjects.categories = {minors, under_14}
  given member_state.digital_consent_age = 16 years
  given consent.guardian = true
  expect gdpr.child-consent is compliant
}

# ---------------------------------------------------------------------------------------------------------------
# The other exceptions of Articles 9(2) and 6(1)
# ---------------------------------------------------------------------------------------------------------------
test "gdpr: employment law with a Member State law authorising it lifts the Article 9 prohibition" {
  given jurisdiction.eu_establishment = true
  given controller.type = employer
  given processing.creates_templates = true
  given processing.mode = verification_1to1
  given basis.art9 = art9_employment_law
  given basis.member_state_law = true
  given basis.national_law = "the Member State's employment law, named by article"
  given basis.national_conditions_met = true
  given basis.gdpr = art6_legal_obligation
  given basis.art6_3_law = true
  expect gdpr.biometric-prohibition is compliant
  expect gdpr.biometric-prohibition exception employment_law
  expect gdpr.lawful-basis is compliant
  expect gdpr.lawful-basis exception legal_obligation
}

test "gdpr: substantial public interest on the basis of law lifts the Article 9 prohibition" {
  given jurisdiction.eu_establishment = true
  given controller.type = public_authority
  given processing.creates_templates = true
  given processing.mode = identification_1ton
  given basis.art9 = art9_substantial_public_interest
  given basis.member_state_law = true
  given basis.national_law = "the Member State's law, named by article"
  given basis.national_conditions_met = true
  given basis.gdpr = art6_public_task
  given basis.art6_3_law = true
  expect gdpr.biometric-prohibition is compliant
  expect gdpr.biometric-prohibition exception public_interest
  expect gdpr.lawful-basis is compliant
  expect gdpr.lawful-basis exception public_task
}

test "gdpr: a contract that cannot be performed without the face" {
  given jurisdiction.eu_establishment = true
  given controller.type = platform
  given processing.creates_templates = true
  given basis.gdpr = art6_contract
  given assess.necessary_for_service = true
  expect gdpr.lawful-basis is compliant
  expect gdpr.lawful-basis exception contract
}

test "gdpr: legitimate interests of a private controller, found necessary and proportionate" {
  given jurisdiction.eu_establishment = true
  given controller.type = commercial_venue
  given controller.public_body = false
  given processing.creates_templates = true
  given basis.gdpr = art6_legitimate_interests
  given legitimate_interests.balancing_done = true
  given assess.necessary_and_proportionate = true
  expect gdpr.lawful-basis is compliant
  expect gdpr.lawful-basis exception legitimate_interests
}

test "gdpr: a public school cannot rely on legitimate interests" {
  given jurisdiction.eu_establishment = true
  given controller.type = school
  given controller.public_body = true
  given legitimate_interests.balancing_done = true
  given processing.creates_templates = true
  given basis.gdpr = art6_legitimate_interests
  given assess.necessary_and_proportionate = true
  expect gdpr.lawful-basis is breach
}

# ---------------------------------------------------------------------------------------------------------------
# DPIA
# ---------------------------------------------------------------------------------------------------------------
test "gdpr: no DPIA needed where the assessor finds no high risk" {
  given jurisdiction.eu_establishment = true
  given controller.type = other_controller
  given processing.creates_templates = true
  given dpia.done = false
  given assess.dpia_required = false
  expect gdpr.dpia-required is compliant
  expect gdpr.dpia-required exception not_high_risk
}

test "gdpr: a DPIA without the DPO's advice" {
  given jurisdiction.eu_establishment = true
  given controller.type = employer
  given controller.dpo_appointed = true
  given processing.creates_templates = true
  given dpia.done = true
  given dpia.dpo_opinion_sought = false
  expect gdpr.dpia-dpo-advice is breach
}

test "gdpr: a full DPIA that leaves no high residual risk needs no prior consultation" {
  given jurisdiction.eu_establishment = true
  given controller.type = employer
  given processing.creates_templates = true
  given dpia.done = true
  given dpia.covers = {systematic_description, necessity_proportionality, risk_assessment, mitigation_measures}
  given assess.high_residual_risk = false
  given prior_consultation.done = false
  expect gdpr.prior-consultation is compliant
}

# ---------------------------------------------------------------------------------------------------------------
# Scope: plain CCTV, law enforcement, no EU connection, before 2018-05-25
# ---------------------------------------------------------------------------------------------------------------
test "gdpr: plain CCTV makes no templates: no facial recognition rule applies, the rules for footage do" {
  given jurisdiction.eu_establishment = true
  given jurisdiction.cn_processing = false
  given jurisdiction.cn_data_subjects = false
  given controller.type = commercial_venue
  given controller.public_body = false
  given processing.core_activity = false
  given purposes = {public_security}
  given processing.captures_faces = true
  given processing.creates_templates = false
  given processing.mode = none
  given processing.location = publicly_accessible_premises
  given processing.covert = false
  given processing.secondary_use = false
  given processors.used = false
  given records.processing_kept = true
  given rights.request_channel = true
  given rights.access_copy = true
  given rights.rectification_restriction = true
  given rights.objection = true
  given transfer.third_country = false
  given controller.joint_controllers = false
  given notice.given = true
  given retention.images = 2 days
  given basis.gdpr = art6_legitimate_interests
  given legitimate_interests.balancing_done = true
  given assess.necessary_and_proportionate = true
  given dpia.done = false
  given assess.dpia_required = false
  given accountability.policies = true
  given controller.dpo_appointed = false
  expect gdpr.biometric-prohibition is not_applicable
  expect gdpr.data-minimisation is not_applicable
  expect gdpr.prior-consultation is not_applicable
  expect gdpr.lawful-basis exception legitimate_interests
  expect gdpr.transparency is compliant
  expect gdpr.purpose-limitation is compliant
  expect gdpr.image-retention is compliant
  expect gdpr.dpia-required exception not_high_risk
  expect decision allow
}

test "gdpr: police facial recognition falls under the Law Enforcement Directive, not the GDPR" {
  given jurisdiction.eu_establishment = true
  given controller.type = law_enforcement
  given processing.creates_templates = true
  expect gdpr.biometric-prohibition is not_applicable
  expect gdpr.dpia-required is not_applicable
}

test "gdpr: no EU establishment and no data subjects in the EU" {
  given jurisdiction.eu_establishment = false
  given jurisdiction.eu_data_subjects = false
  given controller.type = commercial_venue
  given processing.creates_templates = true
  expect gdpr.biometric-prohibition is not_applicable
  expect gdpr.lawful-basis is not_applicable
}

test "gdpr: before 25 May 2018 the Regulation did not apply" {
  as_of 2018-05-24
  given jurisdiction.eu_establishment = true
  given controller.type = school
  given processing.creates_templates = true
  given processing.mode = identification_1ton
  expect gdpr.biometric-prohibition is not_applicable
}

# ---------------------------------------------------------------------------------------------------------------
# Places of privacy
# ---------------------------------------------------------------------------------------------------------------
test "gdpr: a camera in a gym's changing room is prohibited, whatever the consent" {
  given jurisdiction.eu_establishment = true
  given controller.type = commercial_venue
  given processing.captures_faces = true
  given processing.creates_templates = false
  given processing.location = private_space
  expect gdpr.private-space is breach
  expect decision deny
}

test "gdpr: a camera at the entrance hall of the same gym is not in a place of privacy" {
  given jurisdiction.eu_establishment = true
  given controller.type = commercial_venue
  given processing.captures_faces = true
  given processing.creates_templates = false
  given processing.location = publicly_accessible_premises
  expect gdpr.private-space is not_applicable
}

# ---------------------------------------------------------------------------------------------------------------
# Processors and joint controllers
# ---------------------------------------------------------------------------------------------------------------
test "gdpr: a vendor matches faces in its cloud on its standard terms, with an unapproved sub-processor" {
  given jurisdiction.eu_establishment = true
  given controller.type = commercial_venue
  given processing.captures_faces = true
  given processing.creates_templates = true
  given processors.used = true
  given processors.sufficient_guarantees = true
  given processors.contract = true
  given processors.contract_terms = false
  given processors.sub_processors = true
  given processors.sub_processors_authorised = false
  given controller.joint_controllers = true
  given joint_controllers.arrangement = false
  expect gdpr.processor-contract is breach
  expect gdpr.sub-processors is breach
  expect gdpr.joint-controllers is breach
  expect decision deny
}

test "gdpr: a vendor under a full Article 28 contract, an authorised sub-processor, and a published arrangement" {
  given jurisdiction.eu_establishment = true
  given controller.type = transport_operator
  given processing.captures_faces = true
  given processing.creates_templates = true
  given processors.used = true
  given processors.sufficient_guarantees = true
  given processors.contract = true
  given processors.contract_terms = true
  given processors.sub_processors = true
  given processors.sub_processors_authorised = true
  given controller.joint_controllers = true
  given joint_controllers.arrangement = true
  expect gdpr.processor-contract is compliant
  expect gdpr.sub-processors is compliant
  expect gdpr.joint-controllers is compliant
}

test "gdpr: a controller that runs its system alone needs no processor contract" {
  given jurisdiction.eu_establishment = true
  given controller.type = commercial_venue
  given processing.captures_faces = true
  given processing.creates_templates = true
  given processors.used = false
  given controller.joint_controllers = false
  expect gdpr.processor-contract is not_applicable
  expect gdpr.sub-processors is not_applicable
  expect gdpr.joint-controllers is not_applicable
}

# ---------------------------------------------------------------------------------------------------------------
# Decisions made by the system alone
# ---------------------------------------------------------------------------------------------------------------
test "gdpr: an employer's automated door under an employment-law exception cannot decide alone (Art. 22(4))" {
  given jurisdiction.eu_establishment = true
  given controller.type = employer
  given processing.creates_templates = true
  given processing.mode = verification_1to1
  given decision.solely_automated = true
  given decision.significant_effect = true
  given decision.human_review = true
  given basis.gdpr = art6_legal_obligation
  given basis.art9 = art9_employment_law
  given basis.member_state_law = true
  given basis.national_law = "a national employment law authorising biometric access control"
  given consent.explicit = false
  expect gdpr.automated-decision is breach
  expect decision deny
}

test "gdpr: a boarding gate that decides alone on explicit consent, with staff who review every refusal" {
  given jurisdiction.eu_establishment = true
  given controller.type = transport_operator
  given processing.creates_templates = true
  given processing.mode = verification_1to1
  given decision.solely_automated = true
  given decision.significant_effect = true
  given decision.human_review = true
  given basis.art9 = art9_explicit_consent
  given consent.explicit = true
  expect gdpr.automated-decision is compliant
  expect gdpr.automated-decision exception explicit_consent
}

test "gdpr: the same gate on explicit consent but with no one to turn to when it refuses" {
  given jurisdiction.eu_establishment = true
  given controller.type = transport_operator
  given processing.creates_templates = true
  given processing.mode = verification_1to1
  given decision.solely_automated = true
  given decision.significant_effect = true
  given decision.human_review = false
  given basis.gdpr = art6_consent
  given basis.art9 = art9_explicit_consent
  given consent.explicit = true
  given basis.member_state_law = false
  expect gdpr.automated-decision is breach
}

test "gdpr: an automated decision authorised by a Member State law under Article 9(2)(g), with human review" {
  given jurisdiction.eu_establishment = true
  given controller.type = public_authority
  given processing.creates_templates = true
  given processing.mode = verification_1to1
  given decision.solely_automated = true
  given decision.significant_effect = true
  given decision.human_review = true
  given basis.art9 = art9_substantial_public_interest
  given basis.member_state_law = true
  given basis.national_law = "a national law on automated border control"
  given consent.explicit = false
  expect gdpr.automated-decision is compliant
  expect gdpr.automated-decision exception authorised_by_law
}

test "gdpr: an automated decision necessary for a contract, on explicit consent to the biometrics, with human review" {
  given jurisdiction.eu_establishment = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given processing.mode = verification_1to1
  given decision.solely_automated = true
  given decision.significant_effect = true
  given decision.human_review = true
  given basis.gdpr = art6_contract
  given basis.art9 = art9_explicit_consent
  given assess.necessary_for_service = true
  given consent.explicit = false
  given basis.member_state_law = false
  expect gdpr.automated-decision is compliant
  expect gdpr.automated-decision exception contract
}

test "gdpr: a gate where a person decides each case is not an automated decision" {
  given jurisdiction.eu_establishment = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given decision.solely_automated = false
  expect gdpr.automated-decision is not_applicable
}

test "gdpr: the notice must tell people that the gate decides alone, and how (Art. 13(2)(f))" {
  given jurisdiction.eu_establishment = true
  given controller.type = transport_operator
  given controller.dpo_appointed = false
  given processing.creates_templates = true
  given basis.gdpr = art6_contract
  given basis.art9 = art9_substantial_public_interest
  given recipients.third_parties = false
  given transfer.third_country = false
  given decision.solely_automated = true
  given decision.significant_effect = true
  given notice.contents = {controller_identity, purposes_and_methods, legal_basis, retention_period, rights_and_how,
                           complaint_right}
  expect gdpr.information-at-collection is breach
}

# ---------------------------------------------------------------------------------------------------------------
# Transfers to third countries
# ---------------------------------------------------------------------------------------------------------------
test "gdpr: templates hosted by a vendor's cloud abroad under standard clauses, with no transfer impact assessment" {
  given jurisdiction.eu_establishment = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given transfer.third_country = true
  given transfer.gdpr_tool = standard_contractual_clauses
  given transfer.impact_assessed = false
  expect gdpr.international-transfer is breach
  expect decision deny
}

test "gdpr: the same cloud under standard clauses backed by a transfer impact assessment" {
  given jurisdiction.eu_establishment = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given transfer.third_country = true
  given transfer.gdpr_tool = standard_contractual_clauses
  given transfer.impact_assessed = true
  expect gdpr.international-transfer is compliant
  expect gdpr.international-transfer exception appropriate_safeguards
}

test "gdpr: templates hosted in a country with an adequacy decision" {
  given jurisdiction.eu_establishment = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given transfer.third_country = true
  given transfer.gdpr_tool = adequacy_decision
  expect gdpr.international-transfer is compliant
  expect gdpr.international-transfer exception adequacy
}

test "gdpr: members who opt in consent explicitly to their templates going abroad, told of the risks" {
  given jurisdiction.eu_establishment = true
  given controller.type = commercial_venue
  given controller.public_body = false
  given processing.creates_templates = true
  given capture.ambient = false
  given consent.explicit = true
  given transfer.third_country = true
  given transfer.gdpr_tool = art49_explicit_consent
  given transfer.risks_explained = true
  expect gdpr.international-transfer is compliant
  expect gdpr.international-transfer exception explicit_consent
}

test "gdpr: a public authority cannot rest a transfer abroad on consent (Art. 49(3))" {
  given jurisdiction.eu_establishment = true
  given controller.type = public_authority
  given controller.public_body = true
  given processing.creates_templates = true
  given capture.ambient = false
  given consent.explicit = true
  given transfer.third_country = true
  given transfer.gdpr_tool = art49_explicit_consent
  given transfer.risks_explained = true
  given transfer.impact_assessed = false
  expect gdpr.international-transfer is breach
}

test "gdpr: a derogation for specific situations does not carry a system hosted abroad" {
  given jurisdiction.eu_establishment = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given transfer.third_country = true
  given transfer.gdpr_tool = art49_other_derogation
  expect gdpr.international-transfer is breach
}

# ---------------------------------------------------------------------------------------------------------------
# Security of templates; breaches
# ---------------------------------------------------------------------------------------------------------------
test "gdpr: a face door that keeps raw images beside the names, with no liveness check and no breach procedure" {
  given jurisdiction.eu_establishment = true
  given controller.type = employer
  given processing.creates_templates = true
  given processing.mode = verification_1to1
  given purposes = {access_control}
  given security.measures = {encryption_at_rest, encryption_in_transit, access_restriction}
  given breach.procedure = false
  expect gdpr.biometric-security is breach
  expect gdpr.breach-readiness is breach
  expect decision deny
}

test "gdpr: a face door with templates only, kept apart from names, liveness checks and a breach procedure" {
  given jurisdiction.eu_establishment = true
  given controller.type = employer
  given processing.creates_templates = true
  given processing.mode = verification_1to1
  given purposes = {access_control}
  given security.measures = {encryption_at_rest, encryption_in_transit, access_restriction, template_only_storage,
                             identity_separation, presentation_attack_detection, incident_response}
  given breach.procedure = true
  expect gdpr.biometric-security is compliant
  expect gdpr.breach-readiness is compliant
}

test "gdpr: a watch-list search needs no liveness check, but still templates apart from identities" {
  given jurisdiction.eu_establishment = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given processing.mode = identification_1ton
  given purposes = {watchlist_enforcement}
  given security.measures = {template_only_storage, identity_separation}
  expect gdpr.biometric-security is compliant
}

# ---------------------------------------------------------------------------------------------------------------
# Data protection officer and representative
# ---------------------------------------------------------------------------------------------------------------
test "gdpr: a security firm scanning shopping centres for its clients has no data protection officer" {
  given jurisdiction.eu_establishment = true
  given controller.type = commercial_venue
  given controller.public_body = false
  given controller.dpo_appointed = false
  given processing.creates_templates = true
  given processing.core_activity = true
  given processing.large_scale = true
  expect gdpr.dpo-designation is breach
  expect decision deny
}

test "gdpr: a city council's face door has a data protection officer" {
  given jurisdiction.eu_establishment = true
  given controller.type = public_authority
  given controller.dpo_appointed = true
  given processing.creates_templates = true
  expect gdpr.dpo-designation is compliant
}

test "gdpr: a small firm's face door for its own staff is not a core activity" {
  given jurisdiction.eu_establishment = true
  given controller.type = employer
  given controller.public_body = false
  given processing.creates_templates = true
  given processing.core_activity = false
  expect gdpr.dpo-designation is not_applicable
}

test "gdpr: an app abroad that verifies faces of users in the Union has no representative there" {
  given jurisdiction.eu_establishment = false
  given jurisdiction.eu_data_subjects = true
  given controller.type = platform
  given controller.public_body = false
  given controller.eu_representative = false
  given processing.creates_templates = true
  expect gdpr.eu-representative is breach
  expect decision deny
}

test "gdpr: the same app with a representative designated in a Member State" {
  given jurisdiction.eu_establishment = false
  given jurisdiction.eu_data_subjects = true
  given controller.type = platform
  given controller.public_body = false
  given controller.eu_representative = true
  given processing.creates_templates = true
  expect gdpr.eu-representative is compliant
}

test "gdpr: a third country's public body needs no representative (Art. 27(2)(b))" {
  given jurisdiction.eu_establishment = false
  given jurisdiction.eu_data_subjects = true
  given controller.type = public_authority
  given controller.eu_representative = false
  given processing.creates_templates = true
  expect gdpr.eu-representative is compliant
  expect gdpr.eu-representative exception public_body
}

# ---------------------------------------------------------------------------------------------------------------
# The rights of the people filmed
# ---------------------------------------------------------------------------------------------------------------
test "gdpr: a shop cannot give a customer his own footage and answers no requests" {
  given jurisdiction.eu_establishment = true
  given controller.type = commercial_venue
  given processing.captures_faces = true
  given processing.creates_templates = false
  given basis.gdpr = art6_legitimate_interests
  given rights.request_channel = false
  given rights.access_copy = false
  given rights.rectification_restriction = true
  given rights.objection = false
  expect gdpr.data-subject-rights is breach
  expect gdpr.right-to-object is breach
  expect decision deny
}

test "gdpr: a published request channel, footage with others masked, corrections, and objections honoured" {
  given jurisdiction.eu_establishment = true
  given controller.type = commercial_venue
  given processing.captures_faces = true
  given processing.creates_templates = false
  given basis.gdpr = art6_legitimate_interests
  given rights.request_channel = true
  given rights.access_copy = true
  given rights.rectification_restriction = true
  given rights.objection = true
  expect gdpr.data-subject-rights is compliant
  expect gdpr.right-to-object is compliant
}

test "gdpr: on consent there is no Article 21 objection (the person withdraws instead)" {
  given jurisdiction.eu_establishment = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given basis.gdpr = art6_consent
  expect gdpr.right-to-object is not_applicable
}

# ---------------------------------------------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------------------------------------------
test "gdpr: a small shop with a face door keeps no record, and the 250-person exemption does not help it" {
  given jurisdiction.eu_establishment = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given records.processing_kept = false
  expect gdpr.records is breach
  expect decision deny
}

test "gdpr: the same shop with a record of its face processing" {
  given jurisdiction.eu_establishment = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given records.processing_kept = true
  expect gdpr.records is compliant
}

# ---------------------------------------------------------------------------------------------------------------
# Accountability, portability, the DPIA's views and review, the DPO's position and tasks (Arts. 20, 24, 35(9),
# 35(11), 38, 39)
# ---------------------------------------------------------------------------------------------------------------
test "gdpr: a gym's face entry on consent with no policies, no portability, a stale DPIA and a sidelined DPO" {
  as_of 2026-12-01
  given jurisdiction.eu_establishment = true
  given controller.type = commercial_venue
  given controller.dpo_appointed = true
  given processing.captures_faces = true
  given processing.creates_templates = true
  given basis.gdpr = art6_consent
  given basis.art9 = art9_explicit_consent
  given rights.portability = false
  given accountability.policies = false
  given dpia.done = true
  given dpia.views_sought = false
  given dpia.review_on_change = true
  given dpia.review_date = 2026-06-30
  given dpo.position_secured = false
  given dpo.monitors_compliance = false
  expect gdpr.portability is breach
  expect gdpr.controller-responsibility is breach
  expect gdpr.dpia-views is breach
  expect gdpr.dpia-review is breach
  expect gdpr.dpo-position is breach
  expect gdpr.dpo-tasks is breach
  expect decision deny
}

test "gdpr: the DPIA records why the staff were not asked, and a review at each change that is not yet due" {
  as_of 2026-12-01
  given jurisdiction.eu_establishment = true
  given controller.type = employer
  given controller.dpo_appointed = false
  given processing.creates_templates = true
  given basis.gdpr = art6_legal_obligation
  given basis.art9 = art9_employment_law
  given dpia.done = true
  given dpia.views_sought = false
  given dpia.views_summary = "the works council was not consulted because the system protects a vault whose layout is confidential; its members were informed"
  given dpia.review_on_change = true
  given dpia.review_date = 2027-03-31
  expect gdpr.dpia-views is compliant
  expect gdpr.dpia-review is compliant
  expect gdpr.portability is not_applicable
  expect gdpr.dpo-position is not_applicable
  expect gdpr.dpo-tasks is not_applicable
}

test "gdpr: a DPIA not reviewed when the risk changes is in breach even without a review date" {
  given jurisdiction.eu_establishment = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given dpia.done = true
  given dpia.review_on_change = false
  expect gdpr.dpia-review is breach
}

test "gdpr: a cloud host in a third country while the summary says nothing leaves: refused as a contradiction" {
  given jurisdiction.eu_establishment = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given transfer.third_country = true
  given transfer.outside_jurisdiction = false
  expect gdpr.transfer-summary-agrees is breach
  expect decision deny
}

test "gdpr: the summary may say faces leave when only a Chinese site sends them abroad" {
  given jurisdiction.eu_establishment = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given transfer.third_country = false
  given transfer.outside_jurisdiction = true
  expect gdpr.transfer-summary-agrees is compliant
}
