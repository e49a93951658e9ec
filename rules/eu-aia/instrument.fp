# Regulation (EU) 2024/1689 of the European Parliament and of the Council of 13 June 2024 laying down harmonised rules
# on artificial intelligence (Artificial Intelligence Act), OJ L, 2024/1689, 12.7.2024 (EU-AIA). In force
# 2024-08-01 (twentieth day after publication, Art. 113); it applies in stages (Art. 113): Chapters I and II, the
# prohibitions of Art. 5 among them, from 2025-02-02; penalties (Chapter XII) from 2025-08-02; the rest, Art. 50
# among it, from 2026-08-02.
#
# The instrument's `in_force` below is 2025-02-02, the first day any of its rules applies (as the GDPR pack gives the
# date of application, not of entry into force): before it, the Act binds no one and the report says it is not in
# force; each provision carries its own date of application.
#
# Amendment: Regulation (EU) 2026/1744 (the "Digital Omnibus on AI", of 8 July 2026, OJ L, 2026/1744, 24.7.2026, in
# force 2026-07-27 under its Art. 4, the third day after publication), Art. 1 point (40), replaced Art. 113 third
# paragraph points (a) and (c). Its words, as several independent public repositories quote them from EUR-Lex
# (CELEX 32026R1744 and the consolidated text 02024R1689-20260727), agreeing word for word; the OJ itself was not
# retrieved, so this is not verified against it:
#   "(40) in Article 113, the third paragraph is amended as follows: (a) point (a) is replaced by the following:
#   '(a) Chapters I and II shall apply from 2 February 2025, with the exception of Article 5(1), first subparagraph,
#   points (ba) and (bb), and Article 5(1a) and (1b) which shall apply from 2 December 2026;'; (b) point (c) is
#   replaced by the following: '(c) Chapter III, Sections 1, 2, and 3, with the exception of Article 6(5), shall
#   apply from: (i) 2 December 2027 as regards AI systems classified as high-risk pursuant to Article 6(2) and Annex
#   III; and (ii) 2 August 2028 as regards AI systems classified as high-risk pursuant to Article 6(1) and Annex I;';
#   (c) the following point is added: '(d) Articles 102 to 110 shall apply from 27 July 2026.';"
# In short: Chapters I and II still apply from 2025-02-02, except the new Art. 5(1)(ba) and
# (bb) and 5(1a), (1b) (from 2026-12-02, not about faces); Chapter III Sections 1 to 3 (Art. 6 to 27, the high-risk
# duties, Art. 26 and 27 among them) apply from 2027-12-02 for Annex III systems and 2028-08-02 for Annex I systems.
# Because the amendment is not verified here against the OJ, facepia fails closed: it applies Art. 113 as adopted
# (verified), so the high-risk provisions below (Art. 6(2) to (4), 26, 27) carry 2026-08-02, and an advisory finding
# (eu-aia.high-risk-date) tells every high-risk deployment assessed before 2027-12-02 that the amendment, once a
# lawyer confirms it on EUR-Lex, defers these duties to 2027-12-02. What decides: the OJ text of Regulation (EU)
# 2026/1744, Art. 1 point (40); confirmed, the dates below become 2027-12-02.
#
# Sources of the texts: [EUR] the English text of OJ L 2024/1689 on EUR-Lex (CELEX 32024R1689), in the extraction
# kept by the Cloud Security Alliance's `dataset-public-laws-regulations-standards` repository,
# regulation/europa.eu/ai-act/eu-ai-act-full.md (commit 7d418867); the passages of Art. 5(1)(e) to (g) also agree with
# an independent copy of the OJ text in another public repository. Every quotation below is from [EUR], word for
# word (the OJ's curly quotation marks written as ').

