#include "i18n.hpp"

#include <map>
#include <string>
#include <utility>

namespace facepia::studio {

namespace {

using Entry = std::pair<std::string_view, std::string_view>;

const std::map<std::string_view, Entry, std::less<>>& table() {
  static const std::map<std::string_view, Entry, std::less<>> words{
      {"title", {"facepia studio", "facepia 工作室"}},
      {"tagline",
       {"Privacy impact assessment for facial recognition: answer the questions that decide.",
        "人脸识别个人信息保护影响评估：只回答决定结论的问题。"}},
      {"skip_to_main", {"Skip to the questionnaire", "跳到问卷"}},
      {"home", {"Home", "首页"}},
      {"language", {"中文", "English"}},
      {"new", {"New assessment", "新建评估"}},
      {"new_help",
       {"Start from an empty deployment: the studio asks only the facts that still decide the outcome.",
        "从空白部署开始：只询问仍然影响结论的事实。"}},
      {"open", {"Open a deployment", "打开部署文件"}},
      {"open_help", {"A YAML file in the working folder:", "工作目录中的 YAML 文件："}},
      {"open_button", {"Open", "打开"}},
      {"no_files", {"No deployment YAML in the working folder.", "工作目录中没有部署 YAML 文件。"}},
      {"history", {"Past assessments", "历史评估"}},
      {"no_history", {"Nothing recorded yet.", "尚无记录。"}},
      {"reopen", {"Re-open", "重新打开"}},
      {"recorded_json", {"JSON", "JSON"}},
      {"decision", {"Decision", "结论"}},
      {"allow", {"Allow", "允许"}},
      {"conditional", {"Allow with conditions", "附条件允许"}},
      {"deny", {"Deny", "拒绝"}},
      {"next_question", {"Next most decisive question", "下一个最关键的问题"}},
      {"decides", {"decides", "可确定"}},
      {"of_open", {"of the open findings", "项未决结论"}},
      {"bears_on", {"bears on", "影响"}},
      {"which_rules", {"which rules", "涉及的规则"}},
      {"no_more_questions",
       {"No stated fact can change an open finding any more: the assessment is as complete as your answers "
        "allow.",
        "已没有可改变未决结论的事实：评估已尽可能完整。"}},
      {"other_questions", {"Other deciding questions", "其他关键问题"}},
      {"answer", {"Answer", "回答"}},
      {"dont_know", {"Don't know yet", "暂不清楚"}},
      {"clear", {"Clear", "清除"}},
      {"answered", {"Answered", "已回答"}},
      {"skipped", {"Not known yet", "暂不清楚的问题"}},
      {"ask_again", {"Ask again", "重新询问"}},
      {"report_fields", {"Report text", "报告文字"}},
      {"all_facts", {"All facts, by section", "全部事实（按章节）"}},
      {"findings", {"Findings", "发现"}},
      {"open_findings", {"undetermined, refusing", "未决且阻止部署"}},
      {"breaches", {"breaches", "违反"}},
      {"compliant", {"compliant", "合规"}},
      {"undetermined", {"undetermined", "未决"}},
      {"breach", {"breach", "违反"}},
      {"not_applicable", {"not applicable", "不适用"}},
      {"missing", {"needs", "需要"}},
      {"judgements", {"Assessors' judgements", "评估器判断"}},
      {"override", {"Override", "覆盖"}},
      {"override_help",
       {"Replace this judgement: say why, in words a regulator can check.",
        "替换此判断：请写明监管机构可核查的理由。"}},
      {"justification", {"Justification", "理由"}},
      {"remove_override", {"Remove the override", "取消覆盖"}},
      {"overridden", {"overridden", "已覆盖"}},
      {"unknown", {"unknown", "未知"}},
      {"yes", {"yes", "是"}},
      {"no", {"no", "否"}},
      {"name", {"Deployment name", "部署名称"}},
      {"rename", {"Rename", "改名"}},
      {"save", {"Save as YAML", "保存为 YAML"}},
      {"save_help", {"File name in the working folder:", "工作目录中的文件名："}},
      {"download", {"Download", "下载"}},
      {"report", {"Report", "报告"}},
      {"record", {"Record in the store", "记入评估库"}},
      {"assessment_id", {"Assessment id", "评估编号"}},
      {"as_of", {"Law as of", "适用法律日期"}},
      {"questions_asked", {"questions asked", "已问问题"}},
      {"vocabulary_facts", {"facts in the vocabulary", "词汇表事实数"}},
      {"choose", {"Choose all that apply", "选择所有适用项"}},
      {"number_hint", {"a number", "数字"}},
      {"date_hint", {"YYYY-MM-DD", "YYYY-MM-DD"}},
      {"not_found", {"Not found.", "未找到。"}},
      {"forbidden",
       {"Forbidden: open the address the studio printed at start.",
        "禁止访问：请打开工作室启动时显示的地址。"}},
      {"conditions", {"Conditions the runtime enforces", "运行时须执行的条件"}},
  };
  return words;
}

} // namespace

std::string_view tr(Lang lang, std::string_view key) {
  const auto& words = table();
  const auto it = words.find(key);
  if (it == words.end()) {
    return key;
  }
  return lang == Lang::zh ? it->second.second : it->second.first;
}

} // namespace facepia::studio
