# Measures for the Security Management of the Application of Facial Recognition Technology (CAC-FR),
# 人脸识别技术应用安全管理办法, Order No. 19 of the Cyberspace Administration of China and the Ministry of Public
# Security (国家互联网信息办公室 中华人民共和国公安部令 第19号), adopted at the CAC's 23rd office meeting of 2024 on
# 2024-09-30 with the consent of the Ministry of Public Security, signed 2025-03-13, in force 2025-06-01.
#
# A departmental rule made under the Cybersecurity Law, the Data Security Law, the PIPL and the Network Data Security
# Regulations (Art. 1). Face information remains sensitive personal information under PIPL Art. 28, so the PIPL pack
# keeps applying; these Measures add face-specific duties.
#
# Sources of the texts:
#   [MIR]  the CAC release of Order No. 19 as reproduced (traditional characters, half-width punctuation) on
#          tyayt.cn and feifmx.com; the two copies agree and both end inside Art. 5. Converted to simplified
#          characters with OpenCC t2s and given here with the full-width punctuation of the official text; nothing
#          else changed. The official copies (cac.gov.cn, 2025-03-21; gov.cn) were not retrieved.
#   [CSR]  csrcare.com, LawShowEn id 234349: an English translation (not official) of the preamble and Arts. 1-2 and
#          the beginning of Art. 3, where the stored copy ends.
#   [QPR]  the statement of the CAC official in charge issued with the Measures on 2025-03-21, listing the
#          "processing rules" one to five (jgs99.com; office-chair.com.cn): it quotes the wording of Arts. 4 to 9.
#   [QSE]  the same statement's "security rules" one to five (news.qq.com, 财联社, 2025-03-21; hknews.cc): the wording
#          of Arts. 10, 11, 12, 13 and 14.
#   [Q10]  People's Daily, 2025-05-30: the CAC's 王志成 quoting Art. 10 by number; [QWD] Workers' Daily on Art. 10's
#          second sentence (office369.com).
#   [Q15]  the Zhejiang cyberspace administration's notice of 2025-08-19 quoting the filing rule, and the CAC
#          announcement of 2025-05-28 on filing (hainanjubao.cn; original at cac.gov.cn, 2025-05-30), which numbers
#          it Art. 15.
#   [SEC]  secondary summaries, not the article text: a compliance note in a public repository that paraphrases the
#          articles by number (Art. 5's items and its paragraph on disabled and elderly people; withdrawal in Art.
#          6; special rules for children in Art. 7; Art. 9's contents, the three-year keeping of the report and
#          records, and re-assessment on change) and quotes Art. 9's "评估报告和处理情况记录应当至少保存3年"; and the
#          券商中国 report of 2025-03-21 (via reportify.ai) on withdrawal "in a convenient way". Used only to place
#          content in an article; every duty a rule draws from them is also a duty of the PIPL (Arts. 15, 31(2),
#          56), whose text is verified, except the re-assessment on change, which is read only where stated.
# A search of the public repositories and stored pages for the article text of Arts. 5 to 18 (the official
# cac.gov.cn and gov.cn releases, LawRefBook and other collections of Chinese regulations, distinctive phrases of
# the articles) found no copy of it: the stored pages keep only the beginning of each page, and the collections
# hold laws and administrative regulations, not this departmental rule.
# The Chinese original is the authentic text. Only Arts. 1 to 4 and the opening words of Art. 5 were retrieved as
# article text ([MIR]). For Arts. 5 to 15 the Chinese given is the wording that the CAC's own statement quotes from
# them: it is marked unverified as article text, and the article numbers other than 2, 10, 13 and 15 follow that
# statement's order and a secondary note, not the article text. Every English `text` except Arts. 1 and 2 is
# facepia's rendering of the Chinese, marked as such in the text: a translation, not the authentic text. Arts. 11,
# 16, 17 and 18 are declared so that the report can name them; the text of Arts. 16 to 18 was not retrieved at all.