instrument EU-AIA {
  title "Regulation (EU) 2024/1689 (Artificial Intelligence Act)"
  jurisdiction "EU"
  in_force 2025-02-02
  # Art. 2(1): providers placing AI systems on the Union market, deployers established or located in the Union,
  # providers and deployers elsewhere whose systems' output is used in the Union, and affected persons in the Union
  # (read with the GDPR pack's two facts: an establishment in the EU, or people in the EU whom the processing
  # serves or monitors). An AI system: facial recognition, or face analysis that infers attributes; a camera that
  # does nothing with faces is none. Art. 2(3), (6), (8): military, defence and national security uses, systems for
  # the sole purpose of scientific research, and research and testing before the market are excluded.
  scope (jurisdiction.eu_establishment or jurisdiction.eu_data_subjects)
    and (processing.creates_templates or processing.mode in {verification_1to1, identification_1ton, analysis_only})
    and not ai.excluded_use
  out_of_scope "the AI Act governs AI systems placed on the market, put into service or used in the Union, or whose"
               "output is used there (Art. 2(1)); a camera that does nothing with faces is no AI system; the Act does"
               "not apply to systems used exclusively for military, defence or national security purposes, developed"
               "for the sole purpose of scientific research, or researched and tested before they are placed on the"
               "market (Art. 2(3), (6), (8))"
}

provision EU-AIA Art. 2 {
  title "Scope"
  # [EUR], paragraphs 1, 3 (first and second subparagraphs), 6 and 8; the other paragraphs are not quoted.
  text "1. This Regulation applies to: (a) providers placing on the market or putting into service AI systems or"
       "placing on the market general-purpose AI models in the Union, irrespective of whether those providers are"
       "established or located within the Union or in a third country; (b) deployers of AI systems that have their"
       "place of establishment or are located within the Union; (c) providers and deployers of AI systems that have"
       "their place of establishment or are located in a third country, where the output produced by the AI system is"
       "used in the Union; ... (g) affected persons that are located in the Union. ... 3. ... This Regulation does not"
       "apply to AI systems where and in so far they are placed on the market, put into service, or used with or"
       "without modification exclusively for military, defence or national security purposes, regardless of the type"
       "of entity carrying out those activities. ... 6. This Regulation does not apply to AI systems or AI models,"
       "including their output, specifically developed and put into service for the sole purpose of scientific"
       "research and development. ... 8. This Regulation does not apply to any research, testing or development"
       "activity regarding AI systems or AI models prior to their being placed on the market or put into service."
       "Such activities shall be conducted in accordance with applicable Union law. Testing in real world conditions"
       "shall not be covered by that exclusion. ..."
}

provision EU-AIA Art. 3(39) {
  title "Emotion recognition system"
  # [EUR]
  text "'emotion recognition system' means an AI system for the purpose of identifying or inferring emotions or"
       "intentions of natural persons on the basis of their biometric data;"
}

provision EU-AIA Art. 3(40) {
  title "Biometric categorisation system"
  # [EUR]
  text "'biometric categorisation system' means an AI system for the purpose of assigning natural persons to specific"
       "categories on the basis of their biometric data, unless it is ancillary to another commercial service and"
       "strictly necessary for objective technical reasons;"
}

provision EU-AIA Art. 3(41) {
  title "Remote biometric identification system"
  # [EUR]
  text "'remote biometric identification system' means an AI system for the purpose of identifying natural persons,"
       "without their active involvement, typically at a distance through the comparison of a person's biometric data"
       "with the biometric data contained in a reference database;"
}

provision EU-AIA Art. 3(42) {
  title "Real-time remote biometric identification system"
  # [EUR]
  text "'real-time remote biometric identification system' means a remote biometric identification system, whereby"
       "the capturing of biometric data, the comparison and the identification all occur without a significant"
       "delay, comprising not only instant identification, but also limited short delays in order to avoid"
       "circumvention;"
}

provision EU-AIA Art. 3(44) {
  title "Publicly accessible space"
  # [EUR]
  text "'publicly accessible space' means any publicly or privately owned physical place accessible to an"
       "undetermined number of natural persons, regardless of whether certain conditions for access may apply, and"
       "regardless of the potential capacity restrictions;"
}

provision EU-AIA Art. 5(1)(e) {
  title "Prohibited: facial recognition databases built by untargeted scraping"
  # [EUR]
  text "the placing on the market, the putting into service for this specific purpose, or the use of AI systems that"
       "create or expand facial recognition databases through the untargeted scraping of facial images from the"
       "internet or CCTV footage;"
  in_force 2025-02-02
}

