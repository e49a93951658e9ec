// libFuzzer target for the face pipeline's input: any bytes as an image file, through the header check,
// decoding (OpenCV) and detection (dlib's HOG detector). Nothing may crash, hang or leak, and an image that
// decodes must have the size its header declared, within the limits of pipeline.hpp. Detection runs on images
// up to a megapixel (larger ones are valid, but each takes seconds: too slow for a fuzzer).
#include "facepia/recognition/pipeline.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <stdexcept>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace facepia::recognition;
  static Detector detector(0);
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  Image image;
  try {
    image = decode_image(bytes, "fuzz");
  } catch (const std::runtime_error&) {
    return 0; // refused with a message: fine
  }
  if (image.width <= 0 || image.height <= 0 || image.width > max_image_side ||
      image.height > max_image_side ||
      static_cast<std::uint64_t>(image.width * image.height) > max_image_pixels ||
      image.rgb.size() != static_cast<std::size_t>(image.width * image.height * 3)) {
    std::abort(); // a decoded image outside the limits, or of the wrong size
  }
  if (image.width * image.height <= 1'000'000) {
    for (const Box& box : detector.detect(image)) {
      if (box.width() <= 0 || box.height() <= 0) {
        std::abort();
      }
    }
  }
  return 0;
}
