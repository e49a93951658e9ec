// The data-flow diagram: capture, detection, template, storage, matching, retention and deletion, with
// recipients and cross-border flows; written as DOT and laid out in process by Graphviz (libgvc) as SVG.
#include "document.hpp"
#include "facts_view.hpp"

#include <gvc.h>
#include <mutex>

namespace facepia::reports {

using detail::escape_dot;
using detail::FactsView;
using detail::label;

namespace {

std::string or_unknown(const std::optional<std::string>& v, Lang lang) {
  return v ? *v : label(lang, "not_stated");
}

std::string yes_no(std::optional<bool> v, Lang lang) {
  if (!v) {
    return label(lang, "not_stated");
  }
  return label(lang, *v ? "yes" : "no");
}

// A node: id [label="...", more].
std::string node(const std::string& id, const std::string& text, const std::string& attributes = {}) {
  return "  " + id + " [label=\"" + escape_dot(text) + "\"" + (attributes.empty() ? "" : ", " + attributes) +
         "];\n";
}

std::string edge(const std::string& from, const std::string& to, const std::string& text,
                 const std::string& attributes = {}) {
  return "  " + from + " -> " + to + " [label=\"" + escape_dot(text) + "\"" +
         (attributes.empty() ? "" : ", " + attributes) + "];\n";
}

// Attributes for a flow whose existence is stated true (solid), unknown (dashed, grey) or false (none).
std::string maybe(std::optional<bool> v) {
  return v ? "" : "style=dashed, color=\"#777777\", fontcolor=\"#555555\"";
}

} // namespace

std::string dataflow_dot(const engine::Assessment& a, Lang lang) {
  FactsView f(a, lang);
  const auto templates = f.flag("processing.creates_templates");
  const auto live = f.flag("processing.live");
  std::string dot;
  dot += "digraph dataflow {\n";
  dot += "  graph [rankdir=TB, fontname=\"Helvetica,Noto Sans CJK SC,WenQuanYi Micro Hei,sans-serif\", "
         "fontsize=11, nodesep=0.35, "
         "ranksep=0.45, pad=0.2];\n";
  dot += "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#eef3f8\", color=\"#1f4e79\", "
         "fontname=\"Helvetica,Noto Sans CJK SC,WenQuanYi Micro Hei,sans-serif\", fontsize=10];\n";
  dot += "  edge [fontname=\"Helvetica,Noto Sans CJK SC,WenQuanYi Micro Hei,sans-serif\", fontsize=9, "
         "color=\"#1f4e79\"];\n";

  std::string subjects = label(lang, "df_subjects");
  if (auto c = f.text("data_subjects.categories")) {
    subjects += "\n" + *c;
  }
  if (auto n = f.text("data_subjects.count")) {
    subjects += "\n" + *n;
  }
  dot += node("subjects", subjects, "shape=ellipse, fillcolor=\"#ffffff\"");

  dot += "  subgraph cluster_controller {\n  label=\"" +
         escape_dot(label(lang, "df_controller") + ": " + or_unknown(f.text("controller.name"), lang)) +
         "\"; style=\"rounded,dashed\"; color=\"#1f4e79\"; fontsize=11;\n";
  std::string capture = label(lang, "df_capture") + "\n" + or_unknown(f.text("processing.location"), lang);
  capture += "\n" + (live ? label(lang, *live ? "df_live" : "df_retrospective") : label(lang, "not_stated"));
  if (f.flag("capture.ambient").value_or(false)) {
    capture += "\n" + label(lang, "df_ambient");
  }
  if (f.flag("processing.covert").value_or(false)) {
    capture += "\n" + label(lang, "df_covert");
  }
  dot += node("capture", capture);
  dot += node("detection", label(lang, "df_detection"));
  const bool no_templates = templates == std::optional<bool>(false);
  if (no_templates) {
    dot += node("template", label(lang, "df_no_template"), "fillcolor=\"#f2f2f2\"");
  } else {
    dot += node("template",
                label(lang, "df_template") + (templates ? "" : "\n(" + label(lang, "not_stated") + ")"));
  }
  std::string storage = label(lang, "df_storage") + "\n" + or_unknown(f.text("storage.templates"), lang);
  if (f.has("security.measures", "encryption_at_rest").value_or(false)) {
    storage += "\n" + label(lang, "df_encrypted");
  }
  dot += node("storage", storage, "shape=cylinder, style=filled");
  dot += node("matching", label(lang, "df_matching") + "\n" + or_unknown(f.text("processing.mode"), lang));
  dot += node("use", label(lang, "df_use") + "\n" + or_unknown(f.text("purposes"), lang));
  std::string retention = label(lang, "df_retention") + "\n" + label(lang, "df_templates") + ": " +
                          or_unknown(f.text("retention.templates"), lang) + "\n" + label(lang, "df_images") +
                          ": " + or_unknown(f.text("retention.images"), lang) + "\n" +
                          label(lang, "df_deletion") + ": " + yes_no(f.flag("deletion.on_purpose_end"), lang);
  dot += node("retention", retention, "shape=note, style=filled, fillcolor=\"#fff8e1\"");
  dot += "  }\n";

  dot += edge("subjects", "capture", label(lang, "df_face"));
  dot += edge("capture", "detection", label(lang, "df_image"));
  dot += edge("detection", "template", label(lang, "df_face_crop"));
  if (!no_templates) {
    dot += edge("template", "storage", label(lang, "df_enrolment"), maybe(templates));
    dot += edge("template", "matching", label(lang, "df_probe"), maybe(templates));
    dot += edge("storage", "matching", label(lang, "df_reference"), maybe(templates));
  } else {
    dot += edge("template", "matching", label(lang, "df_attributes"));
  }
  dot += edge("matching", "use", label(lang, "df_result"));
  dot += edge("storage", "retention", label(lang, "df_erase"), "style=dotted, arrowhead=tee");
  dot += edge("capture", "retention", label(lang, "df_erase"), "style=dotted, arrowhead=tee");

  const auto recipients = f.flag("recipients.third_parties");
  if (recipients != std::optional<bool>(false)) {
    std::string r = label(lang, "df_recipients");
    if (auto c = f.flag("processors.contract")) {
      r += "\n" + label(lang, "df_contract") + ": " + yes_no(c, lang);
    }
    if (!recipients) {
      r += "\n(" + label(lang, "not_stated") + ")";
    }
    dot += node("recipients", r,
                "fillcolor=\"#ffffff\"" + std::string(recipients ? "" : ", style=\"rounded,dashed\""));
    dot += edge("storage", "recipients", label(lang, "df_disclosure"), maybe(recipients));
  }
  const auto transfer = f.flag("transfer.outside_jurisdiction");
  if (transfer != std::optional<bool>(false)) {
    std::string t = label(lang, "df_abroad") + (transfer ? "" : "\n(" + label(lang, "not_stated") + ")");
    dot += node("abroad", t,
                "color=\"#b03a2e\", fillcolor=\"#fdecea\"" +
                    std::string(transfer ? "" : ", style=\"rounded,dashed\""));
    dot += edge("storage", "abroad", label(lang, "df_cross_border"),
                transfer ? "color=\"#b03a2e\", fontcolor=\"#b03a2e\", penwidth=1.6" : maybe(transfer));
  }
  dot += "}\n";
  return dot;
}

std::string render_svg(const std::string& dot) {
  static std::mutex graphviz; // libgvc is not thread-safe
  std::lock_guard<std::mutex> lock(graphviz);
  // One context for the process, never freed: graphviz's pango plugin keeps font names from the context it
  // laid text out in, so a second context after gvFreeContext reads freed memory (seen under
  // AddressSanitizer).
  static GVC_t* const gvc = gvContext();
  if (gvc == nullptr) {
    return {};
  }
  std::string svg;
  if (Agraph_t* g = agmemread(dot.c_str())) {
    if (gvLayout(gvc, g, "dot") == 0) {
      char* data = nullptr;
      unsigned int length = 0;
      if (gvRenderData(gvc, g, "svg", &data, &length) == 0 && data != nullptr) {
        svg.assign(data, length);
      }
      if (data != nullptr) {
        gvFreeRenderData(data);
      }
      gvFreeLayout(gvc, g);
    }
    agclose(g);
  }
  // Drop the XML prolog, doctype and generator comment: the SVG is embedded in HTML.
  if (auto start = svg.find("<svg"); start != std::string::npos) {
    svg.erase(0, start);
    svg.insert(4, " class=\"dataflow\"");
  } else {
    svg.clear();
  }
  return svg;
}

} // namespace facepia::reports
