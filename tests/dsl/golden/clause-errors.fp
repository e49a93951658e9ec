import "support/base.fp"

instrument PIPL {
  title "Personal Information Protection Law"
  text "statute text belongs to a provision"
  jurisdiction "CN"
  in_force 2021-11-01
}

rule gdpr.clauses {
  title "Clauses given twice, or that do not fit"
  title "A second title"
  cites GDPR Art. 9(1)
  prohibited
  requires consent.explicit
  severity critical
  finding "clauses"
}

test "clauses" {
  given consent.explicit = true
  expect gdpr.clauses is violated
}
