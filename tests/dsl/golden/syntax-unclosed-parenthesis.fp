import "support/base.fp"

rule gdpr.parenthesis {
  title "A parenthesis left open"
  cites GDPR Art. 9(1)
  requires (consent.explicit or consent.separate
  severity major
  finding "no consent"
}
