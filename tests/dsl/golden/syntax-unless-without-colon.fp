import "support/base.fp"

rule gdpr.unless {
  title "An exception needs a colon after its name"
  cites GDPR Art. 9(1)
  prohibited
  unless explicit_consent consent.explicit
  severity blocking
  finding "templates are processed"
}
