# Tests of the EU-AIA rules. Each rule has a test where it is breached and one where it is not; each exception a
# test where it applies; and the dates of application.

import "rules.fp"

# ---------------------------------------------------------------------------------------------------------------
# Emotion recognition (Art. 5(1)(f)) and its dates
# ---------------------------------------------------------------------------------------------------------------
test "eu-aia: a lycée scores pupils' attention from their faces in class" {
  given jurisdiction.eu_establishment = true
  given jurisdiction.eu_data_subjects = true
  given jurisdiction.cn_processing = false
  given jurisdiction.cn_data_subjects = false
  given jurisdiction.us_illinois = false
  given ai.excluded_use = false
  given controller.type = school
  given processing.creates_templates = false
  given processing.mode = analysis_only
  given processing.location = school_premises
  given capture.ambient = true
  given data_subjects.categories = {pupils, minors}
  given ai.infers_emotions = true
  given ai.medical_or_safety = false
  given ai.infers_sensitive_traits = false
  given notice.given = true
  given signs.conspicuous = true
  expect eu-aia.emotion-recognition-work-education is breach
  expect eu-aia.sensitive-categorisation is compliant
  expect eu-aia.untargeted-scraping is not_applicable
  expect eu-aia.realtime-rbi-law-enforcement is not_applicable
  expect eu-aia.exposure-information is compliant
  expect decision deny
}

test "eu-aia: in January 2025 the prohibitions did not yet apply" {
  as_of 2025-01-15
  given jurisdiction.eu_establishment = true
  given ai.excluded_use = false
  given controller.type = employer
  given processing.mode = analysis_only
  given processing.location = workplace
  given ai.infers_emotions = true
  given ai.medical_or_safety = false
  expect eu-aia.emotion-recognition-work-education is not_applicable
}

test "eu-aia: from 2 February 2025 they do" {
  as_of 2025-03-01
  given jurisdiction.eu_establishment = true
  given ai.excluded_use = false
  given controller.type = employer
  given processing.mode = analysis_only
  given processing.location = workplace
  given ai.infers_emotions = true
  given ai.medical_or_safety = false
  given ai.infers_sensitive_traits = false
  expect eu-aia.emotion-recognition-work-education is breach
  # Art. 50(3) applies only from 2026-08-02.
  expect eu-aia.exposure-information is not_applicable
}

test "eu-aia: a haulier detects drivers' drowsiness for safety" {
  given jurisdiction.eu_establishment = true
  given ai.excluded_use = false
  given controller.type = employer
  given processing.mode = analysis_only
  given processing.location = workplace
  given ai.infers_emotions = true
  given ai.medical_or_safety = true
  expect eu-aia.emotion-recognition-work-education is compliant
  expect eu-aia.emotion-recognition-work-education exception medical_or_safety
}

test "eu-aia: a shop reads its customers' moods from their faces, with signs at the door" {
  given jurisdiction.eu_establishment = true
  given ai.excluded_use = false
  given controller.type = commercial_venue
  given processing.creates_templates = false
  given processing.mode = analysis_only
  given processing.location = publicly_accessible_premises
  given capture.ambient = true
  given data_subjects.categories = {customers, general_public}
  given ai.infers_emotions = true
  given ai.infers_sensitive_traits = false
  given notice.given = true
  given signs.conspicuous = true
  # Customers are not at work: Art. 5(1)(f) does not reach them (the GDPR still does).
  expect eu-aia.emotion-recognition-work-education is compliant
  expect eu-aia.exposure-information is compliant
}

test "eu-aia: the same shop without signs, also analysing its cashiers" {
  given jurisdiction.eu_establishment = true
  given ai.excluded_use = false
  given controller.type = commercial_venue
  given processing.creates_templates = false
  given processing.mode = analysis_only
  given processing.location = publicly_accessible_premises
  given capture.ambient = true
  given data_subjects.categories = {customers, employees}
  given ai.infers_emotions = true
  given ai.medical_or_safety = false
  given ai.infers_sensitive_traits = false
  given notice.given = false
  given signs.conspicuous = false
  expect eu-aia.emotion-recognition-work-education is breach
  expect eu-aia.exposure-information is breach
}

