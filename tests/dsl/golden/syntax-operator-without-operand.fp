import "support/base.fp"

rule gdpr.dangling {
  title "A comparison without its right side"
  cites GDPR Art. 9(1)
  requires data_subjects.count >= 
  severity major
  finding "too many people"
}
