import "support/base.fp"

rule gdpr.operators {
  title "Operators applied to the wrong types"
  cites GDPR Art. 9(1)
  applies when controller.type > school
  requires consent.explicit in {school} and status(gdpr.operators) < breach
  severity minor
  finding "misused"
}

test "operators" {
  given consent.explicit = true
  expect gdpr.operators is compliant
}
