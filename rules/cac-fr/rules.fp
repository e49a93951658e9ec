# CAC-FR rules: the face-specific duties of the CAC and MPS Measures, in force 2025-06-01.
#
# The Measures repeat several PIPL duties for faces (purpose and necessity, consent, guardians, retention, impact
# assessment). Where a rule here overlaps a PIPL rule it is encoded here as well, citing the Measures, so that the
# report names the instrument written for facial recognition; the comment beside it names the PIPL rule.
# Most article texts are the wording the CAC's own statement quotes (see instrument.fp): each rule reads that
# wording. Content known only from secondary summaries (withdrawal in Art. 6, special rules for children in Art. 7,
# the three-year keeping and the re-assessment of Art. 9) is required only where the PIPL, whose text is verified,
# requires the same (Arts. 15, 31(2), 56), or, for the re-assessment, only where the deployment states a change.

import "../common/vocabulary.fp"
import "../common/derived.fp"
import "instrument.fp"

rule cac-fr.purpose-necessity {
  title "A specific purpose and sufficient necessity"
  cites CAC-FR Art. 4
  # Overlaps pipl.specific-purpose and pipl.sensitive-necessity (PIPL Arts. 6, 28(2)), and is read as they are:
  # "sufficient necessity" is the weighing the necessity assessor does, except where the facts settle it (face
  # recognition a free option beside an equally convenient way; public security where State provisions authorise
  # it).
  # A disclosure that a law requires (footage handed to the police on a lawful order) is no second purpose.
  requires declared(purposes)
    and (not processing.secondary_use or processing.further_use_required_by_law)
    and (assess.necessary_and_proportionate
    or (alternatives.offered and alternatives.equally_convenient and consent.refusable_without_detriment)
    or (purposes within {public_security} and public_security.necessary and public_security.authorised))
  severity blocking
  finding "the face processing lacks a specific purpose or sufficient necessity"
  remedy "state one specific purpose and show that faces are necessary for it, or offer an equally convenient way"
  imposes no_unenrolled_templates "discard at once the probe template of anyone who is not enrolled"
}

rule cac-fr.least-impact-alternative {
  title "The way of least impact: no facial recognition imposed where a means without faces would do"
  cites CAC-FR Art. 4
  # Overlaps pipl.least-impact-alternative (PIPL Art. 6), which words the same duty the same way.
  requires not less_intrusive_means.available or alternatives.offered
  severity blocking
  finding "a means with smaller impact on the individual exists, but facial recognition is the only way offered"
  remedy "offer the means without faces as an alternative that people can choose without detriment"
}

rule cac-fr.least-impact-mode {
  title "The way of least impact: where the person already claims an identity, match 1:1, not 1:N"
  cites CAC-FR Art. 4
  # Overlaps pipl.least-impact-mode (PIPL Art. 6). A major breach that the runtime cures by matching 1:1 only.
  applies when purposes intersects {payment, boarding, identity_verification, access_control}
  requires processing.mode == verification_1to1
  severity major
  finding "faces are searched 1:N ({processing.mode}) where the person claims an identity that could be verified 1:1"
  remedy "verify each face only against the template of the identity the person claims"
  imposes mode verification "match each face only against the one template of the identity the person claims"
}

rule cac-fr.notice {
  title "People are told, before processing, who processes their faces, why, how and for how long"
  cites CAC-FR Art. 5
  # The items are those the CAC's statement and China Daily's summary name; the rest of the article is
  # unverified. Overlaps pipl.notice (PIPL Art. 17).
  requires notice.given
    and notice.contents contains controller_identity
    and notice.contents contains purposes_and_methods
    and notice.contents contains retention_period
  severity major
  finding "people are not told, before their faces are processed, the processor, the purposes and methods, and the retention period"
  remedy "tell people prominently and plainly, before processing: who processes their faces, why, how, for how long"
}

