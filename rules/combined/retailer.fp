# The retailer's staff doors (examples/deployments/retailer-staff-doors-eu.yaml and -cn.yaml): a face-based loss
# prevention system bought from a vendor, hosted abroad, across EU and Chinese stores. Each test states the
# example's facts and the judgements the assessors compute for them; the lawful deployment passes, and taking away
# any one of the vendor contract, the transfer tool, the human review of the door's decisions or the rights channel
# makes it refused by the rule named. Every test restates the whole deployment, so that its decision turns on the
# one fact it changes (said in its first comment) and on nothing left unstated.

import "../gdpr/rules.fp"
import "../eu-aia/rules.fp"
import "../pipl/rules.fp"
import "../spc-fr/rules.fp"
import "../cn-cc/rules.fp"
import "../cac-fr/rules.fp"

# ---------------------------------------------------------------------------------------------------------------
# EU stores (France): GDPR and AI Act
# ---------------------------------------------------------------------------------------------------------------
test "EU staff doors: face or PIN, a vendor abroad under SCCs, human review and a rights channel: conditional" {
  given controller.type = employer
  given controller.public_body = false
  given controller.dpo_appointed = true
  given controller.joint_controllers = false
  given service.information_society = false
  given jurisdiction.us_illinois = false
  given jurisdiction.eu_establishment = true
  given jurisdiction.eu_data_subjects = true
  given jurisdiction.cn_processing = false
  given jurisdiction.cn_data_subjects = false
  given purposes = {access_control}
  given processing.creates_templates = true
  given processing.mode = verification_1to1
  given processing.live = true
  given processing.location = workplace
  given processing.covert = false
  given processing.secondary_use = false
  given processing.core_activity = false
  given processing.large_scale = false
  given decision.solely_automated = true
  given decision.significant_effect = true
  given decision.human_review = true
  given decision.explanation_on_request = true
  given capture.ambient = false
  given data_subjects.categories = {employees}
  given data_subjects.count = 620 persons
  given basis.gdpr = art6_consent
  given basis.art9 = art9_explicit_consent
  given basis.consent_excluded_by_law = false
  given consent.obtained = true
  given consent.explicit = true
  given consent.separate = true
  given consent.recorded = true
  given consent.bundled = false
  given consent.condition_of_service = false
  given consent.refusable_without_detriment = true
  given consent.opt_out_default = false
  given consent.withdrawable = true
  given notice.given = true
  given notice.contents = {controller_identity, dpo_contact, purposes_and_methods, legal_basis, data_categories,
                           retention_period, recipients, rights_and_how, withdrawal_right, complaint_right,
                           third_country_transfer, automated_decision}
  given enrolment.from_third_party = false
  given less_intrusive_means.available = true
  given alternatives.offered = true
  given alternatives.equally_convenient = true
  given matching.accuracy_tested = true
  given storage.templates = held_by_data_subject
  given transfer.outside_jurisdiction = true
  given transfer.third_country = true
  given transfer.gdpr_tool = standard_contractual_clauses
  given transfer.impact_assessed = true
  given recipients.third_parties = false
  given processors.used = true
  given processors.sufficient_guarantees = true
  given processors.contract = true
  given processors.contract_terms = true
  given processors.sub_processors = false
  given retention.templates = 30 days
  given retention.images = 0 days
  given deletion.on_purpose_end = true
  given deletion.on_request = true
  given rights.request_channel = true
  given rights.access_copy = true
  given rights.rectification_restriction = true
  given rights.portability = true
  given security.measures = {encryption_at_rest, encryption_in_transit, access_restriction, audit_logging,
                             template_only_storage, identity_separation, presentation_attack_detection,
                             staff_training, incident_response}
  given breach.procedure = true
  given design.privacy_by_default = true
  given dpia.done = true
  given dpia.covers = {systematic_description, necessity_proportionality, risk_assessment, mitigation_measures}
  given dpia.dpo_opinion_sought = true
  given dpia.views_sought = true
  given dpia.review_on_change = true
  given accountability.policies = true
  given dpo.position_secured = true
  given dpo.monitors_compliance = true
  given records.processing_kept = true
  given prior_consultation.done = false
  given ai.excluded_use = false
  given ai.database_scraped = false
  given ai.infers_emotions = false
  given ai.infers_sensitive_traits = false
  given assess.power_imbalance = false
  given assess.necessary_for_service = false
  given assess.consent_freely_given = true
  given assess.consent_valid_gdpr = true
  given assess.consent_valid_pipl = false
  given assess.necessary_and_proportionate = true
  given assess.dpia_required = true
  given assess.high_risk_criteria_met = 3
  given assess.pipia_required = true
  given assess.high_residual_risk = false
  expect gdpr.processor-contract is compliant
  expect gdpr.international-transfer is compliant
  expect gdpr.international-transfer exception appropriate_safeguards
  expect gdpr.automated-decision is compliant
  expect gdpr.automated-decision exception explicit_consent
  expect gdpr.data-subject-rights is compliant
  expect decision conditional
}

test "EU staff doors without a written processor contract: refused by GDPR Art. 28" {
  # The lawful deployment above, but: processors.contract = false.
  given controller.type = employer
  given controller.public_body = false
  given controller.dpo_appointed = true
  given controller.joint_controllers = false
  given service.information_society = false
  given jurisdiction.us_illinois = false
  given jurisdiction.eu_establishment = true
  given jurisdiction.eu_data_subjects = true
  given jurisdiction.cn_processing = false
  given jurisdiction.cn_data_subjects = false
  given purposes = {access_control}
  given processing.creates_templates = true
  given processing.mode = verification_1to1
  given processing.live = true
  given processing.location = workplace
  given processing.covert = false
  given processing.secondary_use = false
  given processing.core_activity = false
  given processing.large_scale = false
  given decision.solely_automated = true
  given decision.significant_effect = true
  given decision.human_review = true
  given decision.explanation_on_request = true
  given capture.ambient = false
  given data_subjects.categories = {employees}
  given data_subjects.count = 620 persons
  given basis.gdpr = art6_consent
  given basis.art9 = art9_explicit_consent
  given basis.consent_excluded_by_law = false
  given consent.obtained = true
  given consent.explicit = true
  given consent.separate = true
  given consent.recorded = true
  given consent.bundled = false
  given consent.condition_of_service = false
  given consent.refusable_without_detriment = true
  given consent.opt_out_default = false
  given consent.withdrawable = true
  given notice.given = true
  given notice.contents = {controller_identity, dpo_contact, purposes_and_methods, legal_basis, data_categories,
                           retention_period, recipients, rights_and_how, withdrawal_right, complaint_right,
                           third_country_transfer, automated_decision}
  given enrolment.from_third_party = false
  given less_intrusive_means.available = true
  given alternatives.offered = true
  given alternatives.equally_convenient = true
  given matching.accuracy_tested = true
  given storage.templates = held_by_data_subject
  given transfer.outside_jurisdiction = true
  given transfer.third_country = true
  given transfer.gdpr_tool = standard_contractual_clauses
  given transfer.impact_assessed = true
  given recipients.third_parties = false
  given processors.used = true
  given processors.sufficient_guarantees = true
  given processors.contract = false
  given processors.contract_terms = true
  given processors.sub_processors = false
  given retention.templates = 30 days
  given retention.images = 0 days
  given deletion.on_purpose_end = true
  given deletion.on_request = true
  given rights.request_channel = true
  given rights.access_copy = true
  given rights.rectification_restriction = true
  given rights.portability = true
  given security.measures = {encryption_at_rest, encryption_in_transit, access_restriction, audit_logging,
                             template_only_storage, identity_separation, presentation_attack_detection,
                             staff_training, incident_response}
  given breach.procedure = true
  given design.privacy_by_default = true
  given dpia.done = true
  given dpia.covers = {systematic_description, necessity_proportionality, risk_assessment, mitigation_measures}
  given dpia.dpo_opinion_sought = true
  given dpia.views_sought = true
  given dpia.review_on_change = true
  given accountability.policies = true
  given dpo.position_secured = true
  given dpo.monitors_compliance = true
  given records.processing_kept = true
  given prior_consultation.done = false
  given ai.excluded_use = false
  given ai.database_scraped = false
  given ai.infers_emotions = false
  given ai.infers_sensitive_traits = false
  given assess.power_imbalance = false
  given assess.necessary_for_service = false
  given assess.consent_freely_given = true
  given assess.consent_valid_gdpr = true
  given assess.consent_valid_pipl = false
  given assess.necessary_and_proportionate = true
  given assess.dpia_required = true
  given assess.high_risk_criteria_met = 3
  given assess.pipia_required = true
  given assess.high_residual_risk = false
  expect gdpr.processor-contract is breach
  expect decision deny
}

