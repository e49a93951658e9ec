// dlib's labelled `johns` crops: 5 people x 11 aligned 150x150 chips.
#include "model_fixture.hpp"

#include <algorithm>
#include <iostream>
#include <map>

using namespace facepia::recognition;

namespace {
struct Crop {
  std::string person;
  std::string file;
  Template t;
};

const std::vector<Crop>& crops() {
  static std::vector<Crop> all;
  if (all.empty()) {
    auto& p = test::pipeline();
    std::vector<std::filesystem::path> files;
    for (const auto& dir : std::filesystem::directory_iterator(test::examples / "johns")) {
      for (const auto& f : std::filesystem::directory_iterator(dir.path())) {
        files.push_back(f.path());
      }
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      all.push_back(
          {f.parent_path().filename().string(), f.filename().string(), p.chip_template(load_image(f))});
    }
  }
  return all;
}
} // namespace

TEST_CASE("johns: every same-person pair verifies and every different-person pair is rejected at 0.6",
          "[model][johns]") {
  const auto& all = crops();
  REQUIRE(all.size() == 55);
  int same = 0, different = 0, same_fail = 0, different_fail = 0;
  double min_same = 10, max_same = 0, min_different = 10, max_different = 0;
  for (std::size_t i = 0; i < all.size(); ++i) {
    for (std::size_t j = i + 1; j < all.size(); ++j) {
      const double d = distance(all[i].t, all[j].t);
      if (all[i].person == all[j].person) {
        ++same;
        min_same = std::min(min_same, d);
        max_same = std::max(max_same, d);
        if (!same_person(all[i].t, all[j].t)) {
          ++same_fail;
        }
      } else {
        ++different;
        min_different = std::min(min_different, d);
        max_different = std::max(max_different, d);
        if (same_person(all[i].t, all[j].t)) {
          ++different_fail;
        }
      }
    }
  }
  std::cout << "johns: " << same << " same-person pairs (distances " << min_same << " to " << max_same
            << "), " << different << " different-person pairs (distances " << min_different << " to "
            << max_different << ")\n";
  CHECK(same == 275);
  CHECK(different == 1210);
  CHECK(same_fail == 0);
  CHECK(different_fail == 0);
}

TEST_CASE("johns: 1:N identification of each crop against the others is correct", "[model][johns]") {
  const auto& all = crops();
  REQUIRE(all.size() == 55);
  int correct = 0;
  for (std::size_t i = 0; i < all.size(); ++i) {
    Gallery g;
    for (std::size_t j = 0; j < all.size(); ++j) {
      if (j != i) {
        g.add(static_cast<std::int64_t>(j), all[j].person, all[j].t);
      }
    }
    const auto m = g.identify(all[i].t);
    INFO(all[i].person << "/" << all[i].file);
    REQUIRE(m.has_value());
    CHECK(m->subject == all[i].person);
    correct += m->subject == all[i].person ? 1 : 0;
  }
  std::cout << "johns: 1:N identification " << correct << "/55 correct\n";
}
