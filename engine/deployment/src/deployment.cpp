// Deployment YAML, checked against the vocabulary. Codes FP-D0xxx:
//   D0001 YAML syntax, D0002 not a mapping / no deployment, D0003 nested too deep, D0004 a YAML tag,
//   D0005 a key twice in one mapping, D0101 unknown fact, D0102 derived fact stated,
//   D0103 stated twice, D0104 a group needs a mapping, D0105 bad key, D0201 wrong type, D0202 not an enum
//   value, D0203 malformed date, D0204 wrong unit, D0205 a negative number, D0206 text that is not
//   UTF-8 or holds a control character, D0301 overrides, D0401 unreadable file or directory.
#include "facepia/engine/deployment.hpp"

#include "facepia/dsl/dsl.hpp"
#include "facepia/dsl/suggest.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

namespace facepia::engine {
namespace fs = std::filesystem;

namespace {

// How deep a deployment may nest mappings and lists. Real deployments nest three or four levels (a group, an
// override, its factors); yaml-cpp's own guard, far deeper, only says "bad file".
constexpr std::size_t max_yaml_depth = 32;

// Input the first pass refuses, with where and why; reported as its own FP-D code rather than as invalid
// YAML.
struct Refused : YAML::ParserException {
  Refused(const YAML::Mark& where, std::string code_, const std::string& message, std::string help_)
      : YAML::ParserException(where, message), code(std::move(code_)), help(std::move(help_)) {}
  std::string code;
  std::string help;
};

// The first pass over the parser's events, before LoadAll builds the tree:
// - yaml-cpp 0.7 never returns on some invalid inputs: a stray `,` outside a flow collection makes LoadAll
// emit
//   empty documents for ever, allocating until memory runs out (jbeder/yaml-cpp#1040, fixed upstream by
//   #1319; found by engine/fuzz). YAML has fewer than two events per byte of input, so a stream that exceeds
//   four per byte is that loop, and is rejected as invalid YAML.
// - nesting deeper than max_yaml_depth is refused (FP-D0003);
// - an explicit tag (`!!str true`, `!foo`) is refused (FP-D0004): a tag would change how a value reads
//   (`!!str true` is text, `!!float 1` a number) behind the vocabulary's types, which alone decide that.
class EventBudget : public YAML::EventHandler {
public:
  explicit EventBudget(std::size_t bytes) : left_(4 * bytes + 16) {}
  void OnDocumentStart(const YAML::Mark& mark) override { spend(mark); }
  void OnDocumentEnd() override { spend(last_); }
  void OnNull(const YAML::Mark& mark, YAML::anchor_t) override { spend(mark); }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override { spend(mark); }
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t, const std::string&) override {
    spend(mark);
    check_tag(mark, tag);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {
    spend(mark);
    check_tag(mark, tag);
    enter(mark);
  }
  void OnSequenceEnd() override {
    spend(last_);
    --depth_;
  }
  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {
    spend(mark);
    check_tag(mark, tag);
    enter(mark);
  }
  void OnMapEnd() override {
    spend(last_);
    --depth_;
  }

private:
  void spend(const YAML::Mark& mark) {
    last_ = mark;
    if (left_ == 0) {
      throw YAML::ParserException(mark, "unexpected `,` or other token the parser cannot get past");
    }
    --left_;
  }
  void enter(const YAML::Mark& mark) {
    if (++depth_ > max_yaml_depth) {
      throw Refused(mark, "FP-D0003",
                    "the deployment nests deeper than " + std::to_string(max_yaml_depth) + " levels",
                    "a deployment is a mapping of facts and groups of facts, a few levels deep");
    }
  }
  // "?" is a plain scalar or collection, "!" a quoted scalar: no tag written.
  static void check_tag(const YAML::Mark& mark, const std::string& tag) {
    if (!tag.empty() && tag != "?" && tag != "!") {
      throw Refused(mark, "FP-D0004", "a YAML tag (`" + tag + "`) is not allowed in a deployment",
                    "remove the tag: each fact's type in the vocabulary decides how its value reads");
    }
  }
  std::size_t left_;
  std::size_t depth_ = 0;
  YAML::Mark last_ = YAML::Mark::null_mark();
};

// Throws YAML::ParserException where yaml-cpp would not return; other syntax errors are left to LoadAll.
void check_yaml_terminates(const std::string& text) {
  std::istringstream in(text);
  YAML::Parser parser(in);
  EventBudget budget(text.size());
  while (parser.HandleNextDocument(budget)) {
  }
}

// Units that count time or people: a quantity in them is never negative.
bool is_non_negative_unit(std::string_view unit) {
  static const std::set<std::string_view> units = {"seconds", "minutes", "hours",   "days",   "weeks",
                                                   "months",  "years",   "persons", "people", "percent"};
  return units.count(unit) > 0;
}

// Why a text cannot be taken as written: not UTF-8 (it could not go into the JSON record or a report), or a
// control character (which a terminal would obey); nullopt when it can.
std::optional<std::string> text_problem(const std::string& text) {
  if (!dsl::is_valid_utf8(text)) {
    return "text that is not UTF-8";
  }
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte < 0x20U && c != '\n' && c != '\t') || byte == 0x7FU) {
      static constexpr char hex[] = "0123456789ABCDEF";
      return std::string("text holding the control character U+00") + hex[byte >> 4U] + hex[byte & 0xFU];
    }
  }
  return std::nullopt;
}

