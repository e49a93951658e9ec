// The studio's pages: server-rendered HTML (one stylesheet, one small script, no framework), accessible
// (labels, fieldsets, keyboard, a live region for the decision) and in English or Chinese.
#pragma once

#include "draft.hpp"
#include "facepia/engine/engine.hpp"
#include "facepia/engine/store.hpp"
#include "facepia/platform/html.hpp"
#include "facepia/studio/questions.hpp"
#include "i18n.hpp"
#include "questionnaire.hpp"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace facepia::studio {

struct View {
  Draft* draft = nullptr;
  Lang lang = Lang::en;
  std::string csrf;
  const Questionnaire* questionnaire = nullptr;
  const engine::Engine* engine = nullptr;
  std::string yaml;
  std::string load_error;
  std::optional<engine::Assessment> assessment;
  std::vector<Question> questions;
};

struct Home {
  Lang lang = Lang::en;
  std::string csrf;
  std::vector<std::string> files;
  std::string working_dir;
  std::vector<engine::StoredAssessment> history;
  std::string history_error;
};

inline std::string html_escape(std::string_view text) {
  return platform::escape_html(text);
}
std::string home_page(const Home& home);
std::string draft_page(const View& view);
std::string error_page(Lang lang, int status, const std::string& message);
// What a test or a script needs of a draft: its revision, the decision, the questions, the answers.
nlohmann::json state_json(const View& view);
std::string_view stylesheet();
std::string_view script();

} // namespace facepia::studio
