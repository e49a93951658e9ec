// The parse driver: one X3 call per declaration, syntax errors as diagnostics, resynchronisation.
#include "config.hpp"
#include "error_handler.hpp"
#include "grammar.hpp"
#include "syntax.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

namespace facepia::dsl::syntax {
namespace {

namespace x3 = boost::spirit::x3;
using grammar::iterator_type;

constexpr std::array<std::string_view, 8> declaration_keywords{"import", "instrument", "provision", "enum",
                                                               "fact",   "derived",    "rule",      "test"};

bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' ||
         c == '-';
}

// Skips whitespace and comments, as the grammar's skipper does.
std::uint32_t skip_blank(std::string_view text, std::uint32_t at) {
  while (at < text.size()) {
    const char c = text[at];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      ++at;
    } else if (c == '#') {
      while (at < text.size() && text[at] != '\n') {
        ++at;
      }
    } else {
      break;
    }
  }
  return at;
}

// The word (or the single character) that starts at `at`.
std::string_view token_at(std::string_view text, std::uint32_t at) {
  if (at >= text.size()) {
    return {};
  }
  std::uint32_t end = at;
  if (is_word_char(text[at])) {
    while (end < text.size() && is_word_char(text[end])) {
      ++end;
    }
  } else {
    ++end;
    // Keep a UTF-8 sequence whole.
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0U) == 0x80U) {
      ++end;
    }
  }
  return text.substr(at, end - at);
}

std::string describe_token(std::string_view text, std::uint32_t at) {
  const std::string_view token = token_at(text, at);
  if (token.empty()) {
    return "the end of the file";
  }
  if (token == "\"") {
    return "a string";
  }
  if (token == "\n" || token == "\r") {
    return "the end of the line";
  }
  return "`" + std::string(token.substr(0, 40)) + "`";
}

bool is_declaration_keyword(std::string_view word) {
  return std::find(declaration_keywords.begin(), declaration_keywords.end(), word) !=
         declaration_keywords.end();
}

// The offset of the next line (after `from`) that starts with a declaration keyword; the end if none.
std::uint32_t resynchronise(std::string_view text, std::uint32_t from) {
  std::uint32_t at = from;
  while (true) {
    const std::size_t newline = text.find('\n', at);
    if (newline == std::string_view::npos) {
      return static_cast<std::uint32_t>(text.size());
    }
    at = static_cast<std::uint32_t>(newline + 1);
    std::uint32_t first = at;
    while (first < text.size() && (text[first] == ' ' || text[first] == '\t')) {
      ++first;
    }
    if (is_declaration_keyword(token_at(text, first))) {
      return first;
    }
  }
}

// Whether only blanks precede `at` on its line.
bool starts_line(std::string_view text, std::uint32_t at) {
  while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == '\t')) {
    --at;
  }
  return at == 0 || text[at - 1] == '\n';
}

// The first `{` of the declaration that starts at `from`, outside strings and comments.
std::optional<std::uint32_t> opening_brace(std::string_view text, std::uint32_t from) {
  for (std::uint32_t at = from; at < text.size(); ++at) {
    if (text[at] == '{') {
      return at;
    }
    if (text[at] == '#') {
      while (at < text.size() && text[at] != '\n') {
        ++at;
      }
    } else if (text[at] == '"') {
      for (++at; at < text.size() && text[at] != '"' && text[at] != '\n'; ++at) {
        if (text[at] == '\\') {
          ++at;
        }
      }
    }
  }
  return std::nullopt;
}

// How deep a condition may nest: parentheses, and `not`s in a row. The grammar and every pass after it
// recurse once per level, so an unbounded depth would overflow the stack (as SQLite caps
// SQLITE_MAX_EXPR_DEPTH); no law needs more than a few levels.
constexpr std::uint32_t max_nesting_depth = 100;

// The offset of the first `(` or `not` in [from, to) that nests deeper than max_nesting_depth, outside
// strings and comments; nullopt when none does.
std::optional<std::uint32_t> too_deep(std::string_view text, std::uint32_t from, std::uint32_t to) {
  // Each level is a `(` or a `not`: a declaration with at most max_nesting_depth of them in all cannot nest
  // deeper, which two memchr-speed counts tell without walking every byte (most declarations are statute
  // text).
  const std::string_view body = text.substr(from, to - from);
  std::size_t levels = 0;
  for (std::size_t at = body.find('('); at != std::string_view::npos && levels <= max_nesting_depth;
       at = body.find('(', at + 1)) {
    ++levels;
  }
  for (std::size_t at = body.find("not"); at != std::string_view::npos && levels <= max_nesting_depth;
       at = body.find("not", at + 3)) {
    ++levels;
  }
  if (levels <= max_nesting_depth) {
    return std::nullopt;
  }
  std::vector<std::uint32_t> nots_before_group; // for each open `(`: the `not`s in a row just before it
  std::uint32_t depth = 0;                      // open `(`s and the `not`s before each
  std::uint32_t nots = 0;                       // `not`s in a row since the last other token
  for (std::uint32_t at = from; at < to;) {
    const char c = text[at];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      ++at;
    } else if (c == '#') {
      while (at < to && text[at] != '\n') {
        ++at;
      }
    } else if (c == '"') {
      for (++at; at < to && text[at] != '"' && text[at] != '\n'; ++at) {
        if (text[at] == '\\') {
          ++at;
        }
      }
      ++at;
      nots = 0;
    } else if (c == '(') {
      depth += nots + 1;
      if (depth > max_nesting_depth) {
        return at;
      }
      nots_before_group.push_back(nots);
      nots = 0;
      ++at;
    } else if (c == ')') {
      if (!nots_before_group.empty()) {
        depth -= nots_before_group.back() + 1;
        nots_before_group.pop_back();
      }
      nots = 0;
      ++at;
    } else if (is_word_char(c)) {
      std::uint32_t end = at + 1;
      while (end < to && is_word_char(text[end])) {
        ++end;
      }
      const std::string_view word = text.substr(at, end - at);
      if (word == "not") {
        ++nots;
        if (depth + nots > max_nesting_depth) {
          return at;
        }
      } else {
        nots = 0;
      }
      at += static_cast<std::uint32_t>(word.size());
    } else {
      nots = 0;
      ++at;
    }
  }
  return std::nullopt;
}

