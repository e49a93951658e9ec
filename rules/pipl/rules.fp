# PIPL rules for facial recognition.
#
# Facial templates are biometric information, and so sensitive personal information (PIPL Art. 28(1)). Every rule
# below applies only when processing.creates_templates is true: a camera that makes no templates is not facial
# recognition (the seed article, "What is facial recognition?"), and the sensitive-information rules do not reach
# it. The one exception is Art. 26, which governs "image collection" equipment in public places as well as
# "personal identification" equipment: plain CCTV on a square or in a shop open to the public falls under it, so the
# three Art. 26 rules apply to every deployment in a public place, templates or not.

import "../common/vocabulary.fp"
import "../common/derived.fp"
import "../common/derived-assessors.fp"
import "instrument.fp"

# ---------------------------------------------------------------------------------------------------------------
# Lawful basis and purpose
# ---------------------------------------------------------------------------------------------------------------

rule pipl.legal-basis {
  title "Faces may be processed only on one of the grounds of Article 13"
  cites PIPL Art. 13
  applies when processing.creates_templates
  prohibited
  # Consent is a ground only if it was actually obtained; its quality is tested by pipl.consent-voluntary-explicit
  # (Art. 14) and pipl.separate-consent (Art. 29).
  unless consent: basis.pipl == pipl_consent and consent.obtained
    cites PIPL Art. 13
  # The other grounds hold only with the facts that show them, never on the bare label: each is a ground only
  # where the processing is "necessary" for it (Art. 13(1) items 2 to 4); the statutory duty and the "other
  # circumstances provided by laws and administrative regulations" must be named (basis.legal_provision), so that
  # a lawyer can check that the law exists and requires this; an emergency is temporary, so the deployment must
  # end (deployment.end). Hotel check-in by face is an example of a ground claimed that the hotel rules do not give.
  unless contract_or_hr: basis.pipl == pipl_contract_or_hr and basis.necessary_for_ground
    cites PIPL Art. 13
  unless statutory_duty: basis.pipl == pipl_statutory_duty and declared(basis.legal_provision)
      and basis.necessary_for_ground
    cites PIPL Art. 13
  unless emergency: basis.pipl == pipl_emergency and basis.necessary_for_ground and declared(deployment.end)
    cites PIPL Art. 13
  unless other_law: basis.pipl == pipl_other_law and declared(basis.legal_provision) and basis.necessary_for_ground
    cites PIPL Art. 13
  severity blocking
  finding "faces are processed without any of the grounds of PIPL Art. 13 (the ground claimed is {basis.pipl})"
  remedy "obtain the individual's consent, or name the statutory duty or other law that requires the processing and show the necessity"
}

rule pipl.ground-not-encoded {
  title "A ground that facepia does not assess must be assessed by a lawyer"
  cites PIPL Art. 13, PIPL Art. 27
  # News reporting (Art. 13(1)(5)) and information the person disclosed (Art. 13(1)(6), Art. 27: consent where the
  # processing has a significant impact on the individual, which processing a face for recognition has) are grounds
  # facepia does not encode; scraped photographs are the usual case. The decision refuses and names the ground.
  applies when processing.creates_templates and basis.pipl in {pipl_news, pipl_public_info}
  prohibited
  severity blocking
  finding "the ground claimed ({basis.pipl}) is not assessed by facepia: a lawyer must assess it"
  remedy "have the ground assessed by a lawyer; for published photographs, obtain consent (PIPL Art. 27)"
}

rule pipl.specific-purpose {
  title "Faces may be processed only for a specified purpose, and for nothing else"
  cites PIPL Art. 28(2), PIPL Art. 6
  applies when processing.creates_templates
  # declared(purposes) is never unknown: a deployment that does not say what it is for fails here, visibly.
  # A disclosure that a law requires (footage to the police on a lawful order) rests on its own ground
  # (Art. 13(1)(3)); any other further use is outside the purpose.
  requires declared(purposes) and (not processing.secondary_use or processing.further_use_required_by_law)
  severity blocking
  finding "the purpose of processing faces is not specified, or templates are also used for other purposes"
  remedy "state the specific purposes and use templates and images for those purposes only"
}

rule pipl.least-impact-alternative {
  title "Facial recognition must not be imposed where a means with smaller impact would do"
  cites PIPL Art. 6
  applies when processing.creates_templates
  # Art. 6 demands "the method that has the smallest impact on personal rights and interests". Where a means without
  # faces would achieve the purpose (a card, a ticket, the fingerprint entry the Hangzhou park used before), facial
  # recognition may be offered only as a choice beside that means, never as the only way.
  requires not less_intrusive_means.available or alternatives.offered
  severity blocking
  finding "a means with smaller impact on the individual exists, but facial recognition is the only way offered"
  remedy "offer the less intrusive means as an alternative that people can choose without detriment"
}

