// `facepia fmt`: the canonical layout of one rule file.
//
// The layout is a function of the parse tree plus the line breaks the author chose at the places where a
// break is allowed (gofmt's approach): before `and` / `or` in a condition, between the strings of a long
// text, between the values of a set literal, between citations, before the meaning of a fact and before the
// `cites` of an exception. Everything else is normalised: indentation (two spaces a block; a condition
// continues four spaces in, an exception's condition six), one space between tokens, one value or clause a
// line in a block, at most one blank line in a row, clauses in the canonical order of docs/LANGUAGE.md.
//
// Comments are kept: a comment on its own line stays before what followed it, a comment at the end of a line
// stays at the end of that line (at its column when the code before it still fits). Each clause owns the
// comments of its lines, so they move with it when the clauses are reordered.
//
// As a safety net, the formatted text is parsed again and must describe() the same program as the original:
// otherwise nothing is returned (FP-E0007), so that `facepia fmt` never writes a file whose meaning changed.
#include "ast.hpp"
#include "facepia/dsl/dsl.hpp"
#include "syntax.hpp"

#include <algorithm>
#include <boost/variant/apply_visitor.hpp>

namespace facepia::dsl {
namespace {

using Offset = std::uint32_t;

template <typename... Ts> struct Overloaded : Ts... { using Ts::operator()...; };
template <typename... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

std::size_t code_points(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(
      text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U; }));
}

bool is_blank(std::string_view text) {
  return text.find_first_not_of(' ') == std::string_view::npos;
}

// The source text and the questions the printer asks about it.
class Source {
public:
  explicit Source(std::string_view text) : text_(text) {}

  std::string_view text() const { return text_; }
  Offset size() const { return static_cast<Offset>(text_.size()); }

  bool has_newline(Offset from, Offset to) const {
    return from < to && to <= size() && text_.substr(from, to - from).find('\n') != std::string_view::npos;
  }
  // The line break that ends the line `at` is on (the end of the text on the last line).
  Offset line_end(Offset at) const {
    const std::size_t newline = text_.find('\n', std::min<std::size_t>(at, text_.size()));
    return newline == std::string_view::npos ? size() : static_cast<Offset>(newline);
  }
  // Whether a blank line separates `at` from what precedes it.
  bool blank_before(Offset at) const {
    int newlines = 0;
    while (at > 0) {
      const char c = text_[at - 1];
      if (c == '\n') {
        ++newlines;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        break;
      }
      --at;
    }
    return at > 0 && newlines >= 2;
  }
  // The 0-based column of `at` on its line, in code points.
  std::size_t column(Offset at) const {
    const std::size_t newline = text_.rfind('\n', at == 0 ? 0 : at - 1);
    const std::size_t start = newline == std::string_view::npos || at == 0 ? 0 : newline + 1;
    return code_points(text_.substr(start, at - start));
  }
  // The first offset at or after `at` that is not whitespace or a comment.
  Offset skip_blank(Offset at) const {
    while (at < size()) {
      const char c = text_[at];
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        ++at;
      } else if (c == '#') {
        at = line_end(at);
      } else {
        break;
      }
    }
    return at;
  }
  // [begin, end) of each string of a text literal, quotes included.
  std::vector<std::pair<Offset, Offset>> pieces(const ast::Text& text) const {
    std::vector<std::pair<Offset, Offset>> result;
    Offset at = text.begin;
    for (std::size_t i = 0; i < text.pieces.size(); ++i) {
      at = skip_blank(at);
      const Offset begin = at;
      ++at; // the opening quote
      while (at < size() && text_[at] != '"' && text_[at] != '\n') {
        at += text_[at] == '\\' ? 2U : 1U;
      }
      at = std::min<Offset>(at + 1, size());
      result.emplace_back(begin, at);
    }
    return result;
  }

private:
  std::string_view text_;
};

// Builds the output line by line, and places the source's comments in it.
class Printer {
public:
  Printer(const Source& source, std::vector<syntax::Comment> comments)
      : source_(source), comments_(std::move(comments)), emitted_(comments_.size(), false) {}

