#include "facepia/platform/clock.hpp"

#include <cstdio>

namespace facepia::platform {

std::string utc_timestamp(std::chrono::sys_seconds moment) {
  const auto days = std::chrono::floor<std::chrono::days>(moment);
  const std::chrono::year_month_day ymd{days};
  const std::chrono::hh_mm_ss hms{moment - days};
  char buf[96];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02ld:%02ld:%02lldZ", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                static_cast<long>(hms.hours().count()), static_cast<long>(hms.minutes().count()),
                static_cast<long long>(hms.seconds().count()));
  return buf;
}

std::string utc_now() {
  return utc_timestamp(std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
}

std::chrono::sys_days utc_today() {
  return std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
}

} // namespace facepia::platform
