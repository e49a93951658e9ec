# GDPR rules for facial recognition.
#
# Face images are biometric data only "when processed through a specific technical means allowing the unique
# identification or authentication of a natural person" (Recital 51; Art. 4(14)). The facial recognition rules
# apply when processing.creates_templates. Footage of faces is personal data whether or not templates are made:
# transparency, purpose limitation and the retention of images apply to every camera that captures faces
# (processing.captures_faces), plain CCTV included. Art. 9 additionally needs unique identification or
# authentication: attribute analysis without identifying anyone (analysis_only) is outside Art. 9(1), but inside
# every other rule.
#
# The consent rules follow the Swedish school decision (Skellefteå, 2019-08-20): where there is a clear imbalance
# between controller and data subjects (Recital 43) — a school and its pupils, an employer and its staff, a public
# authority — consent cannot be relied on. Whether there is such an imbalance is assess.power_imbalance.

import "../common/vocabulary.fp"
import "../common/derived.fp"
import "../common/derived-assessors.fp"
import "instrument.fp"

# ---------------------------------------------------------------------------------------------------------------
# Art. 9: the prohibition and its exceptions
# ---------------------------------------------------------------------------------------------------------------

rule gdpr.biometric-prohibition {
  title "Biometric data for unique identification are prohibited without an Article 9(2) exception"
  cites GDPR Art. 9(1), GDPR Art. 4(14), GDPR Recital 51
  applies when processing.creates_templates and processing.mode in {verification_1to1, identification_1ton}
  prohibited
  # Explicit consent counts only if it is a valid consent in every respect the consent assessor weighs: freely
  # given (no clear imbalance between controller and data subject, Recital 43: where Skellefteå failed; refusable
  # without detriment; not bundled; not a condition of a service it is not necessary for, Art. 7(4)), specific,
  # informed, unambiguous, explicit and withdrawable (Art. 4(11), 7). And only where no Union or Member State law
  # forbids lifting the prohibition by consent (Art. 9(2)(a), last words).
  # The consent of those who enrolled covers only them. Equipment that scans everyone in its field of view (a lobby
  # camera looking for consenting VIPs among all guests) turns every passer-by's face into a probe template: each
  # of them needs an Art. 9(2) ground too, and a bystander has given no consent (EDPB Guidelines 3/2019 on video
  # devices, section 5.1: unlawful unless all other guests monitored have consented).
  unless explicit_consent: basis.art9 == art9_explicit_consent and consent.explicit and assess.consent_valid_gdpr
      and not basis.consent_excluded_by_law
      and (not capture.ambient or capture.only_consenting)
    cites GDPR Art. 9(2)(a), GDPR Art. 4(11), GDPR Art. 7, GDPR Recital 43
  # Employment law and substantial public interest: only where a Union or Member State law, named, authorises it
  # with safeguards, and the further national conditions for biometric data (Art. 9(4)) are met.
  unless employment_law: basis.art9 == art9_employment_law and basis.member_state_law and declared(basis.national_law)
      and basis.national_conditions_met
    cites GDPR Art. 9(2)(b), GDPR Art. 9(4)
  unless public_interest: basis.art9 == art9_substantial_public_interest and basis.member_state_law
      and declared(basis.national_law) and basis.national_conditions_met
    cites GDPR Art. 9(2)(g), GDPR Art. 9(4)
  severity blocking
  finding "faces are processed for unique identification without a valid Article 9(2) exception (the exception claimed is {basis.art9})"
  remedy "stop, or rely on an exception that holds: explicit consent freely given, or a Union or Member State law"
}

rule gdpr.lawful-basis {
  title "Processing needs one of the grounds of Article 6(1)"
  cites GDPR Art. 6(1)
  applies when processing.captures_faces or processing.creates_templates
  prohibited
  # Consent is a ground only for those who gave it: not for bystanders scanned by ambient equipment.
  unless consent: basis.gdpr == art6_consent and consent.obtained and not assess.power_imbalance
      and (not capture.ambient or capture.only_consenting)
    cites GDPR Art. 6(1)(a), GDPR Recital 43
  unless contract: basis.gdpr == art6_contract and assess.necessary_for_service
    cites GDPR Art. 6(1)(b)
  # Points (c) and (e) need a basis laid down by Union or Member State law (Art. 6(3)); a law that lifts the
  # Art. 9(1) prohibition is another question (basis.member_state_law).
  unless legal_obligation: basis.gdpr == art6_legal_obligation and basis.art6_3_law
    cites GDPR Art. 6(1)(c), GDPR Art. 6(3)
  unless public_task: basis.gdpr == art6_public_task and basis.art6_3_law
    cites GDPR Art. 6(1)(e), GDPR Art. 6(3)
  # Point (f) is not open to public authorities in the performance of their tasks (Art. 6(1), last subparagraph),
  # whatever their type; it needs a documented balancing, and the processing must be necessary and proportionate.
  unless legitimate_interests: basis.gdpr == art6_legitimate_interests
      and not controller.type == public_authority and not controller.public_body
      and legitimate_interests.balancing_done and assess.necessary_and_proportionate
    cites GDPR Art. 6(1)(f)
  severity blocking
  finding "faces are processed without a valid ground of Article 6(1) (the ground claimed is {basis.gdpr})"
  remedy "rely on a ground that holds; consent only where it can be freely given"
}

# ---------------------------------------------------------------------------------------------------------------
# Consent
# ---------------------------------------------------------------------------------------------------------------