instrument CAC-FR {
  title "Measures for the Security Management of the Application of Facial Recognition Technology"
  title_zh "人脸识别技术应用安全管理办法"
  jurisdiction "CN"
  in_force 2025-06-01
  # Art. 2: activities within the territory of the PRC that apply facial recognition technology to process face
  # information. Unlike PIPL Art. 3(2), the Measures have no clause reaching processing outside China, so only
  # jurisdiction.cn_processing brings a deployment in. Facial recognition technology is "以人脸信息作为识别个体身份的
  # 个体生物特征识别技术" (Art. 19, as quoted by China Daily): a camera that creates no templates, and face analysis that
  # identifies no one (processing.mode = analysis_only without templates), are outside it; the PIPL still applies.
  # Art. 2(2): processing for research and development of the technology or algorithm training is excluded.
  scope jurisdiction.cn_processing
    and (processing.creates_templates or processing.mode in {verification_1to1, identification_1ton})
    and not processing.rnd_or_training
  out_of_scope "the Measures govern the application of facial recognition technology (recognising a person's identity"
               "from the face) to natural persons within the territory of the PRC (Art. 2(1)); they do not apply to"
               "processing for research and development of facial recognition technology or algorithm training"
               "(Art. 2(2)), nor to cameras or face analysis that recognise no one; the PIPL governs those"
}

provision CAC-FR Art. 1 {
  title "Purpose and legal basis"
  # en: [CSR]; zh: [MIR]
  text "For the purposes of regulating the activities of applying facial recognition technology to process facial"
       "information and protecting the rights and interests of personal information, these Measures are developed in"
       "accordance with the Cybersecurity Law of the People's Republic of China, the Data Security Law of the People's"
       "Republic of China, the Personal Information Protection Law of the People's Republic of China, the Regulations"
       "on Administration of Network Data Security, and other laws and administrative regulations."
  text_zh "第一条 为了规范应用人脸识别技术处理人脸信息活动，保护个人信息权益，根据《中华人民共和国网络安全法》、《中华人民共和国数据安全法》、《中华人民共和国个人信息保护法》、《网络数据安全管理条例》等法律、行政法规，制定本办法。"
}

provision CAC-FR Art. 2 {
  title "Scope; research, development and algorithm training excluded"
  # en: [CSR]; zh: [MIR]
  text "These Measures shall apply to the activities of applying facial recognition technology to process facial"
       "information within the territory of the People's Republic of China.\nThe provisions of these Measures shall"
       "not apply to application of facial recognition technology to process facial information for carrying out"
       "research and development of facial recognition technology and algorithm training activities within the"
       "territory of the People's Republic of China."
  text_zh "第二条 在中华人民共和国境内应用人脸识别技术处理人脸信息的活动，适用本办法。\n在中华人民共和国境内为从事人脸识别技术研发、算法训练活动应用人脸识别技术处理人脸信息的，不适用本办法的规定。"
}

provision CAC-FR Art. 3 {
  title "General duties"
  # en: [CSR], to where the stored copy ends; zh: [MIR]
  text "Those who carry out the activities of applying facial recognition technology to process facial information"
       "shall comply with laws and regulations, respect social morality and ethics, abide by business ethics and"
       "professional ethics, be honest and trustworthy, fulfill obligations of protecting ..."
  text_zh "第三条 应用人脸识别技术处理人脸信息活动，应当遵守法律法规，尊重社会公德和伦理，遵守商业道德和职业道德，诚实守信，履行个人信息保护义务，承担社会责任，不得危害国家安全、损害公共利益、侵害个人合法权益。"
}

provision CAC-FR Art. 4 {
  title "Specific purpose, sufficient necessity, least impact, strict protection"
  # zh: [MIR]. en: facepia's rendering.
  text "[Translation by facepia, not the authentic text:] Applying facial recognition technology to process face"
       "information shall have a specific purpose and sufficient necessity, adopt the method with the least impact"
       "on personal rights and interests, and implement strict protection measures."
  text_zh "第四条 应用人脸识别技术处理人脸信息，应当具有特定的目的和充分的必要性，采取对个人权益影响最小的方式，并实施严格保护措施。"
}

