import "support/base.fp"

rule gdpr.base {
  title "Base rule"
  cites GDPR Art. 9(1)
  requires consent.explicit
  severity major
  finding "no consent"
}

rule gdpr.follows {
  title "Refers to another rule's status"
  cites GDPR Art. 9(1)
  applies when status(gdpr.base) == breached or status(gdpr.bsae) == breach
  requires consent.separate
  severity minor
  finding "no separate consent"
}

test "status" {
  given consent.explicit = true
  given consent.separate = true
  expect gdpr.base is compliant
  expect gdpr.follows is not_applicable
}
