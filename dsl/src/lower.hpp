// Lowering: the parse tree of one declaration becomes model declarations. Clause-level structure is checked
// here, where the clauses are still visible as written (a missing `finding`, a repeated `title`).
#pragma once

#include "ast.hpp"
#include "facepia/dsl/diagnostics.hpp"
#include "facepia/dsl/model.hpp"
#include "syntax.hpp"

#include <string>
#include <vector>

namespace facepia::dsl {

// The text of a string literal: escapes resolved, pieces joined with one space.
std::string text_value(const ast::Text& text);

class Lowering {
public:
  Lowering(FileId file, Program& program, Diagnostics& diagnostics, std::vector<std::string>* imports)
      : file_(file), program_(program), diagnostics_(diagnostics), imports_(imports) {}

  void operator()(syntax::Declaration&& declaration);

private:
  void lower(const ast::Import& import);
  void lower(const ast::Instrument& instrument);
  void lower(const ast::Provision& provision);
  void lower(const ast::Enum& declaration);
  void lower(const ast::Fact& fact);
  void lower(const ast::Rule& rule);
  void lower(const ast::Test& test);

  Expr expression(const ast::Expr& expr);
  Expr conjunction(const ast::And& conjunction);
  Expr unary(const ast::Unary& unary);
  Expr comparison(const ast::Comparison& comparison);
  Expr additive(const ast::Additive& additive);
  Expr primary(const ast::Primary& primary);
  Value literal(const ast::Literal& literal);
  Quantity quantity(const ast::NumberLit& number);
  Date date(const ast::DateLit& date);
  ProvisionRef provision_ref(const ast::ProvisionRef& ref);

  Span span(const ast::Node& node) const { return Span{file_, node.begin, node.end}; }
  Span span(std::uint32_t begin, std::uint32_t end) const { return Span{file_, begin, end}; }
  // Reports a clause that may appear once but appears again.
  void repeated(const ast::Node& clause, const std::string& keyword, const std::string& owner);
  void missing(Span where, const std::string& owner, const std::string& clause, const std::string& example);

  FileId file_;
  Program& program_;
  Diagnostics& diagnostics_;
  std::vector<std::string>* imports_;
};

} // namespace facepia::dsl
