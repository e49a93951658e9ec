# The shared vocabulary of the facepia rule packs: what the law needs to know about a facial recognition deployment.
#
# A deployment (examples/deployments/*.yaml) states these facts; a fact it does not state is unknown, never false.
# Every enum value is unique across all enums, so that a bare value such as `school_premises` names one thing only.
# Naming: values prefixed `art6_`, `art9_` and `pipl_` are legal grounds of the instrument they name.

# ---------------------------------------------------------------------------------------------------------------
# Who decides: the controller (GDPR) / personal information processor (PIPL) / information processor (SPC-FR)
# ---------------------------------------------------------------------------------------------------------------
enum controller_type {
  public_authority,   # a state organ or other body exercising public power (not a school, not the police)
  school,             # a school or the school board that runs it, public or private
  employer,           # an employer acting towards its own staff
  property_manager,   # a property services enterprise or other building manager (SPC-FR Art. 10)
  commercial_venue,   # a shop, mall, hotel, park, bank, station or other business premises (SPC-FR Art. 2(1))
  transport_operator, # an airport, airline, railway or metro operator
  platform,           # an online platform or app
  law_enforcement,    # the police or another authority for the prevention and investigation of crime
  other_controller
}

fact controller.name : text "the controller's legal name"
fact controller.type : controller_type "the kind of organisation that decides why and how faces are processed"
fact controller.dpo_appointed : bool "the controller has designated a data protection officer (GDPR Art. 37)"
fact dpo.position_secured : bool
  "the data protection officer is involved properly and in good time in every question on the face processing, has the resources and the access to data and processing he or she needs, takes no instructions on his or her tasks, is not penalised for performing them, reports to the highest management, and has no other duty that conflicts (GDPR Art. 38(1)-(3), (6))"
fact dpo.monitors_compliance : bool
  "the data protection officer informs and advises the controller and the staff who run the face system, monitors its compliance and the controller's policies (responsibilities, training, audits), and monitors the carrying out of the DPIA (GDPR Art. 39(1)(a)-(c))"
fact controller.eu_representative : bool "a controller outside the EU has designated a representative in the Union (GDPR Art. 27)"
fact controller.joint_controllers : bool
  "another organisation decides together with the controller why and how the faces are processed (an airport and the airlines whose boarding it runs, a mall and a tenant, a property manager and a platform) (GDPR Art. 26(1); PIPL Art. 20)"
fact joint_controllers.names : text "the other controllers that decide the purposes and means together with the controller, by name"
fact joint_controllers.arrangement : bool
  "the joint controllers have agreed in an arrangement on their respective responsibilities and duties, in particular towards the data subjects' rights and the information they must give, and its essence is made available to the data subjects (GDPR Art. 26(1), (2); PIPL Art. 20)"
fact controller.ciio : bool
  "the processor is a critical information infrastructure operator (PIPL Art. 40; Cybersecurity Law Art. 37)"
fact controller.pi_officer_appointed : bool
  "the processor has designated a person in charge of personal information protection, published his or her contact details and reported them to the authorities (PIPL Art. 52)"
fact controller.persons_processed : number persons
  "of how many people the processor handles personal information in all, across all its activities, faces or not (PIPL Art. 52)"
fact controller.gatekeeper_platform : bool
  "the processor provides important internet platform services, with a very large number of users and complex types of business (PIPL Art. 58)"
fact platform.gatekeeper_duties : bool
  "the platform has a personal information protection compliance system under the State provisions overseen by an independent body mainly of external members, open and fair platform rules binding the providers on it, a practice of stopping services to providers that seriously break the law, and regular social responsibility reports on personal information protection (PIPL Art. 58)"
fact controller.cn_representative : bool
  "a processor outside China that falls under PIPL Art. 3(2) has set up a dedicated entity or designated a representative in China and reported it to the authorities (PIPL Art. 53)"
fact controller.acting_for_law_enforcement : bool
  "a private company runs the system on behalf of a competent authority for the prevention, investigation, detection or prosecution of criminal offences, as its processor or entrusted by law (the Law Enforcement Directive then governs, not the GDPR)"
fact controller.public_body : bool
  "the controller is a public authority or body acting in the performance of its tasks, whatever its type (GDPR Art. 6(1), last subparagraph: no legitimate interests)"
fact controller.member_state : text "the EU Member State whose law governs the processing (its national biometric law, GDPR Art. 9(4))"
fact controller.competent_authority : text "the supervisory authority competent for the processing, by name"

# ---------------------------------------------------------------------------------------------------------------
# Where the law reaches: scope facts (GDPR Art. 3, PIPL Art. 3)
# ---------------------------------------------------------------------------------------------------------------
fact jurisdiction.eu_establishment : bool
  "the processing is carried out in the context of the activities of an establishment of the controller or processor in the EU (GDPR Art. 3(1))"
fact jurisdiction.eu_data_subjects : bool
  "the faces are of people who are in the EU and the processing monitors their behaviour there or relates to offering them goods or services (GDPR Art. 3(2))"
fact jurisdiction.cn_processing : bool
  "the personal information is processed within the territory of the People's Republic of China (PIPL Art. 3(1))"
fact jurisdiction.cn_data_subjects : bool
  "the processing, although outside China, is of people in China and provides them products or services or analyses or assesses their conduct (PIPL Art. 3(2))"

# ---------------------------------------------------------------------------------------------------------------
# What is done: purposes, mode, place, timing
# ---------------------------------------------------------------------------------------------------------------
enum purpose {
  attendance,          # recording who is present (pupils, employees)
  access_control,      # opening a door, gate or turnstile for enrolled people
  public_security,     # maintaining public security (PIPL Art. 26; SPC-FR Art. 5(2))
  marketing,           # advertising, targeting, customer profiling
  customer_analytics,  # counting, age, gender, mood or dwell-time analysis of visitors
  payment,             # paying by face
  boarding,            # matching a traveller to a boarding pass or travel document
  identity_verification, # confirming that a person is who they claim to be for a service (account, check-in)
  law_enforcement_search, # searching for suspects or missing persons on a watchlist
  watchlist_enforcement, # enforcing a private ban list or a court order against named people (a venue's banned visitors)
  fraud_prevention,      # fraud and loss prevention
  photo_tagging,         # suggesting or tagging people in photos
  audience_measurement,  # survey, audience or panel validation
  other_purpose
}

