#include "sign.hpp"

#include "facepia/engine/signature.hpp"
#include "facepia/platform/atomic_file.hpp"

#include <cstdio>
#include <fcntl.h>
#include <set>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace facepia::cli {

namespace {

struct TestRun {
  int exit = -1;
  std::string output;
};

// `facepia test RULES_DIR`, the very command a rule author runs, in a child process of this program.
TestRun run_rule_tests(const std::filesystem::path& rules_dir) {
  TestRun run;
  int out[2];
  if (::pipe(out) != 0) {
    return run;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out[1], 1);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addclose(&actions, out[0]);
  const std::string program = "/proc/self/exe";
  std::string arg0 = "facepia";
  std::string arg1 = "test";
  std::string arg2 = rules_dir.string();
  char* argv[] = {arg0.data(), arg1.data(), arg2.data(), nullptr};
  pid_t pid = 0;
  const int spawned = posix_spawn(&pid, program.c_str(), &actions, nullptr, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(out[1]);
  if (spawned != 0) {
    ::close(out[0]);
    return run;
  }
  char buffer[4096];
  for (ssize_t n; (n = ::read(out[0], buffer, sizeof buffer)) > 0;) {
    run.output.append(buffer, static_cast<std::size_t>(n));
  }
  ::close(out[0]);
  int status = 0;
  if (::waitpid(pid, &status, 0) == pid && WIFEXITED(status)) {
    run.exit = WEXITSTATUS(status);
  }
  return run;
}

} // namespace

std::optional<AssessmentSigner> AssessmentSigner::prepare(const std::filesystem::path& key_file,
                                                          const std::filesystem::path& rules_dir,
                                                          const engine::DeploymentLoad& load,
                                                          std::string& error) {
  std::set<std::string> files;
  for (const auto& d : load.deployments) {
    if (d.document > 0 || !files.insert(d.file).second) {
      error = "`" + d.file +
              "` holds more than one deployment: sign one deployment per file (the runtime reads "
              "one)";
      return std::nullopt;
    }
  }
  AssessmentSigner signer;
  try {
    signer.secret_ = engine::signing::read_secret_key(key_file);
    signer.key_id_ = engine::signing::key_id(engine::signing::public_of(signer.secret_));
  } catch (const std::exception& e) {
    error = e.what();
    return std::nullopt;
  }
  // The rules must pass their own tests to be signed: weakened rules fail the tests that pin their decisions.
  const auto tests = run_rule_tests(rules_dir);
  const auto last = tests.output.rfind(" passed, ");
  const auto line = tests.output.rfind('\n', last == std::string::npos ? 0 : last);
  std::size_t passed = 0;
  std::size_t failed = 0;
  const bool counted = last != std::string::npos &&
                       std::sscanf(tests.output.c_str() + (line == std::string::npos ? 0 : line + 1),
                                   "%zu passed, %zu failed", &passed, &failed) == 2;
  if (tests.exit != 0 || !counted || failed > 0) {
    std::string first;
    if (const auto fail = tests.output.find("FAIL  "); fail != std::string::npos) {
      first = ", the first: " + tests.output.substr(fail + 6, tests.output.find('\n', fail) - fail - 6);
    }
    error = (counted ? std::to_string(failed) + " of " + std::to_string(passed + failed) + " rule tests fail"
                     : std::string("the rule tests did not run")) +
            first + "; rules that fail their own tests are not signed (run `facepia test " +
            rules_dir.string() + "`)";
    return std::nullopt;
  }
  signer.tests_passed_ = passed;
  return signer;
}

AssessmentSigner::~AssessmentSigner() {
  std::fill(secret_.begin(), secret_.end(), '\0');
}

void AssessmentSigner::add(const engine::Assessment& assessment, const engine::Engine& engine) {
  const auto statement = engine::signing::statement_of(assessment, engine, tests_passed_, 0);
  files_.emplace_back(assessment.deployment_file + ".sig", engine::signing::sign(statement, secret_));
}

bool AssessmentSigner::write(std::string& error) const {
  for (const auto& [path, text] : files_) {
    if (const std::string failure = platform::write_file_atomically(path, text); !failure.empty()) {
      error = "cannot write the signed assessment `" + path.string() + "`: " + failure;
      return false;
    }
  }
  return true;
}

} // namespace facepia::cli
