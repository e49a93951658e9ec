// facepia studio: the assessment as a local web questionnaire. Served by the facepia program itself
// (cpp-httplib), server-rendered HTML with one small script; it asks the next most decisive question
// (questions.hpp), re-assesses after every answer, and writes the answers as a deployment YAML that
// `facepia assess` reads to the same assessment id.
//
// Security: it binds to the loopback interface by default; every request carries the per-start token (in the
// URL first, then a SameSite=Strict cookie) and a Host header naming the server; every write carries the
// per-start CSRF token and, when the browser sends one, a same-origin Origin; request bodies are limited; the
// only files it reads or writes are YAML files inside its working folder, named relative to it.
#pragma once

#include "facepia/engine/engine.hpp"

#include <filesystem>
#include <functional>
#include <memory>
#include <string>

namespace facepia::studio {

struct StudioOptions {
  std::string host = "127.0.0.1";
  int port = 0;                      // 0: any free port
  std::filesystem::path rules;       // the rules directory
  std::filesystem::path database;    // the assessment store
  std::filesystem::path working_dir; // where deployments are opened and saved
  engine::AssessOptions assess;      // assessors, date
  std::string token;                 // empty: a random one (tests fix it)
};

class Studio {
public:
  // Loads the rules; throws std::runtime_error with the rendered diagnostics when they do not load.
  explicit Studio(StudioOptions options);
  ~Studio();
  Studio(const Studio&) = delete;
  Studio& operator=(const Studio&) = delete;

  // Binds the socket; returns false when it cannot. Then url() is known.
  bool bind();
  // Serves until stop(); call after bind().
  void serve();
  void stop();
  int port() const;
  // The address to open, with the token: `http://127.0.0.1:PORT/?token=...`.
  std::string url() const;
  const std::string& token() const;
  const std::string& csrf_token() const;

private:
  struct State;
  std::unique_ptr<State> state_;
};

} // namespace facepia::studio
