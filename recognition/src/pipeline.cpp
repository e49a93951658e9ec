// Detection (HOG) and alignment (68-point shape predictor) with dlib.
#include "facepia/recognition/pipeline.hpp"

#include "dlib_image.hpp"

#include <dlib/image_processing.h>
#include <dlib/image_processing/frontal_face_detector.h>
#include <dlib/image_transforms.h>
#include <dlib/serialize.h>
#include <stdexcept>

namespace facepia::recognition {

struct Detector::Impl {
  dlib::frontal_face_detector detector = dlib::get_frontal_face_detector();
  int upsample = 0;
};

Detector::Detector(int upsample) : impl_(std::make_unique<Impl>()) {
  if (upsample < 0 || upsample > 3) {
    throw std::invalid_argument("upsample must be between 0 and 3");
  }
  impl_->upsample = upsample;
}
Detector::~Detector() = default;
Detector::Detector(Detector&&) noexcept = default;
Detector& Detector::operator=(Detector&&) noexcept = default;

std::string detection_budget_error(const Image& image, int upsample) {
  // Each upsampling quadruples the pixels (and the memory) the detector works on.
  const auto pixels = static_cast<std::uint64_t>(image.width) * static_cast<std::uint64_t>(image.height)
                      << (2U * static_cast<unsigned>(upsample));
  if (pixels <= max_detection_pixels) {
    return {};
  }
  return "the image (" + std::to_string(image.width) + "x" + std::to_string(image.height) +
         ") is too large to scan with --upsample " + std::to_string(upsample) + ": at most " +
         std::to_string(max_detection_pixels / 1'000'000) + " megapixels after upsampling";
}

std::vector<Box> Detector::detect(const Image& image) {
  if (auto why = detection_budget_error(image, impl_->upsample); !why.empty()) {
    throw std::runtime_error(why);
  }
  dlib::matrix<dlib::rgb_pixel> img = detail::to_dlib(image);
  dlib::pyramid_down<2> pyr;
  for (int i = 0; i < impl_->upsample; ++i) {
    dlib::pyramid_up(img, pyr);
  }
  std::vector<Box> boxes;
  for (const auto& r : impl_->detector(img)) {
    dlib::rectangle original = r;
    for (int i = 0; i < impl_->upsample; ++i) {
      original = pyr.rect_down(original);
    }
    boxes.push_back({original.left(), original.top(), original.right(), original.bottom()});
  }
  return boxes;
}

struct Aligner::Impl {
  dlib::shape_predictor predictor;
};

Aligner::Aligner(const std::filesystem::path& shape_predictor) : impl_(std::make_unique<Impl>()) {
  try {
    dlib::deserialize(shape_predictor.string()) >> impl_->predictor;
  } catch (const std::exception& e) {
    throw std::runtime_error("cannot load the shape predictor `" + shape_predictor.string() +
                             "`: " + e.what());
  }
  if (impl_->predictor.num_parts() != 68) {
    throw std::runtime_error("`" + shape_predictor.string() + "` is not the 68-point shape predictor");
  }
}
Aligner::~Aligner() = default;
Aligner::Aligner(Aligner&&) noexcept = default;
Aligner& Aligner::operator=(Aligner&&) noexcept = default;

Image Aligner::align(const Image& image, const Box& box) const {
  return align(image, std::vector<Box>{box}).front();
}

std::vector<Image> Aligner::align(const Image& image, const std::vector<Box>& boxes) const {
  const auto img = detail::to_dlib(image);
  std::vector<Image> chips;
  chips.reserve(boxes.size());
  for (const auto& box : boxes) {
    const dlib::rectangle rect(box.left, box.top, box.right, box.bottom);
    const auto shape = impl_->predictor(img, rect);
    dlib::matrix<dlib::rgb_pixel> chip;
    dlib::extract_image_chip(img, dlib::get_face_chip_details(shape, chip_size, 0.25), chip);
    chips.push_back(detail::from_dlib(chip));
  }
  return chips;
}

Pipeline::Pipeline(const std::filesystem::path& shape_predictor, const std::filesystem::path& network,
                   int upsample)
    : detector_(upsample), aligner_(shape_predictor), encoder_(network) {}

std::vector<Face> Pipeline::faces(const Image& image) {
  const auto boxes = detector_.detect(image);
  const auto chips = aligner_.align(image, boxes);
  const auto templates = encoder_.encode(chips);
  std::vector<Face> out;
  for (std::size_t i = 0; i < boxes.size(); ++i) {
    out.push_back({boxes[i], templates[i]});
  }
  return out;
}

} // namespace facepia::recognition
