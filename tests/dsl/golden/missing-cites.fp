import "support/base.fp"

rule gdpr.no-citation {
  title "A rule must cite the law it applies"
  requires consent.explicit
  severity major
  finding "no explicit consent"
}

test "no citation" {
  given consent.explicit = false
  expect gdpr.no-citation is breach
}
