# Several errors in one file, syntax and checking alike: all are reported, in file order.
import "support/base.fp"

rule gdpr.third {
  title "Third"
  cites GDPR Art. 99
  requires consent.explicitt
  severity major
  finding "third"
}

instrument BAD {
  title "unterminated
}

rule gdpr.first {
  title "First"
  cites GDPR Art. 9(1)
  requires data_subjects.count > 10 days
  severity mayor
  finding "first"
}

fact consent.explicit : bool "duplicate"

test "several" {
  given consent.explicit = yes
  expect gdpr.third is breach
  expect gdpr.first is breach
}
