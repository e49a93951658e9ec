# Personal Information Protection Law of the People's Republic of China (PIPL), adopted 2021-08-20, in force 2021-11-01.
#
# Sources of the texts (every quotation below was checked against the source named beside it):
#   [NPC]  the NPC's own English reference translation, en.npc.gov.cn, published 2021-12-29
#   [PIPL.com] personalinformationprotectionlaw.com (unofficial English translation)
#   [CDR]  chinadataregulation.com (Chinese original with an unofficial English translation)
#   [ESTS] wechat.estsglobal.com law_contents (Chinese original)
#   [LRB]  the Chinese text in the LawRefBook collections of PRC laws, which take it from the national database of
#          laws and regulations (flk.npc.gov.cn): LawRefBook/Laws, 行政法/个人信息保护法(2021-08-20).md (commit
#          2f4c5c23), and RanKKI/LawRefBook, 法律法规/个人信息保护法.md (commit d803fa2b); the two agree in every article
#   [XL]   pipl.xllawconsulting.com (English translation; it says "handler" for 个人信息处理者)
#   [NDSR] the Network Data Security Management Regulations (网络数据安全管理条例, State Council Decree No. 790,
#          2024-09-24, in force 2025-01-01), LawRefBook/Laws, 行政法规/网络数据安全管理条例(2024-09-24).md (commit
#          2f4c5c23): an administrative regulation that sets the conditions the PIPL leaves to "laws, administrative
#          regulations or the State cyberspace administration" (Arts. 25 and 35 are quoted in the rules that use them)
#   Chinese text from other pages is named where it is used.
# Where a text could not be verified, the provision carries only what was verified and an `# unverified:` comment.
# The Chinese original is the authentic text; every English text is a translation. Chinese punctuation is given in
# full-width form as in the official text, where a source page had normalised it.

instrument PIPL {
  title "Personal Information Protection Law of the People's Republic of China"
  title_zh "中华人民共和国个人信息保护法"
  jurisdiction "CN"
  in_force 2021-11-01
  # PIPL Art. 3: processing within the PRC, and processing outside the PRC of persons within the PRC to provide them
  # products or services or to analyse or assess their conduct.
  scope jurisdiction.cn_processing or jurisdiction.cn_data_subjects
}

provision PIPL Art. 6 {
  title "Purpose limitation and minimum necessity"
  # en: [CDR]; zh: [CDR], also [ESTS] law_contents/308
  text "Processing personal information shall have a clear and reasonable purpose, shall be directly related to the"
       "processing purpose, and shall use the method that has the smallest impact on personal rights and interests."
       "The collection of personal information shall be limited to the minimum scope necessary to achieve the"
       "processing purpose, and excessive collection of personal information is prohibited."
  text_zh "第六条 处理个人信息应当具有明确、合理的目的，并应当与处理目的直接相关，采取对个人权益影响最小的方式。\n收集个人信息，应当限于实现处理目的的最小范围，不得过度收集个人信息。"
}

provision PIPL Art. 13 {
  title "Lawful bases for processing"
  # en: [PIPL.com]; zh: [CDR]
  text "Only under any of the following circumstances may a personal information processor process personal"
       "information: (I) where the consent of the individual concerned is obtained; (II) where it is necessary for the"
       "conclusion or performance of a contract to which the individual concerned is a party, or to implement human"
       "resources management in accordance with labor rules and regulations formulated according to law and"
       "collective contracts concluded according to law; (III) where it is necessary for the performance of statutory"
       "duties or statutory obligations; (IV) where it is necessary for coping with public health emergencies or for"
       "the protection of the life, health, and property safety of a natural person; (V) where such acts as news"
       "reporting and supervision by public opinions are carried out for the public interest, and the processing of"
       "personal information is within a reasonable scope; (VI) where the personal information disclosed by"
       "individuals themselves or other legally disclosed personal information is processed within a reasonable scope"
       "in accordance with the provisions of this Law; and (VII) other circumstances provided by laws and"
       "administrative regulations.\nIndividual consent shall be obtained for the processing of personal information"
       "stipulated in the other clauses of this Law, but in the circumstances specified in the preceding paragraph"
       "from (II) to (VII), the individual's consent is not required."
  text_zh "第十三条 符合下列情形之一的，个人信息处理者方可处理个人信息：（一）取得个人的同意；（二）为订立、履行个人作为一方当事人的合同所必需，或者按照依法制定的劳动规章制度和依法签订的集体合同实施人力资源管理所必需；（三）为履行法定职责或者法定义务所必需；（四）为应对突发公共卫生事件，或者紧急情况下为保护自然人的生命健康和财产安全所必需；（五）为公共利益实施新闻报道、舆论监督等行为，在合理的范围内处理个人信息；（六）依照本法规定在合理的范围内处理个人自行公开或者其他已经合法公开的个人信息；（七）法律、行政法规规定的其他情形。\n依照本法其他有关规定，处理个人信息应当取得个人同意，但是有前款第二项至第七项规定情形的，不需取得个人同意。"
}

