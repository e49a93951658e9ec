#include "facepia/dsl/model.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>

namespace facepia::dsl {
namespace {

// Howard Hinnant's days_from_civil / civil_from_days: proleptic Gregorian calendar.
std::int32_t days_from_civil(int year, unsigned month, unsigned day) {
  year -= month <= 2 ? 1 : 0;
  const int era = (year >= 0 ? year : year - 399) / 400;
  const auto year_of_era = static_cast<unsigned>(year - era * 400);
  const unsigned day_of_year = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  const unsigned day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + static_cast<std::int32_t>(day_of_era) - 719468;
}

struct Civil {
  int year;
  unsigned month;
  unsigned day;
};

Civil civil_from_days(std::int32_t days) {
  days += 719468;
  const std::int32_t era = (days >= 0 ? days : days - 146096) / 146097;
  const auto day_of_era = static_cast<unsigned>(days - era * 146097);
  const unsigned year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const int year = static_cast<int>(year_of_era) + era * 400;
  const unsigned day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const unsigned mp = (5 * day_of_year + 2) / 153;
  const unsigned day = day_of_year - (153 * mp + 2) / 5 + 1;
  const unsigned month = mp < 10 ? mp + 3 : mp - 9;
  return {year + (month <= 2 ? 1 : 0), month, day};
}

bool is_leap(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

unsigned last_day_of_month(int year, unsigned month) {
  static constexpr std::array<unsigned, 12> lengths{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : lengths[month - 1];
}

// Index lookup. A current index (built from as many items as there are now) answers alone, a miss included:
// checking a large load looks up every bare enum value as a fact first, and a scan of every fact on each
// miss made that O(words x facts). An index the vectors have outgrown (items added since reindex()), or a
// hit whose name changed, falls back to a scan: slow, never wrong.
template <typename T, typename Key>
const T* find_indexed(const std::vector<T>& items, const Program::NameIndex::Table& table,
                      std::string_view name, Key key) {
  const bool current = table.indexed == items.size();
  if (const auto hit = table.positions.find(name); hit != table.positions.end()) {
    if (hit->second < items.size() && key(items[hit->second]) == name) {
      return &items[hit->second];
    }
  } else if (current) {
    return nullptr;
  }
  for (const T& item : items) {
    if (key(item) == name) {
      return &item;
    }
  }
  return nullptr;
}

template <typename T, typename Key>
void build_index(const std::vector<T>& items, Program::NameIndex::Table& table, Key key) {
  table.positions.clear();
  table.positions.reserve(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    table.positions.emplace(std::string(key(items[i])), i); // the first declaration wins, as in a scan
  }
  table.indexed = items.size();
}

} // namespace

std::optional<Date> Date::from_ymd(int year, unsigned month, unsigned day) {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > last_day_of_month(year, month)) {
    return std::nullopt;
  }
  return Date{days_from_civil(year, month, day)};
}

std::optional<Date> Date::parse(std::string_view iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') {
    return std::nullopt;
  }
  auto number = [&](std::size_t at, std::size_t length) -> std::optional<int> {
    int value = 0;
    const char* first = iso.data() + at;
    const auto [end, error] = std::from_chars(first, first + length, value);
    if (error != std::errc{} || end != first + length) {
      return std::nullopt;
    }
    return value;
  };
  const auto year = number(0, 4);
  const auto month = number(5, 2);
  const auto day = number(8, 2);
  if (!year || !month || !day || *month < 1 || *day < 1) {
    return std::nullopt;
  }
  return from_ymd(*year, static_cast<unsigned>(*month), static_cast<unsigned>(*day));
}

std::string Date::iso() const {
  const Civil civil = civil_from_days(days);
  std::array<char, 32> buffer{};
  std::snprintf(buffer.data(), buffer.size(), "%04d-%02u-%02u", civil.year, civil.month, civil.day);
  return buffer.data();
}

Date Date::add_months(std::int32_t n) const {
  const Civil civil = civil_from_days(days);
  const std::int32_t months = civil.year * 12 + static_cast<std::int32_t>(civil.month) - 1 + n;
  const int year = months >= 0 ? months / 12 : (months - 11) / 12;
  const auto month = static_cast<unsigned>(months - year * 12 + 1);
  const unsigned day = std::min(civil.day, last_day_of_month(year, month));
  return Date{days_from_civil(year, month, day)};
}

std::string to_string(const Type& type) {
  switch (type.kind) {
  case TypeKind::boolean:
    return "bool";
  case TypeKind::number:
    return type.unit.empty() ? "number" : "number " + type.unit;
  case TypeKind::date:
    return "date";
  case TypeKind::text:
    return "text";
  case TypeKind::enumeration:
    return type.enum_name;
  case TypeKind::set_of_enum:
    return "set of " + type.enum_name;
  }
  return "?";
}

namespace {
std::string subdivisions(const ProvisionRef& ref) {
  std::string text;
  if (!ref.paragraph.empty()) {
    text += "(" + ref.paragraph + ")";
  }
  if (!ref.item.empty()) {
    text += "(" + ref.item + ")";
  }
  return text;
}
} // namespace

std::string_view to_string(ProvisionRef::Kind kind) {
  switch (kind) {
  case ProvisionRef::Kind::article:
    return "article";
  case ProvisionRef::Kind::recital:
    return "recital";
  case ProvisionRef::Kind::section:
    return "section";
  case ProvisionRef::Kind::clause:
    return "clause";
  case ProvisionRef::Kind::annex:
    return "annex";
  case ProvisionRef::Kind::point:
    return "point";
  case ProvisionRef::Kind::item:
    return "item";
  }
  return "article";
}

std::string_view designator_of(ProvisionRef::Kind kind) {
  switch (kind) {
  case ProvisionRef::Kind::article:
    return "Art.";
  case ProvisionRef::Kind::recital:
    return "Recital";
  case ProvisionRef::Kind::section:
    return "Sec.";
  case ProvisionRef::Kind::clause:
    return "Clause";
  case ProvisionRef::Kind::annex:
    return "Annex";
  case ProvisionRef::Kind::point:
    return "point";
  case ProvisionRef::Kind::item:
    return "item";
  }
  return "Art.";
}

std::string ProvisionRef::label() const {
  if (designator == "第") {
    return instrument + " 第" + number + "条" + subdivisions(*this);
  }
  const std::string_view written = designator.empty() ? designator_of(kind) : std::string_view(designator);
  return instrument + " " + std::string(written) + " " + number + subdivisions(*this);
}

std::string ProvisionRef::key() const {
  return instrument + " " + std::string(designator_of(kind)) + " " + number + subdivisions(*this);
}

std::vector<ProvisionRef> ProvisionRef::parents() const {
  std::vector<ProvisionRef> result;
  ProvisionRef current = *this;
  while (!current.item.empty() || !current.paragraph.empty()) {
    if (!current.item.empty()) {
      current.item.clear();
    } else {
      current.paragraph.clear();
    }
    result.push_back(current);
  }
  return result;
}

std::string_view to_string(RuleSeverity severity) {
  switch (severity) {
  case RuleSeverity::blocking:
    return "blocking";
  case RuleSeverity::major:
    return "major";
  case RuleSeverity::minor:
    return "minor";
  case RuleSeverity::advisory:
    return "advisory";
  }
  return "?";
}

std::string_view to_string(Status status) {
  switch (status) {
  case Status::breach:
    return "breach";
  case Status::compliant:
    return "compliant";
  case Status::not_applicable:
    return "not_applicable";
  case Status::undetermined:
    return "undetermined";
  }
  return "?";
}

std::string_view to_string(Decision decision) {
  switch (decision) {
  case Decision::allow:
    return "allow";
  case Decision::conditional:
    return "conditional";
  case Decision::deny:
    return "deny";
  }
  return "?";
}

std::optional<Status> status_from_string(std::string_view text) {
  for (const Status status :
       {Status::breach, Status::compliant, Status::not_applicable, Status::undetermined}) {
    if (to_string(status) == text) {
      return status;
    }
  }
  return std::nullopt;
}

std::optional<Decision> decision_from_string(std::string_view text) {
  for (const Decision decision : {Decision::allow, Decision::conditional, Decision::deny}) {
    if (to_string(decision) == text) {
      return decision;
    }
  }
  return std::nullopt;
}

const Instrument* Program::find_instrument(std::string_view id) const {
  return find_indexed(instruments, index_.instruments, id,
                      [](const Instrument& i) -> const std::string& { return i.id; });
}

const InstrumentScope* Program::find_scope(std::string_view instrument) const {
  for (const InstrumentScope& scope : scopes) {
    if (scope.instrument == instrument) {
      return &scope;
    }
  }
  return nullptr;
}

const Provision* Program::find_provision(const ProvisionRef& ref) const {
  auto key_of = [](const Provision& p) { return p.ref.key(); };
  if (const Provision* exact = find_indexed(provisions, index_.provisions, ref.key(), key_of)) {
    return exact;
  }
  for (const ProvisionRef& parent : ref.parents()) {
    if (const Provision* enclosing = find_indexed(provisions, index_.provisions, parent.key(), key_of)) {
      return enclosing;
    }
  }
  return nullptr;
}

const EnumDecl* Program::find_enum(std::string_view name) const {
  return find_indexed(enums, index_.enums, name,
                      [](const EnumDecl& e) -> const std::string& { return e.name; });
}

const Label* EnumDecl::value_label(std::string_view value) const {
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (values[i] == value) {
      return i < value_labels.size() ? &value_labels[i] : nullptr;
    }
  }
  return nullptr;
}

