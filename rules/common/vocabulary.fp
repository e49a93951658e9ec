# The shared vocabulary of the facepia rule packs: what the law needs to know about a facial recognition deployment.
#
# A deployment (examples/deployments/*.yaml) states these facts; a fact it does not state is unknown, never false.
# Every enum value is unique across all enums, so that a bare value such as `school_premises` names one thing only.
# Naming: values prefixed `art6_`, `art9_` and `pipl_` are legal grounds of the instrument they name.

# ---------------------------------------------------------------------------------------------------------------
# Who decides: the controller (GDPR) / personal information processor (PIPL) / information processor (SPC-FR)
# ---------------------------------------------------------------------------------------------------------------
enum controller_type {
  # a state organ or other body exercising public power (not a school, not the police)
  public_authority label "public authority" label_zh "国家机关或公共机构",
  # a school or the school board that runs it, public or private
  school label "school" label_zh "学校",
  # an employer acting towards its own staff
  employer label "employer" label_zh "用人单位",
  # a property services enterprise or other building manager (SPC-FR Art. 10)
  property_manager label "property manager" label_zh "物业服务企业",
  # a shop, mall, hotel, park, bank, station or other business premises (SPC-FR Art. 2(1))
  commercial_venue label "commercial venue" label_zh "经营场所",
  # an airport, airline, railway or metro operator
  transport_operator label "transport operator" label_zh "交通运输经营者",
  # an online platform or app
  platform label "platform" label_zh "网络平台",
  # the police or another authority for the prevention and investigation of crime
  law_enforcement label "law enforcement" label_zh "执法机关",
  other_controller label "other" label_zh "其他"
}

fact controller.name : text "the controller's legal name"
  label "Controller" label_zh "个人信息处理者（控制者）"
fact controller.type : controller_type "the kind of organisation that decides why and how faces are processed"
  label "Kind of controller" label_zh "处理者类型"
fact controller.dpo_appointed : bool "the controller has designated a data protection officer (GDPR Art. 37)"
  label "Data protection officer designated" label_zh "已指定数据保护官"
fact dpo.position_secured : bool
  "the data protection officer is involved properly and in good time in every question on the face processing, has the resources and the access to data and processing he or she needs, takes no instructions on his or her tasks, is not penalised for performing them, reports to the highest management, and has no other duty that conflicts (GDPR Art. 38(1)-(3), (6))"
  label "DPO's position secured" label_zh "数据保护官的地位有保障"
fact dpo.monitors_compliance : bool
  "the data protection officer informs and advises the controller and the staff who run the face system, monitors its compliance and the controller's policies (responsibilities, training, audits), and monitors the carrying out of the DPIA (GDPR Art. 39(1)(a)-(c))"
  label "DPO monitors compliance" label_zh "数据保护官监督合规"
fact controller.eu_representative : bool "a controller outside the EU has designated a representative in the Union (GDPR Art. 27)"
  label "EU representative designated" label_zh "已指定欧盟境内代表"
fact controller.joint_controllers : bool
  "another organisation decides together with the controller why and how the faces are processed (an airport and the airlines whose boarding it runs, a mall and a tenant, a property manager and a platform) (GDPR Art. 26(1); PIPL Art. 20)"
  label "Joint controllers" label_zh "共同处理者（共同控制者）"
fact joint_controllers.names : text "the other controllers that decide the purposes and means together with the controller, by name"
  label "Joint controllers, by name" label_zh "共同处理者名称"
fact joint_controllers.arrangement : bool
  "the joint controllers have agreed in an arrangement on their respective responsibilities and duties, in particular towards the data subjects' rights and the information they must give, and its essence is made available to the data subjects (GDPR Art. 26(1), (2); PIPL Art. 20)"
  label "Arrangement between joint controllers" label_zh "共同处理者之间的约定"
fact controller.ciio : bool
  "the processor is a critical information infrastructure operator (PIPL Art. 40; Cybersecurity Law Art. 37)"
  label "Critical information infrastructure operator" label_zh "关键信息基础设施运营者"
fact controller.pi_officer_appointed : bool
  "the processor has designated a person in charge of personal information protection, published his or her contact details and reported them to the authorities (PIPL Art. 52)"
  label "Person in charge of personal information protection designated" label_zh "已指定个人信息保护负责人"
fact controller.persons_processed : number persons
  "of how many people the processor handles personal information in all, across all its activities, faces or not (PIPL Art. 52)"
  label "People whose personal information the processor handles" label_zh "处理个人信息的总人数"
fact controller.gatekeeper_platform : bool
  "the processor provides important internet platform services, with a very large number of users and complex types of business (PIPL Art. 58)"
  label "Important internet platform" label_zh "提供重要互联网平台服务"
fact platform.gatekeeper_duties : bool
  "the platform has a personal information protection compliance system under the State provisions overseen by an independent body mainly of external members, open and fair platform rules binding the providers on it, a practice of stopping services to providers that seriously break the law, and regular social responsibility reports on personal information protection (PIPL Art. 58)"
  label "Platform duties (PIPL Art. 58)" label_zh "履行第58条平台义务"
fact controller.cn_representative : bool
  "a processor outside China that falls under PIPL Art. 3(2) has set up a dedicated entity or designated a representative in China and reported it to the authorities (PIPL Art. 53)"
  label "Representative in China designated" label_zh "已在境内设立专门机构或指定代表"
fact controller.acting_for_law_enforcement : bool
  "a private company runs the system on behalf of a competent authority for the prevention, investigation, detection or prosecution of criminal offences, as its processor or entrusted by law (the Law Enforcement Directive then governs, not the GDPR)"
  label "Acting for a law enforcement authority" label_zh "受执法机关委托处理"
fact controller.public_body : bool
  "the controller is a public authority or body acting in the performance of its tasks, whatever its type (GDPR Art. 6(1), last subparagraph: no legitimate interests)"
  label "Public authority or body" label_zh "公共机关或机构"
fact controller.member_state : text "the EU Member State whose law governs the processing (its national biometric law, GDPR Art. 9(4))"
  label "Member State" label_zh "成员国"
fact controller.competent_authority : text "the supervisory authority competent for the processing, by name"
  label "Competent supervisory authority" label_zh "主管监管机构"

# ---------------------------------------------------------------------------------------------------------------
# Where the law reaches: scope facts (GDPR Art. 3, PIPL Art. 3)
# ---------------------------------------------------------------------------------------------------------------
fact jurisdiction.eu_establishment : bool
  "the processing is carried out in the context of the activities of an establishment of the controller or processor in the EU (GDPR Art. 3(1))"
  label "Establishment in the EU" label_zh "在欧盟设有营业机构"
fact jurisdiction.eu_data_subjects : bool
  "the faces are of people who are in the EU and the processing monitors their behaviour there or relates to offering them goods or services (GDPR Art. 3(2))"
  label "People in the EU targeted or monitored" label_zh "针对或监控欧盟境内的个人"
fact jurisdiction.cn_processing : bool
  "the personal information is processed within the territory of the People's Republic of China (PIPL Art. 3(1))"
  label "Processing in China" label_zh "在中华人民共和国境内处理"
fact jurisdiction.cn_data_subjects : bool
  "the processing, although outside China, is of people in China and provides them products or services or analyses or assesses their conduct (PIPL Art. 3(2))"
  label "People in China served or analysed from abroad" label_zh "在境外处理境内自然人的个人信息"

# ---------------------------------------------------------------------------------------------------------------
# What is done: purposes, mode, place, timing
# ---------------------------------------------------------------------------------------------------------------
enum purpose {
  # recording who is present (pupils, employees)
  attendance label "attendance" label_zh "考勤",
  # opening a door, gate or turnstile for enrolled people
  access_control label "access control" label_zh "门禁通行",
  # maintaining public security (PIPL Art. 26; SPC-FR Art. 5(2))
  public_security label "public security" label_zh "维护公共安全",
  # advertising, targeting, customer profiling
  marketing label "marketing" label_zh "营销",
  # counting, age, gender, mood or dwell-time analysis of visitors
  customer_analytics label "customer analytics" label_zh "客流分析",
  # paying by face
  payment label "payment" label_zh "支付",
  # matching a traveller to a boarding pass or travel document
  boarding label "boarding" label_zh "登机",
  # confirming that a person is who they claim to be for a service (account, check-in)
  identity_verification label "identity verification" label_zh "身份核验",
  # searching for suspects or missing persons on a watchlist
  law_enforcement_search label "law enforcement search" label_zh "执法比对查找",
  # enforcing a private ban list or a court order against named people (a venue's banned visitors)
  watchlist_enforcement label "watch-list enforcement" label_zh "执行禁入名单",
  # fraud and loss prevention
  fraud_prevention label "fraud prevention" label_zh "防范欺诈",
  # suggesting or tagging people in photos
  photo_tagging label "photo tagging" label_zh "照片标记",
  # survey, audience or panel validation
  audience_measurement label "audience measurement" label_zh "受众测量",
  other_purpose label "other purpose" label_zh "其他目的"
}

fact purposes : set of purpose "what the processing is for"
  label "Purposes" label_zh "处理目的"
fact processing.secondary_use : bool "templates or images are also used, or made available, for a purpose other than the declared ones"
  label "Secondary use" label_zh "用于其他目的"
