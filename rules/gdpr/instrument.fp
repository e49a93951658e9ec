# Regulation (EU) 2016/679, the General Data Protection Regulation (GDPR): entered into force 2016-05-24, applies
# from 2018-05-25 (Art. 99(2)). facepia uses the date of application as `in_force`, because that is the day from
# which its rules bind controllers.
#
# Text: the English version published in OJ L 119, 4.5.2016, as corrected (OJ L 127, 23.5.2018). Every quotation
# below was checked against a copy of that text, and every one agrees with [EUR] (apart from typographic
# quotation marks, given here as ' where the OJ prints curly quotes):
#   [HUB]   gdprhub.eu legal text              [BR]  betterregulation.com consolidated text
#   [CA]    commonaccord.org GDPR source text  [SL]  streamlex.eu
#   [OL]    overview.legal (recitals)          [GY]  gydeline.com (Art. 35(1)-(3))
#   [DB]    the "GDPR and US States General Privacy Laws Deskbook" reproduction of the OJ text (flipbuilder.com)
#   [REPO]  a public repository's GDPR data file that cites OJ L 119 and the 2018 corrigendum
#   [EUR]   the OJ L 119 text as published on EUR-Lex (CELEX 32016R0679), in the copy kept by the Cloud Security
#           Alliance's dataset-public-laws-regulations-standards repository (regulation/europa.eu/gdpr/
#           eu-gdpr-act.html, commit 7d418867); it does not incorporate the 2018 corrigendum
# Where a passage could not be verified it is left out, marked "...", and named in an `# unverified:` comment.
#
# Out of scope on purpose: processing by competent authorities for the prevention, investigation, detection or
# prosecution of criminal offences falls under Directive (EU) 2016/680, not the GDPR (GDPR Art. 2(2)(d)); the
# scope below therefore excludes controller.type == law_enforcement (the Directive is not encoded).

instrument GDPR {
  title "Regulation (EU) 2016/679 (General Data Protection Regulation)"
  title_zh "通用数据保护条例"
  jurisdiction "EU"
  in_force 2018-05-25
  # GDPR Art. 3(1) (establishment in the Union) and Art. 3(2) (offering goods or services to, or monitoring the
  # behaviour of, data subjects who are in the Union).
  # Law enforcement processing is governed by Directive (EU) 2016/680 instead (Art. 2(2)(d)), also where a private
  # company does it for a competent authority; that company says so (controller.acting_for_law_enforcement), as
  # the police say what they are (controller.type).
  scope (jurisdiction.eu_establishment or jurisdiction.eu_data_subjects) and controller.type != law_enforcement
    and not (declared(controller.acting_for_law_enforcement) and controller.acting_for_law_enforcement)
  out_of_scope "the GDPR reaches an establishment in the Union or people in the Union who are served or monitored"
               "(Art. 3); processing by a competent authority, or by a company acting for one, to prevent,"
               "investigate, detect or prosecute criminal offences is governed by the Law Enforcement Directive"
               "(EU) 2016/680 instead (Art. 2(2)(d)), which facepia does not encode (the AI Act's rules on remote"
               "biometric identification for law enforcement are in the EU-AIA pack)"
}

provision GDPR Art. 2(2)(d) {
  title "Material scope: not law enforcement by competent authorities"
  # [EUR]. Such processing is governed by Directive (EU) 2016/680, which facepia does not encode.
  text "This Regulation does not apply to the processing of personal data: (d) by competent authorities for the"
       "purposes of the prevention, investigation, detection or prosecution of criminal offences or the execution of"
       "criminal penalties, including the safeguarding against and the prevention of threats to public security."
}

provision GDPR Art. 4(11) {
  title "Definition of consent"
  # [REPO]; the same wording is quoted by ernestgordonrecruitment.com's data protection procedure.
  text "'consent' of the data subject means any freely given, specific, informed and unambiguous indication of the"
       "data subject's wishes by which he or she, by a statement or by a clear affirmative action, signifies agreement"
       "to the processing of personal data relating to him or her;"
}

provision GDPR Art. 4(14) {
  title "Definition of biometric data"
  # [REPO]; the same wording is quoted in the seed article (footnote 9).
  text "'biometric data' means personal data resulting from specific technical processing relating to the physical,"
       "physiological or behavioural characteristics of a natural person, which allow or confirm the unique"
       "identification of that natural person, such as facial images or dactyloscopic data;"
}

provision GDPR Art. 5(1)(a) {
  title "Lawfulness, fairness and transparency"
  # [BR]
  text "Personal data shall be: (a) processed lawfully, fairly and in a transparent manner in relation to the data"
       "subject ('lawfulness, fairness and transparency');"
}

provision GDPR Art. 5(1)(b) {
  title "Purpose limitation"
  # [BR]
  text "Personal data shall be: (b) collected for specified, explicit and legitimate purposes and not further"
       "processed in a manner that is incompatible with those purposes; further processing for archiving purposes in"
       "the public interest, scientific or historical research purposes or statistical purposes shall, in accordance"
       "with Article 89(1), not be considered to be incompatible with the initial purposes ('purpose limitation');"
}

provision GDPR Art. 5(1)(c) {
  title "Data minimisation"
  # [BR]
  text "Personal data shall be: (c) adequate, relevant and limited to what is necessary in relation to the purposes"
       "for which they are processed ('data minimisation');"
}

provision GDPR Art. 5(1)(d) {
  title "Accuracy"
  # [BR]
  text "Personal data shall be: (d) accurate and, where necessary, kept up to date; every reasonable step must be"
       "taken to ensure that personal data that are inaccurate, having regard to the purposes for which they are"
       "processed, are erased or rectified without delay ('accuracy');"
}

provision GDPR Art. 5(1)(e) {
  title "Storage limitation"
  # [CA]
  text "Personal data shall be: (e) kept in a form which permits identification of data subjects for no longer than"
       "is necessary for the purposes for which the personal data are processed; personal data may be stored for"
       "longer periods insofar as the personal data will be processed solely for archiving purposes in the public"
       "interest, scientific or historical research purposes or statistical purposes in accordance with Article 89(1)"
       "subject to implementation of the appropriate technical and organisational measures required by this"
       "Regulation in order to safeguard the rights and freedoms of the data subject ('storage limitation');"
}

provision GDPR Art. 5(1)(f) {
  title "Integrity and confidentiality"
  # [REPO]; the same wording is quoted by brainscape.com's GDPR principles cards.
  text "Personal data shall be: (f) processed in a manner that ensures appropriate security of the personal data,"
       "including protection against unauthorised or unlawful processing and against accidental loss, destruction or"
       "damage, using appropriate technical or organisational measures ('integrity and confidentiality')."
}

