// The studio's HTTP server: routes, the security checks every request passes, and the drafts.
#include "draft.hpp"
#include "facepia/assessors/assessors.hpp"
#include "facepia/dsl/dsl.hpp"
#include "facepia/engine/deployment.hpp"
#include "facepia/engine/output.hpp"
#include "facepia/engine/store.hpp"
#include "facepia/reports/report.hpp"
#include "facepia/studio/questions.hpp"
#include "facepia/studio/studio.hpp"
#include "i18n.hpp"
#include "page.hpp"
#include "questionnaire.hpp"

#include <algorithm>
#include <fstream>
#include <httplib.h>
#include <mutex>
#include <random>
#include <sstream>
#include <stdexcept>
#include <unistd.h>

namespace facepia::studio {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t max_body = 256 * 1024; // a form post; the longest text field is a few pages of prose
constexpr std::size_t max_drafts = 200;      // drafts live in memory until the studio stops
constexpr std::size_t max_listed_files = 500;

std::string random_hex(std::size_t bytes) {
  std::ifstream urandom("/dev/urandom", std::ios::binary);
  std::string raw(bytes, '\0');
  if (!urandom.read(raw.data(), static_cast<std::streamsize>(bytes))) {
    throw std::runtime_error("cannot read /dev/urandom for the studio's token");
  }
  static const char* digits = "0123456789abcdef";
  std::string hex;
  for (const char ch : raw) {
    const auto c = static_cast<unsigned char>(ch);
    hex += digits[c >> 4U];
    hex += digits[c & 15U];
  }
  return hex;
}

// Compares secrets in time independent of where they differ.
bool same_secret(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) {
    return false;
  }
  unsigned char diff = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  }
  return diff == 0;
}

std::string cookie_value(const httplib::Request& req, std::string_view name) {
  const std::string cookies = req.get_header_value("Cookie");
  std::size_t pos = 0;
  while (pos < cookies.size()) {
    std::size_t end = cookies.find(';', pos);
    if (end == std::string::npos) {
      end = cookies.size();
    }
    std::string_view item = std::string_view(cookies).substr(pos, end - pos);
    while (!item.empty() && item.front() == ' ') {
      item.remove_prefix(1);
    }
    if (item.size() > name.size() && item.starts_with(name) && item[name.size()] == '=') {
      return std::string(item.substr(name.size() + 1));
    }
    pos = end + 1;
  }
  return {};
}

bool yaml_name(const fs::path& p) {
  const auto ext = p.extension().string();
  return ext == ".yaml" || ext == ".yml";
}

// A file name for saving: letters, digits, `.`, `_`, `-`, ending in .yaml or .yml; no directory part.
bool safe_file_name(const std::string& name) {
  if (name.empty() || name.size() > 128 || name.front() == '.') {
    return false;
  }
  for (const char c : name) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '.' || c == '_' || c == '-')) {
      return false;
    }
  }
  return yaml_name(name);
}

} // namespace

struct Studio::State {
  StudioOptions options;
  fs::path working_dir; // canonical
  dsl::Program* program = nullptr;
  std::unique_ptr<engine::Engine> engine;
  Questionnaire questionnaire;
  std::string token;
  std::string csrf;
  httplib::Server server;
  int port = 0;
  std::mutex mutex; // the drafts and the store
  std::map<std::string, Draft> drafts;

  // --- files inside the working folder ---

  // The canonical path of a client-named file inside the working folder, or nullopt: no absolute path, no
  // `..`, no symbolic link out of it, a regular YAML file.
  std::optional<fs::path> inside(const std::string& relative) const {
    if (relative.empty() || relative.size() > 1024 || relative.find('\0') != std::string::npos) {
      return std::nullopt;
    }
    const fs::path rel(relative);
    if (rel.is_absolute() || rel.has_root_name()) {
      return std::nullopt;
    }
    for (const auto& part : rel) {
      if (part == "..") {
        return std::nullopt;
      }
    }
    std::error_code ec;
    const fs::path full = fs::weakly_canonical(working_dir / rel, ec);
    if (ec) {
      return std::nullopt;
    }
    const auto [end, rest] = std::mismatch(working_dir.begin(), working_dir.end(), full.begin(), full.end());
    if (end != working_dir.end() || !yaml_name(full)) {
      return std::nullopt;
    }
    return full;
  }