fact processing.further_use_compatible : bool
  "every further use is compatible with the declared purposes, assessed under GDPR Art. 6(4) (link, context, nature, consequences, safeguards)"
  label "Further use compatible with the purposes" label_zh "进一步处理与原目的相容"
fact processing.further_use_required_by_law : bool
  "the only further use is a disclosure that a law requires of the controller (footage handed to the police on a lawful order)"
  label "Further use only as the law requires" label_zh "进一步处理仅限法律要求的披露"

enum fr_mode {
  # compares a live face with one enrolled template the person claims (authentication)
  verification_1to1 label "1:1 verification" label_zh "1:1 验证",
  # searches a live face against a database of many templates (identification)
  identification_1ton label "1:N identification" label_zh "1:N 识别",
  # estimates attributes (age, gender, mood) or tracks faces without identifying anyone
  analysis_only label "analysis only (no identification)" label_zh "仅分析（不识别身份）",
  # no templates at all: plain CCTV, not facial recognition
  none label "no matching" label_zh "不比对"
}

fact processing.captures_faces : bool
  "cameras capture images in which people's faces can be seen (CCTV included), whether or not anything is done with the faces"
  label "Faces captured" label_zh "采集人脸图像"
fact processing.creates_templates : bool
  "facial templates (numerical face descriptors) are created from the images; false for plain CCTV, which is not facial recognition"
  label "Facial templates created" label_zh "生成人脸特征模板"
fact processing.mode : fr_mode "how templates are used"
  label "Mode of recognition" label_zh "识别方式"

enum other_biometric {
  fingerprint_data label "fingerprints" label_zh "指纹",
  iris_data label "iris" label_zh "虹膜",
  palm_vein_data label "palm veins" label_zh "掌静脉",
  voice_data label "voice" label_zh "声纹"
}
fact processing.other_biometrics : set of other_biometric
  "biometric data other than the face processed in the same system (a fingerprint reader beside the camera, as at the Hangzhou park before the switch)"
  label "Other biometrics in the same system" label_zh "同一系统中的其他生物识别信息"
fact processing.live : bool "faces are matched live as people pass; false when recorded footage is searched later (retrospective)"
  label "Live matching" label_zh "实时比对"
fact processing.covert : bool "faces are captured or matched without the people being made aware of it (hidden cameras, no notice, no signs)"
  label "Covert capture" label_zh "隐蔽采集"
fact processing.core_activity : bool
  "processing faces is part of the controller's core activities, what it exists to do (a venue's entry business, an operator's boarding, a security service), not an ancillary support function such as the door of its own offices (GDPR Art. 37(1))"
  label "Core activity of the controller" label_zh "属于处理者的核心业务"
fact processing.large_scale : bool
  "the processing is large scale, having regard to the number of people, the volume of data, the duration and the geographical extent (GDPR Arts. 35(3), 37(1); Article 29 Working Party Guidelines on DPOs, WP243)"
  label "Large scale" label_zh "大规模处理"
fact decision.solely_automated : bool
  "the system itself decides, with no person weighing each case, whether someone is let through, boarded, paid for, recorded or refused (a gate that opens or stays shut on the match)"
  label "Decision by the system alone" label_zh "完全由系统自动作出决定"
fact decision.significant_effect : bool
  "a refusal or other decision of the system produces legal effects for the person or similarly significantly affects him or her (refused boarding, entry to home, work or school, payment, recorded absent) (GDPR Art. 22(1)); a major impact on his or her rights and interests (PIPL Art. 24(3))"
  label "Decision with a significant effect" label_zh "决定对个人权益有重大影响"
fact decision.human_review : bool
  "anyone the system refuses can at once obtain a decision by a person, put his or her point of view and contest the decision (a staffed lane, an attendant at the gate), and can refuse a decision made by the system alone (GDPR Art. 22(3); PIPL Art. 24(3))"
  label "Review by a person on request" label_zh "可要求人工复核"
fact decision.explanation_on_request : bool
  "on request, the controller explains to the person how the system decided his or her case (PIPL Art. 24(3))"
  label "Explanation on request" label_zh "应要求予以说明"

enum location_type {
  # streets, squares, parks open to all
  public_area label "public area" label_zh "公共场所",
  # shops, malls, hotels, stations, airports, stadiums, venues open to the public
  publicly_accessible_premises label "publicly accessible premises" label_zh "向公众开放的经营场所",
  # the common areas and gates of a residential property
  residential_compound label "residential compound" label_zh "住宅小区",
  # a school building or its grounds
  school_premises label "school premises" label_zh "校园",
  # premises where the data subjects work
  workplace label "workplace" label_zh "工作场所",
  # hotel rooms, toilets, changing rooms and other places of privacy
  private_space label "private space" label_zh "私密空间",
  # an app or website: faces sent from the person's own device, not captured at a place
  online_service label "online service" label_zh "线上服务"
}

fact processing.location : location_type "where the cameras or terminals are"
  label "Location" label_zh "场所"
fact public_security.authorised : bool
  "the installation is made under, and complies with, the State provisions on public security video systems for this place (PIPL Art. 26: 遵守国家有关规定)"
  label "Installed under the State provisions" label_zh "遵守国家有关规定安装"
fact service.information_society : bool
  "the faces are processed in an information society service (online, at a distance, at the individual's request) offered directly to children (GDPR Art. 8)"
  label "Online service offered directly to children" label_zh "直接向儿童提供的信息社会服务"
fact capture.ambient : bool
  "the equipment captures everyone who passes within its field of view, rather than only people who actively present their face to a terminal"
  label "Captures everyone in view" label_zh "采集视野内所有人"
fact capture.only_consenting : bool
  "everyone whose face the equipment captures has given the consent relied on (a closed area that only enrolled, consenting people enter); false where bystanders are scanned"
  label "Only consenting people captured" label_zh "仅采集已同意者"
fact public_security.necessary : bool
  "the equipment is necessary for maintaining public security at this place: a documented security need that a means with less impact would not meet (PIPL Art. 26: 为维护公共安全所必需)"
  label "Necessary for public security" label_zh "为维护公共安全所必需"

fact matching.accuracy_tested : bool
  "false match and false non-match rates were measured on people like the data subjects before deployment and are monitored while it runs"
  label "Accuracy tested and monitored" label_zh "识别准确率经测试并持续监测"
fact matching.threshold : number
  "the operating threshold: two faces match when the distance between their templates is below it (for the bundled runtime, the Euclidean distance between dlib ResNet descriptors, at most the model's operating point 0.6); the runtime never matches with a looser one"
  label "Matching threshold" label_zh "比对阈值"
fact matching.false_match_rate : number percent
  "the false match rate measured at matching.threshold: the share of comparisons between two different people that matched, on people like the data subjects"
  label "False match rate" label_zh "错误匹配率"
fact matching.false_non_match_rate : number percent
  "the false non-match rate measured at matching.threshold: the share of comparisons between two images of the same person that did not match, on people like the data subjects"
  label "False non-match rate" label_zh "错误不匹配率"

# ---------------------------------------------------------------------------------------------------------------
# Storage, transfer, recipients, retention, security
# ---------------------------------------------------------------------------------------------------------------
enum storage_location {
  on_device label "on the device" label_zh "设备本地",
  central_server label "central server" label_zh "中心服务器",
  cloud_service label "cloud service" label_zh "云服务",
  held_by_data_subject label "held by the data subject" label_zh "由本人持有"
}

fact storage.templates : storage_location "where enrolled templates are stored"
  label "Template storage" label_zh "人脸特征模板存储位置"
fact transfer.third_country : bool
  "images or templates are transferred to, or can be reached from, a country outside the EEA or an international organisation (a vendor's cloud or support team abroad included) (GDPR Art. 44)"
  label "Transfer to a third country" label_zh "向第三国传输"

enum gdpr_transfer_tool {
  # Art. 45: the Commission found the country adequate
  adequacy_decision label "adequacy decision (Art. 45)" label_zh "充分性认定（第45条）",
  # Art. 46(2)(c), (d)
  standard_contractual_clauses label "standard contractual clauses (Art. 46)" label_zh "标准合同条款（第46条）",
  # Art. 46(2)(b), 47
  binding_corporate_rules label "binding corporate rules (Art. 47)" label_zh "有约束力的公司规则（第47条）",
  # Art. 46(2)(e), (f)
  approved_code_or_certification label "approved code or certification (Art. 46)" label_zh "经批准的行为准则或认证（第46条）",
  # Art. 49(1)(a): each person's explicit consent to the transfer, after being told its risks
  art49_explicit_consent label "explicit consent to the transfer (Art. 49(1)(a))" label_zh "对传输的明示同意（第49条第1款(a)项）",
  # Art. 49(1)(b)-(g) or its second subparagraph
  art49_other_derogation label "another Art. 49 derogation" label_zh "第49条规定的其他例外",
  no_transfer_tool label "no transfer tool" label_zh "无传输依据"
}

fact transfer.gdpr_tool : gdpr_transfer_tool "the GDPR Chapter V ground of the transfer to a third country"
  label "Transfer tool (GDPR Chapter V)" label_zh "跨境传输依据（GDPR 第五章）"
fact transfer.impact_assessed : bool
  "a transfer impact assessment shows that the law and practice of the destination do not stop the safeguards from working, with supplementary measures where needed (CJEU C-311/18 Schrems II; EDPB Recommendations 01/2020)"
  label "Transfer impact assessed" label_zh "已进行传输影响评估"
