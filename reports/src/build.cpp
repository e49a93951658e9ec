// Builds the report's document model from an assessment: nine sections mapped to GDPR Art. 35(7), PIPL Art.
// 56 and WP248 Annex 2.
#include "document.hpp"
#include "facepia/engine/output.hpp"
#include "facepia/platform/clock.hpp"
#include "facts_view.hpp"
#include "risks.hpp"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <map>
#include <set>

namespace facepia::reports::detail {

json paragraph(std::string text) {
  return json{{"type", "p"}, {"text", std::move(text)}};
}
json heading(std::string text, std::string id) {
  return json{{"type", "h3"}, {"text", std::move(text)}, {"id", std::move(id)}};
}
json key_values(json rows) {
  return json{{"type", "kv"}, {"rows", std::move(rows)}};
}
json table(std::vector<std::string> columns, json rows, int status_column) {
  return json{{"type", "table"},
              {"columns", std::move(columns)},
              {"rows", std::move(rows)},
              {"status", status_column}};
}
json bullet_list(std::vector<std::string> items, bool ordered) {
  return json{{"type", "list"}, {"items", std::move(items)}, {"ordered", ordered}};
}
json callout(std::string tone, std::string title, std::string text) {
  return json{
      {"type", "callout"}, {"tone", std::move(tone)}, {"title", std::move(title)}, {"text", std::move(text)}};
}

namespace {

std::string citations_text(const std::vector<dsl::ProvisionRef>& refs) {
  std::string out;
  for (const auto& r : refs) {
    out += (out.empty() ? "" : ", ") + r.label();
  }
  return out;
}

std::string status_key(dsl::Status s) {
  return std::string(dsl::to_string(s));
}

int status_rank(dsl::Status s) {
  switch (s) {
  case dsl::Status::breach:
    return 0;
  case dsl::Status::undetermined:
    return 1;
  case dsl::Status::compliant:
    return 2;
  case dsl::Status::not_applicable:
    return 3;
  }
  return 4;
}

class Builder {
public:
  Builder(const engine::Assessment& a, const dsl::Program& program, const ReportOptions& options)
      : a_(a), program_(program), options_(options), lang_(options.lang), facts_(a, options.lang),
        risks_(risk_analysis(a, options.lang)) {
    for (const auto& i : program_.instruments) {
      known_.push_back(i.id);
    }
    for (const auto& i : a_.instruments) {
      if (i.state == engine::InstrumentState::out_of_scope ||
          i.state == engine::InstrumentState::not_in_force) {
        hidden_.insert(i.id);
      }
    }
    gdpr_ = shows("GDPR");
    pipl_ = shows("PIPL");
  }

  Document build() {
    Document d;
    d.lang = lang_;
    d.title = L(gdpr_ == pipl_ ? "title" : gdpr_ ? "title_gdpr" : "title_pipl");
    std::vector<std::string> kicker;
    if (gdpr_) {
      kicker.push_back(L("kicker_gdpr"));
    }
    if (pipl_) {
      kicker.push_back(L("kicker_pipl"));
    }
    if (gdpr_) {
      kicker.push_back("WP248 rev.01");
    }
    for (const auto& k : kicker) {
      d.kicker += (d.kicker.empty() ? "" : " · ") + k;
    }
    d.subtitle = a_.deployment_name;
    d.decision = std::string(dsl::to_string(a_.decision));
    d.draft = options_.draft;
    d.assessment = json::parse(engine::to_json(a_).dump());
    d.cover.push_back({L("controller"), facts_.text("controller.name").value_or(L("not_stated"))});
    d.cover.push_back(
        {L("deployment"),
         a_.deployment_name + (a_.deployment_file.empty() ? "" : " (" + a_.deployment_file + ")")});
    d.cover.push_back({L("decision"), L("decision_" + d.decision)});
    // The ids shortened to 16 digits on every page, so that the footer fits beside the page number; the cover
    // gives them whole.
    d.footer = (d.draft ? L("draft_mark") + " · " : std::string()) + "facepia · " + L("assessment_id") + " " +
               a_.id.substr(0, 16) + " · " + L("rules_version") + " " +
               (options_.rules_version.empty() ? L("not_stated") : options_.rules_version.substr(0, 16));
    d.cover.push_back({L("assessment_id"), a_.id});
    d.cover.push_back(
        {L("rules_version"), options_.rules_version.empty() ? L("not_stated") : options_.rules_version});
    d.cover.push_back({L("as_of"), a_.as_of.iso() + " (" + a_.as_of_source + ")"});
    d.cover.push_back(
        {L("generated_at"), options_.generated_at.empty() ? platform::utc_now() : options_.generated_at});
    d.cover.push_back({L("engine_version"), std::string(engine::engine_version())});
    d.sections.push_back(summary());
    d.lawful_paths = lawful_paths_;
    d.sections.push_back(description());
    d.sections.push_back(necessity());
    d.sections.push_back(lawfulness());
    d.sections.push_back(risk_section());
    d.sections.push_back(measures());
    d.sections.push_back(open_questions());
    d.sections.push_back(consultation());
    d.sections.push_back(annex());
    return d;
  }

private:
  std::string L(std::string_view key) const { return label(lang_, key); }

  // The report speaks only of the instruments that bear on the deployment: those that apply, whose scope is
  // unknown, or that are in scope but not assessed. An instrument out of scope or not in force is one line
  // in the lawfulness section's statement, and nowhere else.
  bool shows(std::string_view instrument) const { return hidden_.count(std::string(instrument)) == 0; }

  // The instrument a citation names ("PIPL Art. 6", "个人信息保护法第6条"), or empty when it names none.
  std::string cited_instrument(std::string_view item) const {
    while (!item.empty() && item.front() == ' ') {
      item.remove_prefix(1);
    }
    for (const auto& id : known_) {
      if (item.size() > id.size() && item.substr(0, id.size()) == id && item[id.size()] == ' ') {
        return id;
      }
    }
    // Citations that name the law by another name, or the GDPR's own guidance.
    constexpr std::pair<std::string_view, std::string_view> aliases[] = {
        {"个人信息保护法", "PIPL"}, {"EDPB ", "GDPR"}, {"WP29", "GDPR"}, {"WP248", "GDPR"}};
    for (const auto& [alias, id] : aliases) {
      if (item.substr(0, alias.size()) == alias) {
        return std::string(id);
      }
    }
    return {};
  }

  // A list of citations ("SPC-FR Art. 4(1); GDPR Art. 7(4); PIPL Art. 16") without those of instruments the
  // report does not show; text that cites no instrument is returned as it is. `removed` tells whether every
  // citation was dropped.
  std::string cites(const std::string& text, bool* removed = nullptr) const {
    if (removed != nullptr) {
      *removed = false;
    }
    for (std::string_view separator : {"; ", "；", ", "}) {
      std::vector<std::string> items;
      std::size_t from = 0;
      while (true) {
        const auto at = text.find(separator, from);
        items.push_back(text.substr(from, at == std::string::npos ? std::string::npos : at - from));
        if (at == std::string::npos) {
          break;
        }
        from = at + separator.size();
      }
      if (items.size() == 1 && separator != ", ") {
        continue;
      }
      std::string kept;
      bool citations = false;
      for (const auto& item : items) {
        const auto id = cited_instrument(item);
        citations = citations || !id.empty();
        if (id.empty() || shows(id)) {
          kept += (kept.empty() ? "" : std::string(separator)) + item;
        }
      }
      if (citations) {
        if (removed != nullptr) {
          *removed = kept.empty();
        }
        return kept;
      }
    }
    return text;
  }