provision PIPL Art. 14 {
  title "Voluntary, explicit and informed consent"
  # en: [PIPL.com]; zh: [LRB]
  text "Where the processing of personal information is based on the consent of the individual concerned, such"
       "consent shall be given by the individual concerned in a voluntary and explicit manner in the condition of full"
       "knowledge. If laws and administrative regulations provide that the processing of personal information shall"
       "be subject to the individual's separate consent or written consent, such provisions shall prevail.\nIf the"
       "purpose or method of processing personal information or the type of personal information to be processed"
       "changes, the individual's consent shall be obtained again."
  text_zh "第十四条 基于个人同意处理个人信息的，该同意应当由个人在充分知情的前提下自愿、明确作出。法律、行政法规规定处理个人信息应当取得个人单独同意或者书面同意的，从其规定。\n个人信息的处理目的、处理方式和处理的个人信息种类发生变更的，应当重新取得个人同意。"
}

provision PIPL Art. 15 {
  title "Withdrawal of consent"
  # zh: [LRB]
  # unverified: an English translation of Art. 15. Content: where processing is based on consent, the individual
  # has the right to withdraw it, and the processor shall provide a convenient way to withdraw; withdrawal does not
  # affect the validity of processing carried out on the consent before it was withdrawn.
  text "[No English translation of this provision could be verified; the Chinese original is in text_zh.]"
  text_zh "第十五条 基于个人同意处理个人信息的，个人有权撤回其同意。个人信息处理者应当提供便捷的撤回同意的方式。\n个人撤回同意，不影响撤回前基于个人同意已进行的个人信息处理活动的效力。"
}

provision PIPL Art. 16 {
  title "No refusal of products or services for withholding or withdrawing consent, unless necessary"
  # en: [CDR] (chinadataregulation.com/translations/pipl/article-16); zh: [LRB]
  text "A personal information processor shall not refuse to provide products or services on the ground that an"
       "individual does not agree to the processing of the individual's personal information or withdraws consent,"
       "unless the processing of personal information is necessary for providing the products or services."
  text_zh "第十六条 个人信息处理者不得以个人不同意处理其个人信息或者撤回同意为由，拒绝提供产品或者服务；处理个人信息属于提供产品或者服务所必需的除外。"
}

provision PIPL Art. 17 {
  title "What the individual must be told before processing"
  # en: [PIPL.com] (paragraphs 1 and 2); zh: [CDR] (all three paragraphs)
  # unverified: an English translation of the third paragraph (published processing rules) from [PIPL.com].
  text "Prior to processing personal information, a personal information processor shall truthfully, accurately, and"
       "completely inform the individual of the following matters in an eye-catching manner and with clear and"
       "understandable language: (I) the name and contact information of the personal information processor; (II) the"
       "purpose and method of processing personal information, and the type and retention period of the processed"
       "personal information; (III) the method and procedure for the individual to exercise the rights provided"
       "herein; and (IV) other matters to be notified in accordance with the provisions of laws and administrative"
       "regulations.\nIf any of the matters provided in the preceding paragraph is changed, the individual shall be"
       "notified of such change."
  text_zh "第十七条 个人信息处理者在处理个人信息前，应当以显著方式、清晰易懂的语言真实、准确、完整地向个人告知下列事项：（一）个人信息处理者的名称或者姓名和联系方式；（二）个人信息的处理目的、处理方式，处理的个人信息种类、保存期限；（三）个人行使本法规定权利的方式和程序；（四）法律、行政法规规定应当告知的其他事项。\n前款规定事项发生变更的，应当将变更部分告知个人。\n个人信息处理者通过制定个人信息处理规则的方式告知第一款规定事项的，处理规则应当公开，并且便于查阅和保存。"
}

provision PIPL Art. 18 {
  title "Exceptions to notice; notice after an emergency"
  # en: [XL] (its translation says "handler" for the processor); zh: [LRB]
  text "When handling personal information, personal information handlers are permitted not to inform individuals of"
       "the matters specified in the first paragraph of the preceding article where laws or administrative regulations"
       "require confidentiality or provide no requirement for such notification.\nWhere it is impossible to notify"
       "individuals in a timely manner in a bid to protect natural persons' life, health and property safety in case of"
       "emergency, the personal information handlers shall notify them without delay after the emergency is removed."
  text_zh "第十八条 个人信息处理者处理个人信息，有法律、行政法规规定应当保密或者不需要告知的情形的，可以不向个人告知前条第一款规定的事项。\n紧急情况下为保护自然人的生命健康和财产安全无法及时向个人告知的，个人信息处理者应当在紧急情况消除后及时告知。"
}

provision PIPL Art. 19 {
  title "Retention for the shortest time necessary"
  # en: [CDR] (chinadataregulation.com/laws/pipl/articles/article-19/); zh: [LRB]
  text "Unless laws or administrative regulations provide otherwise, the retention period for personal information"
       "shall be the shortest period necessary to achieve the processing purpose."
  text_zh "第十九条 除法律、行政法规另有规定外，个人信息的保存期限应当为实现处理目的所必要的最短时间。"
}

provision PIPL Art. 20 {
  title "Joint processors: an agreement on their rights and duties; joint and several liability"
  # en: [PIPL.com] (article-20); zh: [LRB]
  text "Where more than two personal information processors jointly determine the purpose and method of processing"
       "personal information, their respective rights and obligations shall be agreed upon. However, such agreement"
       "shall not affect an individual's right to exercise the rights provided for in this Law against any of the"
       "personal information processors.\nWhere personal information processors jointly processing personal"
       "information infringes upon personal information rights and interests and cause damages, they shall bear joint"
       "and several liabilities in accordance with the law."
  text_zh "第二十条 两个以上的个人信息处理者共同决定个人信息的处理目的和处理方式的，应当约定各自的权利和义务。但是，该约定不影响个人向其中任何一个个人信息处理者要求行使本法规定的权利。\n个人信息处理者共同处理个人信息，侵害个人信息权益造成损害的，应当依法承担连带责任。"
}

