// The ResNet face descriptor (the only library unit that includes dlib/dnn.h).
#include "anet.hpp"
#include "dlib_image.hpp"
#include "facepia/recognition/pipeline.hpp"

#include <stdexcept>

namespace facepia::recognition {

struct Encoder::Impl {
  anet::anet_type net;
};

Encoder::Encoder(const std::filesystem::path& network) : impl_(std::make_unique<Impl>()) {
  try {
    dlib::deserialize(network.string()) >> impl_->net;
  } catch (const std::exception& e) {
    throw std::runtime_error("cannot load the face recognition network `" + network.string() +
                             "`: " + e.what());
  }
}
Encoder::~Encoder() = default;
Encoder::Encoder(Encoder&&) noexcept = default;
Encoder& Encoder::operator=(Encoder&&) noexcept = default;

std::vector<Template> Encoder::encode(const std::vector<Image>& chips) {
  std::vector<dlib::matrix<dlib::rgb_pixel>> batch;
  batch.reserve(chips.size());
  for (const auto& chip : chips) {
    if (chip.width != chip_size || chip.height != chip_size) {
      throw std::invalid_argument("a face chip must be 150x150 pixels");
    }
    batch.push_back(detail::to_dlib(chip));
  }
  std::vector<Template> out;
  if (batch.empty()) {
    return out;
  }
  const auto descriptors = impl_->net(batch, 16);
  out.reserve(descriptors.size());
  for (const auto& d : descriptors) {
    Template t{};
    for (long i = 0; i < static_cast<long>(template_size); ++i) {
      t[static_cast<std::size_t>(i)] = d(i);
    }
    out.push_back(t);
  }
  return out;
}

Template Encoder::encode(const Image& chip) {
  return encode(std::vector<Image>{chip}).front();
}

} // namespace facepia::recognition