  // Prose with its parenthesised citations ("(GDPR Art. 35(7)(a); PIPL Art. 56(1)(1))") reduced to the
  // instruments the report shows; a group left empty goes with the space before it.
  std::string prose(const std::string& text) const {
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
      const bool wide = text.compare(i, 3, "（") == 0;
      if (text[i] != '(' && !wide) {
        out += text[i++];
        continue;
      }
      const std::string open = wide ? "（" : "(";
      const std::string close = wide ? "）" : ")";
      int depth = 0;
      std::size_t j = i;
      std::size_t end = std::string::npos;
      while (j < text.size()) {
        if (text.compare(j, open.size(), open) == 0) {
          ++depth;
          j += open.size();
        } else if (text.compare(j, close.size(), close) == 0) {
          if (--depth == 0) {
            end = j;
            break;
          }
          j += close.size();
        } else {
          ++j;
        }
      }
      if (end == std::string::npos) {
        out += text.substr(i);
        break;
      }
      const std::string inner = text.substr(i + open.size(), end - i - open.size());
      bool removed = false;
      const std::string kept = cites(inner, &removed);
      if (removed) {
        while (!out.empty() && out.back() == ' ') {
          out.pop_back();
        }
      } else {
        out += open + kept + close;
      }
      i = end + close.size();
    }
    return out;
  }

  // A label's prose, its citations reduced to the instruments shown.
  std::string P(std::string_view key) const { return prose(L(key)); }

  // The instrument a regime-specific fact belongs to, or empty when it is common to all.
  static std::string_view fact_instrument(std::string_view path) {
    constexpr std::pair<std::string_view, std::string_view> facts[] = {
        {"basis.gdpr", "GDPR"},
        {"basis.art9", "GDPR"},
        {"basis.member_state_law", "GDPR"},
        {"controller.eu_representative", "GDPR"},
        // The assessment's own words and workflow belong to every regime's report, but the balancing of
        // legitimate interests, which only the GDPR knows.
        {"dpia.balancing", "GDPR"},
        {"dpia.description", ""},
        {"dpia.dpo_advice", ""},
        {"dpia.views_summary", ""},
        {"dpia.measures", ""},
        {"dpia.version", ""},
        {"dpia.author", ""},
        {"dpia.review_date", ""},
        {"dpia.", "GDPR"},
        {"prior_consultation.", "GDPR"},
        {"assess.consent_valid_gdpr", "GDPR"},
        {"assess.dpia_required", "GDPR"},
        {"assess.high_risk_criteria_met", "GDPR"},
        {"basis.pipl", "PIPL"},
        {"basis.written_consent_by_law", "PIPL"},
        {"pipia.", "PIPL"},
        {"assess.consent_valid_pipl", "PIPL"},
        {"assess.pipia_required", "PIPL"},
        {"jurisdiction.us_illinois", "BIPA"},
    };
    for (const auto& [prefix, instrument] : facts) {
      if (path.substr(0, prefix.size()) == prefix) {
        return instrument;
      }
    }
    return {};
  }
  bool shows_fact(std::string_view path) const {
    const auto instrument = fact_instrument(path);
    return instrument.empty() || shows(instrument);
  }

  std::string yes_no(std::optional<bool> v) const { return v ? L(*v ? "yes" : "no") : L("not_stated"); }

  // The fact's label as the vocabulary declares it; its meaning when it has none, its path when it is not
  // declared.
  std::string fact_label(std::string_view path) const {
    if (auto l = facts_.label(path); !l.empty()) {
      return prose(l);
    }
    const auto m = facts_.meaning(path);
    return m.empty() ? std::string(path) : prose(m);
  }

  // A value in words, enumeration values by their labels in the vocabulary.
  std::string words(const dsl::Value& value) const {
    return value_text(lang_, value, enum_of(program_, value));
  }

  // A text the deployment writes (description, advice, views, ...), marked as shown; nullopt when not stated.
  std::optional<std::string> written(const char* path) {
    described_.insert(path);
    const auto* v = facts_.value(path);
    if (v == nullptr || !std::holds_alternative<std::string>(*v)) {
      return std::nullopt;
    }
    return std::get<std::string>(*v);
  }

  std::string fact_value(std::string_view path) const {
    const auto* v = facts_.value(path);
    if (v == nullptr) {
      return L("not_stated");
    }
    return value_text(lang_, *v, facts_.enum_of(path));
  }

  // Rows [label, value, path, known] for the facts, skipping those the vocabulary does not declare.
  json fact_rows(std::initializer_list<const char*> paths) {
    json rows = json::array();
    for (const char* p : paths) {
      if (a_.facts.size() == 0 || !a_.facts.vocabulary().index(p)) {
        continue;
      }
      if (!shows_fact(p)) {
        described_.insert(p);
        continue;
      }
      described_.insert(p);
      if (facts_.value(p) == nullptr) {
        continue; // not stated: an open question (section 7) where a rule needs it
      }
      rows.push_back({fact_label(p), fact_value(p), p, true});
    }
    return rows;
  }

  std::vector<const engine::Finding*> findings_where(auto predicate) const {
    std::vector<const engine::Finding*> out;
    for (const auto& f : a_.findings) {
      if (predicate(f)) {
        out.push_back(&f);
      }
    }
    return out;
  }

  std::string first_citation(const engine::Finding& f) const {
    return f.rule->citations.empty() ? std::string() : f.rule->citations.front().label();
  }

  // ---------------------------------------------------------------------------------------------------------
  Section summary() {
    Section s{"summary", "1", L("s_summary")};
    const auto blocking = findings_where([](const engine::Finding& f) { return f.refuses; });
    std::string tone = std::string(dsl::to_string(a_.decision));
    std::string text;
    if (a_.decision == dsl::Decision::deny) {
      text = L("decision_deny_text");
    } else if (a_.decision == dsl::Decision::conditional) {
      text = L("decision_conditional_text");
    } else {
      text = L("decision_allow_text");
    }
    s.blocks.push_back(callout(tone, L("decision") + ": " + L("decision_" + tone), text));

    std::vector<std::string> reasons;
    auto add = [&](const engine::Finding& f) {
      if (reasons.size() < 3) {
        reasons.push_back(f.message + " (" + first_citation(f) + ", " + L("st_" + status_key(f.status)) +
                          ")");
      }
    };
    for (auto* f : blocking) {
      if (f->status == dsl::Status::breach) {
        add(*f);
      }
    }
    for (auto* f : blocking) {
      if (f->status == dsl::Status::undetermined) {
        add(*f);
      }
    }
    for (const auto& f : a_.findings) {
      if (!f.refuses && f.status == dsl::Status::breach) {
        add(f);
      }
    }
    const auto questions = a_.open_questions();
    if (reasons.empty() && !a_.conditions.empty()) {
      std::size_t compliant = 0;
      for (const auto& f : a_.findings) {
        compliant += f.status == dsl::Status::compliant ? 1 : 0;
      }
      reasons.push_back(L("reason_none_breached") + " (" + std::to_string(compliant) + " " +
                        L("st_compliant") + ")");
    }
    if (reasons.size() < 3 && !a_.conditions.empty()) {
      std::string keys;
      std::set<std::string> seen;
      for (const auto& c : a_.conditions) {
        if (seen.insert(c.condition->key).second) {
          keys += (keys.empty() ? "" : ", ") + c.condition->key;
        }
      }
      reasons.push_back(L("reason_conditions") + " (" + std::to_string(a_.conditions.size()) + "): " + keys);
    }
    if (reasons.size() < 3 && !questions.empty()) {
      reasons.push_back(L("reason_questions") + ": " + std::to_string(questions.size()));
    }
    if (reasons.empty()) {
      reasons.push_back(L("reason_all_compliant"));
    }
    s.blocks.push_back(heading(L("reasons"), "reasons"));
    s.blocks.push_back(bullet_list(reasons, true));

    s.blocks.push_back(heading(L("blocking_findings"), "blocking-findings"));
    auto ordered = blocking; // breaches first, then the undetermined, each in rule order
    std::stable_sort(ordered.begin(), ordered.end(), [](const engine::Finding* x, const engine::Finding* y) {
      return status_rank(x->status) < status_rank(y->status);
    });
    // The breaches here; the blocking rules that wait on facts not stated are counted, and listed with
    // their questions in section 7.
    json rows = json::array();
    std::size_t waiting = 0;
    for (auto* f : ordered) {
      if (f->status == dsl::Status::breach) {
        rows.push_back({status_key(f->status), f->rule_id(), citations_text(f->rule->citations), f->message});
      } else {
        ++waiting;
      }
    }
    if (rows.empty() && waiting == 0) {
      s.blocks.push_back(paragraph(L("none")));
    }
    if (!rows.empty()) {
      s.blocks.push_back(table({L("status"), L("rule"), L("citations"), L("finding")}, rows, 0));
    }
    if (waiting > 0) {
      s.blocks.push_back(paragraph(std::to_string(waiting) + " " + L("blocking_waiting")));
    }
    std::size_t counts[4] = {0, 0, 0, 0};
    for (const auto& f : a_.findings) {
      if (shows(f.rule->instrument())) {
        ++counts[static_cast<int>(f.status)];
      }
    }
    s.blocks.push_back(paragraph(L("counts") + ": " + std::to_string(counts[0]) + " " + L("st_breach") +
                                 ", " + std::to_string(counts[3]) + " " + L("st_undetermined") + ", " +
                                 std::to_string(counts[1]) + " " + L("st_compliant") + ", " +
                                 std::to_string(counts[2]) + " " + L("st_not_applicable") + "."));
    if (options_.lawful_paths != nullptr && options_.lawful_paths->searched) {
      lawful_path(s, *options_.lawful_paths);
    }
    json meta = json::array();
    std::string assessed;
    for (const auto& i : a_.instruments) {
      if (shows(i.id)) {
        assessed += (assessed.empty() ? "" : ", ") + i.id;
      }
    }
    meta.push_back({L("instruments_assessed"), assessed.empty() ? L("none") : assessed});
    meta.push_back({L("assessment_id"), a_.id});
    meta.push_back(
        {L("rules_version"), options_.rules_version.empty() ? L("not_stated") : options_.rules_version});
    meta.push_back({L("as_of"), a_.as_of.iso() + " (" + a_.as_of_source + ")"});
    s.blocks.push_back(key_values(meta));
    return s;
  }

