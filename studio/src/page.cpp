#include "page.hpp"

#include "facepia/dsl/print.hpp"
#include "facepia/engine/facts.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace facepia::studio {

namespace {

std::string esc(std::string_view text) {
  return html_escape(text);
}

std::string t(Lang lang, std::string_view key) {
  return esc(tr(lang, key));
}

std::string head(Lang lang, const std::string& title, const std::string& back) {
  std::string out = "<!doctype html>\n<html lang=\"";
  out += lang == Lang::zh ? "zh-Hans" : "en";
  out += "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, "
         "initial-scale=1\">";
  out += "<title>" + esc(title) + "</title>";
  out += "<link rel=\"stylesheet\" href=\"/static/studio.css\"><script src=\"/static/studio.js\" "
         "defer></script>";
  out += "</head><body><a class=\"skip\" href=\"#main\">" + t(lang, "skip_to_main") + "</a>";
  out += "<header class=\"top\"><a class=\"brand\" href=\"/\">" + t(lang, "title") + "</a><nav>";
  out += "<a href=\"/lang/" + std::string(lang == Lang::zh ? "en" : "zh") + "?back=" + esc(back) +
         "\" lang=\"" + (lang == Lang::zh ? "en" : "zh-Hans") + "\">" + t(lang, "language") + "</a>";
  out += "</nav></header>";
  return out;
}

const char* tail = "</body></html>\n";

std::string hidden(const std::string& name, const std::string& value) {
  return "<input type=\"hidden\" name=\"" + esc(name) + "\" value=\"" + esc(value) + "\">";
}

std::string decision_key(dsl::Decision d) {
  return std::string(dsl::to_string(d));
}

std::string status_key(dsl::Status s) {
  switch (s) {
  case dsl::Status::breach:
    return "breach";
  case dsl::Status::compliant:
    return "compliant";
  case dsl::Status::not_applicable:
    return "not_applicable";
  case dsl::Status::undetermined:
    return "undetermined";
  }
  return "undetermined";
}

// An id-safe form of a fact path, unique per place (`next`, `rank`, `all`).
std::string dom_id(const std::string& place, const std::string& path) {
  std::string id = place + "-";
  for (const char c : path) {
    id += (std::isalnum(static_cast<unsigned char>(c)) != 0) ? c : '-';
  }
  return id;
}

const Question* question_for(const View& view, std::size_t fact) {
  for (const auto& q : view.questions) {
    if (q.fact == fact) {
      return &q;
    }
  }
  return nullptr;
}

std::string why_text(const View& view, const Question& q) {
  const std::size_t open = view.assessment ? open_findings(*view.assessment).size() : 0;
  std::string out = "<p class=\"why\">";
  if (!q.resolves.empty()) {
    out += t(view.lang, "decides") + " " + std::to_string(q.resolves.size()) + " / " + std::to_string(open) +
           " " + t(view.lang, "of_open");
    // A long list of rules is folded away: the question comes first.
    const bool fold = q.resolves.size() > 4;
    out += fold ? "</p><details class=\"rules\"><summary>" + t(view.lang, "which_rules") +
                      "</summary><p class=\"why\">"
                : std::string(": ");
    for (std::size_t i = 0; i < q.resolves.size(); ++i) {
      out += (i == 0 ? "" : ", ") + std::string("<code>") + esc(q.resolves[i]) + "</code>";
    }
    if (fold) {
      return out + "</p></details>";
    }
  } else {
    out += t(view.lang, "bears_on") + " " + std::to_string(q.bears_on.size()) + " / " + std::to_string(open) +
           " " + t(view.lang, "of_open");
  }
  return out + "</p>";
}

// One question as a form. `place`: next (the most decisive), rank (other deciding), all (by section).
std::string question_form(const View& view, std::size_t fact, const std::string& place) {
  const auto& vocabulary = view.engine->vocabulary();
  const auto& decl = vocabulary.fact(fact);
  const Lang lang = view.lang;
  const std::string id = dom_id(place, decl.path);
  const auto answered = view.draft->answers.find(fact);
  const dsl::Value* current = answered == view.draft->answers.end() ? nullptr : &answered->second;
  const bool has_error = view.draft->error_fact == decl.path;
  const Question* q = question_for(view, fact);
  const std::string action = "/d/" + view.draft->id;
  std::string kind;
  switch (decl.type.kind) {
  case dsl::TypeKind::boolean:
    kind = "boolean";
    break;
  case dsl::TypeKind::number:
    kind = "number";
    break;
  case dsl::TypeKind::date:
    kind = "date";
    break;
  case dsl::TypeKind::text:
    kind = "text";
    break;
  case dsl::TypeKind::enumeration:
    kind = "enum";
    break;
  case dsl::TypeKind::set_of_enum:
    kind = "set";
    break;
  }
  std::string out = "<form method=\"post\" action=\"" + action + "/answer\" class=\"q js-post" +
                    std::string(has_error ? " has-error" : "") + "\" id=\"" + id + "\" data-fact=\"" +
                    esc(decl.path) + "\" data-type=\"" + kind + "\">";
  out += hidden("csrf", view.csrf) + hidden("fact", decl.path);
  if (place == "next" || place == "rank") {
    out += hidden("asked", "1");
  }
  const std::string help_id = id + "-help";
  const std::string error_id = id + "-error";
  const std::string described = help_id + (has_error ? " " + error_id : "");
  const std::string invalid = has_error ? " aria-invalid=\"true\"" : "";
  std::string help = "<p class=\"help\" id=\"" + help_id + "\">" + esc(decl.meaning) + "</p>";
  if (q != nullptr && place != "all") {
    help += why_text(view, *q);
  }
  std::string error;
  if (has_error) {
    error = "<div class=\"error\" role=\"alert\" id=\"" + error_id + "\"><pre>" +
            esc(view.draft->error_text) + "</pre></div>";
  }
  const std::string title = "<code class=\"path\">" + esc(decl.path) + "</code>";
  if (kind == "boolean" || kind == "enum" || kind == "set") {
    out += "<fieldset aria-describedby=\"" + described + "\"><legend>" + title + "</legend>" + help;
    if (kind == "set") {
      out += "<p class=\"hint\">" + t(lang, "choose") + "</p>";
    }
    out += "<div class=\"choices\">";
    std::vector<Choice> choices;
    if (kind == "boolean") {
      choices = {{"true", std::string(tr(lang, "yes"))}, {"false", std::string(tr(lang, "no"))}};
    } else {
      choices = view.questionnaire->choices_of(decl);
    }
    for (std::size_t i = 0; i < choices.size(); ++i) {
      const auto& c = choices[i];
      bool checked = false;
      if (current != nullptr) {
        if (const auto* b = std::get_if<bool>(current)) {
          checked = (c.value == "true") == *b;
        } else if (const auto* e = std::get_if<dsl::EnumValue>(current)) {
          checked = e->name == c.value;
        } else if (const auto* s = std::get_if<dsl::EnumSet>(current)) {
          checked = s->count(c.value) > 0;
        }
      }
      const std::string input_id = id + "-" + std::to_string(i);
      out += "<label class=\"choice\" for=\"" + input_id + "\"><input type=\"" +
             std::string(kind == "set" ? "checkbox" : "radio") + "\" name=\"value\" id=\"" + input_id +
             "\" value=\"" + esc(c.value) + "\"" + (checked ? " checked" : "") + invalid + "><span>";
      if (kind == "boolean") {
        out += esc(c.comment);
      } else {
        out += "<code>" + esc(c.value) + "</code>" +
               (c.comment.empty() ? std::string() : " <span class=\"comment\">" + esc(c.comment) + "</span>");
      }
      out += "</span></label>";
    }
    out += "</div>" + error + "</fieldset>";
  } else {
    const std::string input_id = id + "-input";
    out += "<label class=\"label\" for=\"" + input_id + "\">" + title;
    if (kind == "number" && !decl.type.unit.empty()) {
      out += " <span class=\"unit\">(" + esc(decl.type.unit) + ")</span>";
    }
    out += "</label>" + help;
    std::string value;
    if (current != nullptr) {
      if (const auto* s = std::get_if<std::string>(current)) {
        value = *s;
      } else if (const auto* n = std::get_if<dsl::Quantity>(current)) {
        value = yaml_value(*n);
      } else {
        value = dsl::format_value(*current);
      }
    }
    if (kind == "text") {
      out += "<textarea name=\"value\" id=\"" + input_id + "\" rows=\"4\" aria-describedby=\"" + described +
             "\"" + invalid + ">" + esc(value) + "</textarea>";
    } else {
      out += "<input type=\"text\" name=\"value\" id=\"" + input_id + "\" value=\"" + esc(value) + "\"" +
             (kind == "number" ? " inputmode=\"decimal\" placeholder=\"" + t(lang, "number_hint") + "\""
                               : " placeholder=\"" + t(lang, "date_hint") + "\"") +
             " aria-describedby=\"" + described + "\"" + invalid + ">";
    }
    out += error;
  }
  out +=
      "<div class=\"actions\"><button type=\"submit\" class=\"primary\">" + t(lang, "answer") + "</button>";
  if (current == nullptr) {
    out += "<button type=\"submit\" formaction=\"" + action + "/skip\">" + t(lang, "dont_know") + "</button>";
  } else {
    out += "<button type=\"submit\" formaction=\"" + action + "/clear\">" + t(lang, "clear") + "</button>";
  }
  out += "</div></form>";
  return out;
}

std::string findings_list(const View& view) {
  const auto& a = *view.assessment;
  const Lang lang = view.lang;
  std::string out;
  // Refusing first (breaches, then undetermined), then the other breaches and undetermined; compliant ones
  // are counted, not listed.
  std::vector<const engine::Finding*> shown;
  for (int pass = 0; pass < 4; ++pass) {
    for (const auto& f : a.findings) {
      const bool breach = f.status == dsl::Status::breach;
      const bool undetermined = f.status == dsl::Status::undetermined;
      if ((pass == 0 && breach && f.refuses) || (pass == 1 && undetermined && f.refuses) ||
          (pass == 2 && breach && !f.refuses) || (pass == 3 && undetermined && !f.refuses)) {
        shown.push_back(&f);
      }
    }
  }
  std::size_t compliant = 0;
  std::size_t not_applicable = 0;
  for (const auto& f : a.findings) {
    compliant += f.status == dsl::Status::compliant ? 1 : 0;
    not_applicable += f.status == dsl::Status::not_applicable ? 1 : 0;
  }
  out += "<p class=\"counts\">" + std::to_string(compliant) + " " + t(lang, "compliant") + " · " +
         std::to_string(not_applicable) + " " + t(lang, "not_applicable") + "</p>";
  out += "<ul class=\"findings\">";
  for (const auto* f : shown) {
    const std::string status = status_key(f->status);
    out += "<li class=\"finding " + status + (f->refuses ? " refuses" : "") + "\" data-rule=\"" +
           esc(f->rule_id()) + "\" data-status=\"" + status + "\" data-refuses=\"" +
           (f->refuses ? "1" : "0") + "\"><span class=\"badge " + status + "\">" + t(lang, status) +
           "</span> <code>" + esc(f->rule_id()) + "</code> <span class=\"severity\">" +
           esc(dsl::to_string(f->rule->severity)) + "</span>";
    out += "<span class=\"cites\">";
    for (const auto& c : f->rule->citations) {
      out += "<span class=\"cite\">" + esc(c.label()) + "</span>";
    }
    out += "</span><p>" + esc(f->message) + "</p>";
    if (!f->missing_facts.empty()) {
      out += "<p class=\"needs\">" + t(lang, "missing") + ": ";
      for (std::size_t i = 0; i < f->missing_facts.size(); ++i) {
        out += (i == 0 ? "" : ", ") + std::string("<code>") + esc(f->missing_facts[i]) + "</code>";
      }
      out += "</p>";
    }
    out += "</li>";
  }
  out += "</ul>";
  return out;
}

std::string judgements(const View& view) {
  const auto& a = *view.assessment;
  const Lang lang = view.lang;
  std::string out = "<h3>" + t(lang, "judgements") + "</h3><ul class=\"judgements\">";
  for (const auto& d : a.derived) {
    const std::string id = dom_id("override", d.fact);
    const bool has_error = view.draft->error_fact == "override:" + d.fact;
    out += "<li><code>" + esc(d.fact) + "</code> = <strong>" +
           (d.value ? esc(dsl::format_value(*d.value)) : t(lang, "unknown")) + "</strong>";
    if (d.overridden) {
      out += " <span class=\"badge overridden\">" + t(lang, "overridden") + "</span>";
    }
    out += "<p class=\"reasoning\">" + esc(d.reasoning) + "</p>";
    out += std::string("<details") + (has_error ? " open" : "") + "><summary>" + t(lang, "override") +
           "</summary><form method=\"post\" class=\"js-post override\" action=\"/d/" + view.draft->id +
           "/override\" id=\"" + id + "\">" + hidden("csrf", view.csrf) + hidden("fact", d.fact);
    out += "<p class=\"help\">" + t(lang, "override_help") + "</p>";
    const auto* decl = view.engine->program().find_fact(d.fact);
    const bool boolean = decl != nullptr && decl->type.kind == dsl::TypeKind::boolean;
    if (boolean) {
      out += "<fieldset><legend>" + esc(d.fact) + "</legend><div class=\"choices\">";
      for (const char* v : {"true", "false"}) {
        out += "<label class=\"choice\"><input type=\"radio\" name=\"value\" value=\"" + std::string(v) +
               "\"><span>" + t(lang, std::string_view(v) == "true" ? "yes" : "no") + "</span></label>";
      }
      out += "</div></fieldset>";
    } else {
      out += "<label class=\"label\" for=\"" + id + "-value\">" + esc(d.fact) +
             "</label><input type=\"text\" name=\"value\" id=\"" + id + "-value\">";
    }
    out += "<label class=\"label\" for=\"" + id + "-why\">" + t(lang, "justification") +
           "</label><textarea name=\"justification\" id=\"" + id + "-why\" rows=\"3\" required></textarea>";
    if (has_error) {
      out += "<div class=\"error\" role=\"alert\"><pre>" + esc(view.draft->error_text) + "</pre></div>";
    }
    out += "<div class=\"actions\"><button type=\"submit\" class=\"primary\">" + t(lang, "override") +
           "</button>";
    if (d.overridden || std::any_of(view.draft->overrides.begin(), view.draft->overrides.end(),
                                    [&](const engine::Override& o) { return o.fact == d.fact; })) {
      out += "<button type=\"submit\" name=\"remove\" value=\"1\" formnovalidate>" +
             t(lang, "remove_override") + "</button>";
    }
    out += "</div></form></details></li>";
  }
  return out + "</ul>";
}

std::string file_actions(const View& view) {
  const Lang lang = view.lang;
  const std::string base = "/d/" + view.draft->id;
  std::string out = "<h3>" + t(lang, "save") + "</h3>";
  const bool save_error = view.draft->error_fact == "save" || view.draft->error_fact == "record";
  out += "<form method=\"post\" class=\"js-post\" action=\"" + base + "/save\" id=\"save\">" +
         hidden("csrf", view.csrf);
  out += "<label class=\"label\" for=\"save-file\">" + t(lang, "save_help") + "</label>";
  out += "<input type=\"text\" name=\"file\" id=\"save-file\" value=\"" +
         esc(view.draft->file.empty() ? std::string("deployment.yaml") : view.draft->file) + "\"" +
         (save_error ? " aria-invalid=\"true\"" : "") + ">";
  out += "<div class=\"actions\"><button type=\"submit\" class=\"primary\">" + t(lang, "save") +
         "</button><button type=\"submit\" formaction=\"" + base + "/record\" id=\"record\">" +
         t(lang, "record") + "</button></div></form>";
  if (save_error) {
    out += "<div class=\"error\" role=\"alert\"><pre>" + esc(view.draft->error_text) + "</pre></div>";
  }
  out += "<p class=\"downloads\">" + t(lang, "download") + ": <a href=\"" + base +
         "/deployment.yaml\" download>YAML</a> · " + t(lang, "report") + " <a href=\"" + base +
         "/report.html\" download>HTML</a> · <a href=\"" + base +
         "/report.md\" download>Markdown</a> · <a href=\"" + base + "/report.json\" download>JSON</a></p>";
  return out;
}

std::size_t stated_facts(const engine::Vocabulary& vocabulary) {
  std::size_t n = 0;
  for (const auto& f : vocabulary.facts()) {
    n += f.derived ? 0 : 1;
  }
  return n;
}

} // namespace

