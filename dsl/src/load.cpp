// parse() and load(): reading files, following imports, parsing, lowering and checking.
#include "facepia/dsl/dsl.hpp"
#include "lower.hpp"
#include "syntax.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <iterator>
#include <map>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace facepia::dsl {
namespace {

struct ImportRef {
  std::string path;
  Span span;
};

bool parse_file(FileId file, Program& program, Diagnostics& diagnostics, std::vector<ImportRef>* imports) {
  std::vector<std::string> paths;
  Lowering lowering(file, program, diagnostics, imports != nullptr ? &paths : nullptr);
  std::size_t next_import = 0;
  return syntax::parse_declarations(
      program.sources.file(file), file, diagnostics, [&](syntax::Declaration&& declaration) {
        const Span span{file, syntax::node_of(declaration).begin, syntax::node_of(declaration).end};
        lowering(std::move(declaration));
        if (imports != nullptr && paths.size() > next_import) {
          imports->push_back(ImportRef{paths.back(), span});
          next_import = paths.size();
        }
      });
}

// Whether `path` (absolute, normalised) is `root` or lies under it.
bool is_within(const std::filesystem::path& path, const std::filesystem::path& root) {
  auto p = path.begin();
  for (auto r = root.begin(); r != root.end(); ++r, ++p) {
    if (r->empty() && std::next(r) == root.end()) {
      break; // a root written with a trailing slash
    }
    if (p == path.end() || *p != *r) {
      return false;
    }
  }
  return true;
}

// The file an import names, resolved in the importing file's folder, or why it is refused: an import may not
// leave the folder being loaded (an absolute path, `..` out of it, or a symbolic link out of it), and names a
// `.fp` file. A refused import is never read, so that no diagnostic can quote a file outside the rules.
std::optional<std::filesystem::path> resolve_import(const std::filesystem::path& importer,
                                                    const std::string& spec,
                                                    const std::filesystem::path& root, std::string& why) {
  const std::filesystem::path written(spec);
  if (written.is_absolute() || written.has_root_name() || written.has_root_directory()) {
    why = "an import is a path relative to the importing file, not an absolute path";
    return std::nullopt;
  }
  if (written.extension() != ".fp") {
    why = "an import names a rule file (`.fp`)";
    return std::nullopt;
  }
  std::error_code target_error;
  std::error_code root_error;
  const std::filesystem::path target = importer.parent_path() / written;
  const std::filesystem::path resolved = std::filesystem::weakly_canonical(target, target_error);
  const std::filesystem::path resolved_root = std::filesystem::weakly_canonical(root, root_error);
  if (target_error || root_error || !is_within(resolved, resolved_root)) {
    why = "`" + spec + "` is outside the folder being loaded (`" + root.generic_string() + "`)";
    return std::nullopt;
  }
  return target;
}

// Loads files depth first through their imports; a file on the current import chain again is a cycle.
class Loader {
public:
  explicit Loader(LoadResult& result) : result_(result) {}

  // Loads `path` (once) and returns its file id; nullopt when it cannot be read.
  std::optional<FileId> load(const std::filesystem::path& path, std::optional<Span> imported_at,
                             const std::filesystem::path& root) {
    std::error_code error;
    std::filesystem::path key = std::filesystem::weakly_canonical(path, error);
    if (error) {
      key = path;
    }
    if (const auto state = states_.find(key); state != states_.end()) {
      if (state->second.state == State::loading && imported_at) {
        auto& diagnostic = result_.diagnostics.error("FP-E0006", *imported_at,
                                                     "import cycle: `" + path.generic_string() +
                                                         "` is already being loaded");
        diagnostic.label = "imports a file that imports this one";
        diagnostic.help = "move the shared declarations into a file that both import";
      }
      return state->second.file;
    }
    std::string why;
    const auto text = read_file(path, &why);
    if (!text) {
      auto& diagnostic = result_.diagnostics.error("FP-E0005", imported_at.value_or(Span{invalid_file, 0, 0}),
                                                   "cannot read `" + path.generic_string() + "`");
      diagnostic.label = why;
      return std::nullopt;
    }
    const FileId file = result_.program.sources.add(path.generic_string(), *text);
    states_[key] = Loading{State::loading, file};
    result_.program.imports.resize(result_.program.sources.size());
    std::vector<ImportRef> imports;
    parse_file(file, result_.program, result_.diagnostics, &imports);
    for (const ImportRef& import : imports) {
      if (const auto target = resolve_import(path, import.path, root, why)) {
        if (const auto imported = load(*target, import.span, root)) {
          auto& edges = result_.program.imports[file];
          if (std::find(edges.begin(), edges.end(), *imported) == edges.end()) {
            edges.push_back(*imported);
          }
        }
      } else {
        auto& diagnostic = result_.diagnostics.error("FP-E0009", import.span, "import refused: " + why);
        diagnostic.label = "not read";
        diagnostic.help = "give facepia the folder that holds both files (e.g. `facepia lint rules/`), or "
                          "import a `.fp` file inside the folder given";
      }
    }
    states_[key].state = State::loaded;
    return file;
  }

private:
  static constexpr FileId invalid_file = ~FileId{0};
  enum class State { loading, loaded };
  struct Loading {
    State state;
    FileId file;
  };
  LoadResult& result_;
  std::map<std::filesystem::path, Loading> states_;
};

} // namespace

