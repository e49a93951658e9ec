// The UTC clock: timestamps as ISO 8601 text (YYYY-MM-DDTHH:MM:SSZ), which sort as they compare.
#pragma once

#include <chrono>
#include <string>

namespace facepia::platform {

// Now, to the second.
std::string utc_now();
// A moment as a timestamp, to the second.
std::string utc_timestamp(std::chrono::sys_seconds moment);
// Today, in UTC.
std::chrono::sys_days utc_today();

} // namespace facepia::platform
