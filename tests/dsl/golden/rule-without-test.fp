import "support/base.fp"

rule gdpr.untested {
  title "Nobody tests this rule"
  cites GDPR Art. 9(1)
  requires consent.explicit
  severity advisory
  finding "no consent"
}
