// Image I/O with OpenCV (the only unit that includes it).
#include "facepia/recognition/pipeline.hpp"

#include <cstring>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <stdexcept>

namespace facepia::recognition {
namespace {

Image from_mat(const cv::Mat& rgb) {
  Image out;
  out.width = rgb.cols;
  out.height = rgb.rows;
  const auto row_bytes = static_cast<std::size_t>(rgb.cols) * 3;
  out.rgb.resize(row_bytes * static_cast<std::size_t>(rgb.rows));
  for (int y = 0; y < rgb.rows; ++y) {
    std::memcpy(out.rgb.data() + static_cast<std::size_t>(y) * row_bytes, rgb.ptr(y), row_bytes);
  }
  return out;
}

} // namespace

Image load_image(const std::filesystem::path& path) {
  const cv::Mat bgr = cv::imread(path.string(), cv::IMREAD_COLOR);
  if (bgr.empty()) {
    throw std::runtime_error("cannot read image `" + path.string() + "`");
  }
  cv::Mat rgb;
  cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
  return from_mat(rgb);
}

Image resize(const Image& image, long width, long height) {
  if (image.width <= 0 || image.height <= 0) {
    throw std::invalid_argument("resize: empty image");
  }
  // const_cast: cv::Mat wraps the buffer without copying and is only read here.
  const cv::Mat in(static_cast<int>(image.height), static_cast<int>(image.width), CV_8UC3,
                   const_cast<std::uint8_t*>(image.rgb.data()));
  cv::Mat out;
  cv::resize(in, out, cv::Size(static_cast<int>(width), static_cast<int>(height)), 0, 0, cv::INTER_LINEAR);
  return from_mat(out);
}

} // namespace facepia::recognition
