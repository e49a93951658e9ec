// The report's own headings and labels in English and Chinese, and escaping for HTML, Markdown and DOT.
#include "document.hpp"
#include "facepia/engine/facts.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

namespace facepia::reports::detail {

namespace {

struct Label {
  std::string_view key;
  std::string_view en;
  std::string_view zh;
};

// Sorted by key (checked at first use) so that lookups are binary searches.
constexpr Label labels[] = {
    {"action", "Action", "措施"},
    {"action_answer_questions", "Answer the open questions of section 7 (state the facts), then re-assess",
     "回答第7节的待确认问题（声明相关事实），然后重新评估"},
    {"action_plan", "Action plan", "行动计划"},
    {"action_questions_why",
     "rules cannot be decided on the facts stated; those that are blocking keep the decision at deny (fail "
     "closed)",
     "条规则无法依据已声明的事实作出判定；其中阻断性规则使结论维持为拒绝（失效即关闭）"},
    {"action_state", "State", "声明"},
    {"action_then", "then", "然后"},
    {"after", "after the action plan", "执行行动计划后"},
    {"after_measures", "After the declared measures", "现有措施后"},
    {"all_instruments_apply", "Every instrument facepia encodes bears on this deployment.",
     "facepia 收录的每部法律文件均适用于本部署。"},
    {"annex_intro",
     "The criteria that WP248 rev.01 (Annex 2) sets for an acceptable DPIA, each with whether this report "
     "meets "
     "it and where.",
     "WP248 rev.01（附件二）规定的可接受的数据保护影响评估标准，逐项说明本报告是否满足及所在位置。"},
    {"annex_note",
     "Met: the report covers the criterion with stated facts. Partly: some of the facts it needs are not "
     "stated. Not met: the deployment states nothing the criterion needs; complete it before sign-off.",
     "满足：报告以已声明事实涵盖该标准。部分满足：所需部分事实未声明。未满足：部署未声明该标准所需的任何事实"
     "，签署前须补充。"},
    {"as_of", "As of", "评估基准日"},
    {"assessment_id", "Assessment id", "评估编号"},
    {"asset", "Asset", "资产"},
    {"asset_cameras", "Cameras or face terminals", "摄像头或人脸识别终端"},
    {"asset_encrypted", "encrypted in transit", "传输加密"},
    {"asset_hardware", "Hardware", "硬件"},
    {"asset_kind", "Kind", "类别"},
    {"asset_links", "Links between cameras, servers and recipients", "摄像头、服务器和接收方之间的链路"},
    {"asset_network", "Network", "网络"},
    {"asset_not_encrypted", "not stated to be encrypted in transit", "未声明传输加密"},
    {"asset_people", "People", "人员"},
    {"asset_pipeline", "Detection, template and matching software", "检测、模板和比对软件"},
    {"asset_restricted", "access restricted to named staff", "仅限指定人员访问"},
    {"asset_software", "Software", "软件"},
    {"asset_staff", "Staff who enrol, operate and administer", "负责登记、操作和管理的人员"},
    {"asset_store", "Storage", "存储"},
    {"asset_template_store", "Template store", "模板库"},
    {"asset_unrestricted", "access not stated to be restricted", "未声明访问限制"},
    {"basis", "Basis", "依据"},
    {"before", "with the declared measures", "现有措施下"},
    {"before_measures", "Before the measures", "措施前"},
    {"blocking", "Blocking", "阻断性"},
    {"blocking_findings", "Blocking findings", "阻断性结论"},
    {"blocking_rules", "Blocking rules it holds up", "受影响的阻断性规则"},
    {"blocking_waiting",
     "blocking rules wait on facts the deployment does not state; they keep the decision at deny until "
     "answered (section 7, open questions).",
     "条阻断性规则有待部署未声明的事实；在回答之前，结论维持为拒绝（见第7节待确认问题）。"},
    {"c_access", "Right of access and to data portability (Arts. 15 and 20)",
     "查阅权和数据可携权（第15条、第20条）"},
    {"c_assets",
     "The assets on which personal data rely (hardware, software, networks, people, paper or paper "
     "transmission channels) are identified",
     "识别个人数据所依赖的资产（硬件、软件、网络、人员、纸质文件或纸质传递渠道）"},
    {"c_codes", "Compliance with approved codes of conduct is taken into account (Art. 35(8))",
     "考虑对经批准的行为准则的遵守情况（第35条第8款）"},
    {"c_data_recipients_retention",
     "Personal data, recipients and the period for which the data will be stored are recorded",
     "记录个人数据、接收方及数据保存期限"},
    {"c_dpo", "The advice of the DPO is sought (Art. 35(2))", "征求数据保护官的意见（第35条第2款）"},
    {"c_erasure", "Right to rectification and to erasure (Arts. 16, 17 and 19)",
     "更正权和删除权（第16、17、19条）"},
    {"c_functional", "A functional description of the processing operation is provided",
     "提供处理操作的功能性描述"},
    {"c_impacts",
     "Potential impacts on the data subjects' rights and freedoms are identified in case of illegitimate "
     "access, "
     "undesired modification and disappearance of data",
     "识别非法访问、非预期修改和数据丢失时对数据主体权利和自由的潜在影响"},
    {"c_information", "Information provided to the data subjects (Arts. 12, 13 and 14)",
     "向数据主体提供的信息（第12、13、14条）"},
    {"c_lawfulness", "Lawfulness of processing (Art. 6)", "处理的合法性（第6条）"},
    {"c_likelihood", "Likelihood and severity are estimated (Recital 90)",
     "估计可能性和严重程度（鉴于条款第90条）"},
    {"c_measures_determined",
     "Measures envisaged to comply with the Regulation are determined (Art. 35(7)(d), Recital 90)",
     "确定为遵守条例而拟采取的措施（第35条第7款(d)项，鉴于条款第90条）"},
    {"c_minimisation", "Data adequate, relevant and limited to what is necessary (Art. 5(1)(c))",
     "数据充分、相关且限于必要范围（第5条第1款(c)项）"},
    {"c_nature",
     "The nature, scope, context and purposes of the processing are taken into account (Recital 90)",
     "考虑处理的性质、范围、背景和目的（鉴于条款第90条）"},
    {"c_objection", "Right to object and to restriction of processing (Arts. 18, 19 and 21)",
     "反对权和限制处理权（第18、19、21条）"},
    {"c_prior", "Prior consultation (Art. 36)", "事先咨询（第36条）"},
    {"c_processors", "Relationships with processors (Art. 28)", "与处理者的关系（第28条）"},
    {"c_purposes", "Specified, explicit and legitimate purposes (Art. 5(1)(b))",
     "特定、明确且合法的目的（第5条第1款(b)项）"},
    {"c_risks_appreciated",
     "Origin, nature, particularity and severity of the risks are appreciated for each risk (illegitimate "
     "access, undesired modification, disappearance of data) from the data subjects' perspective (Recital "
     "84)",
     "从数据主体角度评估每项风险（非法访问、非预期修改、数据丢失）的来源、性质、特殊性和严重程度（鉴于条款第8"
     "4条）"},
    {"c_sources", "Risk sources are taken into account (Recital 90)", "考虑风险来源（鉴于条款第90条）"},
    {"c_storage", "Limited storage duration (Art. 5(1)(e))", "有限的保存期限（第5条第1款(e)项）"},
    {"c_threats",
     "Threats that could lead to illegitimate access, undesired modification and disappearance of data are "
     "identified",
     "识别可能导致非法访问、非预期修改和数据丢失的威胁"},
    {"c_transfers", "Safeguards surrounding international transfers (Chapter V)",
     "国际传输的保障措施（第五章）"},
    {"c_treatment", "Measures envisaged to treat those risks are determined (Art. 35(7)(d), Recital 90)",
     "确定应对上述风险的拟采取措施（第35条第7款(d)项，鉴于条款第90条）"},
    {"c_views",
     "The views of data subjects or their representatives are sought, where appropriate (Art. 35(9))",
     "在适当情况下征求数据主体或其代表的意见（第35条第9款）"},
    {"citations", "Citations", "援引条款"},
    {"compliant_rules", "Rules met", "已满足的规则"},
    {"conditions", "Runtime conditions", "运行条件"},
    {"conditions_intro",
     "The deployment is allowed only while these conditions hold; the bundled recognition runtime enforces "
     "them "
     "and refuses to start on a condition it does not know.",
     "仅在满足以下条件时方可运行；内置识别运行时强制执行这些条件，遇到未知条件时拒绝启动。"},
    {"contents", "Contents", "目录"},
    {"controller", "Controller", "控制者"},
    {"counts", "Findings", "结论统计"},
    {"criterion", "Criterion", "标准"},
    {"d_assets", "Assets", "资产"},
    {"d_controller", "Controller and scope", "控制者与适用范围"},
    {"d_data", "Data, data subjects and retention", "数据、数据主体与保存期限"},
    {"d_dataflow", "Data-flow diagram", "数据流图"},
    {"d_flows", "Storage, recipients, transfers and security", "存储、接收方、传输与安全"},
    {"d_legal_basis", "Legal basis claimed", "所主张的合法性基础"},
    {"d_own_words", "The processing in the controller's words", "控制者对处理活动的描述"},
    {"d_processing", "Purposes and processing", "目的与处理方式"},
    {"dataflow_caption",
     "Data flow from capture to deletion. Dashed: a flow the deployment does not state (open question); red: "
     "a "
     "cross-border flow.",
     "从采集到删除的数据流。虚线：部署未声明的流向（待确认问题）；红色：跨境流向。"},
    {"date", "Date", "日期"},
    {"decision", "Decision", "结论"},
    {"decision_allow", "ALLOW", "允许"},
    {"decision_allow_text", "No blocking rule is breached or undetermined: the deployment may proceed.",
     "没有阻断性规则被违反或无法判定：部署可以进行。"},
    {"decision_conditional", "ALLOW WITH CONDITIONS", "附条件允许"},
    {"decision_conditional_text",
     "The deployment may proceed only under the runtime conditions in section 6, which the recognition "
     "runtime "
     "enforces.",
     "部署仅可在第6节所列运行条件下进行，识别运行时将强制执行这些条件。"},
    {"decision_deny", "DENY", "禁止"},
    {"decision_deny_text",
     "The deployment must not go ahead: a blocking rule is breached, or cannot be decided because facts are "
     "missing (fail closed).",
     "部署不得进行：存在被违反的阻断性规则，或因事实缺失而无法判定（失效即关闭）。"},
    {"deployment", "Deployment", "部署"},
    {"derived_read", "Judgements read", "引用的评估判断"},
    {"description", "Description", "说明"},
    {"description_intro",
     "The processing as the deployment declares it (GDPR Art. 35(7)(a); PIPL Art. 56(1)(1)). A fact the "
     "deployment does not state is shown as not stated: it is unknown, never assumed.",
     "按部署声明描述处理活动（GDPR "
     "第35条第7款(a)"
     "项；个人信息保护法第56条第1款第1项）。部署未声明的事实显示为“未声明”：视为未知，绝不推定。"},
    {"detail", "Detail", "详情"},
    {"df_abroad", "Outside the jurisdiction", "境外"},
    {"df_ambient", "everyone in view", "视野内所有人"},
    {"df_attributes", "attributes", "属性"},
    {"df_capture", "Capture", "采集"},
    {"df_contract", "contract", "合同"},
    {"df_controller", "Controller", "控制者"},
    {"df_covert", "covert", "隐蔽"},
    {"df_cross_border", "cross-border transfer", "跨境传输"},
    {"df_deletion", "deleted at purpose end", "目的实现后删除"},
    {"df_detection", "Face detection", "人脸检测"},
    {"df_disclosure", "disclosure", "提供"},
    {"df_encrypted", "encrypted at rest", "静态加密"},
    {"df_enrolment", "enrolment", "登记"},
    {"df_erase", "erase", "删除"},
    {"df_face", "face", "人脸"},
    {"df_face_crop", "face crop", "人脸区域"},
    {"df_image", "image", "图像"},
    {"df_images", "images", "图像"},
    {"df_live", "live", "实时"},
    {"df_matching", "Matching", "比对"},
    {"df_no_template", "No templates (attribute analysis only)", "不生成模板（仅属性分析）"},
    {"df_probe", "probe template", "待比对模板"},
    {"df_recipients", "Recipients and processors", "接收方与受托人"},
    {"df_reference", "reference templates", "参考模板"},
    {"df_result", "match result", "比对结果"},
    {"df_retention", "Retention and deletion", "保存与删除"},
    {"df_retrospective", "retrospective", "事后检索"},
    {"df_storage", "Template storage", "模板存储"},
    {"df_subjects", "Data subjects", "数据主体"},
    {"df_template", "Template creation", "生成特征模板"},
    {"df_templates", "templates", "模板"},
    {"df_use", "Use", "用途"},
    {"dpo_opinion", "Opinion of the data protection officer", "数据保护官意见"},
    {"dpo_opinion_blank", "To be written by the DPO: advice on the assessment and on the action plan.",
     "由数据保护官填写：对评估及行动计划的意见。"},
    {"draft_mark", "DRAFT — NOT FOR FILING", "草稿——不得用于备案"},
    {"draft_note",
     "A trial assessment: it was not recorded in the assessment store, and this report may not be filed or "
     "relied on.",
     "试评估：本评估未记入评估存储，本报告不得用于备案或作为依据。"},
    {"due", "Due", "期限"},
    {"engine_version", "Engine version", "引擎版本"},
    {"exception", "Exception applied", "适用的例外"},
    {"explanation", "Why", "理由"},
    {"fact", "Fact", "事实"},
    {"factor", "Factor", "因素"},
    {"finding", "Finding", "结论"},
    {"g_description", "Systematic description (Art. 35(7)(a))", "系统性描述（第35条第7款(a)项）"},
    {"g_necessity", "Necessity and proportionality (Art. 35(7)(b))", "必要性与相称性（第35条第7款(b)项）"},
    {"g_parties", "Interested parties are involved", "相关方的参与"},
    {"g_risks", "Risks to rights and freedoms are managed (Art. 35(7)(c))",
     "管理对权利和自由的风险（第35条第7款(c)项）"},
    {"generated_at", "Generated", "生成时间"},
    {"group", "Part", "部分"},
    {"impacts", "Impacts on the data subjects", "对数据主体的影响"},
    {"in_force_from", "In force from", "施行日期"},
    {"inst_in_force_from", "in force from", "生效日期"},
    {"inst_is_out_of_scope", "out of scope", "不在适用范围内"},
    {"inst_not_assessed",
     "Not assessed: this instrument applies to the deployment, but none of its encoded rules covers it. "
     "Silence of "
     "the encoded law is no finding of lawfulness, so the decision is deny; assess the deployment under this "
     "instrument by hand",
     "未评估：该法律文件适用于本部署，但其已编码的规则均不涵盖本部署。已编码法律的沉默并不意味着合法，因此决"
     "定为拒绝；"
     "请依该法律文件人工评估"},
    {"inst_not_in_force", "not in force on the assessment date", "评估基准日未生效"},
    {"inst_out_of_scope", "Out of scope", "不适用"},
    {"inst_scope_unknown", "Whether this instrument applies is unknown until the deployment states",
     "在部署说明以下事实之前，无法确定该法律文件是否适用："},
    {"instruments_assessed", "Instruments assessed", "评估所依据的法律文件"},
    {"item", "Item", "项"},
    {"judged_by", "judged by the assessor", "评估器："},
    {"keep_note",
     "Keep this report and the processing records for at least three years (PIPL Art. 56); the assessment "
     "store records each assessment with a keep-until date.",
     "本报告和处理记录至少保存三年（个人信息保护法第56条）；评估库为每次评估记录保存期限。"},
    {"keep_note_store",
     "Keep this report with the records of processing; the assessment store records each assessment with a "
     "keep-until date.",
     "本报告应与处理活动记录一并保存；评估库为每次评估记录保存期限。"},
    {"key", "Key", "键"},
    {"kicker_gdpr", "GDPR Art. 35", "GDPR 第35条"},
    {"kicker_pipl", "PIPL Art. 55–56", "个人信息保护法第55–56条"},
    {"lawful_path", "Path to lawful", "合法化路径"},
    {"lawful_path_intro",
     "The smallest sets of changes, among those the controller can make, after which no rule is breached; "
     "each "
     "was found by assessing the deployment again with the changes, on the same day and under the same "
     "rules. "
     "Where rules stay undetermined, the decision then turns on the open questions (section 7):",
     "在控制者可采取的变更中，实施后不再违反任何规则的最小变更组合；每一组合均通过在同一基准日、依同一规则对"
     "变更后"
     "的部署重新评估得出。若仍有规则无法判定，变更后的决定取决于待决问题（第7节）："},
    {"lawful_path_max", "Sets of up to this many changes were tried:", "尝试的变更组合最多包含的变更数："},
    {"lawful_path_method",
     "Changes of the law, of the people concerned or of the purpose are not tried. Re-assessments made:",
     "不尝试改变法律、相关人员或处理目的。重新评估次数："},
    {"lawful_path_open", "no rule breached; decided by the open questions on the rules still undetermined",
     "不再违反任何规则；由仍无法判定的规则所涉待决问题决定"},
    {"lawful_path_still_breached", "With every change tried made at once, these rules are still breached",
     "即使同时实施所有已尝试的变更，以下规则仍被违反"},
    {"lawful_path_tried", "Changes tried", "已尝试的变更"},
    {"lawfulness_intro",
     "Each instrument in turn: every breach and open question in full, with the provisions it cites, the "
     "finding "
     "in plain words, the judgements it read and the remedy; then the rules met, and the rules that do not "
     "apply. The cited paragraphs are quoted in the annex; the evaluation of each rule is in the JSON "
     "assessment.",
     "逐部法律文件列明：每项违反和待确认事项的完整内容，包括所引条款、结论、所依据的判断及整改措施；其后为已"
     "满足的规"
     "则和不适用的规则。所引条款原文载于附件；每条规则的评估过程见 JSON 评估结果。"},
    {"level_1", "negligible", "可忽略"},
    {"level_2", "limited", "有限"},
    {"level_3", "significant", "严重"},
    {"level_4", "maximum", "最高"},
    {"levels_intro",
     "Likelihood and severity on CNIL's four levels, before the measures and with the measures the "
     "deployment declares; where a fact is not stated the level is a range from the most to the least "
     "favourable answer. The measures planned would lower the risk further and are carried into the action "
     "plan (section 6).",
     "可能性和严重程度按 CNIL "
     "四级评定，分别列出措施前和部署所声明措施下的等级；事实未声明时，等级为最有利与最不利答案之间的区间。计"
     "划措施可进一步降低风险，并列入行动计划（第6节）。"},
    {"likelihood", "Likelihood", "可能性"},
    {"lxs", "likelihood × severity", "可能性 × 严重程度"},
    {"m_a", "Systematic description of the processing and its purposes", "处理操作及其目的的系统性描述"},
    {"m_b", "Necessity and proportionality in relation to the purposes", "相对于目的的必要性与相称性"},
    {"m_c", "Risks to the rights and freedoms of data subjects", "对数据主体权利和自由的风险"},
    {"m_consult", "DPO advice, data subjects' views, prior consultation",
     "数据保护官意见、数据主体意见、事先咨询"},
    {"m_d", "Measures envisaged to address the risks", "应对风险的拟采取措施"},
    {"m_gbt_impact", "Analysis of the impact on personal rights and interests", "个人权益影响分析"},
    {"m_gbt_mapping", "Data mapping analysis", "数据映射分析"},
    {"m_gbt_necessity", "Analysis of whether an assessment is needed", "评估必要性分析"},
    {"m_gbt_preparation", "Preparation: the assessor, the scope, the plan", "评估准备工作"},
    {"m_gbt_report", "The assessment report", "评估报告"},
    {"m_gbt_security", "Comprehensive analysis of security risks", "安全风险综合分析"},
    {"m_gbt_sources", "Identification of risk sources", "风险源识别"},
    {"m_gbt_treatment", "Risk treatment and continuous improvement", "风险处置和持续改进"},
    {"m_pipl1", "Whether the purposes and methods are lawful, legitimate and necessary",
     "处理目的、处理方式等是否合法、正当、必要"},
    {"m_pipl2", "The impact on individuals' rights and interests, and the security risks",
     "对个人权益的影响及安全风险"},
    {"m_pipl3", "Whether the protective measures are lawful, effective and proportionate to the risk",
     "所采取的保护措施是否合法、有效并与风险程度相适应"},
    {"m_pipl_keep", "The report and processing records are kept for at least three years",
     "评估报告和处理情况记录至少保存三年"},
    {"mapping", "Mapping to GDPR Art. 35(7) and PIPL Art. 56",
     "与 GDPR 第35条第7款及个人信息保护法第56条的对应"},
    {"mapping_gdpr", "Mapping to GDPR Art. 35(7)", "与 GDPR 第35条第7款的对应"},
    {"mapping_pipl", "Mapping to PIPL Art. 56", "与个人信息保护法第56条的对应"},
    {"measure", "Measure", "措施"},
    {"measures_controller", "The controller's own measures", "控制者自定的措施"},
    {"measures_controller_missing",
     "The deployment writes none of its own (dpia.measures: one a line, `measure | owner | YYYY-MM-DD`); the "
     "action plan below is what the rules and the risk register require.",
     "部署未写明自定措施（dpia.measures：每行一项，格式为“措施 | 负责人 | "
     "YYYY-MM-DD”）；下列行动计划为规则和风险登记册所要求的措施。"},
    {"measures_existing", "Measures in place", "现有措施"},
    {"measures_in_place", "Measures in place", "现有措施"},
    {"measures_planned", "Measures planned", "计划措施"},
    {"missing_facts", "Facts not stated", "未声明的事实"},
    {"n_alternatives", "Alternatives and less intrusive means", "替代方式与侵害更小的手段"},
    {"n_balancing", "Balancing of legitimate interests (GDPR Art. 6(1)(f))",
     "正当利益权衡（GDPR 第6条第1款(f)项）"},
    {"n_balancing_missing",
     "The controller relies on legitimate interests but has not written its balancing test (dpia.balancing).",
     "控制者依据正当利益，但未写明利益权衡（dpia.balancing）。"},
    {"n_consent", "Consent", "同意"},
    {"n_findings", "Findings that rely on these judgements", "依据上述判断的结论"},
    {"n_information", "Information to data subjects", "对数据主体的告知"},
    {"name", "Name", "姓名"},
    {"necessity_intro",
     "The assessors' judgements (power imbalance, consent freely given, necessity) with the factors they "
     "weighed "
     "and the sources they rely on, then the facts on alternatives, consent and information that the "
     "proportionality of the processing turns on (GDPR Art. 35(7)(b); PIPL Art. 56(1)(1)).",
     "评估器的判断（权力不平衡、同意是否自愿、必要性）及其考量的因素和依据，以及与处理相称性相关的替代方式、"
     "同意和告知事实（GDPR 第35条第7款(b)项；个人信息保护法第56条第1款第1项）。"},
    {"no", "no", "否"},
    {"no_assessors", "No assessor judged this deployment.", "没有评估器对本部署作出判断。"},
    {"no_conditions", "No runtime condition is imposed.", "未施加运行条件。"},
    {"no_lawful_path",
     "No set of the changes the controller can make ends every breach: the processing stays unlawful for "
     "this "
     "purpose whatever the controller does.",
     "控制者可采取的任何变更组合均不能消除所有违规：无论控制者如何变更，为此目的的处理仍不合法。"},
    {"no_open_questions", "None: every rule could be decided on the stated facts.",
     "无：所有规则均可根据已声明事实作出判定。"},
    {"none", "none", "无"},
    {"not_applicable_instruments", "Instruments not assessed or not applicable", "未评估或不适用的法律文件"},
    {"not_applicable_rules", "Rules that do not apply", "不适用的规则"},
    {"not_declared", "not declared", "未声明"},
    {"not_encoded",
     "facepia encodes only the instruments named in this report. It does not encode, and this report does "
     "not "
     "assess: the national laws that implement or supplement them (e.g. on schools, employment or biometric "
     "data), the EU Law Enforcement Directive 2016/680, contract, consumer and labour law, other US state "
     "biometric laws (e.g. Texas, Washington), the laws of other countries, nor sector rules and codes of "
     "conduct. A lawyer checks those.",
     "facepia "
     "仅收录本报告列明的法律文件。以下内容未收录，本报告亦未评估：实施或补充上述法律文件的国家法律（如学校、"
     "就业或生物识别数据方面的法律）、欧盟执法指令（2016/"
     "680）、合同法、消费者权益保护法和劳动法、美国其他州的生物识别"
     "法律（如得克萨斯州、华盛顿州）、其他国家的法律，以及行业规则和行为准则。这些须由律师审查。"},
    {"not_in_force", "Provisions not in force on the assessment date", "评估基准日未生效的条款"},
    {"not_stated", "not stated", "未声明"},
    {"open_questions_intro",
     "Facts the deployment does not state, with the rules each one holds up. A blocking rule that is "
     "undetermined makes the decision deny until the fact is stated.",
     "部署未声明的事实及其影响的规则。阻断性规则无法判定时，在补充该事实之前结论为禁止。"},
    {"open_questions_other", "Also not stated, holding up rules that are not blocking",
     "此外未声明、影响非阻断性规则的事实"},
    {"other_facts", "Other facts the deployment states", "部署声明的其他事实"},
    {"other_rules", "Other rules", "其他规则"},
    {"overridden", "Overridden", "已人工覆盖"},
    {"override_only", "Set by an override", "由人工覆盖设定"},
    {"owner", "Owner", "负责人"},
    {"owner_note",
     "Owner and due date: where the deployment does not declare them (action_plan.owner, action_plan.due), "
     "the DPO "
     "assigns them before sign-off.",
     "负责人和期限：部署未声明的（action_plan.owner、action_plan.due），由数据保护官在签署前指定。"},
    {"page", "Page", "页码"},
    {"pipia_not_required", "None of the PIPL Art. 55 items is met: no PIPIA is required by that article.",
     "不符合个人信息保护法第55条的任何情形：该条不要求进行个人信息保护影响评估。"},
    {"pipia_required",
     "A personal information protection impact assessment is required before processing (PIPL Art. 55).",
     "处理前应当进行个人信息保护影响评估（个人信息保护法第55条）。"},
    {"pipia_unknown", "Whether PIPL Art. 55 requires a PIPIA depends on facts not stated.",
     "是否须依个人信息保护法第55条进行评估取决于未声明的事实。"},
    {"pipl_screening", "PIPL Art. 55: when a personal information protection impact assessment is required",
     "个人信息保护法第55条：应当事前进行个人信息保护影响评估的情形"},
    {"prior_consultation", "Prior consultation (GDPR Art. 36)", "事先咨询（GDPR 第36条）"},
    {"prior_not_required",
     "On this register no risk stays high after the action plan; prior consultation is not required on that "
     "ground.",
     "根据本登记册，执行行动计划后没有风险仍处于高位；不因此需要事先咨询。"},
    {"prior_required",
     "A high residual risk remains after the action plan: consult the supervisory authority before "
     "processing "
     "(GDPR Art. 36(1)).",
     "执行行动计划后仍存在高剩余风险：处理前须咨询监管机构（GDPR 第36条第1款）。"},
    {"prior_unknown",
     "Whether the supervisory authority must be consulted first (GDPR Art. 36(1)) depends on facts not "
     "stated: treat it as required until they are.",
     "是否须事先咨询监管机构（GDPR 第36条第1款）取决于未声明的事实：在事实明确前按须咨询处理。"},
    {"priority", "Priority", "优先级"},
    {"priority_blocking", "1 before any processing", "1 处理前必须完成"},
    {"priority_major", "2 major", "2 重要"},
    {"priority_minor", "3 minor", "3 次要"},
    {"priority_risk", "2 risk treatment", "2 风险处置"},
    {"provision", "Provision", "条款"},
    {"question", "Question", "问题"},
    {"quoted_above", "quoted above", "原文见上文"},
    {"reason_all_compliant", "Every applicable rule is compliant.", "所有适用规则均合规。"},
    {"reason_applies", "applies", "适用"},
    {"reason_applies_when_false", "its condition of application is not met", "适用条件不满足"},
    {"reason_conditions", "Runtime conditions the recognition runtime enforces (section 6)",
     "识别运行时强制执行的运行条件（第6节）"},
    {"reason_instrument_not_in_force", "the instrument is not in force on the assessment date",
     "该法律文件在评估基准日未生效"},
    {"reason_instrument_not_selected", "the assessment was made under other instruments only",
     "本次评估仅依其他法律文件进行"},
    {"reason_no_longer_in_force", "the provision is no longer in force", "该条款已失效"},
    {"reason_none_breached", "No applicable rule is breached or left undetermined",
     "没有适用规则被违反或无法判定"},
    {"reason_not_yet_in_force", "the provision is not yet in force", "该条款尚未生效"},
    {"reason_out_of_scope", "outside the instrument's scope", "不属于该法律文件的适用范围"},
    {"reason_questions", "Facts not stated that hold up blocking rules (section 7)",
     "未声明且影响阻断性规则的事实（第7节）"},
    {"reasoning", "Reasoning", "理由"},
    {"reasons", "Reasons", "理由"},
    {"register", "Risk register", "风险登记册"},
    {"remedy", "Remedy", "补救措施"},
    {"repealed", "Repealed", "废止日期"},
    {"requirement", "Requirement", "要求"},
    {"residual_high", "High residual risk after the declared measures", "现有措施后的高剩余风险"},
    {"risk", "Risk", "风险"},
    {"risk_map", "Risk map", "风险图"},
    {"risk_map_caption",
     "Severity by likelihood on CNIL's four levels: each risk before the measures (left) and with the "
     "measures the deployment declares (right). Red markers sit in the high zone. In the text grid, R1 → R1 "
     "reads before → after.",
     "严重程度与可能性（CNIL "
     "四级）：左图为措施前，右图为部署所声明措施下。红色标记位于高风险区。文字网格中“R1 → R1”表示措施前 → "
     "措施后。"},
    {"risk_not_applicable", "does not arise (no facial templates)", "不适用（未生成人脸特征模板）"},
    {"risk_reasoning", "How the levels were reached", "等级的得出过程"},
    {"risk_source", "Judged by", "评估来源"},
    {"risk_sources", "Risk sources", "风险来源"},
    {"risks_intro",
     "The risks to the data subjects' rights and freedoms, each with its sources, impacts and threats, and "
     "its "
     "likelihood and severity before and after the measures (GDPR Art. 35(7)(c); PIPL Art. 56(1)(2)).",
     "对数据主体权利和自由的风险，逐项列明来源、影响、威胁以及措施前后的可能性和严重程度（GDPR "
     "第35条第7款(c)项；个人信息保护法第56条第1款第2项）。"},
    {"role", "Role", "角色"},
    {"rule", "Rule", "规则"},
    {"rules_version", "Rules version", "规则版本"},
    {"s_annex", "Annex: WP248 Annex 2 checklist", "附件：WP248 附件二核对表"},
    {"s_annex_plain", "Annex", "附件"},
    {"s_consultation", "Consultation and sign-off", "咨询与签署"},
    {"s_description", "Systematic description", "系统性描述"},
    {"s_lawfulness", "Lawfulness, instrument by instrument", "合法性（逐部法律文件）"},
    {"s_measures", "Measures and action plan", "措施与行动计划"},
    {"s_necessity", "Necessity and proportionality", "必要性与相称性"},
    {"s_open_questions", "Open questions", "待确认问题"},
    {"s_risks", "Risks", "风险"},
    {"s_summary", "Summary", "摘要"},
    {"screening", "High-risk screening (WP248 criteria)", "高风险筛查（WP248 标准）"},
    {"screening_judgements", "The assessors' conclusions", "评估器结论"},
    {"screening_met", "Criteria met", "满足的标准数"},
    {"screening_not_required", "Fewer than two criteria are met: WP248 does not presume a high risk.",
     "满足的标准少于两项：WP248 不推定为高风险。"},
    {"screening_required",
     "Two or more criteria are met: WP248 presumes a high risk, and a DPIA is required (GDPR Art. 35(1)).",
     "满足两项或以上标准：WP248 推定为高风险，须开展数据保护影响评估（GDPR 第35条第1款）。"},
    {"screening_unknown", "Whether two criteria are met depends on facts not stated.",
     "是否满足两项标准取决于未声明的事实。"},
    {"see_open_questions", "The facts each waits on are the open questions of section 7.",
     "各规则所待确认的事实见第7节待确认问题。"},
    {"severity", "Severity", "严重程度"},
    {"sign_assessor", "Author of the assessment", "评估撰写人"},
    {"sign_controller", "For the controller", "控制者代表"},
    {"sign_dpo", "Data protection officer", "数据保护官"},
    {"signature", "Signature", "签名"},
    {"signatures", "Signatures", "签署"},
    {"source", "Source", "依据"},
    {"st_breach", "breach", "违反"},
    {"st_compliant", "compliant", "合规"},
    {"st_met", "met", "满足"},
    {"st_no", "no", "否"},
    {"st_not_applicable", "not applicable", "不适用"},
    {"st_not_met", "not met", "未满足"},
    {"st_partly", "partly", "部分满足"},
    {"st_undetermined", "undetermined", "无法判定"},
    {"st_unknown", "unknown", "未知"},
    {"st_yes", "yes", "是"},
    {"state", "State", "状态"},
    {"state_in_force", "in force", "有效"},
    {"state_no_longer_in_force", "no longer in force", "已失效"},
    {"state_not_yet_in_force", "not yet in force", "尚未生效"},
    {"status", "Status", "状态"},
    {"statute", "Statute", "法条原文"},
    {"statute_texts", "Statute texts cited by the breaches", "违反事项所引条款原文"},
    {"statute_texts_intro", "Each cited paragraph once, whole, in the wording of the rule pack's source.",
     "每个所引条款仅引用一次，全文照录，文本以规则包的来源为准。"},
    {"threats", "Threats", "威胁"},
    {"title", "Data protection impact assessment", "数据保护影响评估（个人信息保护影响评估）"},
    {"title_col", "Title", "标题"},
    {"title_gdpr", "Data protection impact assessment", "数据保护影响评估"},
    {"title_pipl", "Personal information protection impact assessment", "个人信息保护影响评估"},
    {"undetermined_rules", "Rules that cannot be decided on the facts stated",
     "无法依据已声明事实判定的规则"},
    {"unknown", "unknown", "未知"},
    {"unstated_note",
     "The tables of this report list the facts the deployment states; those it leaves unstated that a rule "
     "needs are the open questions of section 7.",
     "本报告各表仅列出部署已声明的事实；规则所需而未声明的事实见第7节待确认问题。"},
    {"use_less_intrusive",
     "The deployment states that a means without faces achieves the purpose "
     "(less_intrusive_means.available): use it instead.",
     "部署声明不处理人脸的方式即可实现目的（less_intrusive_means.available）：应改用该方式。"},
    {"value", "Value", "值"},
    {"views", "Views of the data subjects or their representatives", "数据主体或其代表的意见"},
    {"views_blank", "Record whose views were sought, how, and what they said (GDPR Art. 35(9)).",
     "记录向谁、以何种方式征求了意见及其意见内容（GDPR 第35条第9款）。"},
    {"where", "Where in this report", "本报告中的位置"},
    {"why", "Why", "原因"},
    {"workflow", "Version, author and review", "版本、编写人与复核"},
    {"wp248_annex2", "WP248 rev.01 Annex 2: criteria for an acceptable DPIA",
     "WP248 rev.01 附件二：可接受的数据保护影响评估标准"},
    {"yes", "yes", "是"},
    {"zone_elevated", "elevated", "较高"},
    {"zone_high", "high: consult the authority if it remains", "高：如仍存在须事先咨询监管机构"},
    {"zone_low", "low", "低"},
    {"zone_marker_high", "a risk in the high zone", "位于高风险区的风险"},
    {"zone_moderate", "moderate", "中等"},
    {"zone_uncertain", "dashed: a range (facts not stated), placed at the worst case",
     "虚线：区间（事实未声明），按最坏情况标注"},
};

bool sorted() {
  return std::is_sorted(std::begin(labels), std::end(labels),
                        [](const Label& a, const Label& b) { return a.key < b.key; });
}

} // namespace

std::string label(Lang lang, std::string_view key) {
  static const bool ok = sorted();
  const Label* end = std::end(labels);
  const Label* it = end;
  if (ok) {
    it = std::lower_bound(std::begin(labels), end, key,
                          [](const Label& l, std::string_view k) { return l.key < k; });
    if (it != end && it->key != key) {
      it = end;
    }
  } else {
    it = std::find_if(std::begin(labels), end, [&](const Label& l) { return l.key == key; });
  }
  if (it == end) {
    return "[" + std::string(key) + "]"; // a missing label shows, and the tests look for it
  }
  return std::string(lang == Lang::zh ? it->zh : it->en);
}

namespace {

// An enumeration value by the vocabulary's label; a value the vocabulary does not label reads with spaces
// for '_'.
std::string enum_text(Lang lang, const std::string& name, const dsl::EnumDecl* declaration) {
  if (declaration != nullptr) {
    if (const dsl::Label* l = declaration->value_label(name); l != nullptr && !l->empty()) {
      return l->in(lang == Lang::zh);
    }
  }
  std::string out = name;
  std::replace(out.begin(), out.end(), '_', ' ');
  return out;
}

std::string unit_text(Lang lang, const std::string& unit, double value) {
  if (unit.empty()) {
    return {};
  }
  if (lang == Lang::zh) {
    if (unit == "days" || unit == "day") {
      return " 天";
    }
    if (unit == "persons" || unit == "person") {
      return " 人";
    }
    if (unit == "years" || unit == "year") {
      return " 年";
    }
    return " " + unit;
  }
  if (value == 1.0 && unit.size() > 1 && unit.back() == 's') {
    return " " + unit.substr(0, unit.size() - 1);
  }
  return " " + unit;
}

} // namespace

std::string value_text(Lang lang, const dsl::Value& value, const dsl::EnumDecl* declaration) {
  if (const auto* b = std::get_if<bool>(&value)) {
    return label(lang, *b ? "yes" : "no");
  }
  if (const auto* e = std::get_if<dsl::EnumValue>(&value)) {
    return enum_text(lang, e->name, declaration);
  }
  if (const auto* set = std::get_if<dsl::EnumSet>(&value)) {
    if (set->empty()) {
      return label(lang, "none");
    }
    std::string out;
    for (const auto& v : *set) {
      out += (out.empty() ? "" : (lang == Lang::zh ? "、" : ", ")) + enum_text(lang, v, declaration);
    }
    return out;
  }
  if (const auto* q = std::get_if<dsl::Quantity>(&value)) {
    char buf[48];
    if (std::fabs(q->value - std::round(q->value)) < 1e-9 && std::fabs(q->value) < 1e15) {
      std::snprintf(buf, sizeof buf, "%.0f", q->value);
    } else {
      std::snprintf(buf, sizeof buf, "%g", q->value);
    }
    std::string digits = buf;
    if (lang == Lang::en && digits.size() > 4 &&
        digits.find_first_not_of("0123456789") == std::string::npos) {
      for (auto at = static_cast<std::ptrdiff_t>(digits.size()) - 3; at > 0; at -= 3) {
        digits.insert(static_cast<std::size_t>(at), ",");
      }
    }
    return digits + unit_text(lang, q->unit, q->value);
  }
  return dsl::format_value(value);
}

const dsl::EnumDecl* enum_of(const dsl::Program& program, const dsl::Value& value) {
  std::string_view name;
  if (const auto* e = std::get_if<dsl::EnumValue>(&value)) {
    name = e->name;
  } else if (const auto* set = std::get_if<dsl::EnumSet>(&value); set != nullptr && !set->empty()) {
    name = *set->begin();
  } else {
    return nullptr;
  }
  for (const auto& declaration : program.enums) {
    if (declaration.value_label(name) != nullptr) {
      return &declaration;
    }
  }
  return nullptr;
}

std::string escape_markdown_cell(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '|') {
      out += "\\|";
    } else if (c == '\n') {
      out += "<br>";
    } else if (c == '<') {
      out += "&lt;";
    } else if (c == '>') {
      out += "&gt;";
    } else {
      out += c;
    }
  }
  return out;
}

std::string escape_dot(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else {
      out += c;
    }
  }
  return out;
}

} // namespace facepia::reports::detail
