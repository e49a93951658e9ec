// The gated runtime end to end on dlib's johns crops (aligned 150x150 chips) with the converted model.
#include "facepia/recognition/runtime.hpp"
#include "gate_answers.hpp"
#include "model_fixture.hpp"
#include "temp_dir.hpp"

#include <fstream>

using namespace facepia;
using namespace facepia::recognition;
using namespace facepia::recognition::test;

namespace {
std::vector<std::filesystem::path> crops_of(const std::string& person) {
  std::vector<std::filesystem::path> files;
  for (const auto& f : std::filesystem::directory_iterator(examples / "johns" / person)) {
    files.push_back(f.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}
} // namespace

TEST_CASE("enrol with consent, verify 1:1, identify 1:N, and probes are never stored", "[model][runtime]") {
  TempDir dir;
  RuntimeOptions o;
  o.store = dir / "faces.db";
  o.key = TemplateKey::generate();
  o.now = "2026-11-26T08:00:00Z";
  const auto answer = conditional(
      {condition("consent_record_required"), condition("max_template_retention", "90 days", 90.0, "days"),
       condition("allowed_purposes", "{access_control}", std::nullopt, "", {"access_control"})});
  Runtime rt = [&] {
    try {
      return Runtime::start(o, [&](const gate::Request&) { return answer; });
    } catch (const Refused& e) {
      FAIL(e.what());
      throw;
    }
  }();
  const std::vector<std::string> people{"John_Salley", "John_Savage", "John_Schneider"};
  for (const auto& p : people) {
    rt.record_consent({p, "1970-01-01", "", std::nullopt, true},
                      ConsentRecord{0, "", p, "", {"access_control"}, true, true, false, std::nullopt, true});
    const auto e = rt.enrol(p, load_image(crops_of(p)[0]), "access_control", true);
    INFO(e.message);
    REQUIRE(e.ok);
  }
  CHECK(rt.store().template_count() == 3);
  // The deployment declares 30 days, shorter than the 90 the rule imposes: the shorter holds.
  CHECK(rt.store().templates("John_Salley")[0].expires_at ==
        std::optional<std::string>("2026-12-26T08:00:00Z"));

  const auto same = rt.verify("John_Savage", load_image(crops_of("John_Savage")[5]), "access_control", true);
  CHECK(same.ok);
  CHECK(same.result == "match");
  const auto other = rt.verify("John_Savage", load_image(crops_of("John_Salley")[5]), "access_control", true);
  CHECK_FALSE(other.ok);
  CHECK(other.result == "no_match");
  const auto id = rt.identify(load_image(crops_of("John_Schneider")[7]), "access_control", true);
  CHECK(id.ok);
  CHECK(id.subject == "John_Schneider");
  // A face that is not enrolled is not identified, and its template is not kept.
  const auto stranger = rt.identify(load_image(crops_of("John_Simm")[0]), "access_control", true);
  CHECK_FALSE(stranger.ok);
  CHECK(stranger.result == "not_identified");
  CHECK(rt.store().template_count() == 3);
  // A purpose outside the allowed ones is refused.
  CHECK_FALSE(rt.verify("John_Savage", load_image(crops_of("John_Savage")[5]), "marketing", true).ok);
  // A photo with several faces is not an enrolment photo.
  rt.record_consent({"crowd", std::nullopt, "", std::nullopt, true},
                    ConsentRecord{0, "", "crowd", "", {"access_control"}, true, true, false, {}, true});
  const auto crowd = rt.enrol("crowd", load_image(examples / "faces" / "bald_guys.jpg"), "access_control");
  CHECK_FALSE(crowd.ok);
  CHECK_THAT(crowd.message, Catch::Contains("exactly one"));
  CHECK(rt.store().verify_audit_chain().ok);
  CHECK(rt.store().audit_log().size() == 13);
}

TEST_CASE("the runtime refuses to start when a model is missing, naming the file and the fix",
          "[model][runtime]") {
  TempDir dir;
  RuntimeOptions o;
  o.store = dir / "faces.db";
  o.key = TemplateKey::generate();
  o.model_dir = dir / "no-models-here";
  CHECK_THROWS_WITH(Runtime::start(o, [](const gate::Request&) { return allow(); }),
                    Catch::Contains("dlib_face_recognition_resnet_model_v1.dat") &&
                        Catch::Contains("scripts/setup"));
  // A model whose bytes are not the expected ones.
  std::filesystem::create_directories(o.model_dir);
  std::ofstream(o.model_dir / "dlib_face_recognition_resnet_model_v1.dat") << "not a model";
  CHECK_THROWS_WITH(Runtime::start(o, [](const gate::Request&) { return allow(); }),
                    Catch::Contains("expected cdb1d47b"));
}