provision PIPL Art. 21 {
  title "Entrusted processing: an agreement, supervision, no re-entrusting without consent"
  # en: [PIPL.com] (article-21), which agrees in substance with [XL]; zh: [LRB]
  text "Where a personal information processor entrusts others to process personal information, it shall agree with"
       "the entrusted party on the purpose, duration, and method of entrusted processing, type and protection measures"
       "of personal information as well as the rights and obligations of both parties, and supervise the personal"
       "information processing activities of the entrusted party.\nThe entrusted party shall process personal"
       "information as agreed and shall not process personal information beyond the agreed purpose and method of"
       "processing. If the contract is invalidated, invalid, revoked or terminated, the entrusted party shall return"
       "the personal information to the personal information processor or delete the personal information, and shall"
       "not retain the personal information.\nWithout the consent of the personal information processor, the"
       "entrusted party shall not re-entrust others to process personal information."
  text_zh "第二十一条 个人信息处理者委托处理个人信息的，应当与受托人约定委托处理的目的、期限、处理方式、个人信息的种类、保护措施以及双方的权利和义务等，并对受托人的个人信息处理活动进行监督。\n受托人应当按照约定处理个人信息，不得超出约定的处理目的、处理方式等处理个人信息；委托合同不生效、无效、被撤销或者终止的，受托人应当将个人信息返还个人信息处理者或者予以删除，不得保留。\n未经个人信息处理者同意，受托人不得转委托他人处理个人信息。"
}

provision PIPL Art. 22 {
  title "Transfer on merger, division, dissolution or bankruptcy"
  # en: [PIPL.com] (article-22); zh: [LRB]
  text "Where a personal information processor needs to transfer personal information due to reasons such as merger,"
       "division, dissolution, or being declared bankrupt, it shall inform the individual of the name and contact"
       "information of the recipient. The recipient shall continue to perform its obligations as a personal"
       "information processor. Where the recipient changes the original purpose and method of processing, it shall"
       "obtain the individual's consent anew in accordance with this Law."
  text_zh "第二十二条 个人信息处理者因合并、分立、解散、被宣告破产等原因需要转移个人信息的，应当向个人告知接收方的名称或者姓名和联系方式。接收方应当继续履行个人信息处理者的义务。接收方变更原先的处理目的、处理方式的，应当依照本法规定重新取得个人同意。"
}

provision PIPL Art. 23 {
  title "Providing personal information to another processor: notice of the recipient and separate consent"
  # zh: [LRB]
  # unverified: an English translation of Art. 23 (no established translation of this article could be retrieved).
  # Content: a processor that provides the personal information it processes to another processor shall tell the
  # individual the recipient's name, contact details, purpose and method of processing and the categories of
  # information, and obtain the individual's separate consent; the recipient stays within that purpose, method and
  # categories, and must obtain consent again to change the purpose or method.
  text "[No English translation of this provision could be verified; the Chinese original is in text_zh.]"
  text_zh "第二十三条 个人信息处理者向其他个人信息处理者提供其处理的个人信息的，应当向个人告知接收方的名称或者姓名、联系方式、处理目的、处理方式和个人信息的种类，并取得个人的单独同意。接收方应当在上述处理目的、处理方式和个人信息的种类等范围内处理个人信息。接收方变更原先的处理目的、处理方式的，应当依照本法规定重新取得个人同意。"
}

provision PIPL Art. 24 {
  title "Automated decision-making: transparency and fairness; explanation and refusal of decisions with a major impact"
  # en: [PIPL.com] (article-24), which agrees in substance with [XL]; zh: [LRB]
  text "Where personal information processors use personal information to make automatic decision, the transparency of"
       "decision-making and the fairness and justice of the results shall be ensured, and shall not impose unreasonable"
       "differential treatment on individuals in terms of transaction price and other transaction conditions.\nWhere"
       "business marketing and information push are carried out through automatic decision-making, options not based"
       "on his/her personal characteristics shall be provided at the same time, or a convenient way for individuals to"
       "reject shall be provided.\nWhere automatic decision-making has a significant impact on individual's rights and"
       "interests, he/she has the right to require the personal information processor to give an explanation, and to"
       "reject the decision made by the personal information processor only through automatic decision-making."
  text_zh "第二十四条 个人信息处理者利用个人信息进行自动化决策，应当保证决策的透明度和结果公平、公正，不得对个人在交易价格等交易条件上实行不合理的差别待遇。\n通过自动化决策方式向个人进行信息推送、商业营销，应当同时提供不针对其个人特征的选项，或者向个人提供便捷的拒绝方式。\n通过自动化决策方式作出对个人权益有重大影响的决定，个人有权要求个人信息处理者予以说明，并有权拒绝个人信息处理者仅通过自动化决策的方式作出决定。"
}

provision PIPL Art. 25 {
  title "No public disclosure of personal information without separate consent"
  # zh: [LRB]
  # unverified: an English translation. Content: a personal information processor may not make public the personal
  # information it processes, unless it has obtained the individual's separate consent.
  text "[No English translation of this provision could be verified; the Chinese original is in text_zh.]"
  text_zh "第二十五条 个人信息处理者不得公开其处理的个人信息，取得个人单独同意的除外。"
}

