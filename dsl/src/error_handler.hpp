// The annotation handler that gives every parse-tree node its span. Error reporting itself is ours
// (parse.cpp): X3's built-in error_handler prints no column and rescans the file from the start for each
// error.
#pragma once

#include "ast.hpp"

#include <boost/variant/get.hpp>
#include <cstdint>
#include <type_traits>

namespace facepia::dsl::grammar {

// The start of the text being parsed, so that spans are offsets. Set by parse.cpp around each X3 call
// (ScopedSourceStart); thread_local so that files may be parsed on several threads.
inline thread_local const char* source_start = nullptr;

struct ScopedSourceStart {
  explicit ScopedSourceStart(const char* start) : previous(source_start) { source_start = start; }
  ~ScopedSourceStart() { source_start = previous; }
  ScopedSourceStart(const ScopedSourceStart&) = delete;
  ScopedSourceStart& operator=(const ScopedSourceStart&) = delete;
  const char* previous;
};

// Base of every rule id: on success, records [first, last) of the node (after leading whitespace).
struct annotate_span {
  template <typename Iterator, typename Attribute, typename Context>
  void on_success(const Iterator& first, const Iterator& last, Attribute& node, const Context&) const {
    if constexpr (std::is_base_of_v<ast::Node, Attribute>) {
      node.begin = static_cast<std::uint32_t>(first - source_start);
      node.end = static_cast<std::uint32_t>(last - source_start);
    } else if constexpr (std::is_same_v<Attribute, ast::Primary> || std::is_same_v<Attribute, ast::Literal>) {
      // A set literal is filled by semantic actions, which know where it begins but not where it ends.
      if (auto* set = boost::get<ast::SetLit>(&node.get())) {
        set->end = static_cast<std::uint32_t>(last - source_start);
      }
    }
  }
};

} // namespace facepia::dsl::grammar
