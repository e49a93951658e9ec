// Fusion adaptation of the parse tree, so that X3 fills the structs member by member. Only structs of two or
// more members are adapted; the single-member leaves are filled by semantic actions (spirit#463).
#pragma once

#include "ast.hpp"

#include <boost/fusion/include/adapt_struct.hpp>

BOOST_FUSION_ADAPT_STRUCT(facepia::dsl::ast::NumberLit, digits, unit)
BOOST_FUSION_ADAPT_STRUCT(facepia::dsl::ast::Call, function, argument)
BOOST_FUSION_ADAPT_STRUCT(facepia::dsl::ast::AddTail, op, operand)
BOOST_FUSION_ADAPT_STRUCT(facepia::dsl::ast::Additive, first, rest)
BOOST_FUSION_ADAPT_STRUCT(facepia::dsl::ast::CompareTail, op, right)
BOOST_FUSION_ADAPT_STRUCT(facepia::dsl::ast::Comparison, left, tail)
BOOST_FUSION_ADAPT_STRUCT(facepia::dsl::ast::Unary, nots, operand)
BOOST_FUSION_ADAPT_STRUCT(facepia::dsl::ast::And, first, rest)
BOOST_FUSION_ADAPT_STRUCT(facepia::dsl::ast::Expr, first, rest)
BOOST_FUSION_ADAPT_STRUCT(facepia::dsl::ast::ProvisionRef, instrument, kind, number, paragraph, item)
BOOST_FUSION_ADAPT_STRUCT(facepia::dsl::ast::TextClause, keyword, value)
BOOST_FUSION_ADAPT_STRUCT(facepia::dsl::ast::DateClause, keyword, value)
BOOST_FUSION_ADAPT_STRUCT(facepia::dsl::ast::ConditionClause, keyword, condition)
BOOST_FUSION_ADAPT_STRUCT(facepia::dsl::ast::CitesClause, keyword, refs)
BOOST_FUSION_ADAPT_STRUCT(facepia::dsl::ast::KeywordClause, keyword, argument)
BOOST_FUSION_ADAPT_STRUCT(facepia::dsl::ast::UnlessClause, name, condition, cites)
BOOST_FUSION_ADAPT_STRUCT(facepia::dsl::ast::ImposesClause, key, value, description)
BOOST_FUSION_ADAPT_STRUCT(facepia::dsl::ast::GivenClause, path, value)
BOOST_FUSION_ADAPT_STRUCT(facepia::dsl::ast::ExpectClause, rule, relation, value)
BOOST_FUSION_ADAPT_STRUCT(facepia::dsl::ast::Import, keyword, path)
BOOST_FUSION_ADAPT_STRUCT(facepia::dsl::ast::Instrument, id, clauses)
BOOST_FUSION_ADAPT_STRUCT(facepia::dsl::ast::Provision, ref, clauses)
BOOST_FUSION_ADAPT_STRUCT(facepia::dsl::ast::Labels, en, zh)
BOOST_FUSION_ADAPT_STRUCT(facepia::dsl::ast::EnumMember, name, labels)
BOOST_FUSION_ADAPT_STRUCT(facepia::dsl::ast::Enum, name, values)
BOOST_FUSION_ADAPT_STRUCT(facepia::dsl::ast::TypeRef, set_of, name, unit)
BOOST_FUSION_ADAPT_STRUCT(facepia::dsl::ast::Fact, keyword, path, type, meaning, labels)
BOOST_FUSION_ADAPT_STRUCT(facepia::dsl::ast::Rule, id, clauses)
BOOST_FUSION_ADAPT_STRUCT(facepia::dsl::ast::Test, name, clauses)