  std::vector<std::string> yaml_files() const {
    std::vector<std::string> files;
    std::error_code ec;
    fs::recursive_directory_iterator it(working_dir, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator() && files.size() < max_listed_files;
         it.increment(ec)) {
      const auto& p = it->path();
      const auto name = p.filename().string();
      if (it->is_directory() && (name.starts_with(".") || name == "build" || name == "node_modules")) {
        it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file() && !it->is_symlink() && yaml_name(p)) {
        files.push_back(fs::relative(p, working_dir).generic_string());
      }
    }
    std::sort(files.begin(), files.end());
    return files;
  }

  // --- assessments ---

  engine::DeploymentLoad load_draft(const Draft& draft) const {
    return engine::load_deployment_text(draft.file.empty() ? std::string("studio.yaml") : draft.file,
                                        to_yaml(draft, engine->vocabulary()), engine->vocabulary());
  }

  View view_of(Draft& draft, Lang lang) {
    View view;
    view.draft = &draft;
    view.lang = lang;
    view.csrf = csrf;
    view.questionnaire = &questionnaire;
    view.engine = engine.get();
    view.yaml = to_yaml(draft, engine->vocabulary());
    auto load = engine::load_deployment_text(draft.file.empty() ? std::string("studio.yaml") : draft.file,
                                             view.yaml, engine->vocabulary());
    if (!load.ok() || load.deployments.size() != 1) {
      // The studio only stores what parsed; this is a fault of the studio, shown rather than hidden.
      view.load_error = diagnostics_text(load.diagnostics);
      return view;
    }
    engine::AssessOptions assess = options.assess;
    assess.explain = false;
    view.assessment = engine->assess(load.deployments.front(), assess);
    QuestionOptions qo;
    qo.assess = assess;
    qo.skipped = draft.skipped;
    view.questions = rank_questions(*engine, load.deployments.front(), *view.assessment, qo);
    return view;
  }

  std::string report(const Draft& draft, reports::Format format, Lang lang, std::string& error) const {
    auto load = load_draft(draft);
    if (!load.ok() || load.deployments.size() != 1) {
      error = diagnostics_text(load.diagnostics);
      return {};
    }
    const auto& deployment = load.deployments.front();
    const engine::Assessment assessment = engine->assess(deployment, options.assess);
    const auto lawful_paths = reports::search_lawful_paths(*engine, deployment, assessment);
    reports::ReportOptions ro;
    ro.lang = lang == Lang::zh ? reports::Lang::zh : reports::Lang::en;
    ro.diagrams = format == reports::Format::html;
    ro.lawful_paths = &lawful_paths;
    return reports::render(*engine, assessment, format, ro);
  }

  // --- HTTP ---

  Lang lang_of(const httplib::Request& req) const {
    return cookie_value(req, "facepia_lang") == "zh" ? Lang::zh : Lang::en;
  }

  std::string token_cookie() const { return "facepia_studio_" + std::to_string(port); }

  bool host_ok(const httplib::Request& req) const {
    // A page on another site that resolves its own name to 127.0.0.1 (DNS rebinding) sends its own Host.
    const std::string host = req.get_header_value("Host");
    const std::string p = ":" + std::to_string(port);
    const bool loopback = options.host == "127.0.0.1" || options.host == "localhost" || options.host == "::1";
    if (!loopback) {
      return host.ends_with(p); // served on a network on purpose: the token alone admits
    }
    return host == options.host + p || host == "127.0.0.1" + p || host == "localhost" + p ||
           host == "[::1]" + p;
  }

