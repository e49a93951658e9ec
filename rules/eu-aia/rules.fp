# EU-AIA rules: the AI Act's prohibitions that bear on faces (Art. 5(1)(e) to (h), from 2025-02-02) and the
# information owed to people exposed to emotion recognition or biometric categorisation (Art. 50(3), from
# 2026-08-02).
#
# A prohibition is not rescued by consent, notice or any ground of the GDPR; and a practice the Act does not
# prohibit is not thereby lawful: the GDPR keeps applying beside it (Art. 2(7), Art. 5(1), last subparagraph).
# The high-risk duties of deployers (Art. 26, 27) for Annex III point 1 apply from 2026-08-02, the date of Art. 113
# as adopted: Regulation (EU) 2026/1744 is quoted as deferring them to 2027-12-02, but that text is not verified
# against the OJ, so facepia fails closed and an advisory finding says what would change (see instrument.fp).

import "../common/vocabulary.fp"
import "../common/derived.fp"
import "instrument.fp"

rule eu-aia.untargeted-scraping {
  title "No facial recognition database built or expanded by untargeted scraping of the internet or CCTV footage"
  cites EU-AIA Art. 5(1)(e)
  applies when processing.creates_templates
  # A database whose reference faces all come from the people themselves was not scraped; where reference images
  # come from others, whether they were scraped decides.
  requires not enrolment.from_third_party or not ai.database_scraped
  severity blocking
  finding "the facial recognition database was built or expanded by untargeted scraping of the internet or CCTV footage"
  remedy "stop, and delete the scraped faces: Art. 5(1)(e) admits no exception"
}

rule eu-aia.emotion-recognition-work-education {
  title "No emotion recognition in the workplace or in education institutions, unless for medical or safety reasons"
  cites EU-AIA Art. 5(1)(f), EU-AIA Art. 3(39)
  # "In the areas of workplace and education institutions": cameras where people work or study, an employer or a
  # school as deployer, or employees or pupils among the people analysed (a shop's staff, not only its customers).
  # Emotions or intentions (Art. 3(39)); attention, engagement or mood scores are inferred emotions.
  requires not (ai.infers_emotions
    and (processing.location in {workplace, school_premises}
    or controller.type in {employer, school}
    or data_subjects.categories intersects {employees, pupils}))
  unless medical_or_safety: ai.medical_or_safety
    cites EU-AIA Art. 5(1)(f)
  severity blocking
  finding "emotions are inferred from the faces of people at work or in education"
  remedy "stop inferring emotions; Art. 5(1)(f) admits only systems put in place for medical or safety reasons"
}

rule eu-aia.sensitive-categorisation {
  title "No biometric categorisation that infers race, political opinions, union membership, beliefs, sex life or orientation"
  cites EU-AIA Art. 5(1)(g)
  requires not ai.infers_sensitive_traits
  unless dataset_labelling: ai.dataset_labelling_only
    cites EU-AIA Art. 5(1)(g)
  # "Categorizing of biometric data in the area of law enforcement".
  unless law_enforcement: controller.type == law_enforcement
    cites EU-AIA Art. 5(1)(g)
  severity blocking
  finding "faces are used to deduce or infer people's race, political opinions, union membership, beliefs, sex life or orientation"
  remedy "stop: Art. 5(1)(g) admits only the labelling or filtering of lawfully acquired datasets, and law enforcement"
}

