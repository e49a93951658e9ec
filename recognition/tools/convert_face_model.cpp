// facepia-convert-model: turns the TensorFlow.js weights of dlib's face recognition ResNet, as shipped by the
// npm package @vladmandic/face-api (model/face_recognition_model.bin and its weights manifest), into a dlib
// network file (dlib_face_recognition_resnet_model_v1.dat) that dlib's anet_type deserializes.
//
// Facts the conversion rests on:
// - the manifest lists the tensors in forward order, stored back to back in the .bin; a quantized tensor is
// uint8
//   with value = byte * scale + min, a plain one float32 little-endian;
// - per convolution: <prefix>/conv/filters [kh, kw, in, out], <prefix>/conv/bias [out],
// <prefix>/scale/weights
//   and <prefix>/scale/biases (the affine layer after it: gamma, beta); then `fc` [256, 128];
// - dlib's con_ parameters are [out][in][kh][kw] then the bias; fc_no_bias is [in][out], as TensorFlow's.
#include "anet.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

namespace {

using facepia::recognition::anet::anet_type;

struct Tensor {
  std::string name;
  std::vector<long> shape;
  std::vector<float> values;
};

std::vector<char> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw std::runtime_error("cannot open `" + path + "`");
  }
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<Tensor> read_weights(const std::string& manifest_path, const std::string& bin_path) {
  const auto manifest_text = read_file(manifest_path);
  const auto manifest = nlohmann::json::parse(manifest_text.begin(), manifest_text.end());
  const auto bin = read_file(bin_path);
  std::vector<Tensor> tensors;
  std::size_t offset = 0;
  for (const auto& group : manifest) {
    for (const auto& w : group.at("weights")) {
      Tensor t;
      t.name = w.at("name").get<std::string>();
      t.shape = w.at("shape").get<std::vector<long>>();
      std::size_t count = 1;
      for (long d : t.shape) {
        count *= static_cast<std::size_t>(d);
      }
      if (w.at("dtype").get<std::string>() != "float32") {
        throw std::runtime_error("tensor `" + t.name + "`: unsupported dtype");
      }
      t.values.resize(count);
      if (w.contains("quantization")) {
        const auto& q = w.at("quantization");
        if (q.at("dtype").get<std::string>() != "uint8") {
          throw std::runtime_error("tensor `" + t.name + "`: unsupported quantization");
        }
        const double scale = q.at("scale").get<double>();
        const double min = q.at("min").get<double>();
        if (offset + count > bin.size()) {
          throw std::runtime_error("weights file too short at `" + t.name + "`");
        }
        for (std::size_t i = 0; i < count; ++i) {
          const auto byte = static_cast<unsigned char>(bin[offset + i]);
          t.values[i] = static_cast<float>(byte * scale + min);
        }
        offset += count;
      } else {
        if (offset + 4 * count > bin.size()) {
          throw std::runtime_error("weights file too short at `" + t.name + "`");
        }
        std::memcpy(t.values.data(), bin.data() + offset, 4 * count);
        offset += 4 * count;
      }
      tensors.push_back(std::move(t));
    }
  }
  if (offset != bin.size()) {
    throw std::runtime_error("weights file has " + std::to_string(bin.size() - offset) + " unread bytes");
  }
  return tensors;
}

// Collects the parameter-bearing layers of the network; dlib visits them from the output down.
struct Collector {
  std::vector<dlib::tensor*> conv_params; // each: filters then bias
  std::vector<long> conv_shape_out;
  std::vector<dlib::affine_*> affines;
  dlib::tensor* fc = nullptr;

  template <long N, long R, long C, int SY, int SX, int PY, int PX>
  void operator()(dlib::con_<N, R, C, SY, SX, PY, PX>& l) {
    conv_params.push_back(&l.get_layer_params());
    conv_shape_out.push_back(N);
  }
  void operator()(dlib::affine_& l) { affines.push_back(&l); }
  template <unsigned long N, dlib::fc_bias_mode M> void operator()(dlib::fc_<N, M>& l) {
    fc = &l.get_layer_params();
  }
  template <typename T> void operator()(T&) {}
};

void copy_into(dlib::tensor& dst, std::size_t at, const std::vector<float>& src, const std::string& name) {
  if (at + src.size() > dst.size()) {
    throw std::runtime_error("tensor `" + name + "` does not fit its dlib layer");
  }
  std::copy(src.begin(), src.end(), dst.host() + at);
}

const Tensor& take(const std::vector<Tensor>& tensors, std::size_t& next, const std::string& suffix) {
  if (next >= tensors.size()) {
    throw std::runtime_error("manifest ends early: expected `*" + suffix + "`");
  }
  const Tensor& t = tensors[next++];
  if (t.name.size() < suffix.size() ||
      t.name.compare(t.name.size() - suffix.size(), suffix.size(), suffix) != 0) {
    throw std::runtime_error("manifest order: expected `*" + suffix + "`, found `" + t.name + "`");
  }
  return t;
}

