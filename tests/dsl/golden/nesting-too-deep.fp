import "support/base.fp"

# 100 levels parse; the 101st `(` or `not` is refused where it opens, and checking resumes at the next rule.
rule gdpr.hundred-levels {
  title "Nested exactly 100 levels"
  cites GDPR Art. 9(1)
  requires ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((consent.explicit))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
  severity major
  finding "no consent"
}

rule gdpr.too-many-parentheses {
  title "Nested 101 levels"
  cites GDPR Art. 9(1)
  requires (((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((consent.explicit)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
  severity major
  finding "no consent"
}

rule gdpr.too-many-nots {
  title "101 negations in a row"
  cites GDPR Art. 9(1)
  requires not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not consent.explicit
  severity major
  finding "no consent"
}