  // The smallest sets of changes, found by re-assessing, that turn the deny into allow or conditional.
  void lawful_path(Section& s, const LawfulPathSearch& search) {
    auto lever_text = [&](const std::string& id) {
      for (const auto& l : levers()) {
        if (l.id == id) {
          return prose(lang_ == Lang::zh ? l.zh : l.en);
        }
      }
      return id;
    };
    s.blocks.push_back(heading(L("lawful_path"), "lawful-path"));
    json paths = json::array();
    std::vector<std::string> items;
    for (const auto& p : search.paths) {
      std::string text;
      json ids = json::array();
      for (const auto& id : p.levers) {
        text += (text.empty() ? "" : "; ") + lever_text(id);
        ids.push_back(id);
      }
      std::string facts;
      json changes = json::array();
      for (const auto& c : p.changes) {
        facts += (facts.empty() ? "" : ", ") + c.fact + " = " + c.to;
        changes.push_back({{"fact", c.fact}, {"from", c.from}, {"to", c.to}});
      }
      const std::string decision(dsl::to_string(p.decision));
      std::string outcome = L("decision_" + decision);
      if (!p.open_rules.empty()) {
        outcome = L("lawful_path_open") + " (" + std::to_string(p.open_rules.size()) + ")";
      }
      items.push_back(text + " → " + outcome + " (" + facts + ")");
      paths.push_back(
          {{"levers", ids}, {"changes", changes}, {"decision", decision}, {"open_rules", p.open_rules}});
    }
    if (items.empty()) {
      s.blocks.push_back(paragraph(L("no_lawful_path") + " " + L("lawful_path_max") + " " +
                                   std::to_string(search.max_levers) + "."));
      if (!search.still_breached.empty()) {
        s.blocks.push_back(paragraph(L("lawful_path_still_breached") + ":"));
        std::vector<std::string> breaches;
        for (const auto& b : search.still_breached) {
          breaches.push_back(b.rule + " (" + cites(b.citations) + "): " + b.message);
        }
        s.blocks.push_back(bullet_list(breaches));
      }
      if (facts_.flag("less_intrusive_means.available").value_or(false)) {
        s.blocks.push_back(paragraph(L("use_less_intrusive")));
      }
    } else {
      s.blocks.push_back(paragraph(L("lawful_path_intro")));
      s.blocks.push_back(bullet_list(items, true));
    }
    std::string tried;
    json tried_ids = json::array();
    for (const auto& id : search.tried) {
      tried += (tried.empty() ? "" : "; ") + lever_text(id);
      tried_ids.push_back(id);
    }
    s.blocks.push_back(paragraph(L("lawful_path_tried") + ": " + (tried.empty() ? L("none") : tried) + ". " +
                                 L("lawful_path_method") + " " + std::to_string(search.assessments) + "."));
    lawful_paths_ = json{{"searched", true},
                         {"max_levers", search.max_levers},
                         {"assessments", search.assessments},
                         {"tried", tried_ids},
                         {"paths", paths}};
  }

  // ---------------------------------------------------------------------------------------------------------
  Section description() {
    Section s{"description", "2", L("s_description")};
    s.blocks.push_back(paragraph(P("description_intro") + " " + L("unstated_note")));
    if (const auto own = written("dpia.description")) {
      s.blocks.push_back(heading(L("d_own_words"), "own-words"));
      s.blocks.push_back(paragraph(*own));
    }
    s.blocks.push_back(heading(L("d_controller"), "controller"));
    s.blocks.push_back(key_values(fact_rows({"controller.name", "controller.type", "controller.dpo_appointed",
                                             "controller.eu_representative", "jurisdiction.eu_establishment",
                                             "jurisdiction.eu_data_subjects", "jurisdiction.cn_processing",
                                             "jurisdiction.cn_data_subjects"})));
    s.blocks.push_back(heading(L("d_processing"), "processing"));
    s.blocks.push_back(key_values(
        fact_rows({"purposes", "processing.mode", "processing.creates_templates", "processing.live",
                   "processing.location", "capture.ambient", "processing.covert", "processing.secondary_use",
                   "deployment.start", "deployment.end"})));
    s.blocks.push_back(heading(L("d_data"), "data"));
    s.blocks.push_back(key_values(fact_rows(
        {"data_subjects.categories", "data_subjects.count", "enrolment.from_third_party",
         "retention.templates", "retention.images", "deletion.on_purpose_end", "deletion.on_request"})));
    s.blocks.push_back(heading(L("d_flows"), "flows"));
    s.blocks.push_back(
        key_values(fact_rows({"storage.templates", "transfer.outside_jurisdiction",
                              "recipients.third_parties", "processors.contract", "security.measures"})));
    s.blocks.push_back(heading(L("d_legal_basis"), "legal-basis"));
    s.blocks.push_back(key_values(fact_rows({"basis.gdpr", "basis.art9", "basis.member_state_law",
                                             "basis.pipl", "basis.written_consent_by_law"})));

    s.blocks.push_back(heading(L("d_assets"), "assets"));
    json assets = json::array();
    assets.push_back({L("asset_hardware"), L("asset_cameras"),
                      facts_.text("processing.location").value_or(L("not_stated"))});
    assets.push_back(
        {L("asset_software"), L("asset_pipeline"), facts_.text("processing.mode").value_or(L("not_stated"))});
    assets.push_back({L("asset_store"), L("asset_template_store"),
                      facts_.text("storage.templates").value_or(L("not_stated"))});
    assets.push_back({L("asset_network"), L("asset_links"),
                      facts_.has("security.measures", "encryption_in_transit").value_or(false)
                          ? L("asset_encrypted")
                      : facts_.set("security.measures") ? L("asset_not_encrypted")
                                                        : L("not_stated")});
    assets.push_back({L("asset_people"), L("asset_staff"),
                      facts_.has("security.measures", "access_restriction").value_or(false)
                          ? L("asset_restricted")
                      : facts_.set("security.measures") ? L("asset_unrestricted")
                                                        : L("not_stated")});
    if (facts_.flag("recipients.third_parties").value_or(false)) {
      assets.push_back({L("asset_people"), L("df_recipients"), yes_no(facts_.flag("processors.contract"))});
    }
    s.blocks.push_back(table({L("asset_kind"), L("asset"), L("detail")}, assets));

    s.blocks.push_back(heading(L("d_dataflow"), "dataflow"));
    const std::string dot = dataflow_dot(a_, lang_);
    std::string svg = options_.diagrams ? render_svg(dot) : std::string();
    s.blocks.push_back(json{{"type", "figure"},
                            {"id", "dataflow-diagram"},
                            {"caption", L("dataflow_caption")},
                            {"svg", svg},
                            {"dot", dot},
                            {"alt", L("d_dataflow")}});
    return s;
  }

