#include "assess_stream.hpp"

#include "facepia/dsl/dsl.hpp"
#include "facepia/engine/deployment.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <iostream>
#include <mutex>
#include <set>
#include <string_view>
#include <thread>

namespace facepia::cli {
namespace {

namespace fs = std::filesystem;

// The files to assess, packed into one buffer: a million fs::path values (each with its own list of
// components) would take several hundred MB.
class FileList {
public:
  void add(std::string_view path) {
    starts_.push_back(blob_.size());
    blob_ += path;
  }
  std::size_t size() const { return starts_.size(); }
  std::string_view operator[](std::size_t i) const {
    const std::size_t begin = starts_[i];
    const std::size_t end = i + 1 < starts_.size() ? starts_[i + 1] : blob_.size();
    return std::string_view(blob_).substr(begin, end - begin);
  }
  // Sorts [from, size()) as std::sort sorts fs::path values: component by component.
  void sort_from(std::size_t from) {
    std::vector<std::size_t> order(size() - from);
    for (std::size_t i = 0; i < order.size(); ++i) {
      order[i] = from + i;
    }
    std::sort(order.begin(), order.end(),
              [this](std::size_t a, std::size_t b) { return path_less((*this)[a], (*this)[b]); });
    std::string sorted;
    std::vector<std::size_t> starts;
    starts.reserve(order.size());
    for (const std::size_t i : order) {
      starts.push_back(starts_[from] + sorted.size());
      sorted += (*this)[i];
    }
    blob_.resize(starts_[from]);
    blob_ += sorted;
    std::copy(starts.begin(), starts.end(), starts_.begin() + static_cast<std::ptrdiff_t>(from));
  }

private:
  // fs::path's order for the paths a directory iterator yields (single separators): the components compared
  // as strings, one after another.
  static bool path_less(std::string_view a, std::string_view b) {
    while (true) {
      const std::size_t a_end = std::min(a.find('/'), a.size());
      const std::size_t b_end = std::min(b.find('/'), b.size());
      if (const int c = a.substr(0, a_end).compare(b.substr(0, b_end)); c != 0) {
        return c < 0;
      }
      if (a_end == a.size() || b_end == b.size()) {
        return a_end == a.size() && b_end != b.size();
      }
      a.remove_prefix(a_end + 1);
      b.remove_prefix(b_end + 1);
    }
  }

  std::string blob_;
  std::vector<std::size_t> starts_;
};

// The files engine::load_deployments would read, in its order; false when a directory holds no deployment.
bool list_files(const std::vector<fs::path>& paths, FileList& files) {
  for (const auto& path : paths) {
    std::error_code ec;
    if (!fs::is_directory(path, ec)) {
      files.add(path.string());
      continue;
    }
    const std::size_t first = files.size();
    for (fs::recursive_directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
      const auto ext = it->path().extension();
      if (it->is_regular_file(ec) && (ext == ".yaml" || ext == ".yml")) {
        files.add(it->path().native());
      }
    }
    if (files.size() == first) {
      return false;
    }
    files.sort_from(first);
  }
  return true;
}

// What one chunk of files gives: the rendered assessments in order, or the files that have diagnostics.
struct Chunk {
  std::vector<std::string> bodies;
  std::vector<std::string> names;
  std::vector<std::string> files_with_diagnostics;
  bool has_errors = false;
  bool deny = false;
  std::exception_ptr failure; // thrown while loading or assessing: rethrown by the writer, as one at a time
};

// Small enough that the chunks in flight hold a few MB of reports (an explained JSON assessment is a few
// hundred KB), large enough that handing them over costs nothing next to assessing them.
constexpr std::size_t files_per_chunk = 16;

} // namespace

std::optional<StreamResult> assess_streaming(const StreamedAssess& job, const std::vector<fs::path>& paths,
                                             std::ostream& out) {
  FileList files;
  if (!list_files(paths, files)) {
    return std::nullopt;
  }
  const std::size_t chunk_count = (files.size() + files_per_chunk - 1) / files_per_chunk;
  const std::size_t workers =
      std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, std::max<std::size_t>(chunk_count, 1));
  // Workers run at most this many chunks ahead of the writer: memory stays bounded whatever the batch.
  const std::size_t window = 2 * workers;

  std::mutex mutex;
  std::condition_variable chunk_done;
  std::condition_variable chunk_written;
  std::deque<std::optional<Chunk>> pending; // chunks [written, written + pending.size())
  std::size_t next_chunk = 0;
  std::size_t written = 0;
  std::atomic<bool> failed{false}; // a file has errors: nothing more is assessed, the errors are gathered

