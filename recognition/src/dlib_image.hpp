// Private: conversion between our Image and dlib's matrix<rgb_pixel>.
#pragma once

#include "facepia/recognition/pipeline.hpp"

#include <dlib/matrix.h>
#include <dlib/pixel.h>

namespace facepia::recognition::detail {

inline dlib::matrix<dlib::rgb_pixel> to_dlib(const Image& image) {
  dlib::matrix<dlib::rgb_pixel> m(image.height, image.width);
  const auto* p = image.rgb.data();
  for (long r = 0; r < image.height; ++r) {
    for (long c = 0; c < image.width; ++c, p += 3) {
      m(r, c) = dlib::rgb_pixel(p[0], p[1], p[2]);
    }
  }
  return m;
}

inline Image from_dlib(const dlib::matrix<dlib::rgb_pixel>& m) {
  Image image;
  image.width = m.nc();
  image.height = m.nr();
  image.rgb.resize(static_cast<std::size_t>(m.nr() * m.nc()) * 3);
  auto* p = image.rgb.data();
  for (long r = 0; r < m.nr(); ++r) {
    for (long c = 0; c < m.nc(); ++c, p += 3) {
      p[0] = m(r, c).red;
      p[1] = m(r, c).green;
      p[2] = m(r, c).blue;
    }
  }
  return image;
}

} // namespace facepia::recognition::detail