fact transfer.risks_explained : bool
  "before consenting to the transfer, each person was told of its possible risks in the absence of an adequacy decision and of appropriate safeguards (GDPR Art. 49(1)(a))"
  label "Transfer risks explained before consent" label_zh "同意前已说明传输风险"
fact transfer.out_of_china : bool
  "personal information collected in China is provided to, stored at or can be reached from a recipient outside mainland China (a vendor's cloud or support team abroad included) (PIPL Art. 38)"
  label "Provided outside China" label_zh "向境外提供"
fact transfer.outside_jurisdiction : bool
  "faces leave the jurisdiction where they were collected by either measure: true whenever transfer.third_country (outside the EEA) or transfer.out_of_china (outside mainland China) is true, false only where neither is; the summary that the risk assessment, the PIPIA trigger of PIPL Art. 55 item (4) and the report read, never the legal test of a rule (the rules read the two facts it sums up, and refuse a summary that contradicts them)"
  label "Cross-border transfer" label_zh "跨境传输"

enum cn_transfer_mechanism {
  # PIPL Art. 38(1) item (1), Art. 40: passed the CAC's security assessment
  cac_security_assessment label "CAC security assessment" label_zh "国家网信部门安全评估",
  # PIPL Art. 38(1) item (2)
  pi_protection_certification label "personal information protection certification" label_zh "个人信息保护认证",
  # PIPL Art. 38(1) item (3): the CAC's standard contract, filed
  cac_standard_contract label "CAC standard contract" label_zh "标准合同",
  # a condition that needs none of the three (Network Data Security Management Regulations Art. 35(4)-(7); the
  # CAC's 2024 Provisions Art. 5): transfer.cn_exemption names it
  cn_exemption_claimed label "exemption claimed" label_zh "适用豁免情形",
  no_cn_mechanism label "none" label_zh "无"
}

fact transfer.cn_mechanism : cn_transfer_mechanism "the PIPL Art. 38 condition met for providing personal information abroad"
  label "Condition for providing abroad (PIPL Art. 38)" label_zh "向境外提供的条件（第38条）"

enum cn_transfer_exemption {
  # to conclude or perform a contract to which the individual is a party (NDSR Art. 35(4))
  exemption_contract_with_individual label "contract with the individual" label_zh "订立、履行个人作为一方当事人的合同所必需",
  # cross-border HR management under lawful labour rules and collective contracts (NDSR Art. 35(5))
  exemption_cross_border_hr label "cross-border HR management" label_zh "跨境人力资源管理所必需",
  # to perform a statutory duty or obligation (NDSR Art. 35(6))
  exemption_statutory_duty label "statutory duty" label_zh "履行法定职责或者法定义务所必需",
  # in an emergency, to protect natural persons' life, health and property (NDSR Art. 35(7))
  exemption_emergency label "emergency" label_zh "紧急情况下保护自然人生命健康和财产安全所必需",
  no_exemption label "none" label_zh "无"
}

fact transfer.cn_exemption : cn_transfer_exemption
  "the condition of the Network Data Security Management Regulations (Art. 35 items (4) to (7)) relied on for providing faces abroad without a security assessment, certification or standard contract, where transfer.cn_mechanism is cn_exemption_claimed"
  label "Exemption relied on for providing abroad" label_zh "向境外提供所依据的豁免情形"
fact transfer.cn_exemption_necessary : bool
  "providing these faces abroad is truly necessary (确需) for that contract, HR management, duty or emergency: it could not be done with the faces kept in China, and no more faces go abroad than it needs"
  label "Providing abroad truly necessary" label_zh "确需向境外提供"
fact transfer.cn_sensitive_persons : number persons
  "of how many people the processor has provided sensitive personal information (faces included) abroad since 1 January of the previous year, this transfer included"
  label "People whose sensitive information went abroad" label_zh "向境外提供敏感个人信息的人数"
fact transfer.cn_recipient_notified : bool
  "people are told the overseas recipient's name, contact details, purpose and method of processing, the categories of information, and how to exercise their rights against the recipient (PIPL Art. 39)"
  label "Overseas recipient notified to people" label_zh "已告知境外接收方情况"
fact transfer.cn_separate_consent : bool "each person consented separately to the provision of his or her face information abroad (PIPL Art. 39)"
  label "Separate consent to providing abroad" label_zh "已取得向境外提供的单独同意"
fact succession.transfer : bool
  "the face data are to pass to another processor because of a merger, division, dissolution or bankruptcy of the processor (PIPL Art. 22)"
  label "Transfer on merger, division, dissolution or bankruptcy" label_zh "因合并、分立、解散、被宣告破产等原因转移"
fact succession.recipient_notified : bool
  "people are told the name and contact details of the processor that receives their face data on the merger, division, dissolution or bankruptcy (PIPL Art. 22)"
  label "Recipient notified on succession" label_zh "已告知接收方名称和联系方式"
fact succession.same_purposes : bool
  "the receiving processor keeps the original purposes and methods of processing, or obtains each person's consent anew for new ones (PIPL Art. 22)"
  label "Same purposes after succession" label_zh "接收方继续履行原处理目的和方式"
fact disclosure.public : bool
  "face images or templates of identifiable people are made public: shown on a public screen or website, posted, or published (PIPL Art. 25)"
  label "Faces made public" label_zh "公开人脸信息"
fact disclosure.separate_consent : bool "each person whose face is made public consented separately to its publication (PIPL Art. 25)"
  label "Separate consent to publication" label_zh "已取得公开的单独同意"
fact recipients.third_parties : bool "templates or images are provided to another controller or processor (not merely an entrusted processor)"
  label "Provided to other controllers" label_zh "向其他个人信息处理者提供"
fact recipients.notified : bool
  "before faces are provided to another controller or processor, people are told the recipient's name, contact details, purpose and method of processing and the categories of information (PIPL Art. 23)"
  label "Recipients notified to people" label_zh "已告知接收方情况"
fact recipients.separate_consent : bool
  "each person whose face information is provided to another controller or processor consented separately to that provision (PIPL Art. 23)"
  label "Separate consent to the provision" label_zh "已取得向他人提供的单独同意"
fact processors.names : text
  "the processors and vendors that handle faces, by name and role, each with its contract (e.g. 'Example Cloud Ltd: hosting, DPA of 2026-03-01; Example Vision: matching software and support, DPA of 2026-02-10')"
  label "Processors and vendors" label_zh "受托人及供应商"
fact processors.used : bool
  "a processor (a vendor, cloud or hosting provider, integrator or maintenance contractor) processes images or templates on the controller's behalf, remote access for support included; false where the controller alone runs the system and no supplier can reach the faces"
  label "Processors used" label_zh "委托处理"
fact processors.contract : bool
  "every processor that handles faces is bound by a contract or other legal act in writing (electronic form included) that governs its processing of them (GDPR Art. 28(3), (9); PIPL Art. 21)"
  label "Processors bound by contract" label_zh "受托人受合同约束"
fact processors.sufficient_guarantees : bool
  "each processor was chosen because it gives sufficient guarantees, checked by the controller, that its technical and organisational measures meet the law's requirements (GDPR Art. 28(1))"
  label "Processors give sufficient guarantees" label_zh "受托人提供充分保证"
fact processors.contract_terms : bool
  "each processor's contract sets out the subject-matter, duration, nature and purpose of the processing, the data and the people concerned, and binds the processor to every term of GDPR Art. 28(3)(a)-(h): documented instructions (transfers included), confidentiality, Art. 32 security, the sub-processor conditions, assistance with rights and with Arts. 32-36, deletion or return at the end, and audits"
  label "Processor contracts hold the Art. 28(3) terms" label_zh "委托合同包含第28条第3款条款"
fact processors.agreement_pipl : bool
  "the agreement with each entrusted party states the purpose, period and method of the processing, the categories of information, the protection measures and both sides' rights and duties, and requires the entrusted party to return or delete the information when the contract ends (PIPL Art. 21(1), (2))"
  label "Entrustment agreement (PIPL Art. 21)" label_zh "委托处理约定（第21条）"
fact processors.supervised : bool "the controller supervises each entrusted party's processing (audits, reports, inspections) (PIPL Art. 21(1))"
  label "Entrusted parties supervised" label_zh "对受托人进行监督"
fact processors.secure_and_assist : bool
  "each entrusted party is bound to, and does, take the measures needed to secure the faces it processes and assist the processor in its duties (answering people's requests, impact assessments, incidents) (PIPL Art. 59)"
  label "Entrusted parties secure and assist" label_zh "受托人采取安全措施并协助履行义务"
fact processors.sub_processors : bool "a processor engages another processor (a sub-processor) for the faces"
  label "Sub-processors engaged" label_zh "受托人转委托"
fact processors.sub_processors_authorised : bool
  "every sub-processor was engaged with the controller's prior written authorisation (specific, or general with notice of each change and a chance to object) and is bound by the same data protection obligations as the processor (GDPR Art. 28(2), (4); PIPL Art. 21(3))"
  label "Sub-processors authorised" label_zh "转委托已经同意"

fact retention.templates : number days "how long an enrolled person's template is kept after its last use or after the person leaves"
  label "Template retention" label_zh "人脸特征模板保存期限"