fact purposes : set of purpose "what the processing is for"
fact processing.secondary_use : bool "templates or images are also used, or made available, for a purpose other than the declared ones"
fact processing.further_use_compatible : bool
  "every further use is compatible with the declared purposes, assessed under GDPR Art. 6(4) (link, context, nature, consequences, safeguards)"
fact processing.further_use_required_by_law : bool
  "the only further use is a disclosure that a law requires of the controller (footage handed to the police on a lawful order)"

enum fr_mode {
  verification_1to1,   # compares a live face with one enrolled template the person claims (authentication)
  identification_1ton, # searches a live face against a database of many templates (identification)
  analysis_only,       # estimates attributes (age, gender, mood) or tracks faces without identifying anyone
  none                 # no templates at all: plain CCTV, not facial recognition
}

fact processing.captures_faces : bool
  "cameras capture images in which people's faces can be seen (CCTV included), whether or not anything is done with the faces"
fact processing.creates_templates : bool
  "facial templates (numerical face descriptors) are created from the images; false for plain CCTV, which is not facial recognition"
fact processing.mode : fr_mode "how templates are used"

enum other_biometric { fingerprint_data, iris_data, palm_vein_data, voice_data }
fact processing.other_biometrics : set of other_biometric
  "biometric data other than the face processed in the same system (a fingerprint reader beside the camera, as at the Hangzhou park before the switch)"
fact processing.live : bool "faces are matched live as people pass; false when recorded footage is searched later (retrospective)"
fact processing.covert : bool "faces are captured or matched without the people being made aware of it (hidden cameras, no notice, no signs)"
fact processing.core_activity : bool
  "processing faces is part of the controller's core activities, what it exists to do (a venue's entry business, an operator's boarding, a security service), not an ancillary support function such as the door of its own offices (GDPR Art. 37(1))"
fact processing.large_scale : bool
  "the processing is large scale, having regard to the number of people, the volume of data, the duration and the geographical extent (GDPR Arts. 35(3), 37(1); Article 29 Working Party Guidelines on DPOs, WP243)"
fact decision.solely_automated : bool
  "the system itself decides, with no person weighing each case, whether someone is let through, boarded, paid for, recorded or refused (a gate that opens or stays shut on the match)"
fact decision.significant_effect : bool
  "a refusal or other decision of the system produces legal effects for the person or similarly significantly affects him or her (refused boarding, entry to home, work or school, payment, recorded absent) (GDPR Art. 22(1)); a major impact on his or her rights and interests (PIPL Art. 24(3))"
fact decision.human_review : bool
  "anyone the system refuses can at once obtain a decision by a person, put his or her point of view and contest the decision (a staffed lane, an attendant at the gate), and can refuse a decision made by the system alone (GDPR Art. 22(3); PIPL Art. 24(3))"
fact decision.explanation_on_request : bool
  "on request, the controller explains to the person how the system decided his or her case (PIPL Art. 24(3))"

enum location_type {
  public_area,                # streets, squares, parks open to all
  publicly_accessible_premises, # shops, malls, hotels, stations, airports, stadiums, venues open to the public
  residential_compound,       # the common areas and gates of a residential property
  school_premises,            # a school building or its grounds
  workplace,                  # premises where the data subjects work
  private_space,              # hotel rooms, toilets, changing rooms and other places of privacy
  online_service              # an app or website: faces sent from the person's own device, not captured at a place
}

fact processing.location : location_type "where the cameras or terminals are"
fact public_security.authorised : bool
  "the installation is made under, and complies with, the State provisions on public security video systems for this place (PIPL Art. 26: 遵守国家有关规定)"
fact service.information_society : bool
  "the faces are processed in an information society service (online, at a distance, at the individual's request) offered directly to children (GDPR Art. 8)"
fact capture.ambient : bool
  "the equipment captures everyone who passes within its field of view, rather than only people who actively present their face to a terminal"
fact capture.only_consenting : bool
  "everyone whose face the equipment captures has given the consent relied on (a closed area that only enrolled, consenting people enter); false where bystanders are scanned"
fact public_security.necessary : bool
  "the equipment is necessary for maintaining public security at this place: a documented security need that a means with less impact would not meet (PIPL Art. 26: 为维护公共安全所必需)"

fact matching.accuracy_tested : bool
  "false match and false non-match rates were measured on people like the data subjects before deployment and are monitored while it runs"
fact matching.threshold : number
  "the operating threshold: two faces match when the distance between their templates is below it (for the bundled runtime, the Euclidean distance between dlib ResNet descriptors, at most the model's operating point 0.6); the runtime never matches with a looser one"
fact matching.false_match_rate : number percent
  "the false match rate measured at matching.threshold: the share of comparisons between two different people that matched, on people like the data subjects"
fact matching.false_non_match_rate : number percent
  "the false non-match rate measured at matching.threshold: the share of comparisons between two images of the same person that did not match, on people like the data subjects"

# ---------------------------------------------------------------------------------------------------------------
# Storage, transfer, recipients, retention, security
# ---------------------------------------------------------------------------------------------------------------
enum storage_location { on_device, central_server, cloud_service, held_by_data_subject }

fact storage.templates : storage_location "where enrolled templates are stored"
fact transfer.third_country : bool
  "images or templates are transferred to, or can be reached from, a country outside the EEA or an international organisation (a vendor's cloud or support team abroad included) (GDPR Art. 44)"

enum gdpr_transfer_tool {
  adequacy_decision,              # Art. 45: the Commission found the country adequate
  standard_contractual_clauses,   # Art. 46(2)(c), (d)
  binding_corporate_rules,        # Art. 46(2)(b), 47
  approved_code_or_certification, # Art. 46(2)(e), (f)
  art49_explicit_consent,         # Art. 49(1)(a): each person's explicit consent to the transfer, after being told its risks
  art49_other_derogation,         # Art. 49(1)(b)-(g) or its second subparagraph
  no_transfer_tool
}

fact transfer.gdpr_tool : gdpr_transfer_tool "the GDPR Chapter V ground of the transfer to a third country"
fact transfer.impact_assessed : bool
  "a transfer impact assessment shows that the law and practice of the destination do not stop the safeguards from working, with supplementary measures where needed (CJEU C-311/18 Schrems II; EDPB Recommendations 01/2020)"
