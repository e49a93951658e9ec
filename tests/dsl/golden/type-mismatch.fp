import "support/base.fp"

rule gdpr.mismatch {
  title "Comparisons of different types"
  cites GDPR Art. 9(1)
  applies when consent.explicit == 2018-05-25
  requires retention.templates <= 30 persons and deployment.start + 30 persons > as_of
  severity minor
  finding "mismatched"
}

test "mismatch" {
  given consent.explicit = true
  expect gdpr.mismatch is compliant
}
