# Illinois Biometric Information Privacy Act (BIPA), 740 ILCS 14, P.A. 95-994, effective 2008-10-03, as amended by
# P.A. 103-769 (SB 2979), effective 2024-08-02, which added the electronic signature to the written release
# (Sec. 10) and made repeated collection from, or disclosure of, the same person by the same method one violation
# (Sec. 20(b), (c)).
#
# Source of every text: [JUS] Justia, 2025 Illinois Compiled Statutes, 740 ILCS 14
# (law.justia.com/codes/illinois/chapter-740/act-740-ilcs-14/), as captured in the Cloud Security Alliance's
# `dataset-public-laws-regulations-standards` repository, regulation/illinois.gov/bipa/bipa.md (commit ba6cf991);
# the date and content of P.A. 103-769 agree with LegiScan's record of SB 2979. Justia warns that its copy may not
# be the most recent. Compared with the Illinois General Assembly's own copies as far as the stored pages reach
# ([ILGA]: the ILCS full text of Sec. 15, ilga.gov/legislation/ilcs/fulltext?DocName=074000140K15, and Public Act
# 103-0769 as published at ilga.gov/legislation/publicacts/103/103-0769.htm; the stored pages keep only their
# beginning): word for word the same in Sec. 10's definitions of "biometric identifier" (the sentences quoted) and
# "biometric information" (its first sentence), and in Sec. 15(a), (b) up to the end of item (1). The rest was not
# found on ilga.gov in the stored pages; Sec. 20(a), (b) also agree with a third, unofficial copy (self-law.org).
#
# The Act is cited as Illinois cites it, by section and lettered subsection (`BIPA Sec. 15(b)`, `BIPA Sec.
# 15(d)(1)`): each section is declared here with its text, and a rule cites the subsection it encodes.

instrument BIPA {
  title "Biometric Information Privacy Act (740 ILCS 14)"
  jurisdiction "US-IL"
  in_force 2008-10-03
  # The Act has no territorial clause. Illinois law reaches a claim only where its circumstances occurred primarily
  # and substantially in Illinois (Avery v. State Farm, Ill. 2005, applied to BIPA claims by the federal courts):
  # jurisdiction.us_illinois states that test, not residence. A scan of face geometry: templates, or face analysis
  # that measures the face (fail closed: analysis without identification is within it until a court says
  # otherwise). Private entities only: not State or local government agencies or Illinois courts (Sec. 10), nor
  # financial institutions under Title V of the Gramm-Leach-Bliley Act or contractors working for a State agency or
  # local government (Sec. 25).
  scope jurisdiction.us_illinois
    and (processing.creates_templates or processing.mode in {verification_1to1, identification_1ton, analysis_only})
    and not bipa.excluded_entity
  out_of_scope "BIPA governs private entities that scan face geometry where the conduct occurs primarily and"
               "substantially in Illinois; not State or local government agencies or Illinois courts (Sec. 10), nor"
               "financial institutions subject to Title V of the Gramm-Leach-Bliley Act or contractors working for a"
               "State agency or local government (Sec. 25)"
}

provision BIPA Sec. 10 {
  title "Definitions (as amended by P.A. 103-769, effective 2024-08-02)"
  # [JUS], the definitions that bear on faces; the rest of the section is left out ("..."). "Biometric identifier"
  # and the first sentence of "biometric information" agree with [ILGA] (P.A. 103-0769).
  text "\"Biometric identifier\" means a retina or iris scan, fingerprint, voiceprint, or scan of hand or face"
       "geometry. Biometric identifiers do not include writing samples, written signatures, photographs, human"
       "biological samples used for valid scientific testing or screening, demographic data, tattoo descriptions, or"
       "physical descriptions such as height, weight, hair color, or eye color. ...\n\"Biometric information\" means"
       "any information, regardless of how it is captured, converted, stored, or shared, based on an individual's"
       "biometric identifier used to identify an individual. ...\n\"Electronic signature\" means an electronic sound,"
       "symbol, or process attached to or logically associated with a record and executed or adopted by a person"
       "with the intent to sign the record.\n\"Private entity\" means any individual, partnership, corporation,"
       "limited liability company, association, or other group, however organized. A private entity does not"
       "include a State or local government agency. A private entity does not include any court of Illinois, a clerk"
       "of the court, or a judge or justice thereof.\n\"Written release\" means informed written consent, electronic"
       "signature, or, in the context of employment, a release executed by an employee as a condition of"
       "employment."
}

