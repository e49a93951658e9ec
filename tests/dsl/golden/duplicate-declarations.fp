import "support/base.fp"

fact consent.explicit : bool "declared a second time"

rule gdpr.twice {
  title "First"
  cites GDPR Art. 9(1)
  prohibited
  unless consent: consent.explicit
  unless consent: consent.separate
  severity blocking
  finding "templates are processed"
}

rule gdpr.twice {
  title "Second"
  cites GDPR Art. 9(1)
  requires consent.explicit
  severity major
  finding "no consent"
}

test "twice" {
  given consent.explicit = true
  expect gdpr.twice is compliant
}
