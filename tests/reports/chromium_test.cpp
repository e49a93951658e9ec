// The HTML report of each seed case rendered by headless Chromium (Debian's `chromium`, installed by
// scripts/setup) to PDF and PNG: both are produced and not trivial. Fails when chromium or pdfinfo
// (poppler-utils) is missing: setup installs both, so a missing one is a broken machine, not a pass. The
// files stay in <build>/tests/reports/render/ for a look by eye.
#include "support.hpp"

#include <catch2/catch.hpp>
#include <regex>

namespace facepia::test {
namespace {

bool have(const char* program) {
  return run(std::string("command -v ") + program + " >/dev/null 2>&1").status == 0;
}

int pdf_pages(const std::filesystem::path& pdf) {
  const auto r = run("pdfinfo '" + pdf.string() + "' 2>/dev/null");
  std::smatch m;
  if (std::regex_search(r.out, m, std::regex(R"(Pages:\s+(\d+))"))) {
    return std::stoi(m[1]);
  }
  return -1;
}

// PNG signature and the width and height from the IHDR chunk.
bool png_size(const std::filesystem::path& png, unsigned& width, unsigned& height) {
  const std::string bytes = read_file(png);
  if (bytes.size() < 24 || bytes.compare(0, 8, "\x89PNG\r\n\x1a\n") != 0) {
    return false;
  }
  auto be32 = [&](std::size_t at) {
    return (static_cast<unsigned>(static_cast<unsigned char>(bytes[at])) << 24) |
           (static_cast<unsigned>(static_cast<unsigned char>(bytes[at + 1])) << 16) |
           (static_cast<unsigned>(static_cast<unsigned char>(bytes[at + 2])) << 8) |
           static_cast<unsigned>(static_cast<unsigned char>(bytes[at + 3]));
  };
  width = be32(16);
  height = be32(20);
  return true;
}

} // namespace

TEST_CASE("headless Chromium prints the seed cases' HTML reports to PDF and PNG", "[chromium]") {
  INFO("`chromium` and `pdfinfo` (poppler-utils) are needed: scripts/setup installs them");
  REQUIRE(have("chromium"));
  REQUIRE(have("pdfinfo"));
  const std::filesystem::path dir = FACEPIA_RENDER_DIR;
  std::filesystem::create_directories(dir);
  struct Case {
    const char* deployment;
    reports::Lang lang;
    const char* name;
  };
  for (const Case c :
       {Case{"skelleftea-school-attendance.yaml", reports::Lang::en, "skelleftea-school-attendance"},
        Case{"hangzhou-safari-park.yaml", reports::Lang::en, "hangzhou-safari-park"},
        Case{"hangzhou-safari-park.yaml", reports::Lang::zh, "hangzhou-safari-park.zh"}}) {
    DYNAMIC_SECTION(c.name) {
      const auto a = assess_example(c.deployment, "2026-11-26");
      const std::string html =
          reports::render(a, bundled_engine().program(), reports::Format::html, fixed_options(c.lang));
      REQUIRE(html.find("<svg class=\"dataflow\"") != std::string::npos);
      REQUIRE(html.find("class=\"risk-map\"") != std::string::npos);
      const auto html_path = dir / (std::string(c.name) + ".html");
      const auto pdf = dir / (std::string(c.name) + ".pdf");
      const auto png = dir / (std::string(c.name) + ".png");
      std::filesystem::remove(pdf);
      std::filesystem::remove(png);
      write_file(html_path, html);
      // A separate profile directory per run, so that parallel tests and a user's browser do not collide.
      const auto profile = dir / (std::string(c.name) + ".profile");
      const std::string chromium =
          "timeout 180 chromium --headless --disable-gpu --no-sandbox --no-first-run "
          "--disable-dev-shm-usage --hide-scrollbars --user-data-dir='" +
          profile.string() + "' ";
      const auto printed = run(chromium + "--no-pdf-header-footer --print-to-pdf='" + pdf.string() +
                               "' 'file://" + html_path.string() + "' 2>&1");
      INFO(printed.out);
      REQUIRE(std::filesystem::exists(pdf));
      CHECK(std::filesystem::file_size(pdf) > 30000);
      const int pages = pdf_pages(pdf);
      INFO("pages: " << pages);
      CHECK(pages >= 3);
      const auto shot = run(chromium + "--window-size=1280,4000 --screenshot='" + png.string() +
                            "' 'file://" + html_path.string() + "' 2>&1");
      INFO(shot.out);
      REQUIRE(std::filesystem::exists(png));
      unsigned width = 0;
      unsigned height = 0;
      REQUIRE(png_size(png, width, height));
      CHECK(width == 1280);
      CHECK(height == 4000);
      CHECK(std::filesystem::file_size(png) > 100000); // a page of text, tables and diagrams, not a blank
      std::filesystem::remove_all(profile);
    }
  }
}

} // namespace facepia::test