test "EU staff doors hosted in Singapore with no transfer tool: refused by GDPR Art. 44" {
  # The lawful deployment above, but: transfer.gdpr_tool = no_transfer_tool.
  given controller.type = employer
  given controller.public_body = false
  given controller.dpo_appointed = true
  given controller.joint_controllers = false
  given service.information_society = false
  given jurisdiction.us_illinois = false
  given jurisdiction.eu_establishment = true
  given jurisdiction.eu_data_subjects = true
  given jurisdiction.cn_processing = false
  given jurisdiction.cn_data_subjects = false
  given purposes = {access_control}
  given processing.creates_templates = true
  given processing.mode = verification_1to1
  given processing.live = true
  given processing.location = workplace
  given processing.covert = false
  given processing.secondary_use = false
  given processing.core_activity = false
  given processing.large_scale = false
  given decision.solely_automated = true
  given decision.significant_effect = true
  given decision.human_review = true
  given decision.explanation_on_request = true
  given capture.ambient = false
  given data_subjects.categories = {employees}
  given data_subjects.count = 620 persons
  given basis.gdpr = art6_consent
  given basis.art9 = art9_explicit_consent
  given basis.consent_excluded_by_law = false
  given consent.obtained = true
  given consent.explicit = true
  given consent.separate = true
  given consent.recorded = true
  given consent.bundled = false
  given consent.condition_of_service = false
  given consent.refusable_without_detriment = true
  given consent.opt_out_default = false
  given consent.withdrawable = true
  given notice.given = true
  given notice.contents = {controller_identity, dpo_contact, purposes_and_methods, legal_basis, data_categories,
                           retention_period, recipients, rights_and_how, withdrawal_right, complaint_right,
                           third_country_transfer, automated_decision}
  given enrolment.from_third_party = false
  given less_intrusive_means.available = true
  given alternatives.offered = true
  given alternatives.equally_convenient = true
  given matching.accuracy_tested = true
  given storage.templates = held_by_data_subject
  given transfer.outside_jurisdiction = true
  given transfer.third_country = true
  given transfer.gdpr_tool = no_transfer_tool
  given transfer.impact_assessed = true
  given recipients.third_parties = false
  given processors.used = true
  given processors.sufficient_guarantees = true
  given processors.contract = true
  given processors.contract_terms = true
  given processors.sub_processors = false
  given retention.templates = 30 days
  given retention.images = 0 days
  given deletion.on_purpose_end = true
  given deletion.on_request = true
  given rights.request_channel = true
  given rights.access_copy = true
  given rights.rectification_restriction = true
  given rights.portability = true
  given security.measures = {encryption_at_rest, encryption_in_transit, access_restriction, audit_logging,
                             template_only_storage, identity_separation, presentation_attack_detection,
                             staff_training, incident_response}
  given breach.procedure = true
  given design.privacy_by_default = true
  given dpia.done = true
  given dpia.covers = {systematic_description, necessity_proportionality, risk_assessment, mitigation_measures}
  given dpia.dpo_opinion_sought = true
  given dpia.views_sought = true
  given dpia.review_on_change = true
  given accountability.policies = true
  given dpo.position_secured = true
  given dpo.monitors_compliance = true
  given records.processing_kept = true
  given prior_consultation.done = false
  given ai.excluded_use = false
  given ai.database_scraped = false
  given ai.infers_emotions = false
  given ai.infers_sensitive_traits = false
  given assess.power_imbalance = false
  given assess.necessary_for_service = false
  given assess.consent_freely_given = true
  given assess.consent_valid_gdpr = true
  given assess.consent_valid_pipl = false
  given assess.necessary_and_proportionate = true
  given assess.dpia_required = true
  given assess.high_risk_criteria_met = 3
  given assess.pipia_required = true
  given assess.high_residual_risk = false
  expect gdpr.international-transfer is breach
  expect decision deny
}

test "EU staff doors on standard clauses without a transfer impact assessment: refused by GDPR Art. 44" {
  # The lawful deployment above, but: transfer.impact_assessed = false.
  given controller.type = employer
  given controller.public_body = false
  given controller.dpo_appointed = true
  given controller.joint_controllers = false
  given service.information_society = false
  given jurisdiction.us_illinois = false
  given jurisdiction.eu_establishment = true
  given jurisdiction.eu_data_subjects = true
  given jurisdiction.cn_processing = false
  given jurisdiction.cn_data_subjects = false
  given purposes = {access_control}
  given processing.creates_templates = true
  given processing.mode = verification_1to1
  given processing.live = true
  given processing.location = workplace
  given processing.covert = false
  given processing.secondary_use = false
  given processing.core_activity = false
  given processing.large_scale = false
  given decision.solely_automated = true
  given decision.significant_effect = true
  given decision.human_review = true
  given decision.explanation_on_request = true
  given capture.ambient = false
  given data_subjects.categories = {employees}
  given data_subjects.count = 620 persons
  given basis.gdpr = art6_consent
  given basis.art9 = art9_explicit_consent
  given basis.consent_excluded_by_law = false
  given consent.obtained = true
  given consent.explicit = true
  given consent.separate = true
  given consent.recorded = true
  given consent.bundled = false
  given consent.condition_of_service = false
  given consent.refusable_without_detriment = true
  given consent.opt_out_default = false
  given consent.withdrawable = true
  given notice.given = true
  given notice.contents = {controller_identity, dpo_contact, purposes_and_methods, legal_basis, data_categories,
                           retention_period, recipients, rights_and_how, withdrawal_right, complaint_right,
                           third_country_transfer, automated_decision}
  given enrolment.from_third_party = false
  given less_intrusive_means.available = true
  given alternatives.offered = true
  given alternatives.equally_convenient = true
  given matching.accuracy_tested = true
  given storage.templates = held_by_data_subject
  given transfer.outside_jurisdiction = true
  given transfer.third_country = true
  given transfer.gdpr_tool = standard_contractual_clauses
  given transfer.impact_assessed = false
  given recipients.third_parties = false
  given processors.used = true
  given processors.sufficient_guarantees = true
  given processors.contract = true
  given processors.contract_terms = true
  given processors.sub_processors = false
  given retention.templates = 30 days
  given retention.images = 0 days
  given deletion.on_purpose_end = true
  given deletion.on_request = true
  given rights.request_channel = true
  given rights.access_copy = true
  given rights.rectification_restriction = true
  given rights.portability = true
  given security.measures = {encryption_at_rest, encryption_in_transit, access_restriction, audit_logging,
                             template_only_storage, identity_separation, presentation_attack_detection,
                             staff_training, incident_response}
  given breach.procedure = true
  given design.privacy_by_default = true
  given dpia.done = true
  given dpia.covers = {systematic_description, necessity_proportionality, risk_assessment, mitigation_measures}
  given dpia.dpo_opinion_sought = true
  given dpia.views_sought = true
  given dpia.review_on_change = true
  given accountability.policies = true
  given dpo.position_secured = true
  given dpo.monitors_compliance = true
  given records.processing_kept = true
  given prior_consultation.done = false
  given ai.excluded_use = false
  given ai.database_scraped = false
  given ai.infers_emotions = false
  given ai.infers_sensitive_traits = false
  given assess.power_imbalance = false
  given assess.necessary_for_service = false
  given assess.consent_freely_given = true
  given assess.consent_valid_gdpr = true
  given assess.consent_valid_pipl = false
  given assess.necessary_and_proportionate = true
  given assess.dpia_required = true
  given assess.high_risk_criteria_met = 3
  given assess.pipia_required = true
  given assess.high_residual_risk = false
  expect gdpr.international-transfer is breach
  expect decision deny
}