rule cac-fr.accessibility {
  title "Elderly people and people with disabilities: the State provisions on barrier-free environments"
  cites CAC-FR Art. 5
  # The paragraph the CAC's statement quotes with the notice duty. Read as reaching everything such people meet in
  # the processing: the notice, the consent and the other way offered to those who refuse. A deployment that does
  # not say whether elderly or disabled people are among those it scans is undetermined: almost every service open
  # to the public has them.
  applies when data_subjects.elderly_or_disabled
  requires accessibility.barrier_free
  severity major
  finding "elderly people or people with disabilities are among those scanned, and the processing is not barrier-free for them"
  remedy "make the notice, the consent and the other way in usable without barriers: large print or spoken notice,"
         "staff assistance, an alternative that does not need a phone or the face"
}

rule cac-fr.separate-consent {
  title "Consent-based processing needs separate consent, given voluntarily and explicitly with full knowledge"
  cites CAC-FR Art. 6
  applies when basis.pipl == pipl_consent
  # Overlaps pipl.separate-consent and pipl.consent-voluntary-explicit (PIPL Arts. 14, 29). The right to withdraw
  # that commentators place in this article was not retrieved as text and is not required here (PIPL Art. 15
  # gives it).
  # Voluntary: refusing costs nothing, or costs only a service that cannot be provided without the face (the proviso
  # the PIPL and SPC-FR voluntariness rules read: losing such a service is not coercion).
  requires consent.separate and not consent.bundled and consent.explicit and notice.given
    and (consent.refusable_without_detriment
    or (consent.condition_of_service and not less_intrusive_means.available and assess.necessary_for_service))
  severity blocking
  finding "the face processing rests on consent that is not separate, explicit, informed and voluntary"
  remedy "ask for consent to the face processing on its own, explicitly, after full notice, and let people refuse freely"
  imposes separate_consent_required "enrol a face only after a separate consent to the face processing"
  imposes consent_record_required "keep a record of each consent: who, when, to what"
}

rule cac-fr.consent-withdrawal {
  title "Consent to the face processing can be withdrawn, in a convenient way"
  cites CAC-FR Art. 6
  # The withdrawal is known in this article only from secondary summaries; PIPL Art. 15 (pipl.consent-withdrawal)
  # gives the same right in verified words, so this rule asks nothing the PIPL does not.
  applies when basis.pipl == pipl_consent
  requires consent.withdrawable
  severity major
  finding "people cannot withdraw their consent to the face processing in a convenient way"
  remedy "provide a way to withdraw consent as easy as giving it, and delete the face information when it is withdrawn"
}

rule cac-fr.guardian-consent {
  title "Children under 14: the consent of a parent or other guardian"
  cites CAC-FR Art. 7
  applies when basis.pipl == pipl_consent and data_subjects.categories contains under_14
  # Overlaps pipl.minors-under-14 (PIPL Art. 31).
  requires consent.guardian
  severity blocking
  finding "faces of children under 14 are processed on consent without their parents' or guardians' consent"
  remedy "obtain a parent's or guardian's consent before enrolling a child under 14"
  imposes guardian_consent_below_age 14 years "enrol a child under 14 only with a recorded guardian consent"
}

rule cac-fr.children-special-rules {
  title "Children under 14: special rules for processing their face information"
  cites CAC-FR Art. 7
  # Known in this article only from secondary summaries; PIPL Art. 31(2) requires special processing rules for
  # every processing of under-14s' personal information, whatever its ground, in verified words.
  applies when data_subjects.categories contains under_14
  requires minors.special_rules
  severity major
  finding "faces of children under 14 are processed without special processing rules for children"
  remedy "adopt and publish special rules for processing children's face information: who may enrol them, with"
         "whose consent, how long their faces are kept, how parents withdraw"
}

rule cac-fr.on-device-storage {
  title "Face information stays in the device and is not sent over the internet, without separate consent or a law"
  cites CAC-FR Art. 8
  requires storage.templates == on_device and not transfer.over_internet
  # The two exceptions of the article's first sentence. A law must be named (basis.legal_provision) as well as
  # said to provide for it.
  unless separate_consent: basis.pipl == pipl_consent and consent.separate and not consent.bundled
    cites CAC-FR Art. 8
  unless law_provides: basis.off_device_by_law and declared(basis.legal_provision)
    cites CAC-FR Art. 8
  severity blocking
  finding "face information is stored outside the device or sent over the internet without separate consent or a law"
  remedy "keep faces in the device, or obtain each person's separate consent to storing them elsewhere"
}

