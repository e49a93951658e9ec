// --lang zh: the report's own headings and labels in Chinese; the statute excerpts in Chinese where the pack
// provides `text_zh`, in the original language otherwise.
#include "support.hpp"

#include <catch2/catch.hpp>

namespace facepia::test {

TEST_CASE("the Chinese report has Chinese headings and labels", "[zh]") {
  const auto a = assess_example("hangzhou-safari-park.yaml", "2026-11-26");
  const std::string md = render_stable(a, reports::Format::markdown, reports::Lang::zh);
  // Under the PIPL only, the report is a personal information protection impact assessment.
  for (const char* heading :
       {"# 个人信息保护影响评估\n", "## 目录", "## 1. 摘要", "## 5. 风险", "## 9. 附件"}) {
    INFO(heading);
    CHECK(md.find(heading) != std::string::npos);
  }
  CHECK(md.find("禁止") != std::string::npos); // the decision
  CHECK(md.find("## 1. Summary") == std::string::npos);
  const std::string html = render_stable(a, reports::Format::html, reports::Lang::zh);
  CHECK(html.find("<html lang=\"zh-CN\">") != std::string::npos);
  CHECK(html.find("措施前") != std::string::npos); // the risk maps' titles
}

TEST_CASE("the Chinese report quotes the PIPL and the SPC Provisions in Chinese where the pack gives text_zh",
          "[zh]") {
  const auto a = assess_example("hangzhou-safari-park.yaml", "2026-11-26");
  const auto& program = bundled_engine().program();
  const std::string zh = render_stable(a, reports::Format::markdown, reports::Lang::zh);
  const std::string en = render_stable(a, reports::Format::markdown, reports::Lang::en);
  int quoted = 0;
  for (const auto& f : a.findings) {
    // The annex quotes what the breaches cite.
    if (f.status != dsl::Status::breach) {
      continue;
    }
    for (const auto& ref : f.rule->citations) {
      const dsl::Provision* p = program.find_provision(ref);
      if (p == nullptr || p->text_zh.empty()) {
        continue;
      }
      // The cited paragraph (the Chinese statutes put one a line) is quoted in the Chinese report and not in
      // the English one: here its first characters.
      std::string paragraph = p->text_zh;
      if (p->ref.paragraph.empty() && !ref.paragraph.empty()) {
        std::size_t from = 0;
        for (int n = 1; n < std::stoi(ref.paragraph) && from != std::string::npos; ++n) {
          from = paragraph.find('\n', from);
          from = from == std::string::npos ? from : from + 1;
        }
        if (from != std::string::npos) {
          paragraph = paragraph.substr(from);
        }
      }
      const std::string start = paragraph.substr(0, std::min<std::size_t>(paragraph.size(), 30));
      INFO(ref.label() << ": " << start);
      CHECK(zh.find(start) != std::string::npos);
      CHECK(en.find(start) == std::string::npos);
      ++quoted;
    }
  }
  CHECK(quoted > 0);
}

} // namespace facepia::test
