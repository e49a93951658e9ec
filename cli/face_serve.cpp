#include "face_serve.hpp"

#include <arpa/inet.h>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <httplib.h>
#include <iostream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

namespace facepia::cli {
namespace {

httplib::Server* running = nullptr;

extern "C" void stop_serving(int /*signal*/) {
  if (running != nullptr) {
    running->stop();
  }
}

bool is_loopback(const std::string& host) {
  in_addr v4{};
  in6_addr v6{};
  if (::inet_pton(AF_INET, host.c_str(), &v4) == 1) {
    return (ntohl(v4.s_addr) >> 24U) == 127U;
  }
  if (::inet_pton(AF_INET6, host.c_str(), &v6) == 1) {
    return IN6_IS_ADDR_LOOPBACK(&v6) != 0;
  }
  return host == "localhost";
}

// The bearer token: at least 32 characters, from a file of the user's own that nobody else may read (as a
// key), else $FACEPIA_SERVE_TOKEN. Empty, with `error` set, when there is none fit to use.
std::string read_token(const std::filesystem::path& file, std::string& error) {
  std::string token;
  if (!file.empty()) {
    const int fd = ::open(file.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    struct stat info {};
    if (fd < 0 || ::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
      if (fd >= 0) {
        ::close(fd);
      }
      error = "cannot read the token file `" + file.string() + "` (a regular file)";
      return {};
    }
    if (info.st_uid != ::geteuid() || (info.st_mode & 077U) != 0) {
      ::close(fd);
      error = "the token file `" + file.string() +
              "` must be owned by you and readable by you alone: chmod 600 it";
      return {};
    }
    token.resize(4096);
    const ssize_t n = ::read(fd, token.data(), token.size());
    ::close(fd);
    token.resize(n > 0 ? static_cast<std::size_t>(n) : 0U);
    token = token.substr(0, token.find_first_of("\r\n"));
  } else if (const char* env = std::getenv("FACEPIA_SERVE_TOKEN"); env != nullptr) {
    token = env;
  }
  if (token.size() < 32) {
    error = "the service needs a bearer token of at least 32 characters: --token-file FILE (mode 0600) or "
            "$FACEPIA_SERVE_TOKEN";
    return {};
  }
  return token;
}

bool authorised(const httplib::Request& request, const std::string& token) {
  const std::string header = request.get_header_value("Authorization");
  const std::string expected = "Bearer " + token;
  return header.size() == expected.size() &&
         sodium_memcmp(header.data(), expected.data(), header.size()) == 0;
}

void reply(httplib::Response& response, int status, const nlohmann::json& body) {
  response.status = status;
  response.set_content(body.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n",
                       "application/json");
}

nlohmann::json outcome_json(const recognition::Outcome& o) {
  nlohmann::json j{{"ok", o.ok}, {"result", o.result}, {"message", o.message}};
  if (!o.subject.empty()) {
    j["subject"] = o.subject;
  }
  if (o.distance) {
    j["distance"] = *o.distance;
  }
  return j;
}

} // namespace

int serve(recognition::Runtime& runtime, const ServeOptions& options) {
  if (!options.allow_remote && !is_loopback(options.host)) {
    std::cerr
        << "error: `" << options.host
        << "` is not a loopback address: the service listens on this machine only unless --allow-remote "
           "(then put TLS in front of it)\n";
    return 2;
  }
  std::string error;
  const std::string token = read_token(options.token_file, error);
  if (token.empty()) {
    std::cerr << "error: " << error << "\n";
    return 2;
  }
  if (sodium_init() < 0) {
    std::cerr << "error: libsodium failed to initialise\n";
    return 2;
  }

  httplib::Server server;
  server.new_task_queue = [threads = options.threads] {
    return new httplib::ThreadPool(static_cast<std::size_t>(threads));
  };
  server.set_payload_max_length(options.max_request_bytes);
  server.set_read_timeout(10, 0);
  server.set_write_timeout(10, 0);
  std::mutex one_at_a_time; // the runtime (its store, its pipeline) serves one operation at a time

  // Every request but the health check carries the token; an image is the request body.
  server.set_pre_routing_handler([&](const httplib::Request& request, httplib::Response& response) {
    if (!authorised(request, token)) {
      reply(response, 401,
            {{"ok", false}, {"result", "unauthorised"}, {"message", "a valid bearer token is needed"}});
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });

  server.Get("/v1/gate", [&](const httplib::Request&, httplib::Response& response) {
    const auto& p = runtime.policy();
    reply(response, 200,
          {{"decision", p.verdict},
           {"assessment_id", p.assessment_id},
           {"deployment", p.declared.name},
           {"conditions", p.conditions},
           {"threshold", recognition::operating_threshold(p)}});
  });

  auto operation = [&](const char* name) {
    return [&, name = std::string(name)](const httplib::Request& request, httplib::Response& response) {
      const std::string subject = request.get_param_value("subject");
      const std::string purpose = request.get_param_value("purpose");
      const bool aligned = request.get_param_value("aligned") == "1";
      if (purpose.empty() || (name != "identify" && subject.empty())) {
        reply(response, 400,
              {{"ok", false},
               {"result", "bad_request"},
               {"message",
                name == "identify" ? "identify needs ?purpose=P" : name + " needs ?subject=S&purpose=P"}});
        return;
      }
      try {
        const auto image = recognition::decode_image(request.body, "the request body");
        const std::lock_guard<std::mutex> lock(one_at_a_time);
        recognition::Outcome o;
        if (name == "verify") {
          o = runtime.verify(subject, image, purpose, aligned);
        } else if (name == "identify") {
          o = runtime.identify(image, purpose, aligned);
        } else {
          o = runtime.enrol(subject, image, purpose, aligned);
        }
        // Refused: 403, as the command line's exit 1; a result (match or not): 200.
        reply(response, o.result == "refused" ? 403 : 200, outcome_json(o));
      } catch (const recognition::Refused& e) {
        reply(response, 403, {{"ok", false}, {"result", "refused"}, {"message", e.what()}});
      } catch (const std::exception& e) {
        reply(response, 400, {{"ok", false}, {"result", "bad_request"}, {"message", e.what()}});
      }
    };
  };
  server.Post("/v1/verify", operation("verify"));
  server.Post("/v1/identify", operation("identify"));
  server.Post("/v1/enrol", operation("enrol"));

  if (!server.bind_to_port(options.host, options.port)) {
    std::cerr << "error: cannot listen on " << options.host << ":" << options.port << "\n";
    return 2;
  }
  running = &server;
  std::signal(SIGINT, stop_serving);
  std::signal(SIGTERM, stop_serving);
  std::cout << "serving `" << runtime.policy().declared.name << "` (" << runtime.policy().verdict
            << ") on http://" << options.host << ":" << options.port << "/v1/" << std::endl;
  server.listen_after_bind();
  running = nullptr;
  return 0;
}

} // namespace facepia::cli
