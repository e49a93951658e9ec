// The face pipeline: detect (dlib's HOG frontal face detector), align (the 68-point shape predictor, 150x150
// chips), template (dlib's ResNet 128-D descriptor). dlib stays out of this header.
#pragma once

#include "facepia/recognition/match.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace facepia::recognition {

// An 8-bit RGB image, rows top to bottom, 3 bytes a pixel.
struct Image {
  long width = 0;
  long height = 0;
  std::vector<std::uint8_t> rgb;
};

// The largest image read: the file, each side, and the decoded pixels (a 36-megapixel photo, about 108 MB
// decoded). Checked before decoding, from the file's header, so that a small compressed file cannot claim
// gigabytes (a flat 30000x30000 PNG is 2.7 MB).
inline constexpr std::uint64_t max_image_file_bytes = 64U << 20U;
inline constexpr long max_image_side = 12000;
inline constexpr std::uint64_t max_image_pixels = 36'000'000;
// The most pixels the detector scans: the image's, times 4 for each --upsample.
inline constexpr std::uint64_t max_detection_pixels = 64'000'000;
// Why the detector would refuse to scan the image with this upsampling (over max_detection_pixels); empty
// when it would not.
std::string detection_budget_error(const Image& image, int upsample);

// Reads a JPEG or PNG (a regular file within the limits above); throws std::runtime_error, saying which
// limit, when it cannot.
Image load_image(const std::filesystem::path& path);
// The same for bytes already read; `name` is the image's name in the messages.
Image decode_image(std::string_view bytes, const std::string& name);
// Bilinear resize (for benchmarks and callers that need a fixed frame size).
Image resize(const Image& image, long width, long height);

struct Box {
  long left = 0, top = 0, right = 0, bottom = 0; // inclusive, as dlib's rectangle
  long width() const { return right - left + 1; }
  long height() const { return bottom - top + 1; }
};

inline constexpr long chip_size = 150;

class Detector {
public:
  // `upsample`: how many times the image is doubled before detection (finds smaller faces, 4x slower each).
  explicit Detector(int upsample = 0);
  ~Detector();
  Detector(Detector&&) noexcept;
  Detector& operator=(Detector&&) noexcept;
  std::vector<Box> detect(const Image& image);

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

class Aligner {
public:
  explicit Aligner(const std::filesystem::path& shape_predictor);
  ~Aligner();
  Aligner(Aligner&&) noexcept;
  Aligner& operator=(Aligner&&) noexcept;
  // The 150x150 chip of the face in `box`, aligned on its 68 landmarks (padding 0.25, as dlib's recogniser
  // expects).
  Image align(const Image& image, const Box& box) const;
  // The chips of several faces of one image (converts the image once).
  std::vector<Image> align(const Image& image, const std::vector<Box>& boxes) const;

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

class Encoder {
public:
  explicit Encoder(const std::filesystem::path& network);
  ~Encoder();
  Encoder(Encoder&&) noexcept;
  Encoder& operator=(Encoder&&) noexcept;
  // One 128-D template per 150x150 aligned chip.
  std::vector<Template> encode(const std::vector<Image>& chips);
  Template encode(const Image& chip);

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

struct Face {
  Box box;
  Template descriptor;
};

// The three stages together.
class Pipeline {
public:
  Pipeline(const std::filesystem::path& shape_predictor, const std::filesystem::path& network,
           int upsample = 0);
  // Every face in the image with its template.
  std::vector<Face> faces(const Image& image);
  // The template of an image that is already an aligned 150x150 chip (e.g. dlib's `johns` crops).
  Template chip_template(const Image& chip) { return encoder_.encode(chip); }
  Detector& detector() { return detector_; }

private:
  Detector detector_;
  Aligner aligner_;
  Encoder encoder_;
};

} // namespace facepia::recognition