test "EU staff doors that decide alone with no person to review a refusal: refused by GDPR Art. 22" {
  # The lawful deployment above, but: decision.human_review = false.
  given controller.type = employer
  given controller.public_body = false
  given controller.dpo_appointed = true
  given controller.joint_controllers = false
  given service.information_society = false
  given jurisdiction.us_illinois = false
  given jurisdiction.eu_establishment = true
  given jurisdiction.eu_data_subjects = true
  given jurisdiction.cn_processing = false
  given jurisdiction.cn_data_subjects = false
  given purposes = {access_control}
  given processing.creates_templates = true
  given processing.mode = verification_1to1
  given processing.live = true
  given processing.location = workplace
  given processing.covert = false
  given processing.secondary_use = false
  given processing.core_activity = false
  given processing.large_scale = false
  given decision.solely_automated = true
  given decision.significant_effect = true
  given decision.human_review = false
  given decision.explanation_on_request = true
  given capture.ambient = false
  given data_subjects.categories = {employees}
  given data_subjects.count = 620 persons
  given basis.gdpr = art6_consent
  given basis.art9 = art9_explicit_consent
  given basis.consent_excluded_by_law = false
  given consent.obtained = true
  given consent.explicit = true
  given consent.separate = true
  given consent.recorded = true
  given consent.bundled = false
  given consent.condition_of_service = false
  given consent.refusable_without_detriment = true
  given consent.opt_out_default = false
  given consent.withdrawable = true
  given notice.given = true
  given notice.contents = {controller_identity, dpo_contact, purposes_and_methods, legal_basis, data_categories,
                           retention_period, recipients, rights_and_how, withdrawal_right, complaint_right,
                           third_country_transfer, automated_decision}
  given enrolment.from_third_party = false
  given less_intrusive_means.available = true
  given alternatives.offered = true
  given alternatives.equally_convenient = true
  given matching.accuracy_tested = true
  given storage.templates = held_by_data_subject
  given transfer.outside_jurisdiction = true
  given transfer.third_country = true
  given transfer.gdpr_tool = standard_contractual_clauses
  given transfer.impact_assessed = true
  given recipients.third_parties = false
  given processors.used = true
  given processors.sufficient_guarantees = true
  given processors.contract = true
  given processors.contract_terms = true
  given processors.sub_processors = false
  given retention.templates = 30 days
  given retention.images = 0 days
  given deletion.on_purpose_end = true
  given deletion.on_request = true
  given rights.request_channel = true
  given rights.access_copy = true
  given rights.rectification_restriction = true
  given rights.portability = true
  given security.measures = {encryption_at_rest, encryption_in_transit, access_restriction, audit_logging,
                             template_only_storage, identity_separation, presentation_attack_detection,
                             staff_training, incident_response}
  given breach.procedure = true
  given design.privacy_by_default = true
  given dpia.done = true
  given dpia.covers = {systematic_description, necessity_proportionality, risk_assessment, mitigation_measures}
  given dpia.dpo_opinion_sought = true
  given dpia.views_sought = true
  given dpia.review_on_change = true
  given accountability.policies = true
  given dpo.position_secured = true
  given dpo.monitors_compliance = true
  given records.processing_kept = true
  given prior_consultation.done = false
  given ai.excluded_use = false
  given ai.database_scraped = false
  given ai.infers_emotions = false
  given ai.infers_sensitive_traits = false
  given assess.power_imbalance = false
  given assess.necessary_for_service = false
  given assess.consent_freely_given = true
  given assess.consent_valid_gdpr = true
  given assess.consent_valid_pipl = false
  given assess.necessary_and_proportionate = true
  given assess.dpia_required = true
  given assess.high_risk_criteria_met = 3
  given assess.pipia_required = true
  given assess.high_residual_risk = false
  expect gdpr.automated-decision is breach
  expect decision deny
}

test "EU staff doors with no channel for requests about the face data: refused by GDPR Arts. 12, 15-18" {
  # The lawful deployment above, but: rights.request_channel = false.
  given controller.type = employer
  given controller.public_body = false
  given controller.dpo_appointed = true
  given controller.joint_controllers = false
  given service.information_society = false
  given jurisdiction.us_illinois = false
  given jurisdiction.eu_establishment = true
  given jurisdiction.eu_data_subjects = true
  given jurisdiction.cn_processing = false
  given jurisdiction.cn_data_subjects = false
  given purposes = {access_control}
  given processing.creates_templates = true
  given processing.mode = verification_1to1
  given processing.live = true
  given processing.location = workplace
  given processing.covert = false
  given processing.secondary_use = false
  given processing.core_activity = false
  given processing.large_scale = false
  given decision.solely_automated = true
  given decision.significant_effect = true
  given decision.human_review = true
  given decision.explanation_on_request = true
  given capture.ambient = false
  given data_subjects.categories = {employees}
  given data_subjects.count = 620 persons
  given basis.gdpr = art6_consent
  given basis.art9 = art9_explicit_consent
  given basis.consent_excluded_by_law = false
  given consent.obtained = true
  given consent.explicit = true
  given consent.separate = true
  given consent.recorded = true
  given consent.bundled = false
  given consent.condition_of_service = false
  given consent.refusable_without_detriment = true
  given consent.opt_out_default = false
  given consent.withdrawable = true
  given notice.given = true
  given notice.contents = {controller_identity, dpo_contact, purposes_and_methods, legal_basis, data_categories,
                           retention_period, recipients, rights_and_how, withdrawal_right, complaint_right,
                           third_country_transfer, automated_decision}
  given enrolment.from_third_party = false
  given less_intrusive_means.available = true
  given alternatives.offered = true
  given alternatives.equally_convenient = true
  given matching.accuracy_tested = true
  given storage.templates = held_by_data_subject
  given transfer.outside_jurisdiction = true
  given transfer.third_country = true
  given transfer.gdpr_tool = standard_contractual_clauses
  given transfer.impact_assessed = true
  given recipients.third_parties = false
  given processors.used = true
  given processors.sufficient_guarantees = true
  given processors.contract = true
  given processors.contract_terms = true
  given processors.sub_processors = false
  given retention.templates = 30 days
  given retention.images = 0 days
  given deletion.on_purpose_end = true
  given deletion.on_request = true
  given rights.request_channel = false
  given rights.access_copy = true
  given rights.rectification_restriction = true
  given rights.portability = true
  given security.measures = {encryption_at_rest, encryption_in_transit, access_restriction, audit_logging,
                             template_only_storage, identity_separation, presentation_attack_detection,
                             staff_training, incident_response}
  given breach.procedure = true
  given design.privacy_by_default = true
  given dpia.done = true
  given dpia.covers = {systematic_description, necessity_proportionality, risk_assessment, mitigation_measures}
  given dpia.dpo_opinion_sought = true
  given dpia.views_sought = true
  given dpia.review_on_change = true
  given accountability.policies = true
  given dpo.position_secured = true
  given dpo.monitors_compliance = true
  given records.processing_kept = true
  given prior_consultation.done = false
  given ai.excluded_use = false
  given ai.database_scraped = false
  given ai.infers_emotions = false
  given ai.infers_sensitive_traits = false
  given assess.power_imbalance = false
  given assess.necessary_for_service = false
  given assess.consent_freely_given = true
  given assess.consent_valid_gdpr = true
  given assess.consent_valid_pipl = false
  given assess.necessary_and_proportionate = true
  given assess.dpia_required = true
  given assess.high_risk_criteria_met = 3
  given assess.pipia_required = true
  given assess.high_residual_risk = false
  expect gdpr.data-subject-rights is breach
  expect decision deny
}