bool is_identifier(std::string_view s) {
  if (s.empty() || !((s[0] >= 'a' && s[0] <= 'z') || s[0] == '_')) {
    return false;
  }
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

bool is_fact_path(std::string_view s) {
  std::size_t start = 0;
  while (true) {
    const std::size_t dot = s.find('.', start);
    if (!is_identifier(
            s.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start))) {
      return false;
    }
    if (dot == std::string_view::npos) {
      return true;
    }
    start = dot + 1;
  }
}

std::string join(const std::vector<std::string>& items, std::string_view separator, std::size_t limit = 0) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (limit != 0 && i == limit) {
      out += std::string(separator) + "...";
      break;
    }
    out += (i == 0 ? "" : std::string(separator)) + "`" + items[i] + "`";
  }
  return out;
}

class Parser {
public:
  Parser(dsl::FileId file, const Vocabulary& vocabulary, DeploymentLoad& load)
      : file_(file), text_(load.sources.file(file).text()), vocabulary_(vocabulary),
        shared_vocabulary_(vocabulary.weak_from_this().lock()), load_(load) {
    if (shared_vocabulary_ == nullptr) {
      // Not held by a shared_ptr (as it should be): the deployments keep a copy alive.
      shared_vocabulary_ = std::make_shared<const Vocabulary>(vocabulary);
    }
    for (const auto& fact : vocabulary_.facts()) {
      if (!fact.derived) {
        stated_paths_.push_back(fact.path);
      }
    }
  }

  void run() {
    std::vector<YAML::Node> documents;
    try {
      check_yaml_terminates(text_);
      documents = YAML::LoadAll(text_);
    } catch (const Refused& e) {
      auto& d = load_.diagnostics.error(e.code, span_at(e.mark, 1), e.msg);
      d.label = "here";
      d.help = e.help;
      return;
    } catch (const YAML::Exception& e) {
      auto& d = load_.diagnostics.error("FP-D0001", span_at(e.mark, 1),
                                        "the deployment is not valid YAML: " + e.msg);
      d.label = "here";
      d.help = "a deployment is a YAML mapping of facts, e.g. `consent: {separate: true}`";
      return;
    } catch (const std::exception& e) {
      load_.diagnostics.error("FP-D0001", dsl::Span{file_, 0, 0},
                              std::string("the deployment could not be read: ") + e.what());
      return;
    }
    std::size_t index = 0;
    std::size_t found = 0;
    for (const auto& document : documents) {
      if (document.IsNull()) {
        ++index;
        continue;
      }
      ++found;
      if (!document.IsMap()) {
        auto& d = load_.diagnostics.error("FP-D0002", node_span(document),
                                          "a deployment must be a mapping of facts");
        d.label = std::string("found ") + kind_name(document);
        d.help = "write one fact per line, e.g. `processing.creates_templates: true`";
        ++index;
        continue;
      }
      Deployment deployment;
      deployment.facts = Facts(shared_vocabulary_);
      stated_at_.clear();
      deployment.file = load_.sources.file(file_).path();
      deployment.document = index;
      deployment.span = node_span(document);
      current_ = &deployment;
      walk(document, "", true);
      if (deployment.name.empty()) {
        deployment.name = fs::path(deployment.file).stem().string();
        if (documents.size() > 1) {
          deployment.name += "#" + std::to_string(index + 1);
        }
      }
      deployment.facts.freeze();
      std::sort(deployment.overrides.begin(), deployment.overrides.end(),
                [](const Override& a, const Override& b) { return a.fact < b.fact; });
      load_.deployments.push_back(std::move(deployment));
      ++index;
    }
    if (found == 0) {
      auto& d =
          load_.diagnostics.error("FP-D0002", dsl::Span{file_, 0, 0}, "the file declares no deployment");
      d.help = "a deployment is a YAML mapping of facts, e.g. `processing.creates_templates: true`";
    }
  }

private:
  static std::string kind_name(const YAML::Node& node) {
    switch (node.Type()) {
    case YAML::NodeType::Map:
      return "a mapping";
    case YAML::NodeType::Sequence:
      return "a list";
    case YAML::NodeType::Scalar:
      return "`" + node.Scalar() + "`";
    case YAML::NodeType::Null:
      return "nothing";
    default:
      return "an undefined value";
    }
  }