# ---------------------------------------------------------------------------------------------------------------
# Scraping (Art. 5(1)(e)) and sensitive categorisation (Art. 5(1)(g))
# ---------------------------------------------------------------------------------------------------------------
test "eu-aia: a face search service built from images scraped from the web" {
  given jurisdiction.eu_data_subjects = true
  given ai.excluded_use = false
  given controller.type = platform
  given processing.creates_templates = true
  given processing.mode = identification_1ton
  given enrolment.from_third_party = true
  given ai.database_scraped = true
  given ai.infers_sensitive_traits = false
  expect eu-aia.untargeted-scraping is breach
  expect decision deny
}

test "eu-aia: a gate whose members enrolled their own faces" {
  given jurisdiction.eu_establishment = true
  given ai.excluded_use = false
  given processing.creates_templates = true
  given processing.mode = verification_1to1
  given enrolment.from_third_party = false
  expect eu-aia.untargeted-scraping is compliant
}

test "eu-aia: a camera that sorts shoppers by inferred religion" {
  given jurisdiction.eu_establishment = true
  given ai.excluded_use = false
  given controller.type = commercial_venue
  given processing.mode = analysis_only
  given ai.infers_sensitive_traits = true
  given ai.dataset_labelling_only = false
  expect eu-aia.sensitive-categorisation is breach
}

test "eu-aia: filtering a lawfully acquired image dataset by skin tone for bias testing" {
  given jurisdiction.eu_establishment = true
  given ai.excluded_use = false
  given controller.type = platform
  given processing.mode = analysis_only
  given ai.infers_sensitive_traits = true
  given ai.dataset_labelling_only = true
  expect eu-aia.sensitive-categorisation is compliant
  expect eu-aia.sensitive-categorisation exception dataset_labelling
}

test "eu-aia: categorising biometric data in the area of law enforcement" {
  given jurisdiction.eu_establishment = true
  given ai.excluded_use = false
  given controller.type = law_enforcement
  given processing.mode = analysis_only
  given ai.infers_sensitive_traits = true
  given ai.dataset_labelling_only = false
  given notice.given = false
  given basis.national_law = "the national law that permits the categorisation to investigate offences, by name"
  expect eu-aia.sensitive-categorisation is compliant
  expect eu-aia.sensitive-categorisation exception law_enforcement
  expect eu-aia.exposure-information is compliant
  expect eu-aia.exposure-information exception crime_detection_by_law
}

# ---------------------------------------------------------------------------------------------------------------
# Real-time remote biometric identification for law enforcement (Art. 5(1)(h) to (5))
# ---------------------------------------------------------------------------------------------------------------
test "eu-aia: police scan a square live against a watch-list of suspects, without authorisation" {
  given jurisdiction.eu_establishment = true
  given ai.excluded_use = false
  given controller.type = law_enforcement
  given purposes = {law_enforcement_search}
  given processing.creates_templates = true
  given processing.mode = identification_1ton
  given processing.live = true
  given capture.ambient = true
  given processing.location = public_area
  given ai.rbi_objective = serious_offence_suspect
  given ai.rbi_targeted_only = true
  given ai.rbi_national_law = true
  given ai.rbi_authorised = false
  given ai.fria_done = true
  given ai.eu_database_registered = true
  given ai.rbi_use_notified = true
  expect eu-aia.realtime-rbi-law-enforcement is breach
  expect decision deny
}