test "EU staff doors that do not say whether a person reviews a refusal: refused, failing closed" {
  # The lawful deployment above, but: decision.human_review not stated.
  given controller.type = employer
  given controller.public_body = false
  given controller.dpo_appointed = true
  given controller.joint_controllers = false
  given service.information_society = false
  given jurisdiction.us_illinois = false
  given jurisdiction.eu_establishment = true
  given jurisdiction.eu_data_subjects = true
  given jurisdiction.cn_processing = false
  given jurisdiction.cn_data_subjects = false
  given purposes = {access_control}
  given processing.creates_templates = true
  given processing.mode = verification_1to1
  given processing.live = true
  given processing.location = workplace
  given processing.covert = false
  given processing.secondary_use = false
  given processing.core_activity = false
  given processing.large_scale = false
  given decision.solely_automated = true
  given decision.significant_effect = true
  given decision.explanation_on_request = true
  given capture.ambient = false
  given data_subjects.categories = {employees}
  given data_subjects.count = 620 persons
  given basis.gdpr = art6_consent
  given basis.art9 = art9_explicit_consent
  given basis.consent_excluded_by_law = false
  given consent.obtained = true
  given consent.explicit = true
  given consent.separate = true
  given consent.recorded = true
  given consent.bundled = false
  given consent.condition_of_service = false
  given consent.refusable_without_detriment = true
  given consent.opt_out_default = false
  given consent.withdrawable = true
  given notice.given = true
  given notice.contents = {controller_identity, dpo_contact, purposes_and_methods, legal_basis, data_categories,
                           retention_period, recipients, rights_and_how, withdrawal_right, complaint_right,
                           third_country_transfer, automated_decision}
  given enrolment.from_third_party = false
  given less_intrusive_means.available = true
  given alternatives.offered = true
  given alternatives.equally_convenient = true
  given matching.accuracy_tested = true
  given storage.templates = held_by_data_subject
  given transfer.outside_jurisdiction = true
  given transfer.third_country = true
  given transfer.gdpr_tool = standard_contractual_clauses
  given transfer.impact_assessed = true
  given recipients.third_parties = false
  given processors.used = true
  given processors.sufficient_guarantees = true
  given processors.contract = true
  given processors.contract_terms = true
  given processors.sub_processors = false
  given retention.templates = 30 days
  given retention.images = 0 days
  given deletion.on_purpose_end = true
  given deletion.on_request = true
  given rights.request_channel = true
  given rights.access_copy = true
  given rights.rectification_restriction = true
  given rights.portability = true
  given security.measures = {encryption_at_rest, encryption_in_transit, access_restriction, audit_logging,
                             template_only_storage, identity_separation, presentation_attack_detection,
                             staff_training, incident_response}
  given breach.procedure = true
  given design.privacy_by_default = true
  given dpia.done = true
  given dpia.covers = {systematic_description, necessity_proportionality, risk_assessment, mitigation_measures}
  given dpia.dpo_opinion_sought = true
  given dpia.views_sought = true
  given dpia.review_on_change = true
  given accountability.policies = true
  given dpo.position_secured = true
  given dpo.monitors_compliance = true
  given records.processing_kept = true
  given prior_consultation.done = false
  given ai.excluded_use = false
  given ai.database_scraped = false
  given ai.infers_emotions = false
  given ai.infers_sensitive_traits = false
  given assess.power_imbalance = false
  given assess.necessary_for_service = false
  given assess.consent_freely_given = true
  given assess.consent_valid_gdpr = true
  given assess.consent_valid_pipl = false
  given assess.necessary_and_proportionate = true
  given assess.dpia_required = true
  given assess.high_risk_criteria_met = 3
  given assess.pipia_required = true
  given assess.high_residual_risk = false
  expect gdpr.automated-decision is undetermined
  expect decision deny
}

test "EU staff doors on French employment law instead of consent: the door may not decide alone (Art. 22(4))" {
  # The lawful deployment above, but on legitimate interests and Art. 9(2)(b) under French law.
  # Loi Informatique et Libertés, art. 44 4°, with the CNIL model regulation of 2019, lifts Art. 9(1) for
  # access control at work (Art. 9(2)(b)), but Art. 22(4) admits a decision by the system alone on biometric
  # data only under Art. 9(2)(a) or (g): the automatic door is refused whatever human review follows.
  given controller.type = employer
  given controller.public_body = false
  given controller.dpo_appointed = true
  given controller.joint_controllers = false
  given service.information_society = false
  given jurisdiction.us_illinois = false
  given jurisdiction.eu_establishment = true
  given jurisdiction.eu_data_subjects = true
  given jurisdiction.cn_processing = false
  given jurisdiction.cn_data_subjects = false
  given purposes = {access_control}
  given processing.creates_templates = true
  given processing.mode = verification_1to1
  given processing.live = true
  given processing.location = workplace
  given processing.covert = false
  given processing.secondary_use = false
  given processing.core_activity = false
  given processing.large_scale = false
  given decision.solely_automated = true
  given decision.significant_effect = true
  given decision.human_review = true
  given decision.explanation_on_request = true
  given capture.ambient = false
  given data_subjects.categories = {employees}
  given data_subjects.count = 620 persons
  given basis.gdpr = art6_legitimate_interests
  given basis.art9 = art9_employment_law
  given basis.consent_excluded_by_law = false
  given consent.obtained = true
  given consent.explicit = true
  given consent.separate = true
  given consent.recorded = true
  given consent.bundled = false
  given consent.condition_of_service = false
  given consent.refusable_without_detriment = true
  given consent.opt_out_default = false
  given consent.withdrawable = true
  given notice.given = true
  given notice.contents = {controller_identity, dpo_contact, purposes_and_methods, legal_basis, data_categories,
                           retention_period, recipients, rights_and_how, withdrawal_right, complaint_right,
                           third_country_transfer, automated_decision}
  given enrolment.from_third_party = false
  given less_intrusive_means.available = true
  given alternatives.offered = true
  given alternatives.equally_convenient = true
  given matching.accuracy_tested = true
  given storage.templates = held_by_data_subject
  given transfer.outside_jurisdiction = true
  given transfer.third_country = true
  given transfer.gdpr_tool = standard_contractual_clauses
  given transfer.impact_assessed = true
  given recipients.third_parties = false
  given processors.used = true
  given processors.sufficient_guarantees = true
  given processors.contract = true
  given processors.contract_terms = true
  given processors.sub_processors = false
  given retention.templates = 30 days
  given retention.images = 0 days
  given deletion.on_purpose_end = true
  given deletion.on_request = true
  given rights.request_channel = true
  given rights.access_copy = true
  given rights.rectification_restriction = true
  given rights.portability = true
  given security.measures = {encryption_at_rest, encryption_in_transit, access_restriction, audit_logging,
                             template_only_storage, identity_separation, presentation_attack_detection,
                             staff_training, incident_response}
  given breach.procedure = true
  given design.privacy_by_default = true
  given dpia.done = true
  given dpia.covers = {systematic_description, necessity_proportionality, risk_assessment, mitigation_measures}
  given dpia.dpo_opinion_sought = true
  given dpia.views_sought = true
  given dpia.review_on_change = true
  given accountability.policies = true
  given dpo.position_secured = true
  given dpo.monitors_compliance = true
  given records.processing_kept = true
  given prior_consultation.done = false
  given ai.excluded_use = false
  given ai.database_scraped = false
  given ai.infers_emotions = false
  given ai.infers_sensitive_traits = false
  given assess.power_imbalance = false
  given assess.necessary_for_service = false
  given assess.consent_freely_given = true
  given assess.consent_valid_gdpr = true
  given assess.consent_valid_pipl = false
  given assess.necessary_and_proportionate = true
  given assess.dpia_required = true
  given assess.high_risk_criteria_met = 3
  given assess.pipia_required = true
  given assess.high_residual_risk = false
  given basis.member_state_law = true
  given basis.national_law = "Loi n° 78-17 du 6 janvier 1978, art. 44 4°;"
                             "CNIL délibération n° 2019-001 du 10 janvier 2019"
  given basis.national_conditions_met = true
  given legitimate_interests.balancing_done = true
  given rights.objection = true
  expect gdpr.biometric-prohibition is compliant
  expect gdpr.biometric-prohibition exception employment_law
  expect gdpr.automated-decision is breach
  expect decision deny
}

