import "support/base.fp"

rule gdpr.count {
  title "A number is not a condition"
  cites GDPR Art. 9(1)
  requires data_subjects.count
  severity minor
  finding "too many people"
}

test "count" {
  given data_subjects.count = 10 persons
  expect gdpr.count is compliant
}
