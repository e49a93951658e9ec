#include "facepia/recognition/match.hpp"

#include <catch2/catch.hpp>

using namespace facepia::recognition;

namespace {
Template unit(std::size_t axis, float length = 1.0f) {
  Template t{};
  t[axis] = length;
  return t;
}
} // namespace

TEST_CASE("distance is Euclidean", "[match]") {
  CHECK(distance(unit(0), unit(0)) == Approx(0.0));
  CHECK(distance(unit(0), unit(1)) == Approx(std::sqrt(2.0)));
  CHECK(distance(unit(5, 0.3f), unit(5, 0.0f)) == Approx(0.3));
  CHECK(same_person(unit(3, 0.5f), unit(3, 0.0f)));
  CHECK_FALSE(same_person(unit(3, 0.7f), unit(3, 0.0f)));
}

TEST_CASE("the gallery finds the nearest template under the threshold", "[match]") {
  Gallery g;
  CHECK_FALSE(g.nearest(unit(0)).has_value());
  g.add(1, "alice", unit(0));
  g.add(2, "bob", unit(1));
  g.add(3, "carol", unit(2));
  auto probe = unit(1);
  probe[0] = 0.1f;
  const auto m = g.identify(probe);
  REQUIRE(m.has_value());
  CHECK(m->subject == "bob");
  CHECK(m->template_id == 2);
  CHECK(m->distance == Approx(0.1));
  CHECK_FALSE(g.identify(unit(10)).has_value()); // nearest is sqrt(2) away
}