fact retention.images : number days "how long captured face images (probes, footage) are kept"
  label "Image retention" label_zh "人脸图像保存期限"
fact retention.images_necessity_documented : bool
  "the DPIA documents why footage must be kept longer than 72 hours (EDPB Guidelines 3/2019: the longer the period, the more argumentation is needed)"
  label "Longer image retention justified" label_zh "较长图像保存期限的必要性已记录"
fact deletion.on_purpose_end : bool
  "templates and images are erased once the purpose is achieved, the service ends or the person withdraws (PIPL Art. 47; GDPR Art. 17)"
  label "Deleted when the purpose ends" label_zh "处理目的实现后删除"
fact deletion.on_request : bool "a data subject's request to erase his or her face data is honoured without undue delay"
  label "Deleted on request" label_zh "应个人请求删除"
fact rights.request_channel : bool
  "people can make requests about their face data through a published, convenient channel, and each request is answered without undue delay and within one month at the latest, with the reasons and the remedies where it is refused (GDPR Art. 12(3), (4); PIPL Arts. 48, 50)"
  label "Channel for requests" label_zh "个人行使权利的申请渠道"
fact rights.access_copy : bool
  "a person can learn whether his or her face is processed and obtain access to and a copy of his or her images and templates, with other people in the footage masked (GDPR Art. 15; PIPL Art. 45)"
  label "Access and copy" label_zh "查阅、复制"
fact rights.rectification_restriction : bool
  "a person can have a wrong enrolment, match or record corrected, and the processing of his or her face restricted while it is checked (GDPR Arts. 16, 18; PIPL Arts. 44, 46)"
  label "Rectification and restriction" label_zh "更正、限制处理"
fact rights.portability : bool
  "on request, a person receives the personal data he or she provided for the face processing (the enrolment photograph and the data given with it) in a structured, commonly used, machine-readable format, and has them sent to another controller or processor where technically feasible (GDPR Art. 20; PIPL Art. 45(3))"
  label "Portability" label_zh "可携带（转移）"
fact rights.deceased_relatives : bool
  "the close relatives of a person who has died can, for their own lawful and legitimate interests, consult, copy, correct and delete his or her face data, unless he or she arranged otherwise while alive (PIPL Art. 49; SPC-FR Art. 15)"
  label "Rights of a deceased person's close relatives" label_zh "死者近亲属的权利"
fact rights.objection : bool
  "a person who objects stops the processing of his or her face unless the controller demonstrates compelling legitimate grounds that override his or her interests (GDPR Art. 21(1))"
  label "Objection" label_zh "反对处理"

enum security_measure {
  encryption_at_rest label "encryption at rest" label_zh "存储加密",
  encryption_in_transit label "encryption in transit" label_zh "传输加密",
  # only named staff may reach templates, least privilege
  access_restriction label "access restriction" label_zh "访问权限控制",
  # every enrolment, match and access is logged
  audit_logging label "audit logging" label_zh "审计日志",
  # raw images are discarded, only templates are kept
  template_only_storage label "template-only storage" label_zh "仅存储特征模板",
  pseudonymisation label "pseudonymisation" label_zh "去标识化",
  staff_training label "staff training" label_zh "人员培训",
  # a security incident plan: detection, containment, remedy (PIPL Art. 51(5))
  incident_response label "incident response" label_zh "安全事件应急预案",
  # liveness checks reject photographs, screens and masks presented to a verifying terminal
  presentation_attack_detection label "liveness detection" label_zh "活体检测",
  # templates are stored apart from names and other identity data, linked only by a key
  identity_separation label "templates kept apart from identities" label_zh "人脸信息与身份信息分离存储"
}

fact security.measures : set of security_measure "the technical and organisational measures in place"
  label "Security measures" label_zh "安全保护措施"
fact breach.procedure : bool
  "a written, rehearsed procedure makes the controller notify the supervisory authority within 72 hours of becoming aware of a breach of face data, tell the people affected without undue delay where the risk to them is high, and document every breach (GDPR Arts. 33, 34); in China, take remedial measures at once and notify the authority and the individuals (PIPL Art. 57)"
  label "Breach notification procedure" label_zh "个人信息泄露通知程序"

# ---------------------------------------------------------------------------------------------------------------
# Whose faces
# ---------------------------------------------------------------------------------------------------------------
enum subject_category {
  general_public label "general public" label_zh "公众",
  customers label "customers" label_zh "顾客",
  # holders of an annual pass or membership card
  pass_holders label "pass holders" label_zh "年卡持有人",
  passengers label "passengers" label_zh "旅客",
  residents label "residents" label_zh "住户",
  employees label "employees" label_zh "员工",
  pupils label "pupils" label_zh "学生",
  # anyone under 18
  minors label "minors" label_zh "未成年人",
  # anyone under 14 (PIPL Art. 28(1), 31)
  under_14 label "children under 14" label_zh "不满十四周岁的未成年人",
  # children below the age at which they may consent to an information society service in the Member State (16 unless national law lowers it, not below 13: GDPR Art. 8(1))
  below_digital_consent_age label "children below the age of digital consent" label_zh "未达信息社会服务同意年龄的儿童",
  # occasional visitors, delivery staff, passers-by who enter the premises
  visitors label "visitors" label_zh "访客"
}

fact data_subjects.categories : set of subject_category "whose faces are processed"
  label "Data subjects" label_zh "个人（数据主体）类别"
fact data_subjects.count : number persons "how many people's faces are processed"
  label "Number of data subjects" label_zh "涉及人数"

# ---------------------------------------------------------------------------------------------------------------
# Legal grounds
# ---------------------------------------------------------------------------------------------------------------
enum gdpr_basis {
  # Art. 6(1)(a)
  art6_consent label "consent (Art. 6(1)(a))" label_zh "同意（第6条第1款(a)项）",
  # Art. 6(1)(b)
  art6_contract label "contract (Art. 6(1)(b))" label_zh "履行合同（第6条第1款(b)项）",
  # Art. 6(1)(c)
  art6_legal_obligation label "legal obligation (Art. 6(1)(c))" label_zh "法定义务（第6条第1款(c)项）",
  # Art. 6(1)(d)
  art6_vital_interests label "vital interests (Art. 6(1)(d))" label_zh "重大利益（第6条第1款(d)项）",
  # Art. 6(1)(e)
  art6_public_task label "public task (Art. 6(1)(e))" label_zh "公共利益任务或公权力（第6条第1款(e)项）",
  # Art. 6(1)(f)
  art6_legitimate_interests label "legitimate interests (Art. 6(1)(f))" label_zh "正当利益（第6条第1款(f)项）"
}

enum art9_exception {
  # Art. 9(2)(a)
  art9_explicit_consent label "explicit consent (Art. 9(2)(a))" label_zh "明示同意（第9条第2款(a)项）",
  # Art. 9(2)(b)
  art9_employment_law label "employment law (Art. 9(2)(b))" label_zh "劳动和社会保障法（第9条第2款(b)项）",
  # Art. 9(2)(c)
  art9_vital_interests label "vital interests (Art. 9(2)(c))" label_zh "重大利益（第9条第2款(c)项）",
  # Art. 9(2)(e): manifestly made public by the data subject
  art9_made_public label "made public by the data subject (Art. 9(2)(e))" label_zh "数据主体明显公开（第9条第2款(e)项）",
  # Art. 9(2)(f): establishment, exercise or defence of legal claims
  art9_legal_claims label "legal claims (Art. 9(2)(f))" label_zh "法律主张（第9条第2款(f)项）",
  # Art. 9(2)(g)
  art9_substantial_public_interest label "substantial public interest (Art. 9(2)(g))" label_zh "重大公共利益（第9条第2款(g)项）",
  # Art. 9(2)(j): archiving, scientific or historical research, statistics
  art9_research label "research or statistics (Art. 9(2)(j))" label_zh "研究或统计（第9条第2款(j)项）",
  art9_none label "none" label_zh "无"
}

enum pipl_basis {
  # Art. 13(1)(1): the individual's consent
  pipl_consent label "consent (Art. 13(1)(1))" label_zh "取得个人的同意（第13条第1款第1项）",
  # Art. 13(1)(2): necessary for a contract with the individual, or for lawful HR management
  pipl_contract_or_hr label "contract or human resources management (Art. 13(1)(2))" label_zh "订立、履行合同或实施人力资源管理所必需（第13条第1款第2项）",
  # Art. 13(1)(3): necessary to perform statutory duties or obligations
  pipl_statutory_duty label "statutory duty (Art. 13(1)(3))" label_zh "履行法定职责或者法定义务所必需（第13条第1款第3项）",
  # Art. 13(1)(4): public health emergency, or protecting life, health and property in an emergency
  pipl_emergency label "public health emergency or emergency (Art. 13(1)(4))" label_zh "应对突发公共卫生事件或紧急情况（第13条第1款第4项）",
  # Art. 13(1)(5): news reporting and public-opinion supervision in the public interest
  pipl_news label "news reporting (Art. 13(1)(5))" label_zh "新闻报道、舆论监督（第13条第1款第5项）",
  # Art. 13(1)(6): information the individual disclosed or otherwise lawfully disclosed
  pipl_public_info label "information already made public (Art. 13(1)(6))" label_zh "处理已公开的个人信息（第13条第1款第6项）",
  # Art. 13(1)(7): other circumstances provided by laws and administrative regulations
  pipl_other_law label "other laws and regulations (Art. 13(1)(7))" label_zh "法律、行政法规规定的其他情形（第13条第1款第7项）"
}

