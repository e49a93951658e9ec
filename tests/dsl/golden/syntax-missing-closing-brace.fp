# The first rule is not closed: the error names its `{`, and the rule after it is still read and checked.
import "support/base.fp"

rule gdpr.biometric {
  title "Biometric templates need an exception"
  cites GDPR Art. 9(1)
  prohibited
  severity blocking
  finding "templates are processed"

rule gdpr.second {
  title "Another rule"
  cites GDPR Art. 9(1)
  requires consent.explict
  severity major
  finding "no explicit consent"
}
