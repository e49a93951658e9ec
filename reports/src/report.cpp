#include "facepia/reports/report.hpp"

#include "document.hpp"

namespace facepia::reports {

std::optional<Format> format_from_string(std::string_view format) {
  if (format == "md" || format == "markdown") {
    return Format::markdown;
  }
  if (format == "html") {
    return Format::html;
  }
  if (format == "json") {
    return Format::json;
  }
  return std::nullopt;
}

std::optional<Lang> lang_from_string(std::string_view lang) {
  if (lang == "en") {
    return Lang::en;
  }
  if (lang == "zh") {
    return Lang::zh;
  }
  return std::nullopt;
}

std::string render(const engine::Assessment& assessment, const dsl::Program& program, Format format,
                   const ReportOptions& options) {
  const detail::Document document = detail::build(assessment, program, options);
  switch (format) {
  case Format::markdown:
    return detail::to_markdown(document);
  case Format::html:
    return detail::to_html(document);
  case Format::json:
    return detail::to_json(document);
  }
  return {};
}

std::string render(const engine::Engine& engine, const engine::Assessment& assessment, Format format,
                   const ReportOptions& options) {
  ReportOptions o = options;
  if (o.rules_version.empty()) {
    o.rules_version = engine.rules_digest();
  }
  return render(assessment, engine.program(), format, o);
}

} // namespace facepia::reports
