// The one unit that calls the engine: link facepia_gate when using Runtime::start(RuntimeOptions).
#include "facepia/gate/gate.hpp"
#include "facepia/recognition/runtime.hpp"

namespace facepia::recognition {

Runtime Runtime::start(RuntimeOptions options) {
  return start(std::move(options), [](const gate::Request& r) { return gate::ask(r); });
}

} // namespace facepia::recognition
