// facepia_bench_recognition: the recognition runtime's figures (bench/RESULTS.md, "## recognition").
// Run after scripts/setup; needs the converted model in the cache.
#include "facepia/recognition/match.hpp"
#include "facepia/recognition/models.hpp"
#include "facepia/recognition/pipeline.hpp"
#include "facepia/recognition/store.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <random>
#include <unistd.h>

using namespace facepia::recognition;
using Clock = std::chrono::steady_clock;

namespace {

const std::filesystem::path examples = "/usr/share/doc/libdlib19.1/examples";

double ms_since(Clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

struct Stats {
  double median = 0, mean = 0, min = 0, max = 0;
};

Stats stats(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  Stats s;
  s.median = v[v.size() / 2];
  s.min = v.front();
  s.max = v.back();
  for (double x : v) {
    s.mean += x;
  }
  s.mean /= static_cast<double>(v.size());
  return s;
}

void print(const char* what, const Stats& s, const char* unit = "ms") {
  std::printf("%-58s median %8.3f %s  mean %8.3f  min %8.3f  max %8.3f\n", what, s.median, unit, s.mean,
              s.min, s.max);
}

Template random_template(std::mt19937& rng) {
  std::normal_distribution<float> n(0.0f, 1.0f);
  Template t{};
  float norm = 0;
  for (auto& x : t) {
    x = n(rng);
    norm += x * x;
  }
  for (auto& x : t) {
    x /= std::sqrt(norm); // dlib's descriptors have norms near 1 too
  }
  return t;
}

} // namespace

int main(int argc, char** argv) {
  const std::size_t gallery_size = argc > 1 ? std::stoul(argv[1]) : 100000;
  const auto models = check_models();
  if (!models.ok()) {
    for (const auto& e : models.errors) {
      std::cerr << e << "\n";
    }
    return 1;
  }

  // Detection on 640x480 frames made from dlib's example photos.
  std::vector<Image> frames;
  for (const auto* name : {"bald_guys.jpg", "2008_002470.jpg", "2008_004176.jpg", "2009_004587.jpg"}) {
    frames.push_back(resize(load_image(examples / "faces" / name), 640, 480));
  }
  for (int upsample : {0, 1}) {
    Detector detector(upsample);
    (void)detector.detect(frames[0]);
    std::vector<double> t;
    std::size_t faces = 0;
    for (int round = 0; round < 5; ++round) {
      for (const auto& f : frames) {
        const auto t0 = Clock::now();
        faces += detector.detect(f).size();
        t.push_back(ms_since(t0));
      }
    }
    char label[128];
    std::snprintf(label, sizeof label, "detect, 640x480 frame, upsample %d (%zu faces/round)", upsample,
                  faces / 5);
    print(label, stats(t));
  }

  // Alignment and templates.
  Aligner aligner(models.shape_predictor);
  Encoder encoder(models.network);
  Detector detector(0);
  const auto bald = load_image(examples / "faces" / "bald_guys.jpg");
  const auto boxes = detector.detect(bald);
  {
    std::vector<double> t;
    for (const auto& b : boxes) {
      const auto t0 = Clock::now();
      (void)aligner.align(bald, b);
      t.push_back(ms_since(t0));
    }
    print("align (68 landmarks, 150x150 chip), per face", stats(t));
  }
  std::vector<Image> chips;
  for (const auto& b : boxes) {
    chips.push_back(aligner.align(bald, b));
  }
  (void)encoder.encode(chips[0]);
  {
    std::vector<double> t;
    for (int round = 0; round < 2; ++round) {
      for (const auto& c : chips) {
        const auto t0 = Clock::now();
        (void)encoder.encode(c);
        t.push_back(ms_since(t0));
      }
    }
    print("template (ResNet 128-D), one face at a time", stats(t));
  }
  {
    std::vector<double> t;
    for (int round = 0; round < 3; ++round) {
      const auto t0 = Clock::now();
      (void)encoder.encode(chips);
      t.push_back(ms_since(t0) / static_cast<double>(chips.size()));
    }
    char label[128];
    std::snprintf(label, sizeof label, "template, batch of %zu faces, per face", chips.size());
    print(label, stats(t));
  }

  // 1:N identification over the gallery.
  std::mt19937 rng(42);
  Gallery gallery;
  gallery.reserve(gallery_size);
  std::vector<Template> stored;
  stored.reserve(gallery_size);
  for (std::size_t i = 0; i < gallery_size; ++i) {
    stored.push_back(random_template(rng));
    gallery.add(static_cast<std::int64_t>(i + 1), "subject-" + std::to_string(i), stored.back());
  }
  {
    std::vector<double> t;
    std::size_t hits = 0;
    for (int i = 0; i < 200; ++i) {
      Template probe = stored[static_cast<std::size_t>(rng()) % gallery_size];
      probe[0] += 0.01f;
      const auto t0 = Clock::now();
      hits += gallery.identify(probe).has_value() ? 1u : 0u;
      t.push_back(ms_since(t0));
    }
    char label[128];
    std::snprintf(label, sizeof label, "identify 1:N over %zu templates (%zu/200 found)", gallery_size, hits);
    print(label, stats(t));
  }

  // The encrypted store: writing the gallery, and reading and decrypting it all (what identify does per
  // call).
  {
    const auto db =
        std::filesystem::temp_directory_path() / ("facepia-bench-" + std::to_string(::getpid()) + ".db");
    std::filesystem::remove(db);
    Store store(db, TemplateKey::generate());
    auto t0 = Clock::now();
    store.transaction([&] {
      for (std::size_t i = 0; i < gallery_size; ++i) {
        if (i % 10 == 0) {
          store.put_subject({"subject-" + std::to_string(i / 10), std::nullopt, "2026-11-26T00:00:00Z",
                             std::nullopt, true});
        }
        store.add_template("subject-" + std::to_string(i / 10), stored[i], "2026-11-26T00:00:00Z",
                           std::nullopt);
      }
    });
    std::printf("%-58s %8.1f ms\n", "store: enrol (encrypt + insert) the gallery, one transaction",
                ms_since(t0));
    t0 = Clock::now();
    const auto all = store.all_templates();
    std::printf("%-58s %8.1f ms (%zu templates)\n", "store: read and decrypt the whole gallery", ms_since(t0),
                all.size());
    t0 = Clock::now();
    (void)store.purge_expired("2026-11-27T00:00:00Z");
    std::printf("%-58s %8.3f ms\n", "store: purge of expired templates at startup (none due)", ms_since(t0));
    std::filesystem::remove(db);
  }
  return 0;
}
