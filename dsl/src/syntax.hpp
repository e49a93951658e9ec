// The parse driver (internal): reads one file declaration by declaration with the X3 grammar, reports syntax
// errors, and resynchronises at the next declaration so that one error does not hide the next.
#pragma once

#include "ast.hpp"
#include "facepia/dsl/diagnostics.hpp"
#include "facepia/dsl/source.hpp"

#include <functional>
#include <string_view>
#include <variant>
#include <vector>

namespace facepia::dsl::syntax {

using Declaration =
    std::variant<ast::Import, ast::Instrument, ast::Provision, ast::Enum, ast::Fact, ast::Rule, ast::Test>;

// A `#` comment: [begin, end) covers `#` to the end of the line.
struct Comment {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  bool own_line = false; // nothing but whitespace before it on its line
};

// Parses the file and hands each declaration to `sink` as soon as it is parsed, so that a large file is never
// held as one tree. Returns false when there was a syntax error (the other declarations are still delivered).
bool parse_declarations(const SourceFile& file, FileId id, Diagnostics& diagnostics,
                        const std::function<void(Declaration&&)>& sink);

// The comments of a text, in order (a `#` inside a string is not a comment).
std::vector<Comment> scan_comments(std::string_view text);

// The begin and end of any declaration.
const ast::Node& node_of(const Declaration& declaration);

} // namespace facepia::dsl::syntax