provision GDPR Art. 6(1) {
  title "Lawfulness of processing"
  # Quoted by a public repository's GDPR matcher file from gdpr.eu; the same wording at apdcat.gencat.cat.
  text "Processing shall be lawful only if and to the extent that at least one of the following applies: (a) the data"
       "subject has given consent to the processing of his or her personal data for one or more specific purposes;"
       "(b) processing is necessary for the performance of a contract to which the data subject is party or in order"
       "to take steps at the request of the data subject prior to entering into a contract; (c) processing is"
       "necessary for compliance with a legal obligation to which the controller is subject; (d) processing is"
       "necessary in order to protect the vital interests of the data subject or of another natural person; (e)"
       "processing is necessary for the performance of a task carried out in the public interest or in the exercise"
       "of official authority vested in the controller; (f) processing is necessary for the purposes of the"
       "legitimate interests pursued by the controller or by a third party, except where such interests are"
       "overridden by the interests or fundamental rights and freedoms of the data subject which require protection"
       "of personal data, in particular where the data subject is a child.\nPoint (f) of the first subparagraph shall"
       "not apply to processing carried out by public authorities in the performance of their tasks."
}

provision GDPR Art. 6(3) {
  title "Legal basis laid down by Union or Member State law"
  # [EUR]
  text "The basis for the processing referred to in point (c) and (e) of paragraph 1 shall be laid down by: (a) Union"
       "law; or (b) Member State law to which the controller is subject.\nThe purpose of the processing shall be"
       "determined in that legal basis or, as regards the processing referred to in point (e) of paragraph 1, shall be"
       "necessary for the performance of a task carried out in the public interest or in the exercise of official"
       "authority vested in the controller. That legal basis may contain specific provisions to adapt the application"
       "of rules of this Regulation, inter alia: the general conditions governing the lawfulness of processing by the"
       "controller; the types of data which are subject to the processing; the data subjects concerned; the entities"
       "to, and the purposes for which, the personal data may be disclosed; the purpose limitation; storage periods;"
       "and processing operations and processing procedures, including measures to ensure lawful and fair processing"
       "such as those for other specific processing situations as provided for in Chapter IX. The Union or the Member"
       "State law shall meet an objective of public interest and be proportionate to the legitimate aim pursued."
}

provision GDPR Art. 6(4) {
  title "Compatibility of further processing"
  # [EUR]
  text "Where the processing for a purpose other than that for which the personal data have been collected is not based"
       "on the data subject's consent or on a Union or Member State law which constitutes a necessary and proportionate"
       "measure in a democratic society to safeguard the objectives referred to in Article 23(1), the controller shall,"
       "in order to ascertain whether processing for another purpose is compatible with the purpose for which the"
       "personal data are initially collected, take into account, inter alia: (a) any link between the purposes for"
       "which the personal data have been collected and the purposes of the intended further processing; (b) the"
       "context in which the personal data have been collected, in particular regarding the relationship between data"
       "subjects and the controller; (c) the nature of the personal data, in particular whether special categories of"
       "personal data are processed, pursuant to Article 9, or whether personal data related to criminal convictions"
       "and offences are processed, pursuant to Article 10; (d) the possible consequences of the intended further"
       "processing for data subjects; (e) the existence of appropriate safeguards, which may include encryption or"
       "pseudonymisation."
}

provision GDPR Art. 7 {
  title "Conditions for consent"
  # [HUB], [BR]
  text "1. Where processing is based on consent, the controller shall be able to demonstrate that the data subject has"
       "consented to processing of his or her personal data.\n2. If the data subject's consent is given in the context"
       "of a written declaration which also concerns other matters, the request for consent shall be presented in a"
       "manner which is clearly distinguishable from the other matters, in an intelligible and easily accessible form,"
       "using clear and plain language. Any part of such a declaration which constitutes an infringement of this"
       "Regulation shall not be binding.\n3. The data subject shall have the right to withdraw his or her consent at"
       "any time. The withdrawal of consent shall not affect the lawfulness of processing based on consent before its"
       "withdrawal. Prior to giving consent, the data subject shall be informed thereof. It shall be as easy to"
       "withdraw as to give consent.\n4. When assessing whether consent is freely given, utmost account shall be taken"
       "of whether, inter alia, the performance of a contract, including the provision of a service, is conditional"
       "on consent to the processing of personal data that is not necessary for the performance of that contract."
}

provision GDPR Art. 8 {
  title "Conditions applicable to child's consent in relation to information society services"
  # fliphtml5.com (OSP Cyber Academy's reproduction of the Regulation), [REPO] for paragraphs 1 and 2
  text "1. Where point (a) of Article 6(1) applies, in relation to the offer of information society services directly"
       "to a child, the processing of the personal data of a child shall be lawful where the child is at least 16"
       "years old. Where the child is below the age of 16 years, such processing shall be lawful only if and to the"
       "extent that consent is given or authorised by the holder of parental responsibility over the child. Member"
       "States may provide by law for a lower age for those purposes provided that such lower age is not below 13"
       "years.\n2. The controller shall make reasonable efforts to verify in such cases that consent is given or"
       "authorised by the holder of parental responsibility over the child, taking into consideration available"
       "technology.\n3. Paragraph 1 shall not affect the general contract law of Member States such as the rules on"
       "the validity, formation or effect of a contract in relation to a child."
}

provision GDPR Art. 9(1) {
  title "Prohibition of processing special categories of personal data"
  # [HUB]
  text "Processing of personal data revealing racial or ethnic origin, political opinions, religious or philosophical"
       "beliefs, or trade union membership, and the processing of genetic data, biometric data for the purpose of"
       "uniquely identifying a natural person, data concerning health or data concerning a natural person's sex life"
       "or sexual orientation shall be prohibited."
}

provision GDPR Art. 9(2)(a) {
  title "Exception: explicit consent"
  # [HUB]
  text "Paragraph 1 shall not apply if one of the following applies: (a) the data subject has given explicit consent"
       "to the processing of those personal data for one or more specified purposes, except where Union or Member"
       "State law provide that the prohibition referred to in paragraph 1 may not be lifted by the data subject;"
}

provision GDPR Art. 9(2)(b) {
  title "Exception: employment, social security and social protection law"
  # [HUB]
  text "Paragraph 1 shall not apply if one of the following applies: (b) processing is necessary for the purposes of"
       "carrying out the obligations and exercising specific rights of the controller or of the data subject in the"
       "field of employment and social security and social protection law in so far as it is authorised by Union or"
       "Member State law or a collective agreement pursuant to Member State law providing for appropriate safeguards"
       "for the fundamental rights and the interests of the data subject;"
}

provision GDPR Art. 9(2)(c) {
  title "Exception: vital interests where consent cannot be given"
  # [EUR]
  text "Paragraph 1 shall not apply if one of the following applies: (c) processing is necessary to protect the vital"
       "interests of the data subject or of another natural person where the data subject is physically or legally"
       "incapable of giving consent;"
}