fact transfer.risks_explained : bool
  "before consenting to the transfer, each person was told of its possible risks in the absence of an adequacy decision and of appropriate safeguards (GDPR Art. 49(1)(a))"
fact transfer.out_of_china : bool
  "personal information collected in China is provided to, stored at or can be reached from a recipient outside mainland China (a vendor's cloud or support team abroad included) (PIPL Art. 38)"
fact transfer.outside_jurisdiction : bool
  "faces leave the jurisdiction where they were collected by either measure: true whenever transfer.third_country (outside the EEA) or transfer.out_of_china (outside mainland China) is true, false only where neither is; the summary that the risk assessment, the PIPIA trigger of PIPL Art. 55 item (4) and the report read, never the legal test of a rule (the rules read the two facts it sums up, and refuse a summary that contradicts them)"

enum cn_transfer_mechanism {
  cac_security_assessment,     # PIPL Art. 38(1) item (1), Art. 40: passed the CAC's security assessment
  pi_protection_certification, # PIPL Art. 38(1) item (2)
  cac_standard_contract,       # PIPL Art. 38(1) item (3): the CAC's standard contract, filed
  cn_exemption_claimed,        # a condition that needs none of the three (Network Data Security Management Regulations Art. 35(4)-(7); the CAC's 2024 Provisions Art. 5): transfer.cn_exemption names it
  no_cn_mechanism
}

fact transfer.cn_mechanism : cn_transfer_mechanism "the PIPL Art. 38 condition met for providing personal information abroad"

enum cn_transfer_exemption {
  exemption_contract_with_individual, # to conclude or perform a contract to which the individual is a party (NDSR Art. 35(4))
  exemption_cross_border_hr,          # cross-border HR management under lawful labour rules and collective contracts (NDSR Art. 35(5))
  exemption_statutory_duty,           # to perform a statutory duty or obligation (NDSR Art. 35(6))
  exemption_emergency,                # in an emergency, to protect natural persons' life, health and property (NDSR Art. 35(7))
  no_exemption
}

fact transfer.cn_exemption : cn_transfer_exemption
  "the condition of the Network Data Security Management Regulations (Art. 35 items (4) to (7)) relied on for providing faces abroad without a security assessment, certification or standard contract, where transfer.cn_mechanism is cn_exemption_claimed"
fact transfer.cn_exemption_necessary : bool
  "providing these faces abroad is truly necessary (确需) for that contract, HR management, duty or emergency: it could not be done with the faces kept in China, and no more faces go abroad than it needs"
fact transfer.cn_sensitive_persons : number persons
  "of how many people the processor has provided sensitive personal information (faces included) abroad since 1 January of the previous year, this transfer included"
fact transfer.cn_recipient_notified : bool
  "people are told the overseas recipient's name, contact details, purpose and method of processing, the categories of information, and how to exercise their rights against the recipient (PIPL Art. 39)"
fact transfer.cn_separate_consent : bool "each person consented separately to the provision of his or her face information abroad (PIPL Art. 39)"
fact succession.transfer : bool
  "the face data are to pass to another processor because of a merger, division, dissolution or bankruptcy of the processor (PIPL Art. 22)"
fact succession.recipient_notified : bool
  "people are told the name and contact details of the processor that receives their face data on the merger, division, dissolution or bankruptcy (PIPL Art. 22)"
fact succession.same_purposes : bool
  "the receiving processor keeps the original purposes and methods of processing, or obtains each person's consent anew for new ones (PIPL Art. 22)"
fact disclosure.public : bool
  "face images or templates of identifiable people are made public: shown on a public screen or website, posted, or published (PIPL Art. 25)"
fact disclosure.separate_consent : bool "each person whose face is made public consented separately to its publication (PIPL Art. 25)"
fact recipients.third_parties : bool "templates or images are provided to another controller or processor (not merely an entrusted processor)"
fact recipients.notified : bool
  "before faces are provided to another controller or processor, people are told the recipient's name, contact details, purpose and method of processing and the categories of information (PIPL Art. 23)"
fact recipients.separate_consent : bool
  "each person whose face information is provided to another controller or processor consented separately to that provision (PIPL Art. 23)"
fact processors.names : text
  "the processors and vendors that handle faces, by name and role, each with its contract (e.g. 'Example Cloud Ltd: hosting, DPA of 2026-03-01; Example Vision: matching software and support, DPA of 2026-02-10')"
fact processors.used : bool
  "a processor (a vendor, cloud or hosting provider, integrator or maintenance contractor) processes images or templates on the controller's behalf, remote access for support included; false where the controller alone runs the system and no supplier can reach the faces"
fact processors.contract : bool
  "every processor that handles faces is bound by a contract or other legal act in writing (electronic form included) that governs its processing of them (GDPR Art. 28(3), (9); PIPL Art. 21)"
fact processors.sufficient_guarantees : bool
  "each processor was chosen because it gives sufficient guarantees, checked by the controller, that its technical and organisational measures meet the law's requirements (GDPR Art. 28(1))"
fact processors.contract_terms : bool
  "each processor's contract sets out the subject-matter, duration, nature and purpose of the processing, the data and the people concerned, and binds the processor to every term of GDPR Art. 28(3)(a)-(h): documented instructions (transfers included), confidentiality, Art. 32 security, the sub-processor conditions, assistance with rights and with Arts. 32-36, deletion or return at the end, and audits"
fact processors.agreement_pipl : bool
  "the agreement with each entrusted party states the purpose, period and method of the processing, the categories of information, the protection measures and both sides' rights and duties, and requires the entrusted party to return or delete the information when the contract ends (PIPL Art. 21(1), (2))"
fact processors.supervised : bool "the controller supervises each entrusted party's processing (audits, reports, inspections) (PIPL Art. 21(1))"
fact processors.secure_and_assist : bool
  "each entrusted party is bound to, and does, take the measures needed to secure the faces it processes and assist the processor in its duties (answering people's requests, impact assessments, incidents) (PIPL Art. 59)"
fact processors.sub_processors : bool "a processor engages another processor (a sub-processor) for the faces"
fact processors.sub_processors_authorised : bool
  "every sub-processor was engaged with the controller's prior written authorisation (specific, or general with notice of each change and a chance to object) and is bound by the same data protection obligations as the processor (GDPR Art. 28(2), (4); PIPL Art. 21(3))"