std::string error_page(Lang lang, int status, const std::string& message) {
  std::string out = head(lang, std::string(tr(lang, "title")), "/");
  out += "<main id=\"main\" class=\"narrow\"><h1>" + std::to_string(status) + "</h1><pre class=\"error\">" +
         esc(message) + "</pre><p><a href=\"/\">" + t(lang, "home") + "</a></p></main>";
  return out + tail;
}

std::string home_page(const Home& home) {
  const Lang lang = home.lang;
  std::string out = head(lang, std::string(tr(lang, "title")), "/");
  out += "<main id=\"main\" class=\"narrow\"><h1>" + t(lang, "title") + "</h1><p class=\"lead\">" +
         t(lang, "tagline") + "</p>";
  out += "<section aria-labelledby=\"new-h\"><h2 id=\"new-h\">" + t(lang, "new") + "</h2><p>" +
         t(lang, "new_help") + "</p><form method=\"post\" action=\"/new\" id=\"new\">" +
         hidden("csrf", home.csrf) + "<button type=\"submit\" class=\"primary\">" + t(lang, "new") +
         "</button></form></section>";
  out += "<section aria-labelledby=\"open-h\"><h2 id=\"open-h\">" + t(lang, "open") + "</h2>";
  if (home.files.empty()) {
    out += "<p>" + t(lang, "no_files") + "</p>";
  } else {
    out += "<form method=\"post\" action=\"/open\" id=\"open\">" + hidden("csrf", home.csrf) +
           "<label class=\"label\" for=\"open-file\">" + t(lang, "open_help") +
           "</label><select name=\"file\" id=\"open-file\">";
    for (const auto& f : home.files) {
      out += "<option value=\"" + esc(f) + "\">" + esc(f) + "</option>";
    }
    out +=
        "</select> <button type=\"submit\" class=\"primary\">" + t(lang, "open_button") + "</button></form>";
  }
  out += "</section><section aria-labelledby=\"hist-h\"><h2 id=\"hist-h\">" + t(lang, "history") + "</h2>";
  if (!home.history_error.empty()) {
    out += "<pre class=\"error\">" + esc(home.history_error) + "</pre>";
  } else if (home.history.empty()) {
    out += "<p>" + t(lang, "no_history") + "</p>";
  } else {
    out += "<ul class=\"history\">";
    for (const auto& h : home.history) {
      out += "<li data-seq=\"" + std::to_string(h.seq) + "\"><span class=\"badge " + esc(h.decision) + "\">" +
             t(lang, h.decision) + "</span> <strong>" + esc(h.deployment) +
             "</strong> <span class=\"meta\">#" + std::to_string(h.seq) + " · " + esc(h.assessed_at) +
             " · <code>" + esc(h.id.substr(0, 12)) + "</code></span> <a href=\"/history/" +
             std::to_string(h.seq) + ".json\">" + t(lang, "recorded_json") + "</a>";
      if (std::find(home.files.begin(), home.files.end(), h.deployment_file) != home.files.end()) {
        out += "<form method=\"post\" action=\"/open\" class=\"inline\">" + hidden("csrf", home.csrf) +
               hidden("file", h.deployment_file) + "<button type=\"submit\">" + t(lang, "reopen") + " " +
               esc(h.deployment_file) + "</button></form>";
      }
      out += "</li>";
    }
    out += "</ul>";
  }
  out += "</section></main>";
  return out + tail;
}

