#include "questionnaire.hpp"

#include <algorithm>
#include <filesystem>
#include <string_view>

namespace facepia::studio {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

bool is_rule_line(std::string_view line) {
  line = trim(line);
  return line.size() > 10 && line.starts_with("# ---") &&
         line.find_first_not_of("#- ") == std::string_view::npos;
}

// The banner titles of one file with the offset where each begins:
//   # ----------
//   # Who decides: the controller
//   # ----------
std::vector<std::pair<std::size_t, std::string>> banners(const std::string& text) {
  std::vector<std::pair<std::size_t, std::string>> found;
  std::vector<std::pair<std::size_t, std::string_view>> lines;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) {
      end = text.size();
    }
    lines.emplace_back(start, std::string_view(text).substr(start, end - start));
    start = end + 1;
  }
  for (std::size_t i = 0; i + 2 < lines.size(); ++i) {
    const auto title = trim(lines[i + 1].second);
    if (is_rule_line(lines[i].second) && is_rule_line(lines[i + 2].second) && title.starts_with("#") &&
        !is_rule_line(title)) {
      found.emplace_back(lines[i].first, std::string(trim(title.substr(1))));
    }
  }
  return found;
}

// The comment after a value on its line: `school,  # a school ...` gives "a school ...".
std::string trailing_comment(const std::string& text, std::size_t from) {
  const std::size_t end = std::min(text.find('\n', from), text.size());
  const std::size_t hash = text.find('#', from);
  if (hash == std::string::npos || hash >= end) {
    return {};
  }
  return std::string(trim(std::string_view(text).substr(hash + 1, end - hash - 1)));
}

} // namespace

const std::vector<Choice>& Questionnaire::choices_of(const dsl::FactDecl& fact) const {
  static const std::vector<Choice> none;
  const auto it = choices.find(fact.type.enum_name);
  return it == choices.end() ? none : it->second;
}

Questionnaire build_questionnaire(const dsl::Program& program, const engine::Vocabulary& vocabulary) {
  Questionnaire q;
  for (const auto& decl : program.enums) {
    const std::string& text = program.sources.file(decl.span.file).text();
    std::vector<Choice> choices;
    for (std::size_t i = 0; i < decl.values.size(); ++i) {
      const std::size_t end = i < decl.value_spans.size() ? decl.value_spans[i].end : text.size();
      choices.push_back({decl.values[i], end < text.size() ? trailing_comment(text, end) : std::string()});
    }
    q.choices[decl.name] = std::move(choices);
  }
  // Sections by (file, banner): a fact belongs to the last banner before it in its file, else to its file.
  std::map<dsl::FileId, std::vector<std::pair<std::size_t, std::string>>> file_banners;
  std::map<std::pair<dsl::FileId, std::size_t>, std::size_t> section_index;
  q.section_of.assign(vocabulary.size(), static_cast<std::size_t>(-1));
  for (std::size_t i = 0; i < vocabulary.size(); ++i) {
    const auto& fact = vocabulary.fact(i);
    if (fact.derived) {
      continue;
    }
    const dsl::FileId file = fact.span.file;
    auto it = file_banners.find(file);
    if (it == file_banners.end()) {
      it = file_banners.emplace(file, banners(program.sources.file(file).text())).first;
    }
    std::size_t banner = 0; // 0: before any banner; k: the k-th banner
    for (std::size_t k = 0; k < it->second.size() && it->second[k].first <= fact.span.begin; ++k) {
      banner = k + 1;
    }
    const auto key = std::make_pair(file, banner);
    auto found = section_index.find(key);
    if (found == section_index.end()) {
      std::string title = banner > 0
                              ? it->second[banner - 1].second
                              : std::filesystem::path(program.sources.file(file).path()).stem().string();
      found = section_index.emplace(key, q.sections.size()).first;
      q.sections.push_back({std::move(title), {}});
    }
    q.sections[found->second].facts.push_back(i);
    q.section_of[i] = found->second;
  }
  return q;
}

} // namespace facepia::studio