rule pipl.private-space {
  title "No image collection or facial recognition in toilets, changing rooms, hotel rooms or other private spaces"
  cites PIPL Art. 6, PIPL Art. 26
  # Art. 6 demands a clear and reasonable purpose, the method with the smallest impact on personal rights and
  # interests, and no excessive collection; Art. 26 allows image collection in public places only where necessary
  # for public security. Neither can be met by equipment that looks into a toilet, a changing room or a hotel
  # room: nothing makes it reasonable, minimal or necessary. The Civil Code (Art. 1033: no photographing of private
  # spaces such as dwellings and hotel rooms without the right holder's express consent) and the CAC measures on
  # facial recognition (Art. 13: no such equipment inside the private spaces of public places) say so expressly,
  # but neither is an encoded instrument; this rule therefore cites the PIPL articles that lead to the same result.
  applies when (processing.captures_faces or processing.creates_templates) and processing.location == private_space
  prohibited
  severity blocking
  finding "images of faces are collected in a private space (a toilet, changing room, hotel room or the like)"
  remedy "remove the equipment from the private space"
}

rule pipl.least-impact-mode {
  title "Where the person already claims an identity, match 1:1, not 1:N"
  cites PIPL Art. 6
  # For payment, boarding and identity checks the person presents a card, a ticket or an account anyway; comparing
  # the face with that one template has a smaller impact than searching everyone enrolled.
  applies when processing.creates_templates and purposes intersects {payment, boarding, identity_verification,
                                                                     access_control}
  requires processing.mode == verification_1to1
  severity major
  finding "faces are searched 1:N ({processing.mode}) where the person claims an identity that could be verified 1:1"
  remedy "verify each face only against the template of the identity the person claims"
  imposes mode verification "match each face only against the one template of the identity the person claims"
}

# ---------------------------------------------------------------------------------------------------------------
# Consent
# ---------------------------------------------------------------------------------------------------------------

rule pipl.consent-voluntary-explicit {
  title "Consent must be voluntary, explicit and fully informed"
  cites PIPL Art. 14, PIPL Art. 16
  applies when processing.creates_templates and basis.pipl == pipl_consent
  # Voluntary: refusing costs nothing. Explicit: an express statement, not enrolment by default. Informed: the
  # person was told before (Art. 17). A face demanded as the price of entry is not given voluntarily, unless the
  # face is necessary for the product or service itself (Art. 16's proviso): losing a service that cannot be
  # provided without the face is not coercion.
  requires consent.explicit and not consent.opt_out_default and notice.given
    and (consent.refusable_without_detriment
    or (consent.condition_of_service and not less_intrusive_means.available and assess.necessary_for_service))
  severity blocking
  finding "the consent relied on is not voluntary, explicit and informed"
  remedy "ask for an express opt-in after full notice, and let people refuse without losing anything"
}

rule pipl.consent-renewed-on-change {
  title "A new method of processing needs the individual's consent again"
  cites PIPL Art. 14(2)
  # Art. 14, second paragraph: where the purpose, method or categories change, consent must be obtained again. A
  # park that switches its pass holders from fingerprint to face entry by notice changes the method and the
  # category (Guo Bing v. Hangzhou Safari Park).
  applies when processing.creates_templates and basis.pipl == pipl_consent and consent.unilateral_change
  prohibited
  severity blocking
  finding "face processing was introduced by changing an existing contract unilaterally, without obtaining consent again"
  remedy "ask each person again for consent to the face processing, and keep the old way for those who refuse"
}

rule pipl.separate-consent {
  title "Sensitive personal information needs the individual's separate consent"
  cites PIPL Art. 29
  applies when processing.creates_templates and basis.pipl == pipl_consent
  # 单独同意: consent to the face processing on its own, not inside terms of service or a general privacy policy.
  requires consent.separate and not consent.bundled
  severity blocking
  finding "faces are processed without the individual's separate consent"
  remedy "ask for consent to the face processing separately from any other terms, and keep a record of it"
  imposes separate_consent_required "enrol a face only after a separate consent to the face processing"
  imposes consent_record_required "keep a record of each consent: who, when, to what"
}