  static bool screening_fact(const std::string& fact) {
    return fact == "assess.dpia_required" || fact == "assess.high_risk_criteria_met" ||
           fact == "assess.pipia_required" || fact == "assess.high_residual_risk";
  }

  // ---------------------------------------------------------------------------------------------------------
  Section necessity() {
    Section s{"necessity", "3", L("s_necessity")};
    s.blocks.push_back(paragraph(P("necessity_intro")));
    if (a_.derived.empty()) {
      s.blocks.push_back(paragraph(L("no_assessors")));
    }
    for (const auto& d : a_.derived) {
      if (screening_fact(d.fact) || !shows_fact(d.fact)) {
        continue; // shown with the screening and the register (section 5), or of an instrument not shown
      }
      s.blocks.push_back(heading(
          fact_label(d.fact) + ": " + (d.value ? words(*d.value) : L("unknown")) + " (" + d.fact + ")", {}));
      std::string who = d.assessor.empty() ? L("override_only") : L("judged_by") + " " + d.assessor;
      s.blocks.push_back(paragraph(who + (d.reasoning.empty() ? "" : ". " + prose(d.reasoning))));
      if (d.overridden) {
        s.blocks.push_back(callout("note", L("overridden"), d.justification));
      }
      if (!d.factors.empty()) {
        json rows = json::array();
        for (const auto& f : d.factors) {
          std::string reasoning = f.reasoning;
          if (f.overridden) {
            reasoning += (reasoning.empty() ? "" : " ") + std::string("[") + L("overridden") + ": " +
                         f.justification + "]";
          }
          // The factor's sources are in the JSON (the assessment's `derived` factors) and
          // assessors/README.md.
          rows.push_back({f.name, f.value ? words(*f.value) : L("unknown"), prose(reasoning)});
        }
        s.blocks.push_back(table({L("factor"), L("value"), L("reasoning")}, rows));
      }
    }
    const bool legitimate_interests = facts_.enumeration("basis.gdpr") == "art6_legitimate_interests";
    if (gdpr_ && (legitimate_interests || facts_.value("dpia.balancing") != nullptr)) {
      s.blocks.push_back(heading(L("n_balancing"), "balancing"));
      const auto balancing = written("dpia.balancing");
      s.blocks.push_back(balancing ? paragraph(*balancing) : callout("note", L("n_balancing_missing"), ""));
    }
    s.blocks.push_back(heading(L("n_alternatives"), "alternatives"));
    s.blocks.push_back(
        key_values(fact_rows({"alternatives.offered", "alternatives.kinds", "alternatives.equally_convenient",
                              "less_intrusive_means.available", "design.privacy_by_default"})));
    s.blocks.push_back(heading(L("n_consent"), "consent"));
    s.blocks.push_back(key_values(
        fact_rows({"consent.obtained", "consent.explicit", "consent.separate", "consent.written",
                   "consent.recorded", "consent.refusable_without_detriment", "consent.condition_of_service",
                   "consent.bundled", "consent.opt_out_default", "consent.guardian", "consent.withdrawable",
                   "consent.standard_terms", "consent.standard_terms_grant"})));
    s.blocks.push_back(heading(L("n_information"), "information"));
    s.blocks.push_back(key_values(fact_rows({"notice.given", "notice.contents", "notice.rules_published",
                                             "notice.indirect_given", "signs.conspicuous"})));
    return s;
  }

  // ---------------------------------------------------------------------------------------------------------
  // The text a citation points to: the cited paragraph whole when the provision's text is set out in
  // paragraphs (numbered "1.", "2.", ... or one a line), else the provision's whole text. Never cut.
  json excerpt(const dsl::ProvisionRef& ref) const {
    const dsl::Provision* p = program_.find_provision(ref);
    json e{{"label", ref.label()}, {"title", ""}, {"text", ""}};
    if (p == nullptr) {
      return e;
    }
    const std::string& text = (lang_ == Lang::zh && !p->text_zh.empty()) ? p->text_zh : p->text;
    std::string quoted = text;
    std::string quoted_label = p->ref.label();
    if (p->ref.paragraph.empty() && !ref.paragraph.empty()) {
      if (auto paragraph = paragraph_of(text, ref.paragraph)) {
        quoted = *paragraph;
        dsl::ProvisionRef at = p->ref;
        at.paragraph = ref.paragraph;
        quoted_label = at.label();
      }
    }
    e["label"] = quoted_label;
    e["title"] = p->title;
    e["text"] = quoted;
    return e;
  }

  // Paragraph `number` of a provision's text: the line that starts "number. " up to the next numbered one,
  // or, when no line is numbered, the number-th line. nullopt when the text has no such paragraph.
  static std::optional<std::string> paragraph_of(const std::string& text, const std::string& number) {
    std::vector<std::string> lines;
    std::size_t from = 0;
    while (from <= text.size()) {
      const auto end = std::min(text.find('\n', from), text.size());
      lines.push_back(text.substr(from, end - from));
      from = end + 1;
    }
    auto numbered = [](const std::string& line) {
      std::size_t i = 0;
      while (i < line.size() && std::isdigit(static_cast<unsigned char>(line[i])) != 0) {
        ++i;
      }
      return i > 0 && line.compare(i, 2, ". ") == 0 ? line.substr(0, i) : std::string();
    };
    bool any_numbered = false;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const auto n = numbered(lines[i]);
      any_numbered = any_numbered || !n.empty();
      if (n == number) {
        std::string out = lines[i];
        for (std::size_t k = i + 1; k < lines.size() && numbered(lines[k]).empty(); ++k) {
          out += "\n" + lines[k];
        }
        return out;
      }
    }
    // A lettered paragraph (`Sec. 15(b)`) has no line of its own to count to: the whole text is quoted.
    if (any_numbered || lines.size() < 2 || number.empty() || number.size() > 4 ||
        number.find_first_not_of("0123456789") != std::string::npos) {
      return std::nullopt;
    }
    const auto index = static_cast<std::size_t>(std::stoul(number));
    if (index == 0 || index > lines.size()) {
      return std::nullopt;
    }
    return lines[index - 1];
  }

  // Marks the provisions a breach cites, for the annex's statute texts.
  void quote(const std::vector<dsl::ProvisionRef>& refs) {
    for (const auto& ref : refs) {
      if (shows(ref.instrument)) {
        to_quote_.push_back(ref);
      }
    }
  }

  // The statute texts of the annex: each paragraph once, in the order first cited.
  json statute_texts() const {
    json quotes = json::array();
    std::set<std::string> seen;
    for (const auto& ref : to_quote_) {
      json e = excerpt(ref);
      if (str_of(e["text"]).empty() || !seen.insert(str_of(e["label"])).second) {
        continue;
      }
      quotes.push_back(
          json{{"type", "quote"},
               {"cite", str_of(e["label"]) + (str_of(e["title"]).empty() ? "" : " — " + str_of(e["title"]))},
               {"text", e["text"]}});
    }
    return quotes;
  }

  static std::string str_of(const json& j) { return j.is_string() ? j.get<std::string>() : std::string(); }