provision PIPL Art. 26 {
  title "Image collection and personal identification equipment in public places"
  # en: [NPC]; zh: [CDR]. Art. 26 speaks of "image collection" equipment as well as "personal identification"
  # equipment: it reaches plain CCTV in a public place, not only facial recognition.
  text "Image collection and personal identification equipment in public places shall be installed only when it is"
       "necessary for the purpose of maintaining public security, and shall be installed in compliance with the"
       "relevant provisions of the state and with prominent reminders. The personal images and identification"
       "information collected can only be used for the purpose of maintaining public security and, unless the"
       "individuals' separate consents are obtained, shall not be used for any other purpose."
  text_zh "第二十六条 在公共场所安装图像采集、个人身份识别设备，应当为维护公共安全所必需，遵守国家有关规定，并设置显著的提示标识。所收集的个人图像、身份识别信息只能用于维护公共安全的目的，不得用于其他目的；取得个人单独同意的除外。"
}

provision PIPL Art. 27 {
  title "Personal information the individual has disclosed, or that was lawfully disclosed"
  # en: [NPC]; zh: [LRB]
  text "A personal information processor may reasonably process the personal information disclosed by an individual"
       "himself or other legally disclosed personal information, except where the individual expressly refuses. Where"
       "the processing of disclosed personal information may have a significant impact on an individual's rights and"
       "interests, the personal information processors shall first obtain the individual's consent in accordance with"
       "the provisions of this Law."
  text_zh "第二十七条 个人信息处理者可以在合理的范围内处理个人自行公开或者其他已经合法公开的个人信息；个人明确拒绝的除外。个人信息处理者处理已公开的个人信息，对个人权益有重大影响的，应当依照本法规定取得个人同意。"
}

provision PIPL Art. 28 {
  title "Sensitive personal information (including biometrics)"
  # en: [NPC]; zh: [ESTS] law_contents/311
  text "\"Sensitive personal information\" is personal information that once leaked or illegally used, may easily lead"
       "to the infringement of the personal dignity of a natural person or may endanger his personal safety or"
       "property, including information such as biometrics, religious belief, specific identity, medical health"
       "status, financial accounts, and the person's whereabouts, as well as the personal information of a minor"
       "under the age of 14 years.\nPersonal information processors can process sensitive personal information only"
       "when there is a specific purpose and when it is of necessity, under the circumstance where strict protective"
       "measures are taken."
  text_zh "第二十八条 敏感个人信息是一旦泄露或者非法使用，容易导致自然人的人格尊严受到侵害或者人身、财产安全受到危害的个人信息，包括生物识别、宗教信仰、特定身份、医疗健康、金融账户、行踪轨迹等信息，以及不满十四周岁未成年人的个人信息。\n只有在具有特定的目的和充分的必要性，并采取严格保护措施的情形下，个人信息处理者方可处理敏感个人信息。"
}

provision PIPL Art. 29 {
  title "Separate consent for sensitive personal information"
  # en: [NPC], whose stored copy breaks off after "such provisions shall"; the final word "prevail" is as in
  # [PIPL.com]'s translation of the parallel clause of Art. 14.
  # zh: [LRB], which has a semicolon between the two clauses (oeeee.com, 2021-08-20, had printed a comma).
  text "For the processing of sensitive personal information, individual's separate consent shall be obtained. Where"
       "other laws or administrative regulations provide that written consent shall be obtained for the processing of"
       "sensitive personal information, such provisions shall prevail."
  text_zh "第二十九条 处理敏感个人信息应当取得个人的单独同意；法律、行政法规规定处理敏感个人信息应当取得书面同意的，从其规定。"
}

provision PIPL Art. 30 {
  title "Additional notice for sensitive personal information"
  # zh: [LRB]
  # unverified: an English translation of Art. 30 (the stored copy of [NPC] breaks off in Art. 29, and no other
  # established translation of this article could be retrieved). Content: besides the Art. 17(1) matters, the
  # processor shall notify the individual of the necessity of processing the sensitive personal information and of
  # its impact on the individual's rights and interests, except where this Law allows the individual not to be
  # notified.
  text "[No English translation of this provision could be verified; the Chinese original is in text_zh.]"
  text_zh "第三十条 个人信息处理者处理敏感个人信息的，除本法第十七条第一款规定的事项外，还应当向个人告知处理敏感个人信息的必要性以及对个人权益的影响；依照本法规定可以不向个人告知的除外。"
}

provision PIPL Art. 31 {
  title "Personal information of minors under 14"
  # zh: [LRB]; also as quoted in full by infoobs.com (2023-08-08) and lawparks.com
  # unverified: an English translation of Art. 31.
  text "[No English translation of this provision could be verified; the Chinese original is in text_zh.]"
  text_zh "第三十一条 个人信息处理者处理不满十四周岁未成年人个人信息的，应当取得未成年人的父母或者其他监护人的同意。\n个人信息处理者处理不满十四周岁未成年人个人信息的，应当制定专门的个人信息处理规则。"
}

provision PIPL Art. 33 {
  title "State organs: this Law applies, with the special provisions of this Section"
  # zh: [LRB]
  # unverified: an English translation of Art. 33. Content: this Law applies to the processing of personal
  # information by state organs; where this Section provides otherwise, this Section applies.
  text "[No English translation of this provision could be verified; the Chinese original is in text_zh.]"
  text_zh "第三十三条 国家机关处理个人信息的活动，适用本法；本节有特别规定的，适用本节规定。"
}