rule pipl.consent-withdrawal {
  title "Consent to the face processing can be withdrawn, in a convenient way"
  cites PIPL Art. 15
  applies when processing.creates_templates and basis.pipl == pipl_consent
  requires consent.withdrawable
  severity major
  finding "people cannot withdraw their consent to the face processing in a convenient way"
  remedy "provide a convenient way to withdraw consent, and delete the template when it is withdrawn (Art. 47)"
}

rule pipl.written-consent {
  title "Written consent where a law or administrative regulation requires it"
  cites PIPL Art. 29
  applies when processing.creates_templates and basis.pipl == pipl_consent and basis.written_consent_by_law
  requires consent.written
  severity blocking
  finding "a law requires written consent for this processing, and consent was not given in writing"
  remedy "obtain the consent in writing (paper or electronic)"
  imposes written_consent_required "enrol a face only after a written consent"
}

rule pipl.minors-under-14 {
  title "Faces of children under 14 need their parents' or guardians' consent"
  cites PIPL Art. 31, PIPL Art. 28(1)
  applies when processing.creates_templates and basis.pipl == pipl_consent
    and data_subjects.categories contains under_14
  requires consent.guardian
  severity blocking
  finding "faces of children under 14 are processed without the consent of their parents or guardians"
  remedy "obtain a parent's or guardian's consent and adopt special processing rules for children's information"
  imposes guardian_consent_below_age 14 years "enrol a child under 14 only with a recorded guardian consent"
}

# ---------------------------------------------------------------------------------------------------------------
# Notice
# ---------------------------------------------------------------------------------------------------------------

rule pipl.notice {
  title "Before processing, tell the individual who, why, how, how long, and how to exercise rights"
  cites PIPL Art. 17
  applies when processing.creates_templates
  # Art. 18 (not encoded) spares the processor where laws or administrative regulations require secrecy or make
  # notice unnecessary, and allows notice after an emergency; a deployment relying on it should say so in the DPIA.
  requires notice.given
    and notice.contents contains controller_identity
    and notice.contents contains purposes_and_methods
    and notice.contents contains data_categories
    and notice.contents contains retention_period
    and notice.contents contains rights_and_how
  # A state organ need not notify where a law requires secrecy or notice would impede its statutory duties.
  unless state_organ_exempt: controller.type in {public_authority, law_enforcement} and state_organ.notice_would_impede
    cites PIPL Art. 35
  severity major
  finding "people are not told, before their faces are processed, all that PIPL Art. 17 requires"
  remedy "give a prominent notice with the processor's name and contact, purposes, methods, data, retention and rights"
}

rule pipl.sensitive-notice {
  title "For sensitive information, also tell why it is necessary and how it affects the individual"
  cites PIPL Art. 30
  applies when processing.creates_templates
  # Art. 30's text could not be verified (see instrument.fp); the content is the seed article's summary.
  requires notice.contents contains necessity and notice.contents contains impact_on_rights
  # Art. 30 excepts the cases where this Law allows not notifying, among them Art. 35 for state organs.
  unless state_organ_exempt: controller.type in {public_authority, law_enforcement} and state_organ.notice_would_impede
    cites PIPL Art. 35
  severity major
  finding "the notice does not explain why processing faces is necessary and how it affects the individual"
  remedy "add to the notice the necessity of the face processing and its impact on the individual's rights"
}

# ---------------------------------------------------------------------------------------------------------------
# Sensitive information: necessity and protection
# ---------------------------------------------------------------------------------------------------------------

rule pipl.sensitive-necessity {
  title "Sensitive information only with sufficient necessity"
  cites PIPL Art. 28(2)
  applies when processing.creates_templates
  # 充分的必要性 is a weighing, left to the assessor, except in two cases where the facts settle it:
  # - facial recognition is a genuine option beside an equally convenient alternative that people may choose
  #   without detriment (the necessity is then the individual's own choice of the convenience), or
  # - public security in a place where State provisions authorise the installation (Art. 26).
  requires assess.necessary_and_proportionate
    or (alternatives.offered and alternatives.equally_convenient and consent.refusable_without_detriment)
    or (purposes within {public_security} and public_security.necessary and public_security.authorised)
  severity blocking
  finding "processing faces is not shown to be sufficiently necessary for the purpose"
  remedy "use a means without faces, or make facial recognition a free option beside an equally convenient one"
  imposes no_unenrolled_templates "discard at once the probe template of anyone who is not enrolled"
}

rule pipl.strict-protection {
  title "Sensitive information only with strict protection measures"
  cites PIPL Art. 28(2), PIPL Art. 51
  applies when processing.creates_templates
  requires security.measures contains encryption_at_rest
    and security.measures contains access_restriction
    and security.measures contains audit_logging
  severity blocking
  finding "templates are not protected by encryption, access restriction and audit logging"
  remedy "encrypt templates, restrict access to named staff, log every enrolment, match and access"
  imposes audit_log_required "log every enrolment, match, access and deletion"
}