test "eu-aia: police search live for an abducted child under national law, authorised, FRIA done, registered" {
  given jurisdiction.eu_establishment = true
  given ai.excluded_use = false
  given controller.type = law_enforcement
  given purposes = {law_enforcement_search}
  given processing.creates_templates = true
  given processing.mode = identification_1ton
  given processing.live = true
  given capture.ambient = true
  given processing.location = publicly_accessible_premises
  given enrolment.from_third_party = true
  given ai.database_scraped = false
  given ai.infers_emotions = false
  given ai.infers_sensitive_traits = false
  given ai.rbi_objective = victim_or_missing_person_search
  given ai.rbi_targeted_only = true
  given ai.rbi_national_law = true
  given ai.rbi_authorised = true
  given ai.fria_done = true
  given ai.eu_database_registered = true
  given ai.rbi_use_notified = true
  expect eu-aia.realtime-rbi-law-enforcement is compliant
  expect eu-aia.realtime-rbi-law-enforcement exception listed_objective
  expect eu-aia.untargeted-scraping is compliant
}

test "eu-aia: searching recorded footage afterwards is not real-time identification" {
  given jurisdiction.eu_establishment = true
  given ai.excluded_use = false
  given controller.type = law_enforcement
  given purposes = {law_enforcement_search}
  given processing.creates_templates = true
  given processing.mode = identification_1ton
  given processing.live = false
  given capture.ambient = true
  given processing.location = public_area
  expect eu-aia.realtime-rbi-law-enforcement is not_applicable
}

# ---------------------------------------------------------------------------------------------------------------
# Scope
# ---------------------------------------------------------------------------------------------------------------
test "eu-aia: a research prototype not placed on the market is outside the Act (Art. 2(8))" {
  given jurisdiction.eu_establishment = true
  given ai.excluded_use = true
  given processing.mode = analysis_only
  given processing.location = school_premises
  given ai.infers_emotions = true
  expect eu-aia.emotion-recognition-work-education is not_applicable
}

test "eu-aia: a camera that does nothing with faces is no AI system" {
  given jurisdiction.eu_establishment = true
  given processing.creates_templates = false
  given processing.mode = none
  given processing.location = workplace
  expect eu-aia.emotion-recognition-work-education is not_applicable
  expect eu-aia.sensitive-categorisation is not_applicable
}

# ---------------------------------------------------------------------------------------------------------------
# High-risk deployers (Art. 26, 27), from 2026-08-02 (Art. 113 as adopted)
# ---------------------------------------------------------------------------------------------------------------
test "eu-aia: in 2028 a city identifies visitors 1:N at its town hall doors without oversight, logs or FRIA" {
  as_of 2028-01-17
  given jurisdiction.eu_establishment = true
  given ai.excluded_use = false
  given controller.type = public_authority
  given controller.public_body = true
  given purposes = {access_control}
  given processing.creates_templates = true
  given processing.mode = identification_1ton
  given processing.live = true
  given capture.ambient = true
  given processing.location = publicly_accessible_premises
  given enrolment.from_third_party = false
  given ai.infers_emotions = false
  given ai.infers_sensitive_traits = false
  given ai.used_per_instructions = true
  given ai.human_oversight_assigned = false
  given ai.log_retention = 1 months
  given ai.fria_done = false
  given ai.eu_database_registered = false
  given ai.derogation_documented = false
  given notice.given = false
  expect eu-aia.deployer-oversight is breach
  expect eu-aia.deployer-logs is breach
  expect eu-aia.persons-informed is breach
  expect eu-aia.fria is breach
  expect eu-aia.public-deployer-registration is breach
  expect eu-aia.workers-informed is not_applicable
  expect eu-aia.post-remote-identification is not_applicable
  expect eu-aia.provider-obligations is not_applicable
  expect eu-aia.high-risk-date is not_applicable
  expect decision deny
}

