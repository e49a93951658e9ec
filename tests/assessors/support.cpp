#include "support.hpp"

#include "facepia/dsl/dsl.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace facepia::test {

namespace {

namespace fs = std::filesystem;

fs::path common_dir() {
  return fs::path(FACEPIA_SOURCE_DIR) / "rules" / "common";
}

std::vector<fs::path> common_files() {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(common_dir())) {
    if (entry.is_regular_file() && entry.path().extension() == ".fp") {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

struct Token {
  enum Kind { word, string, punct } kind = word;
  std::string text;
};

// Words (identifiers, fact paths, numbers), strings and single punctuation; comments dropped.
std::vector<Token> tokenize(const std::string& text) {
  std::vector<Token> out;
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (c == '#') {
      while (i < text.size() && text[i] != '\n') {
        ++i;
      }
    } else if (std::isspace(static_cast<unsigned char>(c)) != 0) {
      ++i;
    } else if (c == '"') {
      std::string s;
      ++i;
      while (i < text.size() && text[i] != '"') {
        if (text[i] == '\\' && i + 1 < text.size()) {
          ++i;
          s += text[i] == 'n' ? '\n' : text[i];
        } else {
          s += text[i];
        }
        ++i;
      }
      ++i;
      out.push_back({Token::string, s});
    } else if (std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_') {
      std::size_t j = i;
      while (j < text.size() && (std::isalnum(static_cast<unsigned char>(text[j])) != 0 || text[j] == '_' ||
                                 text[j] == '.' || text[j] == '-')) {
        ++j;
      }
      out.push_back({Token::word, text.substr(i, j - i)});
      i = j;
    } else {
      out.push_back({Token::punct, std::string(1, c)});
      ++i;
    }
  }
  return out;
}

void scan(const std::string& text, dsl::Program& program) {
  const auto tokens = tokenize(text);
  std::size_t i = 0;
  auto at = [&](std::size_t k) -> const Token& {
    static const Token end{Token::punct, ""};
    return k < tokens.size() ? tokens[k] : end;
  };
  while (i < tokens.size()) {
    const Token& t = tokens[i];
    if (t.kind == Token::word && t.text == "enum") {
      dsl::EnumDecl decl;
      decl.name = at(i + 1).text;
      i += 3; // name {
      while (i < tokens.size() && at(i).text != "}") {
        if (at(i).kind == Token::word) {
          decl.values.push_back(at(i).text);
        }
        ++i;
      }
      ++i;
      program.enums.push_back(std::move(decl));
    } else if (t.kind == Token::word && (t.text == "fact" || t.text == "derived")) {
      dsl::FactDecl decl;
      decl.derived = t.text == "derived";
      decl.path = at(i + 1).text;
      i += 3; // path :
      const std::string type = at(i).text;
      ++i;
      if (type == "bool") {
        decl.type.kind = dsl::TypeKind::boolean;
      } else if (type == "date") {
        decl.type.kind = dsl::TypeKind::date;
      } else if (type == "text") {
        decl.type.kind = dsl::TypeKind::text;
      } else if (type == "number") {
        decl.type.kind = dsl::TypeKind::number;
        if (at(i).kind == Token::word) {
          decl.type.unit = at(i).text;
          ++i;
        }
      } else if (type == "set") {
        decl.type.kind = dsl::TypeKind::set_of_enum;
        decl.type.enum_name = at(i + 1).text; // of <enum>
        i += 2;
      } else {
        decl.type.kind = dsl::TypeKind::enumeration;
        decl.type.enum_name = type;
      }
      while (at(i).kind == Token::string) {
        decl.meaning += (decl.meaning.empty() ? "" : " ") + at(i).text;
        ++i;
      }
      program.facts.push_back(std::move(decl));
    } else if (t.kind == Token::punct && t.text == "{") {
      int depth = 1; // another declaration's body (instrument, provision, rule, test)
      ++i;
      while (i < tokens.size() && depth > 0) {
        depth += at(i).text == "{" ? 1 : at(i).text == "}" ? -1 : 0;
        ++i;
      }
    } else {
      ++i;
    }
  }
}

struct Loaded {
  dsl::Program program;
  bool by_parser = false;
};

Loaded load_common() {
  Loaded l;
  auto result = dsl::load({common_dir()});
  if (result.ok() && !result.program.facts.empty()) {
    l.program = std::move(result.program);
    l.by_parser = true;
    return l;
  }
  for (const auto& file : common_files()) {
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    scan(text.str(), l.program);
  }
  l.program.reindex();
  return l;
}

const Loaded& loaded() {
  static const Loaded l = load_common();
  return l;
}

} // namespace

const dsl::Program& common_program() {
  return loaded().program;
}

bool loaded_by_parser() {
  return loaded().by_parser;
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
  for (const auto& assessor : assessors::default_assessors()) {
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