  bool origin_ok(const httplib::Request& req) const {
    if (!req.has_header("Origin")) {
      return true; // the CSRF token still has to match
    }
    const std::string origin = req.get_header_value("Origin");
    return origin == "http://" + req.get_header_value("Host");
  }

  void deny(httplib::Response& res, int status, Lang lang) const {
    res.status = status;
    res.set_content(error_page(lang, status, std::string(tr(lang, "forbidden"))), "text/html; charset=utf-8");
  }

  void redirect(httplib::Response& res, const std::string& to) const {
    res.status = 303;
    res.set_header("Location", to);
  }

  Draft* find_draft(const std::string& id) {
    const auto it = drafts.find(id);
    return it == drafts.end() ? nullptr : &it->second;
  }

  Draft& add_draft(Draft draft) {
    if (drafts.size() >= max_drafts) {
      // The oldest untouched drafts go first; what matters is saved as YAML or recorded.
      auto oldest = std::min_element(drafts.begin(), drafts.end(), [](const auto& a, const auto& b) {
        return a.second.revision < b.second.revision;
      });
      drafts.erase(oldest);
    }
    draft.id = random_hex(12);
    const std::string id = draft.id;
    return drafts.emplace(id, std::move(draft)).first->second;
  }

  void render_draft(httplib::Response& res, Draft& draft, Lang lang, int status = 200) {
    View view = view_of(draft, lang);
    res.status = status;
    res.set_content(draft_page(view), "text/html; charset=utf-8");
  }

  void routes();
};