fact basis.gdpr : gdpr_basis "the GDPR Art. 6(1) ground the controller relies on"
  label "GDPR Art. 6(1) basis" label_zh "GDPR 第6条第1款合法性基础"
fact basis.gdpr_further : set of gdpr_basis
  "further GDPR Art. 6(1) grounds relied on for parts of the processing, beside basis.gdpr"
  label "Further Art. 6(1) grounds" label_zh "其他第6条第1款合法性基础"
fact basis.art9 : art9_exception "the GDPR Art. 9(2) exception the controller relies on for biometric data"
  label "GDPR Art. 9(2) exception" label_zh "GDPR 第9条第2款例外"
fact basis.member_state_law : bool
  "a Union or Member State law (or collective agreement) specifically authorises this biometric processing with safeguards (GDPR Art. 9(2)(b), (g))"
  label "Union or Member State law authorises it" label_zh "欧盟或成员国法律授权"
fact basis.art6_3_law : bool
  "a Union or Member State law lays down the basis of the processing relied on under GDPR Art. 6(1)(c) or (e) (Art. 6(3)); not the same as a law lifting Art. 9(1)"
  label "Law laying down the basis (Art. 6(3))" label_zh "规定处理依据的法律（第6条第3款）"
fact basis.national_law : text "the Union or Member State law relied on for the biometric processing, by name and article (GDPR Art. 9(2)(b), (g), 9(4))"
  label "National law relied on" label_zh "所依据的国内法"
fact basis.national_conditions_met : bool
  "the further conditions that the Member State's law sets for biometric data under GDPR Art. 9(4) are met"
  label "National conditions for biometric data met" label_zh "符合成员国关于生物识别数据的附加条件"
fact authority.specific_authorisation : bool
  "a supervisory authority has specifically authorised this processing under national law (distinct from the Art. 36(1) prior consultation)"
  label "Specific authorisation by the authority" label_zh "监管机构的专门授权"
fact legitimate_interests.balancing_done : bool
  "a documented balancing shows a real and present interest that the data subjects' interests and rights do not override, having regard to their reasonable expectations (GDPR Art. 6(1)(f); EDPB Guidelines 3/2019 section 3.1)"
  label "Legitimate-interest balancing documented" label_zh "已记录正当利益权衡"
fact basis.legal_provision : text
  "the law or administrative regulation, and its article, relied on for a ground other than consent (PIPL Art. 13(1)(3), (7); SPC-FR Art. 5), by name"
  label "Law relied on, by name" label_zh "所依据的法律、行政法规"
fact basis.necessary_for_ground : bool
  "processing the face is necessary, not merely useful, for the contract, the lawful HR management, the duty, the emergency or the law relied on (PIPL Art. 13(1)(2)-(4), (7))"
  label "Faces necessary for the ground relied on" label_zh "为所依据的处理事由所必需"
fact basis.consent_excluded_by_law : bool
  "Union or Member State law provides that the GDPR Art. 9(1) prohibition may not be lifted by the data subject's consent for this processing (GDPR Art. 9(2)(a))"
  label "Law excludes consent" label_zh "法律排除以同意为依据"
fact state_organ.within_authority : bool
  "the state organ processes the faces within the authority and by the procedures that laws and administrative regulations give it for its statutory duties (PIPL Art. 34)"
  label "Within the state organ's statutory authority" label_zh "在国家机关法定职权范围内"
fact state_organ.notice_would_impede : bool
  "telling people would impede the state organ's performance of its statutory duties (a covert investigation), or laws or administrative regulations require secrecy (PIPL Arts. 35, 18(1))"
  label "Notice would impede statutory duties" label_zh "告知将妨碍履行法定职责"
fact basis.pipl : pipl_basis "the PIPL Art. 13 ground the processor relies on"
  label "PIPL Art. 13 basis" label_zh "《个人信息保护法》第13条处理依据"
fact basis.written_consent_by_law : bool "a law or administrative regulation requires written consent for this processing (PIPL Art. 29)"
  label "Written consent required by law" label_zh "法律、行政法规规定应当取得书面同意"

# ---------------------------------------------------------------------------------------------------------------
# Consent: each facet separately, because each instrument tests different ones
# ---------------------------------------------------------------------------------------------------------------
fact consent.obtained : bool "consent was asked for and given before any face was enrolled or matched"
  label "Consent obtained" label_zh "已取得同意"
fact consent.explicit : bool "consent was an express statement (not implied from conduct)"
  label "Explicit consent" label_zh "明示同意"
fact consent.separate : bool "consent to the face processing was asked for on its own, apart from any other terms (PIPL Art. 29: 单独同意)"
  label "Separate consent" label_zh "单独同意"
fact consent.written : bool "consent was given in writing (paper or electronic)"
  label "Written consent" label_zh "书面同意"
fact consent.recorded : bool "the controller keeps a record that shows who consented, when and to what"
  label "Consent recorded" label_zh "同意有记录"
fact consent.refusable_without_detriment : bool "a person can refuse without losing anything (same service, price, speed, standing)"
  label "Can be refused without detriment" label_zh "拒绝不受不利影响"
fact consent.condition_of_service : bool "the product, service, entry or employment is refused unless the person consents to face processing"
  label "Consent a condition of service" label_zh "以同意为提供服务的前提"
fact consent.bundled : bool "consent to face processing is bundled with consent to other processing or with terms of service"
  label "Bundled consent" label_zh "捆绑同意"
fact consent.opt_out_default : bool "people are enrolled unless they object (silence or inactivity counts as consent)"
  label "Opt-out by default" label_zh "默认同意（须主动退出）"
fact consent.guardian : bool "a parent or guardian consented for every data subject who is a minor or under 14"
  label "Guardian's consent for minors" label_zh "未成年人的监护人同意"
fact consent.withdrawable : bool "consent can be withdrawn at any time, as easily as it was given"
  label "Consent withdrawable" label_zh "可撤回同意"
fact member_state.digital_consent_age : number years
  "the age from which a child may consent to an information society service in the Member State (GDPR Art. 8(1): 16 unless national law lowers it, not below 13)"
  label "Age of digital consent" label_zh "信息社会服务的同意年龄"
fact consent.unilateral_change : bool
  "face processing was introduced by a unilateral change of an existing contract, pass or membership, without asking each person again (as the Hangzhou park switched its pass holders from fingerprint to face entry)"
  label "Introduced by a unilateral change" label_zh "单方变更引入"
fact consent.standard_terms : bool "consent is obtained through standard (pre-formulated) contract terms"
  label "Consent through standard terms" label_zh "通过格式条款取得同意"

enum grant_term {
  unlimited_duration label "unlimited duration" label_zh "无期限限制",
  irrevocable label "irrevocable" label_zh "不可撤销",
  freely_sublicensable label "freely sublicensable" label_zh "可任意转授权"
}
fact consent.standard_terms_grant : set of grant_term
  "what the standard terms grant the processor over face data (SPC-FR Art. 11); the empty set if none of these"
  label "What the standard terms grant" label_zh "格式条款授予的权利"

# ---------------------------------------------------------------------------------------------------------------
# Alternatives and less intrusive means
# ---------------------------------------------------------------------------------------------------------------
enum alternative_kind {
  card label "card" label_zh "卡片",
  qr_code label "QR code" label_zh "二维码",
  pin_code label "PIN code" label_zh "密码",
  fingerprint label "fingerprint" label_zh "指纹",
  id_document_check label "ID document check" label_zh "证件核验",
  staffed_lane label "staffed lane" label_zh "人工通道",
  manual_roll_call label "manual roll call" label_zh "人工点名"
}

fact alternatives.offered : bool "people who do not want facial recognition are offered another way to get the same thing"
  label "Alternative offered" label_zh "提供其他合理验证方式"
fact alternatives.on_request_only : bool
  "the other way is given only to those who ask for it: people are not told of it before their face is processed"
  label "Alternative only on request" label_zh "仅应请求提供替代方式"
fact alternatives.kinds : set of alternative_kind "the other ways offered"
  label "Alternatives" label_zh "替代方式"
fact alternatives.equally_convenient : bool "the other way is about as quick, cheap and dignified as the face route"
  label "Alternative equally convenient" label_zh "替代方式同样便利"
fact less_intrusive_means.available : bool
  "a means that does not process faces would achieve the purpose (roll call, badge, card, ticket, staff check, fingerprint used before)"
  label "Less intrusive means available" label_zh "存在不处理人脸的替代手段"

