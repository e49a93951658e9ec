#include "risks.hpp"

#include "facepia/assessors/assessors.hpp"
#include "facts_view.hpp"

#include <algorithm>

namespace facepia::reports::detail {

namespace {

std::string tr(Lang lang, const char* en, const char* zh) {
  return lang == Lang::zh ? zh : en;
}

} // namespace

bool RiskAnalysis::residual_high() const {
  if (has_high_residual) {
    return high_residual.value_or(true); // unknown: fail closed, as the rules do
  }
  return std::any_of(risks.begin(), risks.end(),
                     [](const Risk& r) { return r.after.likelihood >= 3 && r.after.severity >= 3; });
}

namespace {

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

} // namespace

RiskAnalysis risk_analysis(const engine::Assessment& a, Lang lang) {
  if (a.facts.size() == 0 || !a.facts.vocabulary().index("security.measures")) {
    // Rules without the common vocabulary: the assessors have nothing to read, and the report says so.
    RiskAnalysis none;
    none.source = tr(lang, "none: the rules declare no security measures for the assessors to weigh",
                     "无：规则未声明可供评估器衡量的安全措施");
    return none;
  }
  const assessors::RiskRegister* reg = assessors::risk_register_of(a);
  const assessors::Screening* screening = assessors::screening_of(a);
  if (reg == nullptr || screening == nullptr) {
    RiskAnalysis none;
    none.source = tr(lang, "none: the assessment was made without facepia's risk register and screening",
                     "无：本评估未运行 facepia 的风险登记册和高风险筛查");
    return none;
  }
  FactsView f(a);
  RiskAnalysis out;
  out.source = tr(lang, "facepia's assessors (risk register and high-risk screening), CNIL PIA method",
                  "facepia 评估器（风险登记册和高风险筛查），CNIL 隐私影响评估方法");
  out.before_key = "before_measures";
  out.after_key = "after_measures";

  const engine::DerivedValue* residual = f.derived("assess.high_residual_risk");
  int n = 0;
  for (const auto& ar : reg->risks) {
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
        const bool present =
            c.measure != nullptr ? f.has(c.fact, c.measure).value_or(false) : f.flag(c.fact).value_or(false);
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
    out.high_residual = to_optional(reg->high_residual_risk);
    out.has_high_residual = true;
  }

  for (const auto& c : screening->wp248) {
    out.screening.push_back({std::to_string(c.number), c.title, to_optional(c.met), c.reason});
  }
  for (const auto& c : screening->pipl_art55) {
    out.pipl.push_back({"(" + std::to_string(c.number) + ")", c.title, to_optional(c.met), c.reason});
  }
  out.dpia_required = to_optional(screening->dpia_required);
  if (auto d = f.derived_flag("assess.dpia_required")) {
    out.dpia_required = d; // overrides applied
  }
  out.pipia_required = to_optional(screening->pipia_required);
  if (auto d = f.derived_flag("assess.pipia_required")) {
    out.pipia_required = d;
  }
  return out;
}

} // namespace facepia::reports::detail