rule gdpr.consent-freely-given {
  title "Consent must be freely given: no clear imbalance, refusable, granular, opt-in"
  cites GDPR Art. 4(11), GDPR Recital 43, GDPR Art. 7(4)
  applies when processing.creates_templates
    and (basis.gdpr == art6_consent or basis.art9 == art9_explicit_consent)
  # An alternative that people are not told of, given only to those who ask, is no real choice for the others
  # (EDPB Guidelines 05/2020 on consent: the data subject must be able to refuse, knowing there is another way).
  requires not assess.power_imbalance
    and consent.refusable_without_detriment
    and not consent.bundled
    and not consent.opt_out_default
    and not (declared(alternatives.on_request_only) and alternatives.on_request_only)
  severity blocking
  finding "the consent relied on is not freely given (clear imbalance, detriment on refusal, bundling or opt-out)"
  remedy "do not rely on consent where the data subjects depend on you; otherwise make it a free, separate opt-in"
}

rule gdpr.consent-not-conditional {
  title "A service must not be made conditional on consent to processing it does not need"
  cites GDPR Art. 7(4)
  applies when processing.creates_templates and consent.condition_of_service
    and (basis.gdpr == art6_consent or basis.art9 == art9_explicit_consent)
  prohibited
  unless necessary_for_service: not less_intrusive_means.available and assess.necessary_for_service
    cites GDPR Art. 7(4)
  severity blocking
  finding "the service is made conditional on consent to face processing that is not necessary for it"
  remedy "provide the service to people who refuse, by another means"
}

rule gdpr.consent-demonstrable {
  title "The controller must be able to demonstrate consent"
  cites GDPR Art. 7(1)
  applies when processing.creates_templates
    and (basis.gdpr == art6_consent or basis.art9 == art9_explicit_consent)
  requires consent.recorded
  severity major
  finding "consent is relied on but no record shows who consented, when and to what"
  remedy "keep a record of each consent"
  imposes consent_record_required "enrol only people whose explicit consent is recorded"
}

rule gdpr.consent-withdrawable {
  title "Consent must be as easy to withdraw as to give"
  cites GDPR Art. 7(3)
  applies when processing.creates_templates
    and (basis.gdpr == art6_consent or basis.art9 == art9_explicit_consent)
  requires consent.withdrawable
  severity major
  finding "consent cannot be withdrawn at any time as easily as it was given"
  remedy "let people withdraw at any time, in the same way they consented, and delete their template when they do"
}

rule gdpr.child-consent {
  title "Children's consent in information society services needs the holder of parental responsibility"
  cites GDPR Art. 8
  # Art. 8 concerns information society services offered directly to a child; it does not govern a camera at a
  # school gate. The age is 16 unless the Member State lowers it (not below 13): a child below that age is
  # below_digital_consent_age; a child under 14 is below it wherever the Member State's age is 14 or more. A
  # 16- or 17-year-old consents alone. The runtime enrols no one under 16 without a parental consent, the highest
  # age Art. 8 allows, which is stricter than a Member State's lower age.
  applies when processing.creates_templates and service.information_society and basis.gdpr == art6_consent
    and (data_subjects.categories contains below_digital_consent_age
    or (data_subjects.categories contains under_14 and member_state.digital_consent_age >= 14 years))
  requires consent.guardian
  severity blocking
  finding "children's faces are processed in an online service on their own consent, without parental authorisation"
  remedy "obtain and verify the consent of the holder of parental responsibility"
  imposes guardian_consent_below_age 16 years "enrol a child under 16 only with a recorded parental consent"
}

# ---------------------------------------------------------------------------------------------------------------
# Art. 5 principles
# ---------------------------------------------------------------------------------------------------------------

rule gdpr.transparency {
  title "Faces must not be captured or processed covertly"
  cites GDPR Art. 5(1)(a), GDPR Art. 12(1)
  # Every camera that captures faces, plain CCTV included: footage of identifiable people is personal data.
  applies when processing.captures_faces or processing.creates_templates
  requires notice.given and not processing.covert
  severity blocking
  finding "faces are captured or matched without the people being made aware of it"
  remedy "tell people, before they enter the field of view, in concise and plain language"
}

rule gdpr.purpose-limitation {
  title "Specified purposes, and no incompatible further use"
  cites GDPR Art. 5(1)(b), GDPR Art. 6(4)
  applies when processing.captures_faces or processing.creates_templates
  # Art. 5(1)(b) forbids further processing that is incompatible with the purposes: a further use assessed
  # compatible under Art. 6(4), or a disclosure the law requires (footage to the police on a lawful order), is not.
  requires declared(purposes)
    and (not processing.secondary_use or processing.further_use_compatible or processing.further_use_required_by_law)
  severity blocking
  finding "the purposes are not specified, or templates and images are used for further, incompatible purposes"
  remedy "specify the purposes and use faces for those purposes only"
}

rule gdpr.data-minimisation {
  title "No facial recognition where a less intrusive means achieves the purpose, unless it is a free choice"
  cites GDPR Art. 5(1)(c)
  applies when processing.creates_templates
  # Skellefteå: attendance could be taken by roll call, so facial recognition was disproportionate. Where the less
  # intrusive means is offered beside facial recognition and people are really free to choose it (no imbalance, no
  # detriment), the face route is the individual's choice and not the controller's excess.
  requires not less_intrusive_means.available
    or (alternatives.offered and consent.refusable_without_detriment and not assess.power_imbalance)
  severity blocking
  finding "faces are processed although a less intrusive means would achieve the purpose"
  remedy "use the less intrusive means, or offer facial recognition only as a free choice beside it"
  imposes no_unenrolled_templates "discard at once the probe template of anyone who is not enrolled"
}

