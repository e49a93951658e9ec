// The one translation unit that instantiates the grammar: X3 is expensive to compile, so nothing else
// includes grammar_def.hpp.
#include "config.hpp"
#include "grammar_def.hpp"

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
  static constexpr std::array<std::string_view, 44> words{
      "and",       "or",           "not",      "in",       "contains",   "within", "intersects",
      "true",      "false",        "as_of",    "declared", "status",     "import", "instrument",
      "provision", "enum",         "fact",     "derived",  "rule",       "test",   "title",
      "title_zh",  "jurisdiction", "in_force", "repealed", "scope",      "text",   "text_zh",
      "cites",     "applies",      "when",     "requires", "prohibited", "unless", "severity",
      "finding",   "remedy",       "imposes",  "given",    "expect",     "is",     "exception",
      "decision",  "out_of_scope"};
  for (const std::string_view reserved : words) {
    if (reserved == candidate) {
      return true;
    }
  }
  return false;
}

} // namespace facepia::dsl::grammar