provision GDPR Art. 9(2)(e) {
  title "Exception: data manifestly made public by the data subject"
  # [EUR]
  text "Paragraph 1 shall not apply if one of the following applies: (e) processing relates to personal data which are"
       "manifestly made public by the data subject;"
}

provision GDPR Art. 9(2)(f) {
  title "Exception: legal claims and courts acting in their judicial capacity"
  # [EUR]
  text "Paragraph 1 shall not apply if one of the following applies: (f) processing is necessary for the establishment,"
       "exercise or defence of legal claims or whenever courts are acting in their judicial capacity;"
}

provision GDPR Art. 9(2)(g) {
  title "Exception: substantial public interest on the basis of law"
  # [EUR]; [REPO] for the opening words.
  text "Paragraph 1 shall not apply if one of the following applies: (g) processing is necessary for reasons of"
       "substantial public interest, on the basis of Union or Member State law which shall be proportionate to the aim"
       "pursued, respect the essence of the right to data protection and provide for suitable and specific measures to"
       "safeguard the fundamental rights and the interests of the data subject;"
}

provision GDPR Art. 9(2)(j) {
  title "Exception: archiving, research and statistics on the basis of law"
  # [EUR]
  text "Paragraph 1 shall not apply if one of the following applies: (j) processing is necessary for archiving purposes"
       "in the public interest, scientific or historical research purposes or statistical purposes in accordance with"
       "Article 89(1) based on Union or Member State law which shall be proportionate to the aim pursued, respect the"
       "essence of the right to data protection and provide for suitable and specific measures to safeguard the"
       "fundamental rights and the interests of the data subject."
}

provision GDPR Art. 9(4) {
  title "Member States may add conditions for genetic, biometric and health data"
  # [EUR]
  text "Member States may maintain or introduce further conditions, including limitations, with regard to the"
       "processing of genetic data, biometric data or data concerning health."
}

provision GDPR Art. 10 {
  title "Personal data relating to criminal convictions and offences"
  # [EUR]
  text "Processing of personal data relating to criminal convictions and offences or related security measures based on"
       "Article 6(1) shall be carried out only under the control of official authority or when the processing is"
       "authorised by Union or Member State law providing for appropriate safeguards for the rights and freedoms of"
       "data subjects. Any comprehensive register of criminal convictions shall be kept only under the control of"
       "official authority."
}

provision GDPR Art. 12(1) {
  title "Transparent information"
  # [HUB]
  text "The controller shall take appropriate measures to provide any information referred to in Articles 13 and 14"
       "and any communication under Articles 15 to 22 and 34 relating to processing to the data subject in a concise,"
       "transparent, intelligible and easily accessible form, using clear and plain language, in particular for any"
       "information addressed specifically to a child. The information shall be provided in writing, or by other"
       "means, including, where appropriate, by electronic means. When requested by the data subject, the information"
       "may be provided orally, provided that the identity of the data subject is proven by other means."
}

provision GDPR Art. 12(3) {
  title "Answering requests within one month"
  # [EUR]
  text "The controller shall provide information on action taken on a request under Articles 15 to 22 to the data"
       "subject without undue delay and in any event within one month of receipt of the request. That period may be"
       "extended by two further months where necessary, taking into account the complexity and number of the"
       "requests. The controller shall inform the data subject of any such extension within one month of receipt of"
       "the request, together with the reasons for the delay. Where the data subject makes the request by electronic"
       "form means, the information shall be provided by electronic means where possible, unless otherwise requested"
       "by the data subject."
}

provision GDPR Art. 13 {
  title "Information to be provided where personal data are collected from the data subject"
  # [EUR]; points (a) to (e) of paragraph 1 also [BR].
  text "1. Where personal data relating to a data subject are collected from the data subject, the controller shall, at"
       "the time when personal data are obtained, provide the data subject with all of the following information: (a)"
       "the identity and the contact details of the controller and, where applicable, of the controller's"
       "representative; (b) the contact details of the data protection officer, where applicable; (c) the purposes of"
       "the processing for which the personal data are intended as well as the legal basis for the processing; (d)"
       "where the processing is based on point (f) of Article 6(1), the legitimate interests pursued by the controller"
       "or by a third party; (e) the recipients or categories of recipients of the personal data, if any; (f) where"
       "applicable, the fact that the controller intends to transfer personal data to a third country or international"
       "organisation and the existence or absence of an adequacy decision by the Commission, or in the case of"
       "transfers referred to in Article 46 or 47, or the second subparagraph of Article 49(1), reference to the"
       "appropriate or suitable safeguards and the means by which to obtain a copy of them or where they have been made"
       "available.\n2. In addition to the information referred to in paragraph 1, the controller shall, at the time"
       "when personal data are obtained, provide the data subject with the following further information necessary to"
       "ensure fair and transparent processing: (a) the period for which the personal data will be stored, or if that"
       "is not possible, the criteria used to determine that period; (b) the existence of the right to request from the"
       "controller access to and rectification or erasure of personal data or restriction of processing concerning the"
       "data subject or to object to processing as well as the right to data portability; (c) where the processing is"
       "based on point (a) of Article 6(1) or point (a) of Article 9(2), the existence of the right to withdraw consent"
       "at any time, without affecting the lawfulness of processing based on consent before its withdrawal; (d) the"
       "right to lodge a complaint with a supervisory authority; (e) whether the provision of personal data is a"
       "statutory or contractual requirement, or a requirement necessary to enter into a contract, as well as whether"
       "the data subject is obliged to provide the personal data and of the possible consequences of failure to provide"
       "such data; (f) the existence of automated decision-making, including profiling, referred to in Article 22(1)"
       "and (4) and, at least in those cases, meaningful information about the logic involved, as well as the"
       "significance and the envisaged consequences of such processing for the data subject.\n3. Where the controller"
       "intends to further process the personal data for a purpose other than that for which the personal data were"
       "collected, the controller shall provide the data subject prior to that further processing with information on"
       "that other purpose and with any relevant further information as referred to in paragraph 2.\n4. Paragraphs 1, 2"
       "and 3 shall not apply where and insofar as the data subject already has the information."
}

