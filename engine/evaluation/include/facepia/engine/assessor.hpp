// Assessors: judgements the law leaves to an assessor (a clear imbalance of power, consent freely given,
// necessity), computed from the stated facts before the rules are evaluated. Each produces derived facts
// (`derived` in the vocabulary, `assess.*`) with its reasoning: the factors it weighed, each with its value
// and the source it relies on. A deployment may override a derived value or a factor, with a written
// justification; the justification is carried into the findings that read the fact.
#pragma once

#include "facepia/dsl/model.hpp"
#include "facepia/engine/facts.hpp"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace facepia::engine {

struct Override;

struct Factor {
  std::string name;                // `alternative_offered`
  std::optional<dsl::Value> value; // unknown when absent
  std::string source;    // the citation it relies on: "GDPR Recital 43", "EDPB Guidelines 05/2020 para. 13"
  std::string reasoning; // plain words
  bool overridden = false;
  std::string justification; // when overridden
};

struct DerivedValue {
  std::string fact;                // `assess.power_imbalance`
  std::optional<dsl::Value> value; // unknown when absent
  std::string assessor;            // the assessor's name, empty when only an override gave it
  std::string reasoning;
  std::vector<Factor> factors;
  bool overridden = false; // the value itself was overridden
  std::string justification;
};

// What an assessor may consult besides the facts.
class AssessorContext {
public:
  AssessorContext(dsl::Date as_of, const std::vector<Override>* overrides)
      : as_of_(as_of), overrides_(overrides) {}
  dsl::Date as_of() const { return as_of_; }
  // A factor of `fact` as computed, replaced by the deployment's override of that factor when there is one.
  Factor factor(std::string_view fact, std::string name, std::optional<dsl::Value> computed,
                std::string source, std::string reasoning) const;
  // The deployment's override of the whole value of `fact`, or null. The engine applies it after every
  // assessor has run; an assessor that applies it to the value it produces lets the assessors after it read
  // that value.
  const Override* value_override(std::string_view fact) const;

private:
  dsl::Date as_of_;
  const std::vector<Override>* overrides_;
};

// A structured judgement an assessor leaves in the assessment beside its derived facts, for the report to
// read (the high-risk screening's criteria, the risk register). Its type belongs to the assessor's library.
class AssessorDetail {
public:
  virtual ~AssessorDetail() = default;
};

class Assessor {
public:
  virtual ~Assessor() = default;
  virtual std::string_view name() const = 0;
  // Changes whenever its judgement may change: the assessment id hashes every assessor's name and version.
  virtual std::string_view version() const = 0;
  // The derived facts it produces (`assess.power_imbalance`, ...).
  virtual std::vector<std::string> produces() const = 0;
  // Its judgement of each fact it produces; a fact it cannot judge is returned with an unknown value (or left
  // out).
  virtual std::vector<DerivedValue> assess(const Facts& facts, const AssessorContext& context) const = 0;
  // Its structured judgement of the facts as assessed (every derived value and override applied), or null.
  virtual std::shared_ptr<const AssessorDetail> detail(const Facts& /*assessed*/) const { return nullptr; }
};

// The assessors an engine runs, in order; a later one sees the derived facts of the earlier ones. An engine
// is given its set when it is built: there is no other source of assessors.
class Assessors {
public:
  Assessors() = default; // none: derived facts stay unknown unless a deployment overrides them
  explicit Assessors(std::vector<std::shared_ptr<const Assessor>> list) : list_(std::move(list)) {}
  const std::vector<std::shared_ptr<const Assessor>>& list() const { return list_; }
  bool empty() const { return list_.empty(); }
  // Each assessor's name and version, one a line, in order: the assessors' part of the assessment id.
  std::string identity() const;

private:
  std::vector<std::shared_ptr<const Assessor>> list_;
};

} // namespace facepia::engine