fact retention.templates : number days "how long an enrolled person's template is kept after its last use or after the person leaves"
fact retention.images : number days "how long captured face images (probes, footage) are kept"
fact retention.images_necessity_documented : bool
  "the DPIA documents why footage must be kept longer than 72 hours (EDPB Guidelines 3/2019: the longer the period, the more argumentation is needed)"
fact deletion.on_purpose_end : bool
  "templates and images are erased once the purpose is achieved, the service ends or the person withdraws (PIPL Art. 47; GDPR Art. 17)"
fact deletion.on_request : bool "a data subject's request to erase his or her face data is honoured without undue delay"
fact rights.request_channel : bool
  "people can make requests about their face data through a published, convenient channel, and each request is answered without undue delay and within one month at the latest, with the reasons and the remedies where it is refused (GDPR Art. 12(3), (4); PIPL Arts. 48, 50)"
fact rights.access_copy : bool
  "a person can learn whether his or her face is processed and obtain access to and a copy of his or her images and templates, with other people in the footage masked (GDPR Art. 15; PIPL Art. 45)"
fact rights.rectification_restriction : bool
  "a person can have a wrong enrolment, match or record corrected, and the processing of his or her face restricted while it is checked (GDPR Arts. 16, 18; PIPL Arts. 44, 46)"
fact rights.portability : bool
  "on request, a person receives the personal data he or she provided for the face processing (the enrolment photograph and the data given with it) in a structured, commonly used, machine-readable format, and has them sent to another controller or processor where technically feasible (GDPR Art. 20; PIPL Art. 45(3))"
fact rights.deceased_relatives : bool
  "the close relatives of a person who has died can, for their own lawful and legitimate interests, consult, copy, correct and delete his or her face data, unless he or she arranged otherwise while alive (PIPL Art. 49; SPC-FR Art. 15)"
fact rights.objection : bool
  "a person who objects stops the processing of his or her face unless the controller demonstrates compelling legitimate grounds that override his or her interests (GDPR Art. 21(1))"

enum security_measure {
  encryption_at_rest,
  encryption_in_transit,
  access_restriction,       # only named staff may reach templates, least privilege
  audit_logging,            # every enrolment, match and access is logged
  template_only_storage,    # raw images are discarded, only templates are kept
  pseudonymisation,
  staff_training,
  incident_response,        # a security incident plan: detection, containment, remedy (PIPL Art. 51(5))
  presentation_attack_detection, # liveness checks reject photographs, screens and masks presented to a verifying terminal
  identity_separation       # templates are stored apart from names and other identity data, linked only by a key
}

fact security.measures : set of security_measure "the technical and organisational measures in place"
fact breach.procedure : bool
  "a written, rehearsed procedure makes the controller notify the supervisory authority within 72 hours of becoming aware of a breach of face data, tell the people affected without undue delay where the risk to them is high, and document every breach (GDPR Arts. 33, 34); in China, take remedial measures at once and notify the authority and the individuals (PIPL Art. 57)"

# ---------------------------------------------------------------------------------------------------------------
# Whose faces
# ---------------------------------------------------------------------------------------------------------------
enum subject_category {
  general_public,
  customers,
  pass_holders,       # holders of an annual pass or membership card
  passengers,
  residents,
  employees,
  pupils,
  minors,             # anyone under 18
  under_14,           # anyone under 14 (PIPL Art. 28(1), 31)
  below_digital_consent_age, # children below the age at which they may consent to an information society service in the Member State (16 unless national law lowers it, not below 13: GDPR Art. 8(1))
  visitors            # occasional visitors, delivery staff, passers-by who enter the premises
}

fact data_subjects.categories : set of subject_category "whose faces are processed"
fact data_subjects.count : number persons "how many people's faces are processed"

# ---------------------------------------------------------------------------------------------------------------
# Legal grounds
# ---------------------------------------------------------------------------------------------------------------
enum gdpr_basis {
  art6_consent,               # Art. 6(1)(a)
  art6_contract,              # Art. 6(1)(b)
  art6_legal_obligation,      # Art. 6(1)(c)
  art6_vital_interests,       # Art. 6(1)(d)
  art6_public_task,           # Art. 6(1)(e)
  art6_legitimate_interests   # Art. 6(1)(f)
}

enum art9_exception {
  art9_explicit_consent,            # Art. 9(2)(a)
  art9_employment_law,              # Art. 9(2)(b)
  art9_vital_interests,             # Art. 9(2)(c)
  art9_made_public,                 # Art. 9(2)(e): manifestly made public by the data subject
  art9_legal_claims,                # Art. 9(2)(f): establishment, exercise or defence of legal claims
  art9_substantial_public_interest, # Art. 9(2)(g)
  art9_research,                    # Art. 9(2)(j): archiving, scientific or historical research, statistics
  art9_none
}

enum pipl_basis {
  pipl_consent,          # Art. 13(1)(1): the individual's consent
  pipl_contract_or_hr,   # Art. 13(1)(2): necessary for a contract with the individual, or for lawful HR management
  pipl_statutory_duty,   # Art. 13(1)(3): necessary to perform statutory duties or obligations
  pipl_emergency,        # Art. 13(1)(4): public health emergency, or protecting life, health and property in an emergency
  pipl_news,             # Art. 13(1)(5): news reporting and public-opinion supervision in the public interest
  pipl_public_info,      # Art. 13(1)(6): information the individual disclosed or otherwise lawfully disclosed
  pipl_other_law         # Art. 13(1)(7): other circumstances provided by laws and administrative regulations
}

fact basis.gdpr : gdpr_basis "the GDPR Art. 6(1) ground the controller relies on"
fact basis.gdpr_further : set of gdpr_basis
  "further GDPR Art. 6(1) grounds relied on for parts of the processing, beside basis.gdpr"
fact basis.art9 : art9_exception "the GDPR Art. 9(2) exception the controller relies on for biometric data"
fact basis.member_state_law : bool
  "a Union or Member State law (or collective agreement) specifically authorises this biometric processing with safeguards (GDPR Art. 9(2)(b), (g))"
