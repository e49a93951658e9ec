// The rule language's concrete syntax for values and expressions of the model (the formatter, fmt, prints
// whole rule files from their syntax tree).
#pragma once

#include "facepia/dsl/model.hpp"

#include <string>

namespace facepia::dsl {

// A value as a person reads it: `true`, `22 persons`, `2019-08-20`, `school`, `{attendance, security}`.
std::string format_value(const Value& value);
// A value as the language (or a deployment's YAML) writes a literal, text quoted: canonical for hashing.
std::string canonical_value(const Value& value);
// An expression as the language writes it, with the parentheses its precedence needs:
// `consent.separate and (consent.written or consent.explicit)`.
std::string to_string(const Expr& expression);

} // namespace facepia::dsl