rule cac-fr.retention {
  title "Face information is kept no longer than the shortest time the purpose needs"
  cites CAC-FR Art. 8
  applies when processing.creates_templates
  # Overlaps pipl.retention (PIPL Art. 19). The Measures set no period: 180 days after the last use is facepia's
  # ceiling, the same as the PIPL pack's, and the runtime's deletion at it cures a longer declared period.
  requires retention.templates <= 180 days
  severity major
  finding "templates are kept {retention.templates} after their last use, longer than the purpose needs"
  remedy "delete each template once the purpose is achieved, and at the latest 180 days after its last use"
  imposes max_template_retention 180 days "delete a template 180 days after its last use at the latest"
}

rule cac-fr.impact-assessment {
  title "A personal information protection impact assessment before processing"
  cites CAC-FR Art. 9
  # Overlaps pipl.pipia and pipl.pipia-contents (PIPL Arts. 55, 56): the Measures require it for every facial
  # recognition, with the contents the PIPL lists. Re-assessment on change is not retrieved as text.
  requires pipia.done
    and pipia.covers contains necessity_proportionality
    and pipia.covers contains risk_assessment
    and pipia.covers contains mitigation_measures
  severity blocking
  finding "no personal information protection impact assessment covering necessity, risks and measures was made in advance"
  remedy "assess, before processing, the necessity, the impact and risks to people, and the measures"
}

rule cac-fr.assessment-kept {
  title "The impact assessment report and the processing records are kept at least three years"
  cites CAC-FR Art. 9
  # Known in this article only from a secondary note that quotes it; PIPL Art. 56 (pipl.pipia-contents) requires
  # the same for every impact assessment, in verified words.
  applies when pipia.done
  requires pipia.record_retention >= 3 years
  severity major
  finding "the impact assessment report and the processing records are kept {pipia.record_retention}, less than three years"
  remedy "keep the impact assessment report and the processing records for at least three years"
}

rule cac-fr.reassessment {
  title "The impact assessment is redone when the purpose or method changes or after a major security incident"
  cites CAC-FR Art. 9
  # Known in this article only from secondary summaries, and in no verified text: read where stated (a deployment
  # that says nothing of a change since its assessment declares that there was none).
  applies when pipia.done
  requires not (declared(pipia.outdated) and pipia.outdated)
  severity major
  finding "the purpose or method of processing changed, or a major security incident occurred, and the impact assessment was not redone"
  remedy "redo the impact assessment for the processing as it now is, before continuing"
}

rule cac-fr.processing-records {
  title "The processing is recorded"
  cites CAC-FR Art. 9
  # "对处理情况进行记录": a log of enrolments, matches, accesses and deletions, which the runtime keeps when told.
  requires security.measures contains audit_logging
  severity major
  finding "the face processing is not recorded"
  remedy "log every enrolment, match, access and deletion"
  imposes audit_log_required "log every enrolment, match, access and deletion"
}

rule cac-fr.not-sole-verification {
  title "Facial recognition is not the only means of verification; those who refuse get a reasonable, convenient way"
  cites CAC-FR Art. 10
  # Every verification use, not only the property managers of SPC-FR Art. 10: access, check-in, payment, boarding,
  # attendance, identity checks.
  applies when purposes intersects {access_control, identity_verification, payment, boarding, attendance}
    or processing.mode == verification_1to1
  requires alternatives.offered and alternatives.equally_convenient
  unless state_provision: verification.face_required_by_state and declared(basis.legal_provision)
    cites CAC-FR Art. 10
  severity blocking
  finding "facial recognition is the only way to verify people, or the other way is not reasonable and convenient"
  remedy "offer everyone who does not agree another reasonable, convenient way (a card, a code, a staffed check)"
}