  json finding_block(const engine::Finding& f) {
    const dsl::Rule& r = *f.rule;
    json b{{"type", "finding"},
           {"status", status_key(f.status)},
           {"severity", std::string(dsl::to_string(r.severity))},
           {"rule", r.id},
           {"title", r.title},
           {"citations", citations_text(r.citations)}};
    b["message"] =
        (f.status == dsl::Status::breach || f.status == dsl::Status::undetermined) ? f.message : "";
    if (f.exception) {
      const auto& e = r.exceptions[*f.exception];
      b["exception"] = e.name + " (" + citations_text(e.citations) + ")";
    } else {
      b["exception"] = "";
    }
    // The statute texts are in the annex (quoted once each); the finding names them by their citations.
    b["excerpts"] = json::array();
    b["missing"] = f.missing_facts;
    b["remedy"] = (f.status == dsl::Status::breach || f.status == dsl::Status::undetermined) ? r.remedy : "";
    // The evaluation trace, for the JSON report; the HTML and Markdown body speak in the finding's words.
    b["explanation"] = engine::explain_text(f.explanation, "");
    json derived = json::array();
    for (const auto& fact : f.derived_facts_read) {
      if (const auto* d = facts_.derived(fact); d != nullptr && shows_fact(fact)) {
        derived.push_back(d->fact + " = " + (d->value ? words(*d->value) : L("unknown")) +
                          (d->assessor.empty() ? "" : " (" + L("judged_by") + " " + d->assessor + ")") +
                          (d->overridden ? " [" + L("overridden") + ": " + d->justification + "]" : ""));
      }
    }
    b["derived"] = std::move(derived);
    return b;
  }

  Section lawfulness() {
    Section s{"lawfulness", "4", L("s_lawfulness")};
    s.blocks.push_back(paragraph(L("lawfulness_intro")));
    std::vector<std::string> statement;
    for (const auto& state : a_.instruments) {
      if (shows(state.id)) {
        continue;
      }
      std::string line = state.id;
      if (const dsl::Instrument* inst = program_.find_instrument(state.id)) {
        const std::string& t = (lang_ == Lang::zh && !inst->title_zh.empty()) ? inst->title_zh : inst->title;
        if (!t.empty()) {
          line += " — " + t;
        }
        if (state.state == engine::InstrumentState::not_in_force) {
          line +=
              ": " + L("inst_not_in_force") + " (" + L("inst_in_force_from") + " " + inst->in_force.iso() +
              (inst->repealed ? ", " + L("repealed") + " " + inst->repealed->iso() : std::string()) + ").";
        } else {
          line += ": " + L("inst_is_out_of_scope") +
                  (state.out_of_scope_note.empty() ? std::string(".")
                                                   : ": " + std::string(state.out_of_scope_note) + ".");
        }
      }
      statement.push_back(line);
    }
    s.blocks.push_back(heading(L("not_applicable_instruments"), "not-applicable-instruments"));
    if (statement.empty()) {
      s.blocks.push_back(paragraph(L("all_instruments_apply")));
    } else {
      s.blocks.push_back(bullet_list(statement));
    }
    s.blocks.push_back(paragraph(L("not_encoded")));
    std::vector<std::string> order;
    for (const auto& i : program_.instruments) {
      order.push_back(i.id);
    }
    for (const auto& f : a_.findings) {
      if (std::find(order.begin(), order.end(), f.rule->instrument()) == order.end()) {
        order.push_back(f.rule->instrument());
      }
    }
    for (const auto& id : order) {
      if (!shows(id)) {
        continue;
      }
      auto mine = findings_where([&](const engine::Finding& f) { return f.rule->instrument() == id; });
      if (mine.empty()) {
        continue;
      }
      std::stable_sort(mine.begin(), mine.end(), [](const engine::Finding* x, const engine::Finding* y) {
        return status_rank(x->status) < status_rank(y->status);
      });
      const dsl::Instrument* inst = program_.find_instrument(id);
      std::string title = id;
      if (inst != nullptr) {
        const std::string& t = (lang_ == Lang::zh && !inst->title_zh.empty()) ? inst->title_zh : inst->title;
        if (!t.empty()) {
          title += " — " + t;
        }
      }
      s.blocks.push_back(heading(title, "instrument-" + id));
      for (const auto& state : a_.instruments) {
        if (state.id != id) {
          continue;
        }
        if (state.state == engine::InstrumentState::not_assessed) {
          s.blocks.push_back(callout("deny", L("inst_not_assessed"), ""));
        } else if (state.state == engine::InstrumentState::scope_unknown) {
          std::string facts;
          for (const auto& fact : state.scope_missing) {
            facts += (facts.empty() ? " " : ", ") + fact;
          }
          s.blocks.push_back(paragraph(L("inst_scope_unknown") + facts + "."));
        }
      }
      std::size_t counts[4] = {0, 0, 0, 0};
      for (auto* f : mine) {
        ++counts[static_cast<int>(f->status)];
      }
      s.blocks.push_back(paragraph(std::to_string(counts[0]) + " " + L("st_breach") + ", " +
                                   std::to_string(counts[3]) + " " + L("st_undetermined") + ", " +
                                   std::to_string(counts[1]) + " " + L("st_compliant") + ", " +
                                   std::to_string(counts[2]) + " " + L("st_not_applicable") + "."));
      // Breaches and open questions in full; the rules met in one table; the rules that do not apply in one
      // line. The statute texts are quoted once, in the annex; the evaluation trace stays in the JSON.
      json compliant = json::array();
      std::vector<std::string> undetermined;
      std::vector<std::string> not_applicable;
      for (auto* f : mine) {
        if (f->status == dsl::Status::not_applicable) {
          not_applicable.push_back(f->rule_id());
        } else if (f->status == dsl::Status::compliant) {
          std::string via;
          if (f->exception) {
            const auto& e = f->rule->exceptions[*f->exception];
            via = e.name + (e.citations.empty() ? "" : " (" + citations_text(e.citations) + ")");
          }
          compliant.push_back({"compliant", f->rule_id(), prose(f->rule->title),
                               citations_text(f->rule->citations), via.empty() ? "—" : via});
        } else if (f->status == dsl::Status::undetermined) {
          undetermined.push_back(f->rule_id() + (f->refuses ? " (" + L("blocking") + ")" : std::string()));
        } else {
          s.blocks.push_back(finding_block(*f));
          quote(f->rule->citations);
        }
      }
      if (!undetermined.empty()) {
        // Their questions, fact by fact, are section 7's.
        std::string ids;
        for (const auto& rule : undetermined) {
          ids += (ids.empty() ? "" : ", ") + rule;
        }
        s.blocks.push_back(paragraph(L("undetermined_rules") + " (" + std::to_string(undetermined.size()) +
                                     "): " + ids + ". " + L("see_open_questions")));
      }
      if (!compliant.empty()) {
        s.blocks.push_back(paragraph(L("compliant_rules") + ":"));
        s.blocks.push_back(
            table({L("status"), L("rule"), L("title_col"), L("citations"), L("exception")}, compliant, 0));
      }
      if (!not_applicable.empty()) {
        std::string ids;
        for (const auto& rule : not_applicable) {
          ids += (ids.empty() ? "" : ", ") + rule;
        }
        s.blocks.push_back(paragraph(L("not_applicable_rules") + " (" +
                                     std::to_string(not_applicable.size()) + "): " + ids + "."));
      }
    }
    json not_in_force = json::array();
    for (const auto& p : a_.provisions) {
      if (p.state != engine::ProvisionState::in_force && shows(p.instrument)) {
        not_in_force.push_back({p.label, L("state_" + std::string(engine::to_string(p.state))),
                                p.in_force.iso(), p.repealed ? p.repealed->iso() : std::string("—")});
      }
    }
    if (!not_in_force.empty()) {
      s.blocks.push_back(heading(L("not_in_force"), "not-in-force"));
      s.blocks.push_back(
          table({L("provision"), L("state"), L("in_force_from"), L("repealed")}, not_in_force));
    }
    return s;
  }

  // ---------------------------------------------------------------------------------------------------------
  std::string level_text(const RiskLevel& l, const std::string& words) const {
    if (!words.empty()) {
      return words;
    }
    return L("level_" + std::to_string(l.likelihood)) + " × " + L("level_" + std::to_string(l.severity));
  }

