# CN-CC rules: the Civil Code's personal information articles (Arts. 1034-1039) as a people's court applies them to
# facial recognition under the SPC Provisions.
#
# Who is bound. Arts. 1035 to 1038 bind every "information processor"; facepia applies them to processors other
# than state organs, whose processing conditions are the PIPL's (Arts. 33 to 37, in the PIPL pack) and whose civil
# duty the Civil Code states in Art. 1039. The instrument's scope already limits the pack to facial recognition.
#
# Where the Provisions restate an article for faces, the SPC-FR rule is the court's reading and this rule the
# article it reads: Art. 1035(1)(1) with SPC-FR Arts. 2(1), 2(3), 4 and 5; Art. 1035(1)(2), (3) with SPC-FR
# Art. 2(2); Art. 1037(2) with SPC-FR Art. 12. The report shows both: one breach seen from the statute and from the
# interpretation, not two breaches. Art. 1034 (faces are biometric, so personal, information) defines the matter
# and has no rule; the "not excessive" principle of Art. 1035(1) is tested through the PIPL's least-impact and
# necessity rules (PIPL Arts. 6, 28(2)), which say the same of faces.

import "../common/vocabulary.fp"
import "../common/derived.fp"
import "instrument.fp"

rule cn-cc.consent-or-law {
  title "Faces are processed with the person's or the guardian's consent, unless a law or administrative regulation provides otherwise"
  cites CN-CC Art. 1035(1)(1)
  applies when not controller.type in {public_authority, law_enforcement}
  # Consent is the person's, or the guardian's for a child: the PIPL's line of 14 (PIPL Art. 31), which the SPC
  # named for faces. Whether the consent is a valid defence (not demanded for a service that does not need the face,
  # not bundled, not coerced) is SPC-FR Art. 4, tested by that pack's rules.
  requires basis.pipl == pipl_consent
    and consent.obtained
    and (consent.guardian or not data_subjects.categories contains under_14)
  # "Unless laws or administrative regulations provide otherwise": the PIPL's grounds other than consent (Art.
  # 13(1) items 2 to 4 and 7), each with the facts that show it, as in pipl.legal-basis; and public security under
  # the State provisions (PIPL Art. 26), the public interest of Art. 1036(3) as SPC-FR Art. 5(2) defines it for
  # faces. Information made public (Art. 1036(2)) is no exception here: a face scanned to recognise someone is a
  # processing that harms his major interests unless he agrees, and the PIPL pack refuses that ground for a lawyer.
  unless contract_or_hr: basis.pipl == pipl_contract_or_hr and basis.necessary_for_ground
    cites CN-CC Art. 1035(1)(1)
  unless statutory_duty_or_law: basis.pipl in {pipl_statutory_duty, pipl_other_law} and declared(basis.legal_provision)
      and basis.necessary_for_ground
    cites CN-CC Art. 1035(1)(1)
  unless emergency: basis.pipl == pipl_emergency and basis.necessary_for_ground and declared(deployment.end)
    cites CN-CC Art. 1035(1)(1)
  unless public_security: purposes within {public_security} and public_security.necessary and public_security.authorised
    cites CN-CC Art. 1036(3)
  severity blocking
  finding "faces are processed without the person's (or the guardian's) consent and without a law that provides otherwise"
  remedy "obtain each person's consent (a guardian's under 14), or name the law that provides otherwise and show the necessity"
}

rule cn-cc.rules-and-purpose-stated {
  title "The processing rules are public and the purpose, method and scope expressly stated"
  cites CN-CC Art. 1035(1)(2), CN-CC Art. 1035(1)(3)
  applies when not controller.type in {public_authority, law_enforcement}
  requires notice.rules_published and notice.contents contains purposes_and_methods
  severity major
  finding "the rules for processing faces are not public, or the purpose, method and scope are not expressly stated"
  remedy "publish the face processing rules and state the purpose, method and scope of the processing"
}

rule cn-cc.within-law-and-agreement {
  title "Faces are not processed beyond the stated purpose or the agreement"
  cites CN-CC Art. 1035(1)(4)
  # Item 4: no breach of laws, administrative regulations or the parties' agreement. The breach of law is what the
  # other rules test; the breach of the agreement that a deployment can show is a further use beyond the purposes
  # stated to the person (SPC-FR Art. 2(4) names it). A disclosure that a law requires breaches neither.
  applies when not controller.type in {public_authority, law_enforcement}
  requires not processing.secondary_use or processing.further_use_required_by_law
  severity major
  finding "faces are used, or made available, for a purpose beyond those stated to the people"
  remedy "use the faces only for the purposes stated and agreed, or ask each person again for the new purpose"
}

rule cn-cc.access-correction-deletion {
  title "People can consult, copy and correct their face data, and have it deleted where it is processed unlawfully"
  cites CN-CC Art. 1037(1), CN-CC Art. 1037(2)
  # The processor must be able to answer these requests when they come; SPC-FR Art. 12 adds that deletion cannot
  # be refused because the agreement says nothing about it.
  applies when not controller.type in {public_authority, law_enforcement}
  requires rights.access_copy and rights.rectification_restriction and deletion.on_request
  severity major
  finding "people cannot consult, copy or correct their face data, or have it deleted on request"
  remedy "answer requests to consult, copy and correct face data, and delete it on request"
}

rule cn-cc.no-unlawful-provision {
  title "Faces are provided to others only with the person's consent"
  cites CN-CC Art. 1038(1)
  # "Unless processed so that no specific person can be identified and it cannot be restored": a face template
  # identifies by design, so that proviso never helps here. A provision that a law requires is not "unlawful".
  applies when not controller.type in {public_authority, law_enforcement} and recipients.third_parties
  requires recipients.separate_consent
  unless required_by_law: processing.further_use_required_by_law
    cites CN-CC Art. 1038(1)
  severity blocking
  finding "faces are provided to another party without each person's consent"
  remedy "provide faces to another party only with each person's consent, or where a law requires it"
}

rule cn-cc.security-and-remedies {
  title "Technical measures keep faces from leaks, tampering and loss; a leak is remedied and notified"
  cites CN-CC Art. 1038(2)
  applies when not controller.type in {public_authority, law_enforcement}
  requires security.measures contains encryption_at_rest
    and security.measures contains access_restriction
    and breach.procedure
  severity major
  finding "faces are not protected by encryption and access restriction, or there is no procedure to remedy and notify a leak"
  remedy "encrypt stored faces, restrict access to named staff, and adopt a procedure to remedy a leak and inform the people and the authority"
}

rule cn-cc.state-organ-confidentiality {
  title "A state organ keeps the faces it learns in performing its duties confidential"
  cites CN-CC Art. 1039
  # Confidential: access restricted to the staff who need it, and no provision to others unless a law requires it.
  applies when controller.type in {public_authority, law_enforcement}
  requires security.measures contains access_restriction
    and (not recipients.third_parties or processing.further_use_required_by_law)
  severity major
  finding "the faces a state organ collects are not kept confidential: access is not restricted, or they are provided to others without a law requiring it"
  remedy "restrict access to the staff who need the faces for the duty, and provide them to others only where a law requires it"
}
