// The 4x4 risk maps (CNIL's scales): likelihood across, severity up; two maps side by side, each risk placed
// before the measures (left) and after them (right). A risk whose levels are a range (facts not stated) is
// placed at the worst case and drawn dashed.
#include "document.hpp"
#include "risks.hpp"

#include <cstdio>
#include <map>
#include <utility>

namespace facepia::reports::detail {

namespace {

constexpr int cell = 64;
constexpr int axis = 92; // room for the severity labels left of a grid
constexpr int top = 44;  // room for the map's title
constexpr int gap = 40;  // between the two maps
constexpr int grid = 4 * cell;
constexpr int map_width = axis + grid;

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

std::string str(int v) {
  return std::to_string(v);
}

const char* zone_colour(int likelihood, int severity) {
  if (likelihood >= 3 && severity >= 3) {
    return "#f3b7b0"; // high: consult the authority first when it remains
  }
  if (likelihood + severity >= 5) {
    return "#f8d9a8";
  }
  if (likelihood + severity >= 4) {
    return "#fbefc0";
  }
  return "#d3ebcf";
}

// The centre of the n-th marker in a cell, up to nine per cell in a 3x3 pattern.
std::pair<double, double> slot(int x0, int likelihood, int severity, int n) {
  const double cx = x0 + axis + (likelihood - 1) * cell;
  const double cy = top + (4 - severity) * cell;
  const int col = n % 3;
  const int row = (n / 3) % 3;
  return {cx + 12 + col * 20, cy + 12 + row * 20};
}

std::string one_map(int x0, const std::vector<Risk>& risks, bool after, Lang lang, const std::string& title) {
  std::string s;
  const std::string levels[4] = {label(lang, "level_1"), label(lang, "level_2"), label(lang, "level_3"),
                                 label(lang, "level_4")};
  s += "<text class=\"title\" x=\"" + str(x0 + axis + grid / 2) + "\" y=\"18\" text-anchor=\"middle\">" +
       escape_html(title) + "</text>\n";
  for (int severity = 4; severity >= 1; --severity) {
    for (int likelihood = 1; likelihood <= 4; ++likelihood) {
      s += "<rect x=\"" + str(x0 + axis + (likelihood - 1) * cell) + "\" y=\"" +
           str(top + (4 - severity) * cell) + "\" width=\"" + str(cell) + "\" height=\"" + str(cell) +
           "\" fill=\"" + zone_colour(likelihood, severity) + "\" stroke=\"#ffffff\" stroke-width=\"2\"/>\n";
    }
    s += "<text x=\"" + str(x0 + axis - 6) + "\" y=\"" + str(top + (4 - severity) * cell + cell / 2 + 4) +
         "\" text-anchor=\"end\">" + escape_html(levels[severity - 1]) + "</text>\n";
  }
  for (int likelihood = 1; likelihood <= 4; ++likelihood) {
    s += "<text x=\"" + str(x0 + axis + (likelihood - 1) * cell + cell / 2) + "\" y=\"" +
         str(top + grid + 16) + "\" text-anchor=\"middle\">" + escape_html(levels[likelihood - 1]) +
         "</text>\n";
  }
  s += "<text class=\"axis\" x=\"" + str(x0 + axis + grid / 2) + "\" y=\"" + str(top + grid + 36) +
       "\" text-anchor=\"middle\">" + escape_html(label(lang, "likelihood")) + " &#8594;</text>\n";
  const int ay = top + grid / 2;
  s += "<text class=\"axis\" x=\"" + str(x0 + 12) + "\" y=\"" + str(ay) +
       "\" text-anchor=\"middle\" transform=\"rotate(-90 " + str(x0 + 12) + " " + str(ay) + ")\">" +
       escape_html(label(lang, "severity")) + " &#8594;</text>\n";

  std::map<std::pair<int, int>, int> used;
  for (const auto& r : risks) {
    if (!r.applicable) {
      continue;
    }
    const RiskLevel& l = after ? r.after : r.before;
    const auto [cx, cy] = slot(x0, l.likelihood, l.severity, used[{l.likelihood, l.severity}]++);
    const bool high = l.likelihood >= 3 && l.severity >= 3;
    const std::string id = escape_html(r.id);
    s += "<g class=\"risk\" data-risk=\"" + id + "\"><title>" + id + " " + escape_html(r.title) + "</title>";
    s += "<circle cx=\"" + num(cx) + "\" cy=\"" + num(cy) + "\" r=\"9\" fill=\"" +
         std::string(high ? "#8e2a20" : "#1f4e79") + "\"" +
         (r.uncertain ? " stroke=\"#ffffff\" stroke-width=\"1.5\" stroke-dasharray=\"2 2\"" : "") + "/>";
    s += "<text x=\"" + num(cx) + "\" y=\"" + num(cy + 3.5) + "\" text-anchor=\"middle\" class=\"marker\">" +
         id + "</text></g>\n";
  }
  return s;
}

} // namespace

std::string risk_map_svg(const std::vector<Risk>& risks, Lang lang, const std::string& before_key,
                         const std::string& after_key) {
  const int width = 2 * map_width + gap + 8;
  const int height = top + grid + 84;
  std::string s;
  s += "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"risk-map\" width=\"" + str(width) + "\" height=\"" +
       str(height) + "\" viewBox=\"0 0 " + str(width) + " " + str(height) + "\" role=\"img\" aria-label=\"" +
       escape_html(label(lang, "risk_map")) + "\">\n";
  s += "<style>.risk-map text{font-family:\"Noto Sans\",\"Noto Sans CJK SC\",\"WenQuanYi Micro "
       "Hei\",Helvetica,Arial,sans-serif;"
       "font-size:11px;fill:#1d2733}.risk-map .axis{font-size:12px;font-weight:bold;fill:#5b6775}"
       ".risk-map .title{font-size:13px;font-weight:bold;fill:#1f4e79}"
       ".risk-map .marker{font-size:9px;font-weight:bold;fill:#ffffff}</style>\n";
  s += one_map(0, risks, false, lang, label(lang, before_key));
  s += one_map(map_width + gap, risks, true, lang, label(lang, after_key));
  // Legend: the zones on one line, what a dashed marker means on the next.
  const int ly = top + grid + 54;
  int x = axis;
  auto swatch = [&](const char* colour, const std::string& text) {
    s += "<rect x=\"" + str(x) + "\" y=\"" + str(ly - 9) + "\" width=\"12\" height=\"12\" fill=\"" + colour +
         "\"/><text x=\"" + str(x + 16) + "\" y=\"" + str(ly + 1) + "\">" + escape_html(text) + "</text>\n";
    x += 28 + static_cast<int>(text.size()) * (lang == Lang::zh ? 4 : 6);
  };
  swatch("#f3b7b0", label(lang, "zone_high"));
  swatch("#f8d9a8", label(lang, "zone_elevated"));
  swatch("#fbefc0", label(lang, "zone_moderate"));
  swatch("#d3ebcf", label(lang, "zone_low"));
  const int uy = ly + 20;
  s += "<circle cx=\"" + str(axis + 6) + "\" cy=\"" + str(uy - 3) +
       "\" r=\"6\" fill=\"#1f4e79\" stroke=\"#ffffff\" stroke-width=\"1.2\" stroke-dasharray=\"2 2\"/><text "
       "x=\"" +
       str(axis + 16) + "\" y=\"" + str(uy + 1) + "\">" + escape_html(label(lang, "zone_uncertain")) +
       "</text>\n";
  s += "<circle cx=\"" + str(map_width + gap + axis + 6) + "\" cy=\"" + str(uy - 3) +
       "\" r=\"6\" fill=\"#8e2a20\"/><text x=\"" + str(map_width + gap + axis + 16) + "\" y=\"" +
       str(uy + 1) + "\">" + escape_html(label(lang, "zone_marker_high")) + "</text>\n";
  s += "</svg>\n";
  return s;
}

} // namespace facepia::reports::detail