rule pipl.breach-readiness {
  title "Ready to remedy a leak of face data at once and notify the authority and the individuals"
  cites PIPL Art. 57, PIPL Art. 51
  # Art. 51 item (5) requires an incident plan; Art. 57 the remedy and notification when a leak occurs or may occur.
  applies when processing.creates_templates
  requires breach.procedure and security.measures contains incident_response
  severity major
  finding "there is no incident plan or procedure to remedy a leak of face data and notify the authority and the individuals"
  remedy "adopt an incident plan and a procedure to take remedial measures at once and notify the authority and the individuals"
}

rule pipl.compliance-audit {
  title "The processor audits its compliance regularly"
  cites PIPL Art. 54
  applies when processing.creates_templates
  requires audits.regular
  severity major
  finding "the processor does not audit regularly whether its processing of faces complies with the law"
  remedy "audit compliance regularly, itself or through a professional body, at the frequency the CAC's measures set"
}

rule pipl.deletion {
  title "Delete faces when the purpose is achieved, the service ends or consent is withdrawn"
  cites PIPL Art. 47
  applies when processing.creates_templates
  requires deletion.on_purpose_end and deletion.on_request
  severity major
  finding "templates are not deleted when the purpose ends or on request"
  remedy "delete templates when the purpose is achieved, the service ends or consent is withdrawn, and on request"
}

rule pipl.rights-mechanism {
  title "A convenient mechanism for people to consult, copy, correct and restrict their face data, with reasons for refusals"
  cites PIPL Art. 50, PIPL Art. 44, PIPL Art. 45, PIPL Art. 46, PIPL Art. 48
  # Deletion is pipl.deletion (Art. 47). A state organ may refuse consultation where Art. 18(1) or Art. 35 applies;
  # the mechanism is still required (Art. 50).
  applies when processing.creates_templates
  requires rights.request_channel and rights.access_copy and rights.rectification_restriction
  severity major
  finding "there is no convenient mechanism for people to consult, copy, correct or restrict their face data, or refusals give no reasons"
  remedy "set up a convenient request mechanism: consultation and copies, correction, restriction, explanations of the rules, and reasons for any refusal"
}

rule pipl.portability {
  title "On request, the person's face data are transferred to a processor the person names"
  cites PIPL Art. 45(3)
  # Art. 45(3): where the conditions of the national cyberspace department are met. The Network Data Security
  # Management Regulations, Art. 25, verified from [NDSR], set them: "（一）能够验证请求人的真实身份；（二）请求转移的是本人同意
  # 提供的或者基于合同收集的个人信息；（三）转移个人信息具备技术可行性；（四）转移个人信息不损害他人合法权益". Item (2) limits the
  # duty to data given on consent or collected under a contract, so the rule applies to those grounds; items (1),
  # (3) and (4) are checked request by request and are part of the mechanism the processor provides.
  applies when processing.creates_templates and basis.pipl in {pipl_consent, pipl_contract_or_hr}
  requires rights.portability
  severity major
  finding "people cannot have the face data they provided transferred to a processor they name"
  remedy "provide a way to transfer, on a verified request, the data a person provided to a processor he or she names"
}

rule pipl.deceased-persons {
  title "Close relatives of a person who has died can exercise the rights over his or her face data"
  cites PIPL Art. 49, SPC-FR Art. 15
  # SPC-FR Art. 15 lets the close relatives sue where the processor breaches the law or the agreement after the
  # death; the mechanism of Art. 50 must therefore accept their requests (consult, copy, correct, delete).
  applies when processing.creates_templates
  requires rights.deceased_relatives
  severity major
  finding "the close relatives of a person who has died cannot consult, copy, correct or delete his or her face data"
  remedy "accept requests from close relatives of deceased people, for their own lawful interests, unless the deceased arranged otherwise"
}

rule pipl.retention {
  title "Templates kept for the shortest time necessary"
  cites PIPL Art. 19, PIPL Art. 47
  # 180 days after last use is facepia's policy ceiling, not statutory text: the PIPL fixes no period and asks for
  # the shortest time necessary. The runtime enforcing the ceiling cures a longer declared period. A watch-list
  # entry is kept while its listing runs.
  applies when processing.creates_templates and not purposes intersects {watchlist_enforcement, law_enforcement_search}
  requires retention.templates <= 180 days
  severity major
  finding "templates are kept {retention.templates} after their last use"
  remedy "keep templates no longer than necessary, at most 180 days after the last use"
  imposes max_template_retention 180 days "delete a template 180 days after its last use at the latest"
}

