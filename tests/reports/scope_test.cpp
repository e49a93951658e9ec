// The report speaks of the instruments in scope only: a GDPR-only deployment gets no word of the PIPL (nor
// its impact assessment), a PIPL-only one no word of the GDPR (nor the WP248 checklist); an instrument out of
// scope or not in force is one line of the "not assessed or not applicable" statement, and nowhere else.
#include "support.hpp"

#include <catch2/catch.hpp>
#include <set>
#include <sstream>

namespace facepia::test {
namespace {

std::set<std::string> hidden_instruments(const engine::Assessment& a) {
  std::set<std::string> out;
  for (const auto& i : a.instruments) {
    if (i.state == engine::InstrumentState::out_of_scope ||
        i.state == engine::InstrumentState::not_in_force) {
      out.insert(i.id);
    }
  }
  return out;
}

std::string lower(std::string s) {
  for (auto& c : s) {
    c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return s;
}

// Every line of the Markdown that names an instrument out of scope (its id, its rule ids, or the words given)
// must be that instrument's own line of the statement: "- ID — title: ...". Returns the offending lines.
std::vector<std::string> stray_mentions(const std::string& md, const std::set<std::string>& hidden,
                                        const std::vector<std::string>& words) {
  std::vector<std::string> stray;
  std::istringstream in(md);
  std::string line;
  while (std::getline(in, line)) {
    bool statement = false;
    for (const auto& id : hidden) {
      statement = statement || line.rfind("- " + id + " — ", 0) == 0;
    }
    if (statement) {
      continue;
    }
    bool mentions = false;
    for (const auto& id : hidden) {
      mentions = mentions || line.find(id) != std::string::npos ||
                 line.find(lower(id) + ".") != std::string::npos; // a rule id: "pipl.separate-consent"
    }
    for (const auto& w : words) {
      mentions = mentions || line.find(w) != std::string::npos;
    }
    if (mentions) {
      stray.push_back(line);
    }
  }
  return stray;
}

bool has(const std::string& text, const std::string& what) {
  return text.find(what) != std::string::npos;
}

} // namespace

TEST_CASE("a GDPR-only deployment's report has no word of the PIPL, SPC-FR, CAC-FR or BIPA", "[scope]") {
  const auto a = assess_example("skelleftea-school-attendance.yaml", "2026-11-26");
  const auto hidden = hidden_instruments(a);
  CHECK(hidden == std::set<std::string>{"BIPA", "CAC-FR", "CN-CC", "PIPL", "SPC-FR"});
  const std::string md = render_stable(a, reports::Format::markdown);
  const auto stray = stray_mentions(md, hidden, {"PIPIA", "Personal Information Protection Law", "Art. 55"});
  INFO("first stray line: " << (stray.empty() ? std::string() : stray.front()));
  CHECK(stray.empty());
  for (const auto& id : hidden) {
    INFO(id);
    CHECK(has(md, "- " + id + " — "));
  }
  CHECK(has(md, "# Data protection impact assessment\n"));
  CHECK(has(md, "WP248 rev.01 Annex 2: criteria for an acceptable DPIA"));
  CHECK(has(md, "Prior consultation (GDPR Art. 36)"));
  CHECK(has(md, "GDPR Art. 35(7)(a)"));
  CHECK(has(md, "the EU Law Enforcement Directive 2016/680"));
  CHECK(has(md, "| Instruments assessed | GDPR, EU-AIA |"));
}

TEST_CASE("a PIPL-only deployment's report has no word of the GDPR, the AI Act, BIPA or WP248", "[scope]") {
  for (const auto lang : {reports::Lang::en, reports::Lang::zh}) {
    const auto a = assess_example("hangzhou-safari-park.yaml", "2026-11-26");
    const auto hidden = hidden_instruments(a);
    CHECK(hidden == std::set<std::string>{"BIPA", "EU-AIA", "GDPR"});
    const std::string md = render_stable(a, reports::Format::markdown, lang);
    const auto stray = stray_mentions(md, hidden, {"WP248", "DPIA", "General Data Protection", "AI Act"});
    INFO((lang == reports::Lang::zh ? "zh" : "en")
         << ": first stray line: " << (stray.empty() ? std::string() : stray.front()));
    CHECK(stray.empty());
    for (const auto& id : hidden) {
      INFO(id);
      CHECK(has(md, "- " + id + " — "));
    }
    if (lang == reports::Lang::en) {
      CHECK(has(md, "# Personal information protection impact assessment\n"));
      CHECK(has(md, "PIPL Art. 55: when a personal information protection impact assessment is required"));
      CHECK(has(md, "PIPL Art. 56(1)(1)"));
      CHECK(has(md, "at least three years (PIPL Art. 56)"));
      CHECK(has(md, "| Instruments assessed | CAC-FR, CN-CC, PIPL, SPC-FR |"));
    } else {
      CHECK(has(md, "# 个人信息保护影响评估\n"));
    }
  }
}

TEST_CASE("a deployment under both regimes gets the GDPR DPIA's parts and the PIPL PIPIA's, once each",
          "[scope]") {
  const auto a = assess_test_deployment("eu-cn-hotel-checkin.yaml", "2026-11-26");
  const auto hidden = hidden_instruments(a);
  CHECK(hidden == std::set<std::string>{"BIPA"});
  const std::string md = render_stable(a, reports::Format::markdown);
  const auto stray = stray_mentions(md, hidden, {"Illinois"});
  INFO("first stray line: " << (stray.empty() ? std::string() : stray.front()));
  CHECK(stray.empty());
  for (const char* part :
       {"WP248 rev.01 Annex 2: criteria for an acceptable DPIA", "Prior consultation (GDPR Art. 36)",
        "PIPL Art. 55: when a personal information protection impact assessment is required",
        "Mapping to GDPR Art. 35(7) and PIPL Art. 56", "| GDPR Art. 35(7)(a) |", "| PIPL Art. 56(1)(1) |",
        "### GDPR — ", "### PIPL — "}) {
    INFO(part);
    CHECK(has(md, part));
    CHECK(md.find(part) == md.rfind(part)); // once
  }
}

TEST_CASE("a deployment before any encoded law was in force lists every instrument as not applicable",
          "[scope]") {
  const auto a = assess_example("hangzhou-safari-park.yaml", "2019-10-01");
  const std::string md = render_stable(a, reports::Format::markdown);
  CHECK(has(md,
            "- PIPL — Personal Information Protection Law of the People's Republic of China: not in force "
            "on the assessment date (in force from 2021-11-01)."));
  CHECK(has(md, "- GDPR — "));
  CHECK_FALSE(has(md, "WP248"));
  CHECK_FALSE(has(md, "### PIPL — "));
}

} // namespace facepia::test

namespace facepia::test {

TEST_CASE("the printed report numbers its pages and carries the assessment id and rules version on each",
          "[print]") {
  const auto a = assess_example("skelleftea-school-attendance.yaml", "2026-11-26");
  const std::string html =
      reports::render(a, bundled_engine().program(), reports::Format::html, fixed_options());
  CHECK(html.find("@bottom-left{content:\"facepia · Assessment id " + a.id.substr(0, 16) +
                  " · Rules version bundled\"") != std::string::npos);
  CHECK(html.find("@bottom-right{content:\"Page \" counter(page) \" / \" counter(pages)") !=
        std::string::npos);
  CHECK(html.find("table.signatures{break-inside:avoid}") != std::string::npos);
}

TEST_CASE("each statute paragraph is quoted once, whole, in the annex", "[print]") {
  const auto a = assess_example("skelleftea-school-attendance.yaml", "2026-11-26");
  const std::string md = render_stable(a, reports::Format::markdown);
  const auto annex = md.find("\n## 9. ");
  REQUIRE(annex != std::string::npos);
  // Art. 5(1)(c) is cited by several findings: its text is printed once, in the annex.
  const std::string text =
      "limited to what is necessary in relation to the purposes for which they are processed";
  CHECK(md.find(text) > annex);
  CHECK(md.find(text) == md.rfind(text));
  CHECK(md.find("> **GDPR Art. 5(1)(c) — Data minimisation**") > annex);
  // Art. 7 is declared whole and cited at its paragraph 4: the paragraph is quoted whole, the others not.
  const auto a7 = md.find("> **GDPR Art. 7(4) — Conditions for consent**");
  REQUIRE(a7 != std::string::npos);
  const std::string para4 = md.substr(a7, md.find("\n\n", a7 + 60) - a7);
  CHECK(para4.find("4. When assessing whether consent is freely given") != std::string::npos);
  CHECK(para4.find("for the performance of that contract.") != std::string::npos);
  CHECK(md.find("1. Where processing is based on consent") == std::string::npos);
  // No quote is cut, and none is printed twice.
  std::set<std::string> quotes;
  for (auto at = md.find("\n> **", annex); at != std::string::npos; at = md.find("\n> **", at + 1)) {
    const auto end = md.find("\n\n", at + 1);
    const std::string quote = md.substr(at, end - at);
    INFO(quote);
    CHECK(quote.find(" …") == std::string::npos);
    CHECK(quotes.insert(quote).second);
  }
  CHECK(quotes.size() >= 4);
  // The evaluation trace is not in the body.
  CHECK(md.find("```text") == std::string::npos);
  CHECK(md.find(" -> true") == std::string::npos);
}

} // namespace facepia::test

namespace facepia::test {

TEST_CASE("the controller's own words and workflow are printed where the authority expects them",
          "[workflow]") {
  const auto a = assess_test_deployment("eu-cn-hotel-checkin.yaml", "2026-11-26");
  const std::string md = render_stable(a, reports::Format::markdown);
  auto in_section = [&](const std::string& text, const std::string& section, const std::string& next) {
    const auto at = md.find(text);
    return at != std::string::npos && at > md.find("\n## " + section) && at < md.find("\n## " + next);
  };
  CHECK(in_section("### The processing in the controller's words\n\nGuests who enrol in the booking app",
                   "2. Systematic description", "3. "));
  CHECK(in_section("| Delete a guest's template at check-out | Front office manager | 2027-01-31 |",
                   "6. Measures", "7. "));
  CHECK(
      in_section("| Annual liveness test of the kiosks | IT security | 2027-03-31 |", "6. Measures", "7. "));
  CHECK(in_section("The DPO advises that the kiosk may go live", "8. Consultation", "9. "));
  CHECK(in_section("A survey of 400 guests in March", "8. Consultation", "9. "));
  CHECK(in_section("| Next review | 2027-11-26 |", "8. Consultation", "9. "));
  CHECK(in_section("| Version of this assessment | 1.2 |", "8. Consultation", "9. "));
  // The WP248 rows on the DPO's advice and the views are met by the texts, not by the flags alone.
  CHECK(md.find("| Interested parties are involved | The advice of the DPO is sought (Art. 35(2)) | met |") !=
        std::string::npos);

  // Without the texts, the flags alone only partly meet them.
  const auto school = assess_example("skelleftea-school-attendance.yaml", "2026-11-26");
  const std::string school_md = render_stable(school, reports::Format::markdown);
  CHECK(school_md.find("The deployment writes none of its own (dpia.measures") != std::string::npos);
  CHECK(school_md.find("The advice of the DPO is sought (Art. 35(2)) | met |") == std::string::npos);
}

} // namespace facepia::test

namespace facepia::test {

TEST_CASE("the report says when an instrument applies but no encoded rule covers the deployment",
          "[reports][scope]") {
  const auto a = assess_test_deployment("cn-office-cctv.yaml", "2026-11-26");
  REQUIRE(a.decision == dsl::Decision::deny);
  const std::string md = render_stable(a, reports::Format::markdown);
  CHECK_THAT(md, Catch::Contains("Not assessed: this instrument applies to the deployment, but none of its "
                                 "encoded rules covers it"));
  CHECK_THAT(md, Catch::Contains("### PIPL"));
}

TEST_CASE("the report says which facts decide an instrument whose scope is unknown, never that it applies",
          "[reports][scope]") {
  const auto a = assess_test_deployment("eu-scope-unknown.yaml", "2026-11-26");
  const std::string md = render_stable(a, reports::Format::markdown);
  CHECK_THAT(md, Catch::Contains("Whether this instrument applies is unknown until the deployment states "
                                 "jurisdiction.eu_establishment, jurisdiction.eu_data_subjects."));
}

} // namespace facepia::test

namespace facepia::test {

TEST_CASE("a statute cited by lettered subsections (BIPA Sec. 15(b)) is reported, its section quoted whole",
          "[reports][scope]") {
  const auto a = assess_example("chicago-store-shoppers.yaml", "2026-12-01");
  REQUIRE(a.decision == dsl::Decision::deny);
  const std::string md = render_stable(a, reports::Format::markdown);
  CHECK_THAT(md, Catch::Contains("BIPA Sec. 15(b)"));
  CHECK_THAT(md, Catch::Contains("(a) A private entity in possession of biometric identifiers or biometric"));
}

} // namespace facepia::test
