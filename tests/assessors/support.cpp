#include "support.hpp"

#include "facepia/dsl/dsl.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <stdexcept>

namespace facepia::test {

namespace {

namespace fs = std::filesystem;

fs::path common_dir() {
  return fs::path(FACEPIA_SOURCE_DIR) / "rules" / "common";
}

// rules/common, through the real loader: a vocabulary that does not load fails every assessor test.
dsl::Program load_common() {
  auto result = dsl::load({common_dir()});
  if (!result.ok() || result.program.facts.empty()) {
    result.diagnostics.sort();
    throw std::runtime_error("rules/common does not load:\n" +
                             dsl::render_all(result.diagnostics, result.program.sources, false));
  }
  return std::move(result.program);
}

} // namespace

const dsl::Program& common_program() {
  static const dsl::Program program = load_common();
  return program;
}

std::shared_ptr<const engine::Vocabulary> vocabulary() {
  static const auto v = std::make_shared<const engine::Vocabulary>(common_program());
  return v;
}

FactsBuilder::FactsBuilder() : facts_(vocabulary()) {}

FactsBuilder& FactsBuilder::with(std::string_view path, dsl::Value value) {
  INFO("fact " << path);
  REQUIRE(facts_.set(path, std::move(value)));
  return *this;
}

FactsBuilder& FactsBuilder::without(std::string_view path) {
  auto index = facts_.vocabulary().index(path);
  REQUIRE(index);
  facts_.clear(*index);
  return *this;
}

FactsBuilder skelleftea() {
  FactsBuilder b;
  b.with("jurisdiction.eu_establishment", yes())
      .with("controller.type", e("school"))
      .with("controller.name", dsl::Value{std::string("Skellefteå upper secondary school board")})
      .with("purposes", set({"attendance"}))
      .with("processing.creates_templates", yes())
      .with("processing.mode", e("identification_1ton"))
      .with("processing.live", yes())
      .with("processing.location", e("school_premises"))
      .with("capture.ambient", yes())
      .with("storage.templates", e("central_server"))
      .with("transfer.outside_jurisdiction", no())
      .with("transfer.out_of_china", no())
      .with("recipients.third_parties", no())
      .with("data_subjects.categories", set({"pupils", "minors"}))
      .with("data_subjects.count", n(22, "persons"))
      .with("basis.art9", e("art9_explicit_consent"))
      .with("consent.obtained", yes())
      .with("consent.explicit", yes())
      .with("consent.written", yes())
      .with("consent.guardian", yes())
      .with("consent.refusable_without_detriment", yes()) // pupils could opt out
      .with("consent.condition_of_service", no())
      .with("consent.bundled", no())
      .with("consent.opt_out_default", no())
      .with("consent.withdrawable", yes())
      .with("alternatives.offered", yes())
      .with("alternatives.kinds", set({"manual_roll_call"}))
      .with("alternatives.equally_convenient", yes())
      .with("less_intrusive_means.available", yes());
  return b;
}

FactsBuilder workplace_clock_in() {
  FactsBuilder b;
  b.with("controller.type", e("employer"))
      .with("purposes", set({"attendance"}))
      .with("processing.creates_templates", yes())
      .with("processing.mode", e("identification_1ton"))
      .with("processing.location", e("workplace"))
      .with("capture.ambient", no())
      .with("storage.templates", e("central_server"))
      .with("data_subjects.categories", set({"employees"}))
      .with("data_subjects.count", n(300, "persons"))
      .with("consent.obtained", yes())
      .with("consent.explicit", yes())
      .with("consent.refusable_without_detriment", no())
      .with("consent.condition_of_service", no())
      .with("consent.bundled", no())
      .with("consent.opt_out_default", no())
      .with("alternatives.offered", no())
      .with("less_intrusive_means.available", yes());
  return b;
}

FactsBuilder gym() {
  FactsBuilder b;
  b.with("controller.type", e("commercial_venue"))
      .with("purposes", set({"access_control"}))
      .with("processing.creates_templates", yes())
      .with("processing.mode", e("verification_1to1"))
      .with("processing.live", yes())
      .with("processing.covert", no())
      .with("processing.secondary_use", no())
      .with("processing.location", e("publicly_accessible_premises"))
      .with("capture.ambient", no())
      .with("storage.templates", e("on_device"))
      .with("transfer.outside_jurisdiction", no())
      .with("transfer.out_of_china", no())
      .with("recipients.third_parties", no())
      .with("enrolment.from_third_party", no())
      .with("data_subjects.categories", set({"customers"}))
      .with("data_subjects.count", n(800, "persons"))
      .with("service.essential", no())
      .with("service.information_society", no())
      .with("matching.accuracy_tested", yes())
      .with("basis.written_consent_by_law", no())
      .with("consent.obtained", yes())
      .with("consent.explicit", yes())
      .with("consent.separate", yes())
      .with("consent.written", yes())
      .with("consent.recorded", yes())
      .with("consent.refusable_without_detriment", yes())
      .with("consent.condition_of_service", no())
      .with("consent.bundled", no())
      .with("consent.opt_out_default", no())
      .with("consent.withdrawable", yes())
      .with("notice.given", yes())
      .with("notice.contents",
            set({"controller_identity", "dpo_contact", "purposes_and_methods", "legal_basis",
                 "data_categories", "retention_period", "recipients", "rights_and_how", "withdrawal_right",
                 "complaint_right", "necessity", "impact_on_rights"}))
      .with("signs.conspicuous", yes())
      .with("alternatives.offered", yes())
      .with("alternatives.kinds", set({"card"}))
      .with("alternatives.equally_convenient", yes())
      .with("less_intrusive_means.available", yes())
      .with("retention.templates", n(0, "days"))
      .with("retention.images", n(0, "days"))
      .with("deletion.on_purpose_end", yes())
      .with("deletion.on_request", yes())
      .with("design.privacy_by_default", yes())
      .with("security.measures",
            set({"encryption_at_rest", "encryption_in_transit", "access_restriction", "audit_logging",
                 "template_only_storage", "staff_training", "incident_response"}));
  return b;
}

FactsBuilder residential_compound() {
  FactsBuilder b;
  b.with("jurisdiction.cn_processing", yes())
      .with("controller.type", e("property_manager"))
      .with("purposes", set({"access_control"}))
      .with("processing.creates_templates", yes())
      .with("processing.mode", e("identification_1ton"))
      .with("processing.location", e("residential_compound"))
      .with("capture.ambient", no())
      .with("storage.templates", e("central_server"))
      .with("data_subjects.categories", set({"residents"}))
      .with("data_subjects.count", n(1200, "persons"))
      .with("consent.obtained", yes())
      .with("consent.condition_of_service", yes())
      .with("consent.refusable_without_detriment", no())
      .with("consent.bundled", no())
      .with("consent.opt_out_default", no())
      .with("alternatives.offered", no())
      .with("less_intrusive_means.available", yes());
  return b;
}

const engine::DerivedValue& Run::operator[](std::string_view fact) const {
  auto it = derived.find(std::string(fact));
  if (it == derived.end()) {
    throw std::out_of_range("no derived value for " + std::string(fact));
  }
  return it->second;
}

std::optional<bool> Run::truth(std::string_view fact) const {
  const auto& d = (*this)[fact];
  if (!d.value) {
    return std::nullopt;
  }
  const bool* b = std::get_if<bool>(&*d.value);
  if (b == nullptr) {
    throw std::logic_error(std::string(fact) + " is not a boolean");
  }
  return *b;
}

const engine::Factor& Run::factor(std::string_view fact, std::string_view name) const {
  for (const auto& f : (*this)[fact].factors) {
    if (f.name == name) {
      return f;
    }
  }
  throw std::out_of_range("no factor " + std::string(name) + " in " + std::string(fact));
}

std::optional<bool> factor_truth(const engine::Factor& f) {
  if (!f.value) {
    return std::nullopt;
  }
  const bool* b = std::get_if<bool>(&*f.value);
  if (b == nullptr) {
    return std::nullopt;
  }
  return *b;
}

Run run(const engine::Facts& facts, const std::vector<engine::Override>& overrides) {
  Run r{facts, {}};
  const engine::AssessorContext context(*dsl::Date::parse("2026-11-26"), &overrides);
  const auto standard_set = assessors::standard();
  for (const auto& assessor : standard_set.list()) {
    for (auto& d : assessor->assess(r.facts, context)) {
      auto index = r.facts.vocabulary().index(d.fact);
      REQUIRE(index);
      if (d.value) {
        r.facts.set(*index, *d.value);
      } else {
        r.facts.clear(*index);
      }
      d.assessor = std::string(assessor->name());
      r.derived[d.fact] = std::move(d);
    }
  }
  return r;
}

} // namespace facepia::test