provision PIPL Art. 34 {
  title "State organs: within their statutory authority, procedures and necessary scope"
  # zh: [LRB]
  # unverified: an English translation of Art. 34 (the stored copy of [NPC] breaks off in Art. 29, and no other
  # established translation of this article could be retrieved). Content: state organs processing personal
  # information to perform their statutory duties shall act within the authority and procedures laid down by laws and
  # administrative regulations, and not beyond the scope and extent necessary to perform those duties.
  text "[No English translation of this provision could be verified; the Chinese original is in text_zh.]"
  text_zh "第三十四条 国家机关为履行法定职责处理个人信息，应当依照法律、行政法规规定的权限、程序进行，不得超出履行法定职责所必需的范围和限度。"
}

provision PIPL Art. 35 {
  title "State organs: duty to notify, and its exceptions"
  # zh: [LRB]
  # unverified: an English translation of Art. 35 (as for Art. 34). Content: state organs processing personal
  # information to perform their statutory duties shall notify as this Law requires, except in the circumstances of
  # Art. 18(1) or where notification would impede the performance of their statutory duties.
  text "[No English translation of this provision could be verified; the Chinese original is in text_zh.]"
  text_zh "第三十五条 国家机关为履行法定职责处理个人信息，应当依照本法规定履行告知义务；有本法第十八条第一款规定的情形，或者告知将妨碍国家机关履行法定职责的除外。"
}

provision PIPL Art. 36 {
  title "State organs: storage in China; a security assessment before providing abroad"
  # en: [XL] (article-36; it says "handler" for 个人信息处理者); zh: [LRB]
  text "Personal information handled by state organs shall be stored within the territory of the People's Republic of"
       "China. A security assessment shall be conducted where it is truly necessary to provide such information for"
       "any party outside of the territory of the People's Republic of China. In the security assessment the relevant"
       "departments shall provide support and assistance if so requested."
  text_zh "第三十六条 国家机关处理的个人信息应当在中华人民共和国境内存储；确需向境外提供的，应当进行安全评估。安全评估可以要求有关部门提供支持与协助。"
}

provision PIPL Art. 37 {
  title "Organisations with public-affairs functions authorised by law are treated as state organs"
  # zh: [LRB]
  # unverified: an English translation of Art. 37. Content: organisations authorised by laws or regulations to
  # manage public affairs, processing personal information to perform their statutory duties, are subject to this
  # Law's provisions on processing by state organs.
  text "[No English translation of this provision could be verified; the Chinese original is in text_zh.]"
  text_zh "第三十七条 法律、法规授权的具有管理公共事务职能的组织为履行法定职责处理个人信息，适用本法关于国家机关处理个人信息的规定。"
}

provision PIPL Art. 38 {
  title "Conditions for providing personal information abroad"
  # en: [PIPL.com] (tag page "state-cyberspace-administration", Art. 38 in full; it reads "by a specialized" where a
  # noun such as "institution" seems to be missing, given here as it stands); zh: [LRB]
  text "Where a personal information processor needs to provide personal information outside the territory of the"
       "People's Republic of China due to business or other needs, it shall meet any of the following conditions: (I)"
       "where it has passed the security assessment organized by the State cyberspace administration in accordance"
       "with Article 40 hereof; (II) where it has been certified by a specialized in accordance with the provisions of"
       "the State cyberspace administration in respect of the protection of personal information; (III) where it has"
       "concluded a contract with an overseas recipient according to the standard contract formulated by the State"
       "cyberspace administration, specifying the rights and obligations of both parties; or (IV) where it has"
       "satisfied other conditions prescribed by laws, administrative regulations, or the State cyberspace"
       "administration.\nWhere the international treaties and agreements that the People's Republic of China has"
       "concluded or participated in have provisions on the conditions for providing personal information outside the"
       "territory of the People's Republic of China, such provisions may be complied with.\nPersonal information"
       "processors shall take necessary measures to ensure that the processing of personal information by overseas"
       "recipients meets the personal information protection standards stipulated in this law."
  text_zh "第三十八条 个人信息处理者因业务等需要，确需向中华人民共和国境外提供个人信息的，应当具备下列条件之一：（一）依照本法第四十条的规定通过国家网信部门组织的安全评估；（二）按照国家网信部门的规定经专业机构进行个人信息保护认证；（三）按照国家网信部门制定的标准合同与境外接收方订立合同，约定双方的权利和义务；（四）法律、行政法规或者国家网信部门规定的其他条件。\n中华人民共和国缔结或者参加的国际条约、协定对向中华人民共和国境外提供个人信息的条件等有规定的，可以按照其规定执行。\n个人信息处理者应当采取必要措施，保障境外接收方处理个人信息的活动达到本法规定的个人信息保护标准。"
}

provision PIPL Art. 39 {
  title "Providing personal information abroad: notice of the overseas recipient and separate consent"
  # zh: [LRB]
  # unverified: an English translation of Art. 39 (no established translation of this article could be retrieved).
  # Content: a processor that provides personal information abroad shall tell the individual the overseas
  # recipient's name, contact details, purpose and method of processing, the categories of information and how the
  # individual may exercise the rights of this Law against the recipient, and obtain the individual's separate
  # consent.
  text "[No English translation of this provision could be verified; the Chinese original is in text_zh.]"
  text_zh "第三十九条 个人信息处理者向中华人民共和国境外提供个人信息的，应当向个人告知境外接收方的名称或者姓名、联系方式、处理目的、处理方式、个人信息的种类以及个人向境外接收方行使本法规定权利的方式和程序等事项，并取得个人的单独同意。"
}

