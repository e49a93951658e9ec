# Tests of the BIPA rules. Each rule has a test where it is breached and one where it is not; each exception a
# test where it applies.

import "rules.fp"

test "bipa: a Chicago store scans shoppers' faces against a loss-prevention list without any written release" {
  given jurisdiction.us_illinois = true
  given jurisdiction.eu_establishment = false
  given jurisdiction.eu_data_subjects = false
  given jurisdiction.cn_processing = false
  given jurisdiction.cn_data_subjects = false
  given bipa.excluded_entity = false
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given processing.mode = identification_1ton
  given data_subjects.count = 50000 persons
  given bipa.retention_policy_public = false
  given bipa.schedule_followed = false
  given deletion.on_purpose_end = false
  given retention.templates = 1825 days
  given bipa.written_notice = false
  given bipa.release = no_release
  given bipa.profits = false
  given bipa.discloses = true
  given bipa.disclosure_consent = false
  given bipa.disclosure_completes_transaction = false
  given bipa.disclosure_required_by_law = false
  given bipa.reasonable_care = false
  given bipa.culpability = negligent
  expect bipa.retention-policy is breach
  expect bipa.written-release is breach
  expect bipa.no-profit is compliant
  expect bipa.disclosure is breach
  expect bipa.reasonable-care is breach
  expect bipa.damages-exposure is breach
  expect decision deny
}

test "bipa: an Illinois employer's time clock on a signed release, a public policy and a vendor bound to consent" {
  given jurisdiction.us_illinois = true
  given jurisdiction.eu_establishment = false
  given jurisdiction.eu_data_subjects = false
  given jurisdiction.cn_processing = false
  given jurisdiction.cn_data_subjects = false
  given bipa.excluded_entity = false
  given controller.type = employer
  given processing.creates_templates = true
  given processing.mode = verification_1to1
  given bipa.retention_policy_public = true
  given bipa.schedule_followed = true
  given deletion.on_purpose_end = true
  given retention.templates = 30 days
  given bipa.written_notice = true
  given bipa.release = employment_release
  given bipa.profits = false
  given bipa.discloses = true
  given bipa.disclosure_consent = true
  given bipa.reasonable_care = true
  expect bipa.retention-policy is compliant
  expect bipa.written-release is compliant
  expect bipa.no-profit is compliant
  expect bipa.disclosure is compliant
  expect bipa.disclosure exception consent
  expect bipa.reasonable-care is compliant
  expect bipa.damages-exposure is not_applicable
  expect decision conditional
}

test "bipa: an employment release is no release from a customer" {
  given jurisdiction.us_illinois = true
  given bipa.excluded_entity = false
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given bipa.written_notice = true
  given bipa.release = employment_release
  expect bipa.written-release is breach
}

test "bipa: an electronic signature is a written release since 2024-08-02" {
  as_of 2025-06-01
  given jurisdiction.us_illinois = true
  given bipa.excluded_entity = false
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given bipa.written_notice = true
  given bipa.release = electronic_signature
  expect bipa.written-release is compliant
  expect bipa.written-release exception electronic_signature
}

test "bipa: before the 2024 amendment facepia does not accept an electronic signature" {
  as_of 2024-03-01
  given jurisdiction.us_illinois = true
  given bipa.excluded_entity = false
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given bipa.written_notice = true
  given bipa.release = electronic_signature
  expect bipa.written-release is breach
}

test "bipa: a face search service sells access to its database" {
  given jurisdiction.us_illinois = true
  given bipa.excluded_entity = false
  given controller.type = platform
  given processing.creates_templates = true
  given bipa.profits = true
  expect bipa.no-profit is breach
}

test "bipa: pay-by-face sends the template to the card network to complete the payment the shopper asked for" {
  given jurisdiction.us_illinois = true
  given bipa.excluded_entity = false
  given processing.creates_templates = true
  given bipa.discloses = true
  given bipa.disclosure_consent = false
  given bipa.disclosure_completes_transaction = true
  expect bipa.disclosure is compliant
  expect bipa.disclosure exception financial_transaction
}

test "bipa: templates handed over under a grand jury subpoena" {
  given jurisdiction.us_illinois = true
  given bipa.excluded_entity = false
  given processing.creates_templates = true
  given bipa.discloses = true
  given bipa.disclosure_consent = false
  given bipa.disclosure_completes_transaction = false
  given bipa.disclosure_required_by_law = true
  expect bipa.disclosure is compliant
  expect bipa.disclosure exception required_by_law
}

test "bipa: a bank subject to Gramm-Leach-Bliley Title V is outside the Act (Sec. 25(c))" {
  given jurisdiction.us_illinois = true
  given bipa.excluded_entity = true
  given processing.creates_templates = true
  given bipa.written_notice = false
  expect bipa.written-release is not_applicable
}

test "bipa: faces scanned in Indiana of an Illinois resident are not an Illinois claim" {
  given jurisdiction.us_illinois = false
  given processing.creates_templates = true
  given bipa.written_notice = false
  expect bipa.written-release is not_applicable
}
