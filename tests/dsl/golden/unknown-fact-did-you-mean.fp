import "support/base.fp"

rule gdpr.separate-consent {
  title "Consent must be separate"
  cites GDPR Art. 9(2)
  applies when processing.creates_templates
  requires consent.seperate
  severity blocking
  finding "consent is not separate"
}

test "separate consent" {
  given processing.creates_templates = true
  given consent.separate = true
  expect gdpr.separate-consent is compliant
}
