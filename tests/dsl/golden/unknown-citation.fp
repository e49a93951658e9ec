import "support/base.fp"

rule gdpr.citation {
  title "Cites an article that is not declared"
  cites GDPR Art. 9(3), GDPR Recital 34
  requires consent.explicit
  severity major
  finding "no consent"
}

test "citation" {
  given consent.explicit = true
  expect gdpr.citation is compliant
}
