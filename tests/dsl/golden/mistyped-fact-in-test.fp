import "support/base.fp"

rule gdpr.retention {
  title "Templates are kept at most 30 days"
  cites GDPR Art. 9(1)
  requires retention.templates <= 30 days
  severity minor
  finding "templates are kept too long"
}

test "retention" {
  given retention.templates = true
  given consent.explicit = 3 days
  given controller.type = hospital
  expect gdpr.retention is breach
}