rule gdpr.private-space {
  title "No cameras or facial recognition in toilets, changing rooms, hotel rooms or other places of privacy"
  cites GDPR Art. 5(1)(c), GDPR Art. 5(1)(a)
  # Capturing faces where people undress, wash or sleep is never limited to what is necessary for any purpose
  # (Art. 5(1)(c)) nor fair (Art. 5(1)(a)): no weighing, no ground and no consent of some of those present can make
  # it so. The EDPB's Guidelines 3/2019 on video devices say the same of toilets and changing rooms; the Chinese
  # Civil Code (Art. 1033) forbids photographing private spaces outright, but it is not an encoded instrument.
  applies when (processing.captures_faces or processing.creates_templates) and processing.location == private_space
  prohibited
  severity blocking
  finding "faces are captured in a place of privacy (a toilet, changing room, hotel room or the like)"
  remedy "remove the cameras from the place of privacy; watch its entrance from a public area only if necessary"
}

rule gdpr.necessity-proportionality {
  title "Processing faces must be necessary for the purpose and proportionate to it"
  cites GDPR Art. 5(1)(c), GDPR Art. 35(7)
  applies when processing.creates_templates
  # The weighing of the necessity assessor (scale, mode, storage, retention, safeguards): a decision must agree
  # with it, whatever the ground relied on. Where facial recognition is a free choice beside an equally
  # convenient alternative, the intrusion is the individual's choice and not the controller's excess.
  requires assess.necessary_and_proportionate
    or (alternatives.offered and alternatives.equally_convenient and consent.refusable_without_detriment
    and not assess.power_imbalance and not capture.ambient)
  severity blocking
  finding "processing faces is not necessary for the purpose or not proportionate to it"
  remedy "reduce the intrusion: 1:1 rather than 1:N, templates on the device, fewer people, shorter retention"
}

rule gdpr.one-to-one-where-sufficient {
  title "Where the person claims an identity or presents a credential, verify 1:1 rather than identify 1:N"
  cites GDPR Art. 25, GDPR Art. 5(1)(c)
  # Payment, boarding, identity checks and access control all work with a card, ticket, account or badge that the
  # person presents; comparing the face with that one template is enough.
  applies when processing.creates_templates and purposes intersects {payment, boarding, identity_verification,
                                                                     access_control}
  requires processing.mode == verification_1to1
  severity major
  finding "faces are searched 1:N ({processing.mode}) where a 1:1 comparison with the claimed identity would do"
  remedy "compare each face only with the template of the boarding pass, card or account presented"
  imposes mode verification "match each face only against the one template the person claims"
}

rule gdpr.accuracy {
  title "Matching accuracy must be measured and monitored"
  cites GDPR Art. 5(1)(d)
  applies when processing.creates_templates
  requires matching.accuracy_tested
  severity major
  finding "false match and false non-match rates have not been measured on people like the data subjects"
  remedy "test the matcher on a representative population before deployment and monitor it"
}

rule gdpr.storage-limitation {
  title "Templates kept no longer than necessary"
  cites GDPR Art. 5(1)(e)
  # A watch-list entry is kept while its listing runs (gdpr.watchlist-entries), not counted from its last use.
  applies when processing.creates_templates and not purposes intersects {watchlist_enforcement, law_enforcement_search}
  # 180 days after last use is facepia's policy ceiling, not the Regulation's: the GDPR sets no period. The
  # necessity assessor weighs the same ceiling. The runtime enforcing it cures a longer declared period.
  requires retention.templates <= 180 days
  severity major
  finding "templates are kept {retention.templates} after their last use"
  remedy "set a retention period no longer than necessary, at most 180 days after the last use"
  imposes max_template_retention 180 days "delete a template 180 days after its last use at the latest"
}

rule gdpr.image-retention {
  title "Footage and probe images kept no longer than necessary"
  cites GDPR Art. 5(1)(e), GDPR Art. 5(1)(c)
  # EDPB Guidelines 3/2019 on video devices, section 8: footage should in most cases be erased after a few days,
  # and the longer the period beyond 72 hours, the more argumentation for its legitimacy and necessity is needed.
  # 3 days is that threshold, stated as facepia's policy.
  applies when processing.captures_faces or processing.creates_templates
  requires retention.images <= 3 days or retention.images_necessity_documented
  severity major
  finding "images of faces are kept {retention.images} without a documented need beyond 72 hours"
  remedy "erase footage and probe images automatically within 72 hours, or document in the DPIA why longer is needed"
}

rule gdpr.portability {
  title "People can take the data they provided, in a machine-readable format, to another controller"
  cites GDPR Art. 20
  # Art. 20(1): processing on consent (Art. 6(1)(a), 9(2)(a)) or contract (Art. 6(1)(b)), by automated means,
  # which facial recognition always is. What the person "provided" is the enrolment photograph and what he or she
  # gave with it; the templates the system derives are not (Article 29 Working Party Guidelines on portability,
  # WP242 rev.01, on inferred and derived data). Art. 20(3): not for a public task, which the grounds exclude.
  applies when processing.creates_templates
    and (basis.gdpr in {art6_consent, art6_contract} or basis.art9 == art9_explicit_consent)
  requires rights.portability
  severity major
  finding "people cannot receive, or have sent to another controller, the data they provided for enrolment"
  remedy "on request, give people their enrolment data in a structured, commonly used, machine-readable format, and send it to another controller where feasible"
}

