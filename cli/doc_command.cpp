// facepia doc [PATH...] --out DIR : the rule packs as static HTML for lawyers. Per instrument, each
// provision's text (English and Chinese where declared) beside the rules that cite it, their exceptions, the
// tests that cover them and whether they pass; a provision that no rule cites is marked. The output depends
// on the rules only (no date, no absolute path), so that it can be kept and compared.
#include "commands.hpp"
#include "facepia/assessors/assessors.hpp"
#include "facepia/dsl/dsl.hpp"
#include "facepia/engine/engine.hpp"
#include "facepia/gate/gate.hpp"
#include "facepia/platform/html.hpp"
#include "facepia/ruletest/ruletest.hpp"

#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <unistd.h>

namespace facepia::cli {
namespace {

namespace fs = std::filesystem;

struct DocArgs {
  std::vector<std::string> paths;
  std::string out;
};

// A provision's anchor: its key with every character that is not a letter or digit as `-`.
std::string anchor(const dsl::ProvisionRef& ref) {
  std::string out = "p-";
  for (const char c : ref.key()) {
    out += std::isalnum(static_cast<unsigned char>(c)) != 0 ? c : '-';
  }
  return out;
}

std::string file_name(const std::string& instrument) {
  std::string out;
  for (const char c : instrument) {
    out += std::isalnum(static_cast<unsigned char>(c)) != 0 ? static_cast<char>(std::tolower(c)) : '-';
  }
  return out + ".html";
}

// Paragraphs of a provision's text, split where the text has line breaks.
std::string paragraphs(const std::string& text, const char* lang) {
  std::string out;
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    if (!line.empty()) {
      out += std::string("<p lang=\"") + lang + "\">" + platform::escape_html(line) + "</p>\n";
    }
  }
  return out;
}

std::string page(const std::string& title, const std::string& body) {
  return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" +
         platform::escape_html(title) +
         "</title>\n<style>\n"
         "body{font-family:Georgia,'Noto Serif CJK SC','WenQuanYi Micro Hei',serif;margin:2em "
         "auto;max-width:72em;"
         "line-height:1.45;color:#222}\n"
         ".provision{display:grid;grid-template-columns:1fr 1fr;gap:1.5em;border-top:1px solid "
         "#ccc;padding:1em 0}\n"
         ".statute p{margin:.3em 0}.statute [lang=zh]{color:#444}\n"
         ".rule{background:#f6f6f2;border-left:4px solid #888;padding:.5em .8em;margin-bottom:.8em}\n"
         ".rule pre{white-space:pre-wrap;font-size:.85em}\n"
         ".uncited{color:#a33;font-style:italic}.uncovered{color:#a33}.covered{color:#286}\n"
         ".fail{color:#a33;font-weight:bold}.pass{color:#286}\n"
         "table{border-collapse:collapse}td,th{padding:.2em .8em;text-align:left;border-bottom:1px solid "
         "#ddd}\n"
         "</style>\n</head>\n<body>\n" +
         body + "</body>\n</html>\n";
}

struct RuleFacts {
  const ruletest::RuleCoverage* coverage = nullptr;
  std::vector<const ruletest::TestOutcome*> tests; // the tests that expect its status
};

std::string rule_html(const dsl::Program& program, const dsl::Rule& rule, const RuleFacts& facts) {
  std::ostringstream out;
  out << "<div class=\"rule\" id=\"r-" << platform::escape_html(rule.id) << "\">\n<h4>"
      << platform::escape_html(rule.id) << ": " << platform::escape_html(rule.title) << "</h4>\n<p>severity "
      << dsl::to_string(rule.severity) << "; cites";
  for (const auto& ref : rule.citations) {
    out << " " << platform::escape_html(ref.label());
  }
  // The rule as written: from its keyword to the `}` that closes it at the start of a line.
  const std::string& text = program.sources.file(rule.span.file).text();
  const std::size_t close = text.find("\n}", rule.span.begin);
  const std::size_t end = close == std::string::npos ? text.size() : close + 2;
  out << "</p>\n<pre>"
      << platform::escape_html(std::string_view(text).substr(rule.span.begin, end - rule.span.begin))
      << "</pre>\n";
  if (!rule.exceptions.empty()) {
    out << "<p>exceptions:";
    for (const auto& exception : rule.exceptions) {
      out << " <code>" << platform::escape_html(exception.name) << "</code>";
      for (const auto& ref : exception.citations) {
        out << " (" << platform::escape_html(ref.label()) << ")";
      }
    }
    out << "</p>\n";
  }
  const bool covered = facts.coverage != nullptr && facts.coverage->covered();
  out << "<p class=\"" << (covered ? "covered" : "uncovered") << "\">"
      << (covered ? "covered: tested in breach and not in breach"
                  : "not covered: no test sees it both in breach and not in breach")
      << "</p>\n";
  if (facts.tests.empty()) {
    out << "<p class=\"uncovered\">no test expects its status</p>\n";
  } else {
    out << "<ul class=\"tests\">\n";
    for (const auto* test : facts.tests) {
      out << "<li><span class=\"" << (test->passed() ? "pass\">passes" : "fail\">fails") << "</span> "
          << platform::escape_html(test->test->name) << "</li>\n";
    }
    out << "</ul>\n";
  }
  out << "</div>\n";
  return out.str();
}

int run_doc(const DocArgs& args) {
  std::vector<fs::path> paths(args.paths.begin(), args.paths.end());
  if (paths.empty()) {
    paths.push_back(gate::default_rules_dir());
  }
  auto loaded = dsl::load(paths);
  if (!loaded.ok()) {
    loaded.diagnostics.sort();
    std::cerr << dsl::render_all(loaded.diagnostics, loaded.program.sources, isatty(2) != 0);
    std::cerr << "error: the rules do not load; nothing was written\n";
    return 2;
  }
  const engine::Engine engine(std::move(loaded.program), facepia::assessors::standard());
  const dsl::Program& program = engine.program();
  const ruletest::Report report = ruletest::run(engine);

  std::map<std::string, RuleFacts> rule_facts;
  for (const auto& coverage : report.rules) {
    rule_facts[coverage.rule->id].coverage = &coverage;
  }
  for (const auto& outcome : report.tests) {
    std::set<std::string> named;
    for (const auto& expect : outcome.test->expectations) {
      if (named.insert(expect.rule_id).second) {
        rule_facts[expect.rule_id].tests.push_back(&outcome);
      }
    }
  }

  // Every page in memory first: nothing is written unless all of it can be.
  std::map<std::string, std::string> pages;
  std::ostringstream index;
  index << "<h1>The rule packs</h1>\n<p>" << program.rules.size() << " rules, " << report.tests.size()
        << " tests (" << report.passed() << " pass), " << report.rules_covered() << " rules covered.</p>\n"
        << "<table>\n<tr><th>instrument</th><th>in force</th><th>provisions</th><th>rules</th>"
           "<th>provisions no rule cites</th></tr>\n";
  for (const dsl::Instrument& instrument : program.instruments) {
    // The rules citing each provision, directly or through a part of it (`Sec. 15(a)` under `Sec. 15`).
    std::map<const dsl::Provision*, std::vector<const dsl::Rule*>> citing;
    std::size_t rules = 0;
    for (const dsl::Rule& rule : program.rules) {
      rules += rule.instrument() == instrument.id ? 1U : 0U;
      // Its exceptions' citations too: `unless ... cites BIPA Sec. 10` puts the rule beside Sec. 10.
      std::vector<const dsl::ProvisionRef*> refs;
      for (const auto& ref : rule.citations) {
        refs.push_back(&ref);
      }
      for (const auto& exception : rule.exceptions) {
        for (const auto& ref : exception.citations) {
          refs.push_back(&ref);
        }
      }
      std::set<const dsl::Provision*> seen;
      for (const dsl::ProvisionRef* ref : refs) {
        if (const dsl::Provision* provision = program.find_provision(*ref);
            provision != nullptr && provision->ref.instrument == instrument.id &&
            seen.insert(provision).second) {
          citing[provision].push_back(&rule);
        }
      }
    }
    std::ostringstream body;
    body << "<p><a href=\"index.html\">all instruments</a></p>\n<h1>" << platform::escape_html(instrument.id)
         << ": " << platform::escape_html(instrument.title) << "</h1>\n";
    if (!instrument.title_zh.empty()) {
      body << "<p lang=\"zh\">" << platform::escape_html(instrument.title_zh) << "</p>\n";
    }
    body << "<p>" << platform::escape_html(instrument.jurisdiction) << ", in force "
         << instrument.in_force.iso();
    if (instrument.repealed) {
      body << ", repealed " << instrument.repealed->iso();
    }
    body << ".</p>\n";
    std::size_t provisions = 0;
    std::size_t uncited = 0;
    for (const dsl::Provision& provision : program.provisions) {
      if (provision.ref.instrument != instrument.id) {
        continue;
      }
      ++provisions;
      const auto hit = citing.find(&provision);
      body << "<section class=\"provision\" id=\"" << anchor(provision.ref)
           << "\">\n<div class=\"statute\">\n<h3>" << platform::escape_html(provision.ref.label())
           << (provision.title.empty() ? "" : ": " + platform::escape_html(provision.title)) << "</h3>\n"
           << paragraphs(provision.text, "en") << paragraphs(provision.text_zh, "zh") << "</div>\n<div>\n";
      if (hit == citing.end()) {
        ++uncited;
        body << "<p class=\"uncited\">No rule cites this provision.</p>\n";
      } else {
        for (const dsl::Rule* rule : hit->second) {
          body << rule_html(program, *rule, rule_facts[rule->id]);
        }
      }
      body << "</div>\n</section>\n";
    }
    const std::string name = file_name(instrument.id);
    pages[name] = page(instrument.id + ": " + instrument.title, body.str());
    index << "<tr><td><a href=\"" << name << "\">" << platform::escape_html(instrument.id) << "</a> "
          << platform::escape_html(instrument.title) << "</td><td>" << instrument.in_force.iso()
          << "</td><td>" << provisions << "</td><td>" << rules << "</td><td"
          << (uncited > 0 ? " class=\"uncited\"" : "") << ">" << uncited << "</td></tr>\n";
  }
  index << "</table>\n";
  pages["index.html"] = page("The rule packs", index.str());

  const fs::path out(args.out);
  std::error_code error;
  fs::create_directories(out, error);
  if (error) {
    std::cerr << "error: cannot create `" << out.string() << "`: " << error.message() << "\n";
    return 2;
  }
  for (const auto& [name, html] : pages) {
    std::ofstream file(out / name, std::ios::binary | std::ios::trunc);
    file << html;
    if (!file.flush()) {
      std::cerr << "error: cannot write `" << (out / name).string() << "`\n";
      return 2;
    }
  }
  std::cout << "wrote " << pages.size() << " pages to " << out.string() << "\n";
  return 0;
}

const CommandRegistration registration{
    50, [](CLI::App& app) -> std::function<int()> {
      auto args = std::make_shared<DocArgs>();
      auto* sub = app.add_subcommand(
          "doc", "write the rule packs as static HTML: each provision's text beside the rules that cite it");
      sub->footer(
          "One page per instrument and an index: each provision's text (English, and Chinese where\n"
          "declared) beside the rules that cite it, their source, exceptions, coverage and the tests that\n"
          "expect them (run as `facepia test` runs them); a provision no rule cites is marked. Exit status:\n"
          "0, or 2 when the rules do not load or DIR cannot be written.");
      sub->add_option(
          "paths", args->paths,
          "rule files or folders (default: $FACEPIA_RULES, else ./rules, else the bundled rules)");
      sub->add_option("--out", args->out, "the folder to write the pages into")->required();
      return [args] { return run_doc(*args); };
    }};

} // namespace
} // namespace facepia::cli
