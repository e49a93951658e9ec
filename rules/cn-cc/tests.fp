# Tests of the CN-CC rules. Each rule has a test where it is breached and one where it is not; each exception a test
# where it applies.

import "rules.fp"

test "cn-cc: a gym verifies members' faces on their recorded consent, with every request answered" {
  given jurisdiction.cn_processing = true
  given jurisdiction.cn_data_subjects = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given processing.mode = verification_1to1
  given data_subjects.categories = {customers}
  given basis.pipl = pipl_consent
  given consent.obtained = true
  given notice.rules_published = true
  given notice.contents = {controller_identity, purposes_and_methods, data_categories}
  given processing.secondary_use = false
  given rights.access_copy = true
  given rights.rectification_restriction = true
  given deletion.on_request = true
  given recipients.third_parties = false
  given security.measures = {encryption_at_rest, access_restriction, audit_logging, incident_response}
  given breach.procedure = true
  expect cn-cc.consent-or-law is compliant
  expect cn-cc.rules-and-purpose-stated is compliant
  expect cn-cc.within-law-and-agreement is compliant
  expect cn-cc.access-correction-deletion is compliant
  expect cn-cc.no-unlawful-provision is not_applicable
  expect cn-cc.security-and-remedies is compliant
  expect cn-cc.state-organ-confidentiality is not_applicable
  expect decision allow
}

test "cn-cc: the Hangzhou park's faces of children without a guardian's consent, sold on to a marketing partner" {
  given jurisdiction.cn_processing = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given data_subjects.categories = {pass_holders, minors, under_14}
  given purposes = {access_control}
  given basis.pipl = pipl_consent
  given consent.obtained = true
  given consent.guardian = false
  given notice.rules_published = false
  given notice.contents = {controller_identity}
  given processing.secondary_use = true
  given processing.further_use_required_by_law = false
  given rights.access_copy = false
  given rights.rectification_restriction = false
  given deletion.on_request = false
  given recipients.third_parties = true
  given recipients.separate_consent = false
  given security.measures = {access_restriction}
  given breach.procedure = false
  expect cn-cc.consent-or-law is breach
  expect cn-cc.rules-and-purpose-stated is breach
  expect cn-cc.within-law-and-agreement is breach
  expect cn-cc.access-correction-deletion is breach
  expect cn-cc.no-unlawful-provision is breach
  expect cn-cc.security-and-remedies is breach
  expect decision deny
}

test "cn-cc: a hotel claims 'another law' for face check-in but names none" {
  given jurisdiction.cn_processing = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given basis.pipl = pipl_other_law
  given basis.necessary_for_ground = false
  given purposes = {identity_verification}
  expect cn-cc.consent-or-law is breach
}

test "cn-cc: a bank's counter verifies the customer's face as the account contract needs" {
  given jurisdiction.cn_processing = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given basis.pipl = pipl_contract_or_hr
  given basis.necessary_for_ground = true
  expect cn-cc.consent-or-law is compliant
  expect cn-cc.consent-or-law exception contract_or_hr
}

test "cn-cc: a railway station checks real-name tickets under a named law" {
  given jurisdiction.cn_processing = true
  given controller.type = transport_operator
  given processing.creates_templates = true
  given basis.pipl = pipl_statutory_duty
  given basis.legal_provision = "Anti-Terrorism Law Art. 21 (real-name checks of passengers)"
  given basis.necessary_for_ground = true
  expect cn-cc.consent-or-law is compliant
  expect cn-cc.consent-or-law exception statutory_duty_or_law
}

test "cn-cc: a station screens faces in a public health emergency that ends on a fixed day" {
  given jurisdiction.cn_processing = true
  given controller.type = transport_operator
  given processing.creates_templates = true
  given basis.pipl = pipl_emergency
  given basis.necessary_for_ground = true
  given deployment.end = 2026-06-30
  expect cn-cc.consent-or-law is compliant
  expect cn-cc.consent-or-law exception emergency
}

test "cn-cc: a mall's security cameras under the State provisions, necessary for public security" {
  given jurisdiction.cn_processing = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given purposes = {public_security}
  given basis.pipl = pipl_other_law
  given public_security.necessary = true
  given public_security.authorised = true
  expect cn-cc.consent-or-law is compliant
  expect cn-cc.consent-or-law exception public_security
}

test "cn-cc: footage handed to the police on a lawful order is no unlawful provision" {
  given jurisdiction.cn_processing = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given recipients.third_parties = true
  given recipients.separate_consent = false
  given processing.further_use_required_by_law = true
  expect cn-cc.no-unlawful-provision is compliant
  expect cn-cc.no-unlawful-provision exception required_by_law
}

test "cn-cc: the police keep square-camera faces confidential; the other articles bind private processors" {
  given jurisdiction.cn_processing = true
  given controller.type = law_enforcement
  given processing.creates_templates = true
  given security.measures = {encryption_at_rest, access_restriction}
  given recipients.third_parties = false
  expect cn-cc.state-organ-confidentiality is compliant
  expect cn-cc.consent-or-law is not_applicable
  expect cn-cc.access-correction-deletion is not_applicable
}

test "cn-cc: a public authority shares its gate faces with a contractor's marketing arm" {
  given jurisdiction.cn_processing = true
  given controller.type = public_authority
  given processing.creates_templates = true
  given security.measures = {access_restriction}
  given recipients.third_parties = true
  given processing.further_use_required_by_law = false
  expect cn-cc.state-organ-confidentiality is breach
  expect decision deny
}

test "cn-cc: before 2021 the Civil Code was not in force; plain CCTV is outside the pack" {
  as_of 2020-06-01
  given jurisdiction.cn_processing = true
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given basis.pipl = pipl_consent
  given consent.obtained = false
  expect cn-cc.consent-or-law is not_applicable
}

test "cn-cc: plain CCTV in a Chinese shop is outside the pack" {
  given jurisdiction.cn_processing = true
  given controller.type = commercial_venue
  given processing.creates_templates = false
  given processing.mode = none
  expect cn-cc.consent-or-law is not_applicable
  expect cn-cc.state-organ-confidentiality is not_applicable
}