  // Comments before `lo` belong to something else (they were placed, or will be, with their own clause).
  void set_low(Offset lo) { lo_ = lo; }
  // The indent of a line that has to continue after a comment ended the line before it.
  void set_continuation(std::size_t indent) { continuation_ = indent; }

  // Places the comments in [low, hi) that are not placed yet: a comment that ended a line of code is appended
  // to the current line; a comment on its own line gets its own line at `indent`.
  void flush(Offset hi, std::size_t indent) {
    auto it = std::lower_bound(comments_.begin(), comments_.end(), lo_,
                               [](const syntax::Comment& c, Offset at) { return c.begin < at; });
    for (; it != comments_.end() && it->begin < hi; ++it) {
      const auto index = static_cast<std::size_t>(it - comments_.begin());
      if (emitted_[index]) {
        continue;
      }
      emitted_[index] = true;
      const std::string_view text = source_.text().substr(it->begin, it->end - it->begin);
      if (!it->own_line && !is_blank(line_)) {
        const std::size_t width = code_points(line_);
        const std::size_t wanted = source_.column(it->begin);
        line_ += std::string(wanted > width ? wanted - width : 1, ' ');
        line_ += text;
        closed_ = true;
        continue;
      }
      end_line();
      if (!block_start_ && source_.blank_before(it->begin)) {
        blank_line();
      }
      out_ += std::string(indent, ' ');
      out_ += text;
      out_ += '\n';
      block_start_ = false;
    }
  }

  // Starts a new line at `indent` for the code at `at`, after the comments that precede it. A blank line
  // before it in the source is kept where `allow_blank` (between clauses and declarations, not inside one).
  void line(Offset at, std::size_t indent, bool allow_blank) {
    flush(at, indent);
    end_line();
    if (allow_blank && !block_start_ && source_.blank_before(at)) {
      blank_line();
    }
    line_ = std::string(indent, ' ');
    closed_ = false;
    block_start_ = false;
  }

  void write(std::string_view text) {
    if (closed_) {
      end_line();
      line_ = std::string(continuation_, ' ');
      closed_ = false;
    }
    line_ += text;
  }

  // The column the next write lands on.
  std::size_t column() const { return closed_ ? continuation_ : code_points(line_); }

  // After a `{`: no blank line before the first line of a block.
  void open_block() { block_start_ = true; }

  std::string finish() {
    flush(source_.size() + 1, 0);
    end_line();
    return std::move(out_);
  }

private:
  void end_line() {
    if (!is_blank(line_)) {
      while (!line_.empty() && line_.back() == ' ') {
        line_.pop_back();
      }
      out_ += line_;
      out_ += '\n';
    }
    line_.clear();
    closed_ = false;
  }
  void blank_line() {
    if (!out_.empty() && out_.back() == '\n' && (out_.size() < 2 || out_[out_.size() - 2] != '\n')) {
      out_ += '\n';
    }
  }

  const Source& source_;
  std::vector<syntax::Comment> comments_;
  std::vector<bool> emitted_;
  std::string out_;
  std::string line_;
  Offset lo_ = 0;
  std::size_t continuation_ = 2;
  bool closed_ = false;
  bool block_start_ = true;
};

const ast::Node& node_of_variant(const auto& variant) {
  return boost::apply_visitor([](const auto& node) -> const ast::Node& { return node; }, variant);
}

// The place of a clause in the canonical order of its block.
int rank(const ast::RuleClause& clause) {
  return boost::apply_visitor(
      Overloaded{[](const ast::TextClause& c) {
                   return c.keyword == "title" ? 0 : c.keyword == "finding" ? 6 : 7;
                 },
                 [](const ast::CitesClause&) { return 1; },
                 [](const ast::ConditionClause& c) { return c.keyword == "applies" ? 2 : 3; },
                 [](const ast::KeywordClause& c) { return c.keyword == "prohibited" ? 3 : 5; },
                 [](const ast::UnlessClause&) { return 4; }, [](const ast::ImposesClause&) { return 8; }},
      clause);
}
int rank(const ast::InstrumentClause& clause) {
  return boost::apply_visitor(
      Overloaded{
          [](const ast::TextClause& c) {
            if (c.keyword == "out_of_scope") {
              return 8; // after the scope it explains
            }
            constexpr std::string_view order[] = {"title", "title_zh", "jurisdiction", "text", "text_zh"};
            return static_cast<int>(std::find(std::begin(order), std::end(order), c.keyword) -
                                    std::begin(order));
          },
          [](const ast::DateClause& c) { return c.keyword == "in_force" ? 5 : 6; },
          [](const ast::ConditionClause&) { return 7; }},
      clause);
}
int rank(const ast::TestClause& clause) {
  return boost::apply_visitor(Overloaded{[](const ast::DateClause&) { return 0; },
                                         [](const ast::GivenClause&) { return 1; },
                                         [](const ast::ExpectClause&) { return 2; }},
                              clause);
}

