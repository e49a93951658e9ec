// The printed report, through headless Chromium (Debian's `chromium` and `poppler-utils`, installed by
// scripts/setup; these tests fail when they are missing): the Skellefteå report fits 15 A4 pages with page
// numbers and its running footer; no element of the seed reports is wider than an A4 page or a 390 px phone
// screen; `facepia assess --format pdf` writes the PDF itself and fails clearly without Chromium; `--draft`
// marks the report and records nothing.
#include "facepia/reports/pdf.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>
#include <regex>

namespace facepia::test {
namespace {

namespace fs = std::filesystem;

bool have(const char* program) {
  return run(std::string("command -v ") + program + " >/dev/null 2>&1").status == 0;
}

int pdf_pages(const fs::path& pdf) {
  const auto r = run("pdfinfo '" + pdf.string() + "' 2>/dev/null");
  std::smatch m;
  if (std::regex_search(r.out, m, std::regex(R"(Pages:\s+(\d+))"))) {
    return std::stoi(m[1]);
  }
  return -1;
}

std::string page_text(const fs::path& pdf, int page) {
  return run("pdftotext -layout -f " + std::to_string(page) + " -l " + std::to_string(page) + " '" +
             pdf.string() + "' - 2>/dev/null")
      .out;
}

// Marks every element that is wider than the window or whose content overflows its box (outside a box that
// scrolls), in a <pre id="overflow"> that --dump-dom prints.
const char* overflow_probe = R"(<script>
window.addEventListener('load', function () {
  var width = document.documentElement.clientWidth, bad = [];
  function scrolls(e) {
    for (var p = e.parentElement; p; p = p.parentElement) {
      var o = getComputedStyle(p).overflowX;
      if (o === 'auto' || o === 'scroll' || o === 'hidden') return true;
    }
    return false;
  }
  function name(e) { return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + e.className : '') + ' "' + (e.textContent || '').trim().slice(0, 40) + '"'; }
  if (document.documentElement.scrollWidth > width + 1) bad.push('the page: ' + document.documentElement.scrollWidth + ' > ' + width);
  document.querySelectorAll('main *').forEach(function (e) {
    if (e instanceof SVGElement && !(e instanceof SVGSVGElement)) return;
    var s = getComputedStyle(e);
    if (s.display === 'none' || s.position === 'fixed' || scrolls(e)) return;
    var r = e.getBoundingClientRect();
    if (r.right > width + 1) bad.push(name(e) + ' ends at ' + Math.round(r.right) + ' > ' + width);
    else if (s.overflowX === 'visible' && s.display !== 'inline' && e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1) bad.push(name(e) + ' holds ' + e.scrollWidth + ' in ' + e.clientWidth);
  });
  var out = document.createElement('pre');
  out.id = 'overflow';
  out.textContent = 'OVERFLOWS ' + bad.length + '\n' + bad.slice(0, 30).join('\n');
  document.body.appendChild(out);
});
</script>)";

std::string chromium_command(const fs::path& profile) {
  return "timeout 180 chromium --headless --disable-gpu --no-sandbox --no-first-run --disable-dev-shm-usage "
         "--hide-scrollbars --user-data-dir='" +
         profile.string() + "' ";
}

} // namespace

TEST_CASE("the Skellefteå report prints in at most 15 A4 pages, numbered, with its footer",
          "[chromium][print]") {
  REQUIRE(have("chromium"));
  REQUIRE(have("pdfinfo"));
  REQUIRE(have("pdftotext"));
  const fs::path dir = fs::path(FACEPIA_RENDER_DIR);
  fs::create_directories(dir);
  const auto a = assess_example("skelleftea-school-attendance.yaml", "2026-11-26");
  const std::string html =
      reports::render(a, bundled_engine().program(), reports::Format::html, fixed_options(reports::Lang::en));
  const fs::path pdf = dir / "skelleftea-print.pdf";
  fs::remove(pdf);
  std::string error;
  REQUIRE(reports::print_pdf(html, pdf, error));
  CHECK(error.empty());
  const int pages = pdf_pages(pdf);
  INFO("pages: " << pages);
  CHECK(pages >= 4);
  CHECK(pages <= 15);
  const auto first = page_text(pdf, 1);
  const auto last = page_text(pdf, pages);
  CHECK(first.find("Page 1 / " + std::to_string(pages)) != std::string::npos);
  CHECK(last.find("Page " + std::to_string(pages) + " / " + std::to_string(pages)) != std::string::npos);
  CHECK(last.find("Assessment id " + a.id.substr(0, 12)) != std::string::npos);
  // Chromium's own header and footer (the date, the file:// address) are not printed.
  CHECK(first.find("file://") == std::string::npos);
}