provision CAC-FR Art. 5 {
  title "Notice before processing"
  # zh: [MIR], the opening words only; the stored copies end there.
  # unverified: the rest of the article. Content, from [QPR] ("应当履行告知义务") and China Daily's English summary
  # (2025-03-22): before processing, inform individuals prominently, in clear and easy language, truthfully,
  # accurately and completely, of the processor's name and contact details, the purposes and methods of processing,
  # the retention period and other matters; a later paragraph, quoted in [QPR]: processing the face information
  # of people with disabilities and of elderly people shall also comply with the State provisions on barrier-free
  # environments ("处理残疾人、老年人人脸信息的，还应当符合国家有关无障碍环境建设的规定"). [SEC] places it in Art. 5
  # as its third paragraph; its place and wording are unverified as article text.
  text "[Translation by facepia, not the authentic text; the rest of the article is unverified:] Before applying"
       "facial recognition technology to process face information, a personal information processor shall, in a"
       "prominent manner and in clear and easy-to-understand language, truthfully, accurately, ... [A later"
       "paragraph, as quoted by the CAC, unverified as article text:] Where the face information of persons with"
       "disabilities or elderly persons is processed, the State provisions on the construction of a barrier-free"
       "environment shall also be complied with."
  text_zh "第五条 个人信息处理者应用人脸识别技术处理人脸信息前，应当以显著方式、清晰易懂的语言真实、准确、...处理残疾人、老年人人脸信息的，还应当符合国家有关无障碍环境建设的规定。"
}

provision CAC-FR Art. 6 {
  title "Separate consent where consent is the basis"
  # unverified as article text: zh as quoted in [QPR]. Content not retrieved as text: the right to withdraw
  # consent and a convenient way to do so ([SEC]; PIPL Art. 15 says the same); written consent where a law
  # requires it [K].
  text "[Translation by facepia, not the authentic text; wording as quoted by the CAC, unverified as article text:]"
       "Where face information is processed on the basis of individual consent, the separate consent that the"
       "individual gives voluntarily and explicitly on the premise of full knowledge shall be obtained."
  text_zh "基于个人同意处理人脸信息的，应当取得个人在充分知情的前提下自愿、明确作出的单独同意。..."
}

provision CAC-FR Art. 7 {
  title "Children under 14: the guardian's consent"
  # unverified as article text: zh as quoted in [QPR]. Not retrieved as text: special processing rules for the
  # face information of children under 14 ([SEC]; PIPL Art. 31(2) requires them for all their personal
  # information: "应当制定专门的个人信息处理规则").
  text "[Translation by facepia, not the authentic text; wording as quoted by the CAC, unverified as article text:]"
       "Where the face information of a minor under the age of fourteen is processed on the basis of individual"
       "consent, the consent of the minor's parents or other guardians shall be obtained."
  text_zh "基于个人同意处理不满十四周岁未成年人人脸信息的，应当取得未成年人的父母或者其他监护人的同意。..."
}

provision CAC-FR Art. 8 {
  title "Storage in the device; no transmission over the internet; minimum retention"
  # unverified as article text: zh as quoted in [QPR] (the same words in the zsnews.cn report of the CAC statement).
  text "[Translation by facepia, not the authentic text; wording as quoted by the CAC, unverified as article text:]"
       "Except where laws or administrative regulations provide otherwise or the individual's separate consent has"
       "been obtained, face information shall be stored in the facial recognition device and shall not be"
       "transmitted externally through the internet. Except where laws or administrative regulations provide"
       "otherwise, the retention period of face information shall not exceed the minimum time necessary to achieve"
       "the purpose of processing."
  text_zh "除法律、行政法规另有规定或者取得个人单独同意外，人脸信息应当存储于人脸识别设备内，不得通过互联网对外传输。除法律、行政法规另有规定外，人脸信息的保存期限不得超过实现处理目的所必需的最短时间。"
}

