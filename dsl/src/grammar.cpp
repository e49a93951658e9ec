// The one translation unit that instantiates the grammar: X3 is expensive to compile, so nothing else
// includes grammar_def.hpp.
#include "config.hpp"
#include "grammar_def.hpp"

#include <algorithm>

namespace facepia::dsl::grammar {

BOOST_SPIRIT_INSTANTIATE(import_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(instrument_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(provision_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(enum_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(fact_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(rule_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(test_type, iterator_type, context_type)

} // namespace facepia::dsl::grammar

namespace facepia::dsl::grammar {

import_type import_declaration() {
  return import_decl;
}
instrument_type instrument_declaration() {
  return instrument_decl;
}
provision_type provision_declaration() {
  return provision_decl;
}
enum_type enum_declaration() {
  return enum_decl;
}
fact_type fact_declaration() {
  return fact_decl;
}
rule_type rule_declaration() {
  return rule_decl;
}
test_type test_declaration() {
  return test_decl;
}

bool is_reserved(std::string_view candidate) {
  // Sorted, for a binary search: every word and fact path of a rule file is looked up here.
  static constexpr std::array<std::string_view, 44> words{
      "and",     "applies",      "as_of",     "cites",  "contains",     "decision",   "declared",
      "derived", "enum",         "exception", "expect", "fact",         "false",      "finding",
      "given",   "import",       "imposes",   "in",     "in_force",     "instrument", "intersects",
      "is",      "jurisdiction", "not",       "or",     "out_of_scope", "prohibited", "provision",
      "remedy",  "repealed",     "requires",  "rule",   "scope",        "severity",   "status",
      "test",    "text",         "text_zh",   "title",  "title_zh",     "true",       "unless",
      "when",    "within"};
  static_assert(std::is_sorted(words.begin(), words.end()));
  return std::binary_search(words.begin(), words.end(), candidate);
}

} // namespace facepia::dsl::grammar