provision EU-AIA Art. 5(1)(f) {
  title "Prohibited: emotion recognition in the workplace and in education institutions"
  # [EUR]
  text "the placing on the market, the putting into service for this specific purpose, or the use of AI systems to"
       "infer emotions of a natural person in the areas of workplace and education institutions, except where the use"
       "of the AI system is intended to be put in place or into the market for medical or safety reasons;"
  in_force 2025-02-02
}

provision EU-AIA Art. 5(1)(g) {
  title "Prohibited: biometric categorisation inferring sensitive traits"
  # [EUR]
  text "the placing on the market, the putting into service for this specific purpose, or the use of biometric"
       "categorisation systems that categorise individually natural persons based on their biometric data to deduce"
       "or infer their race, political opinions, trade union membership, religious or philosophical beliefs, sex life"
       "or sexual orientation; this prohibition does not cover any labelling or filtering of lawfully acquired"
       "biometric datasets, such as images, based on biometric data or categorizing of biometric data in the area of"
       "law enforcement;"
  in_force 2025-02-02
}

provision EU-AIA Art. 5(1)(h) {
  title "Prohibited: real-time remote biometric identification in publicly accessible spaces for law enforcement"
  # [EUR], with the subparagraph that follows the points of Art. 5(1).
  text "the use of 'real-time' remote biometric identification systems in publicly accessible spaces for the purposes"
       "of law enforcement, unless and in so far as such use is strictly necessary for one of the following"
       "objectives: (i) the targeted search for specific victims of abduction, trafficking in human beings or sexual"
       "exploitation of human beings, as well as the search for missing persons; (ii) the prevention of a specific,"
       "substantial and imminent threat to the life or physical safety of natural persons or a genuine and present or"
       "genuine and foreseeable threat of a terrorist attack; (iii) the localisation or identification of a person"
       "suspected of having committed a criminal offence, for the purpose of conducting a criminal investigation or"
       "prosecution or executing a criminal penalty for offences referred to in Annex II and punishable in the Member"
       "State concerned by a custodial sentence or a detention order for a maximum period of at least four years.\n"
       "Point (h) of the first subparagraph is without prejudice to Article 9 of Regulation (EU) 2016/679 for the"
       "processing of biometric data for purposes other than law enforcement."
  in_force 2025-02-02
}

provision EU-AIA Art. 5(2) {
  title "Real-time remote biometric identification: only to confirm the target's identity; FRIA and registration"
  # [EUR]
  text "The use of 'real-time' remote biometric identification systems in publicly accessible spaces for the purposes"
       "of law enforcement for any of the objectives referred to in paragraph 1, first subparagraph, point (h), shall"
       "be deployed for the purposes set out in that point only to confirm the identity of the specifically targeted"
       "individual, and it shall take into account the following elements: (a) the nature of the situation giving"
       "rise to the possible use, in particular the seriousness, probability and scale of the harm that would be"
       "caused if the system were not used; (b) the consequences of the use of the system for the rights and"
       "freedoms of all persons concerned, in particular the seriousness, probability and scale of those"
       "consequences.\nIn addition, the use of 'real-time' remote biometric identification systems in publicly"
       "accessible spaces for the purposes of law enforcement for any of the objectives referred to in paragraph 1,"
       "first subparagraph, point (h), of this Article shall comply with necessary and proportionate safeguards and"
       "conditions in relation to the use in accordance with the national law authorising the use thereof, in"
       "particular as regards the temporal, geographic and personal limitations. The use of the 'real-time' remote"
       "biometric identification system in publicly accessible spaces shall be authorised only if the law"
       "enforcement authority has completed a fundamental rights impact assessment as provided for in Article 27 and"
       "has registered the system in the EU database according to Article 49. However, in duly justified cases of"
       "urgency, the use of such systems may be commenced without the registration in the EU database, provided that"
       "such registration is completed without undue delay."
  in_force 2025-02-02
}