fact basis.art6_3_law : bool
  "a Union or Member State law lays down the basis of the processing relied on under GDPR Art. 6(1)(c) or (e) (Art. 6(3)); not the same as a law lifting Art. 9(1)"
fact basis.national_law : text "the Union or Member State law relied on for the biometric processing, by name and article (GDPR Art. 9(2)(b), (g), 9(4))"
fact basis.national_conditions_met : bool
  "the further conditions that the Member State's law sets for biometric data under GDPR Art. 9(4) are met"
fact authority.specific_authorisation : bool
  "a supervisory authority has specifically authorised this processing under national law (distinct from the Art. 36(1) prior consultation)"
fact legitimate_interests.balancing_done : bool
  "a documented balancing shows a real and present interest that the data subjects' interests and rights do not override, having regard to their reasonable expectations (GDPR Art. 6(1)(f); EDPB Guidelines 3/2019 section 3.1)"
fact basis.legal_provision : text
  "the law or administrative regulation, and its article, relied on for a ground other than consent (PIPL Art. 13(1)(3), (7); SPC-FR Art. 5), by name"
fact basis.necessary_for_ground : bool
  "processing the face is necessary, not merely useful, for the contract, the lawful HR management, the duty, the emergency or the law relied on (PIPL Art. 13(1)(2)-(4), (7))"
fact basis.consent_excluded_by_law : bool
  "Union or Member State law provides that the GDPR Art. 9(1) prohibition may not be lifted by the data subject's consent for this processing (GDPR Art. 9(2)(a))"
fact state_organ.within_authority : bool
  "the state organ processes the faces within the authority and by the procedures that laws and administrative regulations give it for its statutory duties (PIPL Art. 34)"
fact state_organ.notice_would_impede : bool
  "telling people would impede the state organ's performance of its statutory duties (a covert investigation), or laws or administrative regulations require secrecy (PIPL Arts. 35, 18(1))"
fact basis.pipl : pipl_basis "the PIPL Art. 13 ground the processor relies on"
fact basis.written_consent_by_law : bool "a law or administrative regulation requires written consent for this processing (PIPL Art. 29)"

# ---------------------------------------------------------------------------------------------------------------
# Consent: each facet separately, because each instrument tests different ones
# ---------------------------------------------------------------------------------------------------------------
fact consent.obtained : bool "consent was asked for and given before any face was enrolled or matched"
fact consent.explicit : bool "consent was an express statement (not implied from conduct)"
fact consent.separate : bool "consent to the face processing was asked for on its own, apart from any other terms (PIPL Art. 29: 单独同意)"
fact consent.written : bool "consent was given in writing (paper or electronic)"
fact consent.recorded : bool "the controller keeps a record that shows who consented, when and to what"
fact consent.refusable_without_detriment : bool "a person can refuse without losing anything (same service, price, speed, standing)"
fact consent.condition_of_service : bool "the product, service, entry or employment is refused unless the person consents to face processing"
fact consent.bundled : bool "consent to face processing is bundled with consent to other processing or with terms of service"
fact consent.opt_out_default : bool "people are enrolled unless they object (silence or inactivity counts as consent)"
fact consent.guardian : bool "a parent or guardian consented for every data subject who is a minor or under 14"
fact consent.withdrawable : bool "consent can be withdrawn at any time, as easily as it was given"
fact member_state.digital_consent_age : number years
  "the age from which a child may consent to an information society service in the Member State (GDPR Art. 8(1): 16 unless national law lowers it, not below 13)"
fact consent.unilateral_change : bool
  "face processing was introduced by a unilateral change of an existing contract, pass or membership, without asking each person again (as the Hangzhou park switched its pass holders from fingerprint to face entry)"
fact consent.standard_terms : bool "consent is obtained through standard (pre-formulated) contract terms"

enum grant_term { unlimited_duration, irrevocable, freely_sublicensable }
fact consent.standard_terms_grant : set of grant_term
  "what the standard terms grant the processor over face data (SPC-FR Art. 11); the empty set if none of these"

# ---------------------------------------------------------------------------------------------------------------
# Alternatives and less intrusive means
# ---------------------------------------------------------------------------------------------------------------
enum alternative_kind { card, qr_code, pin_code, fingerprint, id_document_check, staffed_lane, manual_roll_call }

fact alternatives.offered : bool "people who do not want facial recognition are offered another way to get the same thing"
fact alternatives.on_request_only : bool
  "the other way is given only to those who ask for it: people are not told of it before their face is processed"
fact alternatives.kinds : set of alternative_kind "the other ways offered"
fact alternatives.equally_convenient : bool "the other way is about as quick, cheap and dignified as the face route"
fact less_intrusive_means.available : bool
  "a means that does not process faces would achieve the purpose (roll call, badge, card, ticket, staff check, fingerprint used before)"

# ---------------------------------------------------------------------------------------------------------------
# Transparency: notices and signs
# ---------------------------------------------------------------------------------------------------------------
enum notice_item {
  controller_identity,   # name and contact details of the controller / processor
  dpo_contact,           # contact details of the data protection officer
  purposes_and_methods,  # purposes and methods (and, GDPR, the legal basis) of the processing
  legal_basis,           # the legal basis relied on (GDPR Art. 13(1)(c))
  data_categories,       # which personal information is processed
  retention_period,      # how long it is kept
  recipients,            # recipients or categories of recipients
  rights_and_how,        # the individual's rights and how to exercise them
  withdrawal_right,      # the right to withdraw consent at any time
  complaint_right,       # the right to lodge a complaint with a supervisory authority
  necessity,             # why processing the sensitive information is necessary (PIPL Art. 30)
  impact_on_rights,      # the impact on the individual's rights and interests (PIPL Art. 30)
  legitimate_interests,  # the legitimate interests pursued, where GDPR Art. 6(1)(f) is relied on (Art. 13(1)(d))
  third_country_transfer, # the transfer to a third country and its safeguards (GDPR Art. 13(1)(f))
  automated_decision     # that decisions are made by the system alone, the logic involved, their significance and consequences (GDPR Art. 13(2)(f))
}

fact notice.given : bool "people are informed before their face is processed"
fact notice.contents : set of notice_item "what the notice tells them"
fact notice.rules_published : bool "the rules for processing face information are made public (SPC-FR Art. 2(2))"
fact notice.indirect_given : bool
  "where reference faces were not collected from the person, the person is informed within the GDPR Art. 14(3) time limits"
