// Image I/O with OpenCV (the only unit that includes it).
#include "facepia/recognition/pipeline.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

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

struct Dimensions {
  std::uint64_t width = 0;
  std::uint64_t height = 0;
};

std::uint32_t big_endian(std::string_view bytes, std::size_t at, std::size_t size) {
  std::uint32_t value = 0;
  for (std::size_t i = 0; i < size; ++i) {
    value = (value << 8U) | static_cast<unsigned char>(bytes[at + i]);
  }
  return value;
}

// The dimensions a PNG or JPEG declares in its header, read before anything is decoded; nullopt for any other
// format or a header that does not parse.
std::optional<Dimensions> declared_dimensions(std::string_view bytes) {
  static constexpr unsigned char png_signature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  if (bytes.size() >= 24 && std::memcmp(bytes.data(), png_signature, 8) == 0 &&
      bytes.substr(12, 4) == "IHDR") {
    return Dimensions{big_endian(bytes, 16, 4), big_endian(bytes, 20, 4)};
  }
  if (bytes.size() >= 4 && static_cast<unsigned char>(bytes[0]) == 0xFF &&
      static_cast<unsigned char>(bytes[1]) == 0xD8) {
    // JPEG: the segments up to the first start-of-frame marker (SOF0-SOF15 but DHT C4, JPG C8, DAC CC).
    std::size_t at = 2;
    while (at + 4 <= bytes.size()) {
      if (static_cast<unsigned char>(bytes[at]) != 0xFF) {
        return std::nullopt;
      }
      const auto marker = static_cast<unsigned char>(bytes[at + 1]);
      if (marker == 0xFF) {
        ++at; // fill byte
        continue;
      }
      if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
        at += 2; // no length
        continue;
      }
      const std::uint32_t length = big_endian(bytes, at + 2, 2);
      if (length < 2) {
        return std::nullopt;
      }
      if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
        if (at + 9 > bytes.size()) {
          return std::nullopt;
        }
        return Dimensions{big_endian(bytes, at + 7, 2), big_endian(bytes, at + 5, 2)};
      }
      at += 2 + length;
    }
  }
  return std::nullopt;
}

std::string read_image_file(const std::filesystem::path& path) {
  // O_NONBLOCK: a FIFO is refused, not waited on.
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) {
    throw std::runtime_error("cannot read image `" + path.string() + "`");
  }
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  struct stat info {};
  if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    throw std::runtime_error("cannot read image `" + path.string() + "`: not a regular file");
  }
  if (static_cast<std::uint64_t>(info.st_size) > max_image_file_bytes) {
    throw std::runtime_error("image `" + path.string() + "` is larger than " +
                             std::to_string(max_image_file_bytes >> 20U) + " MiB");
  }
  std::string bytes(static_cast<std::size_t>(info.st_size), '\0');
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::read(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n <= 0) {
      throw std::runtime_error("cannot read image `" + path.string() + "`");
    }
    done += static_cast<std::size_t>(n);
  }
  return bytes;
}

} // namespace

Image load_image(const std::filesystem::path& path) {
  return decode_image(read_image_file(path), path.string());
}

Image decode_image(std::string_view bytes, const std::string& name) {
  const auto size = declared_dimensions(bytes);
  if (!size) {
    throw std::runtime_error("cannot read image `" + name + "`: not a JPEG or PNG file");
  }
  const std::string dimensions = std::to_string(size->width) + "x" + std::to_string(size->height);
  if (size->width == 0 || size->height == 0 || size->width > static_cast<std::uint64_t>(max_image_side) ||
      size->height > static_cast<std::uint64_t>(max_image_side) ||
      size->width * size->height > max_image_pixels) {
    throw std::runtime_error("image `" + name + "` is " + dimensions + ": at most " +
                             std::to_string(max_image_side) + " pixels a side and " +
                             std::to_string(max_image_pixels / 1'000'000) + " megapixels are read");
  }
  const cv::Mat encoded(1, static_cast<int>(bytes.size()), CV_8UC1,
                        const_cast<char*>(bytes.data())); // read only
  const cv::Mat bgr = cv::imdecode(encoded, cv::IMREAD_COLOR);
  if (bgr.empty()) {
    throw std::runtime_error("cannot read image `" + name + "`");
  }
  // The decoder must have honoured the header that was checked (turned a quarter by an EXIF orientation,
  // maybe).
  const auto cols = static_cast<std::uint64_t>(bgr.cols);
  const auto rows = static_cast<std::uint64_t>(bgr.rows);
  if (!(cols == size->width && rows == size->height) && !(cols == size->height && rows == size->width)) {
    throw std::runtime_error("cannot read image `" + name + "`: its header does not match its data");
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
