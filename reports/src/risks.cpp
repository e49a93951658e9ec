#include "risks.hpp"

#include "facts_view.hpp"

#ifdef FACEPIA_HAVE_ASSESSORS
#include "facepia/assessors/assessors.hpp"
#endif

#include <algorithm>

namespace facepia::reports::detail {

namespace {

std::string tr(Lang lang, const char* en, const char* zh) {
  return lang == Lang::zh ? zh : en;
}

int clamp_level(int v) {
  return std::clamp(v, 1, 4);
}

// A declared security measure: true, false (the set is stated without it) or unknown (no set stated: the
// report treats it as absent and says so).
bool measure(const FactsView& f, const char* name) {
  return f.has("security.measures", name).value_or(false);
}

} // namespace

bool RiskAnalysis::residual_high() const {
  if (has_high_residual) {
    return high_residual.value_or(true); // unknown: fail closed, as the rules do
  }
  return std::any_of(risks.begin(), risks.end(),
                     [](const Risk& r) { return r.after.likelihood >= 3 && r.after.severity >= 3; });
}

RiskAnalysis builtin_analysis(const engine::Assessment& a, Lang lang) {
  FactsView f(a);
  RiskAnalysis out;
  out.source = tr(lang, "built-in estimate from the stated facts", "根据所声明事实的内置估计");

  const bool templates = f.flag("processing.creates_templates").value_or(true);
  const auto mode = f.enumeration("processing.mode");
  const bool identification = mode == std::optional<std::string>("identification_1ton");
  const auto storage = f.enumeration("storage.templates");
  const bool remote = storage == std::optional<std::string>("central_server") ||
                      storage == std::optional<std::string>("cloud_service") || !storage;
  const bool transfer = f.flag("transfer.outside_jurisdiction").value_or(false);
  const bool third_parties = f.flag("recipients.third_parties").value_or(false);
  const auto categories = f.set("data_subjects.categories");
  const bool vulnerable = categories && (categories->count("minors") || categories->count("under_14") ||
                                         categories->count("pupils") || categories->count("employees"));
  const bool ambient = f.flag("capture.ambient").value_or(false);
  const bool covert = f.flag("processing.covert").value_or(false);
  const auto location = f.enumeration("processing.location");
  const bool public_place = location == std::optional<std::string>("public_area") ||
                            location == std::optional<std::string>("publicly_accessible_premises");
  const auto secondary = f.flag("processing.secondary_use");
  const auto retention = f.number("retention.templates");
  const auto deletion = f.flag("deletion.on_purpose_end");
  const auto alternatives = f.flag("alternatives.offered");
  const auto convenient = f.flag("alternatives.equally_convenient");
  const auto condition_of_service = f.flag("consent.condition_of_service");
  const auto imbalance = f.derived_flag("assess.power_imbalance");
  const bool measures_stated = f.set("security.measures").has_value();

  auto in_place = [&](std::vector<const char*> names) {
    std::vector<std::string> have;
    for (const char* name : names) {
      if (measure(f, name)) {
        have.emplace_back(name);
      }
    }
    return have;
  };
  auto planned = [&](std::vector<std::pair<const char*, std::string>> names) {
    std::vector<std::string> need;
    for (auto& [name, what] : names) {
      if (!measure(f, name)) {
        need.push_back(std::string(name) + ": " + what);
      }
    }
    return need;
  };
  const std::string unstated =
      measures_stated ? std::string()
                      : tr(lang, " The deployment states no security measures: none are counted.",
                           "部署未声明任何安全措施：按无措施计。");

  // R1 illegitimate access (CNIL feared event 1).
  {
    Risk r;
    r.id = "R1";
    r.title = tr(lang, "Illegitimate access to face images and templates", "人脸图像和特征模板被非法访问");
    r.sources = tr(lang, "external attackers; staff or processors exceeding their access; recipients",
                   "外部攻击者；越权的员工或受托人；接收方");
    r.impacts =
        tr(lang,
           "identity theft and impersonation with data that cannot be changed; tracking of the people "
           "enrolled; exposure of who was where",
           "利用无法更改的数据冒用身份；追踪已登记的人；暴露行踪");
    r.threats = tr(lang, "intrusion into the template store, copying of backups, interception in transit",
                   "入侵模板库、复制备份、传输中被截获");
    int severity = templates ? 3 : 2;
    if (identification || vulnerable) {
      severity += 1;
    }
    int likelihood = 3 + ((remote || transfer || third_parties) ? 1 : 0);
    likelihood -= measure(f, "encryption_at_rest") ? 1 : 0;
    likelihood -= measure(f, "access_restriction") ? 1 : 0;
    r.before = {clamp_level(likelihood), clamp_level(severity)};
    int after = 3 + ((remote || transfer || third_parties) ? 1 : 0) - 2;
    r.after = {clamp_level(after),
               clamp_level(severity - (storage == std::optional<std::string>("on_device") ? 1 : 0))};
    r.measures_in_place =
        in_place({"encryption_at_rest", "encryption_in_transit", "access_restriction", "audit_logging"});
    r.measures_planned = planned(
        {{"encryption_at_rest", tr(lang, "encrypt templates at rest", "静态加密特征模板")},
         {"encryption_in_transit", tr(lang, "encrypt images and templates in transit", "传输加密")},
         {"access_restriction", tr(lang, "named staff only, least privilege", "仅限指定人员、最小权限")},
         {"audit_logging", tr(lang, "log every access and match", "记录每次访问和比对")}});
    r.rationale =
        tr(lang,
           "Severity: biometric templates cannot be revoked (significant); maximum when faces are "
           "searched 1:N or belong to minors, pupils or employees. Likelihood: high, higher when "
           "templates leave the device (central, cloud, recipients, abroad), lower by one for each of "
           "encryption at rest and access restriction.",
           "严重程度：生物特征模板无法撤销（严重）；1:N 检索或涉及未成年人、学生、员工时为最高。"
           "可能性：高；模板离开设备（集中存储、云、接收方、境外）时更高；静态加密、访问限制各降一级。") +
        unstated;
    out.risks.push_back(std::move(r));
  }

  // R2 unwanted modification: wrong matches, tampered templates (CNIL feared event 2).
  {
    Risk r;
    r.id = "R2";
    r.title = tr(lang, "Unwanted modification: false matches and altered templates",
                 "非预期修改：误识别和模板被篡改");
    r.sources = tr(lang, "the matching algorithm; operators; attackers with write access",
                   "比对算法；操作人员；具有写权限的攻击者");
    r.impacts = tr(lang,
                   "a person is refused entry or service, marked absent, or wrongly suspected; errors fall "
                   "unevenly across ages and skin tones",
                   "当事人被拒绝进入或服务、被记为缺勤或被错误怀疑；错误在不同年龄和肤色间分布不均");
    r.threats = tr(lang, "threshold set too loose, enrolment of the wrong face, tampering with the store",
                   "阈值过宽、登记错误的人脸、篡改模板库");
    int severity = identification ? 3 : 2;
    int likelihood = 2 + (identification ? 1 : 0) - (measure(f, "audit_logging") ? 1 : 0);
    r.before = {clamp_level(likelihood), clamp_level(severity)};
    r.after = {clamp_level(1 + (identification ? 1 : 0)), clamp_level(severity)};
    r.measures_in_place = in_place({"audit_logging", "access_restriction"});
    r.measures_planned =
        planned({{"audit_logging", tr(lang, "log every match so that a wrong one can be traced",
                                      "记录每次比对，以便追查错误")}});
    r.measures_planned.push_back(tr(lang,
                                    "human review of every refusal; a measured threshold and error rates",
                                    "每次拒绝均经人工复核；经测量的阈值和错误率"));
    r.rationale = tr(lang,
                     "Severity: significant when a 1:N search can single out the wrong person, else limited. "
                     "Likelihood: moderate, higher for 1:N (many comparisons), lower with audit logging.",
                     "严重程度：1:N 检索可能锁定错误的人时为严重，否则为有限。可能性：中等；1:N "
                     "时更高（比对次数多）；有审计日志时更低。") +
                  unstated;
    out.risks.push_back(std::move(r));
  }

  // R3 disappearance (CNIL feared event 3).
  {
    Risk r;
    r.id = "R3";
    r.title = tr(lang, "Disappearance of templates, consent records or logs", "特征模板、同意记录或日志丢失");
    r.sources = tr(lang, "hardware failure; ransomware; a processor ending its service",
                   "硬件故障；勒索软件；受托人终止服务");
    r.impacts =
        tr(lang,
           "people cannot get in or be served until re-enrolled; the controller cannot prove consent or "
           "answer access and erasure requests",
           "重新登记前无法进入或获得服务；控制者无法证明同意或答复查阅、删除请求");
    r.threats = tr(lang, "no backup, no incident plan", "无备份、无事件响应计划");
    int likelihood = 2 - (measure(f, "incident_response") ? 1 : 0);
    r.before = {clamp_level(likelihood), 2};
    r.after = {1, 2};
    r.measures_in_place = in_place({"incident_response"});
    r.measures_planned =
        planned({{"incident_response",
                  tr(lang, "an incident response plan with tested backups", "制定事件响应计划并测试备份")}});
    r.rationale =
        tr(lang,
           "Severity: limited (the face itself is not lost, access is restored by re-enrolment). "
           "Likelihood: moderate, lower with an incident response plan.",
           "严重程度：有限（人脸本身不会丢失，重新登记即可恢复）。可能性：中等；有事件响应计划时更低。") +
        unstated;
    out.risks.push_back(std::move(r));
  }

  // R4 function creep and surveillance.
  {
    Risk r;
    r.id = "R4";
    r.title = tr(lang, "Function creep and surveillance", "功能蔓延与监控");
    r.sources = tr(lang, "the controller; public authorities asking for the data; recipients",
                   "控制者；索取数据的公权力机关；接收方");
    r.impacts = tr(lang,
                   "people are tracked beyond the declared purpose; a chilling effect on movement and "
                   "association; loss of anonymity in public",
                   "超出声明目的追踪个人；对出行与结社产生寒蝉效应；在公共场所失去匿名性");
    r.threats =
        tr(lang, "reuse of the templates for other purposes; long retention; ambient capture of passers-by",
           "将模板用于其他目的；长期保存；对路人的无差别采集");
    int severity = (ambient || public_place || identification) ? 4 : 3;
    int likelihood = covert ? 4 : (secondary.value_or(true) ? 3 : 2);
    const bool short_retention = retention && *retention <= 30 && deletion.value_or(false);
    if (short_retention) {
      likelihood -= 1;
    }
    r.before = {clamp_level(likelihood), clamp_level(severity)};
    r.after = {clamp_level(covert ? 2 : 1), clamp_level(severity - (ambient ? 0 : 1))};
    if (short_retention) {
      r.measures_in_place.push_back(
          tr(lang, "short retention with deletion at the end of the purpose", "短期保存并在目的实现后删除"));
    }
    r.measures_planned.push_back(tr(lang, "bind the templates to the declared purposes (allowed_purposes)",
                                    "将模板限定于声明的目的（allowed_purposes）"));
    if (!short_retention) {
      r.measures_planned.push_back(tr(lang,
                                      "retention of at most 30 days after last use, deletion at purpose end",
                                      "最后一次使用后最多保存 30 天，目的实现后删除"));
    }
    r.rationale =
        tr(lang,
           "Severity: maximum when everyone in view is captured, in a public place, or searched 1:N; "
           "otherwise significant. Likelihood: high unless the deployment states there is no "
           "secondary use; maximum when covert; lower with short retention and deletion.",
           "严重程度：无差别采集、公共场所或 1:N "
           "检索时为最高，否则为严重。可能性：除非部署声明无二次使用，否则为高；"
           "隐蔽采集时为最高；短期保存并删除时更低。");
    out.risks.push_back(std::move(r));
  }

  // R5 no real choice.
  {
    Risk r;
    r.id = "R5";
    r.title = tr(lang, "No real choice: consent under pressure or as a condition of service",
                 "无真正选择：受压同意或以同意为服务条件");
    r.sources = tr(lang, "the controller's power over the data subjects; the design of the service",
                   "控制者对数据主体的支配地位；服务的设计");
    r.impacts = tr(lang, "people give up their faces to get what they are entitled to; consent is invalid",
                   "个人为获得应有的服务而交出人脸；同意无效");
    r.threats = tr(lang, "no alternative, or a worse one; bundled or opt-out consent",
                   "无替代方式或替代方式更差；捆绑同意或默认同意");
    int likelihood = 2;
    if (condition_of_service.value_or(false) || alternatives == std::optional<bool>(false) ||
        imbalance.value_or(false)) {
      likelihood = 4;
    } else if (alternatives.value_or(false) && convenient.value_or(false)) {
      likelihood = 1;
    } else if (!alternatives) {
      likelihood = 3;
    }
    r.before = {likelihood, 3};
    r.after = {imbalance.value_or(false) ? 2 : 1, 3};
    if (alternatives.value_or(false)) {
      r.measures_in_place.push_back(tr(lang, "an alternative is offered", "提供替代方式"));
    }
    if (!(alternatives.value_or(false) && convenient.value_or(false))) {
      r.measures_planned.push_back(tr(lang, "offer an equally convenient alternative without detriment",
                                      "提供同样便利且无不利后果的替代方式"));
    }
    r.rationale = tr(
        lang,
        "Severity: significant (a right is given up). Likelihood: maximum when consent is a "
        "condition of service, no alternative exists or a clear imbalance of power was found; "
        "negligible when an equally convenient alternative is offered.",
        "严重程度：严重（放弃一项权利）。可能性：以同意为服务条件、无替代方式或存在明显权力不平衡时为最高；"
        "提供同样便利的替代方式时可忽略。");
    out.risks.push_back(std::move(r));
  }

  // WP248 III.B.a: the nine criteria.
  auto crit = [&](const char* id, std::string title, std::optional<bool> met, std::string reason) {
    out.screening.push_back({id, std::move(title), met, std::move(reason)});
  };
  const auto purposes = f.set("purposes");
  auto purpose_any = [&](std::initializer_list<const char*> names) -> std::optional<bool> {
    if (!purposes) {
      return std::nullopt;
    }
    return std::any_of(names.begin(), names.end(), [&](const char* n) { return purposes->count(n) > 0; });
  };
  crit(
      "1", tr(lang, "Evaluation or scoring", "评价或评分"),
      [&]() -> std::optional<bool> {
        auto p = purpose_any({"marketing", "customer_analytics"});
        if (mode == std::optional<std::string>("analysis_only")) {
          return true;
        }
        return p;
      }(),
      tr(lang, "analysis of faces or profiling purposes (marketing, customer analytics)",
         "人脸分析或画像目的（营销、客流分析）"));
  crit("2",
       tr(lang, "Automated decision-making with legal or similar significant effect",
          "具有法律或类似重大影响的自动化决策"),
       purpose_any({"access_control", "attendance", "boarding", "payment", "law_enforcement_search"}),
       tr(lang, "a match decides entry, attendance, boarding, payment or suspicion",
          "比对结果决定进入、考勤、登机、支付或嫌疑"));
  crit("3", tr(lang, "Systematic monitoring", "系统性监控"),
       location ? std::optional<bool>(ambient || covert || public_place ||
                                      location == std::optional<std::string>("school_premises") ||
                                      location == std::optional<std::string>("workplace"))
                : std::optional<bool>(),
       tr(lang, "faces captured where people are, as a matter of routine", "在人们所在场所例行采集人脸"));
  crit("4", tr(lang, "Sensitive data or data of a highly personal nature", "敏感数据或高度个人性质的数据"),
       f.flag("processing.creates_templates"),
       tr(lang, "biometric templates for unique identification (GDPR Art. 9(1); PIPL Art. 28)",
          "用于唯一识别的生物特征模板（GDPR 第9条第1款；个人信息保护法第28条）"));
  const auto count = f.number("data_subjects.count");
  crit("5", tr(lang, "Data processed on a large scale", "大规模处理"),
       count ? std::optional<bool>(*count >= 10000) : std::optional<bool>(),
       tr(lang, "10,000 people or more (facepia's working threshold: WP248 gives no number)",
          "一万人以上（facepia 的工作阈值：WP248 未给出数字）"));
  crit("6", tr(lang, "Matching or combining datasets", "匹配或合并数据集"),
       f.flag("enrolment.from_third_party"),
       tr(lang, "reference faces come from another source than the person", "参考人脸来自本人以外的来源"));
  crit("7", tr(lang, "Data concerning vulnerable data subjects", "涉及弱势数据主体的数据"),
       categories ? std::optional<bool>(vulnerable || imbalance.value_or(false)) : imbalance,
       tr(lang, "minors, pupils, employees, or a clear imbalance of power",
          "未成年人、学生、员工，或存在明显权力不平衡"));
  crit("8", tr(lang, "Innovative use or applying new technological solutions", "创新性使用或应用新技术方案"),
       f.flag("processing.creates_templates"),
       tr(lang, "facial recognition (WP248 names face recognition for access control as an example)",
          "人脸识别（WP248 以用于门禁的人脸识别为例）"));
  crit(
      "9",
      tr(lang, "Prevents data subjects from exercising a right or using a service",
         "妨碍数据主体行使权利或使用服务"),
      [&]() -> std::optional<bool> {
        if (condition_of_service.value_or(false) || alternatives == std::optional<bool>(false)) {
          return true;
        }
        if (condition_of_service == std::optional<bool>(false) && alternatives.value_or(false)) {
          return false;
        }
        return std::nullopt;
      }(),
      tr(lang, "the service is refused without the face, or no alternative is offered",
         "不提供人脸即拒绝服务，或不提供替代方式"));
  int met = 0;
  int unknown = 0;
  for (const auto& c : out.screening) {
    met += c.met.value_or(false) ? 1 : 0;
    unknown += c.met ? 0 : 1;
  }
  if (met >= 2) {
    out.dpia_required = true;
  } else if (met + unknown < 2) {
    out.dpia_required = false;
  }
  return out;
}

namespace {

class BuiltinProvider : public RiskProvider {
public:
  RiskAnalysis analyse(const engine::Assessment& assessment, Lang lang) const override {
    return builtin_analysis(assessment, lang);
  }
};

#ifdef FACEPIA_HAVE_ASSESSORS

std::optional<bool> to_optional(engine::Truth t) {
  return t == engine::Truth::unknown ? std::nullopt : std::optional<bool>(t == engine::Truth::true_);
}

std::optional<bool> to_optional(assessors::Met m) {
  return m == assessors::Met::unknown ? std::nullopt : std::optional<bool>(m == assessors::Met::met);
}

std::string level_word(Lang lang, assessors::Level l) {
  switch (l) {
  case assessors::Level::negligible:
    return tr(lang, "negligible", "可忽略");
  case assessors::Level::limited:
    return tr(lang, "limited", "有限");
  case assessors::Level::significant:
    return tr(lang, "significant", "严重");
  case assessors::Level::maximum:
    break;
  }
  return tr(lang, "maximum", "最高");
}

std::string range_word(Lang lang, assessors::LevelRange r) {
  return r.known() ? level_word(lang, r.low)
                   : level_word(lang, r.low) + tr(lang, " to ", "至") + level_word(lang, r.high);
}

// What the report says of each risk of the assessors' register beyond its levels: who or what could cause it,
// its impacts, the threats, and the measures that would lower it (a security measure, or a fact that helps).
struct Candidate {
  const char* fact;    // "security.measures" for a security measure, else a boolean fact
  const char* measure; // the security measure, or nullptr
  const char* en;
  const char* zh;
};

struct RiskText {
  const char* key;
  const char* title_zh;
  const char* sources_en;
  const char* sources_zh;
  const char* impacts_en;
  const char* impacts_zh;
  const char* threats_en;
  const char* threats_zh;
  std::vector<Candidate> candidates;
  const char* always_en; // a measure always planned, or nullptr
  const char* always_zh;
};

const Candidate kAtRest{"security.measures", "encryption_at_rest", "encrypt templates and images at rest",
                        "静态加密特征模板和图像"};
const Candidate kAccess{"security.measures", "access_restriction",
                        "restrict access to named staff, least privilege", "仅限指定人员访问，最小权限"};
const Candidate kAudit{"security.measures", "audit_logging", "log every enrolment, match and access",
                       "记录每次登记、比对和访问"};
const Candidate kTransit{"security.measures", "encryption_in_transit",
                         "encrypt images and templates in transit", "传输中加密图像和特征模板"};
const Candidate kTemplateOnly{"security.measures", "template_only_storage",
                              "discard raw images, keep only templates", "丢弃原始图像，仅保存特征模板"};
const Candidate kIncident{"security.measures", "incident_response",
                          "an incident response plan with tested backups", "制定事件响应计划并测试备份"};
const Candidate kTraining{"security.measures", "staff_training", "train staff to resolve doubtful matches",
                          "培训员工处理存疑的比对结果"};
const Candidate kAlternative{"alternatives.offered", nullptr,
                             "offer an equally convenient alternative that does not depend on the face",
                             "提供不依赖人脸且同样便利的替代方式"};
const Candidate kDeletion{"deletion.on_purpose_end", nullptr,
                          "erase templates and images when the purpose ends", "目的实现后删除特征模板和图像"};
const Candidate kByDefault{"design.privacy_by_default", nullptr,
                           "privacy by default: match no one who did not choose it",
                           "默认隐私保护：不比对未选择加入的人"};
const Candidate kSigns{"signs.conspicuous", nullptr, "conspicuous signs before the field of view",
                       "在拍摄范围前设置显著提示标识"};

const std::vector<RiskText>& risk_texts() {
  static const std::vector<RiskText> texts = {
      {"illegitimate_access",
       "人脸数据被非法访问",
       "external attackers; staff or processors exceeding their access; recipients",
       "外部攻击者；越权的员工或受托人；接收方",
       "identity theft and impersonation with data that cannot be changed; exposure of who was where and "
       "when",
       "利用无法更改的数据冒用身份；暴露个人的行踪",
       "intrusion into the template store, copying of backups, interception in transit",
       "入侵模板库、复制备份、传输中被截获",
       {kAtRest, kAccess, kAudit, kTransit, kTemplateOnly},
       nullptr,
       nullptr},
      {"unwanted_modification",
       "人脸数据被非预期修改",
       "operators; attackers with write access to the store",
       "操作人员；对模板库有写权限的攻击者",
       "a person is refused entry or service, marked absent or let in under another's name",
       "当事人被拒绝进入或服务、被记为缺勤，或他人冒名进入",
       "enrolment of the wrong face, tampering with the store",
       "登记错误的人脸、篡改模板库",
       {kAccess, kAudit},
       nullptr,
       nullptr},
      {"disappearance",
       "人脸数据丢失",
       "hardware failure; ransomware; a processor ending its service",
       "硬件故障；勒索软件；受托人终止服务",
       "people cannot get in or be served until re-enrolled; consent and erasure cannot be proved",
       "重新登记前无法进入或获得服务；无法证明同意和删除",
       "no backup, no incident plan, no fallback",
       "无备份、无事件响应计划、无后备方式",
       {kIncident, kAlternative},
       nullptr,
       nullptr},
      {"misidentification",
       "误识别与偏差",
       "the matching algorithm and its threshold; operators",
       "比对算法及其阈值；操作人员",
       "a person is wrongly refused, marked absent or suspected; errors fall unevenly across ages and skin "
       "tones",
       "当事人被错误拒绝、记为缺勤或受到怀疑；错误在不同年龄和肤色间分布不均",
       "a threshold set too loose, large galleries, poor images",
       "阈值过宽、比对库过大、图像质量差",
       {kTraining, kAlternative},
       "human review of every refusal; a measured threshold and error rates",
       "每次拒绝均经人工复核；经测量的阈值和错误率"},
      {"function_creep",
       "功能蔓延：人脸被用于其他目的",
       "the controller; public authorities asking for the data; recipients",
       "控制者；索取数据的公权力机关；接收方",
       "people are tracked beyond the declared purpose; profiles built without their knowledge",
       "超出声明目的追踪个人；在其不知情时建立画像",
       "reuse of the templates for other purposes; long retention; disclosure",
       "将模板用于其他目的；长期保存；对外提供",
       {kDeletion, kAudit},
       "bind the templates to the declared purposes (runtime condition allowed_purposes)",
       "将模板限定于声明的目的（运行条件 allowed_purposes）"},
      {"loss_of_anonymity",
       "在公共场所失去匿名性及其寒蝉效应",
       "the controller; whoever obtains the matches",
       "控制者；获得比对结果的任何人",
       "a chilling effect on movement, assembly and expression; no place to be unobserved",
       "对出行、集会和表达产生寒蝉效应；无处不被观察",
       "ambient or covert capture of everyone in view",
       "对视野内所有人的无差别或隐蔽采集",
       {kByDefault, kSigns},
       nullptr,
       nullptr},
      {"irreversible_leak",
       "泄露的人脸无法更改",
       "as for illegitimate access",
       "同非法访问",
       "a face, unlike a password, cannot be changed: a leak is permanent",
       "人脸不同于密码，无法更改：泄露即永久",
       "as for illegitimate access",
       "同非法访问",
       {kAtRest, kAccess, kAudit, kTransit},
       nullptr,
       nullptr},
  };
  return texts;
}

std::string risk_title_zh(const std::string& key, const std::string& fallback) {
  for (const auto& t : risk_texts()) {
    if (key == t.key) {
      return t.title_zh;
    }
  }
  return fallback;
}

class AssessorsProvider : public RiskProvider {
public:
  RiskAnalysis analyse(const engine::Assessment& a, Lang lang) const override {
    if (a.facts.size() == 0 || !a.facts.vocabulary().index("security.measures")) {
      return builtin_analysis(a,
                              lang); // rules without the common vocabulary: nothing for the assessors to read
    }
    FactsView f(a);
    RiskAnalysis out;
    out.source = tr(lang, "facepia's assessors (risk register and high-risk screening), CNIL PIA method",
                    "facepia 评估器（风险登记册和高风险筛查），CNIL 隐私影响评估方法");
    out.before_key = "before_measures";
    out.after_key = "after_measures";

    const assessors::RiskRegister reg = assessors::risk_register(a.facts);
    const engine::DerivedValue* residual = f.derived("assess.high_residual_risk");
    int n = 0;
    for (const auto& ar : reg.risks) {
      Risk r;
      r.id = "R" + std::to_string(++n);
      r.key = ar.id;
      r.legal_source = ar.source;
      r.title = lang == Lang::zh ? risk_title_zh(ar.id, ar.title) : ar.title;
      r.applicable = ar.applicable != engine::Truth::false_;
      r.before = {static_cast<int>(ar.likelihood_before.high), static_cast<int>(ar.severity_before.high)};
      r.after = {static_cast<int>(ar.likelihood_after.high), static_cast<int>(ar.severity_after.high)};
      r.uncertain = !(ar.likelihood_before.known() && ar.severity_before.known() &&
                      ar.likelihood_after.known() && ar.severity_after.known());
      r.before_text = range_word(lang, ar.likelihood_before) + " × " + range_word(lang, ar.severity_before);
      r.after_text = range_word(lang, ar.likelihood_after) + " × " + range_word(lang, ar.severity_after);
      r.missing_facts = ar.missing_facts;
      r.high_residual = to_optional(ar.high_residual);
      r.rationale = ar.reasoning;
      // The factor of assess.high_residual_risk for this risk, overridden or not.
      if (residual != nullptr) {
        for (const auto& factor : residual->factors) {
          if (factor.name == ar.id && factor.overridden) {
            if (factor.value && std::holds_alternative<bool>(*factor.value)) {
              r.high_residual = std::get<bool>(*factor.value);
            }
            r.rationale += " [" + tr(lang, "overridden", "已人工修正") + ": " + factor.justification + "]";
          }
        }
      }
      r.measures_in_place = ar.measures;
      for (const auto& t : risk_texts()) {
        if (ar.id != t.key) {
          continue;
        }
        r.sources = tr(lang, t.sources_en, t.sources_zh);
        r.impacts = tr(lang, t.impacts_en, t.impacts_zh);
        r.threats = tr(lang, t.threats_en, t.threats_zh);
        for (const auto& c : t.candidates) {
          const bool present = c.measure != nullptr ? f.has(c.fact, c.measure).value_or(false)
                                                    : f.flag(c.fact).value_or(false);
          if (!present) {
            r.measures_planned.push_back(tr(lang, c.en, c.zh));
          }
        }
        if (t.always_en != nullptr) {
          r.measures_planned.push_back(tr(lang, t.always_en, t.always_zh));
        }
      }
      if (!r.applicable) {
        r.measures_planned.clear();
      }
      out.risks.push_back(std::move(r));
    }
    if (residual != nullptr && residual->value && std::holds_alternative<bool>(*residual->value)) {
      out.high_residual = std::get<bool>(*residual->value);
      out.has_high_residual = true;
    } else if (residual != nullptr) {
      out.has_high_residual = true; // judged unknown
    } else {
      out.high_residual = to_optional(reg.high_residual_risk);
      out.has_high_residual = true;
    }

    const assessors::Screening screening = assessors::screen(a.facts);
    for (const auto& c : screening.wp248) {
      out.screening.push_back({std::to_string(c.number), c.title, to_optional(c.met), c.reason});
    }
    for (const auto& c : screening.pipl_art55) {
      out.pipl.push_back({"(" + std::to_string(c.number) + ")", c.title, to_optional(c.met), c.reason});
    }
    out.dpia_required = to_optional(screening.dpia_required);
    if (auto d = f.derived_flag("assess.dpia_required")) {
      out.dpia_required = d; // overrides applied
    }
    out.pipia_required = to_optional(screening.pipia_required);
    if (auto d = f.derived_flag("assess.pipia_required")) {
      out.pipia_required = d;
    }
    return out;
  }
};

#endif

} // namespace

const RiskProvider& risk_provider() {
#ifdef FACEPIA_HAVE_ASSESSORS
  static const AssessorsProvider provider;
#else
  static const BuiltinProvider provider;
#endif
  return provider;
}

} // namespace facepia::reports::detail