class Formatter {
public:
  Formatter(const Source& source, Printer& printer) : source_(source), p_(printer) {}

  void declaration(const syntax::Declaration& declaration) {
    std::visit([this](const auto& node) { print(node); }, declaration);
  }

private:
  static constexpr std::size_t step = 2;

  // --- declarations
  // -------------------------------------------------------------------------------------------
  void print(const ast::Import& import) {
    p_.write("import ");
    text(import.path);
  }

  void print(const ast::Instrument& instrument) {
    p_.write("instrument " + instrument.id.text);
    block(instrument.id.end, instrument.end, instrument.clauses);
  }

  void print(const ast::Provision& provision) {
    p_.write("provision ");
    provision_ref(provision.ref);
    block(provision.ref.end, provision.end, provision.clauses);
  }

  void print(const ast::Rule& rule) {
    p_.write("rule " + rule.id.text);
    block(rule.id.end, rule.end, rule.clauses);
  }

  void print(const ast::Test& test) {
    p_.write("test ");
    text(test.name);
    block(test.name.end, test.end, test.clauses);
  }

  void print(const ast::Enum& declaration) {
    p_.write("enum " + declaration.name.text + " {");
    const Offset open = source_.skip_blank(declaration.name.end);
    const Offset close = declaration.end - 1;
    const bool one_line = !source_.has_newline(open, close);
    if (one_line) {
      for (std::size_t i = 0; i < declaration.values.size(); ++i) {
        p_.write(i == 0 ? " " : ", ");
        member(declaration.values[i], step);
      }
      p_.write(" }");
      return;
    }
    std::vector<const ast::Node*> nodes;
    for (const ast::EnumMember& value : declaration.values) {
      nodes.push_back(&value);
    }
    const auto regions = regions_of(open, close, nodes);
    header_comments(open, regions.front().first);
    p_.open_block();
    for (std::size_t i = 0; i < declaration.values.size(); ++i) {
      p_.set_low(regions[i].first);
      p_.line(declaration.values[i].begin, step, true);
      member(declaration.values[i], 2 * step);
      if (i + 1 < declaration.values.size()) {
        p_.write(",");
      }
      p_.flush(regions[i].second, step);
    }
    closing(regions.back().second, close, 0);
  }

  void print(const ast::Fact& fact) {
    p_.write(fact.keyword + " " + fact.path.text + " : ");
    if (fact.type.set_of) {
      p_.write("set of ");
    }
    p_.write(fact.type.name.text);
    if (fact.type.unit) {
      p_.write(" " + fact.type.unit->text);
    }
    text_after(fact.type.end, fact.meaning, step);
    if (fact.labels) {
      labels_after(fact.meaning.end, *fact.labels, step);
    }
  }

  void member(const ast::EnumMember& value, std::size_t indent) {
    p_.write(value.name.text);
    if (value.labels) {
      labels_after(value.name.end, *value.labels, indent);
    }
  }

  // `label "..." label_zh "..."`, on the line before it or on a line of its own, as the author wrote it.
  void labels_after(Offset previous_end, const ast::Labels& labels, std::size_t indent) {
    if (source_.has_newline(previous_end, labels.begin)) {
      p_.line(labels.begin, indent, false);
    } else {
      p_.write(" ");
    }
    p_.write("label ");
    text(labels.en);
    if (labels.zh) {
      const Offset zh_begin = source_.skip_blank(labels.en.end);
      if (source_.has_newline(labels.en.end, zh_begin)) {
        p_.line(zh_begin, indent, false);
      } else {
        p_.write(" ");
      }
      p_.write("label_zh ");
      text(*labels.zh);
    }
  }

