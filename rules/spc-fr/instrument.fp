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
#   [LRB3] LawRefBook/Laws, the same file at commit 3a102140 (stored copy), read again for Arts. 3, 6 to 9 and 12 to
#          16; the text agrees with [LVS] for Arts. 6 to 8
# The Chinese original is the authentic text. No English translation of Arts. 3 to 16, or of the items of Art. 2,
# could be checked; for those only the Chinese text is given, with the content in a comment.

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

provision SPC-FR Art. 3 {
  title "What the court weighs in finding liability: minors, notice and consent, necessity"
  # zh: [LRB3]
  # unverified: an English translation. Content: in finding that a processor bears civil liability for infringing
  # a natural person's personality rights, the court applies Civil Code Art. 998 and weighs, on the facts of the
  # case, whether the victim is a minor, how notice was given and consent obtained, and how necessary the
  # processing was, among other factors.
  text "[No English translation of this provision could be verified; the Chinese original is in text_zh.]"
  text_zh "第三条 人民法院认定信息处理者承担侵害自然人人格权益的民事责任，应当适用民法典第九百九十八条的规定，并结合案件具体情况综合考量受害人是否为未成年人、告知同意情况以及信息处理的必要程度等因素。"
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

provision SPC-FR Art. 6 {
  title "Burden of proof: the processor proves the Civil Code Art. 1035(1) conditions and the Art. 5 defences"
  # zh: [LRB3]; [LVS]
  # unverified: an English translation. Content: (1) the burden of proof is allocated under the Civil Procedure
  # Law and the SPC's interpretations on it and on evidence; (2) a processor that claims its conduct met the
  # conditions of Civil Code Art. 1035(1) (consent, public rules, express purpose, method and scope, no breach of
  # law or agreement) bears the burden of proving the facts on which that claim rests; (3) a processor that claims
  # it bears no civil liability bears the burden of proving that its conduct falls within Art. 5.
  text "[No English translation of this provision could be verified; the Chinese original is in text_zh.]"
  text_zh "第六条 当事人请求信息处理者承担民事责任的，人民法院应当依据民事诉讼法第六十四条及《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第九十条、第九十一条，《最高人民法院关于民事诉讼证据的若干规定》的相关规定确定双方当事人的举证责任。\n信息处理者主张其行为符合民法典第一千零三十五条第一款规定情形的，应当就此所依据的事实承担举证责任。\n信息处理者主张其不承担民事责任的，应当就其行为符合本规定第五条规定的情形承担举证责任。"
}

provision SPC-FR Art. 7 {
  title "Several processors: liability by fault and harm, or joint and several; network services"
  # zh: [LRB3]; [LVS]
  # unverified: an English translation. Content: where several processors infringe a natural person's personality
  # rights by processing his facial information, the court supports his claim that they bear liability according
  # to their fault and the harm each caused, and, in the situations of Civil Code Arts. 1168, 1169(1), 1170 and
  # 1171, that they are jointly and severally liable; a processor that infringes through network services is
  # governed by Civil Code Arts. 1195 to 1197.
  text "[No English translation of this provision could be verified; the Chinese original is in text_zh.]"
  text_zh "第七条 多个信息处理者处理人脸信息侵害自然人人格权益，该自然人主张多个信息处理者按照过错程度和造成损害结果的大小承担侵权责任的，人民法院依法予以支持；符合民法典第一千一百六十八条、第一千一百六十九条第一款、第一千一百七十条、第一千一百七十一条等规定的相应情形，该自然人主张多个信息处理者承担连带责任的，人民法院依法予以支持。\n信息处理者利用网络服务处理人脸信息侵害自然人人格权益的，适用民法典第一千一百九十五条、第一千一百九十六条、第一千一百九十七条等规定。"
}

provision SPC-FR Art. 8 {
  title "Damages for property loss, including the reasonable costs of stopping the infringement"
  # zh: [LRB3]; [LVS]
  # unverified: an English translation. Content: the court supports a claim for property damages under Civil Code
  # Art. 1182; the reasonable expenses a natural person pays to stop the infringement, including reasonable costs
  # of investigation and evidence, are property loss, and the court may include reasonable lawyers' fees.
  text "[No English translation of this provision could be verified; the Chinese original is in text_zh.]"
  text_zh "第八条 信息处理者处理人脸信息侵害自然人人格权益造成财产损失，该自然人依据民法典第一千一百八十二条主张财产损害赔偿的，人民法院依法予以支持。\n自然人为制止侵权行为所支付的合理开支，可以认定为民法典第一千一百八十二条规定的财产损失。合理开支包括该自然人或者委托代理人对侵权行为进行调查、取证的合理费用。人民法院根据当事人的请求和具体案情，可以将合理的律师费用计算在赔偿范围内。"
}

provision SPC-FR Art. 9 {
  title "Injunction against a facial recognition infringement in progress or imminent"
  # zh: [LRB3]
  # unverified: an English translation. Content: where a natural person has evidence that a processor is
  # infringing, or is about to infringe, his privacy or other personality rights by facial recognition, and that
  # irreparable harm will follow if it is not stopped in time, the court may issue a personality-rights injunction
  # ordering the processor to stop.
  text "[No English translation of this provision could be verified; the Chinese original is in text_zh.]"
  text_zh "第九条 自然人有证据证明信息处理者使用人脸识别技术正在实施或者即将实施侵害其隐私权或者其他人格权益的行为，不及时制止将使其合法权益受到难以弥补的损害，向人民法院申请采取责令信息处理者停止有关行为的措施的，人民法院可以根据案件具体情况依法作出人格权侵害禁令。"
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

provision SPC-FR Art. 12 {
  title "Breach of the agreement: contractual liability, and deletion even where deletion was not agreed"
  # zh: [LRB3]
  # unverified: an English translation. Content: where a processor processes a natural person's facial
  # information in breach of their agreement, the court supports his claim for liability for breach of contract,
  # and his request, made with it, that the facial information be deleted; the processor's defence that the parties
  # made no agreement on deletion is not supported.
  text "[No English translation of this provision could be verified; the Chinese original is in text_zh.]"
  text_zh "第十二条 信息处理者违反约定处理自然人的人脸信息，该自然人请求其承担违约责任的，人民法院依法予以支持。该自然人请求信息处理者承担违约责任时，请求删除人脸信息的，人民法院依法予以支持；信息处理者以双方未对人脸信息的删除作出约定为由抗辩的，人民法院不予支持。"
}

provision SPC-FR Art. 13 {
  title "Several victims of the same processor: joint hearing with the parties' consent"
  # zh: [LRB3]
  # unverified: an English translation. Content: where several victims of the same processor's infringement sue
  # separately in the same court, the court may hear the cases together with the parties' consent.
  text "[No English translation of this provision could be verified; the Chinese original is in text_zh.]"
  text_zh "第十三条 基于同一信息处理者处理人脸信息侵害自然人人格权益发生的纠纷，多个受害人分别向同一人民法院起诉的，经当事人同意，人民法院可以合并审理。"
}

provision SPC-FR Art. 14 {
  title "Civil public-interest litigation"
  # zh: [LRB3]
  # unverified: an English translation. Content: where a processor's processing of facial information falls within
  # Civil Procedure Law Art. 55, Consumer Rights Protection Law Art. 47 or other laws on civil public-interest
  # litigation, the court accepts the public-interest suit that the organs and organisations named by law bring.
  text "[No English translation of this provision could be verified; the Chinese original is in text_zh.]"
  text_zh "第十四条 信息处理者处理人脸信息的行为符合民事诉讼法第五十五条、消费者权益保护法第四十七条或者其他法律关于民事公益诉讼的相关规定，法律规定的机关和有关组织提起民事公益诉讼的，人民法院应予受理。"
}

provision SPC-FR Art. 15 {
  title "Deceased persons: their close relatives may claim under the Provisions"
  # zh: [LRB3]
  # unverified: an English translation. Content: where, after a natural person's death, a processor processes his
  # facial information in breach of laws, administrative regulations or the parties' agreement, and the deceased's
  # close relatives claim civil liability under Civil Code Art. 994, these Provisions apply.
  text "[No English translation of this provision could be verified; the Chinese original is in text_zh.]"
  text_zh "第十五条 自然人死亡后，信息处理者违反法律、行政法规的规定或者双方的约定处理人脸信息，死者的近亲属依据民法典第九百九十四条请求信息处理者承担民事责任的，适用本规定。"
}

provision SPC-FR Art. 16 {
  title "In force on 1 August 2021; not applied to conduct before that day"
  # zh: [LRB3]
  # unverified: an English translation. Content: the Provisions take effect on 2021-08-01; they do not apply where
  # the processor's use of facial recognition, or its processing of facial information generated by it, took place
  # before that day. facepia applies this through the instrument's in_force date and the assessment date
  # (`--as-of`): a deployment assessed before 2021-08-01 is not assessed under the Provisions.
  text "[No English translation of this provision could be verified; the Chinese original is in text_zh.]"
  text_zh "第十六条 本规定自2021年8月1日起施行。\n信息处理者使用人脸识别技术处理人脸信息、处理基于人脸识别技术生成的人脸信息的行为发生在本规定施行前的，不适用本规定。"
}