TEST_CASE("no element of the seed reports is wider than an A4 page or a phone screen",
          "[chromium][overflow]") {
  REQUIRE(have("chromium"));
  const fs::path dir = fs::path(FACEPIA_RENDER_DIR);
  fs::create_directories(dir);
  struct Case {
    const char* deployment;
    reports::Lang lang;
    const char* name;
  };
  for (const Case c : {Case{"skelleftea-school-attendance.yaml", reports::Lang::en, "skelleftea"},
                       Case{"hangzhou-safari-park.yaml", reports::Lang::zh, "hangzhou.zh"},
                       Case{"airport-boarding-1to1.yaml", reports::Lang::en, "airport"}}) {
    const auto a = assess_example(c.deployment, "2026-11-26");
    auto options = fixed_options(c.lang);
    options.draft = true; // the watermark must not widen the page either
    std::string html = reports::render(a, bundled_engine().program(), reports::Format::html, options);
    const auto at = html.find("</body>");
    REQUIRE(at != std::string::npos);
    html.insert(at, overflow_probe);
    const fs::path page = dir / (std::string(c.name) + ".overflow.html");
    write_file(page, html);
    for (const int width : {794, 390}) {
      DYNAMIC_SECTION(c.name << " at " << width << " px") {
        const auto profile = dir / (std::string(c.name) + ".overflow.profile");
        const auto dom =
            run(chromium_command(profile) + "--window-size=" + std::to_string(width) +
                ",1000 --virtual-time-budget=10000 --dump-dom 'file://" + page.string() + "' 2>/dev/null");
        fs::remove_all(profile);
        const std::string marker = "<pre id=\"overflow\">";
        const auto from = dom.out.find(marker + "OVERFLOWS ");
        REQUIRE(from != std::string::npos);
        const auto to = dom.out.find("</pre>", from);
        const std::string result = dom.out.substr(from + marker.size(), to - from - marker.size());
        INFO(result);
        CHECK(result.rfind("OVERFLOWS 0\n", 0) == 0);
      }
    }
  }
}

#ifdef FACEPIA_PROGRAM
TEST_CASE("facepia assess --format pdf writes the PDF, and fails clearly without Chromium",
          "[chromium][cli]") {
  REQUIRE(have("chromium"));
  REQUIRE(have("pdfinfo"));
  const fs::path dir = fs::path(FACEPIA_RENDER_DIR) / "cli-pdf";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string program = FACEPIA_PROGRAM;
  const std::string deployment = (examples_dir() / "hangzhou-safari-park.yaml").string();
  const fs::path pdf = dir / "hangzhou.pdf";
  const auto ok =
      run("cd '" + dir.string() + "' && '" + program + "' assess --no-record --as-of 2026-11-26 " +
          "--format pdf --lang zh --out '" + pdf.string() + "' '" + deployment + "' 2>&1");
  INFO(ok.out);
  CHECK(ok.status == 1); // the park is refused: exit 1, the report written all the same
  REQUIRE(fs::exists(pdf));
  CHECK(pdf_pages(pdf) >= 2);
  CHECK(read_file(pdf).rfind("%PDF-", 0) == 0);

  const fs::path missing = dir / "missing.pdf";
  const auto refused = run("cd '" + dir.string() + "' && FACEPIA_CHROMIUM=/nonexistent/chromium '" + program +
                           "' assess --as-of 2026-11-26 --db '" + (dir / "store.db").string() +
                           "' --format pdf --out '" + missing.string() + "' '" + deployment + "' 2>&1");
  CHECK(refused.status == 2);
  CHECK(refused.out.find("error: --format pdf prints the HTML report with headless Chromium, and no "
                         "`chromium` was found") != std::string::npos);
  CHECK(!fs::exists(missing));
  CHECK(!fs::exists(dir / "store.db")); // nothing assessed, nothing recorded

  const auto no_out = run("'" + program + "' assess --no-record --format pdf '" + deployment + "' 2>&1");
  CHECK(no_out.status == 2);
  CHECK(no_out.out.find("error: --format pdf writes a file: give --out FILE.pdf") != std::string::npos);
}

TEST_CASE("facepia assess --draft marks the report on every page and records nothing", "[chromium][cli]") {
  REQUIRE(have("chromium"));
  REQUIRE(have("pdftotext"));
  const fs::path dir = fs::path(FACEPIA_RENDER_DIR) / "cli-draft";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string program = FACEPIA_PROGRAM;
  const std::string deployment = (examples_dir() / "airport-boarding-1to1.yaml").string();
  const fs::path db = dir / "store.db";
  const fs::path html = dir / "airport.html";
  const auto r = run("'" + program + "' assess --draft --db '" + db.string() + "' --as-of 2026-11-26 " +
                     "--format html --out '" + html.string() + "' '" + deployment + "' 2>&1");
  INFO(r.out);
  CHECK(r.status == 0);
  const auto text = read_file(html);
  CHECK(text.find("<div class=\"draft-mark\" aria-hidden=\"true\">DRAFT — NOT FOR FILING</div>") !=
        std::string::npos);
  CHECK(text.find("this report may not be filed or relied on") != std::string::npos);
  CHECK(!fs::exists(db));
  // Printed, the mark is on every page, in the running footer too.
  const fs::path pdf = dir / "airport.pdf";
  const auto printed = run("'" + program + "' assess --draft --as-of 2026-11-26 --format pdf --out '" +
                           pdf.string() + "' '" + deployment + "' 2>&1");
  INFO(printed.out);
  REQUIRE(fs::exists(pdf));
  const int pages = pdf_pages(pdf);
  REQUIRE(pages >= 2);
  for (int p = 1; p <= pages; ++p) {
    INFO("page " << p);
    CHECK(page_text(pdf, p).find("DRAFT — NOT FOR FILING") != std::string::npos);
  }
  const auto signing = run("'" + program + "' assess --draft --sign key '" + deployment + "' 2>&1");
  CHECK(signing.status == 2);
  CHECK(signing.out.find("error: a draft is not signed") != std::string::npos);
}
#endif

} // namespace facepia::test