void Studio::State::routes() {
  server.set_payload_max_length(max_body);
  server.set_read_timeout(10);
  server.set_write_timeout(10);
  server.set_default_headers({
      {"Content-Security-Policy",
       "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; "
       "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"},
      {"X-Content-Type-Options", "nosniff"},
      // same-origin, not no-referrer: with no-referrer a browser sends `Origin: null` on form posts.
      {"Referrer-Policy", "same-origin"},
      {"X-Frame-Options", "DENY"},
      {"Cache-Control", "no-store"},
  });

  // Every request: the Host, the token; every write: the CSRF token and the Origin.
  server.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    const Lang lang = lang_of(req);
    if (!host_ok(req)) {
      deny(res, 421, lang);
      return httplib::Server::HandlerResponse::Handled;
    }
    const bool by_query = req.has_param("token") && same_secret(req.get_param_value("token"), token);
    const bool by_cookie = same_secret(cookie_value(req, token_cookie()), token);
    if (!by_query && !by_cookie) {
      deny(res, 403, lang);
      return httplib::Server::HandlerResponse::Handled;
    }
    if (req.method == "POST") {
      // The body is not read yet: the CSRF token is checked by every POST route (post_route).
      if (!origin_ok(req)) {
        deny(res, 403, lang);
        return httplib::Server::HandlerResponse::Handled;
      }
    } else if (req.method != "GET" && req.method != "HEAD") {
      deny(res, 405, lang);
      return httplib::Server::HandlerResponse::Handled;
    }
    if (by_query && req.method == "GET") {
      // From the printed URL: keep the token in a cookie, and take it out of the address bar.
      res.set_header("Set-Cookie", token_cookie() + "=" + token + "; Path=/; HttpOnly; SameSite=Strict");
      redirect(res, req.path);
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });

  // A write: admitted only with the page's CSRF token in the form (or the X-CSRF-Token header).
  const auto post_route = [this](const std::string& pattern, httplib::Server::Handler handler) {
    server.Post(pattern, [this, handler](const httplib::Request& req, httplib::Response& res) {
      const std::string sent =
          req.has_param("csrf") ? req.get_param_value("csrf") : req.get_header_value("X-CSRF-Token");
      if (!same_secret(sent, csrf)) {
        deny(res, 403, lang_of(req));
        return;
      }
      handler(req, res);
    });
  };

  server.Get("/static/studio.css", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(std::string(stylesheet()), "text/css; charset=utf-8");
  });
  server.Get("/static/studio.js", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(std::string(script()), "text/javascript; charset=utf-8");
  });

  server.Get("/lang/(en|zh)", [this](const httplib::Request& req, httplib::Response& res) {
    res.set_header("Set-Cookie", "facepia_lang=" + std::string(req.matches[1]) + "; Path=/; SameSite=Strict");
    std::string back = req.has_param("back") ? req.get_param_value("back") : "/";
    if (back.empty() || back.front() != '/' || back.starts_with("//") ||
        back.find('\\') != std::string::npos || back.find_first_of("\r\n") != std::string::npos) {
      back = "/";
    }
    redirect(res, back);
  });

  server.Get("/", [this](const httplib::Request& req, httplib::Response& res) {
    const Lang lang = lang_of(req);
    std::lock_guard lock(mutex);
    Home home;
    home.lang = lang;
    home.csrf = csrf;
    home.files = yaml_files();
    home.working_dir = working_dir.string();
    try {
      engine::Store store(options.database);
      home.history = store.history(50, false);
    } catch (const std::exception& e) {
      home.history_error = e.what();
    }
    res.set_content(home_page(home), "text/html; charset=utf-8");
  });

  post_route("/new", [this](const httplib::Request&, httplib::Response& res) {
    std::lock_guard lock(mutex);
    Draft& draft = add_draft(Draft{});
    redirect(res, "/d/" + draft.id);
  });

  post_route("/open", [this](const httplib::Request& req, httplib::Response& res) {
    const Lang lang = lang_of(req);
    std::lock_guard lock(mutex);
    const std::string name = req.get_param_value("file");
    const auto path = inside(name);
    std::error_code ec;
    if (!path || !fs::is_regular_file(fs::symlink_status(*path, ec))) {
      res.status = 404;
      res.set_content(
          error_page(lang, 404, "`" + name + "`: no YAML file of that name in the working folder"),
          "text/html; charset=utf-8");
      return;
    }
    auto load = engine::load_deployments({*path}, engine->vocabulary());
    if (!load.ok() || load.deployments.empty()) {
      res.status = 422;
      res.set_content(error_page(lang, 422, dsl::render_all(load.diagnostics, load.sources)),
                      "text/html; charset=utf-8");
      return;
    }
    Draft draft = draft_of(load.deployments.front());
    draft.file = fs::relative(*path, working_dir).generic_string();
    if (load.deployments.size() > 1) {
      draft.notice = "the file holds " + std::to_string(load.deployments.size()) +
                     " deployments; the first is open, and saving writes it alone";
    }
    Draft& added = add_draft(std::move(draft));
    redirect(res, "/d/" + added.id);
  });

  server.Get("/history/([0-9]+)\\.json", [this](const httplib::Request& req, httplib::Response& res) {
    std::lock_guard lock(mutex);
    try {
      engine::Store store(options.database);
      const auto found = store.find(std::string(req.matches[1]));
      if (!found || std::to_string(found->seq) != std::string(req.matches[1])) {
        res.status = 404;
        return;
      }
      res.set_content(found->report_json, "application/json");
    } catch (const std::exception& e) {
      res.status = 500;
      res.set_content(e.what(), "text/plain; charset=utf-8");
    }
  });

  // Everything about one draft: /d/ID and /d/ID/ACTION.
  server.Get("/d/([0-9a-f]{24})", [this](const httplib::Request& req, httplib::Response& res) {
    std::lock_guard lock(mutex);
    Draft* draft = find_draft(req.matches[1]);
    if (draft == nullptr) {
      res.status = 404;
      res.set_content(error_page(lang_of(req), 404, std::string(tr(lang_of(req), "not_found"))),
                      "text/html; charset=utf-8");
      return;
    }
    render_draft(res, *draft, lang_of(req));
    // An error or notice is shown once.
    draft->error_fact.clear();
    draft->error_text.clear();
    draft->notice.clear();
  });

  server.Get("/d/([0-9a-f]{24})/state\\.json", [this](const httplib::Request& req, httplib::Response& res) {
    std::lock_guard lock(mutex);
    Draft* draft = find_draft(req.matches[1]);
    if (draft == nullptr) {
      res.status = 404;
      return;
    }
    View view = view_of(*draft, Lang::en);
    res.set_content(state_json(view).dump(2), "application/json");
  });

  server.Get("/d/([0-9a-f]{24})/deployment\\.yaml",
             [this](const httplib::Request& req, httplib::Response& res) {
               std::lock_guard lock(mutex);
               Draft* draft = find_draft(req.matches[1]);
               if (draft == nullptr) {
                 res.status = 404;
                 return;
               }
               const std::string name =
                   draft->file.empty() ? "deployment.yaml" : fs::path(draft->file).filename().string();
               res.set_header("Content-Disposition", "attachment; filename=\"" + name + "\"");
               res.set_content(to_yaml(*draft, engine->vocabulary()), "application/yaml; charset=utf-8");
             });

  server.Get("/d/([0-9a-f]{24})/report\\.(html|md|json)",
             [this](const httplib::Request& req, httplib::Response& res) {
               std::lock_guard lock(mutex);
               Draft* draft = find_draft(req.matches[1]);
               if (draft == nullptr) {
                 res.status = 404;
                 return;
               }
               const std::string ext = req.matches[2];
               const auto format = *reports::format_from_string(ext);
               std::string error;
               const std::string body = report(*draft, format, lang_of(req), error);
               if (!error.empty()) {
                 res.status = 422;
                 res.set_content(error, "text/plain; charset=utf-8");
                 return;
               }
               res.set_header("Content-Disposition", "attachment; filename=\"report." + ext + "\"");
               res.set_content(body, ext == "html" ? "text/html; charset=utf-8"
                                     : ext == "md" ? "text/markdown; charset=utf-8"
                                                   : "application/json");
             });

  // Writes: each redirects to the draft's page (303), or shows it with the error beside the question (422).
  const auto post = [this, post_route](const std::string& action,
                                       std::function<int(Draft&, const httplib::Request&, Lang)> handle) {
    post_route("/d/([0-9a-f]{24})/" + action,
               [this, handle](const httplib::Request& req, httplib::Response& res) {
                 std::lock_guard lock(mutex);
                 const Lang lang = lang_of(req);
                 Draft* draft = find_draft(req.matches[1]);
                 if (draft == nullptr) {
                   res.status = 404;
                   res.set_content(error_page(lang, 404, std::string(tr(lang, "not_found"))),
                                   "text/html; charset=utf-8");
                   return;
                 }
                 const int status = handle(*draft, req, lang);
                 if (status == 303) {
                   redirect(res, "/d/" + draft->id);
                   return;
                 }
                 render_draft(res, *draft, lang, status);
                 draft->error_fact.clear();
                 draft->error_text.clear();
                 draft->notice.clear();
               });
  };

  post("answer", [this](Draft& draft, const httplib::Request& req, Lang) {
    const std::string path = req.get_param_value("fact");
    const auto index = engine->vocabulary().index(path);
    if (!index || engine->vocabulary().fact(*index).derived) {
      draft.error_fact = path;
      draft.error_text = "error: `" + path + "` is not a fact a deployment states";
      return 422;
    }
    const auto& decl = engine->vocabulary().fact(*index);
    std::string raw;
    if (decl.type.kind == dsl::TypeKind::set_of_enum) {
      raw = "[";
      for (std::size_t i = 0; i < req.get_param_value_count("value"); ++i) {
        raw += (i == 0 ? "" : ", ") + req.get_param_value("value", i);
      }
      raw += "]";
    } else if (req.get_param_value_count("value") > 1) {
      draft.error_fact = path;
      draft.error_text = "error: `" + path + "` takes one value";
      return 422;
    } else if (decl.type.kind == dsl::TypeKind::text) {
      const std::string text = req.get_param_value("value");
      if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
        draft.answers.erase(*index); // an emptied text is no statement
        ++draft.revision;
        return 303;
      }
      raw = yaml_quoted(text);
    } else {
      raw = req.get_param_value("value");
      if (raw.find_first_not_of(" \t") == std::string::npos) {
        draft.error_fact = path;
        draft.error_text = "error: no answer given for `" + path + "`";
        return 422;
      }
    }
    std::string error;
    auto value = parse_answer(engine->vocabulary(), path, raw, error);
    if (!value) {
      draft.error_fact = path;
      draft.error_text = error;
      return 422;
    }
    if (req.get_param_value("asked") == "1") {
      ++draft.questions_asked;
    }
    draft.answers[*index] = std::move(*value);
    draft.skipped.erase(*index);
    ++draft.revision;
    return 303;
  });

  post("skip", [this](Draft& draft, const httplib::Request& req, Lang) {
    const auto index = engine->vocabulary().index(req.get_param_value("fact"));
    if (!index || engine->vocabulary().fact(*index).derived) {
      return 422;
    }
    if (req.get_param_value("asked") == "1") {
      ++draft.questions_asked;
    }
    draft.skipped.insert(*index);
    ++draft.revision;
    return 303;
  });

  post("unskip", [this](Draft& draft, const httplib::Request& req, Lang) {
    const auto index = engine->vocabulary().index(req.get_param_value("fact"));
    if (!index) {
      return 422;
    }
    draft.skipped.erase(*index);
    ++draft.revision;
    return 303;
  });

  post("clear", [this](Draft& draft, const httplib::Request& req, Lang) {
    const auto index = engine->vocabulary().index(req.get_param_value("fact"));
    if (!index) {
      return 422;
    }
    draft.answers.erase(*index);
    ++draft.revision;
    return 303;
  });

  post("name", [](Draft& draft, const httplib::Request& req, Lang) {
    std::string name = req.get_param_value("name");
    if (name.size() > 300 || name.find_first_of("\r\n\t") != std::string::npos) {
      draft.error_fact = "name";
      draft.error_text = "error: a deployment's name is one line of at most 300 characters";
      return 422;
    }
    draft.name = std::move(name);
    ++draft.revision;
    return 303;
  });

  post("override", [this](Draft& draft, const httplib::Request& req, Lang) {
    const std::string path = req.get_param_value("fact");
    if (req.get_param_value("remove") == "1") {
      std::erase_if(draft.overrides, [&](const engine::Override& o) { return o.fact == path; });
      ++draft.revision;
      return 303;
    }
    std::string error;
    auto parsed = parse_override(engine->vocabulary(), path, req.get_param_value("value"),
                                 req.get_param_value("justification"), error);
    if (!parsed) {
      draft.error_fact = "override:" + path;
      draft.error_text = error;
      return 422;
    }
    std::erase_if(draft.overrides, [&](const engine::Override& o) { return o.fact == path; });
    draft.overrides.push_back(std::move(*parsed));
    std::sort(draft.overrides.begin(), draft.overrides.end(),
              [](const engine::Override& a, const engine::Override& b) { return a.fact < b.fact; });
    ++draft.revision;
    return 303;
  });

  post("save", [this](Draft& draft, const httplib::Request& req, Lang) {
    const std::string name = req.get_param_value("file");
    // A plain file name, or the file the draft was opened from.
    const bool reopened = !draft.file.empty() && name == draft.file;
    const auto target = inside(name);
    if ((!reopened && !safe_file_name(name)) || !target) {
      draft.error_fact = "save";
      draft.error_text = "error: `" + name +
                         "` is not a file name in the working folder (letters, digits, `.`, `_`, `-`, ending "
                         "in .yaml or .yml)";
      return 422;
    }
    std::error_code ec;
    const auto status = fs::symlink_status(*target, ec);
    if (fs::exists(status) && !fs::is_regular_file(status)) {
      draft.error_fact = "save";
      draft.error_text = "error: `" + name + "` exists and is not a regular file; nothing was written";
      return 422;
    }
    const std::string yaml = to_yaml(draft, engine->vocabulary());
    const fs::path temp = target->string() + ".tmp." + std::to_string(::getpid());
    {
      std::ofstream out(temp, std::ios::binary | std::ios::trunc);
      out << yaml;
      out.flush();
      if (!out) {
        fs::remove(temp, ec);
        draft.error_fact = "save";
        draft.error_text = "error: cannot write `" + name + "`; nothing was written";
        return 422;
      }
    }
    fs::rename(temp, *target, ec);
    if (ec) {
      fs::remove(temp, ec);
      draft.error_fact = "save";
      draft.error_text = "error: cannot write `" + name + "`; nothing was written";
      return 422;
    }
    draft.file = fs::relative(*target, working_dir).generic_string();
    draft.notice = "saved as " + draft.file;
    ++draft.revision;
    return 303;
  });

  post("record", [this](Draft& draft, const httplib::Request&, Lang) {
    auto load = load_draft(draft);
    if (!load.ok() || load.deployments.size() != 1) {
      draft.error_fact = "record";
      draft.error_text = diagnostics_text(load.diagnostics);
      return 422;
    }
    try {
      engine::Store store(options.database);
      const auto assessment = engine->assess(load.deployments.front(), options.assess);
      const auto seq = store.record(assessment);
      draft.notice = "recorded as #" + std::to_string(seq) + " (" + assessment.id.substr(0, 12) + ")";
    } catch (const std::exception& e) {
      draft.error_fact = "record";
      draft.error_text = std::string("error: ") + e.what();
      return 422;
    }
    return 303;
  });
}