provision GDPR Art. 14 {
  title "Information to be provided where personal data have not been obtained from the data subject"
  # [EUR]; paragraph 1 also [SL].
  text "1. Where personal data have not been obtained from the data subject, the controller shall provide the data"
       "subject with the following information: (a) the identity and the contact details of the controller and, where"
       "applicable, of the controller's representative; (b) the contact details of the data protection officer, where"
       "applicable; (c) the purposes of the processing for which the personal data are intended as well as the legal"
       "basis for the processing; (d) the categories of personal data concerned; (e) the recipients or categories of"
       "recipients of the personal data, if any; (f) where applicable, that the controller intends to transfer personal"
       "data to a recipient in a third country or international organisation and the existence or absence of an"
       "adequacy decision by the Commission, or in the case of transfers referred to in Article 46 or 47, or the second"
       "subparagraph of Article 49(1), reference to the appropriate or suitable safeguards and the means to obtain a"
       "copy of them or where they have been made available.\n2. In addition to the information referred to in"
       "paragraph 1, the controller shall provide the data subject with the following information necessary to ensure"
       "fair and transparent processing in respect of the data subject: (a) the period for which the personal data will"
       "be stored, or if that is not possible, the criteria used to determine that period; (b) where the processing is"
       "based on point (f) of Article 6(1), the legitimate interests pursued by the controller or by a third party; (c)"
       "the existence of the right to request from the controller access to and rectification or erasure of personal"
       "data or restriction of processing concerning the data subject and to object to processing as well as the right"
       "to data portability; (d) where processing is based on point (a) of Article 6(1) or point (a) of Article 9(2),"
       "the existence of the right to withdraw consent at any time, without affecting the lawfulness of processing"
       "based on consent before its withdrawal; (e) the right to lodge a complaint with a supervisory authority; (f)"
       "from which source the personal data originate, and if applicable, whether it came from publicly accessible"
       "sources; (g) the existence of automated decision-making, including profiling, referred to in Article 22(1) and"
       "(4) and, at least in those cases, meaningful information about the logic involved, as well as the significance"
       "and the envisaged consequences of such processing for the data subject.\n3. The controller shall provide the"
       "information referred to in paragraphs 1 and 2: (a) within a reasonable period after obtaining the personal"
       "data, but at the latest within one month, having regard to the specific circumstances in which the personal"
       "data are processed; (b) if the personal data are to be used for communication with the data subject, at the"
       "latest at the time of the first communication to that data subject; or (c) if a disclosure to another recipient"
       "is envisaged, at the latest when the personal data are first disclosed.\n4. Where the controller intends to"
       "further process the personal data for a purpose other than that for which the personal data were obtained, the"
       "controller shall provide the data subject prior to that further processing with information on that other"
       "purpose and with any relevant further information as referred to in paragraph 2.\n5. Paragraphs 1 to 4 shall"
       "not apply where and insofar as: (a) the data subject already has the information; (b) the provision of such"
       "information proves impossible or would involve a disproportionate effort, in particular for processing for"
       "archiving purposes in the public interest, scientific or historical research purposes or statistical purposes,"
       "subject to the conditions and safeguards referred to in Article 89(1) or in so far as the obligation referred"
       "to in paragraph 1 of this Article is likely to render impossible or seriously impair the achievement of the"
       "objectives of that processing. In such cases the controller shall take appropriate measures to protect the data"
       "subject's rights and freedoms and legitimate interests, including making the information publicly available;"
       "(c) obtaining or disclosure is expressly laid down by Union or Member State law to which the controller is"
       "subject and which provides appropriate measures to protect the data subject's legitimate interests; or (d)"
       "where the personal data must remain confidential subject to an obligation of professional secrecy regulated by"
       "Union or Member State law, including a statutory obligation of secrecy."
}

provision GDPR Art. 15(1) {
  title "Right of access by the data subject"
  # [EUR]
  text "The data subject shall have the right to obtain from the controller confirmation as to whether or not"
       "personal data concerning him or her are being processed, and, where that is the case, access to the personal"
       "data and the following information: (a) the purposes of the processing; (b) the categories of personal data"
       "concerned; (c) the recipients or categories of recipient to whom the personal data have been or will be"
       "disclosed, in particular recipients in third countries or international organisations; (d) where possible,"
       "the envisaged period for which the personal data will be stored, or, if not possible, the criteria used to"
       "determine that period; (e) the existence of the right to request from the controller rectification or erasure"
       "of personal data or restriction of processing of personal data concerning the data subject or to object to"
       "such processing; (f) the right to lodge a complaint with a supervisory authority; (g) where the personal data"
       "are not collected from the data subject, any available information as to their source; (h) the existence of"
       "automated decision-making, including profiling, referred to in Article 22(1) and (4) and, at least in those"
       "cases, meaningful information about the logic involved, as well as the significance and the envisaged"
       "consequences of such processing for the data subject."
}

provision GDPR Art. 15(3) {
  title "A copy of the personal data"
  # [EUR]
  text "The controller shall provide a copy of the personal data undergoing processing. For any further copies"
       "requested by the data subject, the controller may charge a reasonable fee based on administrative costs."
       "Where the data subject makes the request by electronic means, and unless otherwise requested by the data"
       "subject, the information shall be provided in a commonly used electronic form."
}

provision GDPR Art. 16 {
  title "Right to rectification"
  # [EUR]
  text "The data subject shall have the right to obtain from the controller without undue delay the rectification of"
       "inaccurate personal data concerning him or her. Taking into account the purposes of the processing, the data"
       "subject shall have the right to have incomplete personal data completed, including by means of providing a"
       "supplementary statement."
}

provision GDPR Art. 17(1) {
  title "Right to erasure"
  # [EUR]; points (a) to (d) and (f) also ukgdpr.fieldfisher.com, whose wording of those points is that of the EU
  # text (the UK GDPR reworded point (e)).
  text "The data subject shall have the right to obtain from the controller the erasure of personal data concerning him"
       "or her without undue delay and the controller shall have the obligation to erase personal data without undue"
       "delay where one of the following grounds applies: (a) the personal data are no longer necessary in relation to"
       "the purposes for which they were collected or otherwise processed; (b) the data subject withdraws consent on"
       "which the processing is based according to point (a) of Article 6(1), or point (a) of Article 9(2), and where"
       "there is no other legal ground for the processing; (c) the data subject objects to the processing pursuant to"
       "Article 21(1) and there are no overriding legitimate grounds for the processing, or the data subject objects to"
       "the processing pursuant to Article 21(2); (d) the personal data have been unlawfully processed; (e) the"
       "personal data have to be erased for compliance with a legal obligation in Union or Member State law to which"
       "the controller is subject; (f) the personal data have been collected in relation to the offer of information"
       "society services referred to in Article 8(1)."
}

provision GDPR Art. 18(1) {
  title "Right to restriction of processing"
  # [EUR]
  text "The data subject shall have the right to obtain from the controller restriction of processing where one of"
       "the following applies: (a) the accuracy of the personal data is contested by the data subject, for a period"
       "enabling the controller to verify the accuracy of the personal data; (b) the processing is unlawful and the"
       "data subject opposes the erasure of the personal data and requests the restriction of their use instead; (c)"
       "the controller no longer needs the personal data for the purposes of the processing, but they are required by"
       "the data subject for the establishment, exercise or defence of legal claims; (d) the data subject has"
       "objected to processing pursuant to Article 21(1) pending the verification whether the legitimate grounds of"
       "the controller override those of the data subject."
}

