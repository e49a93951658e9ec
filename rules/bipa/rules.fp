# BIPA rules: what a private entity in Illinois must do before and while it holds scans of face geometry
# (Sec. 15), and the exposure a violation carries (Sec. 20). Each subsection of Sec. 15 is its own rule: a bare
# violation is actionable (Rosenbach v. Six Flags, Ill. 2019), so every one refuses the deployment.

import "../common/vocabulary.fp"
import "../common/derived.fp"
import "instrument.fp"

rule bipa.retention-policy {
  title "Sec. 15(a): a public written retention schedule, destruction when the purpose is met or within 3 years"
  cites BIPA Sec. 15(a)
  # Destruction "when the initial purpose ... has been satisfied or within 3 years of the individual's last
  # interaction, whichever occurs first": templates erased when the purpose ends, and never kept more than 3 years
  # (1,095 days) after the last interaction, which the runtime enforces as its retention ceiling.
  requires bipa.retention_policy_public
    and bipa.schedule_followed
    and deletion.on_purpose_end
    and retention.templates <= 1095 days
  severity blocking
  finding "no public written retention and destruction policy is followed, or templates outlive the purpose or 3 years"
  remedy "publish a written retention schedule and destruction guidelines, and destroy each template when its purpose"
         "is met and at the latest 3 years after the person's last interaction"
  imposes max_template_retention 1095 days "destroy a template 3 years after the person's last interaction at the latest"
}

rule bipa.written-release {
  title "Sec. 15(b): written notice of collection, purpose and term, and a written release, before any scan"
  cites BIPA Sec. 15(b)
  # "Unless it first": the notice and the release come before the first scan. A release executed as a condition of
  # employment counts only in the context of employment (Sec. 10).
  requires bipa.written_notice
    and (bipa.release == informed_written_consent
    or (bipa.release == employment_release and controller.type == employer))
  # P.A. 103-769 (effective 2024-08-02) put the electronic signature into Sec. 10's written release. Whether an
  # electronic signature was a written release before that day is left open: facepia does not accept it for an
  # assessment date before the amendment (fail closed).
  unless electronic_signature: bipa.written_notice and bipa.release == electronic_signature and as_of >= 2024-08-02
    cites BIPA Sec. 10
  severity blocking
  finding "faces are scanned without first informing people in writing and receiving their written release"
  remedy "before any scan, tell each person in writing what is collected, why and for how long, and obtain a signed release"
  imposes written_consent_required "enrol a face only after a written release (signed on paper or electronically)"
  imposes consent_record_required "keep each written release: who signed, when, to what"
}

rule bipa.no-profit {
  title "Sec. 15(c): no selling, leasing, trading or otherwise profiting from biometric identifiers"
  cites BIPA Sec. 15(c)
  # No consent or other exception: a release does not permit it.
  requires not bipa.profits
  severity blocking
  finding "the entity sells, leases, trades or otherwise profits from people's face geometry"
  remedy "stop selling or trading faces or access to them; no consent lifts this prohibition"
}

rule bipa.disclosure {
  title "Sec. 15(d): no disclosure without consent, a requested transaction, a law, or a warrant or subpoena"
  cites BIPA Sec. 15(d)
  requires not bipa.discloses
  unless consent: bipa.disclosure_consent
    cites BIPA Sec. 15(d)(1)
  unless financial_transaction: bipa.disclosure_completes_transaction
    cites BIPA Sec. 15(d)(2)
  unless required_by_law: bipa.disclosure_required_by_law
    cites BIPA Sec. 15(d)(3)
  severity blocking
  finding "face geometry is disclosed to others without consent or another Sec. 15(d) exception"
  remedy "disclose faces (vendors included) only with each person's consent to the disclosure, or as the law requires"
}

rule bipa.reasonable-care {
  title "Sec. 15(e): the industry's reasonable care, and at least the protection of other confidential information"
  cites BIPA Sec. 15(e)
  requires bipa.reasonable_care
  severity blocking
  finding "face geometry is not stored, transmitted and protected with the industry's reasonable care"
  remedy "protect faces at least as well as account numbers and social security numbers, to the industry's standard"
}

rule bipa.damages-exposure {
  title "Sec. 20: the liquidated damages a violation of Sec. 15 exposes the entity to"
  cites BIPA Sec. 20
  # Informs the report; never decides. The amount is per person and per subsection violated: $1,000 where
  # negligent, $5,000 where intentional or reckless (Sec. 20(a)); from 2024-08-02 repeated scans of the same person
  # by the same method are one violation of Sec. 15(b) (Sec. 20(b)). The report states the inputs; the product is
  # for counsel (the rule language does not multiply).
  applies when status(bipa.retention-policy) != compliant
    or status(bipa.written-release) != compliant
    or status(bipa.no-profit) != compliant
    or status(bipa.disclosure) != compliant
    or status(bipa.reasonable-care) != compliant
  prohibited
  severity advisory
  finding "{data_subjects.count} are exposed: $1,000 per person and violated subsection if negligent, $5,000 if intentional or reckless ({bipa.culpability}); one Sec. 15(b) violation per person and method of collection"
  remedy "cure every Sec. 15 breach before any face is scanned; claims run for five years (Tims v. Black Horse Carriers, Ill. 2023)"
}