rule gdpr.erasure {
  title "Faces must be erased when the purpose ends and on request when a ground of Article 17(1) applies"
  cites GDPR Art. 17(1), GDPR Art. 5(1)(e)
  applies when processing.creates_templates
  requires deletion.on_request and deletion.on_purpose_end
  severity major
  finding "templates are not erased when the purpose ends, or requests to erase them are not honoured without undue delay"
  remedy "erase the template when the purpose ends, without undue delay on request and on withdrawal of consent"
}

rule gdpr.watchlist-entries {
  title "A watch-list holds only people with a documented, current reason to be on it"
  cites GDPR Art. 5(1)(e), GDPR Art. 5(1)(d)
  applies when processing.creates_templates and purposes intersects {watchlist_enforcement, law_enforcement_search}
  requires watchlist.entries_reviewed
  severity major
  finding "watch-list entries have no documented reason and end or review date"
  remedy "record why each person is listed and until when, review the list, and remove entries when they end"
}

rule gdpr.criminal-offence-data {
  title "Data on criminal offences only under official authority or where a law authorises it with safeguards"
  cites GDPR Art. 10
  # A private venue's list of suspected or convicted shoplifters is Art. 10 data on top of Art. 9.
  applies when processing.creates_templates
    and purposes intersects {watchlist_enforcement, law_enforcement_search, fraud_prevention}
    and watchlist.criminal_offences
  requires watchlist.criminal_data_authorised
  severity blocking
  finding "a watch-list of people linked to criminal offences is processed without official authority or a law that authorises it"
  remedy "do not list people for offences unless a Union or Member State law authorises it with appropriate safeguards"
}

rule gdpr.ground-not-encoded {
  title "A ground that facepia does not assess must be assessed by a lawyer"
  cites GDPR Art. 9(2)(c), GDPR Art. 9(2)(e), GDPR Art. 9(2)(f), GDPR Art. 9(2)(j), GDPR Art. 6(1)
  # Vital interests (an unconscious patient), data manifestly made public by the person, legal claims and research
  # are grounds of the Regulation that facepia does not encode. Most fail on the facts for facial recognition
  # (publishing one's photograph is no deliberate act of making biometric data public; legal claims need a claim,
  # not preventive screening), but some exist: the decision refuses and names the ground for a lawyer to assess.
  applies when processing.creates_templates
    and (basis.gdpr == art6_vital_interests
    or basis.art9 in {art9_vital_interests, art9_made_public, art9_legal_claims, art9_research})
  prohibited
  severity blocking
  finding "the ground claimed ({basis.gdpr}, {basis.art9}) is not assessed by facepia: a lawyer must assess it"
  remedy "have the ground assessed and documented by a lawyer, or rely on a ground that facepia assesses"
}

rule gdpr.data-subject-rights {
  title "People can access, copy, correct and restrict their face data, and are answered within a month"
  cites GDPR Art. 12(3), GDPR Art. 15(1), GDPR Art. 15(3), GDPR Art. 16, GDPR Art. 18(1)
  # Footage and templates are personal data of everyone they show: the access most asked of a camera is to one's
  # own footage, with the others masked (EDPB Guidelines 3/2019, section 6.1). Erasure is gdpr.erasure.
  applies when processing.captures_faces or processing.creates_templates
  requires rights.request_channel and rights.access_copy and rights.rectification_restriction
  severity major
  finding "people cannot obtain access to and a copy of their face data, have it corrected or its processing restricted, or are not answered within a month"
  remedy "publish a request channel, give people their footage and templates with others masked, correct and restrict on request, answer within a month"
}

rule gdpr.right-to-object {
  title "Processing on public-task or legitimate-interest grounds stops for a person who objects"
  cites GDPR Art. 21(1)
  applies when (processing.captures_faces or processing.creates_templates)
    and basis.gdpr in {art6_public_task, art6_legitimate_interests}
  requires rights.objection
  severity major
  finding "the faces are processed on a public task or legitimate interests, and a person who objects is not taken out of the processing"
  remedy "let people object, and stop processing their faces unless compelling legitimate grounds override their interests"
}

rule gdpr.security {
  title "Security appropriate to biometric data"
  cites GDPR Art. 32(1), GDPR Art. 5(1)(f)
  applies when processing.creates_templates
  requires security.measures contains encryption_at_rest
    and security.measures contains encryption_in_transit
    and security.measures contains access_restriction
  severity major
  finding "templates are not encrypted at rest and in transit with access restricted"
  remedy "encrypt templates at rest and in transit and restrict access"
}

rule gdpr.biometric-security {
  title "Security appropriate to face templates: no raw images kept, templates apart from identities, liveness at terminals"
  cites GDPR Art. 32(1)
  # Art. 32(1) asks for security "appropriate to the risk", and a face cannot be changed once its template leaks.
  # facepia reads that as requiring, besides encryption and access control (gdpr.security), the measures the EDPB's
  # Guidelines 3/2019 on video devices suggest for biometric templates (section 5.2: delete the raw images once the
  # template is made, store templates apart from identity data) and, where a face opens a door, pays or boards,
  # detection of presentation attacks (photographs, screens, masks), without which the terminal is not secure for
  # its purpose. The section's exact wording was not retrieved; the reading is facepia's.
  applies when processing.creates_templates
  requires security.measures contains template_only_storage and security.measures contains identity_separation
    and (processing.mode != verification_1to1
    or not purposes intersects {access_control, payment, boarding, identity_verification}
    or security.measures contains presentation_attack_detection)
  severity major
  finding "face templates lack the security their risk requires: raw images kept, templates stored with identities, or no liveness check where a face opens, pays or boards"
  remedy "delete raw images once templates are made, keep templates apart from identity data, and detect presentation attacks at verifying terminals"
}