  // --- blocks
  // -------------------------------------------------------------------------------------------------

  // For each of `nodes` in source order, the source range whose comments it owns: from the end of the
  // previous one's range to the end of its own last line (or the next node, when that starts on the same
  // line).
  std::vector<std::pair<Offset, Offset>> regions_of(Offset open, Offset close,
                                                    const std::vector<const ast::Node*>& nodes) const {
    std::vector<std::pair<Offset, Offset>> regions;
    Offset low = nodes.empty() ? close : std::min(source_.line_end(open), nodes.front()->begin);
    for (std::size_t i = 0; i < nodes.size(); ++i) {
      const Offset next = i + 1 < nodes.size() ? nodes[i + 1]->begin : close;
      const Offset high = std::max(low, std::min(source_.line_end(nodes[i]->end), next));
      regions.emplace_back(low, high);
      low = high;
    }
    if (regions.empty()) {
      regions.emplace_back(low, low);
    }
    return regions;
  }

  // A comment at the end of the line of the opening brace stays there.
  void header_comments(Offset open, Offset first_region) {
    p_.set_low(open);
    p_.flush(first_region, step);
  }

  void closing(Offset low, Offset close, std::size_t indent) {
    p_.set_low(low);
    p_.flush(close, indent + step);
    p_.line(close, indent, false);
    p_.write("}");
  }