provision GDPR Art. 20 {
  title "Right to data portability"
  # [EUR], paragraphs 1 to 4
  text "1. The data subject shall have the right to receive the personal data concerning him or her, which he or she"
       "has provided to a controller, in a structured, commonly used and machine-readable format and have the right to"
       "transmit those data to another controller without hindrance from the controller to which the personal data"
       "have been provided, where: (a) the processing is based on consent pursuant to point (a) of Article 6(1) or"
       "point (a) of Article 9(2) or on a contract pursuant to point (b) of Article 6(1); and (b) the processing is"
       "carried out by automated means.\n2. In exercising his or her right to data portability pursuant to paragraph"
       "1, the data subject shall have the right to have the personal data transmitted directly from one controller"
       "to another, where technically feasible.\n3. The exercise of the right referred to in paragraph 1 of this"
       "Article shall be without prejudice to Article 17. That right shall not apply to processing necessary for the"
       "performance of a task carried out in the public interest or in the exercise of official authority vested in"
       "the controller.\n4. The right referred to in paragraph 1 shall not adversely affect the rights and freedoms"
       "of others."
}

provision GDPR Art. 21(1) {
  title "Right to object"
  # [EUR]
  text "The data subject shall have the right to object, on grounds relating to his or her particular situation, at"
       "any time to processing of personal data concerning him or her which is based on point (e) or (f) of Article"
       "6(1), including profiling based on those provisions. The controller shall no longer process the personal data"
       "unless the controller demonstrates compelling legitimate grounds for the processing which override the"
       "interests, rights and freedoms of the data subject or for the establishment, exercise or defence of legal"
       "claims."
}

provision GDPR Art. 22 {
  title "Automated individual decision-making, including profiling"
  # [EUR]
  text "1. The data subject shall have the right not to be subject to a decision based solely on automated"
       "processing, including profiling, which produces legal effects concerning him or her or similarly"
       "significantly affects him or her.\n2. Paragraph 1 shall not apply if the decision: (a) is necessary for"
       "entering into, or performance of, a contract between the data subject and a data controller; (b) is"
       "authorised by Union or Member State law to which the controller is subject and which also lays down suitable"
       "measures to safeguard the data subject's rights and freedoms and legitimate interests; or (c) is based on the"
       "data subject's explicit consent.\n3. In the cases referred to in points (a) and (c) of paragraph 2, the data"
       "controller shall implement suitable measures to safeguard the data subject's rights and freedoms and"
       "legitimate interests, at least the right to obtain human intervention on the part of the controller, to"
       "express his or her point of view and to contest the decision.\n4. Decisions referred to in paragraph 2 shall"
       "not be based on special categories of personal data referred to in Article 9(1), unless point (a) or (g) of"
       "Article 9(2) applies and suitable measures to safeguard the data subject's rights and freedoms and legitimate"
       "interests are in place."
}

provision GDPR Art. 24 {
  title "Responsibility of the controller"
  # [EUR], paragraphs 1 to 3
  text "1. Taking into account the nature, scope, context and purposes of processing as well as the risks of varying"
       "likelihood and severity for the rights and freedoms of natural persons, the controller shall implement"
       "appropriate technical and organisational measures to ensure and to be able to demonstrate that processing is"
       "performed in accordance with this Regulation. Those measures shall be reviewed and updated where necessary.\n2."
       "Where proportionate in relation to processing activities, the measures referred to in paragraph 1 shall"
       "include the implementation of appropriate data protection policies by the controller.\n3. Adherence to"
       "approved codes of conduct as referred to in Article 40 or approved certification mechanisms as referred to in"
       "Article 42 may be used as an element by which to demonstrate compliance with the obligations of the"
       "controller."
}

provision GDPR Art. 25 {
  title "Data protection by design and by default"
  # [REPO], [EUR]
  text "1. Taking into account the state of the art, the cost of implementation and the nature, scope, context and"
       "purposes of processing as well as the risks of varying likelihood and severity for rights and freedoms of"
       "natural persons posed by the processing, the controller shall, both at the time of the determination of the"
       "means for processing and at the time of the processing itself, implement appropriate technical and"
       "organisational measures, such as pseudonymisation, which are designed to implement data-protection"
       "principles, such as data minimisation, in an effective manner and to integrate the necessary safeguards into"
       "the processing in order to meet the requirements of this Regulation and protect the rights of data"
       "subjects.\n2. The controller shall implement appropriate technical and organisational measures for ensuring"
       "that, by default, only personal data which are necessary for each specific purpose of the processing are"
       "processed. That obligation applies to the amount of personal data collected, the extent of their processing,"
       "the period of their storage and their accessibility. In particular, such measures shall ensure that by"
       "default personal data are not made accessible without the individual's intervention to an indefinite number"
       "of natural persons."
}

provision GDPR Art. 26 {
  title "Joint controllers"
  # [EUR]
  text "1. Where two or more controllers jointly determine the purposes and means of processing, they shall be joint"
       "controllers. They shall in a transparent manner determine their respective responsibilities for compliance"
       "with the obligations under this Regulation, in particular as regards the exercising of the rights of the data"
       "subject and their respective duties to provide the information referred to in Articles 13 and 14, by means of"
       "an arrangement between them unless, and in so far as, the respective responsibilities of the controllers are"
       "determined by Union or Member State law to which the controllers are subject. The arrangement may designate a"
       "contact point for data subjects.\n2. The arrangement referred to in paragraph 1 shall duly reflect the"
       "respective roles and relationships of the joint controllers vis-à-vis the data subjects. The essence of the"
       "arrangement shall be made available to the data subject.\n3. Irrespective of the terms of the arrangement"
       "referred to in paragraph 1, the data subject may exercise his or her rights under this Regulation in respect"
       "of and against each of the controllers."
}

provision GDPR Art. 27(1) {
  title "Representatives of controllers or processors not established in the Union"
  # [EUR]
  text "Where Article 3(2) applies, the controller or the processor shall designate in writing a representative in"
       "the Union."
}

provision GDPR Art. 27(2) {
  title "No representative for occasional low-risk processing, or for public authorities"
  # [EUR]
  text "The obligation laid down in paragraph 1 of this Article shall not apply to: (a) processing which is"
       "occasional, does not include, on a large scale, processing of special categories of data as referred to in"
       "Article 9(1) or processing of personal data relating to criminal convictions and offences referred to in"
       "Article 10, and is unlikely to result in a risk to the rights and freedoms of natural persons, taking into"
       "account the nature, context, scope and purposes of the processing; or (b) a public authority or body."
}