std::string draft_page(const View& view) {
  const Lang lang = view.lang;
  const Draft& draft = *view.draft;
  const auto& vocabulary = view.engine->vocabulary();
  const std::string base = "/d/" + draft.id;
  std::string title = (draft.name.empty() ? std::string(tr(lang, "new")) : draft.name) + " · " +
                      std::string(tr(lang, "title"));
  std::string out = head(lang, title, base);
  const std::string decision = view.assessment ? decision_key(view.assessment->decision) : "deny";
  out += "<main id=\"main\" data-draft=\"" + draft.id + "\" data-revision=\"" +
         std::to_string(draft.revision) + "\" data-decision=\"" + decision + "\" data-assessment-id=\"" +
         (view.assessment ? view.assessment->id : std::string()) + "\" data-questions-asked=\"" +
         std::to_string(draft.questions_asked) + "\" data-vocabulary-facts=\"" +
         std::to_string(stated_facts(vocabulary)) + "\">";
  out += "<div class=\"layout\"><section class=\"questions\" aria-labelledby=\"q-h\">";
  if (!draft.notice.empty()) {
    out += "<p class=\"notice\" role=\"status\">" + esc(draft.notice) + "</p>";
  }
  if (!view.load_error.empty()) {
    out += "<div class=\"error\" role=\"alert\"><pre>" + esc(view.load_error) + "</pre></div>";
  }
  // An error that belongs to no question on the page (a fact not in the vocabulary) is shown at the top.
  if (!draft.error_fact.empty() && draft.error_fact != "name" && draft.error_fact != "save" &&
      draft.error_fact != "record" && !draft.error_fact.starts_with("override:")) {
    const auto index = vocabulary.index(draft.error_fact);
    if (!index || vocabulary.fact(*index).derived) {
      out +=
          "<div class=\"error\" role=\"alert\" id=\"error\"><pre>" + esc(draft.error_text) + "</pre></div>";
    }
  } else if (draft.error_fact.starts_with("override:") && view.assessment &&
             std::none_of(
                 view.assessment->derived.begin(), view.assessment->derived.end(),
                 [&](const engine::DerivedValue& d) { return "override:" + d.fact == draft.error_fact; })) {
    out += "<div class=\"error\" role=\"alert\" id=\"error\"><pre>" + esc(draft.error_text) + "</pre></div>";
  }
  // The name.
  out += "<form method=\"post\" class=\"js-post name\" action=\"" + base + "/name\" id=\"name\">" +
         hidden("csrf", view.csrf) + "<label class=\"label\" for=\"name-input\">" + t(lang, "name") +
         "</label><div class=\"row\"><input type=\"text\" name=\"name\" id=\"name-input\" value=\"" +
         esc(draft.name) + "\"" + (draft.error_fact == "name" ? " aria-invalid=\"true\"" : "") +
         "><button type=\"submit\">" + t(lang, "rename") + "</button></div>";
  if (draft.error_fact == "name") {
    out += "<div class=\"error\" role=\"alert\"><pre>" + esc(draft.error_text) + "</pre></div>";
  }
  out += "</form>";

  out += "<h2 id=\"q-h\">" + t(lang, "next_question") + "</h2><div id=\"next\">";
  if (!view.questions.empty()) {
    out += question_form(view, view.questions.front().fact, "next");
  } else if (view.assessment) {
    out += "<p class=\"done\" id=\"done\">" + t(lang, "no_more_questions") + "</p>";
  }
  out += "</div>";
  // An error on a question that is not the next one is shown where the question is, opened.
  const bool error_elsewhere =
      !draft.error_fact.empty() &&
      (view.questions.empty() || vocabulary.fact(view.questions.front().fact).path != draft.error_fact);
  if (view.questions.size() > 1) {
    out += "<details class=\"group\"><summary>" + t(lang, "other_questions") + " (" +
           std::to_string(view.questions.size() - 1) + ")</summary>";
    for (std::size_t i = 1; i < view.questions.size(); ++i) {
      out += question_form(view, view.questions[i].fact, "rank");
    }
    out += "</details>";
  }
  // Free text for the report: always offered, never decisive.
  const bool text_error = [&] {
    const auto index = vocabulary.index(draft.error_fact);
    return index && vocabulary.fact(*index).type.kind == dsl::TypeKind::text;
  }();
  out += std::string("<details class=\"group\"") + (text_error ? " open" : "") + "><summary>" +
         t(lang, "report_fields") + "</summary>";
  for (std::size_t i = 0; i < vocabulary.size(); ++i) {
    const auto& f = vocabulary.fact(i);
    if (!f.derived && f.type.kind == dsl::TypeKind::text) {
      out += question_form(view, i, "text");
    }
  }
  out += "</details>";
  out += "<details class=\"group\"><summary>" + t(lang, "answered") + " (" +
         std::to_string(draft.answers.size()) + ")</summary><ul class=\"answered\">";
  for (const auto& [index, value] : draft.answers) {
    const auto& path = vocabulary.fact(index).path;
    out += "<li data-fact=\"" + esc(path) + "\"><code>" + esc(path) + "</code> = <strong>" +
           esc(dsl::format_value(value)) +
           "</strong><form method=\"post\" class=\"js-post inline\" action=\"" + base + "/clear\">" +
           hidden("csrf", view.csrf) + hidden("fact", path) + "<button type=\"submit\">" + t(lang, "clear") +
           "</button></form></li>";
  }
  out += "</ul></details>";
  if (!draft.skipped.empty()) {
    out += "<details class=\"group\"><summary>" + t(lang, "skipped") + " (" +
           std::to_string(draft.skipped.size()) + ")</summary><ul class=\"answered\">";
    for (const auto index : draft.skipped) {
      const auto& path = vocabulary.fact(index).path;
      out += "<li><code>" + esc(path) + "</code><form method=\"post\" class=\"js-post inline\" action=\"" +
             base + "/unskip\">" + hidden("csrf", view.csrf) + hidden("fact", path) +
             "<button type=\"submit\">" + t(lang, "ask_again") + "</button></form></li>";
    }
    out += "</ul></details>";
  }
  out += std::string("<details class=\"group\"") + (error_elsewhere ? " open" : "") + "><summary>" +
         t(lang, "all_facts") + "</summary>";
  for (const auto& section : view.questionnaire->sections) {
    const bool open = error_elsewhere &&
                      std::any_of(section.facts.begin(), section.facts.end(),
                                  [&](std::size_t f) { return vocabulary.fact(f).path == draft.error_fact; });
    out += std::string("<details class=\"section\"") + (open ? " open" : "") + "><summary>" +
           esc(section.title) + " (" + std::to_string(section.facts.size()) + ")</summary>";
    for (const auto f : section.facts) {
      if (vocabulary.fact(f).type.kind != dsl::TypeKind::text) {
        out += question_form(view, f, "all");
      }
    }
    out += "</details>";
  }
  out += "</details></section>";

  // The live result.
  out += "<aside class=\"result\" aria-labelledby=\"r-h\"><h2 id=\"r-h\">" + t(lang, "decision") + "</h2>";
  if (view.assessment) {
    const auto& a = *view.assessment;
    out += "<p class=\"decision " + decision + "\" id=\"decision\" role=\"status\" aria-live=\"polite\">" +
           t(lang, decision) + "</p>";
    out += "<dl class=\"facts\"><dt>" + t(lang, "assessment_id") + "</dt><dd><code id=\"assessment-id\">" +
           esc(a.id) + "</code></dd><dt>" + t(lang, "as_of") + "</dt><dd>" + esc(a.as_of.iso()) +
           "</dd><dt>" + t(lang, "questions_asked") + "</dt><dd id=\"asked\">" +
           std::to_string(draft.questions_asked) + " / " + std::to_string(stated_facts(vocabulary)) + " " +
           t(lang, "vocabulary_facts") + "</dd></dl>";
    out += "<h3>" + t(lang, "findings") + "</h3>" + findings_list(view);
    if (!a.conditions.empty()) {
      out += "<h3>" + t(lang, "conditions") + "</h3><ul class=\"conditions\">";
      for (const auto& c : a.conditions) {
        out += "<li><code>" + esc(c.condition->key) + "</code>" +
               (c.condition->value ? " " + esc(dsl::format_value(*c.condition->value)) : std::string()) +
               " <span class=\"meta\">" + esc(c.rule->id) + "</span></li>";
      }
      out += "</ul>";
    }
    out += judgements(view);
  }
  out += file_actions(view);
  out += "</aside></div></main>";
  return out + tail;
}