  // WP248's nine criteria and whether they presume a high risk (GDPR Art. 35(1)).
  void screening_gdpr(Section& s) const {
    s.blocks.push_back(heading(L("screening"), "screening"));
    json rows = json::array();
    int met = 0;
    for (const auto& c : risks_.screening) {
      met += c.met.value_or(false) ? 1 : 0;
      rows.push_back({c.id, c.title, c.met ? (*c.met ? "met" : "not_met") : "unknown", prose(c.reason)});
    }
    s.blocks.push_back(table({"#", L("criterion"), L("status"), L("basis")}, rows, 2));
    std::string conclusion = L("screening_met") + ": " + std::to_string(met) + ". ";
    conclusion += !risks_.dpia_required   ? L("screening_unknown")
                  : *risks_.dpia_required ? L("screening_required")
                                          : L("screening_not_required");
    s.blocks.push_back(paragraph(conclusion));
  }

  Section risk_section() {
    Section s{"risks", "5", L("s_risks")};
    s.blocks.push_back(paragraph(P("risks_intro") + " " + L("risk_source") + ": " + risks_.source + "."));
    if (gdpr_) {
      screening_gdpr(s);
    }
    if (pipl_ && !risks_.pipl.empty()) {
      s.blocks.push_back(heading(L("pipl_screening"), "pipl-screening"));
      json pipl = json::array();
      for (const auto& c : risks_.pipl) {
        pipl.push_back({c.id, c.title, c.met ? (*c.met ? "met" : "not_met") : "unknown", prose(c.reason)});
      }
      s.blocks.push_back(table({L("item"), L("criterion"), L("status"), L("basis")}, pipl, 2));
      s.blocks.push_back(paragraph(!risks_.pipia_required   ? L("pipia_unknown")
                                   : *risks_.pipia_required ? L("pipia_required")
                                                            : L("pipia_not_required")));
    }

    std::vector<std::string> judgements;
    for (const auto& d : a_.derived) {
      if (!screening_fact(d.fact) || !shows_fact(d.fact)) {
        continue;
      }
      judgements.push_back(fact_label(d.fact) + " (" + d.fact +
                           "): " + (d.value ? words(*d.value) : L("unknown")) +
                           (d.reasoning.empty() ? "" : ". " + prose(d.reasoning)) +
                           (d.overridden ? " [" + L("overridden") + ": " + d.justification + "]" : ""));
    }
    if (!judgements.empty()) {
      s.blocks.push_back(heading(L("screening_judgements"), "screening-judgements"));
      s.blocks.push_back(bullet_list(judgements));
    }
    s.blocks.push_back(heading(L("register"), "register"));
    json reg = json::array();
    for (const auto& r : risks_.risks) {
      reg.push_back({r.id, prose(r.title + (r.legal_source.empty() ? "" : " (" + r.legal_source + ")")),
                     prose(r.sources), prose(r.impacts), prose(r.threats)});
    }
    json register_table = table({"#", L("risk"), L("risk_sources"), L("impacts"), L("threats")}, reg);
    // How each level was reached: for the JSON report (`rationale`); the HTML and Markdown body leave it out.
    json rationale = json::array();
    for (const auto& r : risks_.risks) {
      rationale.push_back({{"id", r.id}, {"rationale", prose(r.rationale)}});
    }
    register_table["rationale"] = std::move(rationale);
    s.blocks.push_back(std::move(register_table));
    auto join = [](const std::vector<std::string>& v) {
      std::string out;
      for (const auto& x : v) {
        out += (out.empty() ? "" : "; ") + x;
      }
      return out.empty() ? std::string("—") : out;
    };
    json levels = json::array();
    for (const auto& r : risks_.risks) {
      if (!r.applicable) {
        levels.push_back({r.id, L("risk_not_applicable"), "—", "—", "—"});
        continue;
      }
      levels.push_back({r.id, level_text(r.before, r.before_text), join(r.measures_in_place),
                        level_text(r.after, r.after_text), join(r.measures_planned)});
    }
    s.blocks.push_back(paragraph(L("levels_intro")));
    s.blocks.push_back(table({"#", L(risks_.before_key) + " (" + L("lxs") + ")", L("measures_in_place"),
                              L(risks_.after_key) + " (" + L("lxs") + ")", L("measures_planned")},
                             levels));
    s.blocks.push_back(heading(L("risk_map"), "risk-map"));
    // A text form of the maps for Markdown; HTML shows the SVG.
    json grid = json::array();
    for (int severity = 4; severity >= 1; --severity) {
      json row = json::array();
      row.push_back(std::to_string(severity) + " " + L("level_" + std::to_string(severity)));
      for (int likelihood = 1; likelihood <= 4; ++likelihood) {
        std::string cell;
        for (const auto& r : risks_.risks) {
          if (r.applicable && r.before.likelihood == likelihood && r.before.severity == severity) {
            cell += (cell.empty() ? "" : " ") + r.id;
          }
        }
        cell += " → ";
        std::string after;
        for (const auto& r : risks_.risks) {
          if (r.applicable && r.after.likelihood == likelihood && r.after.severity == severity) {
            after += (after.empty() ? "" : " ") + r.id;
          }
        }
        row.push_back(cell == " → " && after.empty() ? std::string() : cell + after);
      }
      grid.push_back(row);
    }
    s.blocks.push_back(json{{"type", "figure"},
                            {"id", "risk-map-figure"},
                            {"caption", L("risk_map_caption")},
                            {"svg", risk_map_svg(risks_.risks, lang_, risks_.before_key, risks_.after_key)},
                            {"dot", ""},
                            {"grid", grid},
                            {"grid_columns",
                             {L("severity") + " \\ " + L("likelihood"), "1 " + L("level_1"),
                              "2 " + L("level_2"), "3 " + L("level_3"), "4 " + L("level_4")}},
                            {"alt", L("risk_map")}});
    return s;
  }