// Printable ASCII, tabs and line breaks only: then the text is UTF-8 without control characters, which one
// loop tells faster than decoding UTF-8 (a large rule file is mostly such text).
bool plain_ascii(std::string_view text) {
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte < 0x20U && c != '\n' && c != '\r' && c != '\t') || byte >= 0x7FU) {
      return false;
    }
  }
  return true;
}

template <typename Rule, typename Attribute>
bool run(const Rule& rule, iterator_type& first, iterator_type last, Attribute& attribute) {
  return x3::phrase_parse(first, last, rule, grammar::skipper, attribute, x3::skip_flag::dont_post_skip);
}

template <typename Node, typename Rule>
bool parse_one(const Rule& rule, iterator_type& first, iterator_type last, Declaration& out) {
  Node node;
  if (!run(rule, first, last, node)) {
    return false;
  }
  out = std::move(node);
  return true;
}

} // namespace

bool parse_declarations(const SourceFile& file, FileId id, Diagnostics& diagnostics,
                        const std::function<void(Declaration&&)>& sink) {
  const std::string_view text = file.text();
  const grammar::ScopedSourceStart source_start(text.data());
  const iterator_type last = text.data() + text.size();
  bool ok = true;
  std::uint32_t at = 0;
  auto error_at = [&](std::uint32_t offset, std::string code, std::string message) -> Diagnostic& {
    const std::uint32_t token_end = offset + static_cast<std::uint32_t>(token_at(text, offset).size());
    ok = false;
    return diagnostics.error(std::move(code), Span{id, offset, token_end}, std::move(message));
  };

  while (true) {
    at = skip_blank(text, at);
    if (at >= text.size()) {
      break;
    }
    const std::string_view keyword = token_at(text, at);
    // Text that is not UTF-8, or holds a control character, would reach reports, JSON and terminals as it is:
    // the declaration is refused and skipped.
    const bool is_declaration = is_declaration_keyword(keyword);
    const std::uint32_t declaration_end = is_declaration ? resynchronise(text, at) : at;
    if (is_declaration && !plain_ascii(text.substr(at, declaration_end - at))) {
      const std::string_view body = text.substr(at, declaration_end - at);
      const std::size_t invalid = first_invalid_utf8(body);
      const auto control = std::find_if(body.begin(), body.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return (byte < 0x20U && c != '\n' && c != '\r' && c != '\t') || byte == 0x7FU;
      });
      const std::size_t bad = std::min(invalid, static_cast<std::size_t>(control - body.begin()));
      if (bad < body.size()) {
        const auto offset = at + static_cast<std::uint32_t>(bad);
        ok = false;
        auto& diagnostic = diagnostics.error("FP-E0010", Span{id, offset, offset + 1},
                                             bad == invalid ? "a byte that is not UTF-8"
                                                            : "a control character in the rule file");
        diagnostic.label = "here";
        diagnostic.help = "save the file as UTF-8 text; write a line break in a string as `\\n`";
        at = resynchronise(text, offset);
        continue;
      }
    }
    // A condition nested too deep is refused before the parser recurses into it; the declaration is skipped.
    if (is_declaration) {
      if (const auto deep = too_deep(text, at, declaration_end)) {
        auto& diagnostic =
            error_at(*deep, "FP-E0008",
                     "the condition nests deeper than " + std::to_string(max_nesting_depth) + " levels");
        diagnostic.label = "level " + std::to_string(max_nesting_depth + 1);
        diagnostic.help = "a condition may nest at most " + std::to_string(max_nesting_depth) +
                          " parentheses and `not`s; remove the redundant ones or split the rule";
        at = resynchronise(text, *deep);
        continue;
      }
    }
    iterator_type first = text.data() + at;
    Declaration declaration;
    bool parsed = false;
    try {
      if (keyword == "import") {
        parsed = parse_one<ast::Import>(grammar::import_declaration(), first, last, declaration);
      } else if (keyword == "instrument") {
        parsed = parse_one<ast::Instrument>(grammar::instrument_declaration(), first, last, declaration);
      } else if (keyword == "provision") {
        parsed = parse_one<ast::Provision>(grammar::provision_declaration(), first, last, declaration);
      } else if (keyword == "enum") {
        parsed = parse_one<ast::Enum>(grammar::enum_declaration(), first, last, declaration);
      } else if (keyword == "fact" || keyword == "derived") {
        parsed = parse_one<ast::Fact>(grammar::fact_declaration(), first, last, declaration);
      } else if (keyword == "rule") {
        parsed = parse_one<ast::Rule>(grammar::rule_declaration(), first, last, declaration);
      } else if (keyword == "test") {
        parsed = parse_one<ast::Test>(grammar::test_declaration(), first, last, declaration);
      } else {
        auto& diagnostic =
            error_at(at, "FP-E0004", "expected a declaration, found " + describe_token(text, at));
        diagnostic.label = "not a declaration";
        diagnostic.help =
            "a file holds `import`, `instrument`, `provision`, `enum`, `fact`, `derived`, `rule` and "
            "`test` declarations";
        at = resynchronise(text, at);
        continue;
      }
    } catch (const x3::expectation_failure<iterator_type>& failure) {
      const auto where = skip_blank(text, static_cast<std::uint32_t>(failure.where() - text.data()));
      const std::string& which = failure.which();
      const bool in_string =
          which.find("closing `\"`") != std::string::npos || which.rfind("an escape", 0) == 0;
      // Inside a string the failure is where the string stops; point at the character itself.
      auto offset = in_string ? static_cast<std::uint32_t>(failure.where() - text.data()) : where;
      std::string expected = which;
      // A condition that is only `not`: X3 backtracks to the `not`; the missing operand is after it.
      if (!in_string && (which == "a condition" || which == "a fact or a value") &&
          token_at(text, offset) == "not") {
        while (token_at(text, offset) == "not") {
          offset = skip_blank(text, offset + 3);
        }
        expected = "a condition after `not`";
      }
      const std::string found =
          in_string && offset < text.size() && (text[offset] == '\n' || text[offset] == '\r')
              ? "the end of the line"
              : describe_token(text, offset);
      auto& diagnostic =
          error_at(offset, in_string ? "FP-E0002" : "FP-E0001", "expected " + expected + ", found " + found);
      if (in_string && which.find("closing") != std::string::npos) {
        diagnostic.help =
            "a string ends on the line it starts; write a long text as several strings on consecutive "
            "lines";
      }
      // A block that runs into the next declaration was not closed: say which `{` (cf. Lua's "'}' expected
      // (to close '{' at line 1)").
      if (!in_string && which.ends_with("or `}`") && is_declaration_keyword(token_at(text, offset))) {
        if (const auto open = opening_brace(text, at)) {
          diagnostic.label = "the next declaration starts here";
          diagnostic.help = "close the `{` of line " + std::to_string(file.line_column(*open).line) +
                            " with a `}` before this declaration";
        }
      }
      // Resume at the next declaration; when the error is found at one (a block left open), at that one, so
      // that it is not lost too.
      at = offset > at && starts_line(text, offset) && is_declaration_keyword(token_at(text, offset))
               ? offset
               : resynchronise(text, offset);
      continue;
    }
    if (!parsed) {
      error_at(at, "FP-E0001", "expected a declaration, found " + describe_token(text, at));
      at = resynchronise(text, at);
      continue;
    }
    at = static_cast<std::uint32_t>(first - text.data());
    sink(std::move(declaration));
  }
  return ok;
}

