import "support/base.fp"

rule gdpr.count {
  title "Too many people"
  cites GDPR Art. 9(1)
  requires data_subjects.count < 100 persons
  severity minor
  finding "{data_subject.count} people are processed"
}

test "count" {
  given data_subjects.count = 10 persons
  expect gdpr.count is compliant
}