fact enrolment.from_third_party : bool
  "reference images come from someone other than the data subject (an ID database, photos supplied by others, scraped images)"
fact signs.conspicuous : bool "conspicuous signs tell people, before they enter the field of view, that cameras or face recognition operate"

# ---------------------------------------------------------------------------------------------------------------
# Impact assessment, DPO, views, prior consultation
# ---------------------------------------------------------------------------------------------------------------
enum assessment_element {
  systematic_description,     # GDPR Art. 35(7)(a); PIPL Art. 56(1)(1): the processing, its purposes and methods
  necessity_proportionality,  # GDPR Art. 35(7)(b); PIPL Art. 56(1)(1): legitimacy, necessity and proportionality
  risk_assessment,            # GDPR Art. 35(7)(c); PIPL Art. 56(1)(2): impact and risks to the individuals
  mitigation_measures         # GDPR Art. 35(7)(d); PIPL Art. 56(1)(3): the measures, their legality, effectiveness and fit
}

fact dpia.done : bool "a data protection impact assessment (GDPR Art. 35) was carried out (dpia.after_launch says whether only after the processing started)"
fact dpia.after_launch : bool "the DPIA was carried out only after the processing had started"
fact dpia.covers : set of assessment_element "what the DPIA actually contains"
fact dpia.dpo_opinion_sought : bool "the DPO's advice was sought when the DPIA was carried out (GDPR Art. 35(2))"
fact dpia.views_sought : bool "the views of data subjects or their representatives were sought (GDPR Art. 35(9))"
fact prior_consultation.done : bool "the supervisory authority was consulted before the processing started (GDPR Art. 36(1))"
fact action_plan.owner : text "who answers for carrying out the DPIA's action plan (a person or a function, such as the DPO)"
fact action_plan.due : date "the date by which the action plan is to be carried out"

# The DPIA's own words and workflow, which the report prints where the authority expects them. They are the
# controller's account, not facts the law turns on; two are read only for whether they are stated, or when:
# dpia.views_summary (the reason views were not sought, GDPR Art. 35(9)) and dpia.review_date (a review not
# overdue, GDPR Art. 35(11)).
fact dpia.description : text
  "the processing in the controller's own words: what, why, how, by whom (GDPR Art. 35(7)(a); PIPL Art. 56(1)(1))"
fact dpia.dpo_advice : text "the DPO's advice on the assessment, as given (GDPR Art. 35(2))"
fact dpia.views_summary : text
  "whose views were sought, how, and what they said; or why they were not sought (GDPR Art. 35(9))"
fact dpia.balancing : text
  "the balancing of the controller's legitimate interests against the data subjects' rights (GDPR Art. 6(1)(f))"
fact dpia.measures : text
  "the controller's own measures, one a line as `measure | owner | YYYY-MM-DD` (GDPR Art. 35(7)(d))"
fact dpia.version : text "the version of this assessment"
fact dpia.author : text "who wrote this assessment"
fact dpia.review_date : date "when this assessment is next reviewed (GDPR Art. 35(11))"
fact accountability.policies : bool
  "the controller has adopted written data protection policies for the face processing (who may enrol, match, see, export and delete faces, and how), can show with them that the processing complies, and reviews and updates its measures when the risk changes (GDPR Art. 24(1), (2))"
fact dpia.review_on_change : bool
  "the controller reviews whether the processing still follows the DPIA whenever the risk changes (a new purpose, site, camera, watch-list, vendor or matching model), and at the review date it has set (GDPR Art. 35(11))"
fact records.processing_kept : bool
  "the controller keeps a written record of the face processing with the contents of GDPR Art. 30(1): controller and DPO, purposes, people and data, recipients, transfers, erasure time limits, security measures"
fact audits.regular : bool
  "the processor audits, regularly and at the frequency the CAC's Measures for Personal Information Protection Compliance Audits set, whether its processing complies with laws and administrative regulations (PIPL Art. 54)"
fact pipia.done : bool "a personal information protection impact assessment (PIPL Art. 55) was carried out in advance"
fact pipia.covers : set of assessment_element "what the PIPIA actually contains"
fact pipia.record_retention : number years "how long the PIPIA report and processing records are kept (PIPL Art. 56: at least 3 years)"

# ---------------------------------------------------------------------------------------------------------------
# Design and time
# ---------------------------------------------------------------------------------------------------------------
fact design.privacy_by_default : bool
  "by default only the templates necessary for each purpose are processed: no one is enrolled or matched who did not choose it (GDPR Art. 25(2))"
fact deployment.start : date "the day the deployment starts or started"
fact deployment.end : date "the day the deployment ends or ended, if fixed"
fact deployment.sites : number sites "at how many sites (stores, buildings, gates) the equipment runs"

# ---------------------------------------------------------------------------------------------------------------
# Watch-lists
# ---------------------------------------------------------------------------------------------------------------
fact watchlist.size : number persons "how many people are on the watch-list the faces are searched against"
fact watchlist.entries_reviewed : bool
  "each entry has a documented reason and an end or review date, and is removed when the listing ends (a court order expires, a ban is lifted)"
fact watchlist.criminal_offences : bool
  "the watch-list holds data relating to criminal convictions, offences or suspicions (shoplifters, suspects) (GDPR Art. 10)"
fact watchlist.criminal_data_authorised : bool
  "Union or Member State law authorises this processing of criminal offence data with appropriate safeguards, or it is under the control of official authority (GDPR Art. 10)"

# ---------------------------------------------------------------------------------------------------------------
# CAC-FR: the CAC and MPS Measures for the Security Management of the Application of Facial Recognition Technology
# ---------------------------------------------------------------------------------------------------------------
fact processing.rnd_or_training : bool
  "faces are processed in China only to research and develop facial recognition technology or to train algorithms (CAC-FR Art. 2(2): outside the Measures; the PIPL still applies)"
fact transfer.over_internet : bool
  "face information (images or templates) leaves the face recognition device over the internet: to a server, a cloud service, another site or another party (CAC-FR Art. 8)"
fact basis.off_device_by_law : bool
  "a law or administrative regulation provides that this face information be stored outside the device or transmitted over the internet (CAC-FR Art. 8: 法律、行政法规另有规定), named in basis.legal_provision"
