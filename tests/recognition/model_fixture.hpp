// The converted model and dlib's example images, for the tests that need them. A missing model is a failure
// with the fix, never a silent skip.
#pragma once

#include "facepia/recognition/models.hpp"
#include "facepia/recognition/pipeline.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <memory>

namespace facepia::recognition::test {

inline const std::filesystem::path examples = "/usr/share/doc/libdlib19.1/examples";

inline Pipeline& pipeline() {
  static std::unique_ptr<Pipeline> p;
  if (!p) {
    const auto models = check_models();
    if (!models.ok()) {
      for (const auto& e : models.errors) {
        UNSCOPED_INFO(e);
      }
      FAIL("the face models are not ready: run scripts/setup (it fetches and converts the model)");
    }
    p = std::make_unique<Pipeline>(models.shape_predictor, models.network);
  }
  return *p;
}

} // namespace facepia::recognition::test