Studio::Studio(StudioOptions options) : state_(std::make_unique<State>()) {
  State& s = *state_;
  s.options = std::move(options);
  std::error_code ec;
  s.working_dir =
      fs::canonical(s.options.working_dir.empty() ? fs::current_path() : s.options.working_dir, ec);
  if (ec) {
    throw std::runtime_error("the working folder `" + s.options.working_dir.string() + "` cannot be opened");
  }
  auto rules = dsl::load({s.options.rules});
  if (!rules.ok()) {
    rules.diagnostics.sort();
    throw std::runtime_error(dsl::render_all(rules.diagnostics, rules.program.sources) +
                             "error: the rules in `" + s.options.rules.string() + "` do not load");
  }
  s.engine = std::make_unique<engine::Engine>(std::move(rules.program), assessors::standard());
  s.questionnaire = build_questionnaire(s.engine->program(), s.engine->vocabulary());
  s.token = s.options.token.empty() ? random_hex(16) : s.options.token;
  s.csrf = random_hex(16);
  s.routes();
}

Studio::~Studio() {
  stop();
}

bool Studio::bind() {
  State& s = *state_;
  if (s.options.port == 0) {
    s.port = s.server.bind_to_any_port(s.options.host);
    return s.port > 0;
  }
  if (!s.server.bind_to_port(s.options.host, s.options.port)) {
    return false;
  }
  s.port = s.options.port;
  return true;
}

void Studio::serve() {
  state_->server.listen_after_bind();
}

void Studio::stop() {
  if (state_ && state_->server.is_running()) {
    state_->server.stop();
  }
}

int Studio::port() const {
  return state_->port;
}

std::string Studio::url() const {
  const std::string host = state_->options.host.find(':') != std::string::npos
                               ? "[" + state_->options.host + "]"
                               : state_->options.host;
  return "http://" + host + ":" + std::to_string(state_->port) + "/?token=" + state_->token;
}

const std::string& Studio::token() const {
  return state_->token;
}

const std::string& Studio::csrf_token() const {
  return state_->csrf;
}

} // namespace facepia::studio
