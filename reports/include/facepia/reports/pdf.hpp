// The DPIA report as PDF: its HTML printed by headless Chromium (A4, the report's own running footer and page
// numbers, without the browser's header and footer).
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace facepia::reports {

// The Chromium program that prints: $FACEPIA_CHROMIUM when set, else `chromium` or `chromium-browser` on the
// PATH; nullopt when there is none.
std::optional<std::filesystem::path> find_chromium();

// Prints `html` to the PDF file `pdf` (written whole or not at all). False, with the reason in `error`, when
// Chromium is missing, fails, or gives no PDF.
bool print_pdf(const std::string& html, const std::filesystem::path& pdf, std::string& error);

} // namespace facepia::reports
