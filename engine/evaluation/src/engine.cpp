#include "facepia/engine/engine.hpp"

#include "compiled_rules.hpp"
#include "facepia/platform/clock.hpp"
#include "facepia/platform/digest.hpp"

#include <algorithm>
#include <chrono>
#include <map>
#include <set>
#include <stdexcept>

#ifndef FACEPIA_ENGINE_VERSION
#define FACEPIA_ENGINE_VERSION "0.0.0"
#endif

namespace facepia::engine {

std::string_view engine_version() {
  return FACEPIA_ENGINE_VERSION;
}

std::string_view to_string(Truth t) {
  switch (t) {
  case Truth::true_:
    return "true";
  case Truth::false_:
    return "false";
  case Truth::unknown:
    return "unknown";
  }
  return "unknown";
}

std::string_view to_string(Reason r) {
  switch (r) {
  case Reason::applies:
    return "applies";
  case Reason::out_of_scope:
    return "out_of_scope";
  case Reason::instrument_not_in_force:
    return "instrument_not_in_force";
  case Reason::instrument_not_selected:
    return "instrument_not_selected";
  case Reason::not_yet_in_force:
    return "not_yet_in_force";
  case Reason::no_longer_in_force:
    return "no_longer_in_force";
  case Reason::applies_when_false:
    return "applies_when_false";
  }
  return "applies";
}

std::string_view to_string(InstrumentState s) {
  switch (s) {
  case InstrumentState::applies:
    return "applies";
  case InstrumentState::scope_unknown:
    return "scope_unknown";
  case InstrumentState::not_assessed:
    return "not_assessed";
  case InstrumentState::out_of_scope:
    return "out_of_scope";
  case InstrumentState::not_in_force:
    return "not_in_force";
  }
  return "applies";
}

std::string_view to_string(ProvisionState s) {
  switch (s) {
  case ProvisionState::in_force:
    return "in_force";
  case ProvisionState::not_yet_in_force:
    return "not_yet_in_force";
  case ProvisionState::no_longer_in_force:
    return "no_longer_in_force";
  }
  return "in_force";
}

dsl::Date today() {
  return dsl::Date{static_cast<std::int32_t>(platform::utc_today().time_since_epoch().count())};
}

const AssessorDetail* Assessment::detail_of(std::string_view assessor) const {
  for (const auto& record : assessors) {
    if (record.name == assessor) {
      return record.detail.get();
    }
  }
  return nullptr;
}

const Finding* Assessment::finding(std::string_view rule) const {
  for (const auto& f : findings) {
    if (f.rule->id == rule) {
      return &f;
    }
  }
  return nullptr;
}

std::vector<std::string> Assessment::open_questions() const {
  std::set<std::string> out;
  for (const auto& f : findings) {
    if (f.refuses && f.status == dsl::Status::undetermined) {
      out.insert(f.missing_facts.begin(), f.missing_facts.end());
    }
  }
  return {out.begin(), out.end()};
}

// ---------------------------------------------------------------------------------------------------------------
// Evaluating.
namespace {

struct Operand {
  bool known = false;
  const dsl::Value* ptr = nullptr;
  dsl::Value local;
  const dsl::Value& get() const { return ptr != nullptr ? *ptr : local; }
};

bool values_equal(const dsl::Value& a, const dsl::Value& b) {
  if (a.index() == b.index()) {
    if (const auto* qa = std::get_if<dsl::Quantity>(&a)) {
      return qa->value == std::get<dsl::Quantity>(b).value;
    }
    return a == b;
  }
  const auto* ea = std::get_if<dsl::EnumValue>(&a);
  const auto* sb = std::get_if<std::string>(&b);
  if (ea != nullptr && sb != nullptr) {
    return ea->name == *sb;
  }
  const auto* sa = std::get_if<std::string>(&a);
  const auto* eb = std::get_if<dsl::EnumValue>(&b);
  if (sa != nullptr && eb != nullptr) {
    return *sa == eb->name;
  }
  return false;
}

// -1, 0, 1; nullopt when the values do not order.
std::optional<int> values_order(const dsl::Value& a, const dsl::Value& b) {
  if (const auto* qa = std::get_if<dsl::Quantity>(&a)) {
    if (const auto* qb = std::get_if<dsl::Quantity>(&b)) {
      return qa->value < qb->value ? -1 : (qa->value > qb->value ? 1 : 0);
    }
  }
  if (const auto* da = std::get_if<dsl::Date>(&a)) {
    if (const auto* db = std::get_if<dsl::Date>(&b)) {
      return da->days < db->days ? -1 : (da->days > db->days ? 1 : 0);
    }
  }
  return std::nullopt;
}

const std::string* enum_name(const dsl::Value& v) {
  if (const auto* e = std::get_if<dsl::EnumValue>(&v)) {
    return &e->name;
  }
  if (const auto* s = std::get_if<std::string>(&v)) {
    return s;
  }
  return nullptr;
}

Truth truth(bool b) {
  return b ? Truth::true_ : Truth::false_;
}

dsl::Value status_value(dsl::Status s) {
  return dsl::EnumValue{std::string(dsl::to_string(s))};
}

void sort_unique(std::vector<int>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

struct RuleState {
  std::uint8_t state = 0; // 0 not evaluated, 1 in progress, 2 done
  dsl::Status status = dsl::Status::undetermined;
  std::vector<int> missing;
};

class Evaluator {
public:
  Evaluator(const CompiledRules& model, const Facts& facts, dsl::Date as_of, bool explain)
      : model_(model), facts_(facts), as_of_(as_of), explain_(explain), rules_(model.rules.size()) {}

  // The truth of a condition. Unknown facts that make it unknown are appended to `missing_`.
  Truth eval_bool(const Node& n, ExplainNode* out) {
    const std::size_t mark = missing_.size();
    Truth result = eval_bool_inner(n, out);
    if (result != Truth::unknown) {
      missing_.resize(mark);
    }
    if (out != nullptr) {
      out->condition = n.text;
      out->boolean = true;
      out->truth = result;
    }
    return result;
  }

  Operand eval_value(const Node& n, ExplainNode* out) {
    const std::size_t mark = missing_.size();
    Operand result = eval_value_inner(n, out);
    if (result.known) {
      missing_.resize(mark);
    }
    if (out != nullptr) {
      out->condition = n.text;
      out->boolean = false;
      if (result.known) {
        out->value = dsl::format_value(result.get());
      }
    }
    return result;
  }

  RuleState& rule(std::size_t index, Finding* finding);

  // An instrument's scope and the facts that leave it unknown, outside any rule's evaluation.
  Truth scope_of(std::size_t index, std::vector<std::string>& missing) {
    const std::size_t mark = missing_.size();
    const Truth t = scope(index);
    if (t == Truth::unknown) {
      std::vector<int> facts(missing_.begin() + static_cast<std::ptrdiff_t>(mark), missing_.end());
      sort_unique(facts);
      for (int fact : facts) {
        missing.push_back(model_.vocabulary->fact(static_cast<std::size_t>(fact)).path);
      }
    }
    missing_.resize(mark);
    return t;
  }

  // An instrument's scope, evaluated once per assessment for all its rules (without an explanation tree).
  Truth scope(std::size_t index) {
    if (scopes_.empty()) {
      scopes_.resize(model_.scopes.size());
    }
    ScopeState& s = scopes_[index];
    if (!s.done) {
      const std::size_t mark = missing_.size();
      s.truth = eval_bool(model_.scopes[index], nullptr);
      s.missing.assign(missing_.begin() + static_cast<std::ptrdiff_t>(mark), missing_.end());
      s.done = true;
      return s.truth;
    }
    missing_.insert(missing_.end(), s.missing.begin(), s.missing.end());
    return s.truth;
  }

  std::vector<int> missing_;

private:
  void read_fact(const Node& n, ExplainNode* out, const dsl::Value* v) {
    if (out != nullptr) {
      out->fact = model_.vocabulary->fact(static_cast<std::size_t>(n.fact)).path;
      if (v != nullptr) {
        out->value = dsl::format_value(*v);
      }
    }
    if (v == nullptr) {
      missing_.push_back(n.fact);
    }
  }

  Truth eval_bool_inner(const Node& n, ExplainNode* out) {
    using K = dsl::ExprKind;
    switch (n.kind) {
    case K::literal:
      if (const auto* b = std::get_if<bool>(&n.value)) {
        return truth(*b);
      }
      return Truth::unknown;
    case K::fact: {
      const dsl::Value* v = facts_.get(static_cast<std::size_t>(n.fact));
      read_fact(n, out, v);
      if (v == nullptr) {
        return Truth::unknown;
      }
      if (const auto* b = std::get_if<bool>(v)) {
        return truth(*b);
      }
      return Truth::unknown;
    }
    case K::declared: {
      const bool stated = facts_.get(static_cast<std::size_t>(n.fact)) != nullptr;
      if (out != nullptr) {
        out->fact = model_.vocabulary->fact(static_cast<std::size_t>(n.fact)).path;
        out->value = stated ? "stated" : "not stated";
      }
      return truth(stated);
    }
    case K::logical_not: {
      ExplainNode* child = add_child(out);
      return kleene_not(eval_bool(n.children.at(0), child));
    }
    case K::logical_and:
    case K::logical_or: {
      const bool is_and = n.kind == K::logical_and;
      Truth acc = is_and ? Truth::true_ : Truth::false_;
      if (out != nullptr) {
        out->children.reserve(n.children.size());
      }
      for (const auto& c : n.children) {
        const std::size_t mark = missing_.size();
        const Truth t = eval_bool(c, add_child(out));
        acc = is_and ? kleene_and(acc, t) : kleene_or(acc, t);
        if (t != Truth::unknown) {
          missing_.resize(mark);
        }
        const Truth decisive = is_and ? Truth::false_ : Truth::true_;
        if (acc == decisive && out == nullptr) {
          break;
        }
      }
      return acc;
    }
    case K::compare:
      return compare(n, out);
    case K::in_set:
    case K::contains:
    case K::within:
    case K::intersects:
      return set_op(n, out);
    default:
      return Truth::unknown;
    }
  }

  Operand eval_value_inner(const Node& n, ExplainNode* out) {
    using K = dsl::ExprKind;
    Operand r;
    switch (n.kind) {
    case K::literal:
      r.known = true;
      r.ptr = &n.value;
      return r;
    case K::fact: {
      const dsl::Value* v = facts_.get(static_cast<std::size_t>(n.fact));
      read_fact(n, out, v);
      r.known = v != nullptr;
      r.ptr = v;
      return r;
    }
    case K::as_of:
      r.known = true;
      r.local = as_of_;
      return r;
    case K::add:
    case K::subtract:
      return arithmetic(n, out);
    case K::rule_status: {
      RuleState& s = rule(static_cast<std::size_t>(n.rule), nullptr);
      if (out != nullptr) {
        out->value = std::string(dsl::to_string(s.status));
      }
      r.known = true;
      r.local = status_value(s.status);
      return r;
    }
    default: {
      const Truth t = eval_bool_inner(n, out);
      if (t != Truth::unknown) {
        r.known = true;
        r.local = t == Truth::true_;
      }
      return r;
    }
    }
  }

  static ExplainNode* add_child(ExplainNode* out) {
    if (out == nullptr) {
      return nullptr;
    }
    out->children.emplace_back();
    return &out->children.back();
  }

  Truth compare(const Node& n, ExplainNode* out) {
    const Node& left = n.children.at(0);
    const Node& right = n.children.at(1);
    // `status(r) == breach`: an undetermined rule makes the comparison unknown, unless it asks for
    // `undetermined`.
    for (const Node* side : {&left, &right}) {
      if (side->kind != dsl::ExprKind::rule_status) {
        continue;
      }
      const Node& other = side == &left ? right : left;
      const std::string* wanted = other.kind == dsl::ExprKind::literal ? enum_name(other.value) : nullptr;
      RuleState& s = rule(static_cast<std::size_t>(side->rule), nullptr);
      if (s.status == dsl::Status::undetermined && (wanted == nullptr || *wanted != "undetermined")) {
        eval_value(left, add_child(out));
        eval_value(right, add_child(out));
        missing_.insert(missing_.end(), s.missing.begin(), s.missing.end());
        return Truth::unknown;
      }
    }
    const std::size_t mark = missing_.size();
    const Operand a = eval_value(left, add_child(out));
    const Operand b = eval_value(right, add_child(out));
    if (!a.known || !b.known) {
      return Truth::unknown;
    }
    missing_.resize(mark);
    switch (n.op) {
    case dsl::CompareOp::equal:
      return truth(values_equal(a.get(), b.get()));
    case dsl::CompareOp::not_equal:
      return truth(!values_equal(a.get(), b.get()));
    default:
      break;
    }
    const auto order = values_order(a.get(), b.get());
    if (!order) {
      return Truth::unknown;
    }
    switch (n.op) {
    case dsl::CompareOp::less:
      return truth(*order < 0);
    case dsl::CompareOp::less_equal:
      return truth(*order <= 0);
    case dsl::CompareOp::greater:
      return truth(*order > 0);
    case dsl::CompareOp::greater_equal:
      return truth(*order >= 0);
    default:
      return Truth::unknown;
    }
  }

  Truth set_op(const Node& n, ExplainNode* out) {
    const Operand a = eval_value(n.children.at(0), add_child(out));
    const Operand b = eval_value(n.children.at(1), add_child(out));
    if (!a.known || !b.known) {
      return Truth::unknown;
    }
    const dsl::Value& av = a.get();
    const dsl::Value& bv = b.get();
    switch (n.kind) {
    case dsl::ExprKind::in_set: {
      const auto* set = std::get_if<dsl::EnumSet>(&bv);
      const std::string* name = enum_name(av);
      if (set == nullptr || name == nullptr) {
        return Truth::unknown;
      }
      return truth(set->count(*name) != 0);
    }
    case dsl::ExprKind::contains: {
      const auto* set = std::get_if<dsl::EnumSet>(&av);
      if (set == nullptr) {
        return Truth::unknown;
      }
      if (const std::string* name = enum_name(bv)) {
        return truth(set->count(*name) != 0);
      }
      if (const auto* other = std::get_if<dsl::EnumSet>(&bv)) {
        return truth(std::includes(set->begin(), set->end(), other->begin(), other->end()));
      }
      return Truth::unknown;
    }
    case dsl::ExprKind::within:
    case dsl::ExprKind::intersects: {
      const auto* left = std::get_if<dsl::EnumSet>(&av);
      const auto* right = std::get_if<dsl::EnumSet>(&bv);
      dsl::EnumSet single;
      if (left == nullptr) {
        if (const std::string* name = enum_name(av)) {
          single.insert(*name);
          left = &single;
        }
      }
      if (left == nullptr || right == nullptr) {
        return Truth::unknown;
      }
      if (n.kind == dsl::ExprKind::within) {
        return truth(std::includes(right->begin(), right->end(), left->begin(), left->end()));
      }
      return truth(std::any_of(left->begin(), left->end(),
                               [&](const std::string& v) { return right->count(v) != 0; }));
    }
    default:
      return Truth::unknown;
    }
  }

  Operand arithmetic(const Node& n, ExplainNode* out) {
    Operand r;
    const Operand a = eval_value(n.children.at(0), add_child(out));
    const Operand b = eval_value(n.children.at(1), add_child(out));
    if (!a.known || !b.known) {
      return r;
    }
    const double sign = n.kind == dsl::ExprKind::add ? 1.0 : -1.0;
    const auto* qb = std::get_if<dsl::Quantity>(&b.get());
    if (const auto* da = std::get_if<dsl::Date>(&a.get()); da != nullptr && qb != nullptr) {
      const auto amount = static_cast<std::int32_t>(sign * qb->value);
      const std::string& unit = qb->unit;
      if (unit == "day" || unit == "days") {
        r.local = da->add_days(amount);
      } else if (unit == "week" || unit == "weeks") {
        r.local = da->add_days(7 * amount);
      } else if (unit == "month" || unit == "months") {
        r.local = da->add_months(amount);
      } else if (unit == "year" || unit == "years") {
        r.local = da->add_months(12 * amount);
      } else {
        return r;
      }
      r.known = true;
      return r;
    }
    if (const auto* qa = std::get_if<dsl::Quantity>(&a.get()); qa != nullptr && qb != nullptr) {
      r.local = dsl::Quantity{qa->value + sign * qb->value, qa->unit.empty() ? qb->unit : qa->unit};
      r.known = true;
    }
    return r;
  }

  struct ScopeState {
    bool done = false;
    Truth truth = Truth::unknown;
    std::vector<int> missing;
  };

  const CompiledRules& model_;
  const Facts& facts_;
  dsl::Date as_of_;
  bool explain_;
  std::vector<RuleState> rules_;
  std::vector<ScopeState> scopes_;
};

std::string window_note(const Window& w, ProvisionState state) {
  if (state == ProvisionState::not_yet_in_force) {
    return "not yet in force (in force from " + w.from.iso() + ")";
  }
  if (state == ProvisionState::no_longer_in_force && w.until) {
    return "no longer in force (repealed from " + w.until->iso() + ")";
  }
  return "in force";
}

ExplainPart part(std::string role, std::string name, Truth t) {
  ExplainPart p;
  p.role = std::move(role);
  p.name = std::move(name);
  p.truth = t;
  return p;
}

} // namespace

RuleState& Evaluator::rule(std::size_t index, Finding* finding) {
  RuleState& s = rules_[index];
  if (s.state == 2 && finding == nullptr) {
    return s;
  }
  if (s.state == 1) {
    // A cycle of status() references: the checker forbids it; fail closed.
    static RuleState cycle;
    cycle.status = dsl::Status::undetermined;
    return cycle;
  }
  s.state = 1;
  const CompiledRule& c = model_.rules[index];
  const dsl::Rule& r = *c.rule;
  const std::size_t outer_mark = missing_.size();
  auto finish = [&](dsl::Status status, Reason reason) -> RuleState& {
    s.status = status;
    s.state = 2;
    s.missing.assign(missing_.begin() + static_cast<std::ptrdiff_t>(outer_mark), missing_.end());
    sort_unique(s.missing);
    missing_.resize(outer_mark);
    if (finding != nullptr) {
      finding->status = status;
      finding->reason = reason;
    }
    return s;
  };
  const bool explain = finding != nullptr && explain_;
  std::vector<ExplainPart>* parts = explain ? &finding->explanation : nullptr;

  // In force on the assessment date?
  const ProvisionState in_force = c.window.state(as_of_);
  if (parts != nullptr) {
    ExplainPart p =
        part("in_force", r.citations.front().label(), truth(in_force == ProvisionState::in_force));
    p.note = r.citations.front().label() + " is " + window_note(c.window, in_force) + " on " + as_of_.iso();
    parts->push_back(std::move(p));
  }
  if (in_force != ProvisionState::in_force) {
    const bool instrument = c.window.instrument_from &&
                            (in_force == ProvisionState::not_yet_in_force
                                 ? as_of_ < *c.window.instrument_from
                                 : c.window.instrument_until && !(as_of_ < *c.window.instrument_until));
    return finish(dsl::Status::not_applicable,
                  instrument ? Reason::instrument_not_in_force
                             : (in_force == ProvisionState::not_yet_in_force ? Reason::not_yet_in_force
                                                                             : Reason::no_longer_in_force));
  }

  // Scope of the instrument, then `applies when`.
  Truth applicable = Truth::true_;
  if (c.scope >= 0) {
    std::optional<ExplainNode> tree; // built only when explaining
    if (parts != nullptr) {
      tree.emplace();
    }
    const Truth t = tree ? eval_bool(model_.scopes[static_cast<std::size_t>(c.scope)], &*tree)
                         : scope(static_cast<std::size_t>(c.scope));
    if (parts != nullptr) {
      ExplainPart p = part("scope", r.instrument(), t);
      p.tree = std::move(tree);
      p.note = t == Truth::false_ ? "outside the scope of " + r.instrument()
                                  : (t == Truth::true_ ? "within the scope of " + r.instrument()
                                                       : "whether " + r.instrument() + " applies is unknown");
      parts->push_back(std::move(p));
    }
    if (t == Truth::false_) {
      missing_.resize(outer_mark);
      return finish(dsl::Status::not_applicable, Reason::out_of_scope);
    }
    applicable = t;
  }
  if (c.applies) {
    std::optional<ExplainNode> tree; // built only when explaining
    if (parts != nullptr) {
      tree.emplace();
    }
    const Truth t = eval_bool(*c.applies, tree ? &*tree : nullptr);
    if (parts != nullptr) {
      ExplainPart p = part("applies_when", "", t);
      p.tree = std::move(tree);
      p.note = t == Truth::true_
                   ? "the rule applies"
                   : (t == Truth::false_ ? "the rule does not apply" : "whether the rule applies is unknown");
      parts->push_back(std::move(p));
    }
    if (t == Truth::false_) {
      missing_.resize(outer_mark);
      return finish(dsl::Status::not_applicable, Reason::applies_when_false);
    }
    applicable = kleene_and(applicable, t);
  }
  const std::size_t applicability_end = missing_.size();

  // The violation: `prohibited`, or the requirement not met.
  Truth violated = Truth::true_;
  if (c.requirement) {
    std::optional<ExplainNode> tree; // built only when explaining
    if (parts != nullptr) {
      tree.emplace();
    }
    violated = kleene_not(eval_bool(*c.requirement, tree ? &*tree : nullptr));
    if (parts != nullptr) {
      ExplainPart p = part("requires", "", kleene_not(violated));
      p.tree = std::move(tree);
      p.note = violated == Truth::false_
                   ? "the requirement is met"
                   : (violated == Truth::true_ ? "the requirement is not met"
                                               : "whether the requirement is met is unknown");
      parts->push_back(std::move(p));
    }
  } else if (parts != nullptr) {
    ExplainPart p = part("prohibited", "", Truth::true_);
    p.note = "the processing is prohibited unless an exception holds";
    parts->push_back(std::move(p));
  }
  const std::size_t violation_end = missing_.size();

  // Exceptions, when there is something to except.
  Truth excepted = Truth::false_;
  std::optional<std::size_t> applied;
  if (violated != Truth::false_ || parts != nullptr) {
    for (std::size_t i = 0; i < c.exceptions.size(); ++i) {
      const auto& ce = c.exceptions[i];
      const auto& decl = r.exceptions[i];
      std::optional<ProvisionState> out_of_force;
      const Window* which = nullptr;
      for (const auto& w : ce.windows) {
        const auto st = w.state(as_of_);
        if (st != ProvisionState::in_force) {
          out_of_force = st;
          which = &w;
          break;
        }
      }
      if (out_of_force) {
        if (finding != nullptr) {
          finding->exceptions_not_in_force.push_back(i);
        }
        if (parts != nullptr) {
          ExplainPart p = part("unless", decl.name, Truth::false_);
          p.note = "cannot apply: its provision is " + window_note(*which, *out_of_force);
          parts->push_back(std::move(p));
        }
        continue;
      }
      std::optional<ExplainNode> tree; // built only when explaining
      if (parts != nullptr) {
        tree.emplace();
      }
      const std::size_t mark = missing_.size();
      const Truth t = eval_bool(ce.condition, tree ? &*tree : nullptr);
      if (t != Truth::unknown) {
        missing_.resize(mark);
      }
      if (t == Truth::true_ && !applied) {
        applied = i;
      }
      excepted = kleene_or(excepted, t);
      if (parts != nullptr) {
        ExplainPart p = part("unless", decl.name, t);
        p.tree = std::move(tree);
        p.note = t == Truth::true_ ? "the exception holds"
                                   : (t == Truth::false_ ? "the exception does not hold"
                                                         : "whether the exception holds is unknown");
        parts->push_back(std::move(p));
      }
      if (t == Truth::true_ && parts == nullptr) {
        break;
      }
    }
  }
  if (excepted == Truth::true_) {
    // Only the exception's own unknowns are moot; drop every unknown of the exceptions.
    missing_.resize(violation_end);
  }

  const Truth breach = kleene_and(violated, kleene_not(excepted));
  if (finding != nullptr && applied && violated != Truth::false_) {
    finding->exception = applied;
  }
  if (applicable == Truth::true_) {
    if (breach == Truth::true_) {
      missing_.resize(outer_mark);
      return finish(dsl::Status::breach, Reason::applies);
    }
    if (breach == Truth::false_) {
      missing_.resize(outer_mark);
      return finish(dsl::Status::compliant, Reason::applies);
    }
    // Unknown: only the facts of the violation and the exceptions matter.
    if (violated == Truth::true_) {
      missing_.erase(missing_.begin() + static_cast<std::ptrdiff_t>(outer_mark),
                     missing_.begin() + static_cast<std::ptrdiff_t>(violation_end));
    } else if (excepted == Truth::false_) {
      missing_.resize(violation_end);
    }
    return finish(dsl::Status::undetermined, Reason::applies);
  }
  // Applicability unknown: not applicable or something else.
  if (breach != Truth::unknown) {
    missing_.resize(applicability_end);
  } else if (violated == Truth::true_) {
    missing_.erase(missing_.begin() + static_cast<std::ptrdiff_t>(applicability_end),
                   missing_.begin() + static_cast<std::ptrdiff_t>(violation_end));
  } else if (excepted == Truth::false_) {
    missing_.resize(violation_end);
  }
  return finish(dsl::Status::undetermined, Reason::applies);
}

// ---------------------------------------------------------------------------------------------------------------

Engine::Engine(dsl::Program program, Assessors assessors) : assessors_(std::move(assessors)) {
  auto model = std::make_shared<CompiledRules>();
  model->program = std::move(program);
  model->vocabulary = std::make_shared<const Vocabulary>(model->program);
  compile(*model);
  std::vector<std::string> digests;
  for (std::size_t i = 0; i < model->program.sources.size(); ++i) {
    digests.push_back(platform::sha256_hex(model->program.sources.file(static_cast<dsl::FileId>(i)).text()));
  }
  std::sort(digests.begin(), digests.end());
  std::string all;
  for (const auto& d : digests) {
    all += d + "\n";
  }
  model->rules_digest = platform::sha256_hex(all);
  model_ = std::move(model);
}

const dsl::Program& Engine::program() const {
  return model_->program;
}
const Vocabulary& Engine::vocabulary() const {
  return *model_->vocabulary;
}
std::shared_ptr<const Vocabulary> Engine::vocabulary_ptr() const {
  return model_->vocabulary;
}
const std::string& Engine::rules_digest() const {
  return model_->rules_digest;
}
const Assessors& Engine::assessors() const {
  return assessors_;
}

Facts Engine::facts_of(const Deployment& deployment) const {
  if (deployment.facts.vocabulary_ptr() == model_->vocabulary) {
    return deployment.facts; // shares the stated values
  }
  // Loaded against another load of the rules: the same facts by path.
  Facts facts(model_->vocabulary);
  if (deployment.facts.size() > 0) {
    const Vocabulary& theirs = deployment.facts.vocabulary();
    for (std::size_t i = 0; i < theirs.size(); ++i) {
      if (const dsl::Value* value = deployment.facts.get(i)) {
        facts.set(theirs.fact(i).path, *value);
      }
    }
  }
  return facts;
}

std::string Engine::assessment_id(const Deployment& deployment) const {
  std::string text = deployment.canonical();
  text += "\n--rules ";
  text += model_->rules_digest;
  text += "\n--engine ";
  text += engine_version();
  text += "\n--assessors\n";
  text += assessors_.identity();
  return platform::sha256_hex(text);
}

Assessment Engine::assess(const Deployment& deployment, const AssessOptions& options) const {
  Facts facts = facts_of(deployment);
  dsl::Date as_of = today();
  std::string source = "today";
  if (options.as_of) {
    as_of = *options.as_of;
    source = "--as-of";
  } else if (model_->deployment_start >= 0) {
    if (const auto* start = facts.get(static_cast<std::size_t>(model_->deployment_start))) {
      as_of = std::get<dsl::Date>(*start);
      source = "deployment.start";
    }
  }
  Assessment a = evaluate(std::move(facts), as_of, options, true, &deployment.overrides);
  a.as_of_source = source;
  a.id = assessment_id(deployment);
  a.deployment_name = deployment.name;
  a.deployment_file = deployment.file;
  return a;
}

Assessment Engine::evaluate(Facts facts, dsl::Date as_of, const AssessOptions& options, bool run_assessors,
                            const std::vector<Override>* overrides) const {
  const CompiledRules& m = *model_;
  Assessment a;
  a.model = model_;
  a.as_of = as_of;
  a.as_of_source = "test";

  // Assessors, then the overrides of derived values.
  if (run_assessors) {
    AssessorContext context(as_of, overrides);
    // A derived fact already known (a rule test's `given`) wins over the assessors.
    std::vector<bool> given(m.vocabulary->size());
    for (std::size_t i = 0; i < given.size(); ++i) {
      given[i] = facts.get(i) != nullptr;
    }
    a.derived.reserve(m.derived_count); // each derived fact once, but for overrides of unknown ones
    for (const auto& assessor : assessors_.list()) {
      for (auto& derived : assessor->assess(facts, context)) {
        if (derived.assessor.empty()) {
          derived.assessor = std::string(assessor->name());
        }
        const auto index = m.vocabulary->index(derived.fact);
        if (!index || !m.vocabulary->fact(*index).derived || given[*index]) {
          continue; // not in this vocabulary (nothing reads it), or given
        }
        if (derived.value) {
          facts.set(*index, *derived.value);
        } else {
          facts.clear(*index);
        }
        a.derived.push_back(std::move(derived));
      }
    }
  }
  if (overrides != nullptr) {
    for (const auto& o : *overrides) {
      auto it = std::find_if(a.derived.begin(), a.derived.end(),
                             [&](const DerivedValue& d) { return d.fact == o.fact; });
      if (it == a.derived.end()) {
        DerivedValue d;
        d.fact = o.fact;
        d.reasoning = "no assessor judged it";
        a.derived.push_back(std::move(d));
        it = a.derived.end() - 1;
      }
      for (const auto& entry : o.factors) {
        const std::string& name = entry.first;
        const dsl::Value& value = entry.second;
        const bool used = std::any_of(it->factors.begin(), it->factors.end(),
                                      [&name](const Factor& f) { return f.name == name; });
        if (!used) {
          Factor f;
          f.name = name;
          f.value = value;
          f.overridden = true;
          f.justification = o.justification;
          f.reasoning = "stated by the override; no assessor weighed this factor";
          it->factors.push_back(std::move(f));
        }
      }
      if (o.value) {
        it->value = o.value;
        it->overridden = true;
        it->justification = o.justification;
        facts.set(o.fact, *o.value);
      }
    }
  }

  if (run_assessors) {
    a.assessors.reserve(assessors_.list().size());
    for (const auto& assessor : assessors_.list()) {
      a.assessors.push_back(AssessorRecord{std::string(assessor->name()), std::string(assessor->version()),
                                           options.explain ? assessor->detail(facts) : nullptr});
    }
  }

  std::vector<bool> selected(m.instruments.size(), true);
  if (!options.instruments.empty()) {
    for (std::size_t i = 0; i < m.instruments.size(); ++i) {
      selected[i] = std::find(options.instruments.begin(), options.instruments.end(), m.instruments[i]) !=
                    options.instruments.end();
    }
  }
  Evaluator ev(m, facts, as_of, options.explain);
  a.findings.resize(m.rules.size());
  for (std::size_t i = 0; i < m.rules.size(); ++i) {
    Finding& f = a.findings[i];
    f.rule = m.rules[i].rule;
    if (!selected[m.rules[i].instrument]) {
      f.status = dsl::Status::not_applicable;
      f.reason = Reason::instrument_not_selected;
      continue;
    }
    RuleState& s = ev.rule(i, &f);
    f.status = s.status;
    if (s.status == dsl::Status::undetermined) {
      f.missing_facts.reserve(s.missing.size());
      for (int fact : s.missing) {
        f.missing_facts.push_back(m.vocabulary->fact(static_cast<std::size_t>(fact)).path);
      }
    }
    if (s.status == dsl::Status::undetermined) {
      // A question, not a statement of breach: the rule may well hold once the facts are stated.
      f.message = "unknown whether this holds (" + f.rule->title + "): state ";
      for (std::size_t k = 0; k < f.missing_facts.size(); ++k) {
        f.message += k == 0 ? "" : (k + 1 == f.missing_facts.size() ? " and " : ", ");
        f.message += '`' + f.missing_facts[k] + '`';
      }
      if (f.missing_facts.empty()) {
        f.message += "the facts it reads";
      }
    } else if (s.status != dsl::Status::not_applicable) {
      for (const auto& p : m.rules[i].message) {
        if (p.fact < 0) {
          f.message += p.text;
        } else if (const auto* v = facts.get(static_cast<std::size_t>(p.fact))) {
          f.message += dsl::format_value(*v);
        } else {
          f.message += "an unstated `";
          f.message += p.text;
          f.message += '`';
        }
      }
    }
    if (options.explain) {
      f.derived_facts_read = m.rules[i].derived_read;
    }
  }

  // The decision. A blocking rule in breach or undetermined refuses. A major or minor one in breach or
  // undetermined refuses too, unless its rule imposes runtime conditions: enforcing them cures it, so they
  // are imposed (a breach never makes the runtime less strict). Advisory rules inform and never decide.
  bool deny = false;
  for (auto& f : a.findings) {
    const dsl::Rule& r = *f.rule;
    if (f.status == dsl::Status::compliant) {
      for (const auto& c : r.imposes) {
        a.conditions.push_back(ImposedCondition{&r, &c, dsl::Status::compliant});
      }
      continue;
    }
    if (f.status == dsl::Status::not_applicable || r.severity == dsl::RuleSeverity::advisory) {
      continue;
    }
    if (f.blocking() || r.imposes.empty()) {
      f.refuses = true;
      deny = true;
      continue;
    }
    for (const auto& c : r.imposes) {
      a.conditions.push_back(ImposedCondition{&r, &c, f.status});
    }
  }
  // Each instrument's state: not in force on the assessment date; else out of scope, or scope unknown, by its
  // own scope (not by its rules, some of which may cite provisions not yet in force); else it applies when
  // one of its rules applies, and is not assessed when none does.
  a.instruments.reserve(m.instruments.size());
  std::vector<bool> any_rule_applies(m.instruments.size(), false);
  std::vector<bool> instrument_not_in_force(m.instruments.size(), false);
  for (std::size_t i = 0; i < m.instruments.size(); ++i) {
    a.instruments.push_back(InstrumentStatus{m.instruments[i], InstrumentState::applies, {}, {}});
  }
  for (std::size_t i = 0; i < a.findings.size(); ++i) {
    const Finding& f = a.findings[i];
    const std::size_t instrument = m.rules[i].instrument;
    instrument_not_in_force[instrument] =
        instrument_not_in_force[instrument] || f.reason == Reason::instrument_not_in_force;
    any_rule_applies[instrument] = any_rule_applies[instrument] || f.status != dsl::Status::not_applicable;
  }
  for (std::size_t i = 0; i < a.instruments.size(); ++i) {
    InstrumentStatus& st = a.instruments[i];
    if (!selected[i]) {
      continue; // removed below
    }
    if (instrument_not_in_force[i]) {
      st.state = InstrumentState::not_in_force;
      continue;
    }
    for (std::size_t k = 0; k < m.scope_instruments.size(); ++k) {
      if (m.scope_instruments[k] != st.id) {
        continue;
      }
      const Truth scope = ev.scope_of(k, st.scope_missing);
      if (scope == Truth::false_) {
        st.state = InstrumentState::out_of_scope;
        if (const dsl::Instrument* declared = m.program.find_instrument(st.id)) {
          st.out_of_scope_note = declared->out_of_scope;
        }
      } else if (scope == Truth::unknown) {
        st.state = InstrumentState::scope_unknown;
      }
    }
    if (st.state == InstrumentState::applies && !any_rule_applies[i]) {
      st.state = InstrumentState::not_assessed;
      a.not_assessed = true;
    }
  }
  if (!options.instruments.empty()) {
    std::vector<InstrumentStatus> kept;
    for (std::size_t i = 0; i < a.instruments.size(); ++i) {
      if (selected[i]) {
        kept.push_back(std::move(a.instruments[i]));
      }
    }
    a.instruments = std::move(kept);
  }
  a.no_instrument_applies =
      !a.instruments.empty() && std::none_of(a.instruments.begin(), a.instruments.end(), [](const auto& s) {
        return s.state == InstrumentState::applies || s.state == InstrumentState::scope_unknown ||
               s.state == InstrumentState::not_assessed;
      });
  deny = deny || a.no_instrument_applies || a.not_assessed;
  a.decision =
      deny ? dsl::Decision::deny : (a.conditions.empty() ? dsl::Decision::allow : dsl::Decision::conditional);

  a.provisions.reserve(m.provisions.size());
  for (const auto& p : m.provisions) {
    a.provisions.push_back(
        ProvisionStatus{p.label, p.instrument, p.window.from, p.window.until, p.window.state(as_of)});
  }
  a.facts = std::move(facts);
  return a;
}

} // namespace facepia::engine