# ---------------------------------------------------------------------------------------------------------------
# Chinese stores: PIPL, SPC Provisions, Civil Code, CAC facial recognition Measures
# ---------------------------------------------------------------------------------------------------------------
test "Chinese staff doors: face or PIN, faces abroad under the standard contract with separate consent: conditional" {
  given controller.type = employer
  given controller.joint_controllers = false
  given controller.persons_processed = 1800000 persons
  given controller.pi_officer_appointed = true
  given controller.ciio = false
  given jurisdiction.us_illinois = false
  given jurisdiction.eu_establishment = false
  given jurisdiction.eu_data_subjects = false
  given jurisdiction.cn_processing = true
  given jurisdiction.cn_data_subjects = true
  given purposes = {access_control}
  given processing.rnd_or_training = false
  given processing.creates_templates = true
  given processing.mode = verification_1to1
  given processing.live = true
  given processing.location = workplace
  given processing.covert = false
  given processing.secondary_use = false
  given decision.solely_automated = true
  given decision.significant_effect = true
  given decision.human_review = true
  given decision.explanation_on_request = true
  given capture.ambient = false
  given data_subjects.categories = {employees}
  given data_subjects.elderly_or_disabled = true
  given data_subjects.count = 410 persons
  given basis.pipl = pipl_consent
  given basis.written_consent_by_law = false
  given consent.misled_or_coerced = false
  given consent.obtained = true
  given consent.unilateral_change = false
  given consent.explicit = true
  given consent.separate = true
  given consent.written = true
  given consent.recorded = true
  given consent.bundled = false
  given consent.condition_of_service = false
  given consent.refusable_without_detriment = true
  given consent.opt_out_default = false
  given consent.withdrawable = true
  given consent.standard_terms = false
  given notice.given = true
  given notice.rules_published = true
  given notice.contents = {controller_identity, purposes_and_methods, data_categories, retention_period, recipients,
                           rights_and_how, withdrawal_right, necessity, impact_on_rights, automated_decision}
  given less_intrusive_means.available = true
  given alternatives.offered = true
  given alternatives.equally_convenient = true
  given storage.templates = held_by_data_subject
  given storage.faces_stored = 410 persons
  given transfer.over_internet = true
  given transfer.outside_jurisdiction = true
  given transfer.out_of_china = true
  given transfer.cn_mechanism = cac_standard_contract
  given transfer.cn_sensitive_persons = 410 persons
  given transfer.cn_recipient_notified = true
  given transfer.cn_separate_consent = true
  given recipients.third_parties = false
  given processors.used = true
  given processors.contract = true
  given processors.agreement_pipl = true
  given processors.supervised = true
  given processors.secure_and_assist = true
  given processors.sub_processors = false
  given retention.templates = 30 days
  given retention.images = 0 days
  given deletion.on_purpose_end = true
  given deletion.on_request = true
  given rights.request_channel = true
  given rights.access_copy = true
  given rights.rectification_restriction = true
  given rights.portability = true
  given rights.deceased_relatives = true
  given security.intrusion_detection = true
  given security.authorisation_management = true
  given security.measures = {encryption_at_rest, encryption_in_transit, access_restriction, audit_logging,
                             template_only_storage, identity_separation, presentation_attack_detection,
                             staff_training, incident_response}
  given breach.procedure = true
  given pipia.done = true
  given pipia.covers = {systematic_description, necessity_proportionality, risk_assessment, mitigation_measures}
  given pipia.record_retention = 3 years
  given audits.regular = true
  given accessibility.barrier_free = true
  given verification.national_identity_channel = false
  given assess.power_imbalance = true
  given assess.necessary_for_service = false
  given assess.consent_freely_given = false
  given assess.consent_valid_gdpr = false
  given assess.consent_valid_pipl = false
  given assess.necessary_and_proportionate = false
  given assess.dpia_required = true
  given assess.pipia_required = true
  given assess.high_residual_risk = false
  expect pipl.entrusted-processing is compliant
  expect pipl.cross-border-mechanism is compliant
  expect pipl.cross-border-consent is compliant
  expect pipl.automated-decision is compliant
  expect pipl.rights-mechanism is compliant
  expect decision conditional
}

test "Chinese staff doors without an entrustment agreement with the vendor: refused by PIPL Art. 21" {
  # The lawful deployment above, but: processors.contract = false; processors.agreement_pipl = false.
  given controller.type = employer
  given controller.joint_controllers = false
  given controller.persons_processed = 1800000 persons
  given controller.pi_officer_appointed = true
  given controller.ciio = false
  given jurisdiction.us_illinois = false
  given jurisdiction.eu_establishment = false
  given jurisdiction.eu_data_subjects = false
  given jurisdiction.cn_processing = true
  given jurisdiction.cn_data_subjects = true
  given purposes = {access_control}
  given processing.rnd_or_training = false
  given processing.creates_templates = true
  given processing.mode = verification_1to1
  given processing.live = true
  given processing.location = workplace
  given processing.covert = false
  given processing.secondary_use = false
  given decision.solely_automated = true
  given decision.significant_effect = true
  given decision.human_review = true
  given decision.explanation_on_request = true
  given capture.ambient = false
  given data_subjects.categories = {employees}
  given data_subjects.elderly_or_disabled = true
  given data_subjects.count = 410 persons
  given basis.pipl = pipl_consent
  given basis.written_consent_by_law = false
  given consent.misled_or_coerced = false
  given consent.obtained = true
  given consent.unilateral_change = false
  given consent.explicit = true
  given consent.separate = true
  given consent.written = true
  given consent.recorded = true
  given consent.bundled = false
  given consent.condition_of_service = false
  given consent.refusable_without_detriment = true
  given consent.opt_out_default = false
  given consent.withdrawable = true
  given consent.standard_terms = false
  given notice.given = true
  given notice.rules_published = true
  given notice.contents = {controller_identity, purposes_and_methods, data_categories, retention_period, recipients,
                           rights_and_how, withdrawal_right, necessity, impact_on_rights, automated_decision}
  given less_intrusive_means.available = true
  given alternatives.offered = true
  given alternatives.equally_convenient = true
  given storage.templates = held_by_data_subject
  given storage.faces_stored = 410 persons
  given transfer.over_internet = true
  given transfer.outside_jurisdiction = true
  given transfer.out_of_china = true
  given transfer.cn_mechanism = cac_standard_contract
  given transfer.cn_sensitive_persons = 410 persons
  given transfer.cn_recipient_notified = true
  given transfer.cn_separate_consent = true
  given recipients.third_parties = false
  given processors.used = true
  given processors.contract = false
  given processors.agreement_pipl = false
  given processors.supervised = true
  given processors.secure_and_assist = true
  given processors.sub_processors = false
  given retention.templates = 30 days
  given retention.images = 0 days
  given deletion.on_purpose_end = true
  given deletion.on_request = true
  given rights.request_channel = true
  given rights.access_copy = true
  given rights.rectification_restriction = true
  given rights.portability = true
  given rights.deceased_relatives = true
  given security.intrusion_detection = true
  given security.authorisation_management = true
  given security.measures = {encryption_at_rest, encryption_in_transit, access_restriction, audit_logging,
                             template_only_storage, identity_separation, presentation_attack_detection,
                             staff_training, incident_response}
  given breach.procedure = true
  given pipia.done = true
  given pipia.covers = {systematic_description, necessity_proportionality, risk_assessment, mitigation_measures}
  given pipia.record_retention = 3 years
  given audits.regular = true
  given accessibility.barrier_free = true
  given verification.national_identity_channel = false
  given assess.power_imbalance = true
  given assess.necessary_for_service = false
  given assess.consent_freely_given = false
  given assess.consent_valid_gdpr = false
  given assess.consent_valid_pipl = false
  given assess.necessary_and_proportionate = false
  given assess.dpia_required = true
  given assess.pipia_required = true
  given assess.high_residual_risk = false
  expect pipl.entrusted-processing is breach
  expect decision deny
}