provision CAC-FR Art. 9 {
  title "Prior personal information protection impact assessment; records of processing"
  # unverified as article text: zh as quoted in [QPR]. Not retrieved as text, known from [SEC]: the contents of
  # the assessment (lawfulness, legitimacy and necessity of purpose and method; impact on rights and whether the
  # measures reduce it; the risks of leakage, tampering, loss, destruction or unlawful acquisition, sale or use;
  # whether the protective measures are lawful, effective and proportionate to the risk); the report and the
  # records kept at least three years ("评估报告和处理情况记录应当至少保存3年", as [SEC] quotes it; PIPL Art. 56 says
  # the same of every impact assessment); re-assessment when the purpose or method changes or after a major
  # security incident.
  text "[Translation by facepia, not the authentic text; wording as quoted by the CAC, unverified as article text:]"
       "... shall conduct a personal information protection impact assessment in advance, and keep records of the"
       "processing."
  text_zh "...应当事前进行个人信息保护影响评估，并对处理情况进行记录。..."
}

provision CAC-FR Art. 10 {
  title "Facial recognition not the only means of verification; another way for those who refuse"
  # unverified as article text: zh as quoted by the CAC's 王志成 as Art. 10 [Q10], with "国家另有规定的，从其规定"
  # from [QSE] and the second sentence from [QWD].
  text "[Translation by facepia, not the authentic text; wording as quoted by the CAC, unverified as article text:]"
       "Where other methods than facial recognition technology exist to achieve the same purpose or meet equal"
       "business requirements, facial recognition technology shall not be used as the sole means of verification;"
       "where the State provides otherwise, such provisions prevail. ... Where an individual does not agree to"
       "identity verification by face information, other reasonable and convenient means shall be provided."
  text_zh "实现相同目的或者达到同等业务要求，存在其他非人脸识别技术方式的，不得将人脸识别技术作为唯一验证方式。国家另有规定的，从其规定。...个人不同意通过人脸信息进行身份验证的，应当提供其他合理、便捷的方式。"
}

provision CAC-FR Art. 11 {
  title "National identity channels encouraged"
  # unverified as article text and number: zh as quoted in [QSE] (the second security rule); numbered Art. 11 by
  # [SEC] and by the order of the statement.
  text "[Translation by facepia, not the authentic text; wording as quoted by the CAC, unverified as article text:]"
       "Where facial recognition technology is applied to verify personal identity or identify specific"
       "individuals, priority use of channels such as the national population basic information database and the"
       "national online identity authentication public service is encouraged."
  text_zh "应用人脸识别技术验证个人身份、辨识特定个人的，鼓励优先使用国家人口基础信息库、国家网络身份认证公共服务等渠道实施。"
}

provision CAC-FR Art. 12 {
  title "No misleading, fraud or coercion into face verification"
  # unverified as article text and number: zh as quoted in [QSE] (the third security rule).
  text "[Translation by facepia, not the authentic text; wording as quoted by the CAC, unverified as article text:]"
       "No organisation or individual may mislead, defraud or coerce individuals into accepting identity"
       "verification by facial recognition technology on the grounds of handling business, improving service"
       "quality or the like."
  text_zh "任何组织和个人不得以办理业务、提升服务质量等为由，误导、欺诈、胁迫个人接受人脸识别技术验证个人身份。"
}

provision CAC-FR Art. 13 {
  title "Public places: public security, a delimited area, signs; none inside private spaces"
  # unverified as article text: zh as quoted in [QSE]; the CAC's 王志成 numbered it Art. 13 (xhc998.com report).
  # China Daily's English of the second sentence: "nor may they install facial recognition equipment in private
  # spaces, such as hotel rooms, bathhouses, changing rooms and restrooms".
  text "[Translation by facepia, not the authentic text; wording as quoted by the CAC, unverified as article text:]"
       "Installing facial recognition equipment in public places shall be necessary for maintaining public security;"
       "the area in which face information is collected shall be determined reasonably in accordance with the law,"
       "and prominent notice signs shall be set up. No organisation or individual may install facial recognition"
       "equipment inside private spaces in public places, such as hotel guest rooms, public bathhouses, public"
       "changing rooms and public toilets."
  text_zh "在公共场所安装人脸识别设备，应当为维护公共安全所必需，依法合理确定人脸信息采集区域，并设置显著提示标识。任何组织和个人不得在宾馆客房、公共浴室、公共更衣室、公共卫生间等公共场所中的私密空间内部安装人脸识别设备。"
}

