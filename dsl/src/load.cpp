// parse() and load(): reading files, following imports, parsing, lowering and checking.
#include "facepia/dsl/dsl.hpp"
#include "lower.hpp"
#include "syntax.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>
#include <system_error>

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

// Loads files depth first through their imports; a file on the current import chain again is a cycle.
class Loader {
public:
  explicit Loader(LoadResult& result) : result_(result) {}

  void load(const std::filesystem::path& path, std::optional<Span> imported_at) {
    std::error_code error;
    std::filesystem::path key = std::filesystem::weakly_canonical(path, error);
    if (error) {
      key = path;
    }
    if (const auto state = states_.find(key); state != states_.end()) {
      if (state->second == State::loading && imported_at) {
        auto& diagnostic = result_.diagnostics.error("FP-E0006", *imported_at,
                                                     "import cycle: `" + path.generic_string() +
                                                         "` is already being loaded");
        diagnostic.label = "imports a file that imports this one";
        diagnostic.help = "move the shared declarations into a file that both import";
      }
      return;
    }
    const auto text = read_file(path);
    if (!text) {
      auto& diagnostic = result_.diagnostics.error("FP-E0005", imported_at.value_or(Span{invalid_file, 0, 0}),
                                                   "cannot read `" + path.generic_string() + "`");
      diagnostic.label = "no such file";
      return;
    }
    states_[key] = State::loading;
    const FileId file = result_.program.sources.add(path.generic_string(), *text);
    std::vector<ImportRef> imports;
    parse_file(file, result_.program, result_.diagnostics, &imports);
    for (const ImportRef& import : imports) {
      load(path.parent_path() / import.path, import.span);
    }
    states_[key] = State::loaded;
  }

private:
  static constexpr FileId invalid_file = ~FileId{0};
  enum class State { loading, loaded };
  LoadResult& result_;
  std::map<std::filesystem::path, State> states_;
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
  for (const std::filesystem::path& file : rule_files(paths)) {
    loader.load(file, std::nullopt);
  }
  check(result.program, result.diagnostics);
  return result;
}

std::optional<std::string> read_file(const std::filesystem::path& path) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) {
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return std::nullopt;
  }
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) {
    return std::nullopt;
  }
  return std::move(text).str();
}

} // namespace facepia::dsl
