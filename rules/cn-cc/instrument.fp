# Civil Code of the People's Republic of China (CN-CC), 中华人民共和国民法典, adopted by the 13th National People's
# Congress at its third session on 2020-05-28, in force 2021-01-01: Book Four (personality rights), Chapter Six
# (privacy and personal information protection), Arts. 1034 to 1039, as the SPC's facial recognition Provisions
# apply them.
#
# The SPC Provisions (SPC-FR) are the Supreme People's Court's interpretation of these articles for faces: facial
# information is the "biometric information" of Art. 1034 (SPC-FR Art. 1(3)); the processor proves the facts of the
# Art. 1035(1) conditions (SPC-FR Art. 6(2)); SPC-FR Art. 5 refines the exemptions of Art. 1036. facepia encodes the
# articles as the Provisions apply them, to facial recognition, and reads each as a duty of the processor, because a
# processor that disregards it loses the civil case (as the SPC-FR pack does).
#
# Sources of the texts:
#   [LRB]  LawRefBook/Laws, 民法典/人格权编.md (commit 2f4c5c23), which takes its text from the national database of
#          laws and regulations: Arts. 1034 to 1039 in full. A second public copy of Arts. 1035 to 1039 (an HTML page
#          of extracts of the Civil Code held in the code index) agrees word for word.
# The Chinese original is the authentic text. No English translation was retrieved and checked: each `text` says so,
# and a comment gives the content.

instrument CN-CC {
  title "Civil Code of the People's Republic of China: privacy and personal information (Arts. 1034-1039)"
  title_zh "中华人民共和国民法典（第四编第六章 隐私权和个人信息保护）"
  jurisdiction "CN"
  in_force 2021-01-01
  # Civil activities in China: processing in China, or of people in China, as the PIPL's and the Provisions' reach.
  # Encoded as the SPC Provisions apply the articles: to facial recognition (verification, identification or
  # analysis of faces, SPC-FR Arts. 1, 2(1)). State organs are inside: Art. 1039 binds them (their processing
  # conditions are the PIPL's Arts. 33 to 37, which the PIPL pack tests).
  scope (jurisdiction.cn_processing or jurisdiction.cn_data_subjects)
    and (processing.creates_templates or processing.mode in {verification_1to1, identification_1ton, analysis_only})
  out_of_scope "facepia encodes the Civil Code's personal information articles as the SPC Provisions apply them: to"
               "facial recognition (verification, identification or analysis of faces) in China or reaching people"
               "in China; footage in which nothing is done with the faces is assessed under the PIPL only"
}

provision CN-CC Art. 1034 {
  title "Personal information is protected by law; biometric information is personal information"
  # zh: [LRB]
  # unverified: an English translation. Content: (1) natural persons' personal information is protected by law;
  # (2) personal information is information recorded electronically or otherwise that identifies a specific natural
  # person alone or combined with other information, including name, date of birth, identity document number,
  # biometric information, address, telephone number, e-mail, health information and whereabouts; (3) the private
  # information among it is governed by the provisions on privacy, and, where they say nothing, by those on personal
  # information.
  text "[No English translation of this provision could be verified; the Chinese original is in text_zh.]"
  text_zh "第一千零三十四条 自然人的个人信息受法律保护。\n个人信息是以电子或者其他方式记录的能够单独或者与其他信息结合识别特定自然人的各种信息，包括自然人的姓名、出生日期、身份证件号码、生物识别信息、住址、电话号码、电子邮箱、健康信息、行踪信息等。\n个人信息中的私密信息，适用有关隐私权的规定；没有规定的，适用有关个人信息保护的规定。"
}

provision CN-CC Art. 1035 {
  title "Lawful, legitimate, necessary processing, and its four conditions"
  # zh: [LRB]
  # unverified: an English translation. Content: personal information is processed under the principles of
  # lawfulness, legitimacy and necessity, not excessively, and on the conditions that (1) the natural person or his
  # guardian consents, unless laws or administrative regulations provide otherwise; (2) the rules of processing are
  # made public; (3) the purpose, method and scope of the processing are expressly stated; (4) laws, administrative
  # regulations and the parties' agreement are not breached. Processing includes collection, storage, use,
  # processing, transmission, provision and disclosure.
  text "[No English translation of this provision could be verified; the Chinese original is in text_zh.]"
  text_zh "第一千零三十五条 处理个人信息的，应当遵循合法、正当、必要原则，不得过度处理，并符合下列条件：（一）征得该自然人或者其监护人同意，但是法律、行政法规另有规定的除外；（二）公开处理信息的规则；（三）明示处理信息的目的、方式和范围；（四）不违反法律、行政法规的规定和双方的约定。\n个人信息的处理包括个人信息的收集、存储、使用、加工、传输、提供、公开等。"
}