provision CAC-FR Art. 14 {
  title "Security measures of facial recognition systems"
  # unverified as article text and number: zh as quoted in [QSE] (the fifth security rule). Not retrieved: [K] the
  # duties of systems under multi-level protection or critical information infrastructure.
  text "[Translation by facepia, not the authentic text; wording as quoted by the CAC, unverified as article text:]"
       "Facial recognition application systems shall adopt measures such as data encryption, security audit, access"
       "control, authorisation management, and intrusion detection and defence to protect the security of face"
       "information."
  text_zh "人脸识别技术应用系统应当采取数据加密、安全审计、访问控制、授权管理、入侵检测和防御等措施保护人脸信息安全。"
}

provision CAC-FR Art. 15 {
  title "Filing when stored face information reaches 100,000 people"
  # unverified as article text: zh as quoted in the Zhejiang notice [Q15]; numbered Art. 15 by the CAC announcement
  # of 2025-05-28, which also sets the transition: where the number had reached 100,000 before 2025-06-01, filing by
  # 2025-07-14; a material change of the filed information within 30 working days of the change. Filing materials
  # (云财经 summary of the Measures): the processor's basic information; the purposes and methods of processing face
  # information; the number of faces stored and the security measures; the processing rules and operating
  # procedures; the personal information protection impact assessment report.
  text "[Translation by facepia, not the authentic text; wording as quoted by a provincial cyberspace administration,"
       "unverified as article text:] A personal information processor shall complete the filing procedures with the"
       "cyberspace administration at or above the provincial level where it is located within 30 working days from"
       "the date on which the face information processed by applying facial recognition technology that it stores"
       "reaches 100,000 people."
  text_zh "个人信息处理者应当在应用人脸识别技术处理的人脸信息存储数量达到10万人之日起30个工作日内向所在地省级以上网信部门履行备案手续。"
}

# Arts. 16 to 18: supervision and liability. Their text was not retrieved. The CAC's statement of 2025-03-21 says
# only that the Measures set out the supervisory duties: the cyberspace administrations, with the public security
# organs and the other departments that protect personal information, build mechanisms to share information and
# notify each other and act together ("网信部门会同公安机关和其他履行个人信息保护职责的部门", "建立健全信息共享和
# 通报工作机制", "协同开展相关工作", phrases of scrambled copies of the statement); anyone may complain of or report
# a violation [K]; violations are dealt with under the PIPL and other laws, with public security administration
# penalties or criminal liability where applicable ("规定的法律责任") [K]. Their numbering follows [SEC]. No rule cites
# them: they bind the authorities, or refer to the PIPL's penalties (Art. 66).

provision CAC-FR Art. 16 {
  title "Supervision: the cyberspace administrations with the public security organs and other departments"
  text "[The text of this article was not retrieved; unverified. Its content is stated in the comment above.]"
}

provision CAC-FR Art. 17 {
  title "Complaints and reports"
  text "[The text of this article was not retrieved; unverified. Its content is stated in the comment above.]"
}

provision CAC-FR Art. 18 {
  title "Legal liability"
  text "[The text of this article was not retrieved; unverified. Its content is stated in the comment above.]"
}

provision CAC-FR Art. 19 {
  title "Definitions"
  # unverified as article text: the one definition quoted by China Daily (cn.chinadaily.com.cn, 2025-03-25, 知识点).
  # Not retrieved: the definitions of face information, identity verification, identification of a specific
  # individual and facial recognition device.
  text "[Translation by facepia, not the authentic text; the only definition retrieved, unverified as article"
       "text:] ... facial recognition technology means an individual biometric recognition technology that uses"
       "face information to recognise an individual's identity ..."
  text_zh "...人脸识别技术，是指以人脸信息作为识别个体身份的个体生物特征识别技术。..."
}