test "eu-aia: in 2028 the same city with oversight, six months of logs, notice and a notified FRIA" {
  as_of 2028-01-17
  given jurisdiction.eu_establishment = true
  given ai.excluded_use = false
  given controller.type = public_authority
  given controller.public_body = true
  given purposes = {access_control}
  given processing.creates_templates = true
  given processing.mode = identification_1ton
  given processing.live = true
  given capture.ambient = true
  given processing.location = publicly_accessible_premises
  given enrolment.from_third_party = false
  given ai.infers_emotions = false
  given ai.infers_sensitive_traits = false
  given ai.used_per_instructions = true
  given ai.human_oversight_assigned = true
  given ai.log_retention = 6 months
  given ai.fria_done = true
  given ai.fria_notified = true
  given ai.eu_database_registered = true
  given notice.given = true
  given signs.conspicuous = true
  expect eu-aia.deployer-oversight is compliant
  expect eu-aia.deployer-logs is compliant
  expect eu-aia.persons-informed is compliant
  expect eu-aia.fria is compliant
  expect eu-aia.public-deployer-registration is compliant
  expect decision allow
}

test "eu-aia: in 2028 an employer screens its warehouse entrance 1:N without telling the workers" {
  as_of 2028-01-17
  given jurisdiction.eu_establishment = true
  given ai.excluded_use = false
  given controller.type = employer
  given controller.public_body = false
  given ai.public_service = false
  given processing.creates_templates = true
  given processing.mode = identification_1ton
  given capture.ambient = true
  given processing.location = workplace
  given data_subjects.categories = {employees, visitors}
  given ai.infers_emotions = false
  given ai.infers_sensitive_traits = false
  given ai.workers_informed = false
  given ai.derogation_documented = false
  expect eu-aia.workers-informed is breach
  expect eu-aia.public-deployer-registration is not_applicable
  expect eu-aia.fria is not_applicable
}

test "eu-aia: in 2028 the employer informed its works council and staff first" {
  as_of 2028-01-17
  given jurisdiction.eu_establishment = true
  given ai.excluded_use = false
  given controller.type = employer
  given processing.creates_templates = true
  given processing.mode = identification_1ton
  given capture.ambient = true
  given processing.location = workplace
  given ai.infers_emotions = false
  given ai.infers_sensitive_traits = false
  given ai.workers_informed = true
  expect eu-aia.workers-informed is compliant
}

test "eu-aia: today a town hall's unassessed 1:N system is refused: the high-risk duties apply as adopted" {
  # Art. 113 as adopted applies them from 2026-08-02; the reported deferral to 2027-12-02 is not verified (advisory).
  as_of 2026-12-02
  given jurisdiction.eu_establishment = true
  given ai.excluded_use = false
  given controller.type = public_authority
  given controller.public_body = true
  given processing.creates_templates = true
  given processing.mode = identification_1ton
  given capture.ambient = true
  given ai.fria_done = false
  given ai.derogation_documented = false
  expect eu-aia.fria is breach
  expect eu-aia.deployer-oversight is undetermined
  expect eu-aia.public-deployer-registration is undetermined
  expect eu-aia.high-risk-date is breach
}

test "eu-aia: before 2026-08-02 the high-risk duties did not apply, and nothing flags the date" {
  as_of 2026-07-31
  given jurisdiction.eu_establishment = true
  given ai.excluded_use = false
  given controller.type = public_authority
  given controller.public_body = true
  given processing.creates_templates = true
  given processing.mode = identification_1ton
  given capture.ambient = true
  given ai.fria_done = false
  expect eu-aia.fria is not_applicable
  expect eu-aia.deployer-oversight is not_applicable
  expect eu-aia.high-risk-date is not_applicable
}

test "eu-aia: a 1:1 gate where people present their faces is no remote identification, so not high-risk" {
  as_of 2028-01-17
  given jurisdiction.eu_establishment = true
  given ai.excluded_use = false
  given controller.type = transport_operator
  given processing.creates_templates = true
  given processing.mode = verification_1to1
  given capture.ambient = false
  given ai.infers_emotions = false
  given ai.infers_sensitive_traits = false
  expect eu-aia.deployer-oversight is not_applicable
}