# ---------------------------------------------------------------------------------------------------------------
# Transparency: notices and signs
# ---------------------------------------------------------------------------------------------------------------
enum notice_item {
  # name and contact details of the controller / processor
  controller_identity label "the controller's identity and contact" label_zh "处理者的名称和联系方式",
  # contact details of the data protection officer
  dpo_contact label "the DPO's contact" label_zh "数据保护官的联系方式",
  # purposes and methods (and, GDPR, the legal basis) of the processing
  purposes_and_methods label "purposes and methods" label_zh "处理目的和处理方式",
  # the legal basis relied on (GDPR Art. 13(1)(c))
  legal_basis label "legal basis" label_zh "处理依据",
  # which personal information is processed
  data_categories label "categories of data" label_zh "个人信息的种类",
  # how long it is kept
  retention_period label "retention period" label_zh "保存期限",
  # recipients or categories of recipients
  recipients label "recipients" label_zh "接收方",
  # the individual's rights and how to exercise them
  rights_and_how label "rights and how to exercise them" label_zh "个人行使权利的方式和程序",
  # the right to withdraw consent at any time
  withdrawal_right label "right to withdraw consent" label_zh "撤回同意的权利",
  # the right to lodge a complaint with a supervisory authority
  complaint_right label "right to complain to the authority" label_zh "向监管机构投诉的权利",
  # why processing the sensitive information is necessary (PIPL Art. 30)
  necessity label "why processing the face is necessary" label_zh "处理敏感个人信息的必要性",
  # the impact on the individual's rights and interests (PIPL Art. 30)
  impact_on_rights label "impact on the person's rights" label_zh "对个人权益的影响",
  # the legitimate interests pursued, where GDPR Art. 6(1)(f) is relied on (Art. 13(1)(d))
  legitimate_interests label "legitimate interests pursued" label_zh "所追求的正当利益",
  # the transfer to a third country and its safeguards (GDPR Art. 13(1)(f))
  third_country_transfer label "transfer to a third country" label_zh "向第三国传输",
  # that decisions are made by the system alone, the logic involved, their significance and consequences (GDPR Art. 13(2)(f))
  automated_decision label "automated decision-making" label_zh "自动化决策"
}

fact notice.given : bool "people are informed before their face is processed"
  label "People informed beforehand" label_zh "事先告知"
fact notice.contents : set of notice_item "what the notice tells them"
  label "Notice contents" label_zh "告知内容"
fact notice.rules_published : bool "the rules for processing face information are made public (SPC-FR Art. 2(2))"
  label "Processing rules published" label_zh "公开处理人脸信息的规则"
fact notice.indirect_given : bool
  "where reference faces were not collected from the person, the person is informed within the GDPR Art. 14(3) time limits"
  label "Informed when faces come from others" label_zh "间接收集时已告知"
fact enrolment.from_third_party : bool
  "reference images come from someone other than the data subject (an ID database, photos supplied by others, scraped images)"
  label "Reference faces from a third party" label_zh "比对底库人脸来自第三方"
fact signs.conspicuous : bool "conspicuous signs tell people, before they enter the field of view, that cameras or face recognition operate"
  label "Conspicuous signs" label_zh "显著的提示标识"

# ---------------------------------------------------------------------------------------------------------------
# Impact assessment, DPO, views, prior consultation
# ---------------------------------------------------------------------------------------------------------------
enum assessment_element {
  # GDPR Art. 35(7)(a); PIPL Art. 56(1)(1): the processing, its purposes and methods
  systematic_description label "systematic description" label_zh "处理活动的系统性描述",
  # GDPR Art. 35(7)(b); PIPL Art. 56(1)(1): legitimacy, necessity and proportionality
  necessity_proportionality label "necessity and proportionality" label_zh "合法性、正当性和必要性",
  # GDPR Art. 35(7)(c); PIPL Art. 56(1)(2): impact and risks to the individuals
  risk_assessment label "risks to the individuals" label_zh "对个人权益的影响及安全风险",
  # GDPR Art. 35(7)(d); PIPL Art. 56(1)(3): the measures, their legality, effectiveness and fit
  mitigation_measures label "measures" label_zh "保护措施"
}

fact dpia.done : bool "a data protection impact assessment (GDPR Art. 35) was carried out (dpia.after_launch says whether only after the processing started)"
  label "DPIA carried out" label_zh "已开展数据保护影响评估"
fact dpia.after_launch : bool "the DPIA was carried out only after the processing had started"
  label "DPIA only after launch" label_zh "处理开始后才开展评估"
fact dpia.covers : set of assessment_element "what the DPIA actually contains"
  label "DPIA covers" label_zh "数据保护影响评估涵盖"
fact dpia.dpo_opinion_sought : bool "the DPO's advice was sought when the DPIA was carried out (GDPR Art. 35(2))"
  label "DPO's advice sought" label_zh "已征求数据保护官意见"
fact dpia.views_sought : bool "the views of data subjects or their representatives were sought (GDPR Art. 35(9))"
  label "Data subjects' views sought" label_zh "已征求数据主体意见"
fact prior_consultation.done : bool "the supervisory authority was consulted before the processing started (GDPR Art. 36(1))"
  label "Supervisory authority consulted" label_zh "已事先咨询监管机构"
fact action_plan.owner : text "who answers for carrying out the DPIA's action plan (a person or a function, such as the DPO)"
  label "Owner of the action plan" label_zh "行动计划负责人"
fact action_plan.due : date "the date by which the action plan is to be carried out"
  label "Action plan due" label_zh "行动计划完成期限"

# The DPIA's own words and workflow, which the report prints where the authority expects them. They are the
# controller's account, not facts the law turns on; two are read only for whether they are stated, or when:
# dpia.views_summary (the reason views were not sought, GDPR Art. 35(9)) and dpia.review_date (a review not
# overdue, GDPR Art. 35(11)).
fact dpia.description : text
  "the processing in the controller's own words: what, why, how, by whom (GDPR Art. 35(7)(a); PIPL Art. 56(1)(1))"
  label "Description in the controller's words" label_zh "处理者对处理活动的描述"
fact dpia.dpo_advice : text "the DPO's advice on the assessment, as given (GDPR Art. 35(2))"
  label "The DPO's advice" label_zh "数据保护官意见"
fact dpia.views_summary : text
  "whose views were sought, how, and what they said; or why they were not sought (GDPR Art. 35(9))"
  label "Views of the data subjects" label_zh "数据主体意见摘要"
fact dpia.balancing : text
  "the balancing of the controller's legitimate interests against the data subjects' rights (GDPR Art. 6(1)(f))"
  label "Legitimate-interest balancing" label_zh "正当利益权衡"
fact dpia.measures : text
  "the controller's own measures, one a line as `measure | owner | YYYY-MM-DD` (GDPR Art. 35(7)(d))"
  label "The controller's own measures" label_zh "处理者自行确定的措施"
fact dpia.version : text "the version of this assessment"
  label "Version of this assessment" label_zh "本评估版本"
fact dpia.author : text "who wrote this assessment"
  label "Author" label_zh "编写人"
fact dpia.review_date : date "when this assessment is next reviewed (GDPR Art. 35(11))"
  label "Next review" label_zh "下次复核日期"
fact accountability.policies : bool
  "the controller has adopted written data protection policies for the face processing (who may enrol, match, see, export and delete faces, and how), can show with them that the processing complies, and reviews and updates its measures when the risk changes (GDPR Art. 24(1), (2))"
  label "Data protection policies adopted" label_zh "已制定数据保护政策"
fact dpia.review_on_change : bool
  "the controller reviews whether the processing still follows the DPIA whenever the risk changes (a new purpose, site, camera, watch-list, vendor or matching model), and at the review date it has set (GDPR Art. 35(11))"
  label "Reviewed when the risk changes" label_zh "风险变化时复核"
fact records.processing_kept : bool
  "the controller keeps a written record of the face processing with the contents of GDPR Art. 30(1): controller and DPO, purposes, people and data, recipients, transfers, erasure time limits, security measures"
  label "Record of processing kept" label_zh "保存处理活动记录"
fact audits.regular : bool
  "the processor audits, regularly and at the frequency the CAC's Measures for Personal Information Protection Compliance Audits set, whether its processing complies with laws and administrative regulations (PIPL Art. 54)"
  label "Regular compliance audits" label_zh "定期合规审计"
fact pipia.done : bool "a personal information protection impact assessment (PIPL Art. 55) was carried out in advance"
  label "PIPIA carried out (PIPL Art. 55)" label_zh "已事前进行个人信息保护影响评估（第55条）"
fact pipia.covers : set of assessment_element "what the PIPIA actually contains"
  label "PIPIA covers" label_zh "个人信息保护影响评估涵盖"
fact pipia.record_retention : number years "how long the PIPIA report and processing records are kept (PIPL Art. 56: at least 3 years)"
  label "PIPIA report and records kept" label_zh "评估报告和处理情况记录保存期限"

# ---------------------------------------------------------------------------------------------------------------
# Design and time
# ---------------------------------------------------------------------------------------------------------------
fact design.privacy_by_default : bool
  "by default only the templates necessary for each purpose are processed: no one is enrolled or matched who did not choose it (GDPR Art. 25(2))"
  label "Privacy by default" label_zh "默认隐私保护"
fact deployment.start : date "the day the deployment starts or started"
  label "Start" label_zh "开始日期"
fact deployment.end : date "the day the deployment ends or ended, if fixed"
  label "End" label_zh "结束日期"
fact deployment.sites : number sites "at how many sites (stores, buildings, gates) the equipment runs"
  label "Sites" label_zh "部署场所数"

# ---------------------------------------------------------------------------------------------------------------
# Watch-lists
# ---------------------------------------------------------------------------------------------------------------
fact watchlist.size : number persons "how many people are on the watch-list the faces are searched against"
  label "Watch-list size" label_zh "比对名单人数"
