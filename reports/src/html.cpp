// The report as one self-contained HTML file: inline CSS and SVG, no external assets; a cover, a table of
// contents, print styles (A4, a running footer with the page numbers, no row split across pages).
#include "document.hpp"

namespace facepia::reports::detail {

namespace {

// Text as the inside of a CSS string: quotes and backslashes escaped, no line breaks, no closing tag.
std::string css_string(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n' || c == '\r') {
      out += ' ';
    } else if (c == '<') {
      out += "\\3c ";
    } else {
      out += c;
    }
  }
  return out;
}

std::string str(const json& j) {
  return j.is_string() ? j.get<std::string>() : j.dump();
}
std::string h(const json& j) {
  return escape_html(str(j));
}

constexpr const char* css = R"css(
:root{--ink:#1d2733;--muted:#5b6775;--line:#d5dbe3;--accent:#1f4e79;--deny:#b03a2e;--cond:#b9770e;--allow:#1e8449}
*{box-sizing:border-box}
body{font-family:"Noto Sans","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei","Microsoft YaHei","PingFang SC",Helvetica,Arial,sans-serif;
 color:var(--ink);line-height:1.45;margin:0;background:#f4f6f9;font-size:14px}
main{max-width:1100px;margin:0 auto;background:#fff;padding:32px 48px 64px}
h1{font-size:28px;margin:0 0 4px;color:var(--accent)}
h2{font-size:21px;border-bottom:2px solid var(--accent);padding-bottom:4px;margin-top:36px;color:var(--accent)}
h3{font-size:16px;margin:22px 0 8px}
h4{font-size:14px;margin:0 0 6px}
.subtitle{font-size:18px;color:var(--muted);margin:0 0 18px}
table{border-collapse:collapse;width:100%;margin:8px 0 14px;font-size:13px}
th,td{border:1px solid var(--line);padding:5px 7px;text-align:left;vertical-align:top}
th{background:#eef2f7}
table.kv th{width:34%;font-weight:normal;color:var(--muted);background:#fafbfc}
td.unknown{color:var(--muted);font-style:italic}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:bold;white-space:nowrap;border:1px solid transparent}
.st-breach,.st-not_met{background:#fdecea;color:var(--deny);border-color:#f1b0a8}
.st-undetermined,.st-partly,.st-unknown{background:#fef5e7;color:var(--cond);border-color:#f5cf90}
.st-compliant,.st-met{background:#e9f7ef;color:var(--allow);border-color:#a9dfbf}
.st-not_applicable{background:#f2f3f4;color:var(--muted);border-color:#d5d8dc}
.callout{border-left:6px solid var(--accent);background:#f3f7fb;padding:10px 16px;margin:12px 0}
.callout.deny{border-color:var(--deny);background:#fdf2f1}
.callout.conditional{border-color:var(--cond);background:#fef9ef}
.callout.allow{border-color:var(--allow);background:#eff9f3}
.callout .title{font-size:18px;font-weight:bold}
.decision-badge{display:inline-block;padding:2px 12px;border-radius:4px;font-weight:bold;color:#fff;letter-spacing:.04em}
.decision-badge.deny{background:var(--deny)}.decision-badge.conditional{background:var(--cond)}.decision-badge.allow{background:var(--allow)}
header.cover .kicker{text-transform:uppercase;letter-spacing:.12em;color:var(--muted);font-size:12px;margin:0 0 6px}
nav.toc ol{columns:2;padding-left:22px}
nav.toc a{color:var(--accent);text-decoration:none}
article.finding{border:1px solid var(--line);border-left:5px solid #aab;border-radius:4px;padding:10px 14px;margin:12px 0}
article.finding.f-breach{border-left-color:var(--deny);background:#fff}
article.finding.f-undetermined{border-left-color:var(--cond);background:#fff}
article.finding.f-compliant{border-left-color:var(--allow);background:#fff}
article.finding .meta{color:var(--muted);font-size:12px;margin:2px 0 6px}
article.finding dl{display:grid;grid-template-columns:max-content 1fr;gap:3px 12px;margin:6px 0}
article.finding dt{color:var(--muted)}
article.finding dd{margin:0}
blockquote.statute{white-space:pre-line}
blockquote{margin:8px 0;padding:6px 12px;border-left:3px solid var(--line);background:#fafbfc;color:#333;font-size:13px}
pre{background:#f6f8fa;border:1px solid var(--line);padding:8px;font-size:11.5px;white-space:pre-wrap;overflow-wrap:anywhere}
code{font-size:12.5px}
figure{margin:12px 0;text-align:center}
figure svg{max-width:100%;height:auto}
figcaption{color:var(--muted);font-size:12px;margin-top:6px}
.blank{border:1px dashed var(--line);color:var(--muted);padding:8px 12px;font-style:italic}
table.signatures td{height:48px}
.draft-mark{position:fixed;top:42%;left:0;width:100%;text-align:center;transform:rotate(-28deg);font-size:44px;font-weight:bold;letter-spacing:.08em;color:rgba(176,58,46,.16);pointer-events:none;z-index:10;white-space:nowrap}
footer{margin-top:40px;color:var(--muted);font-size:11px;border-top:1px solid var(--line);padding-top:8px}
th,td,code,dd,li,p{overflow-wrap:anywhere}
@media screen and (max-width:640px){
 main{padding:16px 12px 32px}
 h1{font-size:22px}
 table{display:block;overflow-x:auto}
 table.kv,table.signatures{display:table}
 article.finding dl{grid-template-columns:1fr}
 nav.toc ol{columns:1}
}
@page{size:A4;margin:12mm 12mm 15mm}
@media print{
 body{background:#fff;font-size:9pt;line-height:1.3}
 main{max-width:none;padding:0}
 h1{font-size:20pt}
 h2{font-size:15pt;margin-top:0}
 h3{font-size:11.5pt}
 table{font-size:7.5pt;margin:4px 0 8px}
 th,td{padding:2px 4px}
 h3{margin:10px 0 4px}
 p{margin:4px 0}
 pre{font-size:7.5pt}
 blockquote{font-size:8.5pt}
 h2{break-before:auto;margin-top:14pt}
 footer{display:none}
 h2,h3,h4{break-after:avoid}
 tr,figure,blockquote,.callout,article.finding>h4,article.finding>.meta,article.finding dl{break-inside:avoid}
 thead{display:table-header-group}
 details>summary{display:none}
 table.signatures{break-inside:avoid}
 nav.toc ol{columns:1}
 a{color:inherit;text-decoration:none}
 figure svg{max-height:105mm}
 .badge,.callout,th,.st-breach,.st-met,.st-not_met,.st-partly,.st-unknown,.st-undetermined,.st-compliant,rect{-webkit-print-color-adjust:exact;print-color-adjust:exact}
 .decision-badge{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
)css";

class Html {
public:
  explicit Html(const Document& d) : d_(d) {}

  std::string render() {
    const Lang l = d_.lang;
    out_ += "<!DOCTYPE html>\n<html lang=\"" + std::string(l == Lang::zh ? "zh-CN" : "en") + "\">\n<head>\n";
    out_ += "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, "
            "initial-scale=1\">\n";
    out_ += "<meta name=\"generator\" content=\"facepia\">\n";
    out_ +=
        "<title>" + escape_html(d_.title + " — " + d_.subtitle) + "</title>\n<style>" + css + "</style>\n";
    // The running footer and the page numbers of the printed report (CSS page-margin boxes).
    out_ += "<style>@page{@bottom-left{content:\"" + css_string(d_.footer) +
            "\";width:84%;font:7pt sans-serif;color:#555;white-space:nowrap}@bottom-right{content:\"" +
            css_string(label(l, "page")) +
            " \" counter(page) \" / \" counter(pages);width:16%;font:7pt "
            "sans-serif;color:#555;white-space:nowrap}}"
            "</style>\n";
    out_ += "</head>\n<body" + std::string(d_.draft ? " class=\"draft\"" : "") + ">\n";
    if (d_.draft) {
      // Fixed, so that the printed report carries it on every page.
      out_ += "<div class=\"draft-mark\" aria-hidden=\"true\">" + escape_html(label(l, "draft_mark")) +
              "</div>\n";
    }
    out_ += "<main>\n";
    out_ += "<header class=\"cover\">\n<p class=\"kicker\">" + escape_html(d_.kicker) + "</p>\n<h1>" +
            escape_html(d_.title) + "</h1>\n<p class=\"subtitle\">" + escape_html(d_.subtitle) + "</p>\n";
    out_ += "<table class=\"kv\">\n";
    for (const auto& row : d_.cover) {
      const bool decision = str(row[0]) == label(l, "decision");
      out_ += "<tr><th>" + h(row[0]) + "</th><td>" +
              (decision ? "<span class=\"decision-badge " + escape_html(d_.decision) + "\">" + h(row[1]) +
                              "</span>"
                        : h(row[1])) +
              "</td></tr>\n";
    }
    out_ += "</table>\n";
    if (d_.draft) {
      out_ += "<div class=\"callout deny\"><div class=\"title\">" + escape_html(label(l, "draft_mark")) +
              "</div><p>" + escape_html(label(l, "draft_note")) + "</p></div>\n";
    }
    out_ += "</header>\n";
    out_ += "<nav class=\"toc\"><h2>" + escape_html(label(l, "contents")) + "</h2>\n<ol>\n";
    for (const auto& s : d_.sections) {
      out_ += "<li><a href=\"#" + escape_html(s.id) + "\">" + escape_html(s.title) + "</a></li>\n";
    }
    out_ += "</ol></nav>\n";
    for (const auto& s : d_.sections) {
      out_ += "<section class=\"report-section\" id=\"" + escape_html(s.id) + "\">\n<h2>" +
              escape_html(s.number) + ". " + escape_html(s.title) + "</h2>\n";
      for (const auto& b : s.blocks) {
        block(b);
      }
      out_ += "</section>\n";
    }
    const std::string id = d_.assessment.value("assessment_id", std::string());
    out_ += "<footer>facepia — " + escape_html(d_.title) + " — " + escape_html(id) + "</footer>\n";
    out_ += "</main>\n</body>\n</html>\n";
    return out_;
  }

private:
  std::string badge(const std::string& key) const {
    return "<span class=\"badge st-" + escape_html(key) + "\">" + escape_html(label(d_.lang, "st_" + key)) +
           "</span>";
  }

  std::string link(const std::string& ids) const {
    std::string out;
    std::size_t start = 0;
    while (start <= ids.size()) {
      auto end = ids.find(',', start);
      const std::string id = ids.substr(start, end == std::string::npos ? std::string::npos : end - start);
      for (const auto& s : d_.sections) {
        if (s.id == id) {
          out += (out.empty() ? "" : ", ") + std::string("<a href=\"#") + escape_html(s.id) + "\">§" +
                 escape_html(s.number) + " " + escape_html(s.title) + "</a>";
        }
      }
      if (end == std::string::npos) {
        break;
      }
      start = end + 1;
    }
    return out;
  }

  void block(const json& b) {
    const std::string type = b["type"];
    if (type == "p") {
      out_ += "<p>" + h(b["text"]) + "</p>\n";
    } else if (type == "h3") {
      const std::string id = b.value("id", std::string());
      out_ += "<h3" + (id.empty() ? std::string() : " id=\"" + escape_html(id) + "\"") + ">" + h(b["text"]) +
              "</h3>\n";
    } else if (type == "callout") {
      out_ += "<div class=\"callout " + h(b["tone"]) + "\"><div class=\"title\">" + h(b["title"]) +
              "</div><p>" + h(b["text"]) + "</p></div>\n";
    } else if (type == "kv") {
      out_ += "<table class=\"kv\">\n";
      for (const auto& row : b["rows"]) {
        const bool known = row.size() < 4 || row[3].get<bool>();
        out_ += "<tr><th>" + h(row[0]) +
                (row.size() > 2 ? " <code>" + h(row[2]) + "</code>" : std::string()) + "</th><td" +
                (known ? "" : " class=\"unknown\"") + ">" + h(row[1]) + "</td></tr>\n";
      }
      out_ += "</table>\n";
    } else if (type == "table") {
      table(b);
    } else if (type == "list") {
      const bool ordered = b["ordered"].get<bool>();
      out_ += ordered ? "<ol>\n" : "<ul>\n";
      for (const auto& item : b["items"]) {
        out_ += "<li>" + h(item) + "</li>\n";
      }
      out_ += ordered ? "</ol>\n" : "</ul>\n";
    } else if (type == "figure") {
      out_ += "<figure id=\"" + h(b["id"]) + "\">\n";
      if (!str(b["svg"]).empty()) {
        out_ += str(b["svg"]); // built by us or by Graphviz from escaped labels
      } else if (!str(b["dot"]).empty()) {
        out_ += "<pre>" + h(b["dot"]) + "</pre>\n";
      }
      out_ += "<figcaption>" + h(b["caption"]) + "</figcaption>\n</figure>\n";
    } else if (type == "quote") {
      out_ += "<blockquote class=\"statute\"><strong>" + h(b["cite"]) + "</strong><br>" + h(b["text"]) +
              "</blockquote>\n";
    } else if (type == "blank") {
      out_ += "<div class=\"blank\">" + h(b["text"]);
      for (int i = 0; i < b.value("lines", 3); ++i) {
        out_ += "<br>&nbsp;";
      }
      out_ += "</div>\n";
    } else if (type == "finding") {
      finding(b);
    }
  }

  void table(const json& b) {
    const int status = b.value("status", -1);
    const int link_column = b.value("link", -1);
    const std::string cls = b.value("class", std::string());
    out_ +=
        "<table" + (cls.empty() ? std::string() : " class=\"" + escape_html(cls) + "\"") + ">\n<thead><tr>";
    for (const auto& c : b["columns"]) {
      out_ += "<th>" + h(c) + "</th>";
    }
    out_ += "</tr></thead>\n<tbody>\n";
    for (const auto& row : b["rows"]) {
      out_ += "<tr>";
      for (std::size_t i = 0; i < row.size(); ++i) {
        if (static_cast<int>(i) == status) {
          out_ += "<td>" + badge(str(row[i])) + "</td>";
        } else if (static_cast<int>(i) == link_column) {
          out_ += "<td>" + link(str(row[i])) + "</td>";
        } else {
          out_ += "<td>" + h(row[i]) + "</td>";
        }
      }
      out_ += "</tr>\n";
    }
    out_ += "</tbody></table>\n";
  }

  void finding(const json& b) {
    const Lang l = d_.lang;
    const std::string st = str(b["status"]);
    out_ += "<article class=\"finding f-" + escape_html(st) + "\" id=\"rule-" + h(b["rule"]) + "\">\n";
    out_ += "<h4>" + badge(st) + " " + h(b["title"]) + "</h4>\n";
    out_ += "<div class=\"meta\"><code>" + h(b["rule"]) + "</code> · " + escape_html(label(l, "severity")) +
            ": " + h(b["severity"]) + " · " + h(b["citations"]) + "</div>\n<dl>\n";
    auto row = [&](const char* key, const std::string& value) {
      if (!value.empty()) {
        out_ += "<dt>" + escape_html(label(l, key)) + "</dt><dd>" + escape_html(value) + "</dd>\n";
      }
    };
    row("finding", str(b["message"]));
    row("exception", str(b["exception"]));
    std::string missing;
    for (const auto& f : b["missing"]) {
      missing += (missing.empty() ? "" : ", ") + str(f);
    }
    row("missing_facts", missing);
    for (const auto& d : b["derived"]) {
      row("derived_read", str(d));
    }
    row("remedy", str(b["remedy"]));
    out_ += "</dl>\n";
    for (const auto& e : b["excerpts"]) {
      out_ += "<blockquote><strong>" + h(e["label"]) + "</strong>" +
              (str(e["title"]).empty() ? std::string() : " " + h(e["title"])) +
              (str(e["text"]).empty() ? std::string() : "<br>" + h(e["text"])) + "</blockquote>\n";
    }

    out_ += "</article>\n";
  }

  const Document& d_;
  std::string out_;
};

} // namespace

std::string to_html(const Document& document) {
  return Html(document).render();
}

} // namespace facepia::reports::detail
