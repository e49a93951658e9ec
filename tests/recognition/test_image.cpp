// Images are checked from their header before anything is decoded: dimensions and pixel count within the
// limits of pipeline.hpp, JPEG or PNG only, a regular file; the detector refuses to upsample past its budget.
// (tests/hardening/images.sh runs a real 30000x30000 PNG bomb through `facepia face identify` under ulimit
// -v.)
#include "facepia/recognition/pipeline.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>
#include <cstdint>
#include <fstream>
#include <string>
#include <sys/stat.h>

using namespace facepia::recognition;
using facepia::recognition::test::TempDir;

namespace {

std::string big_endian(std::uint32_t v) {
  return {static_cast<char>(v >> 24U), static_cast<char>(v >> 16U), static_cast<char>(v >> 8U),
          static_cast<char>(v)};
}

// A PNG signature and IHDR chunk declaring width x height (the data after it never matters: it is not read).
std::string png_header(std::uint32_t width, std::uint32_t height) {
  return std::string("\x89PNG\r\n\x1a\n", 8) + big_endian(13) + "IHDR" + big_endian(width) +
         big_endian(height) + std::string("\x01\x00\x00\x00\x00", 5) + big_endian(0) +
         "garbage that is never decoded";
}

// A JPEG start of image and a baseline start-of-frame declaring width x height, after an APP0 segment.
std::string jpeg_header(std::uint16_t width, std::uint16_t height) {
  std::string app0("\xff\xe0\x00\x04\x00\x00", 6);
  std::string sof("\xff\xc0\x00\x11\x08", 5);
  sof += static_cast<char>(height >> 8U);
  sof += static_cast<char>(height & 0xFFU);
  sof += static_cast<char>(width >> 8U);
  sof += static_cast<char>(width & 0xFFU);
  sof += std::string("\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01\xff\xd9", 12);
  return std::string("\xff\xd8", 2) + app0 + sof;
}

} // namespace

TEST_CASE("an image too large by its header is refused before decoding, naming its size", "[image]") {
  CHECK_THROWS_WITH(
      decode_image(png_header(30000, 30000), "bomb.png"),
      "image `bomb.png` is 30000x30000: at most 12000 pixels a side and 36 megapixels are read");
  CHECK_THROWS_WITH(decode_image(png_header(8000, 6000), "wide.png"),
                    "image `wide.png` is 8000x6000: at most 12000 pixels a side and 36 megapixels are read");
  CHECK_THROWS_WITH(decode_image(png_header(12001, 10), "tall.png"),
                    Catch::StartsWith("image `tall.png` is 12001x10"));
  CHECK_THROWS_WITH(decode_image(png_header(0, 10), "empty.png"),
                    Catch::StartsWith("image `empty.png` is 0x10"));
  CHECK_THROWS_WITH(decode_image(jpeg_header(65000, 65000), "huge.jpg"),
                    Catch::StartsWith("image `huge.jpg` is 65000x65000"));
  // Within the limits, a header with no image after it is a plain read error.
  CHECK_THROWS_WITH(decode_image(png_header(100, 100), "small.png"), "cannot read image `small.png`");
  CHECK_THROWS_WITH(decode_image(jpeg_header(100, 100), "small.jpg"), "cannot read image `small.jpg`");
}

TEST_CASE("only JPEG and PNG regular files are read", "[image]") {
  CHECK_THROWS_WITH(decode_image("GIF89a....", "a.gif"), "cannot read image `a.gif`: not a JPEG or PNG file");
  CHECK_THROWS_WITH(decode_image("", "empty"), "cannot read image `empty`: not a JPEG or PNG file");
  TempDir dir;
  REQUIRE(::mkfifo((dir / "fifo.jpg").c_str(), 0600) == 0);
  CHECK_THROWS_WITH(load_image(dir / "fifo.jpg"), Catch::EndsWith("fifo.jpg`: not a regular file"));
  CHECK_THROWS_WITH(load_image(dir / "missing.jpg"), Catch::StartsWith("cannot read image"));
  // A real photo goes through, at its size.
  const Image face = load_image("/usr/share/doc/libdlib19.1/examples/johns/John_Salley/000179_02159509.jpg");
  CHECK(face.width == 150);
  CHECK(face.height == 150);
  CHECK(face.rgb.size() == 150U * 150U * 3U);
}

TEST_CASE("the detector refuses to scan more than its pixel budget after upsampling", "[image]") {
  Image image;
  image.width = 3000;
  image.height = 2000;
  image.rgb.assign(static_cast<std::size_t>(image.width * image.height * 3), 128);
  Detector upsampled(2); // 6 megapixels x 16
  CHECK_THROWS_WITH(
      upsampled.detect(image),
      "the image (3000x2000) is too large to scan with --upsample 2: at most 64 megapixels after "
      "upsampling");
}