fact watchlist.entries_reviewed : bool
  "each entry has a documented reason and an end or review date, and is removed when the listing ends (a court order expires, a ban is lifted)"
  label "Watch-list entries reviewed" label_zh "名单条目经审查"
fact watchlist.criminal_offences : bool
  "the watch-list holds data relating to criminal convictions, offences or suspicions (shoplifters, suspects) (GDPR Art. 10)"
  label "Criminal offence data on the watch-list" label_zh "名单含违法犯罪信息"
fact watchlist.criminal_data_authorised : bool
  "Union or Member State law authorises this processing of criminal offence data with appropriate safeguards, or it is under the control of official authority (GDPR Art. 10)"
  label "Criminal offence data authorised by law" label_zh "处理违法犯罪信息有法律授权"

# ---------------------------------------------------------------------------------------------------------------
# CAC-FR: the CAC and MPS Measures for the Security Management of the Application of Facial Recognition Technology
# ---------------------------------------------------------------------------------------------------------------
fact processing.rnd_or_training : bool
  "faces are processed in China only to research and develop facial recognition technology or to train algorithms (CAC-FR Art. 2(2): outside the Measures; the PIPL still applies)"
  label "Research or algorithm training only" label_zh "仅用于技术研发或算法训练"
fact transfer.over_internet : bool
  "face information (images or templates) leaves the face recognition device over the internet: to a server, a cloud service, another site or another party (CAC-FR Art. 8)"
  label "Sent over the internet" label_zh "通过互联网对外传输"
fact basis.off_device_by_law : bool
  "a law or administrative regulation provides that this face information be stored outside the device or transmitted over the internet (CAC-FR Art. 8: 法律、行政法规另有规定), named in basis.legal_provision"
  label "Off-device storage required by law" label_zh "法律、行政法规规定在设备外存储或传输"
fact verification.face_required_by_state : bool
  "a State provision requires facial recognition as the means of verification for this service (CAC-FR Art. 10: 国家另有规定的，从其规定), named in basis.legal_provision"
  label "Facial verification required by State provisions" label_zh "国家规定须以人脸识别验证"
fact consent.misled_or_coerced : bool
  "people are misled, deceived or coerced into face verification, for example in the name of handling business or improving service quality, or by making the face option the default or steering them to it (CAC-FR Art. 12)"
  label "People misled or coerced" label_zh "误导、欺诈或胁迫个人接受人脸识别"
fact capture.area_delimited : bool
  "the area in which faces are captured in the public place has been determined lawfully and reasonably, and the cameras capture no more than it (CAC-FR Art. 13: 依法合理确定人脸信息采集区域)"
  label "Capture area delimited" label_zh "依法合理确定人脸信息采集区域"
fact security.authorisation_management : bool
  "authorisation management is in place: rights to use, change and grant access to the face recognition system are granted to named roles and reviewed (CAC-FR Art. 14)"
  label "Authorisation management" label_zh "权限管理"
fact security.intrusion_detection : bool "intrusion detection and defence protect the face recognition system (CAC-FR Art. 14)"
  label "Intrusion detection and defence" label_zh "入侵检测与防范"
fact storage.faces_stored : number persons
  "how many distinct people's face information the processor stores through facial recognition (CAC-FR Art. 15: a filing from 100,000)"
  label "People whose faces are stored" label_zh "存储人脸信息的人数"
fact storage.threshold_reached : date "the day the stored face information first reached 100,000 people (CAC-FR Art. 15)"
  label "100,000 people reached on" label_zh "存储人脸信息达10万人的日期"
fact filing.cac_done : bool
  "the filing with the cyberspace administration at provincial level or above where the processor is located has been made, with its five materials (CAC-FR Art. 15)"
  label "Filed with the cyberspace administration" label_zh "已向网信部门备案"
fact data_subjects.elderly_or_disabled : bool
  "the people whose faces are processed include elderly people or people with disabilities (CAC-FR Art. 5: their face information is processed in line with the State provisions on barrier-free environments)"
  label "Elderly or disabled people among them" label_zh "涉及老年人或残疾人"
fact accessibility.barrier_free : bool
  "elderly people and people with disabilities can read the notice, give or refuse consent and use the other way in without barriers, as the State provisions on barrier-free environments (无障碍环境建设) require (CAC-FR Art. 5)"
  label "Barrier-free access" label_zh "无障碍"
fact minors.special_rules : bool
  "the processor has adopted special rules for processing the personal information, faces included, of children under 14 (PIPL Art. 31(2): 专门的个人信息处理规则; CAC-FR Art. 7)"
  label "Special rules for children under 14" label_zh "制定不满十四周岁未成年人个人信息处理规则"
fact pipia.outdated : bool
  "since the impact assessment was made, the purpose or the method of processing has changed, or a major security incident has occurred, and the assessment has not been redone (CAC-FR Art. 9)"
  label "Impact assessment outdated" label_zh "影响评估未随变化重新开展"
fact verification.national_identity_channel : bool
  "identities are verified, or specific people identified, through the national population basic information database or the national online identity authentication public service (CAC-FR Art. 11: encouraged, not required)"
  label "National identity authentication channel" label_zh "国家网络身份认证公共服务"

# ---------------------------------------------------------------------------------------------------------------
# EU-AIA: Regulation (EU) 2024/1689 (Artificial Intelligence Act), Art. 5 prohibitions bearing on faces
# ---------------------------------------------------------------------------------------------------------------
fact ai.excluded_use : bool
  "the AI system is used exclusively for military, defence or national security purposes, or is developed and put into service for the sole purpose of scientific research and development, or is in research, testing or development before it is placed on the market or put into service, not in real-world testing (AI Act Art. 2(3), (6), (8))"
  label "Outside the AI Act" label_zh "不属于《人工智能法》适用范围"
fact ai.database_scraped : bool
  "the facial recognition database was created or expanded by untargeted scraping of facial images from the internet or CCTV footage (AI Act Art. 5(1)(e))"
  label "Database built by untargeted scraping" label_zh "数据库系无针对性抓取建立"
fact ai.infers_emotions : bool
  "the system identifies or infers emotions or intentions of people from their faces or other biometric data (AI Act Art. 3(39)); not physical states such as pain or fatigue, and not the mere detection of readily apparent expressions that is not used to infer emotions (Recital 18)"
  label "Infers emotions" label_zh "识别或推断情绪"
fact ai.medical_or_safety : bool
  "the emotion recognition is intended to be put in place or on the market for medical or safety reasons, such as therapeutic use (AI Act Art. 5(1)(f), Recital 44); not the monitoring of attention, engagement or mood"
  label "For medical or safety reasons" label_zh "出于医疗或安全原因"
fact ai.infers_sensitive_traits : bool
  "the system categorises individual people on their faces or other biometric data to deduce or infer their race, political opinions, trade union membership, religious or philosophical beliefs, sex life or sexual orientation (AI Act Art. 5(1)(g))"
  label "Infers sensitive traits" label_zh "推断敏感特征"
fact ai.dataset_labelling_only : bool
  "the categorisation is only the labelling or filtering of a lawfully acquired biometric dataset (AI Act Art. 5(1)(g), last clause)"
  label "Labelling of a lawful dataset only" label_zh "仅对合法取得的数据集进行标注"

enum rbi_objective {
  # targeted search for specific victims of abduction, trafficking or sexual exploitation, or for missing persons (Art. 5(1)(h)(i))
  victim_or_missing_person_search label "search for victims or missing persons" label_zh "查找受害人或失踪人员",
  # a specific, substantial and imminent threat to life or physical safety, or a genuine threat of a terrorist attack (Art. 5(1)(h)(ii))
  imminent_threat_prevention label "prevention of an imminent threat" label_zh "防范紧迫威胁",
  # locating or identifying a suspect of an Annex II offence punishable by at least four years (Art. 5(1)(h)(iii))
  serious_offence_suspect label "suspect of a serious offence" label_zh "严重犯罪嫌疑人",
  no_listed_objective label "no listed objective" label_zh "无所列目的"
}

fact ai.rbi_objective : rbi_objective
  "the objective for which real-time remote biometric identification is strictly necessary (AI Act Art. 5(1)(h)); no_listed_objective for any other"
  label "Objective of real-time remote identification" label_zh "实时远程生物识别的目的"
fact ai.rbi_targeted_only : bool
  "the system is used only to confirm the identity of the specifically targeted individual, within the temporal, geographic and personal limits of the national law (AI Act Art. 5(2))"
  label "Only the targeted person" label_zh "仅确认特定目标个人身份"
fact ai.rbi_national_law : bool
  "the Member State's national law authorises real-time remote biometric identification for this objective and lays down the detailed rules of AI Act Art. 5(5)"
  label "National law authorises it" label_zh "成员国法律授权"
fact ai.rbi_authorised : bool
  "a judicial authority or a binding independent administrative authority of the Member State authorised this use in advance on a reasoned request, or, in a duly justified urgency, authorisation was requested within 24 hours and has not been refused (AI Act Art. 5(3))"
  label "Prior authorisation" label_zh "事先授权"
fact ai.fria_done : bool "the deployer completed a fundamental rights impact assessment (AI Act Art. 27) before the use"
  label "Fundamental rights impact assessment done" label_zh "已完成基本权利影响评估"
