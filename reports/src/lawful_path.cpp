// The path to lawful: sets of levers tried smallest first, each re-assessed by the engine; a set is kept when
// no rule is breached any more (the decision is allow or conditional, or deny only on open questions) and no
// smaller kept set is part of it.
#include "facepia/reports/lawful_path.hpp"

#include "facepia/dsl/dsl.hpp"
#include "facepia/engine/facts.hpp"

#include <algorithm>
#include <map>
#include <stdexcept>
#include <utility>

namespace facepia::reports {

const std::vector<Lever>& levers() {
  static const std::vector<Lever> all = {
      {"offer_alternative",
       "Offer an equally convenient way without the face (a card, a ticket, the former entry method) and "
       "stop "
       "making the face a condition of the service",
       "提供同样便利的非人脸方式（卡、票或原有的入园方式），不再以人脸作为提供服务的条件",
       "alternatives: {offered: true, kinds: [card], equally_convenient: true}\n"
       "consent: {condition_of_service: false, refusable_without_detriment: true}\n"},
      {"verify_1to1", "Match 1:1 against the face the person presents with a claimed identity, not 1:N",
       "改为 1:1 验证（与本人声明身份的模板比对），不进行 1:N 识别",
       "processing: {mode: verification_1to1}\ncapture: {ambient: false}\n"},
      {"store_on_device", "Keep each template on the device or card the person holds, not on a server",
       "将人脸模板保存在本人持有的设备或卡中，而不是服务器上",
       "storage: {templates: held_by_data_subject}\ntransfer: {outside_jurisdiction: false, over_internet: "
       "false}\n"},
      {"separate_written_consent",
       "Obtain separate, explicit, written and recorded consent that can be refused and withdrawn",
       "取得单独、明示、书面并有记录的同意，且可拒绝、可撤回",
       "consent: {obtained: true, explicit: true, separate: true, written: true, recorded: true, bundled: "
       "false, "
       "opt_out_default: false, withdrawable: true, unilateral_change: false, standard_terms: false, "
       "misled_or_coerced: false}\n"},
      {"give_notice",
       "Inform people beforehand, with a complete notice, published processing rules and conspicuous signs",
       "事先以完整的告知、公开的处理规则和显著的提示标识告知个人",
       "notice: {given: true, rules_published: true, contents: [controller_identity, dpo_contact, "
       "purposes_and_methods, legal_basis, data_categories, retention_period, recipients, rights_and_how, "
       "withdrawal_right, complaint_right, necessity, impact_on_rights]}\n"
       "signs: {conspicuous: true}\n"},
      {"limit_retention", "Delete templates and images when the purpose ends or on request, within 30 days",
       "目的实现或应请求时删除模板和图像，保存不超过 30 天",
       "retention: {templates: 30, images: 30}\ndeletion: {on_purpose_end: true, on_request: true}\n"},
      {"secure_templates",
       "Encrypt, restrict and log access to templates, keep templates only, detect presentation attacks",
       "对模板加密、限制并记录访问，仅保存模板，检测呈现攻击",
       "security: {measures: [encryption_at_rest, encryption_in_transit, access_restriction, audit_logging, "
       "template_only_storage, incident_response, presentation_attack_detection, identity_separation], "
       "authorisation_management: true, intrusion_detection: true}\n"},
      {"impact_assessment",
       "Carry out the impact assessment in full, with the DPO's advice and the data subjects' views, and "
       "keep it "
       "three years",
       "全面开展影响评估，征求数据保护官和数据主体的意见，并保存三年",
       "dpia: {done: true, covers: [systematic_description, necessity_proportionality, risk_assessment, "
       "mitigation_measures], dpo_opinion_sought: true, views_sought: true}\n"
       "pipia: {done: true, covers: [systematic_description, necessity_proportionality, risk_assessment, "
       "mitigation_measures], record_retention: 3}\n"},
      {"consult_authority", "Consult the supervisory authority before the processing starts (GDPR Art. 36)",
       "处理开始前事先咨询监管机构（GDPR 第36条）", "prior_consultation: {done: true}\n"},
      {"file_with_cac", "File with the cyberspace administration (CAC-FR Art. 15)",
       "向网信部门备案（人脸识别技术应用安全管理办法第15条）", "filing: {cac_done: true}\n"},
      {"no_secondary_use", "Use the faces for the declared purpose only", "仅为声明的目的使用人脸信息",
       "processing: {secondary_use: false}\nrecipients: {third_parties: false}\n"},
  };
  return all;
}

namespace {

// A lever's facts, by vocabulary index, parsed from its YAML with the engine's vocabulary.
std::vector<std::pair<std::size_t, dsl::Value>> lever_facts(const engine::Engine& engine,
                                                            const Lever& lever) {
  auto load =
      engine::load_deployment_text("lever " + lever.id, "name: lever\n" + lever.facts, engine.vocabulary());
  if (!load.ok() || load.deployments.size() != 1) {
    throw std::logic_error("the facts of lever " + lever.id + " do not fit the rules' vocabulary:\n" +
                           dsl::render_all(load.diagnostics, load.sources, false));
  }
  std::vector<std::pair<std::size_t, dsl::Value>> out;
  const auto& facts = load.deployments.front().facts;
  for (std::size_t i = 0; i < facts.size(); ++i) {
    if (const auto* v = facts.get(i)) {
      out.emplace_back(i, *v);
    }
  }
  return out;
}

// Nothing refuses the deployment but rules whose facts are not stated. The encoded law must bear on it (an
// instrument in scope with no rule that covers it, or none in scope, is no path to lawful).
bool no_breach_refuses(const engine::Assessment& a) {
  if (a.not_assessed || a.no_instrument_applies) {
    return false;
  }
  return std::none_of(a.findings.begin(), a.findings.end(),
                      [](const engine::Finding& f) { return f.refuses && f.status == dsl::Status::breach; });
}

const Lever& lever_by_id(const std::string& id) {
  for (const auto& l : levers()) {
    if (l.id == id) {
      return l;
    }
  }
  throw std::logic_error("no lever " + id);
}

} // namespace

engine::Deployment with_levers(const engine::Engine& engine, const engine::Deployment& deployment,
                               const std::vector<std::string>& lever_ids) {
  engine::Deployment changed = deployment;
  for (const auto& id : lever_ids) {
    for (auto& [index, value] : lever_facts(engine, lever_by_id(id))) {
      changed.facts.set(index, std::move(value));
    }
  }
  return changed;
}

LawfulPathSearch search_lawful_paths(const engine::Engine& engine, const engine::Deployment& deployment,
                                     const engine::Assessment& assessment, const LawfulPathOptions& options) {
  LawfulPathSearch search;
  search.max_levers = options.max_levers;
  if (assessment.decision != dsl::Decision::deny) {
    return search;
  }
  search.searched = true;

  // The levers that change something here, with their facts.
  struct Candidate {
    std::string id;
    std::vector<std::pair<std::size_t, dsl::Value>> facts;
  };
  std::vector<Candidate> candidates;
  for (const auto& lever : levers()) {
    auto facts = lever_facts(engine, lever);
    std::erase_if(facts, [&](const auto& fact) {
      const auto* now = deployment.facts.get(fact.first);
      return now != nullptr && *now == fact.second;
    });
    if (!facts.empty()) {
      search.tried.push_back(lever.id);
      candidates.push_back({lever.id, std::move(facts)});
    }
  }

  engine::AssessOptions assess;
  assess.as_of = assessment.as_of;
  assess.explain = false;

  std::vector<std::vector<std::size_t>> found; // indices into candidates
  auto contains_found = [&](const std::vector<std::size_t>& set) {
    return std::any_of(found.begin(), found.end(), [&](const std::vector<std::size_t>& f) {
      return std::includes(set.begin(), set.end(), f.begin(), f.end());
    });
  };
  const std::size_t n = candidates.size();
  for (std::size_t size = 1; size <= std::min(options.max_levers, n); ++size) {
    // Every combination of `size` candidates, in lexicographic order.
    std::vector<std::size_t> set(size);
    for (std::size_t i = 0; i < size; ++i) {
      set[i] = i;
    }
    while (true) {
      if (!contains_found(set)) {
        engine::Deployment changed = deployment;
        for (const auto c : set) {
          for (const auto& [index, value] : candidates[c].facts) {
            changed.facts.set(index, value);
          }
        }
        const auto result = engine.assess(changed, assess);
        ++search.assessments;
        if (no_breach_refuses(result)) {
          found.push_back(set);
          LawfulPath path;
          path.decision = result.decision;
          for (const auto& f : result.findings) {
            if (f.refuses) {
              path.open_rules.push_back(f.rule_id());
            }
          }
          for (const auto c : set) {
            path.levers.push_back(candidates[c].id);
          }
          std::map<std::size_t, std::pair<std::string, std::string>> changes; // by index: from, to
          for (const auto c : set) {
            for (const auto& [index, value] : candidates[c].facts) {
              const auto* now = deployment.facts.get(index);
              changes[index] = {now != nullptr ? dsl::format_value(*now) : std::string("not stated"),
                                dsl::format_value(value)};
            }
          }
          for (const auto& [index, change] : changes) {
            path.changes.push_back({engine.vocabulary().fact(index).path, change.first, change.second});
          }
          std::sort(path.changes.begin(), path.changes.end(),
                    [](const FactChange& x, const FactChange& y) { return x.fact < y.fact; });
          search.paths.push_back(std::move(path));
        }
      }
      // The next combination.
      std::size_t i = size;
      while (i > 0 && set[i - 1] == n - size + i - 1) {
        --i;
      }
      if (i == 0) {
        break;
      }
      ++set[i - 1];
      for (std::size_t j = i; j < size; ++j) {
        set[j] = set[j - 1] + 1;
      }
    }
  }
  if (found.empty() && !candidates.empty()) {
    engine::Deployment changed = deployment;
    for (const auto& c : candidates) {
      for (const auto& [index, value] : c.facts) {
        changed.facts.set(index, value);
      }
    }
    const auto result = engine.assess(changed, assess);
    ++search.assessments;
    for (const auto& f : result.findings) {
      if (f.refuses && f.status == dsl::Status::breach) {
        std::string citations;
        for (const auto& c : f.rule->citations) {
          citations += (citations.empty() ? "" : ", ") + c.label();
        }
        search.still_breached.push_back({f.rule_id(), citations, f.message});
      }
    }
  }
  // The paths that reach allow or conditional outright first, then by size (the search order).
  std::stable_sort(search.paths.begin(), search.paths.end(), [](const LawfulPath& x, const LawfulPath& y) {
    return x.open_rules.empty() && !y.open_rules.empty();
  });
  return search;
}

} // namespace facepia::reports
