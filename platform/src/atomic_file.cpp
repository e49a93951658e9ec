#include "facepia/platform/atomic_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace facepia::platform {

namespace {
std::string system_error(const std::string& what) {
  return what + ": " + std::strerror(errno);
}
} // namespace

AtomicFile::AtomicFile(std::filesystem::path target, mode_t new_file_mode)
    : target_(std::move(target)), new_file_mode_(new_file_mode) {
  std::string name = (target_.parent_path() / ("." + target_.filename().string() + ".tmp-XXXXXX")).string();
  // mkstemp creates it exclusively (never through a link an attacker placed), mode 0600 until commit.
  const int fd = ::mkstemp(name.data());
  if (fd < 0) {
    open_error_ = system_error("cannot create a temporary file beside `" + target_.string() + "`");
    stream_.setstate(std::ios::failbit);
    return;
  }
  ::close(fd);
  temporary_ = name;
  stream_.open(temporary_, std::ios::binary | std::ios::trunc);
}

AtomicFile::~AtomicFile() {
  if (!committed_ && !temporary_.empty()) {
    stream_.close();
    ::unlink(temporary_.c_str());
  }
}

std::string AtomicFile::commit() {
  if (!open_error_.empty()) {
    return open_error_;
  }
  stream_.flush();
  if (!stream_) {
    return "cannot write `" + temporary_.string() + "`";
  }
  stream_.close();
  struct stat replaced {};
  const mode_t mode = ::stat(target_.c_str(), &replaced) == 0 ? (replaced.st_mode & 07777) : new_file_mode_;
  const int fd = ::open(temporary_.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  if (fd < 0) {
    return system_error("cannot reopen `" + temporary_.string() + "`");
  }
  std::string failure;
  if (::fchmod(fd, mode) != 0) {
    failure = system_error("cannot give `" + temporary_.string() + "` its permissions");
  } else if (::fsync(fd) != 0) {
    failure = system_error("cannot flush `" + temporary_.string() + "`");
  }
  if (::close(fd) != 0 && failure.empty()) {
    failure = system_error("cannot close `" + temporary_.string() + "`");
  }
  if (failure.empty() && std::rename(temporary_.c_str(), target_.c_str()) != 0) {
    failure = system_error("cannot rename `" + temporary_.string() + "` to `" + target_.string() + "`");
  }
  if (failure.empty()) {
    committed_ = true;
  }
  return failure;
}

std::string write_file_atomically(const std::filesystem::path& path, std::string_view text,
                                  mode_t new_file_mode) {
  AtomicFile file(path, new_file_mode);
  if (!file.ok()) {
    return file.commit(); // the reason it could not be created
  }
  file.stream().write(text.data(), static_cast<std::streamsize>(text.size()));
  return file.commit();
}

} // namespace facepia::platform