rule gdpr.breach-readiness {
  title "Ready to notify a breach of face data within 72 hours, tell the people affected, and document it"
  cites GDPR Art. 33(1), GDPR Art. 33(5), GDPR Art. 34(1)
  # The duties arise on a breach; a screen before deployment checks that the controller can meet them: a breach of
  # templates is likely to result in a high risk (a face cannot be reissued), so the people affected must be told.
  applies when processing.creates_templates
  requires breach.procedure and security.measures contains incident_response
  severity major
  finding "there is no procedure to notify a breach of face data to the supervisory authority within 72 hours and to the people affected"
  remedy "adopt and rehearse a breach procedure: notify the authority within 72 hours, tell the people affected, document every breach"
}

rule gdpr.controller-responsibility {
  title "The controller has measures and policies to ensure, and to be able to show, that the processing complies"
  cites GDPR Art. 24
  # Art. 24(1) with Art. 5(2): the controller must be able to demonstrate compliance; for faces, proportionality
  # calls for written policies (Art. 24(2)): who may enrol, match, see, export and delete faces, reviewed when the
  # risk changes. Records (Art. 30) and the DPIA (Art. 35) are their own rules.
  applies when processing.captures_faces or processing.creates_templates
  requires accountability.policies
  severity major
  finding "the controller has no written data protection policies for the face processing with which to show that it complies"
  remedy "adopt written policies for who may enrol, match, see, export and delete faces, and review them when the risk changes"
}

rule gdpr.records {
  title "A record of the face processing, with the contents of Article 30(1)"
  cites GDPR Art. 30(1), GDPR Art. 30(5)
  # The exemption of Art. 30(5) for enterprises under 250 persons never covers face processing: templates for
  # identification are Art. 9(1) data, and cameras that watch people every day are not occasional processing.
  applies when processing.captures_faces or processing.creates_templates
  requires records.processing_kept
  severity major
  finding "no record of the face processing is kept with the contents Article 30(1) requires"
  remedy "keep a written record: controller and DPO, purposes, people and data, recipients, transfers, erasure limits, security"
}

rule gdpr.privacy-by-default {
  title "By default, only the faces necessary for each purpose"
  cites GDPR Art. 25
  applies when processing.creates_templates
  requires design.privacy_by_default
  severity major
  finding "the system enrols or matches people by default who did not choose it"
  remedy "design the system so that no one is enrolled or matched unless that is necessary or they chose it"
}

# ---------------------------------------------------------------------------------------------------------------
# Processors and joint controllers: facial recognition is bought, hosted and maintained by others
# ---------------------------------------------------------------------------------------------------------------

rule gdpr.processor-contract {
  title "A processor only with sufficient guarantees and a written contract with the Article 28(3) terms"
  cites GDPR Art. 28(3), GDPR Art. 28(1), GDPR Art. 28(9)
  # A vendor that hosts the templates, runs the matcher in its cloud or reaches the system for maintenance processes
  # the faces on the controller's behalf. Without the contract the controller has no say over what the vendor does
  # with them, which no runtime condition can supply.
  applies when (processing.captures_faces or processing.creates_templates) and processors.used
  requires processors.sufficient_guarantees and processors.contract and processors.contract_terms
  severity blocking
  finding "a processor handles the faces without sufficient guarantees or a written contract with the terms Article 28(3) requires"
  remedy "choose a processor that shows sufficient guarantees, and bind it by a written contract with every Article 28(3) term"
}

rule gdpr.sub-processors {
  title "A sub-processor only with the controller's prior written authorisation and the same obligations"
  cites GDPR Art. 28(2), GDPR Art. 28(4)
  applies when (processing.captures_faces or processing.creates_templates) and processors.used
    and processors.sub_processors
  requires processors.sub_processors_authorised
  severity blocking
  finding "a processor has engaged another processor for the faces without the controller's written authorisation or the same obligations"
  remedy "authorise each sub-processor in writing beforehand and bind it by the obligations of the processor's contract"
}

rule gdpr.joint-controllers {
  title "Joint controllers must set out their responsibilities in an arrangement whose essence people can see"
  cites GDPR Art. 26
  applies when (processing.captures_faces or processing.creates_templates) and controller.joint_controllers
  requires joint_controllers.arrangement
  severity major
  finding "the controllers who jointly decide on the face processing have no arrangement on their responsibilities that is made available to the data subjects"
  remedy "agree in writing who answers for what (rights, information, security) and publish the essence of it"
}

# ---------------------------------------------------------------------------------------------------------------
# Decisions made by the system alone (a gate that opens or stays shut on the match)
# ---------------------------------------------------------------------------------------------------------------

