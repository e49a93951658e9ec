// The iterator, skipper and context that the grammar is instantiated with (grammar.cpp) and called with
// (parse.cpp). They must match exactly, or the instantiated rules do not link.
#pragma once

#include <boost/spirit/home/x3.hpp>
#include <type_traits>

namespace facepia::dsl::grammar {
namespace x3 = boost::spirit::x3;

using iterator_type = const char*;

// Whitespace and `#` comments. Explicit byte sets rather than x3::ascii::space: that one indexes a table with
// the (negative) value of a UTF-8 byte.
inline const auto skipper = x3::char_(" \t\r\n") | (x3::lit('#') >> *(x3::char_ - x3::char_('\n')));
using skipper_type = std::decay_t<decltype(skipper)>;

using context_type = x3::phrase_parse_context<skipper_type>::type;

} // namespace facepia::dsl::grammar