rule eu-aia.realtime-rbi-law-enforcement {
  title "No real-time remote biometric identification in publicly accessible spaces for law enforcement, save the listed objectives"
  cites EU-AIA Art. 5(1)(h), EU-AIA Art. 3(41), EU-AIA Art. 3(42), EU-AIA Art. 3(44)
  # Remote: without the people's active involvement (capture.ambient); real-time: matched live
  # (processing.live); publicly accessible: streets and places open to the public, ticketed or not (Art. 3(44));
  # for law enforcement: by the police or for a law enforcement search. A private operator's watch-list is not
  # within point (h): the GDPR's Art. 9 governs it (Art. 5(1), last subparagraph).
  applies when processing.mode == identification_1ton
    and processing.live
    and capture.ambient
    and processing.location in {public_area, publicly_accessible_premises}
    and (controller.type == law_enforcement or purposes contains law_enforcement_search)
  prohibited
  # Every condition of Art. 5(1)(h) to (5): a listed objective for which the use is strictly necessary, only to
  # confirm the target's identity, a national law providing for it, prior authorisation (or one requested within
  # 24 hours in urgency), a completed FRIA and registration, each use notified.
  unless listed_objective: ai.rbi_objective in {victim_or_missing_person_search, imminent_threat_prevention,
                                                serious_offence_suspect}
      and ai.rbi_targeted_only
      and ai.rbi_national_law
      and ai.rbi_authorised
      and ai.fria_done
      and ai.eu_database_registered
      and ai.rbi_use_notified
    cites EU-AIA Art. 5(1)(h), EU-AIA Art. 5(2), EU-AIA Art. 5(3), EU-AIA Art. 5(4), EU-AIA Art. 5(5)
  severity blocking
  finding "faces in a publicly accessible space are identified in real time for law enforcement outside the objectives and conditions of Art. 5(1)(h) to (5)"
  remedy "stop, unless a national law provides for the use and each use has a listed objective, prior authorisation, a FRIA, registration and notification"
}

rule eu-aia.exposure-information {
  title "People exposed to emotion recognition or biometric categorisation are informed of its operation"
  cites EU-AIA Art. 113, EU-AIA Art. 50(3), EU-AIA Art. 50(5)
  # Dated by Art. 113, second paragraph, cited first: a rule whose first citation is not yet in force would make the
  # engine report the Act as applying (and refuse as not assessed) to deployments outside its scope.
  # Face analysis that estimates attributes (age, sex, mood) assigns people to categories on their biometric data:
  # a biometric categorisation system (Art. 3(40)) unless ancillary to another service and strictly necessary.
  # A deployer's duty: a controller that states it is only the provider is not bound by it.
  applies when as_of >= 2026-08-02
    and (ai.infers_emotions or ai.infers_sensitive_traits or processing.mode == analysis_only)
    and not (declared(ai.role) and ai.role == ai_provider)
  # At the latest at first exposure (Art. 50(5)): where cameras capture everyone who passes, conspicuous signs
  # before they enter the field of view.
  requires notice.given and (signs.conspicuous or not capture.ambient)
  unless crime_detection_by_law: controller.type == law_enforcement and declared(basis.national_law)
    cites EU-AIA Art. 50(3)
  severity major
  finding "people exposed to emotion recognition or biometric categorisation are not informed of its operation"
  remedy "inform everyone exposed, clearly and at the latest when first exposed (signs before the field of view)"
}

# ---------------------------------------------------------------------------------------------------------------
# High-risk systems (Art. 6(2), Annex III point 1) and their deployers, from 2026-08-02
# ---------------------------------------------------------------------------------------------------------------
# Annex III point 1 ([EUR]): "Biometrics, in so far as their use is permitted under relevant Union or national law:
# (a) remote biometric identification systems. This shall not include AI systems intended to be used for biometric
# verification the sole purpose of which is to confirm that a specific natural person is the person he or she claims
# to be; (b) AI systems intended to be used for biometric categorisation, according to sensitive or protected
# attributes or characteristics based on the inference of those attributes or characteristics; (c) AI systems
# intended to be used for emotion recognition." Read here as: 1:N identification of people who do not actively
# present their faces (remote, Art. 3(41)); emotion recognition; categorisation by sensitive traits, or any face
# analysis that infers attributes (age and sex are protected characteristics: fail closed).
#
# Art. 6(3): an Annex III system is not high-risk where its provider documented (Art. 6(4)) that it poses no
# significant risk, on one of the conditions of Art. 6(3)(a) to (d), unless it performs profiling of natural
# persons, which keeps it high-risk always. Every high-risk rule has that exception (not_high_risk); a derogation
# whose profiling question is open does not apply (fail closed).
#
# Roles: the deployer duties bind the controller as the user of the system; a controller that states it is only the
# provider (placing the system on the market for others) is not bound by them, and one that states it is the
# provider, alone or as its own deployer, has the provider's obligations (Art. 16 and Chapter III Section 2,
# conformity assessment, registration), which facepia does not assess: refused for a lawyer to assess. A deployment
# that does not state its role is read as the deployer's, the usual case.