rule gdpr.automated-decision {
  title "No decision with significant effects by the system alone, unless Article 22(2) and (4) allow it with safeguards"
  cites GDPR Art. 22(1), GDPR Art. 22(4)
  # A face matched for unique identification or authentication is Art. 9(1) data, so Art. 22(4) applies: whatever
  # the Art. 22(2) ground, the decision may rest on the face only under Art. 9(2)(a) or (g). An employer relying on
  # Art. 9(2)(b) for an automated door therefore cannot let the door decide alone. Attribute analysis without
  # identification (analysis_only) is outside Art. 9(1) and needs only an Art. 22(2) ground. Every ground needs
  # the human review the deployment declares: Art. 22(3) for (a) and (c), and the "suitable measures" of
  # Art. 22(2)(b) and (4), which a person who can override the machine at once provides.
  applies when processing.creates_templates and decision.solely_automated and decision.significant_effect
  prohibited
  unless explicit_consent: consent.explicit and decision.human_review
      and (basis.art9 == art9_explicit_consent or processing.mode == analysis_only)
    cites GDPR Art. 22(2)(c), GDPR Art. 22(3), GDPR Art. 22(4)
  unless contract: basis.gdpr == art6_contract and assess.necessary_for_service and decision.human_review
      and (basis.art9 in {art9_explicit_consent, art9_substantial_public_interest} or processing.mode == analysis_only)
    cites GDPR Art. 22(2)(a), GDPR Art. 22(3), GDPR Art. 22(4)
  unless authorised_by_law: basis.member_state_law and declared(basis.national_law) and decision.human_review
      and (basis.art9 == art9_substantial_public_interest or processing.mode == analysis_only)
    cites GDPR Art. 22(2)(b), GDPR Art. 22(4)
  severity blocking
  finding "the system alone takes decisions with significant effects on people from their faces, without an Article 22(2) ground that Article 22(4) admits and human review"
  remedy "let a person review and decide every refusal at once, and rely on explicit consent or a law under Article 9(2)(g)"
}

# ---------------------------------------------------------------------------------------------------------------
# Transfers to third countries
# ---------------------------------------------------------------------------------------------------------------

rule gdpr.international-transfer {
  title "Faces go to a third country only with an adequacy decision, appropriate safeguards or a derogation"
  cites GDPR Art. 44
  applies when (processing.captures_faces or processing.creates_templates) and transfer.third_country
  prohibited
  unless adequacy: transfer.gdpr_tool == adequacy_decision
    cites GDPR Art. 45(1)
  # Standard clauses, binding corporate rules, codes and certifications bind the recipient, but the recipient's
  # country may stop them from working: the transfer impact assessment shows that they do (Schrems II).
  unless appropriate_safeguards: transfer.gdpr_tool in {standard_contractual_clauses, binding_corporate_rules,
                                                        approved_code_or_certification}
      and transfer.impact_assessed
    cites GDPR Art. 46(1), GDPR Art. 46(2)
  # Consent to the transfer covers only those who gave it (not bystanders scanned by ambient equipment), must be
  # explicit and informed of the risks, and is closed to public authorities exercising public powers (Art. 49(3)).
  unless explicit_consent: transfer.gdpr_tool == art49_explicit_consent and consent.explicit
      and transfer.risks_explained and not controller.public_body and controller.type != public_authority
      and (not capture.ambient or capture.only_consenting)
    cites GDPR Art. 49(1), GDPR Art. 49(3)
  # The other derogations are for specific situations: a transfer necessary for one contract or one legal claim,
  # or a non-repetitive one (Recital 111, EDPB Guidelines 2/2018: interpreted restrictively). A face system hosted
  # abroad transfers every face, every day; facepia does not accept a derogation for it and leaves such a claim to
  # a lawyer (art49_other_derogation fails here).
  severity blocking
  finding "faces are transferred to a third country without an adequacy decision, safeguards shown to work, or a derogation that holds ({transfer.gdpr_tool})"
  remedy "host the faces in the EEA or an adequate country, or sign standard clauses backed by a transfer impact assessment"
}

rule gdpr.transfer-summary-agrees {
  title "The transfer summary that the risk assessment reads does not deny a transfer to a third country"
  cites GDPR Art. 44
  # transfer.third_country is the Chapter V question; transfer.outside_jurisdiction sums up, for the risk register
  # and the report, whether faces leave by any measure. A deployment that states a third-country transfer and a
  # summary saying that nothing leaves would have its risk weighed as if nothing left: fail closed on the
  # contradiction. Read only where both are stated (an unstated summary is weighed at its worst).
  applies when declared(transfer.outside_jurisdiction) and declared(transfer.third_country)
  requires transfer.outside_jurisdiction or not transfer.third_country
  severity blocking
  finding "the deployment states both that faces go to a third country and that nothing leaves the jurisdiction"
  remedy "state transfer.outside_jurisdiction as true whenever faces go to a third country"
}

# ---------------------------------------------------------------------------------------------------------------
# Data protection officer and representative
# ---------------------------------------------------------------------------------------------------------------

rule gdpr.dpo-designation {
  title "A data protection officer where a public body processes faces, or where they are core, large-scale processing"
  cites GDPR Art. 37(1)
  # Point (a): a public authority or body (courts in their judicial capacity are not deployers of face systems).
  # Points (b) and (c) coincide for facial recognition: templates for identification are Art. 9 data (c), and
  # cameras that scan people as they pass monitor them regularly and systematically (b); either needs core
  # activities on a large scale.
  applies when (processing.captures_faces or processing.creates_templates)
    and (controller.type == public_authority or controller.public_body
    or (processing.core_activity and processing.large_scale))
  requires controller.dpo_appointed
  severity major
  finding "no data protection officer is designated although Article 37(1) requires one"
  remedy "designate a data protection officer, publish the contact details and communicate them to the supervisory authority"
}