provision GDPR Art. 28(1) {
  title "Processor: sufficient guarantees"
  # [EUR]
  text "Where processing is to be carried out on behalf of a controller, the controller shall use only processors"
       "providing sufficient guarantees to implement appropriate technical and organisational measures in such a"
       "manner that processing will meet the requirements of this Regulation and ensure the protection of the rights"
       "of the data subject."
}

provision GDPR Art. 28(2) {
  title "Processor: no other processor without the controller's written authorisation"
  # [EUR]
  text "The processor shall not engage another processor without prior specific or general written authorisation of"
       "the controller. In the case of general written authorisation, the processor shall inform the controller of"
       "any intended changes concerning the addition or replacement of other processors, thereby giving the"
       "controller the opportunity to object to such changes."
}

provision GDPR Art. 28(3) {
  title "Processor: the contract and what it must stipulate"
  # [EUR]
  text "Processing by a processor shall be governed by a contract or other legal act under Union or Member State law,"
       "that is binding on the processor with regard to the controller and that sets out the subject-matter and"
       "duration of the processing, the nature and purpose of the processing, the type of personal data and"
       "categories of data subjects and the obligations and rights of the controller. That contract or other legal"
       "act shall stipulate, in particular, that the processor: (a) processes the personal data only on documented"
       "instructions from the controller, including with regard to transfers of personal data to a third country or"
       "an international organisation, unless required to do so by Union or Member State law to which the processor"
       "is subject; in such a case, the processor shall inform the controller of that legal requirement before"
       "processing, unless that law prohibits such information on important grounds of public interest; (b) ensures"
       "that persons authorised to process the personal data have committed themselves to confidentiality or are"
       "under an appropriate statutory obligation of confidentiality; (c) takes all measures required pursuant to"
       "Article 32; (d) respects the conditions referred to in paragraphs 2 and 4 for engaging another processor; (e)"
       "taking into account the nature of the processing, assists the controller by appropriate technical and"
       "organisational measures, insofar as this is possible, for the fulfilment of the controller's obligation to"
       "respond to requests for exercising the data subject's rights laid down in Chapter III; (f) assists the"
       "controller in ensuring compliance with the obligations pursuant to Articles 32 to 36 taking into account the"
       "nature of processing and the information available to the processor; (g) at the choice of the controller,"
       "deletes or returns all the personal data to the controller after the end of the provision of services"
       "relating to processing, and deletes existing copies unless Union or Member State law requires storage of the"
       "personal data; (h) makes available to the controller all information necessary to demonstrate compliance with"
       "the obligations laid down in this Article and allow for and contribute to audits, including inspections,"
       "conducted by the controller or another auditor mandated by the controller. With regard to point (h) of the"
       "first subparagraph, the processor shall immediately inform the controller if, in its opinion, an instruction"
       "infringes this Regulation or other Union or Member State data protection provisions."
}

provision GDPR Art. 28(4) {
  title "Processor: the same obligations for a sub-processor"
  # [EUR]
  text "Where a processor engages another processor for carrying out specific processing activities on behalf of the"
       "controller, the same data protection obligations as set out in the contract or other legal act between the"
       "controller and the processor as referred to in paragraph 3 shall be imposed on that other processor by way of"
       "a contract or other legal act under Union or Member State law, in particular providing sufficient guarantees"
       "to implement appropriate technical and organisational measures in such a manner that the processing will meet"
       "the requirements of this Regulation. Where that other processor fails to fulfil its data protection"
       "obligations, the initial processor shall remain fully liable to the controller for the performance of that"
       "other processor's obligations."
}

provision GDPR Art. 28(9) {
  title "Processor: the contract in writing"
  # [EUR]
  text "The contract or the other legal act referred to in paragraphs 3 and 4 shall be in writing, including in"
       "electronic form."
}

provision GDPR Art. 30(1) {
  title "Records of processing activities"
  # [EUR]
  text "Each controller and, where applicable, the controller's representative, shall maintain a record of processing"
       "activities under its responsibility. That record shall contain all of the following information: (a) the name"
       "and contact details of the controller and, where applicable, the joint controller, the controller's"
       "representative and the data protection officer; (b) the purposes of the processing; (c) a description of the"
       "categories of data subjects and of the categories of personal data; (d) the categories of recipients to whom"
       "the personal data have been or will be disclosed including recipients in third countries or international"
       "organisations; (e) where applicable, transfers of personal data to a third country or an international"
       "organisation, including the identification of that third country or international organisation and, in the"
       "case of transfers referred to in the second subparagraph of Article 49(1), the documentation of suitable"
       "safeguards; (f) where possible, the envisaged time limits for erasure of the different categories of data;"
       "(g) where possible, a general description of the technical and organisational security measures referred to"
       "in Article 32(1)."
}

provision GDPR Art. 30(5) {
  title "Records: the exemption for enterprises under 250 persons, and its limits"
  # [EUR]
  text "The obligations referred to in paragraphs 1 and 2 shall not apply to an enterprise or an organisation"
       "employing fewer than 250 persons unless the processing it carries out is likely to result in a risk to the"
       "rights and freedoms of data subjects, the processing is not occasional, or the processing includes special"
       "categories of data as referred to in Article 9(1) or personal data relating to criminal convictions and"
       "offences referred to in Article 10."
}

provision GDPR Art. 32(1) {
  title "Security of processing"
  # [CA]
  text "Taking into account the state of the art, the costs of implementation and the nature, scope, context and"
       "purposes of processing as well as the risk of varying likelihood and severity for the rights and freedoms of"
       "natural persons, the controller and the processor shall implement appropriate technical and organisational"
       "measures to ensure a level of security appropriate to the risk, including inter alia as appropriate: (a) the"
       "pseudonymisation and encryption of personal data; (b) the ability to ensure the ongoing confidentiality,"
       "integrity, availability and resilience of processing systems and services; (c) the ability to restore the"
       "availability and access to personal data in a timely manner in the event of a physical or technical"
       "incident; (d) a process for regularly testing, assessing and evaluating the effectiveness of technical and"
       "organisational measures for ensuring the security of the processing."
}

provision GDPR Art. 33(1) {
  title "Notification of a personal data breach to the supervisory authority"
  # [EUR]
  text "In the case of a personal data breach, the controller shall without undue delay and, where feasible, not"
       "later than 72 hours after having become aware of it, notify the personal data breach to the supervisory"
       "authority competent in accordance with Article 55, unless the personal data breach is unlikely to result in a"
       "risk to the rights and freedoms of natural persons. Where the notification to the supervisory authority is"
       "not made within 72 hours, it shall be accompanied by reasons for the delay."
}

provision GDPR Art. 33(5) {
  title "Documentation of personal data breaches"
  # [EUR]
  text "The controller shall document any personal data breaches, comprising the facts relating to the personal data"
       "breach, its effects and the remedial action taken. That documentation shall enable the supervisory authority"
       "to verify compliance with this Article."
}