fact ai.eu_database_registered : bool
  "the system and its use are registered in the EU database (AI Act Art. 49, Art. 26(8)), or, for real-time remote biometric identification in a duly justified urgency, the registration is completed without undue delay (Art. 5(2))"
  label "Registered in the EU database" label_zh "已在欧盟数据库登记"
fact ai.rbi_use_notified : bool
  "each use is notified to the market surveillance authority and the national data protection authority (AI Act Art. 5(4))"
  label "Each use notified" label_zh "每次使用均已通报"
fact ai.used_per_instructions : bool
  "the deployer has technical and organisational measures to use the system in accordance with the provider's instructions for use, and monitors its operation (AI Act Art. 26(1), (5))"
  label "Used per the instructions for use" label_zh "按使用说明使用"
fact ai.human_oversight_assigned : bool
  "human oversight is assigned to natural persons with the necessary competence, training, authority and support (AI Act Art. 26(2))"
  label "Human oversight assigned" label_zh "已指定人工监督"
fact ai.log_retention : number months
  "how long the deployer keeps the logs the system generates automatically, so far as they are under its control (AI Act Art. 26(6): at least six months)"
  label "Log retention" label_zh "日志保存期限"
fact ai.workers_informed : bool
  "before the system is put into service or used at the workplace, the workers' representatives and the affected workers were informed that they will be subject to it (AI Act Art. 26(7))"
  label "Workers informed" label_zh "已告知劳动者"
fact ai.public_service : bool
  "the deployer is a body governed by public law or a private entity providing public services (AI Act Art. 27(1))"
  label "Public body or public service" label_zh "公法机构或公共服务提供者"
fact ai.fria_notified : bool
  "the results of the fundamental rights impact assessment were notified to the market surveillance authority with the AI Office's template (AI Act Art. 27(3))"
  label "FRIA results notified" label_zh "已通报基本权利影响评估结果"

enum ai_role {
  # uses the AI system under its authority (AI Act Art. 3(4)): the usual case of a deployment
  ai_deployer label "deployer" label_zh "部署者",
  # develops the system, or has it developed, and places it on the market or puts it into service under its own
  # name or trademark, without using it itself (Art. 3(3))
  ai_provider label "provider" label_zh "提供者",
  # develops the system, or has it developed, and puts it into service under its own name for its own use (Art.
  # 3(3), (4))
  ai_provider_and_deployer label "provider and deployer" label_zh "提供者兼部署者"
}

fact ai.role : ai_role
  "the controller's role towards the AI system under the AI Act: deployer, provider, or both (Art. 3(3), (4)); a deployment that does not state it is read as the deployer's"
  label "Role under the AI Act" label_zh "在《人工智能法》下的角色"
fact ai.derogation_documented : bool
  "the provider documented, before placing the system on the market or putting it into service, its assessment that this Annex III system poses no significant risk of harm to health, safety or fundamental rights, on one of the conditions of Art. 6(3)(a) to (d), and registered the system (AI Act Art. 6(3), (4), Art. 49(2))"
  label "Annex III derogation documented" label_zh "已记录附件三豁免评估"
fact ai.profiling : bool
  "the system performs profiling of natural persons: it evaluates personal aspects of the people it recognises or analyses, such as their behaviour, reliability, interests, location or movements (AI Act Art. 6(3), last subparagraph: then always high-risk; GDPR Art. 4(4))"
  label "Profiling" label_zh "用户画像"
fact ai.post_rbi_targeted : bool
  "each use of post-remote biometric identification (searching recorded footage or images) is limited to what is strictly necessary for the investigation of a specific criminal offence, linked to a criminal offence, a criminal proceeding, a genuine and present or foreseeable threat of a criminal offence, or the search for a specific missing person (AI Act Art. 26(10), first and third subparagraphs)"
  label "Limited to a specific offence" label_zh "仅限于特定刑事犯罪调查"
fact ai.post_rbi_authorised : bool
  "a judicial authority, or an administrative authority whose decision is binding and subject to judicial review, was asked to authorise the use ex ante, or without undue delay and within 48 hours, and has not rejected it (AI Act Art. 26(10), first and second subparagraphs)"
  label "Post-remote identification authorised" label_zh "事后远程生物识别已获授权"
fact ai.post_rbi_initial_identification : bool
  "the use is only the initial identification of a potential suspect based on objective and verifiable facts directly linked to the offence, which needs no authorisation (AI Act Art. 26(10), first subparagraph)"
  label "Initial identification of a suspect only" label_zh "仅用于初步识别嫌疑人"
fact ai.post_rbi_documented : bool
  "each use is documented in the relevant police file and made available to the market surveillance authority and the national data protection authority on request (AI Act Art. 26(10), fifth subparagraph)"
  label "Each use documented" label_zh "每次使用均已记录"
fact ai.post_rbi_annual_report : bool
  "the deployer submits annual reports on its use of post-remote biometric identification to the market surveillance and national data protection authorities (AI Act Art. 26(10), sixth subparagraph)"
  label "Annual reports on post-remote identification" label_zh "事后远程生物识别年度报告"

# ---------------------------------------------------------------------------------------------------------------
# BIPA: the Illinois Biometric Information Privacy Act, 740 ILCS 14
# ---------------------------------------------------------------------------------------------------------------
fact jurisdiction.us_illinois : bool
  "the faces are scanned, and the conduct the Act regulates takes place, primarily and substantially in Illinois (cameras or terminals in Illinois, people there when scanned); an Illinois residence alone is not enough"
  label "Scanned in Illinois" label_zh "在伊利诺伊州扫描"
fact bipa.excluded_entity : bool
  "the controller is not a private entity under BIPA, or the Act does not apply to it: a State or local government agency, an Illinois court, clerk or judge (Sec. 10), a financial institution or affiliate subject to Title V of the Gramm-Leach-Bliley Act, or a contractor, subcontractor or agent of a State agency or local government working for it (Sec. 25)"
  label "Not a private entity under BIPA" label_zh "不属于 BIPA 所称私营实体"
fact bipa.retention_policy_public : bool
  "a written policy, available to the public, sets a retention schedule and guidelines for permanently destroying biometric identifiers and information when the initial purpose is satisfied or within 3 years of the person's last interaction, whichever comes first (BIPA Sec. 15(a))"
  label "Public retention and destruction policy" label_zh "公开的保存与销毁政策"
fact bipa.schedule_followed : bool "the entity complies with its retention schedule and destruction guidelines (BIPA Sec. 15(a))"
  label "Retention schedule followed" label_zh "遵守保存期限表"
fact bipa.written_notice : bool
  "before any face is scanned, each person (or legally authorised representative) is informed in writing that a biometric identifier or biometric information is being collected or stored, and of the specific purpose and length of term of its collection, storage and use (BIPA Sec. 15(b)(1), (2))"
  label "Written notice before the scan" label_zh "扫描前书面告知"

enum bipa_release {
  # a written consent signed on paper or otherwise in writing
  informed_written_consent label "informed written consent" label_zh "知情书面同意",
  # an electronic sound, symbol or process executed with the intent to sign (Sec. 10 as amended in 2024)
  electronic_signature label "electronic signature" label_zh "电子签名",
  # a release executed by an employee as a condition of employment (Sec. 10)
  employment_release label "release as a condition of employment" label_zh "作为雇佣条件的授权",
  no_release label "none" label_zh "无"
}

fact bipa.release : bipa_release
  "the written release each person (or legally authorised representative) executed before the scan, by its form (BIPA Secs. 10, 15(b)(3)); no_release where there is none"
  label "Written release" label_zh "书面授权"
fact bipa.profits : bool
  "the entity sells, leases, trades or otherwise profits from people's biometric identifiers or information (BIPA Sec. 15(c))"
  label "Profits from biometrics" label_zh "利用生物识别信息牟利"
fact bipa.discloses : bool
  "biometric identifiers or information are disclosed, redisclosed or otherwise disseminated outside the entity, vendors and cloud providers included (BIPA Sec. 15(d))"
  label "Discloses biometrics" label_zh "对外披露生物识别信息"
fact bipa.disclosure_consent : bool "each person (or representative) consented to the disclosure (BIPA Sec. 15(d)(1))"
  label "Consent to disclosure" label_zh "同意披露"
fact bipa.disclosure_completes_transaction : bool
  "the disclosure completes a financial transaction the person requested or authorised (BIPA Sec. 15(d)(2))"
  label "Disclosure completes a transaction" label_zh "披露系完成金融交易所需"
fact bipa.disclosure_required_by_law : bool
  "the disclosure is required by State or federal law or municipal ordinance, or by a valid warrant or subpoena of a competent court (BIPA Sec. 15(d)(3), (4))"
  label "Disclosure required by law" label_zh "法律要求披露"
fact bipa.reasonable_care : bool
  "biometric identifiers and information are stored, transmitted and protected with the reasonable standard of care of the entity's industry, and at least as protectively as its other confidential and sensitive information (BIPA Sec. 15(e))"
  label "Reasonable standard of care" label_zh "合理注意标准"

enum bipa_culpability {
  negligent label "negligent" label_zh "过失",
  intentional_or_reckless label "intentional or reckless" label_zh "故意或轻率"
}
fact bipa.culpability : bipa_culpability
  "whether a violation would be negligent or intentional or reckless, for the liquidated damages of BIPA Sec. 20(a) ($1,000 or $5,000 per violation)"
  label "Culpability" label_zh "过错程度"