rule gdpr.dpo-position {
  title "The data protection officer is involved, supported and independent"
  cites GDPR Art. 38
  # Wherever a DPO is designated, required (gdpr.dpo-designation) or voluntary, Art. 38 applies (Article 29 Working
  # Party Guidelines on DPOs, WP243 rev.01).
  applies when (processing.captures_faces or processing.creates_templates) and controller.dpo_appointed
  requires dpo.position_secured
  severity minor
  finding "the data protection officer is not involved in good time, lacks resources or access, takes instructions, or has conflicting duties"
  remedy "involve the DPO in every decision on the face system, give the resources and access needed, and keep the role free of instructions and conflicts"
}

rule gdpr.dpo-tasks {
  title "The data protection officer advises, monitors compliance and monitors the DPIA"
  cites GDPR Art. 39
  applies when (processing.captures_faces or processing.creates_templates) and controller.dpo_appointed
  requires dpo.monitors_compliance
  severity minor
  finding "the data protection officer does not advise on, or monitor, the face processing and its DPIA"
  remedy "give the DPO the tasks of Article 39: inform and advise, monitor compliance and the policies, advise on and monitor the DPIA"
}

rule gdpr.eu-representative {
  title "A controller outside the Union that serves or monitors people in it designates a representative there"
  cites GDPR Art. 27(1)
  # Art. 27(2)(a) spares occasional processing that includes no large-scale processing of Art. 9 data and is
  # unlikely to result in a risk; facial recognition of the public is none of these, so only point (b) is encoded.
  applies when (processing.captures_faces or processing.creates_templates) and not jurisdiction.eu_establishment
    and jurisdiction.eu_data_subjects
  requires controller.eu_representative
  unless public_body: controller.type == public_authority or controller.public_body
    cites GDPR Art. 27(2)
  severity major
  finding "a controller without an establishment in the Union processes the faces of people in it without a representative there"
  remedy "designate in writing a representative in a Member State where the people concerned are"
}

# ---------------------------------------------------------------------------------------------------------------
# Transparency to the data subject
# ---------------------------------------------------------------------------------------------------------------

rule gdpr.information-at-collection {
  title "Information to give when faces are collected from the data subject"
  cites GDPR Art. 13, GDPR Art. 12(1)
  applies when processing.creates_templates
  requires notice.contents contains controller_identity
    and notice.contents contains purposes_and_methods
    and notice.contents contains legal_basis
    and notice.contents contains retention_period
    and notice.contents contains rights_and_how
    and notice.contents contains complaint_right
    and (not controller.dpo_appointed or notice.contents contains dpo_contact)
    and (not (basis.gdpr == art6_consent or basis.art9 == art9_explicit_consent)
    or notice.contents contains withdrawal_right)
    and (not basis.gdpr == art6_legitimate_interests or notice.contents contains legitimate_interests)
    and (not recipients.third_parties or notice.contents contains recipients)
    and (not transfer.third_country or notice.contents contains third_country_transfer)
    and (not (decision.solely_automated and decision.significant_effect)
    or notice.contents contains automated_decision)
  severity major
  finding "the notice lacks information that Article 13 requires"
  remedy "state the controller, DPO contact, purposes and legal basis, interests, recipients, transfers, retention, rights, withdrawal, complaint and automated decisions"
}

rule gdpr.information-indirect {
  title "Information to give when reference faces come from someone else"
  cites GDPR Art. 14
  applies when processing.creates_templates and enrolment.from_third_party
  requires notice.indirect_given
  severity major
  finding "people whose reference photos came from a third party are not informed"
  remedy "inform them, within the time limits of Article 14(3), of the source and of the processing"
}

# ---------------------------------------------------------------------------------------------------------------
# Impact assessment and prior consultation
# ---------------------------------------------------------------------------------------------------------------

rule gdpr.dpia-required {
  title "A DPIA before high-risk processing"
  cites GDPR Art. 35(1), GDPR Art. 35(3), GDPR Art. 35(4)
  # Art. 35(4): each supervisory authority lists the operations that always need a DPIA. Secondary sources report
  # that national lists name biometric identification (the CNIL's list, deliberation 2018-327 of 2018-10-11:
  # biometric data processed to identify people uniquely where vulnerable people are among them); the lists were not
  # retrieved from the authorities, so none is quoted and none decides. They would add nothing here: with templates
  # this rule requires a DPIA already.
  applies when processing.captures_faces or processing.creates_templates
  requires dpia.done
  # Templates meet at least two of the EDPB's high-risk criteria (sensitive data, new technology), so with them
  # the exception never holds; for footage without templates (systematic monitoring, Art. 35(3)(c)) the screening
  # assessor decides.
  unless not_high_risk: not assess.dpia_required
    cites GDPR Art. 35(1)
  severity blocking
  finding "no data protection impact assessment was carried out before processing faces"
  remedy "carry out a DPIA before the processing starts"
}

rule gdpr.dpia-contents {
  title "A DPIA must contain the four elements of Article 35(7)"
  cites GDPR Art. 35(7), GDPR Art. 35(1)
  applies when processing.creates_templates and dpia.done
  requires dpia.covers contains systematic_description
    and dpia.covers contains necessity_proportionality
    and dpia.covers contains risk_assessment
    and dpia.covers contains mitigation_measures
  severity blocking
  finding "the DPIA is inadequate: it lacks elements that Article 35(7) requires"
  remedy "complete the DPIA: description, necessity and proportionality, risks to rights, and the measures"
}

