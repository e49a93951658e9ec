// The model files the pipeline loads, where they live, and their verification. The runtime refuses to start
// when a model is missing or its sha256 is not the expected one.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace facepia::recognition {

inline constexpr std::string_view shape_predictor_path =
    "/usr/share/dlib/shape_predictor_68_face_landmarks.dat";
// libdlib-data 19.24+dfsg-1.
inline constexpr std::string_view shape_predictor_sha256 =
    "fbdc2cb80eb9aa7a758672cbfdda32ba6300efe9b6e6c7a299ff7e736b11b92f";
inline constexpr std::string_view network_file_name = "dlib_face_recognition_resnet_model_v1.dat";
// The file facepia-convert-model writes from @vladmandic/face-api@1.7.15 with dlib 19.24 (conversion is
// deterministic: it keeps only the parameters, never outputs computed by this CPU's BLAS kernels);
// scripts/fetch-model records it beside the file as `<name>.sha256`.
inline constexpr std::string_view network_sha256 =
    "cdb1d47b961fe310ef1f3aa2974c5f65d29c079346760f6b6785c7e405f7266a";

// ${FACEPIA_MODEL_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/facepia/models}
std::filesystem::path default_model_dir();

// Lower-case hex sha256 of a file's bytes; throws std::runtime_error when it cannot read it.
std::string sha256_file(const std::filesystem::path& path);

struct Models {
  std::filesystem::path shape_predictor;
  std::filesystem::path network;
  std::vector<std::string> errors; // one line each, naming the file and the fix
  bool ok() const { return errors.empty(); }
};

// Locates and verifies both models: sha256 of 125 MB, 0.5 to 0.65 s here (bench/RESULTS.md).
Models
check_models(const std::filesystem::path& model_dir = default_model_dir(),
             const std::filesystem::path& shape_predictor = std::filesystem::path(shape_predictor_path));

} // namespace facepia::recognition
