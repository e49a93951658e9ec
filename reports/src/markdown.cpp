// The report as Markdown (GitHub flavour): tables, the data-flow diagram as DOT source, the risk map as a
// grid.
#include "document.hpp"

namespace facepia::reports::detail {

namespace {

std::string str(const json& j) {
  return j.is_string() ? j.get<std::string>() : j.dump();
}

// Plain text in a paragraph: only the characters that would become HTML are escaped.
std::string text(const json& j) {
  std::string out;
  for (char c : str(j)) {
    if (c == '<') {
      out += "&lt;";
    } else if (c == '>') {
      out += "&gt;";
    } else {
      out += c;
    }
  }
  return out;
}

// Text inside a blockquote: each line of the text stays in the quote.
std::string quoted(const json& j) {
  std::string out;
  for (char c : text(j)) {
    if (c == '\n') {
      out += "\n>\n> ";
    } else {
      out += c;
    }
  }
  return out;
}

class Markdown {
public:
  explicit Markdown(const Document& d) : d_(d) {}

  std::string render() {
    out_ += "# " + text(d_.title) + "\n\n";
    out_ += "**" + text(d_.subtitle) + "**\n\n";
    if (d_.draft) {
      out_ += "> **" + label(d_.lang, "draft_mark") + "**\n>\n> " + label(d_.lang, "draft_note") + "\n\n";
    }
    out_ += "| | |\n|---|---|\n";
    for (const auto& row : d_.cover) {
      out_ += "| " + escape_markdown_cell(str(row[0])) + " | " + escape_markdown_cell(str(row[1])) + " |\n";
    }
    out_ += "\n## " + label(d_.lang, "contents") + "\n\n";
    for (const auto& s : d_.sections) {
      out_ += s.number + ". [" + s.title + "](#" + s.id + ")\n";
    }
    for (const auto& s : d_.sections) {
      out_ += "\n<a id=\"" + s.id + "\"></a>\n\n## " + s.number + ". " + text(s.title) + "\n\n";
      for (const auto& b : s.blocks) {
        block(b);
      }
    }
    return out_;
  }

private:
  std::string status(const std::string& key) const {
    const std::string l = label(d_.lang, "st_" + key);
    return key == "breach" || key == "not_met" ? "**" + l + "**" : l;
  }

  std::string link(const std::string& ids) const {
    std::string out;
    std::size_t start = 0;
    while (start <= ids.size()) {
      auto end = ids.find(',', start);
      const std::string id = ids.substr(start, end == std::string::npos ? std::string::npos : end - start);
      for (const auto& s : d_.sections) {
        if (s.id == id) {
          out +=
              (out.empty() ? "" : ", ") + std::string("[§") + s.number + " " + s.title + "](#" + s.id + ")";
        }
      }
      if (end == std::string::npos) {
        break;
      }
      start = end + 1;
    }
    return out;
  }

  void table(const std::vector<std::string>& columns, const json& rows, int status_column, int link_column) {
    out_ += "|";
    for (const auto& c : columns) {
      out_ += " " + escape_markdown_cell(c) + " |";
    }
    out_ += "\n|";
    for (std::size_t i = 0; i < columns.size(); ++i) {
      out_ += "---|";
    }
    out_ += "\n";
    for (const auto& row : rows) {
      out_ += "|";
      for (std::size_t i = 0; i < row.size() && i < columns.size(); ++i) {
        std::string cell = str(row[i]);
        if (static_cast<int>(i) == status_column) {
          cell = status(cell);
        } else if (static_cast<int>(i) == link_column) {
          cell = link(cell);
        } else {
          cell = escape_markdown_cell(cell);
        }
        out_ += " " + cell + " |";
      }
      out_ += "\n";
    }
    out_ += "\n";
  }