void convert(const std::vector<Tensor>& tensors, anet_type& net) {
  // A default affine_ is in fully connected mode; these follow convolutions (per-channel gamma and beta).
  dlib::visit_computational_layers(net, [](auto& layer) {
    if constexpr (std::is_same_v<std::decay_t<decltype(layer)>, dlib::affine_>) {
      layer = dlib::affine_(dlib::CONV_MODE);
    }
  });
  // Allocate every layer's parameters with one forward pass on a blank chip.
  dlib::matrix<dlib::rgb_pixel> blank(150, 150);
  blank = dlib::rgb_pixel(0, 0, 0);
  (void)net(blank);

  Collector c;
  Collector* cp = &c;
  dlib::visit_computational_layers(net, [cp](auto& layer) { (*cp)(layer); });
  std::reverse(c.conv_params.begin(), c.conv_params.end());
  std::reverse(c.conv_shape_out.begin(), c.conv_shape_out.end());
  std::reverse(c.affines.begin(), c.affines.end());
  if (c.conv_params.size() != c.affines.size() || c.fc == nullptr) {
    throw std::runtime_error("unexpected network structure");
  }

  std::size_t next = 0;
  for (std::size_t i = 0; i < c.conv_params.size(); ++i) {
    const Tensor& filters = take(tensors, next, "/conv/filters");
    const Tensor& bias = take(tensors, next, "/conv/bias");
    const Tensor& gamma = take(tensors, next, "/scale/weights");
    const Tensor& beta = take(tensors, next, "/scale/biases");
    if (filters.shape.size() != 4) {
      throw std::runtime_error("`" + filters.name + "`: expected 4 dimensions");
    }
    const long kh = filters.shape[0], kw = filters.shape[1], in = filters.shape[2], out = filters.shape[3];
    if (out != c.conv_shape_out[i]) {
      throw std::runtime_error("`" + filters.name + "`: " + std::to_string(out) +
                               " filters, dlib layer has " + std::to_string(c.conv_shape_out[i]));
    }
    std::vector<float> reordered(filters.values.size());
    for (long y = 0; y < kh; ++y)
      for (long x = 0; x < kw; ++x)
        for (long ci = 0; ci < in; ++ci)
          for (long co = 0; co < out; ++co) {
            const auto src = static_cast<std::size_t>(((y * kw + x) * in + ci) * out + co);
            const auto dst = static_cast<std::size_t>(((co * in + ci) * kh + y) * kw + x);
            reordered[dst] = filters.values[src];
          }
    dlib::tensor& params = *c.conv_params[i];
    if (params.size() != reordered.size() + bias.values.size()) {
      throw std::runtime_error("`" + filters.name + "`: parameter count differs from the dlib layer");
    }
    copy_into(params, 0, reordered, filters.name);
    copy_into(params, reordered.size(), bias.values, bias.name);

    auto g = c.affines[i]->get_gamma();
    auto b = c.affines[i]->get_beta();
    if (g.size() != gamma.values.size() || b.size() != beta.values.size()) {
      throw std::runtime_error("`" + gamma.name + "`: size differs from the dlib affine layer");
    }
    std::copy(gamma.values.begin(), gamma.values.end(), g.host());
    std::copy(beta.values.begin(), beta.values.end(), b.host());
  }
  const Tensor& fc = take(tensors, next, "fc");
  if (c.fc->size() != fc.values.size()) {
    throw std::runtime_error("`fc`: size differs from the dlib layer");
  }
  copy_into(*c.fc, 0, fc.values, fc.name);
  if (next != tensors.size()) {
    throw std::runtime_error("manifest has " + std::to_string(tensors.size() - next) + " unused tensors");
  }
}

} // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: facepia-convert-model MANIFEST.json WEIGHTS.bin OUT.dat\n"
                 "  converts @vladmandic/face-api's face_recognition_model into dlib's\n"
                 "  dlib_face_recognition_resnet_model_v1.dat format\n";
    return 2;
  }
  try {
    const auto tensors = read_weights(argv[1], argv[2]);
    anet_type net;
    convert(tensors, net);
    // The forward pass that allocated the parameters left its outputs cached in the layers; they are computed
    // by BLAS kernels chosen for this CPU and would make the file differ from one machine to the next. Only
    // the parameters are kept, so the file is the same wherever it is converted.
    net.clean();
    const std::string out = argv[3];
    const std::string tmp = out + ".tmp";
    dlib::serialize(tmp) << net;
    if (std::rename(tmp.c_str(), out.c_str()) != 0) {
      throw std::runtime_error("cannot write `" + out + "`");
    }
    std::cout << "converted " << tensors.size() << " tensors into " << out << "\n";
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "facepia-convert-model: error: " << e.what() << "\n";
    return 1;
  }
}