nlohmann::json state_json(const View& view) {
  const auto& vocabulary = view.engine->vocabulary();
  nlohmann::json j;
  j["draft"] = view.draft->id;
  j["revision"] = view.draft->revision;
  j["name"] = view.draft->name;
  j["file"] = view.draft->file;
  j["questions_asked"] = view.draft->questions_asked;
  j["vocabulary_facts"] = stated_facts(vocabulary);
  j["yaml"] = view.yaml;
  nlohmann::json answers = nlohmann::json::object();
  for (const auto& [index, value] : view.draft->answers) {
    answers[vocabulary.fact(index).path] = yaml_value(value);
  }
  j["answers"] = std::move(answers);
  nlohmann::json skipped = nlohmann::json::array();
  for (const auto index : view.draft->skipped) {
    skipped.push_back(vocabulary.fact(index).path);
  }
  j["skipped"] = std::move(skipped);
  nlohmann::json questions = nlohmann::json::array();
  for (const auto& q : view.questions) {
    questions.push_back({{"fact", q.path}, {"resolves", q.resolves}, {"bears_on", q.bears_on}});
  }
  j["questions"] = std::move(questions);
  if (!view.load_error.empty()) {
    j["error"] = view.load_error;
  }
  if (view.assessment) {
    const auto& a = *view.assessment;
    j["decision"] = std::string(dsl::to_string(a.decision));
    j["assessment_id"] = a.id;
    j["as_of"] = a.as_of.iso();
    nlohmann::json findings = nlohmann::json::array();
    for (const auto& f : a.findings) {
      if (f.status != dsl::Status::breach && f.status != dsl::Status::undetermined) {
        continue;
      }
      nlohmann::json labels = nlohmann::json::array();
      for (const auto& c : f.rule->citations) {
        labels.push_back(c.label());
      }
      findings.push_back({{"rule", f.rule_id()},
                          {"status", std::string(dsl::to_string(f.status))},
                          {"refuses", f.refuses},
                          {"citations", std::move(labels)},
                          {"missing_facts", f.missing_facts}});
    }
    j["findings"] = std::move(findings);
  }
  return j;
}

} // namespace facepia::studio