provision PIPL Art. 40 {
  title "Critical information infrastructure operators and large processors: storage in China, security assessment"
  # en: [PIPL.com] (same page as Art. 38), whose stored copy breaks off in the last clause; zh: [LRB]
  # unverified: the English of the last clause ("...; where laws, administrative regulations or the State
  # cyberspace administration provide that no security assessment is needed, those provisions apply", in
  # substance).
  text "Critical information infrastructure operators and personal information processors whose processing of personal"
       "information reaches the number prescribed by the State cyberspace administration shall store the personal"
       "information collected and generated within the territory of the People's Republic of China within the"
       "territory of China. If it is indeed necessary to provide such information and data to overseas parties, it"
       "shall be subject to the security assessment organized by the State cyberspace administration; ..."
  text_zh "第四十条 关键信息基础设施运营者和处理个人信息达到国家网信部门规定数量的个人信息处理者，应当将在中华人民共和国境内收集和产生的个人信息存储在境内。确需向境外提供的，应当通过国家网信部门组织的安全评估；法律、行政法规和国家网信部门规定可以不进行安全评估的，从其规定。"
}

provision PIPL Art. 44 {
  title "The individual's right to know and to decide; to restrict or refuse processing"
  # zh: [LRB]
  # unverified: an English translation of Art. 44. Content: individuals have the right to know and to decide on the
  # processing of their personal information, and the right to restrict or refuse its processing by others, unless
  # laws or administrative regulations provide otherwise.
  text "[No English translation of this provision could be verified; the Chinese original is in text_zh.]"
  text_zh "第四十四条 个人对其个人信息的处理享有知情权、决定权，有权限制或者拒绝他人对其个人信息进行处理；法律、行政法规另有规定的除外。"
}

provision PIPL Art. 45 {
  title "The right to consult and copy; transfer to another processor"
  # zh: [LRB]
  # unverified: an English translation of Art. 45. Content: individuals may consult and copy their personal
  # information (except in the cases of Arts. 18(1) and 35), the processor shall provide it promptly, and where the
  # CAC's conditions are met it shall provide a way to transfer it to a processor the individual names.
  text "[No English translation of this provision could be verified; the Chinese original is in text_zh.]"
  text_zh "第四十五条 个人有权向个人信息处理者查阅、复制其个人信息；有本法第十八条第一款、第三十五条规定情形的除外。\n个人请求查阅、复制其个人信息的，个人信息处理者应当及时提供。\n个人请求将个人信息转移至其指定的个人信息处理者，符合国家网信部门规定条件的，个人信息处理者应当提供转移的途径。"
}

provision PIPL Art. 46 {
  title "The right to correction and completion"
  # zh: [LRB]
  # unverified: an English translation of Art. 46. Content: an individual who finds his or her personal information
  # inaccurate or incomplete may request its correction or completion, and the processor shall verify it and
  # correct or complete it promptly.
  text "[No English translation of this provision could be verified; the Chinese original is in text_zh.]"
  text_zh "第四十六条 个人发现其个人信息不准确或者不完整的，有权请求个人信息处理者更正、补充。\n个人请求更正、补充其个人信息的，个人信息处理者应当对其个人信息予以核实，并及时更正、补充。"
}

provision PIPL Art. 47 {
  title "Deletion"
  # en: [PIPL.com]; zh: [LRB]
  text "Under any of the following circumstances, a personal information processor shall delete personal information"
       "on its own initiative; if the personal information processor has not deleted it, the individual concerned"
       "shall have the right to request deletion: (I) where the purpose of processing has been achieved, unable to"
       "achieve, or is no longer necessary to achieve; (II) where the personal information processor stops providing"
       "products or services, or the agreed storage period has expired; (III) where the individual withdraws his/her"
       "consent; (IV) where the personal information processor processes personal information in violation of laws,"
       "administrative regulations, or the agreement; or (V) any other circumstance as prescribed by laws and"
       "administrative regulations.\nWhere the storage period as prescribed by laws and administrative regulations does"
       "not expire, or the deletion of personal information is difficult to be realized technically, the personal"
       "information processor shall stop processing personal information other than storage and taking necessary"
       "security measures."
  text_zh "第四十七条 有下列情形之一的，个人信息处理者应当主动删除个人信息；个人信息处理者未删除的，个人有权请求删除：（一）处理目的已实现、无法实现或者为实现处理目的不再必要；（二）个人信息处理者停止提供产品或者服务，或者保存期限已届满；（三）个人撤回同意；（四）个人信息处理者违反法律、行政法规或者违反约定处理个人信息；（五）法律、行政法规规定的其他情形。\n法律、行政法规规定的保存期限未届满，或者删除个人信息从技术上难以实现的，个人信息处理者应当停止除存储和采取必要的安全保护措施之外的处理。"
}

provision PIPL Art. 48 {
  title "The right to an explanation of the processing rules"
  # zh: [LRB]
  # unverified: an English translation of Art. 48. Content: individuals may require the processor to explain its
  # personal information processing rules.
  text "[No English translation of this provision could be verified; the Chinese original is in text_zh.]"
  text_zh "第四十八条 个人有权要求个人信息处理者对其个人信息处理规则进行解释说明。"
}