  static bool quoted(const YAML::Node& node) { return node.Tag() == "!"; }

  // The span of a node: from its mark to the end of its scalar, or to the end of its first line.
  dsl::Span span_at(const YAML::Mark& mark, std::size_t min_length) const {
    if (mark.pos < 0 || static_cast<std::size_t>(mark.pos) > text_.size()) {
      return dsl::Span{file_, 0, 0};
    }
    const auto begin = static_cast<std::size_t>(mark.pos);
    std::size_t end = begin;
    if (end < text_.size() && (text_[end] == '"' || text_[end] == '\'')) {
      const char quote = text_[end];
      ++end;
      while (end < text_.size() && text_[end] != quote && text_[end] != '\n') {
        end +=
            (text_[end] == '\\' && quote == '"' && end + 1 < text_.size()) ? std::size_t{2} : std::size_t{1};
      }
      end = std::min(text_.size(), end + 1);
    } else {
      while (end < text_.size() && text_[end] != '\n' && text_[end] != ',' && text_[end] != ']' &&
             text_[end] != '}' && !(text_[end] == '#' && end > begin && text_[end - 1] == ' ') &&
             !(text_[end] == ':' &&
               (end + 1 == text_.size() || text_[end + 1] == ' ' || text_[end + 1] == '\n'))) {
        ++end;
      }
      while (end > begin && (text_[end - 1] == ' ' || text_[end - 1] == '\t' || text_[end - 1] == '\r' ||
                             text_[end - 1] == '#')) {
        --end;
      }
    }
    end = std::max(end, std::min(text_.size(), begin + min_length));
    return dsl::Span{file_, static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)};
  }

  dsl::Span node_span(const YAML::Node& node) const { return span_at(node.Mark(), 1); }

  dsl::Span value_span(const YAML::Node& value, const YAML::Node& key) const {
    return value.Mark().pos >= 0 && !value.IsNull() ? node_span(value) : node_span(key);
  }

  std::string example(const dsl::FactDecl& fact) const {
    const std::string last = fact.path.substr(fact.path.rfind('.') + 1);
    switch (fact.type.kind) {
    case dsl::TypeKind::boolean:
      return "`" + fact.path + ": true`";
    case dsl::TypeKind::number:
      return fact.type.unit.empty()
                 ? "`" + fact.path + ": 22`"
                 : "`" + fact.path + ": 30` or `" + fact.path + ": \"30 " + fact.type.unit + "\"`";
    case dsl::TypeKind::date:
      return "`" + fact.path + ": 2021-11-01`";
    case dsl::TypeKind::text:
      return "`" + fact.path + ": \"...\"`";
    case dsl::TypeKind::enumeration:
    case dsl::TypeKind::set_of_enum: {
      const auto* decl = vocabulary_.find_enum(fact.type.enum_name);
      const std::string first = decl && !decl->values.empty() ? decl->values.front() : "value";
      return fact.type.kind == dsl::TypeKind::enumeration ? "`" + fact.path + ": " + first + "`"
                                                          : "`" + fact.path + ": [" + first + "]`";
    }
    }
    return "";
  }

  dsl::Diagnostic& type_error(const std::string& code, dsl::Span span, const dsl::FactDecl& fact,
                              const std::string& expected, const std::string& found) {
    auto& d =
        load_.diagnostics.error(code, span, "`" + fact.path + "` expects " + expected + ", found " + found);
    d.label = "expected " + expected;
    d.help = "write it as " + example(fact);
    d.notes.push_back("`" + fact.path + "`: " + fact.meaning);
    return d;
  }

  std::optional<dsl::Value> parse_value(const YAML::Node& node, dsl::Span span, const dsl::FactDecl& fact) {
    const auto& type = fact.type;
    if (type.kind == dsl::TypeKind::set_of_enum) {
      if (!node.IsSequence()) {
        type_error("FP-D0201", span, fact, "a list of `" + type.enum_name + "` values", kind_name(node));
        return std::nullopt;
      }
      dsl::EnumSet set;
      bool ok = true;
      for (const auto& item : node) {
        if (!item.IsScalar()) {
          type_error("FP-D0201", node_span(item), fact, "a list of `" + type.enum_name + "` values",
                     "a list holding " + kind_name(item));
          ok = false;
          continue;
        }
        if (auto value = enum_value(item, node_span(item), fact)) {
          set.insert(*value);
        } else {
          ok = false;
        }
      }
      return ok ? std::optional<dsl::Value>(std::move(set)) : std::nullopt;
    }
    if (!node.IsScalar()) {
      const std::string expected = type.kind == dsl::TypeKind::boolean  ? "`true` or `false`"
                                   : type.kind == dsl::TypeKind::number ? "a number"
                                   : type.kind == dsl::TypeKind::date   ? "a date YYYY-MM-DD"
                                   : type.kind == dsl::TypeKind::text   ? "text"
                                                                      : "one `" + type.enum_name + "` value";
      type_error("FP-D0201", span, fact, expected, kind_name(node));
      return std::nullopt;
    }
    const std::string& text = node.Scalar();
    switch (type.kind) {
    case dsl::TypeKind::boolean:
      if (!quoted(node)) {
        if (text == "true" || text == "True" || text == "TRUE") {
          return dsl::Value{true};
        }
        if (text == "false" || text == "False" || text == "FALSE") {
          return dsl::Value{false};
        }
      }
      type_error("FP-D0201", span, fact, "`true` or `false`",
                 quoted(node) ? "the text \"" + text + "\"" : "`" + text + "`");
      return std::nullopt;
    case dsl::TypeKind::number:
      return parse_number(text, span, fact);
    case dsl::TypeKind::date: {
      if (auto date = dsl::Date::parse(text); date && text.size() == 10) {
        return dsl::Value{*date};
      }
      auto& d = type_error("FP-D0203", span, fact, "a date YYYY-MM-DD", "`" + text + "`");
      d.label = "not a calendar date YYYY-MM-DD";
      return std::nullopt;
    }
    case dsl::TypeKind::text:
      if (const auto problem = text_problem(text)) {
        auto& d = type_error("FP-D0206", span, fact, "UTF-8 text", *problem);
        d.label = "expected UTF-8 text without control characters";
        return std::nullopt;
      }
      return dsl::Value{text};
    case dsl::TypeKind::enumeration:
      if (auto value = enum_value(node, span, fact)) {
        return dsl::Value{dsl::EnumValue{*value}};
      }
      return std::nullopt;
    case dsl::TypeKind::set_of_enum:
      break;
    }
    return std::nullopt;
  }

  std::optional<std::string> enum_value(const YAML::Node& node, dsl::Span span, const dsl::FactDecl& fact) {
    const auto* decl = vocabulary_.find_enum(fact.type.enum_name);
    const std::string& text = node.Scalar();
    if (decl != nullptr && std::find(decl->values.begin(), decl->values.end(), text) != decl->values.end()) {
      return text;
    }
    auto& d = load_.diagnostics.error("FP-D0202", span,
                                      "`" + text + "` is not a `" + fact.type.enum_name + "` value of `" +
                                          fact.path + "`");
    d.label = "expected one of the `" + fact.type.enum_name + "` values";
    if (decl != nullptr) {
      if (auto suggestion = dsl::did_you_mean(text, decl->values)) {
        d.help = "did you mean `" + *suggestion + "`?";
      } else {
        d.help = "expected one of " + join(decl->values, ", ");
      }
      if (d.help && d.help->rfind("did you mean", 0) == 0) {
        d.notes.push_back("the `" + fact.type.enum_name + "` values are " + join(decl->values, ", "));
      }
    }
    return std::nullopt;
  }

  std::optional<dsl::Value> parse_number(const std::string& text, dsl::Span span, const dsl::FactDecl& fact) {
    const std::string& unit = fact.type.unit;
    const std::string expected = unit.empty() ? "a number" : "a number of " + unit;
    std::string_view rest = text;
    while (!rest.empty() && rest.front() == ' ') {
      rest.remove_prefix(1);
    }
    double value = 0;
    const auto [ptr, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), value);
    if (ec != std::errc{} || !std::isfinite(value)) {
      type_error("FP-D0201", span, fact, expected, "`" + text + "`");
      return std::nullopt;
    }
    std::string_view written_unit(ptr, static_cast<std::size_t>(rest.data() + rest.size() - ptr));
    while (!written_unit.empty() && written_unit.front() == ' ') {
      written_unit.remove_prefix(1);
    }
    while (!written_unit.empty() && written_unit.back() == ' ') {
      written_unit.remove_suffix(1);
    }
    if (!written_unit.empty() && written_unit != unit && std::string(written_unit) + "s" != unit) {
      auto& d = load_.diagnostics.error("FP-D0204", span,
                                        "`" + fact.path + "` is counted in " +
                                            (unit.empty() ? "plain numbers" : unit) + ", not in " +
                                            std::string(written_unit));
      d.label = "expected " + expected;
      d.help = "write it as " + example(fact);
      return std::nullopt;
    }
    if (value < 0 && is_non_negative_unit(unit)) {
      auto& d = load_.diagnostics.error(
          "FP-D0205", span, "`" + fact.path + "` is counted in " + unit + " and cannot be negative");
      d.label = "expected zero or more";
      d.help = "write it as " + example(fact);
      return std::nullopt;
    }
    return dsl::Value{dsl::Quantity{value, unit}};
  }

  void walk(const YAML::Node& map, const std::string& prefix, bool top) {
    std::map<std::string, dsl::Span> keys; // where each key of this mapping was first written
    for (auto it = map.begin(); it != map.end(); ++it) {
      const YAML::Node key = it->first;
      const YAML::Node value = it->second;
      // A key written twice in one mapping is an error even where the second says nothing (`separate:`) or
      // would silently win (`name`); when walking it reports something already (a fact stated twice), that
      // is enough.
      const std::size_t diagnostics_before = load_.diagnostics.items().size();
      std::optional<dsl::Span> first;
      if (key.IsScalar()) {
        const auto [slot, inserted] = keys.emplace(key.Scalar(), node_span(key));
        if (!inserted) {
          first = slot->second;
        }
      }
      const bool repeated = first.has_value();
      walk_entry(key, value, prefix, top);
      if (repeated && load_.diagnostics.items().size() == diagnostics_before) {
        auto& d = load_.diagnostics.error("FP-D0005", node_span(key),
                                          "`" + key.Scalar() + "` is written twice in this mapping");
        d.label = "written again here";
        const auto at = load_.sources.file(file_).line_column(first->begin);
        d.notes.push_back("first written at line " + std::to_string(at.line) + ", column " +
                          std::to_string(at.column));
        d.help = "keep one of the two";
      }
    }
  }

  void walk_entry(const YAML::Node& key, const YAML::Node& value, const std::string& prefix, bool top) {
    if (!key.IsScalar()) {
      auto& d = load_.diagnostics.error("FP-D0105", node_span(key), "a key must be a fact name");
      d.label = std::string("found ") + kind_name(key);
      d.help = "write fact names as plain words, e.g. `consent.separate: true`";
      return;
    }
    const std::string& name = key.Scalar();
    const std::string path = prefix.empty() ? name : prefix + "." + name;
    if (top && name == "name" && !vocabulary_.index("name")) {
      if (!value.IsScalar()) {
        auto& d = load_.diagnostics.error("FP-D0201", value_span(value, key),
                                          "`name` expects text, found " + kind_name(value));
        d.label = "expected text";
        d.help = "write it as `name: \"Entrance gate, Hangzhou Safari Park\"`";
      } else if (const auto problem = text_problem(value.Scalar())) {
        auto& d = load_.diagnostics.error("FP-D0206", value_span(value, key),
                                          "`name` expects UTF-8 text, found " + *problem);
        d.label = "expected UTF-8 text without control characters";
        d.help = "save the file as UTF-8, without control characters";
      } else {
        current_->name = value.Scalar();
      }
      return;
    }
    if (top && name == "overrides") {
      parse_overrides(value, key);
      return;
    }
    const dsl::Span key_span = node_span(key);
    if (!is_fact_path(path)) {
      auto& d = load_.diagnostics.error("FP-D0105", key_span, "`" + name + "` is not a fact name");
      d.label = "fact names are lower-case words joined by dots";
      if (auto suggestion = suggest(path)) {
        d.help = "did you mean `" + *suggestion + "`?";
      }
      return;
    }
    if (auto index = vocabulary_.index(path)) {
      const auto& fact = vocabulary_.fact(*index);
      if (fact.derived) {
        auto& d = load_.diagnostics.error("FP-D0102", key_span,
                                          "`" + path + "` is judged by an assessor and cannot be stated");
        d.label = "a derived fact";
        d.help = "to correct the assessor, write `overrides: {" + path +
                 ": {value: ..., justification: \"...\"}}` with the reason";
        return;
      }
      if (value.IsNull()) {
        return; // stated as unknown: the same as not stating it
      }
      auto parsed = parse_value(value, value_span(value, key), fact);
      if (!parsed) {
        return;
      }
      auto [slot, inserted] = stated_at_.emplace(*index, value_span(value, key));
      if (inserted) {
        current_->facts.set(*index, std::move(*parsed));
      } else {
        auto& d = load_.diagnostics.error("FP-D0103", key_span, "`" + path + "` is stated twice");
        d.label = "stated again here";
        const auto first = load_.sources.file(file_).line_column(slot->second.begin);
        d.notes.push_back("first stated at line " + std::to_string(first.line));
        d.help = "keep one of the two statements";
      }
      return;
    }
    if (vocabulary_.is_group(path)) {
      if (value.IsMap()) {
        walk(value, path, false);
      } else if (!value.IsNull()) {
        auto& d = load_.diagnostics.error("FP-D0104", value_span(value, key),
                                          "`" + path + "` is a group of facts; expected a mapping, found " +
                                              kind_name(value));
        d.label = "expected a mapping";
        d.help = "state the facts of the group: " + join(members(path), ", ", 6);
      }
      return;
    }
    auto& d = load_.diagnostics.error("FP-D0101", key_span, "unknown fact `" + path + "`");
    d.label = "not declared in the vocabulary of the rules";
    if (auto suggestion = suggest(path)) {
      d.help = "did you mean `" + *suggestion + "`?";
    } else if (!prefix.empty()) {
      d.help = "the facts of `" + prefix + "` are " + join(members(prefix), ", ", 8);
    } else {
      d.help = "the rules declare the facts a deployment may state (`fact ...` in the rule files)";
    }
  }

  std::vector<std::string> members(const std::string& group) const {
    std::vector<std::string> out;
    for (const auto& path : stated_paths_) {
      if (path.size() > group.size() && path.compare(0, group.size(), group) == 0 &&
          path[group.size()] == '.') {
        out.push_back(path);
      }
    }
    return out;
  }

  std::optional<std::string> suggest(const std::string& path) const {
    // A fact whose last words are the key (`separate` -> `consent.separate`).
    std::vector<std::string> suffix_matches;
    for (const auto& candidate : stated_paths_) {
      if (candidate.size() > path.size() &&
          candidate.compare(candidate.size() - path.size(), path.size(), path) == 0 &&
          candidate[candidate.size() - path.size() - 1] == '.') {
        suffix_matches.push_back(candidate);
      }
    }
    if (suffix_matches.size() == 1) {
      return suffix_matches.front();
    }
    return dsl::did_you_mean(path, stated_paths_);
  }

  void parse_overrides(const YAML::Node& node, const YAML::Node& key) {
    if (node.IsNull()) {
      return;
    }
    if (!node.IsMap()) {
      auto& d =
          load_.diagnostics.error("FP-D0301", value_span(node, key),
                                  "`overrides` expects a mapping of derived facts, found " + kind_name(node));
      d.label = "expected a mapping";
      d.help = "write `overrides: {assess.power_imbalance: {value: false, justification: \"...\"}}`";
      return;
    }
    static const std::vector<std::string> fields = {"value", "factors", "justification"};
    for (auto it = node.begin(); it != node.end(); ++it) {
      const YAML::Node fact_key = it->first;
      const YAML::Node body = it->second;
      const dsl::Span fact_span = node_span(fact_key);
      if (!fact_key.IsScalar()) {
        load_.diagnostics.error("FP-D0301", fact_span,
                                "an override is named by the derived fact it overrides");
        continue;
      }
      const std::string& path = fact_key.Scalar();
      const auto index = vocabulary_.index(path);
      if (!index) {
        auto& d = load_.diagnostics.error("FP-D0301", fact_span,
                                          "unknown derived fact `" + path + "` in `overrides`");
        d.label = "not declared in the vocabulary of the rules";
        std::vector<std::string> derived;
        for (const auto& fact : vocabulary_.facts()) {
          if (fact.derived) {
            derived.push_back(fact.path);
          }
        }
        if (auto suggestion = dsl::did_you_mean(path, derived)) {
          d.help = "did you mean `" + *suggestion + "`?";
        } else if (!derived.empty()) {
          d.help = "the derived facts are " + join(derived, ", ", 8);
        }
        continue;
      }
      const auto& fact = vocabulary_.fact(*index);
      if (!fact.derived) {
        auto& d = load_.diagnostics.error("FP-D0301", fact_span,
                                          "`" + path + "` is not derived; state it directly");
        d.label = "only an assessor's judgement can be overridden";
        d.help = "write `" + path + ": ...` among the facts";
        continue;
      }
      if (!body.IsMap()) {
        auto& d = load_.diagnostics.error("FP-D0301", value_span(body, fact_key),
                                          "the override of `" + path + "` expects a mapping, found " +
                                              kind_name(body));
        d.label = "expected `{value: ..., justification: \"...\"}`";
        d.help = "write `" + path +
                 ": {value: " + (fact.type.kind == dsl::TypeKind::boolean ? "false" : "...") +
                 ", justification: \"...\"}`";
        continue;
      }
      Override override_;
      override_.fact = path;
      override_.span = fact_span;
      bool ok = true;
      bool has_justification = false;
      for (auto field = body.begin(); field != body.end(); ++field) {
        const std::string field_name = field->first.IsScalar() ? field->first.Scalar() : std::string();
        const YAML::Node field_value = field->second;
        const dsl::Span field_span = value_span(field_value, field->first);
        if (field_name == "value") {
          if (auto parsed = parse_value(field_value, field_span, fact)) {
            override_.value = std::move(*parsed);
          } else {
            ok = false;
          }
        } else if (field_name == "justification") {
          if (!field_value.IsScalar() ||
              field_value.Scalar().find_first_not_of(" \t\n") == std::string::npos) {
            auto& d = load_.diagnostics.error("FP-D0301", field_span,
                                              "the justification of an override must be written text");
            d.label = "expected text";
            d.help = "explain why the assessor's judgement does not fit this deployment";
            ok = false;
          } else if (const auto problem = text_problem(field_value.Scalar())) {
            auto& d = load_.diagnostics.error("FP-D0206", field_span,
                                              "the justification of an override expects UTF-8 text, found " +
                                                  *problem);
            d.label = "expected UTF-8 text without control characters";
            ok = false;
          } else {
            override_.justification = field_value.Scalar();
            has_justification = true;
          }
        } else if (field_name == "factors") {
          if (!field_value.IsMap()) {
            auto& d = load_.diagnostics.error(
                "FP-D0301", field_span,
                "`factors` expects a mapping of factor names to values, found " + kind_name(field_value));
            d.label = "expected a mapping";
            d.help = "write `factors: {alternative_offered: true}`";
            ok = false;
            continue;
          }
          for (auto factor = field_value.begin(); factor != field_value.end(); ++factor) {
            if (!factor->first.IsScalar() || !is_identifier(factor->first.Scalar()) ||
                !factor->second.IsScalar() || text_problem(factor->second.Scalar())) {
              auto& d = load_.diagnostics.error("FP-D0301", node_span(factor->first),
                                                "a factor is a name and one plain value");
              d.help = "write `factors: {alternative_offered: true}`";
              ok = false;
              continue;
            }
            override_.factors[factor->first.Scalar()] = factor_value(factor->second);
          }
        } else {
          auto& d =
              load_.diagnostics.error("FP-D0301", node_span(field->first),
                                      "unknown field `" + field_name + "` in the override of `" + path + "`");
          d.label = "expected `value`, `factors` or `justification`";
          if (auto suggestion = dsl::did_you_mean(field_name, fields)) {
            d.help = "did you mean `" + *suggestion + "`?";
          }
          ok = false;
        }
      }
      if (ok && !has_justification) {
        auto& d = load_.diagnostics.error("FP-D0301", fact_span,
                                          "the override of `" + path + "` has no justification");
        d.label = "an override needs a written reason";
        d.help = "add `justification: \"...\"`";
        ok = false;
      }
      if (ok && !override_.value && override_.factors.empty()) {
        auto& d = load_.diagnostics.error("FP-D0301", fact_span,
                                          "the override of `" + path + "` overrides nothing");
        d.help = "give `value: ...` or `factors: {...}`";
        ok = false;
      }
      if (ok) {
        for (const auto& existing : current_->overrides) {
          if (existing.fact == path) {
            load_.diagnostics.error("FP-D0103", fact_span, "`" + path + "` is overridden twice");
            ok = false;
          }
        }
      }
      if (ok) {
        current_->overrides.push_back(std::move(override_));
      }
    }
  }

  static dsl::Value factor_value(const YAML::Node& node) {
    const std::string& text = node.Scalar();
    if (!quoted(node)) {
      if (text == "true") {
        return true;
      }
      if (text == "false") {
        return false;
      }
      double number = 0;
      const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), number);
      if (ec == std::errc{} && ptr == text.data() + text.size() && std::isfinite(number)) {
        return dsl::Quantity{number, ""};
      }
      if (auto date = dsl::Date::parse(text); date && text.size() == 10) {
        return *date;
      }
    }
    return text;
  }

  dsl::FileId file_;
  const std::string& text_;
  const Vocabulary& vocabulary_;
  std::shared_ptr<const Vocabulary> shared_vocabulary_;
  DeploymentLoad& load_;
  Deployment* current_ = nullptr;
  std::vector<std::string> stated_paths_;
  std::map<std::size_t, dsl::Span> stated_at_; // the facts of the current deployment: where each was stated
};

} // namespace