fact verification.face_required_by_state : bool
  "a State provision requires facial recognition as the means of verification for this service (CAC-FR Art. 10: 国家另有规定的，从其规定), named in basis.legal_provision"
fact consent.misled_or_coerced : bool
  "people are misled, deceived or coerced into face verification, for example in the name of handling business or improving service quality, or by making the face option the default or steering them to it (CAC-FR Art. 12)"
fact capture.area_delimited : bool
  "the area in which faces are captured in the public place has been determined lawfully and reasonably, and the cameras capture no more than it (CAC-FR Art. 13: 依法合理确定人脸信息采集区域)"
fact security.authorisation_management : bool
  "authorisation management is in place: rights to use, change and grant access to the face recognition system are granted to named roles and reviewed (CAC-FR Art. 14)"
fact security.intrusion_detection : bool "intrusion detection and defence protect the face recognition system (CAC-FR Art. 14)"
fact storage.faces_stored : number persons
  "how many distinct people's face information the processor stores through facial recognition (CAC-FR Art. 15: a filing from 100,000)"
fact storage.threshold_reached : date "the day the stored face information first reached 100,000 people (CAC-FR Art. 15)"
fact filing.cac_done : bool
  "the filing with the cyberspace administration at provincial level or above where the processor is located has been made, with its five materials (CAC-FR Art. 15)"
fact data_subjects.elderly_or_disabled : bool
  "the people whose faces are processed include elderly people or people with disabilities (CAC-FR Art. 5: their face information is processed in line with the State provisions on barrier-free environments)"
fact accessibility.barrier_free : bool
  "elderly people and people with disabilities can read the notice, give or refuse consent and use the other way in without barriers, as the State provisions on barrier-free environments (无障碍环境建设) require (CAC-FR Art. 5)"
fact minors.special_rules : bool
  "the processor has adopted special rules for processing the personal information, faces included, of children under 14 (PIPL Art. 31(2): 专门的个人信息处理规则; CAC-FR Art. 7)"
fact pipia.outdated : bool
  "since the impact assessment was made, the purpose or the method of processing has changed, or a major security incident has occurred, and the assessment has not been redone (CAC-FR Art. 9)"
fact verification.national_identity_channel : bool
  "identities are verified, or specific people identified, through the national population basic information database or the national online identity authentication public service (CAC-FR Art. 11: encouraged, not required)"

# ---------------------------------------------------------------------------------------------------------------
# EU-AIA: Regulation (EU) 2024/1689 (Artificial Intelligence Act), Art. 5 prohibitions bearing on faces
# ---------------------------------------------------------------------------------------------------------------
fact ai.excluded_use : bool
  "the AI system is used exclusively for military, defence or national security purposes, or is developed and put into service for the sole purpose of scientific research and development, or is in research, testing or development before it is placed on the market or put into service, not in real-world testing (AI Act Art. 2(3), (6), (8))"
fact ai.database_scraped : bool
  "the facial recognition database was created or expanded by untargeted scraping of facial images from the internet or CCTV footage (AI Act Art. 5(1)(e))"
fact ai.infers_emotions : bool
  "the system identifies or infers emotions or intentions of people from their faces or other biometric data (AI Act Art. 3(39)); not physical states such as pain or fatigue, and not the mere detection of readily apparent expressions that is not used to infer emotions (Recital 18)"
fact ai.medical_or_safety : bool
  "the emotion recognition is intended to be put in place or on the market for medical or safety reasons, such as therapeutic use (AI Act Art. 5(1)(f), Recital 44); not the monitoring of attention, engagement or mood"
fact ai.infers_sensitive_traits : bool
  "the system categorises individual people on their faces or other biometric data to deduce or infer their race, political opinions, trade union membership, religious or philosophical beliefs, sex life or sexual orientation (AI Act Art. 5(1)(g))"
fact ai.dataset_labelling_only : bool
  "the categorisation is only the labelling or filtering of a lawfully acquired biometric dataset (AI Act Art. 5(1)(g), last clause)"

enum rbi_objective {
  victim_or_missing_person_search, # targeted search for specific victims of abduction, trafficking or sexual exploitation, or for missing persons (Art. 5(1)(h)(i))
  imminent_threat_prevention,      # a specific, substantial and imminent threat to life or physical safety, or a genuine threat of a terrorist attack (Art. 5(1)(h)(ii))
  serious_offence_suspect,         # locating or identifying a suspect of an Annex II offence punishable by at least four years (Art. 5(1)(h)(iii))
  no_listed_objective
}

fact ai.rbi_objective : rbi_objective
  "the objective for which real-time remote biometric identification is strictly necessary (AI Act Art. 5(1)(h)); no_listed_objective for any other"
fact ai.rbi_targeted_only : bool
  "the system is used only to confirm the identity of the specifically targeted individual, within the temporal, geographic and personal limits of the national law (AI Act Art. 5(2))"
fact ai.rbi_national_law : bool
  "the Member State's national law authorises real-time remote biometric identification for this objective and lays down the detailed rules of AI Act Art. 5(5)"
fact ai.rbi_authorised : bool
  "a judicial authority or a binding independent administrative authority of the Member State authorised this use in advance on a reasoned request, or, in a duly justified urgency, authorisation was requested within 24 hours and has not been refused (AI Act Art. 5(3))"
fact ai.fria_done : bool "the deployer completed a fundamental rights impact assessment (AI Act Art. 27) before the use"
fact ai.eu_database_registered : bool
  "the system and its use are registered in the EU database (AI Act Art. 49, Art. 26(8)), or, for real-time remote biometric identification in a duly justified urgency, the registration is completed without undue delay (Art. 5(2))"
fact ai.rbi_use_notified : bool
  "each use is notified to the market surveillance authority and the national data protection authority (AI Act Art. 5(4))"
fact ai.used_per_instructions : bool
  "the deployer has technical and organisational measures to use the system in accordance with the provider's instructions for use, and monitors its operation (AI Act Art. 26(1), (5))"
fact ai.human_oversight_assigned : bool
  "human oversight is assigned to natural persons with the necessary competence, training, authority and support (AI Act Art. 26(2))"
