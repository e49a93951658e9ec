# Tests across the packs for the instruments in force in 2026: deployments that the CAC Measures, the AI Act or
# BIPA decide beside the PIPL, the SPC Provisions and the GDPR.

import "../gdpr/rules.fp"
import "../pipl/rules.fp"
import "../spc-fr/rules.fp"
import "../cac-fr/rules.fp"
import "../eu-aia/rules.fp"
import "../bipa/rules.fp"

test "a hotel in China keeps guests' faces in the cloud on their separate consent: the PIPL and the Measures agree" {
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
  given capture.ambient = false
  given purposes = {identity_verification}
  given basis.pipl = pipl_consent
  given consent.separate = true
  given consent.bundled = false
  given storage.templates = cloud_service
  given transfer.over_internet = true
  expect cac-fr.on-device-storage is compliant
  expect cac-fr.on-device-storage exception separate_consent
  expect pipl.separate-consent is compliant
}

test "the same hotel on a claimed 'other law' it does not name: neither the PIPL nor the Measures accept it" {
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
  given purposes = {identity_verification}
  given basis.pipl = pipl_other_law
  given basis.off_device_by_law = true
  given storage.templates = cloud_service
  given transfer.over_internet = true
  expect cac-fr.on-device-storage is breach
  expect pipl.legal-basis is breach
  expect decision deny
}

test "an EU retailer reads shoppers' moods: not prohibited by the AI Act, still personal data under the GDPR" {
  given jurisdiction.eu_establishment = true
  given jurisdiction.eu_data_subjects = true
  given jurisdiction.cn_processing = false
  given jurisdiction.cn_data_subjects = false
  given jurisdiction.us_illinois = false
  given ai.excluded_use = false
  given controller.type = commercial_venue
  given controller.public_body = false
  given processing.captures_faces = true
  given processing.creates_templates = false
  given processing.mode = analysis_only
  given processing.location = publicly_accessible_premises
  given capture.ambient = true
  given purposes = {customer_analytics}
  given data_subjects.categories = {customers, general_public}
  given ai.infers_emotions = true
  given ai.infers_sensitive_traits = false
  given notice.given = false
  given signs.conspicuous = false
  expect eu-aia.emotion-recognition-work-education is compliant
  expect eu-aia.exposure-information is breach
  expect gdpr.biometric-prohibition is not_applicable
  expect decision deny
}

test "a retailer runs its Chicago stores' face system from its Paris establishment: BIPA and the GDPR both apply" {
  given jurisdiction.eu_establishment = true
  given jurisdiction.eu_data_subjects = false
  given jurisdiction.cn_processing = false
  given jurisdiction.cn_data_subjects = false
  given jurisdiction.us_illinois = true
  given bipa.excluded_entity = false
  given ai.excluded_use = false
  given controller.type = commercial_venue
  given processing.creates_templates = true
  given processing.mode = identification_1ton
  given bipa.written_notice = false
  given bipa.release = no_release
  expect bipa.written-release is breach
  expect gdpr.biometric-prohibition is undetermined
  expect decision deny
}