std::string Deployment::canonical() const {
  std::string out = "name=" + dsl::canonical_value(dsl::Value{name}) + "\n";
  // The stated facts by their digest, which a loaded deployment computed once (Facts::digest).
  out += "facts sha256=";
  out += facts.digest();
  out += '\n';
  for (const auto& o : overrides) {
    out += "override " + o.fact;
    if (o.value) {
      out += " value=" + dsl::canonical_value(*o.value);
    }
    for (const auto& [factor, value] : o.factors) {
      out += " factor " + factor + "=" + dsl::canonical_value(value);
    }
    out += " justification=" + dsl::canonical_value(dsl::Value{o.justification}) + "\n";
  }
  return out;
}

void parse_deployments(dsl::FileId file, const Vocabulary& vocabulary, DeploymentLoad& load) {
  Parser(file, vocabulary, load).run();
}

DeploymentLoad load_deployment_text(std::string path, std::string text, const Vocabulary& vocabulary) {
  DeploymentLoad load;
  const dsl::FileId file = load.sources.add(std::move(path), std::move(text));
  parse_deployments(file, vocabulary, load);
  return load;
}

DeploymentLoad load_deployments(const std::vector<fs::path>& paths, const Vocabulary& vocabulary) {
  DeploymentLoad load;
  std::vector<fs::path> files;
  for (const auto& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      std::vector<fs::path> found;
      for (fs::recursive_directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
        const auto ext = it->path().extension();
        if (it->is_regular_file(ec) && (ext == ".yaml" || ext == ".yml")) {
          found.push_back(it->path());
        }
      }
      std::sort(found.begin(), found.end());
      if (found.empty()) {
        const auto id = load.sources.add(path.string(), "");
        auto& d =
            load.diagnostics.error("FP-D0401", dsl::Span{id, 0, 0},
                                   "no deployment (*.yaml, *.yml) in directory `" + path.string() + "`");
        d.help = "give deployment files or a directory that holds them";
      }
      files.insert(files.end(), found.begin(), found.end());
    } else {
      files.push_back(path);
    }
  }
  for (const auto& path : files) {
    // The file's name goes into the JSON record and the report: it must be UTF-8 too.
    if (!dsl::is_valid_utf8(path.string())) {
      const auto id = load.sources.add(path.string(), "");
      auto& d = load.diagnostics.error("FP-D0401", dsl::Span{id, 0, 0},
                                       "the file name `" + path.string() + "` is not UTF-8");
      d.help = "rename the file";
      continue;
    }
    std::string why;
    auto text = dsl::read_file(path, &why);
    if (!text) {
      const auto id = load.sources.add(path.string(), "");
      auto& d = load.diagnostics.error("FP-D0401", dsl::Span{id, 0, 0},
                                       "cannot read `" + path.string() + "`: " + why);
      d.help = "give a deployment file: a regular, readable YAML file of at most " +
               std::to_string(dsl::max_input_bytes >> 20U) + " MiB";
      continue;
    }
    const auto id = load.sources.add(path.string(), std::move(*text));
    const std::size_t diagnostics_before = load.diagnostics.items().size();
    parse_deployments(id, vocabulary, load);
    if (load.diagnostics.items().size() == diagnostics_before) {
      // Nothing to quote from this file: a batch of 10,000 need not hold every text (about 20 MB).
      load.sources.release_text(id);
    }
  }
  load.diagnostics.sort();
  return load;
}

} // namespace facepia::engine