rule eu-aia.deployer-oversight {
  title "High-risk deployers use the system as instructed, monitor it, and assign competent human oversight"
  cites EU-AIA Art. 113, EU-AIA Art. 26, EU-AIA Art. 6(2)
  # Dated by Art. 113 as adopted, cited first: a rule whose first citation is not yet in force would make the
  # engine report the Act as applying (and refuse as not assessed) to deployments outside its scope.
  applies when as_of >= 2026-08-02
    and ((processing.mode == identification_1ton and capture.ambient)
    or ai.infers_emotions
    or ai.infers_sensitive_traits
    or processing.mode == analysis_only)
    and not (declared(ai.role) and ai.role == ai_provider)
  requires ai.used_per_instructions and ai.human_oversight_assigned
  unless not_high_risk: ai.derogation_documented and not ai.profiling
    cites EU-AIA Art. 6(3), EU-AIA Art. 6(4)
  severity major
  finding "the high-risk system is not used as its instructions require, or no competent person oversees it"
  remedy "use it as instructed, monitor it, and assign oversight to trained people with the authority to intervene"
}

rule eu-aia.deployer-logs {
  title "High-risk deployers keep the system's logs at least six months"
  cites EU-AIA Art. 113, EU-AIA Art. 26, EU-AIA Art. 6(2)
  # Dated by Art. 113 as adopted, cited first: a rule whose first citation is not yet in force would make the
  # engine report the Act as applying (and refuse as not assessed) to deployments outside its scope.
  # "Unless provided otherwise in applicable Union or national law": no such law is read; a shorter period the GDPR
  # would demand is a question for the DPO.
  applies when as_of >= 2026-08-02
    and ((processing.mode == identification_1ton and capture.ambient)
    or ai.infers_emotions
    or ai.infers_sensitive_traits
    or processing.mode == analysis_only)
    and not (declared(ai.role) and ai.role == ai_provider)
  requires ai.log_retention >= 6 months
  unless not_high_risk: ai.derogation_documented and not ai.profiling
    cites EU-AIA Art. 6(3), EU-AIA Art. 6(4)
  severity major
  finding "the logs of the high-risk system are kept {ai.log_retention}, less than six months"
  remedy "keep the automatically generated logs under your control for at least six months"
}

rule eu-aia.workers-informed {
  title "An employer informs workers and their representatives before using a high-risk system at work"
  cites EU-AIA Art. 113, EU-AIA Art. 26, EU-AIA Art. 6(2)
  # Dated by Art. 113 as adopted, cited first: a rule whose first citation is not yet in force would make the
  # engine report the Act as applying (and refuse as not assessed) to deployments outside its scope.
  applies when as_of >= 2026-08-02
    and ((processing.mode == identification_1ton and capture.ambient)
    or ai.infers_emotions
    or ai.infers_sensitive_traits
    or processing.mode == analysis_only)
    and not (declared(ai.role) and ai.role == ai_provider)
    and controller.type == employer
    and (processing.location == workplace or data_subjects.categories contains employees)
  requires ai.workers_informed
  unless not_high_risk: ai.derogation_documented and not ai.profiling
    cites EU-AIA Art. 6(3), EU-AIA Art. 6(4)
  severity major
  finding "workers and their representatives were not informed before the high-risk system was used at work"
  remedy "inform the workers' representatives and the affected workers before putting the system into use"
}