  void block(const json& b) {
    const std::string type = b["type"];
    if (type == "p") {
      out_ += text(b["text"]) + "\n\n";
    } else if (type == "h3") {
      out_ += "### " + text(b["text"]) + "\n\n";
    } else if (type == "callout") {
      out_ += "> **" + text(b["title"]) + "**\n>\n> " + quoted(b["text"]) + "\n\n";
    } else if (type == "kv") {
      out_ += "| | |\n|---|---|\n";
      for (const auto& row : b["rows"]) {
        const bool known = row.size() < 4 || row[3].get<bool>();
        std::string value = escape_markdown_cell(str(row[1]));
        out_ +=
            "| " + escape_markdown_cell(str(row[0])) + " | " + (known ? value : "_" + value + "_") + " |\n";
      }
      out_ += "\n";
    } else if (type == "table") {
      table(b["columns"].get<std::vector<std::string>>(), b["rows"], b.value("status", -1),
            b.value("link", -1));
    } else if (type == "list") {
      int n = 0;
      for (const auto& item : b["items"]) {
        out_ +=
            (b["ordered"].get<bool>() ? std::to_string(++n) + ". " : std::string("- ")) + text(item) + "\n";
      }
      out_ += "\n";
    } else if (type == "figure") {
      out_ += "*" + text(b["caption"]) + "*\n\n";
      if (b.contains("grid")) {
        table(b["grid_columns"].get<std::vector<std::string>>(), b["grid"], -1, -1);
      }
      if (!str(b["dot"]).empty()) {
        out_ += "```dot\n" + str(b["dot"]) + "```\n\n";
      }
    } else if (type == "quote") {
      out_ += "> **" + text(b["cite"]) + "**\n>\n> " + quoted(b["text"]) + "\n\n";
    } else if (type == "blank") {
      out_ += "_" + text(b["text"]) + "_\n\n> &nbsp;\n\n";
    } else if (type == "finding") {
      finding(b);
    }
  }

  void finding(const json& b) {
    const Lang l = d_.lang;
    out_ += "#### " + status(b["status"]) + " · " + str(b["rule"]) + " — " + text(b["title"]) + "\n\n";
    out_ += "- " + label(l, "severity") + ": " + str(b["severity"]) + "\n";
    out_ += "- " + label(l, "citations") + ": " + str(b["citations"]) + "\n";
    if (!str(b["message"]).empty()) {
      out_ += "- " + label(l, "finding") + ": " + text(b["message"]) + "\n";
    }
    if (!str(b["exception"]).empty()) {
      out_ += "- " + label(l, "exception") + ": " + text(b["exception"]) + "\n";
    }
    if (!b["missing"].empty()) {
      std::string m;
      for (const auto& f : b["missing"]) {
        m += (m.empty() ? "" : ", ") + str(f);
      }
      out_ += "- " + label(l, "missing_facts") + ": " + m + "\n";
    }
    for (const auto& d : b["derived"]) {
      out_ += "- " + label(l, "derived_read") + ": " + text(d) + "\n";
    }
    if (!str(b["remedy"]).empty()) {
      out_ += "- " + label(l, "remedy") + ": " + text(b["remedy"]) + "\n";
    }
    out_ += "\n";
    for (const auto& e : b["excerpts"]) {
      out_ +=
          "> **" + text(e["label"]) + "**" + (str(e["title"]).empty() ? "" : " " + text(e["title"])) + "\n";
      if (!str(e["text"]).empty()) {
        out_ += ">\n> " + quoted(e["text"]) + "\n";
      }
      out_ += "\n";
    }
  }

  const Document& d_;
  std::string out_;
};

} // namespace

std::string to_markdown(const Document& document) {
  return Markdown(document).render();
}

std::string to_json(const Document& d) {
  json report;
  report["format"] = "facepia-dpia-report/1";
  report["lang"] = d.lang == Lang::zh ? "zh" : "en";
  report["title"] = d.title;
  report["subtitle"] = d.subtitle;
  report["draft"] = d.draft;
  report["cover"] = d.cover;
  json sections = json::array();
  for (const auto& s : d.sections) {
    json blocks = json::array();
    for (auto b : s.blocks) {
      if (b.contains("svg")) {
        b.erase("svg"); // the layout is for people; machines get the DOT source and the data
      }
      blocks.push_back(std::move(b));
    }
    sections.push_back(
        {{"id", s.id}, {"number", s.number}, {"title", s.title}, {"blocks", std::move(blocks)}});
  }
  report["sections"] = std::move(sections);
  if (!d.lawful_paths.is_null()) {
    report["lawful_paths"] = d.lawful_paths;
  }
  json out = d.assessment;
  out["report"] = std::move(report);
  return out.dump(2) + "\n";
}

} // namespace facepia::reports::detail