test "Chinese staff faces sent to Singapore with no PIPL Art. 38 mechanism: refused" {
  # The lawful deployment above, but: transfer.cn_mechanism = no_cn_mechanism.
  given controller.type = employer
  given controller.joint_controllers = false
  given controller.persons_processed = 1800000 persons
  given controller.pi_officer_appointed = true
  given controller.ciio = false
  given jurisdiction.us_illinois = false
  given jurisdiction.eu_establishment = false
  given jurisdiction.eu_data_subjects = false
  given jurisdiction.cn_processing = true
  given jurisdiction.cn_data_subjects = true
  given purposes = {access_control}
  given processing.rnd_or_training = false
  given processing.creates_templates = true
  given processing.mode = verification_1to1
  given processing.live = true
  given processing.location = workplace
  given processing.covert = false
  given processing.secondary_use = false
  given decision.solely_automated = true
  given decision.significant_effect = true
  given decision.human_review = true
  given decision.explanation_on_request = true
  given capture.ambient = false
  given data_subjects.categories = {employees}
  given data_subjects.elderly_or_disabled = true
  given data_subjects.count = 410 persons
  given basis.pipl = pipl_consent
  given basis.written_consent_by_law = false
  given consent.misled_or_coerced = false
  given consent.obtained = true
  given consent.unilateral_change = false
  given consent.explicit = true
  given consent.separate = true
  given consent.written = true
  given consent.recorded = true
  given consent.bundled = false
  given consent.condition_of_service = false
  given consent.refusable_without_detriment = true
  given consent.opt_out_default = false
  given consent.withdrawable = true
  given consent.standard_terms = false
  given notice.given = true
  given notice.rules_published = true
  given notice.contents = {controller_identity, purposes_and_methods, data_categories, retention_period, recipients,
                           rights_and_how, withdrawal_right, necessity, impact_on_rights, automated_decision}
  given less_intrusive_means.available = true
  given alternatives.offered = true
  given alternatives.equally_convenient = true
  given storage.templates = held_by_data_subject
  given storage.faces_stored = 410 persons
  given transfer.over_internet = true
  given transfer.outside_jurisdiction = true
  given transfer.out_of_china = true
  given transfer.cn_mechanism = no_cn_mechanism
  given transfer.cn_sensitive_persons = 410 persons
  given transfer.cn_recipient_notified = true
  given transfer.cn_separate_consent = true
  given recipients.third_parties = false
  given processors.used = true
  given processors.contract = true
  given processors.agreement_pipl = true
  given processors.supervised = true
  given processors.secure_and_assist = true
  given processors.sub_processors = false
  given retention.templates = 30 days
  given retention.images = 0 days
  given deletion.on_purpose_end = true
  given deletion.on_request = true
  given rights.request_channel = true
  given rights.access_copy = true
  given rights.rectification_restriction = true
  given rights.portability = true
  given rights.deceased_relatives = true
  given security.intrusion_detection = true
  given security.authorisation_management = true
  given security.measures = {encryption_at_rest, encryption_in_transit, access_restriction, audit_logging,
                             template_only_storage, identity_separation, presentation_attack_detection,
                             staff_training, incident_response}
  given breach.procedure = true
  given pipia.done = true
  given pipia.covers = {systematic_description, necessity_proportionality, risk_assessment, mitigation_measures}
  given pipia.record_retention = 3 years
  given audits.regular = true
  given accessibility.barrier_free = true
  given verification.national_identity_channel = false
  given assess.power_imbalance = true
  given assess.necessary_for_service = false
  given assess.consent_freely_given = false
  given assess.consent_valid_gdpr = false
  given assess.consent_valid_pipl = false
  given assess.necessary_and_proportionate = false
  given assess.dpia_required = true
  given assess.pipia_required = true
  given assess.high_residual_risk = false
  expect pipl.cross-border-mechanism is breach
  expect decision deny
}

test "Chinese staff faces sent abroad under a mechanism the deployment does not name: refused, failing closed" {
  # The lawful deployment above, but: transfer.cn_mechanism not stated.
  given controller.type = employer
  given controller.joint_controllers = false
  given controller.persons_processed = 1800000 persons
  given controller.pi_officer_appointed = true
  given controller.ciio = false
  given jurisdiction.us_illinois = false
  given jurisdiction.eu_establishment = false
  given jurisdiction.eu_data_subjects = false
  given jurisdiction.cn_processing = true
  given jurisdiction.cn_data_subjects = true
  given purposes = {access_control}
  given processing.rnd_or_training = false
  given processing.creates_templates = true
  given processing.mode = verification_1to1
  given processing.live = true
  given processing.location = workplace
  given processing.covert = false
  given processing.secondary_use = false
  given decision.solely_automated = true
  given decision.significant_effect = true
  given decision.human_review = true
  given decision.explanation_on_request = true
  given capture.ambient = false
  given data_subjects.categories = {employees}
  given data_subjects.elderly_or_disabled = true
  given data_subjects.count = 410 persons
  given basis.pipl = pipl_consent
  given basis.written_consent_by_law = false
  given consent.misled_or_coerced = false
  given consent.obtained = true
  given consent.unilateral_change = false
  given consent.explicit = true
  given consent.separate = true
  given consent.written = true
  given consent.recorded = true
  given consent.bundled = false
  given consent.condition_of_service = false
  given consent.refusable_without_detriment = true
  given consent.opt_out_default = false
  given consent.withdrawable = true
  given consent.standard_terms = false
  given notice.given = true
  given notice.rules_published = true
  given notice.contents = {controller_identity, purposes_and_methods, data_categories, retention_period, recipients,
                           rights_and_how, withdrawal_right, necessity, impact_on_rights, automated_decision}
  given less_intrusive_means.available = true
  given alternatives.offered = true
  given alternatives.equally_convenient = true
  given storage.templates = held_by_data_subject
  given storage.faces_stored = 410 persons
  given transfer.over_internet = true
  given transfer.outside_jurisdiction = true
  given transfer.out_of_china = true
  given transfer.cn_sensitive_persons = 410 persons
  given transfer.cn_recipient_notified = true
  given transfer.cn_separate_consent = true
  given recipients.third_parties = false
  given processors.used = true
  given processors.contract = true
  given processors.agreement_pipl = true
  given processors.supervised = true
  given processors.secure_and_assist = true
  given processors.sub_processors = false
  given retention.templates = 30 days
  given retention.images = 0 days
  given deletion.on_purpose_end = true
  given deletion.on_request = true
  given rights.request_channel = true
  given rights.access_copy = true
  given rights.rectification_restriction = true
  given rights.portability = true
  given rights.deceased_relatives = true
  given security.intrusion_detection = true
  given security.authorisation_management = true
  given security.measures = {encryption_at_rest, encryption_in_transit, access_restriction, audit_logging,
                             template_only_storage, identity_separation, presentation_attack_detection,
                             staff_training, incident_response}
  given breach.procedure = true
  given pipia.done = true
  given pipia.covers = {systematic_description, necessity_proportionality, risk_assessment, mitigation_measures}
  given pipia.record_retention = 3 years
  given audits.regular = true
  given accessibility.barrier_free = true
  given verification.national_identity_channel = false
  given assess.power_imbalance = true
  given assess.necessary_for_service = false
  given assess.consent_freely_given = false
  given assess.consent_valid_gdpr = false
  given assess.consent_valid_pipl = false
  given assess.necessary_and_proportionate = false
  given assess.dpia_required = true
  given assess.pipia_required = true
  given assess.high_residual_risk = false
  expect pipl.cross-border-mechanism is undetermined
  expect decision deny
}