rule gdpr.dpia-dpo-advice {
  title "The DPO's advice must be sought for the DPIA"
  cites GDPR Art. 35(2)
  applies when processing.creates_templates and dpia.done and controller.dpo_appointed
  requires dpia.dpo_opinion_sought
  severity minor
  finding "the DPIA was carried out without seeking the advice of the data protection officer"
  remedy "seek and record the DPO's advice"
}

rule gdpr.dpia-views {
  title "The views of data subjects or their representatives are sought for the DPIA, or the DPIA says why not"
  cites GDPR Art. 35(9)
  # "Where appropriate ... without prejudice to commercial or public interests or the security of processing":
  # the controller may decide that seeking views is not appropriate, but must be able to show why (Article 29
  # Working Party Guidelines on DPIA, WP248 rev.01: a decision not to seek them is documented with its
  # justification). facepia accepts views sought, or a DPIA that states whose views were sought or why they were
  # not (dpia.views_summary); it does not weigh the reasons.
  applies when processing.creates_templates and dpia.done
  requires dpia.views_sought or declared(dpia.views_summary)
  severity minor
  finding "the DPIA neither sought the views of the people concerned or their representatives nor records why not"
  remedy "seek the views of the people concerned or their representatives (staff council, parents, a user panel), or record in the DPIA why it is not appropriate"
}

rule gdpr.dpia-review {
  title "The DPIA is reviewed when the risk changes, and its review is not overdue"
  cites GDPR Art. 35(11)
  # A face system changes often (new cameras, sites, watch-lists, vendors, matching models), and each change can
  # change the risk. A review date that the DPIA set (dpia.review_date) and that has passed on the assessment date
  # is an overdue review.
  applies when processing.creates_templates and dpia.done
  requires dpia.review_on_change and (not declared(dpia.review_date) or dpia.review_date >= as_of)
  severity minor
  finding "the DPIA is not reviewed when the risk changes, or its review date has passed"
  remedy "review the DPIA at each change of purpose, site, camera, watch-list, vendor or model, and by the review date it sets"
}

rule gdpr.prior-consultation {
  title "Consult the supervisory authority when the DPIA leaves a high risk"
  cites GDPR Art. 36(1), GDPR Art. 36(5)
  # Only where a DPIA was done or is required: Art. 36(1) follows from the DPIA's result.
  applies when processing.creates_templates and (dpia.done or assess.dpia_required)
  # Biometric identification is high risk "in the absence of measures". A DPIA that identifies no mitigating
  # measures therefore indicates a high risk, and so does one whose measures leave a high residual risk; in both
  # cases the controller must consult before processing. Skellefteå did neither.
  # A prior authorisation by the supervisory authority under national law (Art. 36(5), as the Danish authority
  # gives for stadium ban lists) includes its review of the processing and the DPIA.
  requires prior_consultation.done or authority.specific_authorisation
    or (dpia.covers contains mitigation_measures and not assess.high_residual_risk)
  severity blocking
  finding "the supervisory authority was not consulted although the DPIA does not show the high risk mitigated"
  remedy "consult the supervisory authority before processing, with the DPIA"
}

# ---------------------------------------------------------------------------------------------------------------
# What facepia assesses one at a time, and what comes too late
# ---------------------------------------------------------------------------------------------------------------
# These facts describe situations most deployments are not in; a rule reads them where they are stated.

rule gdpr.several-grounds {
  title "One Article 6(1) ground per assessed processing"
  cites GDPR Art. 6(1)
  # Each part of the processing needs a ground that holds for that part; facepia tests the one ground stated in
  # basis.gdpr against the whole deployment, so several grounds at once are refused rather than half assessed.
  applies when (processing.captures_faces or processing.creates_templates) and declared(basis.gdpr_further)
    and basis.gdpr_further intersects {art6_consent, art6_contract, art6_legal_obligation, art6_vital_interests,
                                       art6_public_task, art6_legitimate_interests}
  prohibited
  severity blocking
  finding "further Article 6(1) grounds are relied on ({basis.gdpr_further}) beside {basis.gdpr}: facepia assesses one ground per deployment"
  remedy "declare each part of the processing that rests on a ground of its own as a deployment of its own"
}

rule gdpr.other-biometrics {
  title "Biometric data other than the face need an assessment of their own"
  cites GDPR Art. 9(1)
  # A fingerprint or iris reader in the same system is biometric processing under Art. 9(1) too; facepia's rules
  # weigh faces only, so the deployment is refused until the other processing is assessed.
  applies when declared(processing.other_biometrics)
    and processing.other_biometrics intersects {fingerprint_data, iris_data, palm_vein_data, voice_data}
  prohibited
  severity blocking
  finding "biometric data other than the face are processed in the same system ({processing.other_biometrics}), which facepia does not assess"
  remedy "assess the other biometric processing with its own Article 9(2) exception, or declare it as a deployment of its own"
}

rule gdpr.dpia-before-processing {
  title "The DPIA comes before the processing"
  cites GDPR Art. 35(1)
  # "prior to the processing": a DPIA made after launch still serves the processing from now on (gdpr.dpia-required
  # holds), but the time without one is a past infringement the report must show. Advisory: it informs the DPO
  # and does not decide whether the deployment may run from now on.
  applies when declared(dpia.after_launch) and dpia.after_launch
  prohibited
  severity advisory
  finding "the DPIA was carried out only after the processing had started; Article 35(1) requires it prior to the processing"
  remedy "record the period without a DPIA, and assess every change before it takes effect"
}
