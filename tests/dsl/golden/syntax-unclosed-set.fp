import "support/base.fp"

rule gdpr.set {
  title "A set left open"
  cites GDPR Art. 9(1)
  requires controller.type in {school, employer
  severity major
  finding "wrong controller"
}