# ---------------------------------------------------------------------------------------------------------------
# Impact assessment
# ---------------------------------------------------------------------------------------------------------------

rule pipl.pipia {
  title "Assess the impact on personal information protection before processing that Article 55 names"
  cites PIPL Art. 55
  # Faces are sensitive information (Art. 28), but Art. 55 has other triggers that need no template: automated
  # decisions, entrusting or providing to others, providing abroad. The screening assessor weighs them all.
  applies when processing.creates_templates or assess.pipia_required
  requires pipia.done
  severity blocking
  finding "no personal information protection impact assessment was made before processing faces"
  remedy "carry out and record a PIPIA before the first face is enrolled"
}

rule pipl.pipia-contents {
  title "The impact assessment must cover legitimacy and necessity, impact and risks, and the measures; kept 3 years"
  cites PIPL Art. 56
  applies when processing.creates_templates and pipia.done
  requires pipia.covers contains necessity_proportionality
    and pipia.covers contains risk_assessment
    and pipia.covers contains mitigation_measures
    and pipia.record_retention >= 3 years
  severity major
  finding "the PIPIA lacks required contents, or its report and records are not kept for three years"
  remedy "complete the PIPIA (necessity, impact and risks, measures) and keep it and the records at least 3 years"
}

rule pipl.automated-decision {
  title "Decisions with a major impact made by the system alone: explanation on request, and a right to refuse them"
  cites PIPL Art. 24
  # Art. 73(2) defines automated decision-making as analysing and assessing a person's behaviour, habits, interests
  # or economic, health or credit status by computer program and deciding on it. Whether matching a face at a
  # gate is such an assessment is not settled; facepia reads it as covered where the system alone decides with a
  # major impact on the person (the PIPIA trigger of Art. 55 item (2) reads it the same way), and fails closed.
  applies when processing.creates_templates and decision.solely_automated and decision.significant_effect
  requires decision.explanation_on_request and decision.human_review
  severity blocking
  finding "the system alone takes decisions with a major impact on people, without an explanation on request or a way to refuse the machine's decision"
  remedy "explain decisions on request, and let anyone refuse the machine's decision and have a person decide"
}

# ---------------------------------------------------------------------------------------------------------------
# Joint, entrusted and shared processing
# ---------------------------------------------------------------------------------------------------------------

rule pipl.entrusted-processing {
  title "An entrusted party only under an agreement with the Article 21 terms, supervised, and not re-entrusted"
  cites PIPL Art. 21
  applies when processing.creates_templates and processors.used
  requires processors.contract and processors.agreement_pipl and processors.supervised
    and (not processors.sub_processors or processors.sub_processors_authorised)
  severity blocking
  finding "faces are entrusted to another party without an agreement on purpose, period, method, categories and protection, without supervision, or re-entrusted without consent"
  remedy "agree the Article 21 terms with each entrusted party, supervise it, and allow re-entrusting only with your consent"
}

rule pipl.entrusted-party-duties {
  title "Each entrusted party secures the faces it processes and assists the processor"
  cites PIPL Art. 59
  # Art. 59 binds the entrusted party itself; the processor that chooses and supervises it (Art. 21) must be able
  # to show that each vendor does both.
  applies when processing.creates_templates and processors.used
  requires processors.secure_and_assist
  severity major
  finding "an entrusted party does not secure the faces it processes, or does not assist the processor in its duties"
  remedy "bind each vendor to secure the faces and to assist with people's requests, impact assessments and incidents, and check that it does"
}

rule pipl.joint-processing {
  title "Processors who decide jointly must agree on their rights and duties"
  cites PIPL Art. 20
  applies when processing.creates_templates and controller.joint_controllers
  requires joint_controllers.arrangement
  severity major
  finding "the processors who jointly decide on the face processing have not agreed on their respective rights and duties"
  remedy "agree in writing on each processor's rights and duties; each answers to the individual jointly and severally"
}

rule pipl.succession {
  title "Faces that pass to another processor on a merger, division, dissolution or bankruptcy"
  cites PIPL Art. 22
  # Read where stated (declared): few deployments are in this situation, and one that says nothing is not in it.
  applies when processing.creates_templates and declared(succession.transfer) and succession.transfer
  requires succession.recipient_notified and succession.same_purposes
  severity major
  finding "faces pass to another processor without telling people who receives them, or for new purposes without new consent"
  remedy "tell people the receiving processor's name and contact details; for any new purpose or method, obtain their consent anew"
}

