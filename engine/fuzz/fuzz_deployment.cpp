// libFuzzer target for the deployment loader: any bytes as a YAML deployment against a vocabulary with every
// type of fact. The loader must never crash, hang or leak, whatever the input; a deployment it accepts must
// be assessable.
#include "facepia/dsl/diagnostics.hpp"
#include "facepia/engine/deployment.hpp"
#include "facepia/engine/engine.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

namespace {

using namespace facepia;

dsl::Expr fact(const char* path) {
  dsl::Expr e;
  e.kind = dsl::ExprKind::fact;
  e.name = path;
  return e;
}

dsl::Program vocabulary_program() {
  dsl::Program p;
  dsl::Instrument gdpr;
  gdpr.id = "GDPR";
  gdpr.in_force = *dsl::Date::parse("2018-05-25");
  p.instruments.push_back(gdpr);
  p.enums.push_back(dsl::EnumDecl{"controller_type", {"school", "employer", "public_authority"}, {}, {}});
  p.enums.push_back(dsl::EnumDecl{"purpose", {"attendance", "access_control", "security"}, {}, {}});
  auto add = [&](const char* path, dsl::TypeKind kind, const char* unit, const char* enum_name,
                 bool derived) {
    dsl::FactDecl f;
    f.path = path;
    f.type = dsl::Type{kind, unit, enum_name};
    f.meaning = path;
    f.derived = derived;
    p.facts.push_back(f);
  };
  add("controller.type", dsl::TypeKind::enumeration, "", "controller_type", false);
  add("controller.name", dsl::TypeKind::text, "", "", false);
  add("consent.explicit", dsl::TypeKind::boolean, "", "", false);
  add("consent.separate", dsl::TypeKind::boolean, "", "", false);
  add("data_subjects.count", dsl::TypeKind::number, "persons", "", false);
  add("retention.templates", dsl::TypeKind::number, "days", "", false);
  add("ratio", dsl::TypeKind::number, "", "", false);
  add("deployment.start", dsl::TypeKind::date, "", "", false);
  add("purposes", dsl::TypeKind::set_of_enum, "", "purpose", false);
  add("a.b.c.d", dsl::TypeKind::boolean, "", "", false);
  add("assess.power_imbalance", dsl::TypeKind::boolean, "", "", true);
  dsl::Rule r;
  r.id = "r";
  r.title = "r";
  dsl::ProvisionRef ref;
  ref.instrument = "GDPR";
  ref.number = "9";
  r.citations.push_back(ref);
  dsl::Expr both;
  both.kind = dsl::ExprKind::logical_and;
  both.operands = {fact("consent.explicit"), fact("consent.separate")};
  r.requirement = both;
  r.applies_when = fact("a.b.c.d");
  r.finding = "{data_subjects.count} people, {controller.name}";
  p.rules.push_back(r);
  p.reindex();
  return p;
}

const engine::Engine& engine_instance() {
  static const engine::Engine instance(vocabulary_program());
  return instance;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto& e = engine_instance();
  std::string text(reinterpret_cast<const char*>(data), size);
  auto load = engine::load_deployment_text("fuzz.yaml", std::move(text), e.vocabulary());
  const std::string rendered = dsl::render_all(load.diagnostics, load.sources, false);
  if (load.ok()) {
    engine::AssessOptions options;
    options.as_of = *dsl::Date::parse("2024-01-01");
    for (const auto& deployment : load.deployments) {
      const auto assessment = e.assess(deployment, options);
      if (assessment.findings.size() != 1 || rendered.size() > (1U << 30)) {
        __builtin_trap();
      }
    }
  }
  return 0;
}