  // ---------------------------------------------------------------------------------------------------------
  Section measures() {
    Section s{"measures", "6", L("s_measures")};
    s.blocks.push_back(heading(L("measures_existing"), "measures-existing"));
    s.blocks.push_back(key_values(fact_rows({"security.measures", "design.privacy_by_default"})));

    s.blocks.push_back(heading(L("measures_controller"), "measures-controller"));
    if (const auto own = written("dpia.measures")) {
      json rows = json::array();
      std::size_t from = 0;
      while (from <= own->size()) {
        const auto end = std::min(own->find('\n', from), own->size());
        std::string line = own->substr(from, end - from);
        from = end + 1;
        std::vector<std::string> cells;
        std::size_t at = 0;
        while (true) {
          const auto bar = line.find('|', at);
          std::string cell = line.substr(at, bar == std::string::npos ? std::string::npos : bar - at);
          cell.erase(0, cell.find_first_not_of(' '));
          cell.erase(cell.find_last_not_of(' ') + 1);
          cells.push_back(cell);
          if (bar == std::string::npos) {
            break;
          }
          at = bar + 1;
        }
        if (cells.front().empty()) {
          continue;
        }
        cells.resize(3);
        rows.push_back({cells[0], cells[1].empty() ? L("not_declared") : cells[1],
                        cells[2].empty() ? L("not_declared") : cells[2]});
      }
      s.blocks.push_back(table({L("measure"), L("owner"), L("due")}, rows));
    } else {
      s.blocks.push_back(paragraph(L("measures_controller_missing")));
    }
    s.blocks.push_back(heading(L("action_plan"), "action-plan"));
    json rows = json::array();
    int n = 0;
    // One owner and one due date for the whole plan, where the deployment declares them.
    const auto owner = facts_.text("action_plan.owner");
    const auto due = facts_.text("action_plan.due");
    auto add = [&](std::string priority, std::string action, std::string why, std::string citation) {
      rows.push_back(
          {std::to_string(++n), std::move(priority), std::move(action), std::move(why), std::move(citation)});
    };
    std::size_t questions = 0;
    for (int pass = 0; pass < 3; ++pass) {
      for (const auto& f : a_.findings) {
        if (f.status != dsl::Status::breach && f.status != dsl::Status::undetermined) {
          continue;
        }
        const int p = f.blocking() ? 0 : (f.rule->severity == dsl::RuleSeverity::major ? 1 : 2);
        if (p != pass) {
          continue;
        }
        std::string action = f.rule->remedy;
        if (f.status == dsl::Status::undetermined) {
          ++questions; // one action for them all: answer the open questions of section 7
          continue;
        }
        if (action.empty()) {
          action = f.rule->title;
        }
        add(L(p == 0   ? "priority_blocking"
              : p == 1 ? "priority_major"
                       : "priority_minor"),
            action, f.rule_id() + ": " + f.message, citations_text(f.rule->citations));
      }
    }
    if (questions > 0) {
      add(L("priority_blocking"), L("action_answer_questions"),
          std::to_string(questions) + " " + L("action_questions_why"), "—");
    }
    for (const auto& r : risks_.risks) {
      for (const auto& m : r.measures_planned) {
        add(L("priority_risk"), prose(m), r.id + ": " + prose(r.title), cites("GDPR Art. 32, PIPL Art. 51"));
      }
    }
    if (rows.empty()) {
      s.blocks.push_back(paragraph(L("none")));
    } else {
      // One owner and one due date for the whole plan, where the deployment declares them; the controller's
      // own measures above carry their own.
      s.blocks.push_back(key_values(json::array({json::array({L("owner"), owner.value_or(L("not_declared"))}),
                                                 json::array({L("due"), due.value_or(L("not_declared"))})})));
      if (!owner || !due) {
        s.blocks.push_back(paragraph(L("owner_note")));
      }
      s.blocks.push_back(table({"#", L("priority"), L("action"), L("why"), L("citations")}, rows));
    }
    s.blocks.push_back(heading(L("conditions"), "conditions"));
    if (a_.conditions.empty()) {
      s.blocks.push_back(paragraph(L("no_conditions")));
    } else {
      json cond = json::array();
      for (const auto& c : a_.conditions) {
        cond.push_back({c.condition->key, c.condition->value ? dsl::format_value(*c.condition->value) : "",
                        c.condition->description, c.rule->id});
      }
      s.blocks.push_back(paragraph(L("conditions_intro")));
      s.blocks.push_back(table({L("key"), L("value"), L("description"), L("rule")}, cond));
    }
    return s;
  }