rule pipl.public-disclosure {
  title "Faces are made public only with each person's separate consent"
  cites PIPL Art. 25
  # Public screens that show identified people (offenders, debtors, jaywalkers), faces posted online. Art. 25 has
  # no exception but separate consent; a law that requires publication (a wanted notice) is for a lawyer: fail
  # closed. Read where stated (declared), as the other rare situations are.
  applies when (processing.captures_faces or processing.creates_templates) and declared(disclosure.public)
    and disclosure.public
  requires disclosure.separate_consent
  severity blocking
  finding "faces of identifiable people are made public without their separate consent"
  remedy "do not publish faces; where publication is the point, obtain each person's separate consent first"
}

rule pipl.provision-to-others {
  title "Faces provided to another processor: tell people who receives them, and obtain their separate consent"
  cites PIPL Art. 23
  # recipients.third_parties is a recipient that processes for its own purposes, not an entrusted party (Art. 21).
  # Under Art. 13(2), consent is not needed where another ground of Art. 13(1) covers the provision itself; the
  # one such ground facepia can see is a disclosure that a law requires (footage handed over on a lawful order,
  # Art. 13(1)(3)). Any other ground claimed for the provision is for a lawyer to assess: fail closed.
  applies when processing.creates_templates and recipients.third_parties
  requires recipients.notified and recipients.separate_consent
  unless required_by_law: processing.further_use_required_by_law
    cites PIPL Art. 13
  severity blocking
  finding "faces are provided to another processor without telling people who receives them or without their separate consent"
  remedy "tell people the recipient's name, contact, purpose, method and categories, and obtain their separate consent first"
}

# ---------------------------------------------------------------------------------------------------------------
# Providing faces abroad (Arts. 38-40, with the CAC's 2024 Provisions on cross-border data flows)
# ---------------------------------------------------------------------------------------------------------------

rule pipl.cross-border-mechanism {
  title "Faces go abroad only after a security assessment, or under a certification or the standard contract where allowed"
  cites PIPL Art. 38, PIPL Art. 40
  # Facial information is sensitive personal information (Art. 28(1)), so the CAC's tiers for sensitive information
  # decide. The Provisions on Promoting and Regulating Cross-Border Data Flows (CAC Order No. 16, 2024-03-22),
  # Arts. 7 and 8, as every secondary source consulted reports them: a processor that is not a critical information
  # infrastructure operator needs the security assessment once it has provided sensitive personal information of
  # 10,000 people or more abroad since 1 January of the year, and the standard contract or a certification below
  # that; an operator of critical information infrastructure always needs the assessment (Art. 40). The official
  # text of the Provisions was not retrieved, so the figure is not verified against it. facepia fails closed on both
  # points it cannot check: the count runs from 1 January of the previous year (the longer window of the 2022
  # Measures on Security Assessment of Outbound Data Transfers, Art. 4, whose 10,000 for sensitive information was
  # verified in reproductions of its text), and 10,000 itself requires the assessment (以上 includes the number).
  applies when processing.creates_templates and transfer.out_of_china
  requires transfer.cn_mechanism == cac_security_assessment
    or (transfer.cn_mechanism in {pi_protection_certification, cac_standard_contract} and not controller.ciio
    and transfer.cn_sensitive_persons < 10000 persons)
  # Art. 38(1) item (4), "other conditions prescribed by laws, administrative regulations or the State cyberspace
  # administration": the Network Data Security Management Regulations (State Council, in force 2025-01-01), Art. 35,
  # verified from [NDSR]: "（四）为订立、履行个人作为一方当事人的合同，确需向境外提供个人信息；（五）按照依法制定的劳动规章制度
  # 和依法签订的集体合同实施跨境人力资源管理，确需向境外提供员工个人信息；（六）为履行法定职责或者法定义务，确需向境外提供个人信息；
  # （七）紧急情况下为保护自然人的生命健康和财产安全，确需向境外提供个人信息". The CAC's 2024 Provisions on Promoting and
  # Regulating Cross-Border Data Flows (Art. 5, as secondary sources report it; not retrieved) exempt the same
  # situations. Each holds only where the transfer is truly necessary (确需), which the deployment must state; HR
  # management reaches employees only; a statutory duty must be named; an emergency must end. The Provisions'
  # exemption for fewer than 100,000 people excludes sensitive information (as the same sources report it), so it
  # never carries faces, and no value of transfer.cn_exemption names it. An operator of critical
  # information infrastructure is left to a lawyer (Art. 40 defers to administrative regulations, but how far these
  # conditions reach an operator was not verified): fail closed.
  unless necessary_transfer: transfer.cn_mechanism == cn_exemption_claimed and not controller.ciio
      and transfer.cn_exemption in {exemption_contract_with_individual, exemption_cross_border_hr,
                                    exemption_statutory_duty, exemption_emergency}
      and transfer.cn_exemption_necessary
      and (transfer.cn_exemption != exemption_cross_border_hr or data_subjects.categories within {employees})
      and (transfer.cn_exemption != exemption_statutory_duty or declared(basis.legal_provision))
      and (transfer.cn_exemption != exemption_emergency or declared(deployment.end))
    cites PIPL Art. 38(1)
  severity blocking
  finding "faces are provided abroad without the security assessment, certification or standard contract that the volume requires ({transfer.cn_mechanism})"
  remedy "keep faces in China, or pass the CAC security assessment (10,000 people or more, or an infrastructure operator), else file the standard contract or obtain certification"
}