rule eu-aia.persons-informed {
  title "People about whom a high-risk system makes or assists decisions are informed that they are subject to it"
  cites EU-AIA Art. 113, EU-AIA Art. 26, EU-AIA Art. 6(2)
  # Dated by Art. 113 as adopted, cited first: a rule whose first citation is not yet in force would make the
  # engine report the Act as applying (and refuse as not assessed) to deployments outside its scope.
  # For law enforcement Art. 13 of Directive (EU) 2016/680 applies instead (Art. 26(11), second sentence).
  applies when as_of >= 2026-08-02
    and ((processing.mode == identification_1ton and capture.ambient)
    or ai.infers_emotions
    or ai.infers_sensitive_traits
    or processing.mode == analysis_only)
    and not (declared(ai.role) and ai.role == ai_provider)
    and controller.type != law_enforcement
  requires notice.given
  unless not_high_risk: ai.derogation_documented and not ai.profiling
    cites EU-AIA Art. 6(3), EU-AIA Art. 6(4)
  severity major
  finding "people are not informed that a high-risk AI system is used on them"
  remedy "inform everyone the system identifies or analyses that they are subject to it"
}

rule eu-aia.fria {
  title "Public bodies and providers of public services assess the impact on fundamental rights before first use"
  cites EU-AIA Art. 113, EU-AIA Art. 27, EU-AIA Art. 6(2)
  # Dated by Art. 113 as adopted, cited first: a rule whose first citation is not yet in force would make the
  # engine report the Act as applying (and refuse as not assessed) to deployments outside its scope.
  applies when as_of >= 2026-08-02
    and ((processing.mode == identification_1ton and capture.ambient)
    or ai.infers_emotions
    or ai.infers_sensitive_traits
    or processing.mode == analysis_only)
    and not (declared(ai.role) and ai.role == ai_provider)
    and (controller.public_body or ai.public_service)
  requires ai.fria_done and ai.fria_notified
  unless not_high_risk: ai.derogation_documented and not ai.profiling
    cites EU-AIA Art. 6(3), EU-AIA Art. 6(4)
  severity major
  finding "no fundamental rights impact assessment (Art. 27(1)(a)-(f)) was made before first use and notified"
  remedy "assess the processes, period and frequency, the people affected, the risks, the oversight and the measures"
         "before first use (Art. 27(1)(a)-(f)), and notify the market surveillance authority"
}

rule eu-aia.public-deployer-registration {
  title "Public authorities register their use of a high-risk system in the EU database, and use none unregistered"
  cites EU-AIA Art. 113, EU-AIA Art. 26(8), EU-AIA Art. 6(2)
  # Dated by Art. 113 as adopted, cited first: a rule whose first citation is not yet in force would make the
  # engine report the Act as applying (and refuse as not assessed) to deployments outside its scope.
  # A public authority in any form: the police and other public authorities by their type, any other body by
  # controller.public_body. Union institutions are not facepia's controllers.
  applies when as_of >= 2026-08-02
    and ((processing.mode == identification_1ton and capture.ambient)
    or ai.infers_emotions
    or ai.infers_sensitive_traits
    or processing.mode == analysis_only)
    and not (declared(ai.role) and ai.role == ai_provider)
    and (controller.type in {public_authority, law_enforcement} or controller.public_body)
  requires ai.eu_database_registered
  unless not_high_risk: ai.derogation_documented and not ai.profiling
    cites EU-AIA Art. 6(3), EU-AIA Art. 6(4)
  severity major
  finding "a public authority uses a high-risk AI system whose use is not registered in the EU database"
  remedy "register the use in the EU database (Art. 49); do not use a system the provider has not registered, and"
         "inform the provider or distributor"
}

