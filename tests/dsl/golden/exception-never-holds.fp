import "support/base.fp"

rule gdpr.never {
  title "An exception that contradicts the rule's applicability"
  cites GDPR Art. 9(1)
  applies when controller.type == school
  prohibited
  unless employer_exemption: controller.type == employer and consent.explicit
    cites GDPR Art. 9(2)
  unless impossible_count: data_subjects.count > 100 persons and data_subjects.count < 10 persons
    cites GDPR Art. 9(2)
  severity blocking
  finding "a school processes templates"
}

test "never" {
  given controller.type = school
  expect gdpr.never is breach
}