provision EU-AIA Art. 5(3) {
  title "Real-time remote biometric identification: prior authorisation by a judicial or independent authority"
  # [EUR], first subparagraph and the first sentence of the second.
  text "For the purposes of paragraph 1, first subparagraph, point (h) and paragraph 2, each use for the purposes of"
       "law enforcement of a 'real-time' remote biometric identification system in publicly accessible spaces shall"
       "be subject to a prior authorisation granted by a judicial authority or an independent administrative"
       "authority whose decision is binding of the Member State in which the use is to take place, issued upon a"
       "reasoned request and in accordance with the detailed rules of national law referred to in paragraph 5."
       "However, in a duly justified situation of urgency, the use of such system may be commenced without an"
       "authorisation provided that such authorisation is requested without undue delay, at the latest within 24"
       "hours. If such authorisation is rejected, the use shall be stopped with immediate effect and all the data, as"
       "well as the results and outputs of that use shall be immediately discarded and deleted.\nThe competent"
       "judicial authority or an independent administrative authority whose decision is binding shall grant the"
       "authorisation only where it is satisfied, on the basis of objective evidence or clear indications presented"
       "to it, that the use of the 'real-time' remote biometric identification system concerned is necessary for, and"
       "proportionate to, achieving one of the objectives specified in paragraph 1, first subparagraph, point (h), as"
       "identified in the request and, in particular, remains limited to what is strictly necessary concerning the"
       "period of time as well as the geographic and personal scope. ..."
  in_force 2025-02-02
}

provision EU-AIA Art. 5(4) {
  title "Real-time remote biometric identification: each use notified"
  # [EUR]
  text "Without prejudice to paragraph 3, each use of a 'real-time' remote biometric identification system in publicly"
       "accessible spaces for law enforcement purposes shall be notified to the relevant market surveillance authority"
       "and the national data protection authority in accordance with the national rules referred to in paragraph 5."
       "The notification shall, as a minimum, contain the information specified under paragraph 6 and shall not"
       "include sensitive operational data."
  in_force 2025-02-02
}

provision EU-AIA Art. 5(5) {
  title "Real-time remote biometric identification: only where national law provides for it"
  # [EUR], first two sentences.
  text "A Member State may decide to provide for the possibility to fully or partially authorise the use of"
       "'real-time' remote biometric identification systems in publicly accessible spaces for the purposes of law"
       "enforcement within the limits and under the conditions listed in paragraph 1, first subparagraph, point (h),"
       "and paragraphs 2 and 3. Member States concerned shall lay down in their national law the necessary detailed"
       "rules for the request, issuance and exercise of, as well as supervision and reporting relating to, the"
       "authorisations referred to in paragraph 3. ..."
  in_force 2025-02-02
}

provision EU-AIA Art. 6(2) {
  title "High-risk: the AI systems of Annex III"
  # [EUR]. Chapter III Section 1: applies to Annex III systems from 2026-08-02 (Art. 113 as adopted; 2027-12-02 under
  # Regulation (EU) 2026/1744 as secondary sources quote it, not verified: see above).
  text "In addition to the high-risk AI systems referred to in paragraph 1, AI systems referred to in Annex III shall be"
       "considered to be high-risk."
  in_force 2026-08-02
}

provision EU-AIA Art. 6(3) {
  title "Annex III systems that pose no significant risk; profiling always high-risk"
  # [EUR]. Chapter III Section 1, as Art. 6(2).
  text "By derogation from paragraph 2, an AI system referred to in Annex III shall not be considered to be high-risk"
       "where it does not pose a significant risk of harm to the health, safety or fundamental rights of natural"
       "persons, including by not materially influencing the outcome of decision making.\nThe first subparagraph"
       "shall apply where any of the following conditions is fulfilled:\n(a) the AI system is intended to perform a"
       "narrow procedural task;\n(b) the AI system is intended to improve the result of a previously completed human"
       "activity;\n(c) the AI system is intended to detect decision-making patterns or deviations from prior"
       "decision-making patterns and is not meant to replace or influence the previously completed human assessment,"
       "without proper human review; or\n(d) the AI system is intended to perform a preparatory task to an"
       "assessment relevant for the purposes of the use cases listed in Annex III.\nNotwithstanding the first"
       "subparagraph, an AI system referred to in Annex III shall always be considered to be high-risk where the AI"
       "system performs profiling of natural persons."
  in_force 2026-08-02
}

