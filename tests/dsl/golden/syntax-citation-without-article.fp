import "support/base.fp"

rule gdpr.citation {
  title "A citation needs `Art.` or `Recital`"
  cites GDPR 9(1)
  requires consent.explicit
  severity major
  finding "no consent"
}
