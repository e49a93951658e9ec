// The ranking of the questions that still decide a deployment (studio::rank_questions) and its CLI,
// `facepia assess --questions`, on every bundled example and from an empty deployment.
#include "facepia/studio/questions.hpp"
#include "support.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

namespace facepia::studio_test {
namespace {

using studio::Question;

std::vector<Question> rank(const engine::Deployment& deployment, std::set<std::size_t> skipped = {}) {
  studio::QuestionOptions options;
  options.assess = assess_options();
  options.skipped = std::move(skipped);
  return studio::rank_questions(bundled_engine(), deployment, options);
}

std::vector<std::string> open_of(const engine::Deployment& deployment) {
  return studio::open_findings(bundled_engine().assess(deployment, assess_options()));
}

std::size_t stated_fact_count() {
  std::size_t n = 0;
  for (const auto& f : bundled_engine().vocabulary().facts()) {
    n += f.derived ? 0 : 1;
  }
  return n;
}

// The example with only its first `keep` stated facts (in vocabulary order), as a half-answered deployment.
engine::Deployment truncated(const engine::Deployment& full, std::size_t keep) {
  engine::Deployment d = full;
  std::size_t kept = 0;
  for (std::size_t i = 0; i < d.facts.size(); ++i) {
    if (d.facts.get(i) != nullptr && kept++ >= keep) {
      d.facts.clear(i);
    }
  }
  return d;
}

void check_ranking(const engine::Deployment& deployment, const std::vector<Question>& questions) {
  const auto open = open_of(deployment);
  const std::set<std::string> open_set(open.begin(), open.end());
  if (open.empty()) {
    CHECK(questions.empty());
  }
  for (const auto& q : questions) {
    INFO(q.path);
    const auto& decl = bundled_engine().vocabulary().fact(q.fact);
    CHECK_FALSE(decl.derived);
    CHECK(deployment.facts.get(q.fact) == nullptr);
    CHECK_FALSE(q.bears_on.empty());
    for (const auto& rule : q.bears_on) {
      CHECK(open_set.count(rule) == 1);
    }
    for (const auto& rule : q.resolves) {
      CHECK(std::find(q.bears_on.begin(), q.bears_on.end(), rule) != q.bears_on.end());
    }
    CHECK(q.resolves.empty() == q.deciding_answers.empty());
  }
  for (std::size_t i = 1; i < questions.size(); ++i) {
    const auto& a = questions[i - 1];
    const auto& b = questions[i];
    INFO(a.path << " before " << b.path);
    if (!a.resolves.empty()) {
      CHECK((a.resolves.size() > b.resolves.size() ||
             (a.resolves.size() == b.resolves.size() && a.fact < b.fact)));
    } else {
      CHECK(b.resolves.empty());
      CHECK((a.bears_on.size() > b.bears_on.size() ||
             (a.bears_on.size() == b.bears_on.size() && a.fact < b.fact)));
    }
  }
}

// Answers the first question with its first deciding answer: every finding it said it decides is decided.
void check_first_answer_resolves(const engine::Deployment& deployment) {
  const auto questions = rank(deployment);
  REQUIRE_FALSE(questions.empty());
  const Question& first = questions.front();
  INFO("first question: " << first.path);
  REQUIRE_FALSE(first.deciding_answers.empty());
  const auto& answer = first.deciding_answers.front();
  REQUIRE_FALSE(answer.resolves.empty());
  engine::Deployment answered = deployment;
  answered.facts.set(first.fact, answer.answer);
  const auto before = open_of(deployment);
  const auto after = open_of(answered);
  CHECK(after.size() < before.size());
  for (const auto& rule : answer.resolves) {
    INFO("decided: " << rule);
    CHECK(std::find(after.begin(), after.end(), rule) == after.end());
  }
}

TEST_CASE("studio: every example's questions are unknown stated facts that bear on an open finding, in rank "
          "order") {
  for (const auto& file : example_files()) {
    DYNAMIC_SECTION(file) {
      const auto deployment = load_example(file);
      check_ranking(deployment, rank(deployment));
      // Half answered, the same holds.
      const auto half = truncated(deployment, deployment.facts.known() / 2);
      check_ranking(half, rank(half));
    }
  }
}

TEST_CASE("studio: answering the first question resolves at least one undetermined refusing finding") {
  SECTION("from an empty deployment") {
    check_first_answer_resolves(load_text("name: empty\n"));
  }
  for (const auto& file : example_files()) {
    DYNAMIC_SECTION(file) {
      const auto deployment = load_example(file);
      if (!rank(deployment).empty()) {
        check_first_answer_resolves(deployment);
      }
      check_first_answer_resolves(truncated(deployment, deployment.facts.known() / 2));
    }
  }
}

TEST_CASE("studio: an instrument out of scope asks nothing") {
  // A school in the EU that states that nothing is processed in or aimed at China or Illinois: no rule of a
  // Chinese instrument or of BIPA is open, and nothing only they read is asked.
  const auto half =
      load_text("name: school\n"
                "jurisdiction: {eu_establishment: true, eu_data_subjects: true, cn_processing: false,\n"
                "               cn_data_subjects: false, us_illinois: false}\n"
                "controller: {type: school}\n"
                "processing: {creates_templates: true}\n");
  const auto assessment = bundled_engine().assess(half, assess_options());
  std::set<std::string> out_of_scope;
  for (const auto& i : assessment.instruments) {
    if (i.state == engine::InstrumentState::out_of_scope) {
      out_of_scope.insert(i.id);
    }
  }
  REQUIRE(out_of_scope.count("PIPL") == 1);
  REQUIRE(out_of_scope.count("BIPA") == 1);
  const auto questions = rank(half);
  REQUIRE_FALSE(questions.empty());
  for (const auto& q : questions) {
    for (const auto& rule : q.bears_on) {
      INFO(q.path << " bears on " << rule);
      CHECK(out_of_scope.count(bundled_engine().program().find_rule(rule)->instrument()) == 0);
    }
  }
  // A fact only a Chinese instrument reads is not asked.
  const auto asked = [&](const std::string& path) {
    return std::any_of(questions.begin(), questions.end(), [&](const Question& q) { return q.path == path; });
  };
  CHECK_FALSE(asked("controller.cn_representative"));
  CHECK_FALSE(asked("controller.pi_officer_appointed"));
}

TEST_CASE("studio: a skipped fact is not asked") {
  const auto empty = load_text("name: empty\n");
  const auto questions = rank(empty);
  REQUIRE(questions.size() > 1);
  const auto without_first = rank(empty, {questions.front().fact});
  REQUIRE_FALSE(without_first.empty());
  for (const auto& q : without_first) {
    CHECK(q.fact != questions.front().fact);
  }
}

TEST_CASE("studio: answered in the order asked, an empty deployment reaches Skellefteå's decision in fewer "
          "questions than the vocabulary has facts") {
  const auto truth = load_example("skelleftea-school-attendance.yaml");
  engine::Deployment answered =
      load_text("name: Skelleftea school attendance (Datainspektionen, 2019-08-20)\n");
  std::set<std::size_t> skipped;
  std::size_t asked = 0;
  for (;;) {
    const auto questions = rank(answered, skipped);
    if (questions.empty()) {
      break;
    }
    ++asked;
    REQUIRE(asked <= stated_fact_count());
    const std::size_t fact = questions.front().fact;
    if (const dsl::Value* value = truth.facts.get(fact)) {
      answered.facts.set(fact, *value);
    } else {
      skipped.insert(fact); // not established by the decision: "don't know"
    }
  }
  INFO(asked << " questions of " << stated_fact_count() << " facts");
  CHECK(asked < stated_fact_count());
  const auto assessment = bundled_engine().assess(answered, assess_options());
  CHECK(assessment.decision == dsl::Decision::deny);
  std::set<std::string> breach_labels;
  for (const auto& f : assessment.findings) {
    if (f.status == dsl::Status::breach) {
      for (const auto& c : f.rule->citations) {
        breach_labels.insert(c.label());
      }
    }
  }
  for (const char* label :
       {"GDPR Art. 9(1)", "GDPR Recital 43", "GDPR Art. 5(1)(c)", "GDPR Art. 35(7)", "GDPR Art. 36(1)"}) {
    INFO(label);
    CHECK(breach_labels.count(label) == 1);
  }
}

#ifdef FACEPIA_PROGRAM
TEST_CASE("studio: facepia assess --questions lists the deciding facts in rank order, as text and JSON") {
  for (const auto& file : example_files()) {
    DYNAMIC_SECTION(file) {
      const auto path = (source_dir() / "examples/deployments" / file).string();
      const auto deployment = load_example(file);
      const auto questions = rank(deployment);
      const auto decision = bundled_engine().assess(deployment, assess_options()).decision;
      const auto json_run =
          run(std::string(FACEPIA_PROGRAM) +
              " assess --questions --format json --db /nonexistent/dir/x.db '" + path + "' 2>&1");
      CHECK(json_run.status == (decision == dsl::Decision::deny ? 1 : 0));
      const auto json = nlohmann::json::parse(json_run.out);
      REQUIRE(json.at("questions").size() == questions.size());
      for (std::size_t i = 0; i < questions.size(); ++i) {
        CHECK(json["questions"][i].at("fact") == questions[i].path);
        CHECK(json["questions"][i].at("resolves").size() == questions[i].resolves.size());
      }
      CHECK(json.at("open_findings").size() == open_of(deployment).size());
      const auto text_run =
          run(std::string(FACEPIA_PROGRAM) + " assess --questions --no-record '" + path + "'");
      if (!questions.empty()) {
        CHECK(text_run.out.find("  1. " + questions.front().path + " (") != std::string::npos);
      } else {
        CHECK(text_run.out.find("no question decides the outcome") != std::string::npos);
      }
    }
  }
}

TEST_CASE("studio: assess --questions refuses --out and md, and records nothing") {
  const auto path = (source_dir() / "examples/deployments/skelleftea-school-attendance.yaml").string();
  const auto md = run(std::string(FACEPIA_PROGRAM) + " assess --questions --format md '" + path + "' 2>&1");
  CHECK(md.status == 2);
  CHECK(md.out.find("--questions prints the deciding questions as text or json") != std::string::npos);
}
#endif

} // namespace
} // namespace facepia::studio_test