fact ai.log_retention : number months
  "how long the deployer keeps the logs the system generates automatically, so far as they are under its control (AI Act Art. 26(6): at least six months)"
fact ai.workers_informed : bool
  "before the system is put into service or used at the workplace, the workers' representatives and the affected workers were informed that they will be subject to it (AI Act Art. 26(7))"
fact ai.public_service : bool
  "the deployer is a body governed by public law or a private entity providing public services (AI Act Art. 27(1))"
fact ai.fria_notified : bool
  "the results of the fundamental rights impact assessment were notified to the market surveillance authority with the AI Office's template (AI Act Art. 27(3))"

enum ai_role {
  ai_deployer,              # uses the AI system under its authority (AI Act Art. 3(4)): the usual case of a deployment
  ai_provider,              # develops the system, or has it developed, and places it on the market or puts it into service under its own name or trademark, without using it itself (Art. 3(3))
  ai_provider_and_deployer  # develops the system, or has it developed, and puts it into service under its own name for its own use (Art. 3(3), (4))
}

fact ai.role : ai_role
  "the controller's role towards the AI system under the AI Act: deployer, provider, or both (Art. 3(3), (4)); a deployment that does not state it is read as the deployer's"
fact ai.derogation_documented : bool
  "the provider documented, before placing the system on the market or putting it into service, its assessment that this Annex III system poses no significant risk of harm to health, safety or fundamental rights, on one of the conditions of Art. 6(3)(a) to (d), and registered the system (AI Act Art. 6(3), (4), Art. 49(2))"
fact ai.profiling : bool
  "the system performs profiling of natural persons: it evaluates personal aspects of the people it recognises or analyses, such as their behaviour, reliability, interests, location or movements (AI Act Art. 6(3), last subparagraph: then always high-risk; GDPR Art. 4(4))"
fact ai.post_rbi_targeted : bool
  "each use of post-remote biometric identification (searching recorded footage or images) is limited to what is strictly necessary for the investigation of a specific criminal offence, linked to a criminal offence, a criminal proceeding, a genuine and present or foreseeable threat of a criminal offence, or the search for a specific missing person (AI Act Art. 26(10), first and third subparagraphs)"
fact ai.post_rbi_authorised : bool
  "a judicial authority, or an administrative authority whose decision is binding and subject to judicial review, was asked to authorise the use ex ante, or without undue delay and within 48 hours, and has not rejected it (AI Act Art. 26(10), first and second subparagraphs)"
fact ai.post_rbi_initial_identification : bool
  "the use is only the initial identification of a potential suspect based on objective and verifiable facts directly linked to the offence, which needs no authorisation (AI Act Art. 26(10), first subparagraph)"
fact ai.post_rbi_documented : bool
  "each use is documented in the relevant police file and made available to the market surveillance authority and the national data protection authority on request (AI Act Art. 26(10), fifth subparagraph)"
fact ai.post_rbi_annual_report : bool
  "the deployer submits annual reports on its use of post-remote biometric identification to the market surveillance and national data protection authorities (AI Act Art. 26(10), sixth subparagraph)"

# ---------------------------------------------------------------------------------------------------------------
# BIPA: the Illinois Biometric Information Privacy Act, 740 ILCS 14
# ---------------------------------------------------------------------------------------------------------------
fact jurisdiction.us_illinois : bool
  "the faces are scanned, and the conduct the Act regulates takes place, primarily and substantially in Illinois (cameras or terminals in Illinois, people there when scanned); an Illinois residence alone is not enough"
fact bipa.excluded_entity : bool
  "the controller is not a private entity under BIPA, or the Act does not apply to it: a State or local government agency, an Illinois court, clerk or judge (Sec. 10), a financial institution or affiliate subject to Title V of the Gramm-Leach-Bliley Act, or a contractor, subcontractor or agent of a State agency or local government working for it (Sec. 25)"
fact bipa.retention_policy_public : bool
  "a written policy, available to the public, sets a retention schedule and guidelines for permanently destroying biometric identifiers and information when the initial purpose is satisfied or within 3 years of the person's last interaction, whichever comes first (BIPA Sec. 15(a))"
fact bipa.schedule_followed : bool "the entity complies with its retention schedule and destruction guidelines (BIPA Sec. 15(a))"
fact bipa.written_notice : bool
  "before any face is scanned, each person (or legally authorised representative) is informed in writing that a biometric identifier or biometric information is being collected or stored, and of the specific purpose and length of term of its collection, storage and use (BIPA Sec. 15(b)(1), (2))"

enum bipa_release {
  informed_written_consent, # a written consent signed on paper or otherwise in writing
  electronic_signature,     # an electronic sound, symbol or process executed with the intent to sign (Sec. 10 as amended in 2024)
  employment_release,       # a release executed by an employee as a condition of employment (Sec. 10)
  no_release
}

fact bipa.release : bipa_release
  "the written release each person (or legally authorised representative) executed before the scan, by its form (BIPA Secs. 10, 15(b)(3)); no_release where there is none"
fact bipa.profits : bool
  "the entity sells, leases, trades or otherwise profits from people's biometric identifiers or information (BIPA Sec. 15(c))"
fact bipa.discloses : bool
  "biometric identifiers or information are disclosed, redisclosed or otherwise disseminated outside the entity, vendors and cloud providers included (BIPA Sec. 15(d))"
fact bipa.disclosure_consent : bool "each person (or representative) consented to the disclosure (BIPA Sec. 15(d)(1))"
fact bipa.disclosure_completes_transaction : bool
  "the disclosure completes a financial transaction the person requested or authorised (BIPA Sec. 15(d)(2))"
fact bipa.disclosure_required_by_law : bool
  "the disclosure is required by State or federal law or municipal ordinance, or by a valid warrant or subpoena of a competent court (BIPA Sec. 15(d)(3), (4))"
fact bipa.reasonable_care : bool
  "biometric identifiers and information are stored, transmitted and protected with the reasonable standard of care of the entity's industry, and at least as protectively as its other confidential and sensitive information (BIPA Sec. 15(e))"

enum bipa_culpability { negligent, intentional_or_reckless }
fact bipa.culpability : bipa_culpability
  "whether a violation would be negligent or intentional or reckless, for the liquidated damages of BIPA Sec. 20(a) ($1,000 or $5,000 per violation)"