  // ---------------------------------------------------------------------------------------------------------
  Section open_questions() {
    Section s{"open-questions", "7", L("s_open_questions")};
    std::map<std::string, std::pair<std::vector<std::string>, std::vector<std::string>>>
        held; // blocking, other
    for (const auto& f : a_.findings) {
      if (f.status != dsl::Status::undetermined) {
        continue;
      }
      for (const auto& m : f.missing_facts) {
        (f.blocking() ? held[m].first : held[m].second).push_back(f.rule_id());
      }
    }
    if (held.empty()) {
      s.blocks.push_back(paragraph(L("no_open_questions")));
      return s;
    }
    s.blocks.push_back(paragraph(L("open_questions_intro")));
    json rows = json::array();
    auto join = [](const std::vector<std::string>& v) {
      std::string out;
      for (const auto& x : v) {
        out += (out.empty() ? "" : "; ") + x;
      }
      return out.empty() ? std::string("—") : out;
    };
    // The facts that hold up a blocking rule, each with its question; those that hold up other rules only,
    // by name in one paragraph.
    std::string others;
    for (const auto& [fact, rules] : held) {
      if (rules.first.empty()) {
        others += (others.empty() ? "" : "; ") + fact_label(fact) + " (" + fact + ")";
        continue;
      }
      const auto meaning = facts_.meaning(fact);
      rows.push_back({fact, meaning.empty() ? fact_label(fact) : prose(meaning), join(rules.first)});
    }
    if (!rows.empty()) {
      s.blocks.push_back(table({L("fact"), L("question"), L("blocking_rules")}, rows));
    }
    if (!others.empty()) {
      s.blocks.push_back(paragraph(L("open_questions_other") + ": " + others + "."));
    }
    return s;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Prior consultation (GDPR Art. 36) from the rules that cite it and the residual risk.
  void prior_consultation(Section& s) const {
    s.blocks.push_back(heading(L("prior_consultation"), "prior-consultation"));
    std::vector<std::string> lines;
    for (const auto& f : a_.findings) {
      for (const auto& c : f.rule->citations) {
        if (c.instrument == "GDPR" && c.number == "36") {
          lines.push_back(f.rule_id() + " (" + citations_text(f.rule->citations) +
                          "): " + L("st_" + status_key(f.status)) +
                          (f.status == dsl::Status::breach || f.status == dsl::Status::undetermined
                               ? " — " + f.message
                               : ""));
          break;
        }
      }
    }
    if (risks_.has_high_residual && !risks_.high_residual) {
      lines.push_back(L("residual_high") + ": " + L("unknown") + ". " + L("prior_unknown"));
    } else {
      lines.push_back(L("residual_high") + ": " + L(risks_.residual_high() ? "yes" : "no") + ". " +
                      L(risks_.residual_high() ? "prior_required" : "prior_not_required"));
    }
    s.blocks.push_back(bullet_list(lines));
  }

  Section consultation() {
    Section s{"consultation", "8", L("s_consultation")};
    s.blocks.push_back(
        key_values(fact_rows({"controller.dpo_appointed", "dpia.done", "dpia.covers",
                              "dpia.dpo_opinion_sought", "dpia.views_sought", "pipia.done", "pipia.covers",
                              "pipia.record_retention", "prior_consultation.done"})));
    if (gdpr_) {
      prior_consultation(s);
    }
    s.blocks.push_back(heading(L("dpo_opinion"), "dpo-opinion"));
    if (const auto advice = written("dpia.dpo_advice")) {
      s.blocks.push_back(paragraph(*advice));
    } else {
      s.blocks.push_back(json{{"type", "blank"}, {"text", L("dpo_opinion_blank")}, {"lines", 5}});
    }
    s.blocks.push_back(heading(L("views"), "views"));
    if (const auto views = written("dpia.views_summary")) {
      s.blocks.push_back(paragraph(*views));
    } else {
      s.blocks.push_back(json{{"type", "blank"}, {"text", P("views_blank")}, {"lines", 4}});
    }
    s.blocks.push_back(heading(L("workflow"), "workflow"));
    s.blocks.push_back(key_values(fact_rows({"dpia.version", "dpia.author", "dpia.review_date"})));
    s.blocks.push_back(heading(L("signatures"), "signatures"));
    json sig = json::array();
    for (const char* role : {"sign_controller", "sign_dpo", "sign_assessor"}) {
      sig.push_back({L(role), "", "", ""});
    }
    s.blocks.push_back(json{{"type", "table"},
                            {"columns", {L("role"), L("name"), L("date"), L("signature")}},
                            {"rows", sig},
                            {"status", -1},
                            {"class", "signatures"}});
    s.blocks.push_back(paragraph(L(pipl_ ? "keep_note" : "keep_note_store")));
    return s;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Met when every fact is stated, partly when some are, not met when none is.
  std::string coverage(std::initializer_list<const char*> paths) const {
    int known = 0;
    int total = 0;
    for (const char* p : paths) {
      ++total;
      known += facts_.value(p) != nullptr ? 1 : 0;
    }
    return known == total ? "met" : known == 0 ? "not_met" : "partly";
  }
  std::string flag_status(const char* path) const {
    auto v = facts_.flag(path);
    return !v ? "unknown" : *v ? "met" : "not_met";
  }

  std::string text_status(const char* text, const char* sought) const {
    if (facts_.value(text) != nullptr) {
      return "met";
    }
    return facts_.flag(sought).value_or(false) ? "partly" : flag_status(sought);
  }

  Section annex() {
    Section s{"annex", "9", L(gdpr_ ? "s_annex" : "s_annex_plain")};
    if (gdpr_) {
      wp248_checklist(s);
    }
    if (auto quotes = statute_texts(); !quotes.empty()) {
      s.blocks.push_back(heading(L("statute_texts"), "statute-texts"));
      s.blocks.push_back(paragraph(L("statute_texts_intro")));
      for (auto& q : quotes) {
        s.blocks.push_back(std::move(q));
      }
    }
    mapping(s);
    other_facts(s);
    return s;
  }

  // WP248 rev.01 Annex 2: the criteria for an acceptable DPIA under the GDPR.
  void wp248_checklist(Section& s) const {
    s.blocks.push_back(paragraph(L("annex_intro")));
    struct Criterion {
      const char* group;
      const char* key;
      std::string status;
      const char* where;
    };
    const bool derived = !a_.derived.empty();
    const std::vector<Criterion> criteria = {
        {"g_description", "c_nature",
         coverage({"purposes", "processing.mode", "data_subjects.categories", "processing.location"}),
         "description"},
        {"g_description", "c_data_recipients_retention",
         coverage({"processing.creates_templates", "recipients.third_parties", "retention.templates",
                   "retention.images"}),
         "description"},
        {"g_description", "c_functional", facts_.value("processing.mode") ? "met" : "partly", "description"},
        {"g_description", "c_assets",
         coverage({"processing.location", "storage.templates", "security.measures"}), "description"},
        {"g_description", "c_codes", "not_met", "description"},
        {"g_necessity", "c_measures_determined", "met", "measures"},
        {"g_necessity", "c_purposes", coverage({"purposes"}), "description,lawfulness"},
        {"g_necessity", "c_lawfulness", "met", "lawfulness"},
        {"g_necessity", "c_minimisation", derived ? "met" : coverage({"less_intrusive_means.available"}),
         "necessity"},
        {"g_necessity", "c_storage", coverage({"retention.templates", "retention.images"}), "description"},
        {"g_necessity", "c_information", coverage({"notice.given", "notice.contents"}), "necessity"},
        {"g_necessity", "c_access", "not_met", "necessity"},
        {"g_necessity", "c_erasure", coverage({"deletion.on_request", "deletion.on_purpose_end"}),
         "description"},
        {"g_necessity", "c_objection", coverage({"consent.withdrawable"}) == "met" ? "partly" : "not_met",
         "necessity"},
        {"g_necessity", "c_processors", coverage({"processors.contract"}), "description"},
        {"g_necessity", "c_transfers", coverage({"transfer.outside_jurisdiction"}), "description"},
        {"g_necessity", "c_prior", "met", "consultation"},
        {"g_risks", "c_risks_appreciated", "met", "risks"},
        {"g_risks", "c_sources", "met", "risks"},
        {"g_risks", "c_impacts", "met", "risks"},
        {"g_risks", "c_threats", "met", "risks"},
        {"g_risks", "c_likelihood", "met", "risks"},
        {"g_risks", "c_treatment", "met", "measures"},
        // Met only when the report carries the advice and the views themselves; sought but not written:
        // partly.
        {"g_parties", "c_dpo", text_status("dpia.dpo_advice", "dpia.dpo_opinion_sought"), "consultation"},
        {"g_parties", "c_views", text_status("dpia.views_summary", "dpia.views_sought"), "consultation"},
    };
    json rows = json::array();
    for (const auto& c : criteria) {
      rows.push_back({L(c.group), L(c.key), c.status, c.where});
    }
    json t = table({L("group"), L("criterion"), L("status"), L("where")}, rows, 2);
    t["link"] = 3;
    s.blocks.push_back(heading(L("wp248_annex2"), "wp248-annex-2"));
    s.blocks.push_back(t);
    s.blocks.push_back(paragraph(L("annex_note")));
  }

  // Where the report meets each content requirement of the filing regimes in scope.
  void mapping(Section& s) const {
    if (!gdpr_ && !pipl_) {
      return;
    }
    s.blocks.push_back(heading(L(gdpr_ && pipl_ ? "mapping"
                                 : gdpr_        ? "mapping_gdpr"
                                                : "mapping_pipl"),
                               "mapping"));
    json map = json::array();
    if (gdpr_) {
      map.push_back({"GDPR Art. 35(7)(a)", L("m_a"), "description"});
      map.push_back({"GDPR Art. 35(7)(b)", L("m_b"), "necessity,lawfulness"});
      map.push_back({"GDPR Art. 35(7)(c)", L("m_c"), "risks"});
      map.push_back({"GDPR Art. 35(7)(d)", L("m_d"), "measures"});
      map.push_back({"GDPR Art. 35(2), 35(9), 36", L("m_consult"), "consultation"});
    }
    if (pipl_) {
      map.push_back({"PIPL Art. 56(1)(1)", L("m_pipl1"), "description,necessity,lawfulness"});
      map.push_back({"PIPL Art. 56(1)(2)", L("m_pipl2"), "risks"});
      map.push_back({"PIPL Art. 56(1)(3)", L("m_pipl3"), "measures"});
      map.push_back({"PIPL Art. 56(2)", L("m_pipl_keep"), "consultation"});
      // The steps of GB/T 39335-2020 (Guidance for personal information security impact assessment), the
      // structure a Chinese regulator knows a PIPIA by.
      map.push_back({"GB/T 39335-2020 5.1", L("m_gbt_necessity"), "risks"});
      map.push_back({"GB/T 39335-2020 5.2", L("m_gbt_preparation"), "description,consultation"});
      map.push_back({"GB/T 39335-2020 5.3", L("m_gbt_mapping"), "description"});
      map.push_back({"GB/T 39335-2020 5.4", L("m_gbt_sources"), "risks"});
      map.push_back({"GB/T 39335-2020 5.5", L("m_gbt_impact"), "necessity,risks"});
      map.push_back({"GB/T 39335-2020 5.6", L("m_gbt_security"), "risks,lawfulness"});
      map.push_back({"GB/T 39335-2020 5.7", L("m_gbt_report"), "summary,open-questions"});
      map.push_back({"GB/T 39335-2020 5.8", L("m_gbt_treatment"), "measures"});
    }
    json mt = table({L("provision"), L("requirement"), L("where")}, map);
    mt["link"] = 2;
    s.blocks.push_back(mt);
  }

  // The stated facts no section has shown (of the instruments shown).
  void other_facts(Section& s) const {
    json other = json::array();
    if (a_.facts.size() > 0) {
      const auto& vocabulary = a_.facts.vocabulary();
      for (std::size_t i = 0; i < vocabulary.size(); ++i) {
        const auto& decl = vocabulary.fact(i);
        if (decl.derived || described_.count(decl.path) || a_.facts.get(i) == nullptr ||
            !shows_fact(decl.path)) {
          continue;
        }
        other.push_back({fact_label(decl.path), fact_value(decl.path), decl.path, true});
      }
    }
    if (!other.empty()) {
      s.blocks.push_back(heading(L("other_facts"), "other-facts"));
      s.blocks.push_back(key_values(other));
    }
  }

  const engine::Assessment& a_;
  const dsl::Program& program_;
  const ReportOptions& options_;
  Lang lang_;
  FactsView facts_;
  RiskAnalysis risks_;
  std::set<std::string> described_;
  std::vector<dsl::ProvisionRef> to_quote_; // cited by the breaches, in order
  json lawful_paths_;                       // the path to lawful for the JSON report, null when not searched
  std::vector<std::string> known_;          // every instrument of the rules
  std::set<std::string> hidden_;            // out of scope or not in force: not shown but in the statement
  bool gdpr_ = true;                        // the GDPR DPIA's parts (WP248, Art. 36)
  bool pipl_ = true;                        // the PIPL PIPIA's parts (Art. 55, 56)
};

} // namespace

Document build(const engine::Assessment& assessment, const dsl::Program& program,
               const ReportOptions& options) {
  return Builder(assessment, program, options).build();
}

} // namespace facepia::reports::detail