test "eu-aia: today a 1:1 boarding gate is not flagged: it is no high-risk system" {
  as_of 2026-12-02
  given jurisdiction.eu_establishment = true
  given ai.excluded_use = false
  given processing.creates_templates = true
  given processing.mode = verification_1to1
  given capture.ambient = false
  given ai.infers_emotions = false
  given ai.infers_sensitive_traits = false
  expect eu-aia.high-risk-date is not_applicable
}

# ---------------------------------------------------------------------------------------------------------------
# Art. 6(3): an Annex III system that poses no significant risk; profiling; roles
# ---------------------------------------------------------------------------------------------------------------
test "eu-aia: in 2028 a public employer counts staff at a door, its provider having documented no significant risk" {
  as_of 2028-01-17
  given jurisdiction.eu_establishment = true
  given ai.excluded_use = false
  given controller.type = employer
  given controller.public_body = true
  given ai.role = ai_provider_and_deployer
  given processing.creates_templates = false
  given processing.mode = analysis_only
  given processing.location = workplace
  given data_subjects.categories = {employees}
  given ai.infers_emotions = false
  given ai.infers_sensitive_traits = false
  given ai.used_per_instructions = false
  given ai.human_oversight_assigned = false
  given ai.log_retention = 1 months
  given ai.workers_informed = false
  given ai.fria_done = false
  given ai.eu_database_registered = false
  given notice.given = false
  given ai.derogation_documented = true
  given ai.profiling = false
  expect eu-aia.deployer-oversight exception not_high_risk
  expect eu-aia.deployer-logs exception not_high_risk
  expect eu-aia.workers-informed exception not_high_risk
  expect eu-aia.persons-informed exception not_high_risk
  expect eu-aia.fria exception not_high_risk
  expect eu-aia.public-deployer-registration exception not_high_risk
  expect eu-aia.provider-obligations exception not_high_risk
}

test "eu-aia: in 2028 a derogation is no derogation for a system that profiles the people it analyses" {
  as_of 2028-01-17
  given jurisdiction.eu_establishment = true
  given ai.excluded_use = false
  given controller.type = commercial_venue
  given processing.mode = analysis_only
  given ai.infers_emotions = false
  given ai.infers_sensitive_traits = false
  given ai.used_per_instructions = true
  given ai.human_oversight_assigned = false
  given ai.derogation_documented = true
  given ai.profiling = true
  expect eu-aia.deployer-oversight is breach
}

test "eu-aia: in 2028 a derogation whose profiling question is open does not apply" {
  as_of 2028-01-17
  given jurisdiction.eu_establishment = true
  given ai.excluded_use = false
  given controller.type = commercial_venue
  given processing.mode = analysis_only
  given ai.infers_emotions = false
  given ai.infers_sensitive_traits = false
  given ai.used_per_instructions = true
  given ai.human_oversight_assigned = false
  given ai.derogation_documented = true
  expect eu-aia.deployer-oversight is undetermined
}

test "eu-aia: in 2028 a vendor that only places its analytics on the market has no deployer duties, but provider ones" {
  as_of 2028-01-17
  given jurisdiction.eu_establishment = true
  given ai.excluded_use = false
  given controller.type = other_controller
  given ai.role = ai_provider
  given processing.mode = analysis_only
  given ai.infers_emotions = false
  given ai.infers_sensitive_traits = false
  given ai.derogation_documented = false
  expect eu-aia.deployer-oversight is not_applicable
  expect eu-aia.deployer-logs is not_applicable
  expect eu-aia.persons-informed is not_applicable
  expect eu-aia.exposure-information is not_applicable
  expect eu-aia.provider-obligations is breach
  expect decision deny
}