provision PIPL Art. 49 {
  title "Deceased persons: the close relatives' rights"
  # zh: [LRB]
  # unverified: an English translation. Content: where a natural person dies, his or her close relatives may, for
  # their own lawful and legitimate interests, exercise the rights of this chapter (consultation, copying,
  # correction, deletion and others) over the deceased's relevant personal information, unless the deceased arranged
  # otherwise during his or her lifetime.
  text "[No English translation of this provision could be verified; the Chinese original is in text_zh.]"
  text_zh "第四十九条 自然人死亡的，其近亲属为了自身的合法、正当利益，可以对死者的相关个人信息行使本章规定的查阅、复制、更正、删除等权利；死者生前另有安排的除外。"
}

provision PIPL Art. 50 {
  title "A convenient mechanism for requests; reasons for a refusal; the right to sue"
  # zh: [LRB]
  # unverified: an English translation of Art. 50. Content: processors shall establish a convenient mechanism for
  # accepting and handling individuals' requests to exercise their rights, and give reasons when they refuse; an
  # individual whose request is refused may sue in a people's court.
  text "[No English translation of this provision could be verified; the Chinese original is in text_zh.]"
  text_zh "第五十条 个人信息处理者应当建立便捷的个人行使权利的申请受理和处理机制。拒绝个人行使权利的请求的，应当说明理由。\n个人信息处理者拒绝个人行使权利的请求的，个人可以依法向人民法院提起诉讼。"
}

provision PIPL Art. 51 {
  title "Security measures"
  # en: [PIPL.com]; zh: [LRB]
  text "A personal information processor shall, according to the purpose and method of processing personal"
       "information, type of personal information, impact on individual's right and interest, and possible security"
       "risk, etc., take the following measures to ensure the compliance of personal information processing"
       "activities with provisions of laws and administrative regulations, and prevent unauthorized visit, or leakage,"
       "falsification, and loss of personal information: (I) formulating internal management system and operational"
       "procedures; (II) managing personal information by classification; (III) taking corresponding technical"
       "security measures such as encryption and de-identification; (IV) reasonably determining the authority to"
       "process personal information and conduct security education and training for employees on a regular basis;"
       "(V) formulating and organizing the implementation of emergency plans for personal information security"
       "incidents; and (VI) other measures as prescribed by laws and administrative regulations."
  text_zh "第五十一条 个人信息处理者应当根据个人信息的处理目的、处理方式、个人信息的种类以及对个人权益的影响、可能存在的安全风险等，采取下列措施确保个人信息处理活动符合法律、行政法规的规定，并防止未经授权的访问以及个人信息泄露、篡改、丢失：（一）制定内部管理制度和操作规程；（二）对个人信息实行分类管理；（三）采取相应的加密、去标识化等安全技术措施；（四）合理确定个人信息处理的操作权限，并定期对从业人员进行安全教育和培训；（五）制定并组织实施个人信息安全事件应急预案；（六）法律、行政法规规定的其他措施。"
}

provision PIPL Art. 52 {
  title "Personal information protection officer"
  # zh: [LRB]
  # unverified: an English translation of Art. 52 (no established translation could be retrieved). Content: a
  # processor whose processing reaches the quantity the State cyberspace administration prescribes shall designate a
  # person in charge of personal information protection, to supervise the processing and the protective measures;
  # every processor shall publish that person's contact details and report the name and contact details to the
  # authorities performing personal information protection duties.
  text "[No English translation of this provision could be verified; the Chinese original is in text_zh.]"
  text_zh "第五十二条 处理个人信息达到国家网信部门规定数量的个人信息处理者应当指定个人信息保护负责人，负责对个人信息处理活动以及采取的保护措施等进行监督。\n个人信息处理者应当公开个人信息保护负责人的联系方式，并将个人信息保护负责人的姓名、联系方式等报送履行个人信息保护职责的部门。"
}

provision PIPL Art. 53 {
  title "Processors abroad: a dedicated entity or representative in China"
  # zh: [LRB]
  # unverified: an English translation of Art. 53. Content: a processor outside China that falls under Art. 3(2)
  # shall set up a dedicated entity or designate a representative in China to handle personal information protection
  # matters, and report the entity's name or the representative's name and contact details to the authorities.
  text "[No English translation of this provision could be verified; the Chinese original is in text_zh.]"
  text_zh "第五十三条 本法第三条第二款规定的中华人民共和国境外的个人信息处理者，应当在中华人民共和国境内设立专门机构或者指定代表，负责处理个人信息保护相关事务，并将有关机构的名称或者代表的姓名、联系方式等报送履行个人信息保护职责的部门。"
}

provision PIPL Art. 57 {
  title "Leaks, tampering and loss: remedial measures and notification"
  # en: [PIPL.com] (article-57), which agrees in substance with [XL]; zh: [LRB]
  text "Where personal information has been or may be leaked, falsified, or lost, the personal information processor"
       "shall immediately take remedial measures and inform the department performing duties of personal information"
       "protection and the individuals concerned. The notice shall include the following particulars: (I) types and"
       "causes of personal information leakage, falsification, and loss that have occurred or may occur and the"
       "possible harm caused; (II) remedial measures taken by personal information processors and measures taken by"
       "individuals to mitigate harm; (III) contact information of the personal information processor.\nIf the"
       "personal information processor has taken measures to effectively avoid harm caused by information leakage,"
       "falsification, or loss, it may opt not to notify the individuals; however, if the department performing"
       "duties of personal information protection believes harm shall be caused, it may require the personal"
       "information processor to notify the individuals thereof."
  text_zh "第五十七条 发生或者可能发生个人信息泄露、篡改、丢失的，个人信息处理者应当立即采取补救措施，并通知履行个人信息保护职责的部门和个人。通知应当包括下列事项：（一）发生或者可能发生个人信息泄露、篡改、丢失的信息种类、原因和可能造成的危害；（二）个人信息处理者采取的补救措施和个人可以采取的减轻危害的措施；（三）个人信息处理者的联系方式。\n个人信息处理者采取措施能够有效避免信息泄露、篡改、丢失造成危害的，个人信息处理者可以不通知个人；履行个人信息保护职责的部门认为可能造成危害的，有权要求个人信息处理者通知个人。"
}

