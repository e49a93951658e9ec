// The checking passes, run in order over a parsed program (cf. Soufflé's pipeline of named transformers).
// Each pass reports what it finds and never stops the others: all diagnostics are collected, then sorted.
#pragma once

#include "facepia/dsl/diagnostics.hpp"
#include "facepia/dsl/model.hpp"
#include "facepia/dsl/suggest.hpp"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace facepia::dsl {

class CheckPass {
public:
  virtual ~CheckPass() = default;
  virtual std::string_view name() const = 0;
  virtual void run(Program& program, Diagnostics& diagnostics) = 0;
};

// duplicate-declarations, references, types, runtime-conditions, test-values, exception-reachability,
// test-coverage.
std::vector<std::unique_ptr<CheckPass>> default_passes();

} // namespace facepia::dsl