  auto work = [&] {
    while (true) {
      std::size_t c = 0;
      {
        std::unique_lock lock(mutex);
        chunk_written.wait(lock, [&] { return next_chunk >= chunk_count || next_chunk < written + window; });
        if (next_chunk >= chunk_count) {
          return;
        }
        c = next_chunk++;
      }
      Chunk chunk;
      try {
        std::vector<fs::path> chunk_paths;
        for (std::size_t i = c * files_per_chunk; i < std::min(files.size(), (c + 1) * files_per_chunk);
             ++i) {
          chunk_paths.emplace_back(files[i]);
        }
        engine::DeploymentLoad load = engine::load_deployments(chunk_paths, job.engine.vocabulary());
        std::set<dsl::FileId> seen;
        for (const dsl::Diagnostic& diagnostic : load.diagnostics.items()) {
          if (seen.insert(diagnostic.span.file).second) {
            chunk.files_with_diagnostics.push_back(load.sources.file(diagnostic.span.file).path());
          }
        }
        chunk.has_errors = !load.ok();
        if (chunk.has_errors) {
          failed = true;
        }
        if (!failed) {
          for (const engine::Deployment& deployment : load.deployments) {
            engine::Assessment assessment = job.engine.assess(deployment, job.options);
            chunk.deny = chunk.deny || assessment.decision == dsl::Decision::deny;
            chunk.bodies.push_back(job.render(assessment));
            if (job.progress) {
              chunk.names.push_back(deployment.name);
            }
          }
        }
      } catch (...) {
        chunk.failure = std::current_exception();
      }
      {
        const std::lock_guard lock(mutex);
        pending[c - written].emplace(std::move(chunk));
      }
      chunk_done.notify_all();
    }
  };

  {
    const std::lock_guard lock(mutex);
    pending.resize(std::min(window, chunk_count));
  }
  std::vector<std::thread> pool;
  for (std::size_t w = 0; w < workers; ++w) {
    pool.emplace_back(work);
  }

  StreamResult result;
  std::vector<std::string> files_with_diagnostics;
  bool has_errors = false;
  std::string previous; // a JSON body waits for the next: the last one of an array has no comma
  bool array_open = false;
  for (std::size_t c = 0; c < chunk_count; ++c) {
    Chunk chunk;
    {
      std::unique_lock lock(mutex);
      chunk_done.wait(lock, [&] { return pending.front().has_value(); });
      chunk = std::move(*pending.front());
      pending.pop_front();
      ++written;
      if (written + pending.size() < chunk_count) {
        pending.emplace_back();
      }
    }
    chunk_written.notify_all();
    if (chunk.failure) {
      {
        const std::lock_guard lock(mutex);
        next_chunk = chunk_count; // the workers stop after their current chunk
      }
      chunk_written.notify_all();
      for (auto& thread : pool) {
        thread.join();
      }
      std::rethrow_exception(chunk.failure);
    }
    files_with_diagnostics.insert(files_with_diagnostics.end(), chunk.files_with_diagnostics.begin(),
                                  chunk.files_with_diagnostics.end());
    has_errors = has_errors || chunk.has_errors;
    if (has_errors) {
      continue;
    }
    if (chunk.deny) {
      result.exit_code = 1;
    }
    for (std::size_t i = 0; i < chunk.bodies.size(); ++i) {
      std::string& body = chunk.bodies[i];
      if (job.progress && result.assessed > 0) {
        std::cerr << "\r\033[Kassessing " << (result.assessed + 1) << ": " << chunk.names[i] << std::flush;
      }
      if (job.json) {
        if (result.assessed > 0) {
          if (!array_open) {
            out << "[\n";
            array_open = true;
          }
          previous.back() = ',';
          previous += "\n";
          out << previous;
        }
        previous = std::move(body);
      } else {
        out << (result.assessed == 0 ? "" : "\n" + std::string(100, '-') + "\n\n") << body;
      }
      ++result.assessed;
    }
  }
  for (auto& thread : pool) {
    thread.join();
  }

  if (has_errors) {
    // Only the files with diagnostics, loaded again: their diagnostics render as the whole batch's would.
    std::vector<fs::path> again(files_with_diagnostics.begin(), files_with_diagnostics.end());
    const engine::DeploymentLoad load = engine::load_deployments(again, job.engine.vocabulary());
    std::cerr << dsl::render_all(load.diagnostics, load.sources, job.color);
    std::cerr << "error: nothing was assessed and nothing was recorded\n";
    result.exit_code = 2;
    return result;
  }
  if (result.assessed == 0) {
    std::cerr << "error: no deployment to assess\n";
    result.exit_code = 2;
    return result;
  }
  if (job.json) {
    out << previous;
    if (array_open) {
      out << "]\n";
    }
  }
  return result;
}

} // namespace facepia::cli
