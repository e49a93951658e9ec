// Printing the HTML report to PDF with headless Chromium, in a private temporary directory (the HTML, the
// browser profile and the PDF), then renamed into place.
#include "facepia/reports/pdf.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace facepia::reports {

namespace fs = std::filesystem;

namespace {

bool executable(const fs::path& p) {
  return ::access(p.c_str(), X_OK) == 0 && fs::is_regular_file(p);
}

// A temporary directory removed with everything in it when this goes out of scope.
class TempDir {
public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "facepia-pdf-XXXXXX").string();
    if (::mkdtemp(pattern.data()) != nullptr) {
      path_ = pattern;
    }
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  ~TempDir() {
    if (!path_.empty()) {
      std::error_code ignored;
      fs::remove_all(path_, ignored);
    }
  }
  const fs::path& path() const { return path_; }

private:
  fs::path path_;
};

// Runs the program with its arguments, its output discarded, killed after `seconds`; the exit status, or -1.
int run(const std::vector<std::string>& argv, unsigned seconds) {
  const pid_t child = ::fork();
  if (child < 0) {
    return -1;
  }
  if (child == 0) {
    const int null = ::open("/dev/null", O_RDWR);
    if (null >= 0) {
      ::dup2(null, 0);
      ::dup2(null, 1);
      ::dup2(null, 2);
    }
    ::alarm(seconds); // a hung browser is killed by the default SIGALRM action
    std::vector<char*> args;
    for (const auto& a : argv) {
      args.push_back(const_cast<char*>(a.c_str()));
    }
    args.push_back(nullptr);
    ::execv(args[0], args.data());
    ::_exit(127);
  }
  int status = 0;
  while (::waitpid(child, &status, 0) < 0) {
    if (errno != EINTR) {
      return -1;
    }
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

} // namespace

std::optional<fs::path> find_chromium() {
  if (const char* chosen = std::getenv("FACEPIA_CHROMIUM"); chosen != nullptr && *chosen != '\0') {
    return executable(chosen) ? std::optional<fs::path>(chosen) : std::nullopt;
  }
  const char* path = std::getenv("PATH");
  std::string dirs = path != nullptr ? path : "/usr/bin:/bin";
  std::size_t from = 0;
  while (from <= dirs.size()) {
    const auto end = std::min(dirs.find(':', from), dirs.size());
    const fs::path dir = dirs.substr(from, end - from);
    from = end + 1;
    if (dir.empty()) {
      continue;
    }
    for (const char* name : {"chromium", "chromium-browser"}) {
      if (executable(dir / name)) {
        return dir / name;
      }
    }
  }
  return std::nullopt;
}

bool print_pdf(const std::string& html, const fs::path& pdf, std::string& error) {
  const auto chromium = find_chromium();
  if (!chromium) {
    error = "`--format pdf` prints the HTML report with headless Chromium, and no `chromium` was found "
            "(install the Debian package `chromium`, or set FACEPIA_CHROMIUM to the program)";
    return false;
  }
  TempDir dir;
  if (dir.path().empty()) {
    error = std::string("cannot create a temporary directory: ") + std::strerror(errno);
    return false;
  }
  const fs::path page = dir.path() / "report.html";
  const fs::path printed = dir.path() / "report.pdf";
  {
    std::ofstream out(page, std::ios::binary);
    if (!(out << html) || !(out.flush())) {
      error = "cannot write the HTML report to print in `" + dir.path().string() + "`";
      return false;
    }
  }
  const int status = run({chromium->string(), "--headless", "--disable-gpu", "--no-sandbox", "--no-first-run",
                          "--disable-dev-shm-usage", "--hide-scrollbars",
                          "--user-data-dir=" + (dir.path() / "profile").string(), "--no-pdf-header-footer",
                          "--print-to-pdf=" + printed.string(), "file://" + page.string()},
                         180);
  std::error_code ec;
  if (status != 0 || !fs::is_regular_file(printed, ec) || fs::file_size(printed, ec) < 5) {
    error = "`" + chromium->string() + "` did not print the report to PDF (exit status " +
            std::to_string(status) + ")";
    return false;
  }
  fs::path temp = pdf;
  temp += ".tmp." + std::to_string(::getpid());
  fs::copy_file(printed, temp, fs::copy_options::overwrite_existing, ec);
  if (!ec) {
    fs::rename(temp, pdf, ec);
  }
  if (ec) {
    fs::remove(temp, ec);
    error = "cannot write `" + pdf.string() + "`";
    return false;
  }
  return true;
}

} // namespace facepia::reports