provision EU-AIA Art. 6(4) {
  title "The provider documents its assessment that an Annex III system is not high-risk"
  # [EUR]
  text "A provider who considers that an AI system referred to in Annex III is not high-risk shall document its"
       "assessment before that system is placed on the market or put into service. Such provider shall be subject to"
       "the registration obligation set out in Article 49(2). Upon request of national competent authorities, the"
       "provider shall provide the documentation of the assessment."
  in_force 2026-08-02
}

provision EU-AIA Art. 26 {
  title "Obligations of deployers of high-risk AI systems"
  # [EUR], paragraphs 1, 2, 6 (first subparagraph), 7, 8, 10 and 11. Chapter III Section 3: from 2026-08-02 for
  # Annex III systems, as Art. 6(2).
  text "1. Deployers of high-risk AI systems shall take appropriate technical and organisational measures to ensure"
       "they use such systems in accordance with the instructions for use accompanying the systems, pursuant to"
       "paragraphs 3 and 6.\n2. Deployers shall assign human oversight to natural persons who have the necessary"
       "competence, training and authority, as well as the necessary support.\n... 6. Deployers of high-risk AI"
       "systems shall keep the logs automatically generated by that high-risk AI system to the extent such logs are"
       "under their control, for a period appropriate to the intended purpose of the high-risk AI system, of at least"
       "six months, unless provided otherwise in applicable Union or national law, in particular in Union law on the"
       "protection of personal data. ...\n7. Before putting into service or using a high-risk AI system at the"
       "workplace, deployers who are employers shall inform workers' representatives and the affected workers that"
       "they will be subject to the use of the high-risk AI system. This information shall be provided, where"
       "applicable, in accordance with the rules and procedures laid down in Union and national law and practice on"
       "information of workers and their representatives.\n8. Deployers of high-risk AI systems that are public"
       "authorities, or Union institutions, bodies, offices or agencies shall comply with the registration"
       "obligations referred to in Article 49. When such deployers find that the high-risk AI system that they"
       "envisage using has not been registered in the EU database referred to in Article 71, they shall not use that"
       "system and shall inform the provider or the distributor.\n... 10. Without prejudice to Directive (EU)"
       "2016/680, in the framework of an investigation for the targeted search of a person suspected or convicted of"
       "having committed a criminal offence, the deployer of a high-risk AI system for post-remote biometric"
       "identification shall request an authorisation, ex ante, or without undue delay and no later than 48 hours, by"
       "a judicial authority or an administrative authority whose decision is binding and subject to judicial review,"
       "for the use of that system, except when it is used for the initial identification of a potential suspect"
       "based on objective and verifiable facts directly linked to the offence. Each use shall be limited to what is"
       "strictly necessary for the investigation of a specific criminal offence.\nIf the authorisation requested"
       "pursuant to the first subparagraph is rejected, the use of the post-remote biometric identification system"
       "linked to that requested authorisation shall be stopped with immediate effect and the personal data linked to"
       "the use of the high-risk AI system for which the authorisation was requested shall be deleted.\nIn no case"
       "shall such high-risk AI system for post-remote biometric identification be used for law enforcement purposes"
       "in an untargeted way, without any link to a criminal offence, a criminal proceeding, a genuine and present or"
       "genuine and foreseeable threat of a criminal offence, or the search for a specific missing person. It shall be"
       "ensured that no decision that produces an adverse legal effect on a person may be taken by the law enforcement"
       "authorities based solely on the output of such post-remote biometric identification systems.\nThis"
       "paragraph is without prejudice to Article 9 of Regulation (EU) 2016/679 and Article 10 of Directive (EU)"
       "2016/680 for the processing of biometric data.\nRegardless of the purpose or deployer, each use of such"
       "high-risk AI systems shall be documented in the relevant police file and shall be made available to the"
       "relevant market surveillance authority and the national data protection authority upon request, excluding"
       "the disclosure of sensitive operational data related to law enforcement. This subparagraph shall be without"
       "prejudice to the powers conferred by Directive (EU) 2016/680 on supervisory authorities.\nDeployers shall"
       "submit annual reports to the relevant market surveillance and national data protection authorities on their"
       "use of post-remote biometric identification systems, excluding the disclosure of sensitive operational data"
       "related to law enforcement. The reports may be aggregated to cover more than one deployment.\nMember States"
       "may introduce, in accordance with Union law, more restrictive laws on the use of post-remote biometric"
       "identification systems.\n11. Without prejudice to Article 50 of this"
       "Regulation, deployers of high-risk AI systems referred to in Annex III that make decisions or assist in making"
       "decisions related to natural persons shall inform the natural persons that they are subject to the use of the"
       "high-risk AI system. For high-risk AI systems used for law enforcement purposes Article 13 of Directive (EU)"
       "2016/680 shall apply. ..."
  in_force 2026-08-02
}