# ---------------------------------------------------------------------------------------------------------------
# Post-remote biometric identification for law enforcement (Art. 26(10))
# ---------------------------------------------------------------------------------------------------------------
test "eu-aia: in 2028 police trawl a month of station footage for anyone on a list, unauthorised" {
  as_of 2028-01-17
  given jurisdiction.eu_establishment = true
  given ai.excluded_use = false
  given controller.type = law_enforcement
  given purposes = {law_enforcement_search}
  given processing.creates_templates = true
  given processing.mode = identification_1ton
  given processing.live = false
  given capture.ambient = true
  given processing.location = publicly_accessible_premises
  given ai.post_rbi_targeted = false
  given ai.post_rbi_authorised = false
  given ai.post_rbi_initial_identification = false
  given decision.solely_automated = false
  given ai.post_rbi_documented = true
  given ai.post_rbi_annual_report = true
  given ai.derogation_documented = false
  expect eu-aia.post-remote-identification is breach
  expect eu-aia.realtime-rbi-law-enforcement is not_applicable
  expect eu-aia.public-deployer-registration is undetermined
  expect decision deny
}

test "eu-aia: in 2028 police search footage for the suspect of a robbery, authorised within 48 hours, documented" {
  as_of 2028-01-17
  given jurisdiction.eu_establishment = true
  given ai.excluded_use = false
  given controller.type = law_enforcement
  given purposes = {law_enforcement_search}
  given processing.creates_templates = true
  given processing.mode = identification_1ton
  given processing.live = false
  given capture.ambient = true
  given processing.location = publicly_accessible_premises
  given ai.post_rbi_targeted = true
  given ai.post_rbi_authorised = true
  given decision.solely_automated = false
  given ai.post_rbi_documented = true
  given ai.post_rbi_annual_report = true
  expect eu-aia.post-remote-identification is compliant
}

test "eu-aia: in 2028 the initial identification of a suspect from facts linked to the offence needs no authorisation" {
  as_of 2028-01-17
  given jurisdiction.eu_establishment = true
  given ai.excluded_use = false
  given controller.type = law_enforcement
  given processing.creates_templates = true
  given processing.mode = identification_1ton
  given processing.live = false
  given capture.ambient = true
  given ai.post_rbi_targeted = true
  given ai.post_rbi_initial_identification = true
  given decision.solely_automated = false
  given ai.post_rbi_documented = true
  given ai.post_rbi_annual_report = true
  expect eu-aia.post-remote-identification is compliant
}

test "eu-aia: in 2028 a shop searching its own footage 1:N for a private ban list is no law enforcement use" {
  as_of 2028-01-17
  given jurisdiction.eu_establishment = true
  given ai.excluded_use = false
  given controller.type = commercial_venue
  given purposes = {watchlist_enforcement}
  given processing.creates_templates = true
  given processing.mode = identification_1ton
  given processing.live = false
  given capture.ambient = true
  expect eu-aia.post-remote-identification is not_applicable
}

test "eu-aia: in 2028 a security company searching footage on behalf of the police is" {
  as_of 2028-01-17
  given jurisdiction.eu_establishment = true
  given ai.excluded_use = false
  given controller.type = other_controller
  given controller.acting_for_law_enforcement = true
  given purposes = {fraud_prevention}
  given processing.creates_templates = true
  given processing.mode = identification_1ton
  given processing.live = false
  given capture.ambient = true
  given ai.post_rbi_targeted = false
  given ai.derogation_documented = false
  expect eu-aia.post-remote-identification is breach
}

test "eu-aia: in 2028 a footage search system whose provider documented no significant risk" {
  as_of 2028-01-17
  given jurisdiction.eu_establishment = true
  given ai.excluded_use = false
  given controller.type = law_enforcement
  given processing.creates_templates = true
  given processing.mode = identification_1ton
  given processing.live = false
  given capture.ambient = true
  given ai.post_rbi_targeted = false
  given ai.derogation_documented = true
  given ai.profiling = false
  expect eu-aia.post-remote-identification exception not_high_risk
}