provision GDPR Art. 34(1) {
  title "Communication of a personal data breach to the data subject"
  # [EUR]
  text "When the personal data breach is likely to result in a high risk to the rights and freedoms of natural"
       "persons, the controller shall communicate the personal data breach to the data subject without undue delay."
}

provision GDPR Art. 35(1) {
  title "Data protection impact assessment: when"
  # [GY]
  text "Where a type of processing in particular using new technologies, and taking into account the nature, scope,"
       "context and purposes of the processing, is likely to result in a high risk to the rights and freedoms of"
       "natural persons, the controller shall, prior to the processing, carry out an assessment of the impact of the"
       "envisaged processing operations on the protection of personal data. A single assessment may address a set of"
       "similar processing operations that present similar high risks."
}

provision GDPR Art. 35(2) {
  title "Data protection impact assessment: advice of the DPO"
  # [GY]
  text "The controller shall seek the advice of the data protection officer, where designated, when carrying out a"
       "data protection impact assessment."
}

provision GDPR Art. 35(3) {
  title "Data protection impact assessment: required in particular"
  # [GY], [DB]
  text "A data protection impact assessment referred to in paragraph 1 shall in particular be required in the case"
       "of: (a) a systematic and extensive evaluation of personal aspects relating to natural persons which is based"
       "on automated processing, including profiling, and on which decisions are based that produce legal effects"
       "concerning the natural person or similarly significantly affect the natural person; (b) processing on a large"
       "scale of special categories of data referred to in Article 9(1), or of personal data relating to criminal"
       "convictions and offences referred to in Article 10; or (c) a systematic monitoring of a publicly accessible"
       "area on a large scale."
}

provision GDPR Art. 35(4) {
  title "Data protection impact assessment: the supervisory authority's list of operations that require one"
  # [EUR]
  text "The supervisory authority shall establish and make public a list of the kind of processing operations which"
       "are subject to the requirement for a data protection impact assessment pursuant to paragraph 1. The"
       "supervisory authority shall communicate those lists to the Board referred to in Article 68."
}

provision GDPR Art. 35(7) {
  title "Data protection impact assessment: minimum contents"
  # [EUR]; [DB] up to "compliance with this Regulation", where its stored copy breaks off.
  text "The assessment shall contain at least: (a) a systematic description of the envisaged processing operations and"
       "the purposes of the processing, including, where applicable, the legitimate interest pursued by the controller;"
       "(b) an assessment of the necessity and proportionality of the processing operations in relation to the"
       "purposes; (c) an assessment of the risks to the rights and freedoms of data subjects referred to in paragraph"
       "1; and (d) the measures envisaged to address the risks, including safeguards, security measures and mechanisms"
       "to ensure the protection of personal data and to demonstrate compliance with this Regulation taking into"
       "account the rights and legitimate interests of data subjects and other persons concerned."
}

provision GDPR Art. 35(9) {
  title "Data protection impact assessment: the views of data subjects"
  # [EUR]
  text "Where appropriate, the controller shall seek the views of data subjects or their representatives on the"
       "intended processing, without prejudice to the protection of commercial or public interests or the security of"
       "processing operations."
}

provision GDPR Art. 35(11) {
  title "Data protection impact assessment: review"
  # [EUR]
  text "Where necessary, the controller shall carry out a review to assess if processing is performed in accordance"
       "with the data protection impact assessment at least when there is a change of the risk represented by"
       "processing operations."
}

provision GDPR Art. 36(1) {
  title "Prior consultation"
  # [BR]
  text "The controller shall consult the supervisory authority prior to processing where a data protection impact"
       "assessment under Article 35 indicates that the processing would result in a high risk in the absence of"
       "measures taken by the controller to mitigate the risk."
}

provision GDPR Art. 36(5) {
  title "Prior authorisation required by Member State law"
  # [EUR]
  text "Notwithstanding paragraph 1, Member State law may require controllers to consult with, and obtain prior"
       "authorisation from, the supervisory authority in relation to processing by a controller for the performance of"
       "a task carried out by the controller in the public interest, including processing in relation to social"
       "protection and public health."
}

provision GDPR Art. 37(1) {
  title "Designation of the data protection officer"
  # [EUR]
  text "The controller and the processor shall designate a data protection officer in any case where: (a) the"
       "processing is carried out by a public authority or body, except for courts acting in their judicial capacity;"
       "(b) the core activities of the controller or the processor consist of processing operations which, by virtue"
       "of their nature, their scope and/or their purposes, require regular and systematic monitoring of data"
       "subjects on a large scale; or (c) the core activities of the controller or the processor consist of"
       "processing on a large scale of special categories of data pursuant to Article 9 and personal data relating to"
       "criminal convictions and offences referred to in Article 10."
}

provision GDPR Art. 38 {
  title "Position of the data protection officer"
  # [EUR], paragraphs 1 to 6
  text "1. The controller and the processor shall ensure that the data protection officer is involved, properly and"
       "in a timely manner, in all issues which relate to the protection of personal data.\n2. The controller and"
       "processor shall support the data protection officer in performing the tasks referred to in Article 39 by"
       "providing resources necessary to carry out those tasks and access to personal data and processing operations,"
       "and to maintain his or her expert knowledge.\n3. The controller and processor shall ensure that the data"
       "protection officer does not receive any instructions regarding the exercise of those tasks. He or she shall"
       "not be dismissed or penalised by the controller or the processor for performing his tasks. The data"
       "protection officer shall directly report to the highest management level of the controller or the"
       "processor.\n4. Data subjects may contact the data protection officer with regard to all issues related to"
       "processing of their personal data and to the exercise of their rights under this Regulation.\n5. The data"
       "protection officer shall be bound by secrecy or confidentiality concerning the performance of his or her"
       "tasks, in accordance with Union or Member State law.\n6. The data protection officer may fulfil other tasks"
       "and duties. The controller or processor shall ensure that any such tasks and duties do not result in a"
       "conflict of interests."
}

provision GDPR Art. 39 {
  title "Tasks of the data protection officer"
  # [EUR], paragraphs 1 and 2
  text "1. The data protection officer shall have at least the following tasks: (a) to inform and advise the"
       "controller or the processor and the employees who carry out processing of their obligations pursuant to this"
       "Regulation and to other Union or Member State data protection provisions; (b) to monitor compliance with this"
       "Regulation, with other Union or Member State data protection provisions and with the policies of the"
       "controller or processor in relation to the protection of personal data, including the assignment of"
       "responsibilities, awareness-raising and training of staff involved in processing operations, and the related"
       "audits; (c) to provide advice where requested as regards the data protection impact assessment and monitor"
       "its performance pursuant to Article 35; (d) to cooperate with the supervisory authority; (e) to act as the"
       "contact point for the supervisory authority on issues relating to processing, including the prior"
       "consultation referred to in Article 36, and to consult, where appropriate, with regard to any other"
       "matter.\n2. The data protection officer shall in the performance of his or her tasks have due regard to the"
       "risk associated with processing operations, taking into account the nature, scope, context and purposes of"
       "processing."
}