bool parse(FileId file, Program& program, Diagnostics& diagnostics, std::vector<std::string>* imports) {
  std::vector<ImportRef> refs;
  const bool ok = parse_file(file, program, diagnostics, &refs);
  if (imports != nullptr) {
    for (ImportRef& ref : refs) {
      imports->push_back(std::move(ref.path));
    }
  }
  return ok;
}

std::vector<std::filesystem::path> rule_files(const std::vector<std::filesystem::path>& paths) {
  std::vector<std::filesystem::path> result;
  for (const std::filesystem::path& path : paths) {
    std::error_code error;
    if (!std::filesystem::is_directory(path, error)) {
      result.push_back(path);
      continue;
    }
    std::vector<std::filesystem::path> files;
    for (auto it = std::filesystem::recursive_directory_iterator(path, error);
         !error && it != std::filesystem::recursive_directory_iterator(); it.increment(error)) {
      if (it->is_regular_file(error) && it->path().extension() == ".fp") {
        files.push_back(it->path());
      }
    }
    std::sort(files.begin(), files.end());
    result.insert(result.end(), files.begin(), files.end());
  }
  return result;
}

LoadResult load(const std::vector<std::filesystem::path>& paths) {
  LoadResult result;
  Loader loader(result);
  for (const std::filesystem::path& path : paths) {
    std::error_code error;
    std::filesystem::path root = std::filesystem::is_directory(path, error) ? path : path.parent_path();
    if (root.empty()) {
      root = ".";
    }
    const bool directory = std::filesystem::is_directory(path, error);
    const std::filesystem::path resolved_root = std::filesystem::weakly_canonical(root, error);
    for (const std::filesystem::path& file : rule_files({path})) {
      // A file found in a directory that is a symbolic link out of it is not read, as an import there would
      // not be.
      if (directory && !is_within(std::filesystem::weakly_canonical(file, error), resolved_root)) {
        auto& diagnostic = result.diagnostics.error(
            "FP-E0009", Span{~FileId{0}, 0, 0},
            "`" + file.generic_string() + "` is a symbolic link out of the folder being loaded");
        diagnostic.help = "copy the file into the rules folder instead of linking it";
        continue;
      }
      loader.load(file, std::nullopt, root);
    }
  }
  result.program.imports.resize(result.program.sources.size());
  check(result.program, result.diagnostics);
  return result;
}

std::optional<std::string> read_file(const std::filesystem::path& path, std::string* why) {
  const auto refuse = [&](std::string reason) -> std::optional<std::string> {
    if (why != nullptr) {
      *why = std::move(reason);
    }
    return std::nullopt;
  };
  // O_NONBLOCK: opening a FIFO must not wait for a writer; fstat then refuses it.
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) {
    return refuse(errno == ENOENT ? "no such file" : std::strerror(errno));
  }
  struct FdCloser {
    int fd;
    ~FdCloser() { ::close(fd); }
  } closer{fd};
  struct stat info {};
  if (::fstat(fd, &info) != 0) {
    return refuse(std::strerror(errno));
  }
  if (S_ISDIR(info.st_mode)) {
    return refuse("a directory");
  }
  if (!S_ISREG(info.st_mode)) {
    return refuse("not a regular file (a FIFO, a device or a socket)");
  }
  if (static_cast<std::uint64_t>(info.st_size) > max_input_bytes) {
    return refuse("larger than " + std::to_string(max_input_bytes >> 20U) + " MiB");
  }
  std::string text;
  text.reserve(static_cast<std::size_t>(info.st_size));
  char buffer[65536];
  while (true) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0) {
      if (errno == EINTR) {
        continue;
      }
      return refuse(std::strerror(errno));
    }
    if (n == 0) {
      break;
    }
    // The file may grow while it is read.
    if (text.size() + static_cast<std::size_t>(n) > max_input_bytes) {
      return refuse("larger than " + std::to_string(max_input_bytes >> 20U) + " MiB");
    }
    text.append(buffer, static_cast<std::size_t>(n));
  }
  return text;
}

} // namespace facepia::dsl
