import "support/base.fp"

rule gdpr.recital {
  title "A recital has no paragraphs"
  cites GDPR Art. 9(1), GDPR Recital 43(1)
  requires consent.explicit
  severity major
  finding "no consent"
}

test "recital" {
  given consent.explicit = true
  expect gdpr.recital is compliant
}