provision GDPR Art. 44 {
  title "General principle for transfers"
  # [EUR]
  text "Any transfer of personal data which are undergoing processing or are intended for processing after transfer"
       "to a third country or to an international organisation shall take place only if, subject to the other"
       "provisions of this Regulation, the conditions laid down in this Chapter are complied with by the controller"
       "and processor, including for onward transfers of personal data from the third country or an international"
       "organisation to another third country or to another international organisation. All provisions in this"
       "Chapter shall be applied in order to ensure that the level of protection of natural persons guaranteed by"
       "this Regulation is not undermined."
}

provision GDPR Art. 45(1) {
  title "Transfers on the basis of an adequacy decision"
  # [EUR]
  text "A transfer of personal data to a third country or an international organisation may take place where the"
       "Commission has decided that the third country, a territory or one or more specified sectors within that third"
       "country, or the international organisation in question ensures an adequate level of protection. Such a"
       "transfer shall not require any specific authorisation."
}

provision GDPR Art. 46(1) {
  title "Transfers subject to appropriate safeguards"
  # [EUR]
  text "In the absence of a decision pursuant to Article 45(3), a controller or processor may transfer personal data"
       "to a third country or an international organisation only if the controller or processor has provided"
       "appropriate safeguards, and on condition that enforceable data subject rights and effective legal remedies"
       "for data subjects are available."
}

provision GDPR Art. 46(2) {
  title "Appropriate safeguards without a specific authorisation"
  # [EUR]
  text "The appropriate safeguards referred to in paragraph 1 may be provided for, without requiring any specific"
       "authorisation from a supervisory authority, by: (a) a legally binding and enforceable instrument between"
       "public authorities or bodies; (b) binding corporate rules in accordance with Article 47; (c) standard data"
       "protection clauses adopted by the Commission in accordance with the examination procedure referred to in"
       "Article 93(2); (d) standard data protection clauses adopted by a supervisory authority and approved by the"
       "Commission pursuant to the examination procedure referred to in Article 93(2); (e) an approved code of"
       "conduct pursuant to Article 40 together with binding and enforceable commitments of the controller or"
       "processor in the third country to apply the appropriate safeguards, including as regards data subjects'"
       "rights; or (f) an approved certification mechanism pursuant to Article 42 together with binding and"
       "enforceable commitments of the controller or processor in the third country to apply the appropriate"
       "safeguards, including as regards data subjects' rights."
}

provision GDPR Art. 49(1) {
  title "Derogations for specific situations"
  # [EUR]; the first subparagraph only (the second and third subparagraphs, on a non-repetitive transfer for compelling legitimate interests, are left out: "...")
  text "In the absence of an adequacy decision pursuant to Article 45(3), or of appropriate safeguards pursuant to"
       "Article 46, including binding corporate rules, a transfer or a set of transfers of personal data to a third"
       "country or an international organisation shall take place only on one of the following conditions: (a) the"
       "data subject has explicitly consented to the proposed transfer, after having been informed of the possible"
       "risks of such transfers for the data subject due to the absence of an adequacy decision and appropriate"
       "safeguards; (b) the transfer is necessary for the performance of a contract between the data subject and the"
       "controller or the implementation of pre-contractual measures taken at the data subject's request; (c) the"
       "transfer is necessary for the conclusion or performance of a contract concluded in the interest of the data"
       "subject between the controller and another natural or legal person; (d) the transfer is necessary for"
       "important reasons of public interest; (e) the transfer is necessary for the establishment, exercise or"
       "defence of legal claims; (f) the transfer is necessary in order to protect the vital interests of the data"
       "subject or of other persons, where the data subject is physically or legally incapable of giving consent; (g)"
       "the transfer is made from a register which according to Union or Member State law is intended to provide"
       "information to the public and which is open to consultation either by the public in general or by any person"
       "who can demonstrate a legitimate interest, but only to the extent that the conditions laid down by Union or"
       "Member State law for consultation are fulfilled in the particular case. ..."
}

provision GDPR Art. 49(3) {
  title "No consent or contract derogation for public authorities exercising public powers"
  # [EUR]
  text "Points (a), (b) and (c) of the first subparagraph of paragraph 1 and the second subparagraph thereof shall"
       "not apply to activities carried out by public authorities in the exercise of their public powers."
}

provision GDPR Recital 43 {
  title "Freely given consent: clear imbalance"
  # [OL], also legalviz.eu and gdpr-text.com
  text "In order to ensure that consent is freely given, consent should not provide a valid legal ground for the"
       "processing of personal data in a specific case where there is a clear imbalance between the data subject and"
       "the controller, in particular where the controller is a public authority and it is therefore unlikely that"
       "consent was freely given in all the circumstances of that specific situation. Consent is presumed not to be"
       "freely given if it does not allow separate consent to be given to different personal data processing"
       "operations despite it being appropriate in the individual case, or if the performance of a contract,"
       "including the provision of a service, is dependent on the consent despite such consent not being necessary"
       "for such performance."
}

provision GDPR Recital 51 {
  title "Special categories; photographs are biometric data only when processed by specific technical means"
  # [OL]
  text "Personal data which are, by their nature, particularly sensitive in relation to fundamental rights and"
       "freedoms merit specific protection as the context of their processing could create significant risks to the"
       "fundamental rights and freedoms. Those personal data should include personal data revealing racial or ethnic"
       "origin, whereby the use of the term 'racial origin' in this Regulation does not imply an acceptance by the"
       "Union of theories which attempt to determine the existence of separate human races. The processing of"
       "photographs should not systematically be considered to be processing of special categories of personal data"
       "as they are covered by the definition of biometric data only when processed through a specific technical"
       "means allowing the unique identification or authentication of a natural person. Such personal data should not"
       "be processed, unless processing is allowed in specific cases set out in this Regulation, taking into account"
       "that Member States law may lay down specific provisions on data protection in order to adapt the application"
       "of the rules of this Regulation for compliance with a legal obligation or for the performance of a task"
       "carried out in the public interest or in the exercise of official authority vested in the controller. In"
       "addition to the specific requirements for such processing, the general principles and other rules of this"
       "Regulation should apply, in particular as regards the conditions for lawful processing. Derogations from the"
       "general prohibition for processing such special categories of personal data should be explicitly provided,"
       "inter alia, where the data subject gives his or her explicit consent or in respect of specific needs in"
       "particular where the processing is carried out in the course of legitimate activities by certain"
       "associations or foundations the purpose of which is to permit the exercise of fundamental freedoms."
}