provision BIPA Sec. 15 {
  title "Retention; collection; disclosure; destruction"
  # [JUS], subsections (a) to (e) in full.
  text "(a) A private entity in possession of biometric identifiers or biometric information must develop a written"
       "policy, made available to the public, establishing a retention schedule and guidelines for permanently"
       "destroying biometric identifiers and biometric information when the initial purpose for collecting or"
       "obtaining such identifiers or information has been satisfied or within 3 years of the individual's last"
       "interaction with the private entity, whichever occurs first. Absent a valid warrant or subpoena issued by a"
       "court of competent jurisdiction, a private entity in possession of biometric identifiers or biometric"
       "information must comply with its established retention schedule and destruction guidelines.\n(b) No private"
       "entity may collect, capture, purchase, receive through trade, or otherwise obtain a person's or a customer's"
       "biometric identifier or biometric information, unless it first: (1) informs the subject or the subject's"
       "legally authorized representative in writing that a biometric identifier or biometric information is being"
       "collected or stored; (2) informs the subject or the subject's legally authorized representative in writing"
       "of the specific purpose and length of term for which a biometric identifier or biometric information is being"
       "collected, stored, and used; and (3) receives a written release executed by the subject of the biometric"
       "identifier or biometric information or the subject's legally authorized representative.\n(c) No private"
       "entity in possession of a biometric identifier or biometric information may sell, lease, trade, or otherwise"
       "profit from a person's or a customer's biometric identifier or biometric information.\n(d) No private entity"
       "in possession of a biometric identifier or biometric information may disclose, redisclose, or otherwise"
       "disseminate a person's or a customer's biometric identifier or biometric information unless: (1) the subject"
       "of the biometric identifier or biometric information or the subject's legally authorized representative"
       "consents to the disclosure or redisclosure; (2) the disclosure or redisclosure completes a financial"
       "transaction requested or authorized by the subject of the biometric identifier or the biometric information"
       "or the subject's legally authorized representative; (3) the disclosure or redisclosure is required by State"
       "or federal law or municipal ordinance; or (4) the disclosure is required pursuant to a valid warrant or"
       "subpoena issued by a court of competent jurisdiction.\n(e) A private entity in possession of a biometric"
       "identifier or biometric information shall: (1) store, transmit, and protect from disclosure all biometric"
       "identifiers and biometric information using the reasonable standard of care within the private entity's"
       "industry; and (2) store, transmit, and protect from disclosure all biometric identifiers and biometric"
       "information in a manner that is the same as or more protective than the manner in which the private entity"
       "stores, transmits, and protects other confidential and sensitive information."
}

provision BIPA Sec. 20 {
  title "Right of action (as amended by P.A. 103-769, effective 2024-08-02)"
  # [JUS], subsections (a) and (b); (c), on repeated disclosure, is left out ("...").
  text "(a) Any person aggrieved by a violation of this Act shall have a right of action in a State circuit court or"
       "as a supplemental claim in federal district court against an offending party. A prevailing party may recover"
       "for each violation: (1) against a private entity that negligently violates a provision of this Act,"
       "liquidated damages of $1,000 or actual damages, whichever is greater; (2) against a private entity that"
       "intentionally or recklessly violates a provision of this Act, liquidated damages of $5,000 or actual"
       "damages, whichever is greater; (3) reasonable attorneys' fees and costs, including expert witness fees and"
       "other litigation expenses; and (4) other relief, including an injunction, as the State or federal court may"
       "deem appropriate.\n(b) For purposes of subsection (b) of Section 15, a private entity that, in more than one"
       "instance, collects, captures, purchases, receives through trade, or otherwise obtains the same biometric"
       "identifier or biometric information from the same person using the same method of collection in violation"
       "of subsection (b) of Section 15 has committed a single violation of subsection (b) of Section 15 for which"
       "the aggrieved person is entitled to, at most, one recovery under this Section. ..."
}

provision BIPA Sec. 25 {
  title "Construction"
  # [JUS], subsections (c) and (e).
  text "... (c) Nothing in this Act shall be deemed to apply in any manner to a financial institution or an affiliate"
       "of a financial institution that is subject to Title V of the federal Gramm-Leach-Bliley Act of 1999 and the"
       "rules promulgated thereunder. ... (e) Nothing in this Act shall be construed to apply to a contractor,"
       "subcontractor, or agent of a State agency or local unit of government when working for that State agency or"
       "local unit of government."
}
