// UTC timestamps as ISO 8601 text (YYYY-MM-DDTHH:MM:SSZ), which sort as they compare; dates are YYYY-MM-DD.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace facepia::recognition {

// `iso` (a date or a timestamp) plus `days` (whole seconds kept), as a timestamp; throws on malformed input.
std::string add_days(std::string_view iso, double days);
// Completed years between `birth_date` and the date part of `on`; nullopt when either is malformed.
std::optional<int> age_on(std::string_view birth_date, std::string_view on);
bool valid_date(std::string_view date);

} // namespace facepia::recognition