rule cac-fr.national-identity-channel {
  title "Verification through the national population database or the national online identity service is encouraged"
  cites CAC-FR Art. 11
  # An encouragement, not a duty: advisory, it never decides.
  applies when processing.mode in {verification_1to1, identification_1ton}
  requires verification.national_identity_channel
  severity advisory
  finding "identities are not verified through the national population database or the national online identity service"
  remedy "consider verifying identities through the national online identity authentication public service, which"
         "spares the processor storing faces of its own"
}

rule cac-fr.no-misleading-or-coercion {
  title "No one is misled, deceived or coerced into face verification"
  cites CAC-FR Art. 12
  applies when purposes intersects {access_control, identity_verification, payment, boarding, attendance}
    or processing.mode == verification_1to1
  requires not consent.misled_or_coerced
  severity blocking
  finding "people are misled, deceived or coerced into face verification"
  remedy "present the face option neutrally, never as the default or as required for the service"
}

rule cac-fr.public-place {
  title "Facial recognition equipment in public places only where public security needs it, in a delimited area, with signs"
  cites CAC-FR Art. 13
  # Read as PIPL Art. 26 is read (pipl.public-place-security-purpose): equipment that captures everyone who
  # passes, not a terminal that sees only the person who steps up to it. A commercial purpose in a public place
  # fails it.
  applies when processing.location in {public_area, publicly_accessible_premises} and capture.ambient
  requires purposes within {public_security}
    and public_security.necessary
    and capture.area_delimited
    and signs.conspicuous
  severity blocking
  finding "facial recognition equipment in a public place is not confined to a necessary public-security use in a delimited, signed area"
  remedy "install it only where public security needs it, delimit the capture area, and put up prominent signs"
  imposes allowed_purposes {public_security} "use the faces captured in the public place for public security only"
}

rule cac-fr.private-space {
  title "No facial recognition equipment inside private spaces"
  cites CAC-FR Art. 13
  # Hotel guest rooms, public baths, changing rooms, toilets: no exception.
  applies when processing.location == private_space
  prohibited
  severity blocking
  finding "facial recognition equipment is installed inside a private space (a hotel room, bath, changing room or toilet)"
  remedy "remove it"
}

rule cac-fr.security-measures {
  title "Encryption, security audit, access control, authorisation management, intrusion detection and defence"
  cites CAC-FR Art. 14
  # Overlaps pipl.strict-protection (PIPL Art. 51), which checks three of these.
  requires security.measures contains encryption_at_rest
    and security.measures contains audit_logging
    and security.measures contains access_restriction
    and security.authorisation_management
    and security.intrusion_detection
  severity blocking
  finding "the facial recognition system lacks encryption, security audit, access control, authorisation management or intrusion detection"
  remedy "encrypt face data, audit, restrict and authorise access, and detect and repel intrusions"
}

rule cac-fr.filing {
  title "File with the cyberspace administration within 30 working days of storing 100,000 people's faces"
  cites CAC-FR Art. 15
  # The people whose faces are stored are among those whose faces are processed: a deployment that processes
  # fewer than 100,000 people's faces need not state how many it stores.
  applies when data_subjects.count >= 100000 persons and storage.faces_stored >= 100000 persons
  requires filing.cac_done
  # 30 working days are at least six calendar weeks (42 days); public holidays make them longer, so a deployment
  # inside 42 days of the threshold is certainly within time. Past it, an unfiled deployment is in breach (a
  # filing made later in a holiday-lengthened period is a question for the DPO, read here against the deployment).
  unless within_period: storage.threshold_reached >= 2025-06-01 and as_of <= storage.threshold_reached + 42 days
    cites CAC-FR Art. 15
  # The CAC announcement of 2025-05-28: 100,000 reached before 2025-06-01, filing by 2025-07-14.
  unless transition_period: storage.threshold_reached < 2025-06-01 and as_of <= 2025-07-14
    cites CAC-FR Art. 15
  severity major
  finding "face information of {storage.faces_stored} is stored and no filing with the cyberspace administration was made"
  remedy "file with the provincial cyberspace administration (grxxbh.cacdtsc.cn): the processor's basic information; the"
         "purposes and methods of processing faces; the number stored and the security measures; the processing rules"
         "and operating procedures; the impact assessment report. File changes within 30 working days"
}
