#include "facepia/recognition/calendar.hpp"

#include "facepia/platform/clock.hpp"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace facepia::recognition {
namespace {

struct Parsed {
  int y = 0;
  unsigned mo = 0, d = 0;
  long h = 0, mi = 0, s = 0;
};

std::optional<Parsed> parse(std::string_view iso) {
  const std::string text(iso);
  Parsed p;
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
  char tail = 0;
  if (text.size() == 10 && std::sscanf(text.c_str(), "%4d-%2d-%2d%c", &y, &mo, &d, &tail) == 3) {
  } else if (text.size() == 20 &&
             std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d:%2dZ", &y, &mo, &d, &h, &mi, &s) == 6) {
  } else {
    return std::nullopt;
  }
  const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(mo)},
                                        std::chrono::day{static_cast<unsigned>(d)}};
  if (!ymd.ok() || h > 23 || mi > 59 || s > 60 || h < 0 || mi < 0 || s < 0) {
    return std::nullopt;
  }
  p.y = y;
  p.mo = static_cast<unsigned>(mo);
  p.d = static_cast<unsigned>(d);
  p.h = h;
  p.mi = mi;
  p.s = s;
  return p;
}

} // namespace

std::string add_days(std::string_view iso, double days) {
  const auto p = parse(iso);
  if (!p) {
    throw std::invalid_argument("not an ISO 8601 date or UTC time: `" + std::string(iso) + "`");
  }
  const std::chrono::sys_days day{std::chrono::year{p->y} / std::chrono::month{p->mo} /
                                  std::chrono::day{p->d}};
  const auto t = std::chrono::sys_seconds{day} + std::chrono::seconds{p->h * 3600 + p->mi * 60 + p->s} +
                 std::chrono::seconds{static_cast<long long>(std::llround(days * 86400.0))};
  return platform::utc_timestamp(t);
}

std::optional<int> age_on(std::string_view birth_date, std::string_view on) {
  const auto b = parse(birth_date);
  const auto o = parse(on.substr(0, 10));
  if (!b || !o) {
    return std::nullopt;
  }
  int age = o->y - b->y;
  if (o->mo < b->mo || (o->mo == b->mo && o->d < b->d)) {
    --age;
  }
  return age;
}

bool valid_date(std::string_view date) {
  return date.size() == 10 && parse(date).has_value();
}

} // namespace facepia::recognition