rule pipl.cross-border-consent {
  title "Faces go abroad only after people are told who receives them and consent separately"
  cites PIPL Art. 39
  # Art. 13(2) may dispense with consent where another ground of Art. 13(1) covers the provision abroad itself.
  # facepia does not assess whether a ground covers a transfer abroad (that a contract or HR management needs the
  # faces in China does not show that it needs them abroad), so it requires the separate consent: fail closed.
  applies when processing.creates_templates and transfer.out_of_china
  requires transfer.cn_recipient_notified and transfer.cn_separate_consent
  severity blocking
  finding "faces are provided abroad without telling people who receives them and how to exercise their rights, or without their separate consent"
  remedy "tell people the overseas recipient, purpose, method, categories and how to exercise their rights, and obtain their separate consent"
}

rule pipl.transfer-summary-agrees {
  title "The transfer summary that the PIPIA trigger reads does not deny a provision abroad"
  cites PIPL Art. 55
  # transfer.out_of_china is the Art. 38 question; transfer.outside_jurisdiction sums up, for the Art. 55 item (4)
  # trigger, the risk register and the report, whether faces leave by any measure. A deployment that states a
  # provision abroad and a summary saying that nothing leaves would not have the trigger counted: fail closed on
  # the contradiction. Read only where both are stated (an unstated summary is weighed at its worst).
  applies when declared(transfer.outside_jurisdiction) and declared(transfer.out_of_china)
  requires transfer.outside_jurisdiction or not transfer.out_of_china
  severity blocking
  finding "the deployment states both that faces are provided outside mainland China and that nothing leaves the jurisdiction"
  remedy "state transfer.outside_jurisdiction as true whenever faces are provided outside mainland China"
}

# ---------------------------------------------------------------------------------------------------------------
# Personal information protection officer and representative
# ---------------------------------------------------------------------------------------------------------------

rule pipl.pi-officer {
  title "A personal information protection officer once the processor handles the quantity the CAC prescribes"
  cites PIPL Art. 52
  # The quantity: 1,000,000 people, as the CAC's announcement of 18 July 2025 on reporting protection officers and
  # secondary sources report it; the official text was not retrieved, so the figure is not verified against it.
  # facepia fails closed where it can: the count is of everyone whose personal information the processor handles
  # in all, not only the faces, and 1,000,000 itself triggers the duty (以上 includes the number).
  applies when processing.creates_templates and controller.persons_processed >= 1000000 persons
  requires controller.pi_officer_appointed
  severity major
  finding "the processor handles personal information of {controller.persons_processed} people without a designated personal information protection officer"
  remedy "designate a personal information protection officer, publish the contact details and report them to the CAC"
}

rule pipl.gatekeeper-platform {
  title "A platform of important internet services with very many users carries the Art. 58 duties"
  cites PIPL Art. 58
  applies when processing.creates_templates and controller.type == platform and controller.gatekeeper_platform
  requires platform.gatekeeper_duties
  severity major
  finding "a large platform processes faces without an independent oversight body, platform rules, sanctions on providers or responsibility reports"
  remedy "set up the compliance system with an independent body mainly of outside members, fair platform rules, sanctions, and regular reports"
}

rule pipl.cn-representative {
  title "A processor abroad that serves or analyses people in China sets up an entity or a representative there"
  cites PIPL Art. 53
  applies when processing.creates_templates and not jurisdiction.cn_processing and jurisdiction.cn_data_subjects
  requires controller.cn_representative
  severity major
  finding "a processor outside China processes the faces of people in China without a dedicated entity or representative there"
  remedy "set up a dedicated entity or designate a representative in China and report it to the authorities"
}