provision PIPL Art. 58 {
  title "Processors providing important internet platform services"
  # en: [PIPL.com] (article-58); zh: [LRB]
  text "Personal information processors that provide important Internet platform services with a large number of"
       "users and complex business types shall perform the following obligations: (I) Establish and improve the"
       "compliance system for personal information protection in accordance with state regulations, and establish an"
       "independent organization composed mainly of external members to protect personal information; (II) Formulate"
       "the rules of the platform in accordance with the principles of openness, fairness, and justice, to clarify the"
       "norms for the processing of personal information and the obligations of the product or service providers"
       "within the platform to protect personal information; (III) Stop providing services to the product or service"
       "providers on the platform that seriously violate laws and administrative regulations in processing personal"
       "information; (IV) Regular release of social responsibility report regarding personal information protection"
       "and subject to public supervision."
  text_zh "第五十八条 提供重要互联网平台服务、用户数量巨大、业务类型复杂的个人信息处理者，应当履行下列义务：（一）按照国家规定建立健全个人信息保护合规制度体系，成立主要由外部成员组成的独立机构对个人信息保护情况进行监督；（二）遵循公开、公平、公正的原则，制定平台规则，明确平台内产品或者服务提供者处理个人信息的规范和保护个人信息的义务；（三）对严重违反法律、行政法规处理个人信息的平台内的产品或者服务提供者，停止提供服务；（四）定期发布个人信息保护社会责任报告，接受社会监督。"
}

provision PIPL Art. 59 {
  title "The entrusted party's own duties"
  # zh: [LRB]
  # unverified: an English translation. Content: an entrusted party that processes personal information on a
  # processor's behalf takes, under this Law and the relevant laws and administrative regulations, the measures
  # necessary to secure the personal information it processes, and assists the processor in performing the duties
  # of this Law.
  text "[No English translation of this provision could be verified; the Chinese original is in text_zh.]"
  text_zh "第五十九条 接受委托处理个人信息的受托人，应当依照本法和有关法律、行政法规的规定，采取必要措施保障所处理的个人信息的安全，并协助个人信息处理者履行本法规定的义务。"
}

provision PIPL Art. 54 {
  title "Regular compliance audits"
  # en: as quoted by conventuslaw.com (analysis of the draft audit standard), not an established translation;
  # zh: [LRB]
  # unverified: the English is a law firm's rendering, not checked against an established translation.
  text "Personal information processors shall regularly conduct compliance audits of their handling of personal"
       "information in compliance with laws and administrative regulations."
  text_zh "第五十四条 个人信息处理者应当定期对其处理个人信息遵守法律、行政法规的情况进行合规审计。"
}

provision PIPL Art. 55 {
  title "Personal information protection impact assessment: when"
  # en: [NPC], items (1) to (4); item (5) as far as the stored copy reaches. zh: [LRB], complete.
  # unverified: the end of item (5) in English. The Chinese original of item (5) reads: other personal information
  # processing activities with a significant impact on individuals' rights and interests.
  text "In any of the following circumstances, a personal information processor shall assess in advance the impact on"
       "personal information protection and keep a record of the course of the processing: (1) processing sensitive"
       "personal information; (2) using personal information to conduct automated decision making; (3) entrusting"
       "personal information processing to another party, providing personal information for another party, or"
       "publicizing personal information; (4) providing personal information for any party outside the territory of"
       "the People's Republic of China; or (5) conducting other personal information processing activities which ..."
  text_zh "第五十五条 有下列情形之一的，个人信息处理者应当事前进行个人信息保护影响评估，并对处理情况进行记录：（一）处理敏感个人信息；（二）利用个人信息进行自动化决策；（三）委托处理个人信息、向其他个人信息处理者提供个人信息、公开个人信息；（四）向境外提供个人信息；（五）其他对个人权益有重大影响的个人信息处理活动。"
}

provision PIPL Art. 56 {
  title "Personal information protection impact assessment: contents and records"
  # en: [PIPL.com]; zh: [LRB]
  text "The personal information protection impact assessment shall include the following: (I) whether the purpose"
       "and method of processing personal information are legitimate, justifiable, and necessary; (II) impact on"
       "individuals' rights and interests and the security risks; and (III) whether the security protection measures"
       "taken are legitimate, effective, and appropriate to the degree of risks.\nThe personal information protection"
       "assessment report and processing record shall be kept for at least three years."
  text_zh "第五十六条 个人信息保护影响评估应当包括下列内容：（一）个人信息的处理目的、处理方式等是否合法、正当、必要；（二）对个人权益的影响及安全风险；（三）所采取的保护措施是否合法、有效并与风险程度相适应。\n个人信息保护影响评估报告和处理情况记录应当至少保存三年。"
}