provision EU-AIA Art. 27 {
  title "Fundamental rights impact assessment for high-risk AI systems"
  # [EUR], paragraph 1 and the first sentence of paragraph 3. From 2026-08-02 for Annex III systems, as Art. 26.
  text "1. Prior to deploying a high-risk AI system referred to in Article 6(2), with the exception of high-risk AI"
       "systems intended to be used in the area listed in point 2 of Annex III, deployers that are bodies governed by"
       "public law, or are private entities providing public services, and deployers of high-risk AI systems referred"
       "to in points 5 (b) and (c) of Annex III, shall perform an assessment of the impact on fundamental rights that"
       "the use of such system may produce. For that purpose, deployers shall perform an assessment consisting of:"
       "(a) a description of the deployer's processes in which the high-risk AI system will be used in line with its"
       "intended purpose; (b) a description of the period of time within which, and the frequency with which, each"
       "high-risk AI system is intended to be used; (c) the categories of natural persons and groups likely to be"
       "affected by its use in the specific context; (d) the specific risks of harm likely to have an impact on the"
       "categories of natural persons or groups of persons identified pursuant to point (c) of this paragraph, taking"
       "into account the information given by the provider pursuant to Article 13; (e) a description of the"
       "implementation of human oversight measures, according to the instructions for use; (f) the measures to be"
       "taken in the case of the materialisation of those risks, including the arrangements for internal governance"
       "and complaint mechanisms. ...\n3. Once the assessment referred to in paragraph 1 of this Article has been"
       "performed, the deployer shall notify the market surveillance authority of its results, submitting the"
       "filled-out template referred to in paragraph 5 of this Article as part of the notification. ..."
  in_force 2026-08-02
}

provision EU-AIA Art. 50(3) {
  title "Information for people exposed to emotion recognition or biometric categorisation"
  # [EUR]. Applies from 2026-08-02 (Art. 113, second paragraph; Art. 50 is not among the dates Regulation (EU)
  # 2026/1744 changed).
  text "Deployers of an emotion recognition system or a biometric categorisation system shall inform the natural"
       "persons exposed thereto of the operation of the system, and shall process the personal data in accordance"
       "with Regulations (EU) 2016/679 and (EU) 2018/1725 and Directive (EU) 2016/680, as applicable. This obligation"
       "shall not apply to AI systems used for biometric categorisation and emotion recognition, which are permitted"
       "by law to detect, prevent or investigate criminal offences, subject to appropriate safeguards for the rights"
       "and freedoms of third parties, and in accordance with Union law."
  in_force 2026-08-02
}

provision EU-AIA Art. 50(5) {
  title "When and how the information is given"
  # [EUR]
  text "The information referred to in paragraphs 1 to 4 shall be provided to the natural persons concerned in a clear"
       "and distinguishable manner at the latest at the time of the first interaction or exposure. The information"
       "shall conform to the applicable accessibility requirements."
  in_force 2026-08-02
}

provision EU-AIA Art. 113 {
  title "Entry into force and application"
  # [EUR], as adopted. Points (a) and (c) of the third paragraph were replaced, and a point (d) added, by Regulation
  # (EU) 2026/1744, Art. 1 point (40) (quoted at the head of this file): not verified against the OJ.
  text "This Regulation shall enter into force on the twentieth day following that of its publication in the Official"
       "Journal of the European Union.\nIt shall apply from 2 August 2026.\nHowever:\n(a) Chapters I and II shall"
       "apply from 2 February 2025;\n(b) Chapter III Section 4, Chapter V, Chapter VII and Chapter XII and Article 78"
       "shall apply from 2 August 2025, with the exception of Article 101;\n(c) Article 6(1) and the corresponding"
       "obligations in this Regulation shall apply from 2 August 2027."
}