# ---------------------------------------------------------------------------------------------------------------
# State organs (Arts. 33-37)
# ---------------------------------------------------------------------------------------------------------------
# The general rules apply to state organs too (Art. 33); these are the special ones. State organs are the
# controller types public_authority and law_enforcement. Organisations authorised by law to manage public affairs
# are treated alike (Art. 37), but no fact says which controllers those are, so they are assessed by the general
# rules only.

rule pipl.state-organ-authority {
  title "A state organ processes faces only within its statutory authority and procedures, and as far as necessary"
  cites PIPL Art. 34, PIPL Art. 33
  applies when processing.creates_templates and controller.type in {public_authority, law_enforcement}
  requires state_organ.within_authority and declared(basis.legal_provision) and basis.necessary_for_ground
  severity blocking
  finding "a state organ processes faces without showing the statutory authority and procedure it acts under, or beyond what its duties need"
  remedy "name the law and article that give the authority, follow its procedure, and process no more than the duty needs"
}

rule pipl.state-organ-storage {
  title "Faces processed by a state organ stay in China, unless a security assessment allows providing them abroad"
  cites PIPL Art. 36
  applies when processing.creates_templates and controller.type in {public_authority, law_enforcement}
    and transfer.out_of_china
  requires transfer.cn_mechanism == cac_security_assessment
  severity blocking
  finding "faces processed by a state organ are stored or provided abroad without a security assessment"
  remedy "store the faces in China; provide them abroad only where truly necessary and after a security assessment"
}

# ---------------------------------------------------------------------------------------------------------------
# Public places (Art. 26): these apply to plain image collection too, templates or not.
# ---------------------------------------------------------------------------------------------------------------
# Art. 26 is read as governing equipment that captures everyone who passes in a public place (capture.ambient).
# A terminal that only sees the person who steps up to it and presents a face (a payment or check-in kiosk in a
# mall) is "installed in a public place" in a literal sense, but it does not collect the images of the public; the
# general rules (Arts. 13, 14, 28, 29) govern it. This reading is a judgement of facepia's lawyers, stated here so
# that a reader can disagree with it.

rule pipl.public-place-security-purpose {
  title "Cameras in public places only where necessary for public security and under State provisions"
  cites PIPL Art. 26
  applies when processing.location in {public_area, publicly_accessible_premises} and capture.ambient
  # Three conditions, each tested: necessary for maintaining public security, installed under the State's
  # provisions, and (pipl.public-place-signs) prominent reminders. Authorisation does not stand in for necessity.
  requires purposes contains public_security and public_security.necessary and public_security.authorised
  severity blocking
  finding "image collection or identification equipment in a public place is not installed for public security under State provisions"
  remedy "install cameras in public places only for public security and as State provisions allow; not for marketing"
}

rule pipl.public-place-signs {
  title "Cameras in public places need prominent reminders"
  cites PIPL Art. 26
  applies when processing.location in {public_area, publicly_accessible_premises} and capture.ambient
  requires signs.conspicuous
  severity blocking
  finding "there are no prominent signs telling people that cameras operate"
  remedy "put up prominent signs before people enter the field of view"
}

rule pipl.public-place-use-limit {
  title "Images from public places may be used only for public security"
  cites PIPL Art. 26
  applies when processing.location in {public_area, publicly_accessible_premises} and capture.ambient
  requires purposes within {public_security} and not processing.secondary_use
  # The statute's own exception. When it applies the rule still imposes the public-security limit on the runtime:
  # facepia cannot tell, per person, who gave the separate consent, so it fails closed to the statutory default.
  unless separate_consent: consent.obtained and consent.separate
    cites PIPL Art. 26
  severity blocking
  finding "images collected in a public place are used for purposes other than public security ({purposes})"
  remedy "use the images and identification information for public security only, or obtain each person's separate consent"
  imposes allowed_purposes {public_security} "every operation must declare the purpose public_security"
}

rule pipl.other-biometrics {
  title "Biometric information other than the face needs an assessment of its own"
  cites PIPL Art. 28
  # Fingerprints and other biometric information are sensitive personal information too (Art. 28(1)); facepia's
  # rules weigh faces only, so the deployment is refused until the other processing is assessed.
  applies when declared(processing.other_biometrics)
    and processing.other_biometrics intersects {fingerprint_data, iris_data, palm_vein_data, voice_data}
  prohibited
  severity blocking
  finding "biometric information other than the face is processed in the same system ({processing.other_biometrics}), which facepia does not assess"
  remedy "assess the other biometric processing with its own ground, separate consent and impact assessment"
}