rule eu-aia.post-remote-identification {
  title "Post-remote biometric identification for law enforcement: targeted, authorised within 48 hours, documented, reported"
  cites EU-AIA Art. 113, EU-AIA Art. 26(10), EU-AIA Art. 6(2)
  # Dated by Art. 113 as adopted, cited first: a rule whose first citation is not yet in force would make the
  # engine report the Act as applying (and refuse as not assessed) to deployments outside its scope.
  # Post-remote: 1:N identification of people who did not present their faces (capture.ambient), on recorded
  # footage or images rather than live (Art. 3(41), (43)). For law enforcement: by the police, for a law enforcement
  # search, or by a company acting for them (read where stated, as the GDPR pack reads it). An untargeted use, a use without the authorisation (or with it
  # rejected: it must stop and its data be deleted) outside the initial identification of a suspect, and a use
  # whose adverse decisions rest on the output alone are unlawful: blocking.
  applies when as_of >= 2026-08-02
    and processing.mode == identification_1ton
    and capture.ambient
    and not processing.live
    and (controller.type == law_enforcement
    or purposes contains law_enforcement_search
    or (declared(controller.acting_for_law_enforcement) and controller.acting_for_law_enforcement))
    and not (declared(ai.role) and ai.role == ai_provider)
  requires ai.post_rbi_targeted
    and (ai.post_rbi_authorised or ai.post_rbi_initial_identification)
    and not decision.solely_automated
    and ai.post_rbi_documented
    and ai.post_rbi_annual_report
  unless not_high_risk: ai.derogation_documented and not ai.profiling
    cites EU-AIA Art. 6(3), EU-AIA Art. 6(4)
  severity blocking
  finding "recorded footage is searched by face for law enforcement without every condition of Art. 26(10): a targeted"
          "search linked to an offence, authorisation requested within 48 hours, no decision on the output alone, each"
          "use in the police file, annual reports"
  remedy "search only for a specific offence or missing person; request the judicial or binding administrative"
         "authorisation ex ante or within 48 hours, and stop and delete if it is rejected; let no adverse decision rest"
         "on the match alone; document each use in the police file; report yearly to the authorities"
}

rule eu-aia.provider-obligations {
  title "A provider of a high-risk system has the provider's obligations, which facepia does not assess"
  cites EU-AIA Art. 113, EU-AIA Art. 6(2), EU-AIA Art. 6(4)
  # Dated by Art. 113 as adopted, cited first: a rule whose first citation is not yet in force would make the
  # engine report the Act as applying (and refuse as not assessed) to deployments outside its scope.
  # Read where stated: only a deployment that states the controller is the provider.
  applies when as_of >= 2026-08-02
    and ((processing.mode == identification_1ton and capture.ambient)
    or ai.infers_emotions
    or ai.infers_sensitive_traits
    or processing.mode == analysis_only)
    and declared(ai.role)
    and ai.role in {ai_provider, ai_provider_and_deployer}
  prohibited
  unless not_high_risk: ai.derogation_documented and not ai.profiling
    cites EU-AIA Art. 6(3), EU-AIA Art. 6(4)
  severity blocking
  finding "the controller is the provider of a high-risk AI system: the provider's obligations (quality management,"
          "technical documentation, conformity assessment, registration) are not assessed by facepia"
  remedy "have a lawyer assess the provider's obligations under Chapter III Section 2 and Art. 16, or document under"
         "Art. 6(4) why the system poses no significant risk"
}

rule eu-aia.high-risk-date {
  title "A high-risk system before 2027-12-02: the deployer duties may be deferred by an amendment not verified here"
  cites EU-AIA Art. 113
  # Art. 113 as adopted (verified) applies the deployer duties of Arts. 26 and 27 to Annex III systems from
  # 2026-08-02, and the rules follow it (failing closed). Regulation (EU) 2026/1744, quoted by secondary sources and
  # not verified against the OJ, defers them to 2027-12-02: this finding tells the DPO which duties that would lift.
  applies when as_of >= 2026-08-02
    and as_of < 2027-12-02
    and ((processing.mode == identification_1ton and capture.ambient)
    or ai.infers_emotions
    or ai.infers_sensitive_traits
    or processing.mode == analysis_only)
  prohibited
  severity advisory
  finding "this is a high-risk AI system of Annex III point 1: facepia applies the deployer duties of Arts. 26 and 27"
          "from 2026-08-02 (Art. 113 as adopted); Regulation (EU) 2026/1744, as secondary sources quote it but not"
          "verified here against the Official Journal, defers them to 2027-12-02"
  remedy "meet the deployer duties now: use as instructed, competent human oversight, logs kept six months, workers"
         "and people informed, and for public bodies a registered use and a notified fundamental rights impact"
         "assessment; or have a lawyer confirm the deferral on EUR-Lex (CELEX 32026R1744) and the rules' dates changed"
}