const FactDecl* Program::find_fact(std::string_view path) const {
  return find_indexed(facts, index_.facts, path,
                      [](const FactDecl& f) -> const std::string& { return f.path; });
}

const Rule* Program::find_rule(std::string_view id) const {
  return find_indexed(rules, index_.rules, id, [](const Rule& r) -> const std::string& { return r.id; });
}

std::vector<FileId> Program::import_closure(FileId file) const {
  std::vector<bool> seen(std::max<std::size_t>(imports.size(), file + std::size_t{1}), false);
  std::vector<FileId> todo{file};
  std::vector<FileId> closure;
  while (!todo.empty()) {
    const FileId next = todo.back();
    todo.pop_back();
    if (seen[next]) {
      continue;
    }
    seen[next] = true;
    closure.push_back(next);
    if (next < imports.size()) {
      todo.insert(todo.end(), imports[next].begin(), imports[next].end());
    }
  }
  std::sort(closure.begin(), closure.end());
  return closure;
}

void Program::reindex() {
  build_index(instruments, index_.instruments,
              [](const Instrument& i) -> const std::string& { return i.id; });
  build_index(provisions, index_.provisions, [](const Provision& p) { return p.ref.key(); });
  build_index(enums, index_.enums, [](const EnumDecl& e) -> const std::string& { return e.name; });
  build_index(facts, index_.facts, [](const FactDecl& f) -> const std::string& { return f.path; });
  build_index(rules, index_.rules, [](const Rule& r) -> const std::string& { return r.id; });
}

} // namespace facepia::dsl