provision CN-CC Art. 1036 {
  title "Processing for which the actor bears no civil liability"
  # zh: [LRB]
  # unverified: an English translation. Content: the actor bears no civil liability for (1) acts reasonably carried
  # out within the scope of the consent of the natural person or his guardian; (2) reasonable processing of
  # information the person disclosed himself or that was otherwise lawfully disclosed, unless he expressly refuses
  # or the processing harms his major interests; (3) other acts reasonably carried out to protect the public
  # interest or the person's lawful rights and interests.
  text "[No English translation of this provision could be verified; the Chinese original is in text_zh.]"
  text_zh "第一千零三十六条 处理个人信息，有下列情形之一的，行为人不承担民事责任：（一）在该自然人或者其监护人同意的范围内合理实施的行为；（二）合理处理该自然人自行公开的或者其他已经合法公开的信息，但是该自然人明确拒绝或者处理该信息侵害其重大利益的除外；（三）为维护公共利益或者该自然人合法权益，合理实施的其他行为。"
}

provision CN-CC Art. 1037 {
  title "Access, copies, correction, and deletion of unlawfully processed information"
  # zh: [LRB]
  # unverified: an English translation. Content: (1) a natural person may, in accordance with law, consult or copy
  # his personal information held by a processor, and, finding an error, object and request that it be corrected or
  # other necessary measures taken in time; (2) a natural person who finds that a processor processes his personal
  # information in breach of laws, administrative regulations or their agreement may request its deletion in time.
  text "[No English translation of this provision could be verified; the Chinese original is in text_zh.]"
  text_zh "第一千零三十七条 自然人可以依法向信息处理者查阅或者复制其个人信息；发现信息有错误的，有权提出异议并请求及时采取更正等必要措施。\n自然人发现信息处理者违反法律、行政法规的规定或者双方的约定处理其个人信息的，有权请求信息处理者及时删除。"
}

provision CN-CC Art. 1038 {
  title "No leaking, tampering or unlawful provision; security measures, remedies and notification"
  # zh: [LRB]
  # unverified: an English translation. Content: (1) a processor may not leak or tamper with the personal
  # information it collects and stores, nor, without the person's consent, unlawfully provide it to others, unless
  # it has been processed so that no specific person can be identified and it cannot be restored; (2) the processor
  # takes technical and other necessary measures to keep it secure and prevent leaks, tampering and loss, and, where
  # a leak, tampering or loss occurs or may occur, takes remedial measures in time, informs the natural persons as
  # provided and reports to the competent authorities.
  text "[No English translation of this provision could be verified; the Chinese original is in text_zh.]"
  text_zh "第一千零三十八条 信息处理者不得泄露或者篡改其收集、存储的个人信息；未经自然人同意，不得向他人非法提供其个人信息，但是经过加工无法识别特定个人且不能复原的除外。\n信息处理者应当采取技术措施和其他必要措施，确保其收集、存储的个人信息安全，防止信息泄露、篡改、丢失；发生或者可能发生个人信息泄露、篡改、丢失的，应当及时采取补救措施，按照规定告知自然人并向有关主管部门报告。"
}

provision CN-CC Art. 1039 {
  title "State organs keep confidential the personal information they learn in performing their duties"
  # zh: [LRB]
  # unverified: an English translation. Content: state organs, statutory bodies with administrative functions and
  # their staff keep confidential the privacy and personal information of natural persons that they learn in
  # performing their duties, and may not leak it or unlawfully provide it to others.
  text "[No English translation of this provision could be verified; the Chinese original is in text_zh.]"
  text_zh "第一千零三十九条 国家机关、承担行政职能的法定机构及其工作人员对于履行职责过程中知悉的自然人的隐私和个人信息，应当予以保密，不得泄露或者向他人非法提供。"
}
