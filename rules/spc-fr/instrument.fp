# Provisions of the Supreme People's Court on Several Issues concerning the Application of Law in the Trial of Civil
# Cases Relating to the Use of Facial Recognition Technology to Process Personal Information (SPC-FR),
# 法释〔2021〕15号, adopted by the SPC Judicial Committee on 2021-06-08, promulgated 2021-07-28, in force 2021-08-01.
#
# A judicial interpretation: it binds the people's courts when they try civil cases, so its "rules" say how a court
# will decide a civil claim (infringement of personality rights, validity of consent, standard terms). facepia reads
# each one as an obligation on the processor, because a processor that disregards it loses the civil case.
#
# Sources of the texts (every quotation below was checked against the source named beside it):
#   [UIA]  uianet.net and ekrvqnd.cn: the full Chinese text of Arts. 1 and 2 (items 1 to 5)
#   [LVS]  lvshizixunmianfei.com: the Chinese text from Art. 4 item 3 to Art. 8
#   [188]  188.idv.tw: Art. 10 first paragraph, quoted in full in a case note
#   [LRB]  LawRefBook/Laws, 司法解释/关于审理使用人脸识别技术处理个人信息相关民事案件适用法律若干问题的规定.md (commit
#          2f4c5c23): the full Chinese text; it agrees with every passage the other sources give
#   [CLT]  chinalawtranslate.com, "Provisions on Several Issues on the Application of Law in Hearing Civil Cases
#          Related to the Use of Facial Recognition Technology to Handle Personal Information" (English), Arts. 1-2
# The Chinese original is the authentic text. No English translation of Arts. 4, 5, 10 and 11, or of the items of
# Art. 2, could be checked; for those only the Chinese text is given, with the content in a comment.

instrument SPC-FR {
  title "Provisions of the Supreme People's Court on Several Issues concerning the Application of Law in the Trial of"
        "Civil Cases Relating to the Use of Facial Recognition Technology to Process Personal Information"
  title_zh "最高人民法院关于审理使用人脸识别技术处理个人信息相关民事案件适用法律若干问题的规定"
  jurisdiction "CN"
  in_force 2021-08-01
  # Civil cases before the people's courts: facial recognition by a processor in China, or reaching people in China.
  # Surveillance by the police and other state organs exercising public power is reviewed, if at all, in
  # administrative proceedings, not in civil cases; the SPC said so when it published the Provisions (reported by
  # jurist.org, 2021-08-01). Such deployments are reported as not applicable under SPC-FR.
  # And only facial recognition (Art. 1): verification, identification or analysis of faces (Art. 2(1)); a camera
  # that records footage and does nothing with the faces is outside the Provisions.
  scope (jurisdiction.cn_processing or jurisdiction.cn_data_subjects)
    and not controller.type in {law_enforcement, public_authority}
    and (processing.creates_templates or processing.mode in {verification_1to1, identification_1ton, analysis_only})
  out_of_scope "the Provisions govern civil cases on facial recognition (verification, identification or analysis of"
               "faces) by processors in China or reaching people in China (Arts. 1, 2); surveillance by the police"
               "and other state organs exercising public power is not a civil case: the PIPL's rules for state"
               "organs (Arts. 33 to 37) govern it"
}

provision SPC-FR Art. 1 {
  title "Scope: civil cases on facial recognition"
  # en: [CLT]; zh: [UIA]
  text "These Provisions apply to civil cases arising from information handlers use of facial recognition technology"
       "to handle facial information or facial information generated based on the facial recognition technology in"
       "violation of laws and administrative regulations or agreement between the parties,\nThe handling of facial"
       "information includes the collection, storage, use, processing, transmission, provision, disclosure, etc., of"
       "facial information.\n\"Facial Information\" as used in these Provisions belongs to \"biometric information\" as"
       "provided for in article 1034 of the Civil Code."
  text_zh "第一条 因信息处理者违反法律、行政法规的规定或者双方的约定使用人脸识别技术处理人脸信息、处理基于人脸识别技术生成的人脸信息所引起的民事案件，适用本规定。\n人脸信息的处理包括人脸信息的收集、存储、使用、加工、传输、提供、公开等。\n本规定所称人脸信息属于民法典第一千零三十四条规定的“生物识别信息”。"
}

provision SPC-FR Art. 2 {
  title "Processing of facial information that infringes personality rights"
  # zh: [LRB], complete; [UIA] for the chapeau and items (一) to (五).
  # en: [CLT], chapeau only (the stored copy breaks off in item (1)).
  # unverified: an English translation of the items. Content of items (六) to (八): providing facial information to
  # others in breach of laws, administrative regulations or the parties' agreement; processing facial information
  # contrary to public order and good morals; other processing in breach of the principles of lawfulness,
  # legitimacy and necessity.
  text "in any of the following circumstances, the people's courts shall find that information handlers' handling of"
       "facial information is a violation of natural persons' personality rights: ..."
  text_zh "第二条 信息处理者处理人脸信息有下列情形之一的，人民法院应当认定属于侵害自然人人格权益的行为：（一）在宾馆、商场、银行、车站、机场、体育场馆、娱乐场所等经营场所、公共场所违反法律、行政法规的规定使用人脸识别技术进行人脸验证、辨识或者分析；（二）未公开处理人脸信息的规则或者未明示处理的目的、方式、范围；（三）基于个人同意处理人脸信息的，未征得自然人或者其监护人的单独同意，或者未按照法律、行政法规的规定征得自然人或者其监护人的书面同意；（四）违反信息处理者明示或者双方约定的处理人脸信息的目的、方式、范围等；（五）未采取应有的技术措施或者其他必要措施确保其收集、存储的人脸信息安全，致使人脸信息泄露、篡改、丢失；（六）违反法律、行政法规的规定或者双方的约定，向他人提供人脸信息；（七）违背公序良俗处理人脸信息；（八）违反合法、正当、必要原则处理人脸信息的其他情形。"
}

