// Necessity and proportionality.
#include "support.hpp"

#include <catch2/catch.hpp>

using namespace facepia;
using namespace facepia::test;
using assessors::fact::necessary_and_proportionate;

namespace {
std::optional<bool> factor(const Run& r, const char* name) {
  return factor_truth(r.factor(necessary_and_proportionate, name));
}
} // namespace

TEST_CASE("Skellefteå: a manual roll call would do, so faces are not necessary (GDPR Art. 5(1)(c))",
          "[necessity]") {
  const Run r = run(skelleftea());
  CHECK(r.truth(necessary_and_proportionate) == false);
  CHECK(factor(r, "less_intrusive_means_available") == true);
  CHECK(r.factor(necessary_and_proportionate, "less_intrusive_means_available").source ==
        "GDPR Art. 5(1)(c)");
  // The roll call is offered, but the choice is not free (imbalance), so the face route is not optional.
  CHECK(factor(r, "face_route_optional") == false);
  CHECK(factor(r, "scale_beyond_purpose") == true); // the classroom camera captures everyone who enters
  CHECK(r[necessary_and_proportionate].reasoning.find("less intrusive") != std::string::npos);
}

TEST_CASE("gym: an optional 1:1 route on the device with strict safeguards is proportionate", "[necessity]") {
  const Run r = run(gym());
  CHECK(factor(r, "less_intrusive_means_available") == true);
  CHECK(factor(r, "face_route_optional") == true);
  CHECK(r.truth(necessary_and_proportionate) == true);
}

TEST_CASE("necessity and proportionality, factor by factor", "[necessity]") {
  SECTION("1:N identification where 1:1 verification would do") {
    const Run r = run(gym().with("processing.mode", e("identification_1ton")));
    CHECK(r.truth(necessary_and_proportionate) == false);
    CHECK(factor(r, "identification_where_verification_suffices") == true);
  }
  SECTION("a central store where the device would do") {
    const Run r = run(gym().with("storage.templates", e("cloud_service")));
    CHECK(r.truth(necessary_and_proportionate) == false);
    CHECK(factor(r, "central_store_where_device_suffices") == true);
    CHECK(r.factor(necessary_and_proportionate, "central_store_where_device_suffices").source ==
          "GDPR Art. 25");
  }
  SECTION("scale: everyone captured for a purpose that concerns the enrolled") {
    const Run r = run(gym().with("capture.ambient", yes()));
    CHECK(r.truth(necessary_and_proportionate) == false);
    CHECK(factor(r, "scale_beyond_purpose") == true);
    CHECK(r.factor(necessary_and_proportionate, "scale_beyond_purpose").source ==
          "GDPR Art. 5(1)(c); PIPL Art. 6");
    // Public security is a purpose that concerns everyone in view.
    CHECK(factor(run(gym().with("capture.ambient", yes()).with("purposes", set({"public_security"}))),
                 "scale_beyond_purpose") == false);
  }
  SECTION("retention beyond the purpose") {
    CHECK(factor(run(gym().with("retention.images", n(90, "days"))), "retention_beyond_purpose") == true);
    CHECK(factor(run(gym().with("deletion.on_purpose_end", no())), "retention_beyond_purpose") == true);
    CHECK(run(gym().with("deletion.on_purpose_end", no())).truth(necessary_and_proportionate) == false);
  }
  SECTION("strict protection measures (PIPL Art. 28)") {
    const Run r = run(gym().with("security.measures", set({"audit_logging"})));
    CHECK(factor(r, "strict_protection_measures") == false);
    CHECK(r.truth(necessary_and_proportionate) == false);
    CHECK(r[necessary_and_proportionate].reasoning.find("PIPL Art. 28") != std::string::npos);
  }
  SECTION("a less intrusive means and no free choice of the face route") {
    const Run r = run(gym().with("alternatives.offered", no()));
    CHECK(factor(r, "face_route_optional") == false);
    CHECK(r.truth(necessary_and_proportionate) == false);
  }
  SECTION("unknown when a fact could change it") {
    const Run r = run(gym().without("retention.images"));
    CHECK(r.truth(necessary_and_proportionate) == std::nullopt);
    CHECK(r[necessary_and_proportionate].reasoning.find("retention.images") != std::string::npos);
  }
}
