import "support/base.fp"

rule gdpr.garbage {
  title "Garbage in a condition"
  cites GDPR Art. 9(1)
  requires consent.explicit and and consent.separate
  severity major
  finding "no explicit consent"
}