test "the standard contract no longer carries the faces of 10,000 people: the security assessment is needed" {
  # The lawful deployment above, but: transfer.cn_sensitive_persons = 10000 persons.
  given controller.type = employer
  given controller.joint_controllers = false
  given controller.persons_processed = 1800000 persons
  given controller.pi_officer_appointed = true
  given controller.ciio = false
  given jurisdiction.us_illinois = false
  given jurisdiction.eu_establishment = false
  given jurisdiction.eu_data_subjects = false
  given jurisdiction.cn_processing = true
  given jurisdiction.cn_data_subjects = true
  given purposes = {access_control}
  given processing.rnd_or_training = false
  given processing.creates_templates = true
  given processing.mode = verification_1to1
  given processing.live = true
  given processing.location = workplace
  given processing.covert = false
  given processing.secondary_use = false
  given decision.solely_automated = true
  given decision.significant_effect = true
  given decision.human_review = true
  given decision.explanation_on_request = true
  given capture.ambient = false
  given data_subjects.categories = {employees}
  given data_subjects.elderly_or_disabled = true
  given data_subjects.count = 410 persons
  given basis.pipl = pipl_consent
  given basis.written_consent_by_law = false
  given consent.misled_or_coerced = false
  given consent.obtained = true
  given consent.unilateral_change = false
  given consent.explicit = true
  given consent.separate = true
  given consent.written = true
  given consent.recorded = true
  given consent.bundled = false
  given consent.condition_of_service = false
  given consent.refusable_without_detriment = true
  given consent.opt_out_default = false
  given consent.withdrawable = true
  given consent.standard_terms = false
  given notice.given = true
  given notice.rules_published = true
  given notice.contents = {controller_identity, purposes_and_methods, data_categories, retention_period, recipients,
                           rights_and_how, withdrawal_right, necessity, impact_on_rights, automated_decision}
  given less_intrusive_means.available = true
  given alternatives.offered = true
  given alternatives.equally_convenient = true
  given storage.templates = held_by_data_subject
  given storage.faces_stored = 410 persons
  given transfer.over_internet = true
  given transfer.outside_jurisdiction = true
  given transfer.out_of_china = true
  given transfer.cn_mechanism = cac_standard_contract
  given transfer.cn_sensitive_persons = 10000 persons
  given transfer.cn_recipient_notified = true
  given transfer.cn_separate_consent = true
  given recipients.third_parties = false
  given processors.used = true
  given processors.contract = true
  given processors.agreement_pipl = true
  given processors.supervised = true
  given processors.secure_and_assist = true
  given processors.sub_processors = false
  given retention.templates = 30 days
  given retention.images = 0 days
  given deletion.on_purpose_end = true
  given deletion.on_request = true
  given rights.request_channel = true
  given rights.access_copy = true
  given rights.rectification_restriction = true
  given rights.portability = true
  given rights.deceased_relatives = true
  given security.intrusion_detection = true
  given security.authorisation_management = true
  given security.measures = {encryption_at_rest, encryption_in_transit, access_restriction, audit_logging,
                             template_only_storage, identity_separation, presentation_attack_detection,
                             staff_training, incident_response}
  given breach.procedure = true
  given pipia.done = true
  given pipia.covers = {systematic_description, necessity_proportionality, risk_assessment, mitigation_measures}
  given pipia.record_retention = 3 years
  given audits.regular = true
  given accessibility.barrier_free = true
  given verification.national_identity_channel = false
  given assess.power_imbalance = true
  given assess.necessary_for_service = false
  given assess.consent_freely_given = false
  given assess.consent_valid_gdpr = false
  given assess.consent_valid_pipl = false
  given assess.necessary_and_proportionate = false
  given assess.dpia_required = true
  given assess.pipia_required = true
  given assess.high_residual_risk = false
  expect pipl.cross-border-mechanism is breach
  expect decision deny
}

test "Chinese staff faces sent abroad without each person's separate consent: refused by PIPL Art. 39" {
  # The lawful deployment above, but: transfer.cn_separate_consent = false.
  given controller.type = employer
  given controller.joint_controllers = false
  given controller.persons_processed = 1800000 persons
  given controller.pi_officer_appointed = true
  given controller.ciio = false
  given jurisdiction.us_illinois = false
  given jurisdiction.eu_establishment = false
  given jurisdiction.eu_data_subjects = false
  given jurisdiction.cn_processing = true
  given jurisdiction.cn_data_subjects = true
  given purposes = {access_control}
  given processing.rnd_or_training = false
  given processing.creates_templates = true
  given processing.mode = verification_1to1
  given processing.live = true
  given processing.location = workplace
  given processing.covert = false
  given processing.secondary_use = false
  given decision.solely_automated = true
  given decision.significant_effect = true
  given decision.human_review = true
  given decision.explanation_on_request = true
  given capture.ambient = false
  given data_subjects.categories = {employees}
  given data_subjects.elderly_or_disabled = true
  given data_subjects.count = 410 persons
  given basis.pipl = pipl_consent
  given basis.written_consent_by_law = false
  given consent.misled_or_coerced = false
  given consent.obtained = true
  given consent.unilateral_change = false
  given consent.explicit = true
  given consent.separate = true
  given consent.written = true
  given consent.recorded = true
  given consent.bundled = false
  given consent.condition_of_service = false
  given consent.refusable_without_detriment = true
  given consent.opt_out_default = false
  given consent.withdrawable = true
  given consent.standard_terms = false
  given notice.given = true
  given notice.rules_published = true
  given notice.contents = {controller_identity, purposes_and_methods, data_categories, retention_period, recipients,
                           rights_and_how, withdrawal_right, necessity, impact_on_rights, automated_decision}
  given less_intrusive_means.available = true
  given alternatives.offered = true
  given alternatives.equally_convenient = true
  given storage.templates = held_by_data_subject
  given storage.faces_stored = 410 persons
  given transfer.over_internet = true
  given transfer.outside_jurisdiction = true
  given transfer.out_of_china = true
  given transfer.cn_mechanism = cac_standard_contract
  given transfer.cn_sensitive_persons = 410 persons
  given transfer.cn_recipient_notified = true
  given transfer.cn_separate_consent = false
  given recipients.third_parties = false
  given processors.used = true
  given processors.contract = true
  given processors.agreement_pipl = true
  given processors.supervised = true
  given processors.secure_and_assist = true
  given processors.sub_processors = false
  given retention.templates = 30 days
  given retention.images = 0 days
  given deletion.on_purpose_end = true
  given deletion.on_request = true
  given rights.request_channel = true
  given rights.access_copy = true
  given rights.rectification_restriction = true
  given rights.portability = true
  given rights.deceased_relatives = true
  given security.intrusion_detection = true
  given security.authorisation_management = true
  given security.measures = {encryption_at_rest, encryption_in_transit, access_restriction, audit_logging,
                             template_only_storage, identity_separation, presentation_attack_detection,
                             staff_training, incident_response}
  given breach.procedure = true
  given pipia.done = true
  given pipia.covers = {systematic_description, necessity_proportionality, risk_assessment, mitigation_measures}
  given pipia.record_retention = 3 years
  given audits.regular = true
  given accessibility.barrier_free = true
  given verification.national_identity_channel = false
  given assess.power_imbalance = true
  given assess.necessary_for_service = false
  given assess.consent_freely_given = false
  given assess.consent_valid_gdpr = false
  given assess.consent_valid_pipl = false
  given assess.necessary_and_proportionate = false
  given assess.dpia_required = true
  given assess.pipia_required = true
  given assess.high_residual_risk = false
  expect pipl.cross-border-consent is breach
  expect decision deny
}