provision SPC-FR Art. 4 {
  title "Consent obtained by compulsion is no defence"
  # zh: [LRB], complete; [LVS] for item (三).
  # unverified: an English translation. Content, as the SPC press conference of 2021-07-28 (reported by Xinhua,
  # csqac.com and others) and the seed article describe it: where the processor (1) requires the natural person to
  # consent to the processing of his facial information before it provides a product or service, unless processing
  # facial information is necessary to provide that product or service, (2) obtains the consent by bundling it with
  # other authorisations, or (3) otherwise forces or in disguised form forces the consent, the court does not
  # accept the defence that the natural person or his guardian consented.
  text "[No English translation of this provision could be verified; the Chinese original is in text_zh.]"
  text_zh "第四条 有下列情形之一，信息处理者以已征得自然人或者其监护人同意为由抗辩的，人民法院不予支持：（一）信息处理者要求自然人同意处理其人脸信息才提供产品或者服务的，但是处理人脸信息属于提供产品或者服务所必需的除外；（二）信息处理者以与其他授权捆绑等方式要求自然人同意处理其人脸信息的；（三）强迫或者变相强迫自然人同意处理其人脸信息的其他情形。"
}

provision SPC-FR Art. 5 {
  title "Defences: no civil liability"
  # zh: [LVS], complete.
  # unverified: an English translation. Content: the processor bears no civil liability where it processes facial
  # information (1) as necessary to respond to a public health emergency or, in an emergency, to protect natural
  # persons' life, health and property; (2) uses facial recognition in public places to maintain public security in
  # accordance with relevant State provisions; (3) for news reporting and public-opinion supervision in the public
  # interest, within a reasonable scope; (4) reasonably, within the scope of the consent of the natural person or
  # his guardian; (5) in other circumstances provided by laws and administrative regulations.
  text "[No English translation of this provision could be verified; the Chinese original is in text_zh.]"
  text_zh "第五条 有下列情形之一，信息处理者主张其不承担民事责任的，人民法院依法予以支持：（一）为应对突发公共卫生事件，或者紧急情况下为保护自然人的生命健康和财产安全所必需而处理人脸信息的；（二）为维护公共安全，依据国家有关规定在公共场所使用人脸识别技术的；（三）为公共利益实施新闻报道、舆论监督等行为在合理的范围内处理人脸信息的；（四）在自然人或者其监护人同意的范围内合理处理人脸信息的；（五）符合法律、行政法规规定的其他情形。"
}

provision SPC-FR Art. 10 {
  title "Residential property: facial recognition may not be the only way in"
  # zh: [LRB], both paragraphs; [188] for the first.
  # unverified: an English translation. Content: where a property services enterprise or other building manager
  # makes facial recognition the only means of verification for owners or property users entering and leaving the
  # property service area, the court supports an owner or user who does not agree and asks to be given another
  # reasonable means of verification; and where such a manager is in one of the situations of Art. 2, the court
  # supports a party's claim that it bear liability in tort.
  text "[No English translation of this provision could be verified; the Chinese original is in text_zh.]"
  text_zh "第十条 物业服务企业或者其他建筑物管理人以人脸识别作为业主或者物业使用人出入物业服务区域的唯一验证方式，不同意的业主或者物业使用人请求其提供其他合理验证方式的，人民法院依法予以支持。\n物业服务企业或者其他建筑物管理人存在本规定第二条规定的情形，当事人请求物业服务企业或者其他建筑物管理人承担侵权责任的，人民法院依法予以支持。"
}

provision SPC-FR Art. 11 {
  title "Standard terms granting unlimited, irrevocable or freely sub-licensable rights are void"
  # zh: [LRB]
  # unverified: an English translation. Content: where a processor concludes a contract with a natural person on
  # standard terms that require him to grant the processor a right to process his facial information without time
  # limit, irrevocably, or with the right freely to sub-license it, the court supports his claim under Civil Code
  # Art. 497 that the standard term is void.
  text "[No English translation of this provision could be verified; the Chinese original is in text_zh.]"
  text_zh "第十一条 信息处理者采用格式条款与自然人订立合同，要求自然人授予其无期限限制、不可撤销、可任意转授权等处理人脸信息的权利，该自然人依据民法典第四百九十七条请求确认格式条款无效的，人民法院依法予以支持。"
}