  template <typename Clause> void block(Offset header_end, Offset end, const std::vector<Clause>& clauses) {
    p_.write(" {");
    const Offset open = source_.skip_blank(header_end);
    const Offset close = end - 1;
    std::vector<const ast::Node*> nodes;
    for (const Clause& clause : clauses) {
      nodes.push_back(&node_of_variant(clause));
    }
    const auto regions = regions_of(open, close, nodes);
    header_comments(open, regions.front().first);
    p_.open_block();
    std::vector<std::size_t> order(clauses.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
      order[i] = i;
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return rank(clauses[a]) < rank(clauses[b]); });
    for (const std::size_t i : order) {
      p_.set_low(regions[i].first);
      p_.line(nodes[i]->begin, step, true);
      p_.set_continuation(2 * step);
      boost::apply_visitor([this](const auto& clause) { print_clause(clause); }, clauses[i]);
      p_.flush(regions[i].second, step);
    }
    closing(regions.back().second, close, 0);
  }

  // --- clauses
  // ------------------------------------------------------------------------------------------------
  void print_clause(const ast::TextClause& clause) {
    p_.write(clause.keyword);
    text_after(static_cast<Offset>(clause.begin + clause.keyword.size()), clause.value, 2 * step);
  }

  void print_clause(const ast::DateClause& clause) { p_.write(clause.keyword + " " + clause.value.text); }

  void print_clause(const ast::ConditionClause& clause) {
    p_.write(clause.keyword == "applies" ? "applies when " : clause.keyword + " ");
    expression(clause.condition, 2 * step);
  }

  void print_clause(const ast::CitesClause& clause) {
    p_.write("cites ");
    const std::size_t column = p_.column();
    for (std::size_t i = 0; i < clause.refs.size(); ++i) {
      if (i > 0) {
        p_.write(",");
        if (source_.has_newline(clause.refs[i - 1].end, clause.refs[i].begin)) {
          p_.line(clause.refs[i].begin, column, false);
        } else {
          p_.write(" ");
        }
      }
      provision_ref(clause.refs[i]);
    }
  }

  void print_clause(const ast::KeywordClause& clause) {
    p_.write(clause.keyword);
    if (clause.argument) {
      p_.write(" " + clause.argument->text);
    }
  }

  void print_clause(const ast::UnlessClause& clause) {
    p_.write("unless " + clause.name.text + ": ");
    expression(clause.condition, 3 * step);
    if (clause.cites) {
      if (source_.has_newline(clause.condition.end, clause.cites->begin)) {
        p_.line(clause.cites->begin, 2 * step, false);
      } else {
        p_.write(" ");
      }
      p_.set_continuation(3 * step);
      print_clause(*clause.cites);
    }
  }

  void print_clause(const ast::ImposesClause& clause) {
    p_.write("imposes " + clause.key.text);
    Offset last = clause.key.end;
    if (clause.value) {
      p_.write(" ");
      literal(*clause.value);
      last = node_of_variant(*clause.value).end;
    }
    text_after(last, clause.description, 2 * step);
  }

  void print_clause(const ast::GivenClause& clause) {
    p_.write("given " + clause.path.text + " = ");
    literal(clause.value);
  }

  void print_clause(const ast::ExpectClause& clause) {
    if (!clause.rule) {
      p_.write("expect decision " + clause.value.text);
      return;
    }
    const bool exception = clause.relation == "exception";
    p_.write("expect " + clause.rule->text + (exception ? " exception " : " is ") + clause.value.text);
  }

  // --- pieces
  // -------------------------------------------------------------------------------------------------
  void provision_ref(const ast::ProvisionRef& ref) {
    // `第26条` is written without spaces; the number as parsed keeps its closing 条.
    std::string label = ref.instrument.text + " " + ref.kind + (ref.kind == "\u7b2c" ? "" : " ") + ref.number;
    if (ref.paragraph) {
      label += "(" + *ref.paragraph + ")";
    }
    if (ref.item) {
      label += "(" + *ref.item + ")";
    }
    p_.write(label);
  }

  // A text after a keyword: on the same line, or on the next line at `indent` where the author put it there.
  void text_after(Offset previous_end, const ast::Text& value, std::size_t indent) {
    if (source_.has_newline(previous_end, value.begin)) {
      p_.line(value.begin, indent, false);
    } else {
      p_.write(" ");
    }
    text(value);
  }

  // The strings of a text, each on its own line (aligned under the first) where the author broke the line.
  void text(const ast::Text& value) {
    const auto pieces = source_.pieces(value);
    const std::size_t column = p_.column();
    for (std::size_t i = 0; i < value.pieces.size(); ++i) {
      if (i > 0) {
        if (source_.has_newline(pieces[i - 1].second, pieces[i].first)) {
          p_.line(pieces[i].first, column, false);
        } else {
          p_.write(" ");
        }
      }
      p_.write("\"" + value.pieces[i] + "\"");
    }
  }

  void set(const ast::SetLit& value) {
    p_.write("{");
    const std::size_t column = p_.column();
    for (std::size_t i = 0; i < value.values.size(); ++i) {
      if (i > 0) {
        p_.write(",");
        if (source_.has_newline(value.values[i - 1].end, value.values[i].begin)) {
          p_.line(value.values[i].begin, column, false);
        } else {
          p_.write(" ");
        }
      }
      p_.write(value.values[i].text);
    }
    p_.write("}");
  }

  void number(const ast::NumberLit& value) {
    p_.write(value.digits);
    if (value.unit) {
      p_.write(" " + value.unit->text);
    }
  }

  void literal(const ast::Literal& value) {
    boost::apply_visitor(Overloaded{[&](const ast::NumberLit& n) { number(n); },
                                    [&](const ast::DateLit& d) { p_.write(d.text); },
                                    [&](const ast::BoolLit& b) { p_.write(b.value ? "true" : "false"); },
                                    [&](const ast::SetLit& s) { set(s); },
                                    [&](const ast::Text& t) { text(t); },
                                    [&](const ast::Ident& w) { p_.write(w.text); }},
                         value);
  }

  // --- expressions
  // -------------------------------------------------------------------------------------------- A break the
  // author made before `and` or `or` is kept, at `continuation`.
  void operator_break(Offset previous_end, Offset next_begin, std::string_view op) {
    if (source_.has_newline(previous_end, next_begin)) {
      p_.line(next_begin, continuation_, false);
      p_.write(std::string(op) + " ");
    } else {
      p_.write(" " + std::string(op) + " ");
    }
  }

  void expression(const ast::Expr& expr, std::size_t continuation) {
    const std::size_t saved = continuation_;
    continuation_ = continuation;
    p_.set_continuation(continuation);
    disjunction(expr);
    continuation_ = saved;
  }

  void disjunction(const ast::Expr& expr) {
    conjunction(expr.first);
    Offset previous = expr.first.end;
    for (const ast::And& operand : expr.rest) {
      operator_break(previous, operand.begin, "or");
      conjunction(operand);
      previous = operand.end;
    }
  }

  void conjunction(const ast::And& expr) {
    unary(expr.first);
    Offset previous = expr.first.end;
    for (const ast::Unary& operand : expr.rest) {
      operator_break(previous, operand.begin, "and");
      unary(operand);
      previous = operand.end;
    }
  }

  void unary(const ast::Unary& expr) {
    for (std::size_t i = 0; i < expr.nots.size(); ++i) {
      p_.write("not ");
    }
    additive(expr.operand.left);
    if (expr.operand.tail) {
      p_.write(" " + expr.operand.tail->op + " ");
      additive(expr.operand.tail->right);
    }
  }

  void additive(const ast::Additive& expr) {
    primary(expr.first);
    for (const ast::AddTail& tail : expr.rest) {
      p_.write(std::string(" ") + tail.op + " ");
      primary(tail.operand);
    }
  }

  void primary(const ast::Primary& expr) {
    boost::apply_visitor(
        Overloaded{[&](const ast::Ident& w) { p_.write(w.text); },
                   [&](const ast::NumberLit& n) { number(n); },
                   [&](const ast::DateLit& d) { p_.write(d.text); }, [&](const ast::Text& t) { text(t); },
                   [&](const ast::BoolLit& b) { p_.write(b.value ? "true" : "false"); },
                   [&](const ast::SetLit& s) { set(s); }, [&](const ast::AsOf&) { p_.write("as_of"); },
                   [&](const ast::Call& c) { p_.write(c.function + "(" + c.argument.text + ")"); },
                   [&](const boost::spirit::x3::forward_ast<ast::Expr>& group) {
                     p_.write("(");
                     disjunction(group.get());
                     p_.write(")");
                   }},
        expr);
  }

  const Source& source_;
  Printer& p_;
  std::size_t continuation_ = 2 * step;
};