test "Chinese staff doors that decide alone with no way to refuse the machine: refused by PIPL Art. 24" {
  # The lawful deployment above, but: decision.human_review = false.
  given controller.type = employer
  given controller.joint_controllers = false
  given controller.persons_processed = 1800000 persons
  given controller.pi_officer_appointed = true
  given controller.ciio = false
  given jurisdiction.us_illinois = false
  given jurisdiction.eu_establishment = false
  given jurisdiction.eu_data_subjects = false
  given jurisdiction.cn_processing = true
  given jurisdiction.cn_data_subjects = true
  given purposes = {access_control}
  given processing.rnd_or_training = false
  given processing.creates_templates = true
  given processing.mode = verification_1to1
  given processing.live = true
  given processing.location = workplace
  given processing.covert = false
  given processing.secondary_use = false
  given decision.solely_automated = true
  given decision.significant_effect = true
  given decision.human_review = false
  given decision.explanation_on_request = true
  given capture.ambient = false
  given data_subjects.categories = {employees}
  given data_subjects.elderly_or_disabled = true
  given data_subjects.count = 410 persons
  given basis.pipl = pipl_consent
  given basis.written_consent_by_law = false
  given consent.misled_or_coerced = false
  given consent.obtained = true
  given consent.unilateral_change = false
  given consent.explicit = true
  given consent.separate = true
  given consent.written = true
  given consent.recorded = true
  given consent.bundled = false
  given consent.condition_of_service = false
  given consent.refusable_without_detriment = true
  given consent.opt_out_default = false
  given consent.withdrawable = true
  given consent.standard_terms = false
  given notice.given = true
  given notice.rules_published = true
  given notice.contents = {controller_identity, purposes_and_methods, data_categories, retention_period, recipients,
                           rights_and_how, withdrawal_right, necessity, impact_on_rights, automated_decision}
  given less_intrusive_means.available = true
  given alternatives.offered = true
  given alternatives.equally_convenient = true
  given storage.templates = held_by_data_subject
  given storage.faces_stored = 410 persons
  given transfer.over_internet = true
  given transfer.outside_jurisdiction = true
  given transfer.out_of_china = true
  given transfer.cn_mechanism = cac_standard_contract
  given transfer.cn_sensitive_persons = 410 persons
  given transfer.cn_recipient_notified = true
  given transfer.cn_separate_consent = true
  given recipients.third_parties = false
  given processors.used = true
  given processors.contract = true
  given processors.agreement_pipl = true
  given processors.supervised = true
  given processors.secure_and_assist = true
  given processors.sub_processors = false
  given retention.templates = 30 days
  given retention.images = 0 days
  given deletion.on_purpose_end = true
  given deletion.on_request = true
  given rights.request_channel = true
  given rights.access_copy = true
  given rights.rectification_restriction = true
  given rights.portability = true
  given rights.deceased_relatives = true
  given security.intrusion_detection = true
  given security.authorisation_management = true
  given security.measures = {encryption_at_rest, encryption_in_transit, access_restriction, audit_logging,
                             template_only_storage, identity_separation, presentation_attack_detection,
                             staff_training, incident_response}
  given breach.procedure = true
  given pipia.done = true
  given pipia.covers = {systematic_description, necessity_proportionality, risk_assessment, mitigation_measures}
  given pipia.record_retention = 3 years
  given audits.regular = true
  given accessibility.barrier_free = true
  given verification.national_identity_channel = false
  given assess.power_imbalance = true
  given assess.necessary_for_service = false
  given assess.consent_freely_given = false
  given assess.consent_valid_gdpr = false
  given assess.consent_valid_pipl = false
  given assess.necessary_and_proportionate = false
  given assess.dpia_required = true
  given assess.pipia_required = true
  given assess.high_residual_risk = false
  expect pipl.automated-decision is breach
  expect decision deny
}

test "Chinese staff doors with no mechanism for requests about the face data: refused by PIPL Art. 50" {
  # The lawful deployment above, but: rights.request_channel = false.
  given controller.type = employer
  given controller.joint_controllers = false
  given controller.persons_processed = 1800000 persons
  given controller.pi_officer_appointed = true
  given controller.ciio = false
  given jurisdiction.us_illinois = false
  given jurisdiction.eu_establishment = false
  given jurisdiction.eu_data_subjects = false
  given jurisdiction.cn_processing = true
  given jurisdiction.cn_data_subjects = true
  given purposes = {access_control}
  given processing.rnd_or_training = false
  given processing.creates_templates = true
  given processing.mode = verification_1to1
  given processing.live = true
  given processing.location = workplace
  given processing.covert = false
  given processing.secondary_use = false
  given decision.solely_automated = true
  given decision.significant_effect = true
  given decision.human_review = true
  given decision.explanation_on_request = true
  given capture.ambient = false
  given data_subjects.categories = {employees}
  given data_subjects.elderly_or_disabled = true
  given data_subjects.count = 410 persons
  given basis.pipl = pipl_consent
  given basis.written_consent_by_law = false
  given consent.misled_or_coerced = false
  given consent.obtained = true
  given consent.unilateral_change = false
  given consent.explicit = true
  given consent.separate = true
  given consent.written = true
  given consent.recorded = true
  given consent.bundled = false
  given consent.condition_of_service = false
  given consent.refusable_without_detriment = true
  given consent.opt_out_default = false
  given consent.withdrawable = true
  given consent.standard_terms = false
  given notice.given = true
  given notice.rules_published = true
  given notice.contents = {controller_identity, purposes_and_methods, data_categories, retention_period, recipients,
                           rights_and_how, withdrawal_right, necessity, impact_on_rights, automated_decision}
  given less_intrusive_means.available = true
  given alternatives.offered = true
  given alternatives.equally_convenient = true
  given storage.templates = held_by_data_subject
  given storage.faces_stored = 410 persons
  given transfer.over_internet = true
  given transfer.outside_jurisdiction = true
  given transfer.out_of_china = true
  given transfer.cn_mechanism = cac_standard_contract
  given transfer.cn_sensitive_persons = 410 persons
  given transfer.cn_recipient_notified = true
  given transfer.cn_separate_consent = true
  given recipients.third_parties = false
  given processors.used = true
  given processors.contract = true
  given processors.agreement_pipl = true
  given processors.supervised = true
  given processors.secure_and_assist = true
  given processors.sub_processors = false
  given retention.templates = 30 days
  given retention.images = 0 days
  given deletion.on_purpose_end = true
  given deletion.on_request = true
  given rights.request_channel = false
  given rights.access_copy = true
  given rights.rectification_restriction = true
  given rights.portability = true
  given rights.deceased_relatives = true
  given security.intrusion_detection = true
  given security.authorisation_management = true
  given security.measures = {encryption_at_rest, encryption_in_transit, access_restriction, audit_logging,
                             template_only_storage, identity_separation, presentation_attack_detection,
                             staff_training, incident_response}
  given breach.procedure = true
  given pipia.done = true
  given pipia.covers = {systematic_description, necessity_proportionality, risk_assessment, mitigation_measures}
  given pipia.record_retention = 3 years
  given audits.regular = true
  given accessibility.barrier_free = true
  given verification.national_identity_channel = false
  given assess.power_imbalance = true
  given assess.necessary_for_service = false
  given assess.consent_freely_given = false
  given assess.consent_valid_gdpr = false
  given assess.consent_valid_pipl = false
  given assess.necessary_and_proportionate = false
  given assess.dpia_required = true
  given assess.pipia_required = true
  given assess.high_residual_risk = false
  expect pipl.rights-mechanism is breach
  expect decision deny
}
