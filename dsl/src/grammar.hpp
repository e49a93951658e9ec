// The grammar's entry points, one per declaration (DECLARE). The driver in parse.cpp reads the keyword that
// starts a declaration and calls the matching rule, which lets it resynchronise after an error.
#pragma once

#include "ast.hpp"

#include <boost/spirit/home/x3.hpp>
#include <string_view>

namespace facepia::dsl::grammar {
namespace x3 = boost::spirit::x3;

struct import_class;
struct instrument_class;
struct provision_class;
struct enum_class;
struct fact_class;
struct rule_class;
struct test_class;

using import_type = x3::rule<import_class, ast::Import>;
using instrument_type = x3::rule<instrument_class, ast::Instrument>;
using provision_type = x3::rule<provision_class, ast::Provision>;
using enum_type = x3::rule<enum_class, ast::Enum>;
using fact_type = x3::rule<fact_class, ast::Fact>;
using rule_type = x3::rule<rule_class, ast::Rule>;
using test_type = x3::rule<test_class, ast::Test>;

BOOST_SPIRIT_DECLARE(import_type, instrument_type, provision_type, enum_type, fact_type, rule_type, test_type)

import_type import_declaration();
instrument_type instrument_declaration();
provision_type provision_declaration();
enum_type enum_declaration();
fact_type fact_declaration();
rule_type rule_declaration();
test_type test_declaration();

// Words that cannot be a fact, a unit or an enum value in an expression: they start clauses and operators.
bool is_reserved(std::string_view word);

} // namespace facepia::dsl::grammar