// The description of one text's parse, and its imports: equal for two texts with the same meaning.
std::string meaning_of(const std::string& path, const std::string& text) {
  Program program;
  const FileId file = program.sources.add(path, text);
  Diagnostics ignored;
  std::vector<std::string> imports;
  parse(file, program, ignored, &imports);
  std::string out = describe(program);
  for (const std::string& import : imports) {
    out += "import " + import + "\n";
  }
  return out;
}

} // namespace

std::optional<std::string> format(FileId file, const SourceMap& sources, Diagnostics& diagnostics) {
  const SourceFile& source_file = sources.file(file);
  std::vector<syntax::Declaration> declarations;
  const bool ok = syntax::parse_declarations(
      source_file, file, diagnostics, [&](syntax::Declaration&& d) { declarations.push_back(std::move(d)); });
  if (!ok) {
    return std::nullopt;
  }
  const Source source(source_file.text());
  Printer printer(source, syntax::scan_comments(source_file.text()));
  Formatter formatter(source, printer);
  Offset low = 0;
  for (const syntax::Declaration& declaration : declarations) {
    const ast::Node& node = syntax::node_of(declaration);
    printer.set_low(low);
    printer.line(node.begin, 0, true);
    printer.set_continuation(2);
    formatter.declaration(declaration);
    const Offset high = source.line_end(node.end);
    printer.set_low(low);
    printer.flush(high, 0);
    low = high;
  }
  printer.set_low(low);
  std::string formatted = printer.finish();

  if (meaning_of(source_file.path(), formatted) != meaning_of(source_file.path(), source_file.text())) {
    auto& diagnostic = diagnostics.error("FP-E0007", Span{file, 0, 0},
                                         "formatting `" + source_file.path() + "` would change its meaning");
    diagnostic.label = "left as it is";
    diagnostic.help = "this is a bug in `facepia fmt`; please report it with the file";
    return std::nullopt;
  }
  return formatted;
}

} // namespace facepia::dsl