std::vector<Comment> scan_comments(std::string_view text) {
  std::vector<Comment> comments;
  bool line_has_code = false;
  for (std::uint32_t at = 0; at < text.size(); ++at) {
    const char c = text[at];
    if (c == '\n') {
      line_has_code = false;
    } else if (c == '"') {
      line_has_code = true;
      // A string ends at its closing quote or, unterminated, at the end of the line.
      for (++at; at < text.size() && text[at] != '"' && text[at] != '\n'; ++at) {
        if (text[at] == '\\' && at + 1 < text.size() && text[at + 1] != '\n') {
          ++at;
        }
      }
      if (at < text.size() && text[at] == '\n') {
        line_has_code = false;
      }
    } else if (c == '#') {
      Comment comment;
      comment.begin = at;
      while (at < text.size() && text[at] != '\n') {
        ++at;
      }
      comment.end = at;
      while (comment.end > comment.begin && (text[comment.end - 1] == '\r' || text[comment.end - 1] == ' ' ||
                                             text[comment.end - 1] == '\t')) {
        --comment.end;
      }
      comment.own_line = !line_has_code;
      comments.push_back(comment);
      line_has_code = false;
    } else if (c != ' ' && c != '\t' && c != '\r') {
      line_has_code = true;
    }
  }
  return comments;
}

const ast::Node& node_of(const Declaration& declaration) {
  return std::visit([](const auto& node) -> const ast::Node& { return node; }, declaration);
}

} // namespace facepia::dsl::syntax
