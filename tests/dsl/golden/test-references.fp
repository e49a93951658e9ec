import "support/base.fp"

rule gdpr.consent {
  title "Explicit consent"
  cites GDPR Art. 9(1)
  prohibited
  unless explicit_consent: consent.explicit
    cites GDPR Art. 9(2)
  severity blocking
  finding "no explicit consent"
}

test "references" {
  given consent.explicit = true
  given consent.explicit = false
  given consent.withdrawn = true
  expect gdpr.consnet is compliant
  expect gdpr.consent exception explicit_consnet
  expect decision maybe
}
