import "support/base.fp"

rule gdpr.applies {
  title "`applies` needs `when`"
  cites GDPR Art. 9(1)
  applies processing.creates_templates
  prohibited
  severity blocking
  finding "templates are processed"
}
