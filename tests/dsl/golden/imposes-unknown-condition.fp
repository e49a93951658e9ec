import "support/base.fp"

rule gdpr.conditions {
  title "Conditions the runtime must enforce"
  cites GDPR Art. 9(1)
  applies when processing.creates_templates
  requires consent.explicit
  severity major
  finding "no explicit consent"
  imposes minimum_age 16 years "enrol no child"
  imposes consent_recorded_required "keep the consents"
  imposes max_template_retention 30 persons "delete templates after a month"
  imposes mode search "match one to many"
  imposes allowed_purposes {attendance, atendance} "attendance only"
  imposes audit_log_required 5 days "log everything"
  imposes guardian_consent_below_age 14 years "a guardian consents below 14"
}

test "conditions" {
  given processing.creates_templates = true
  given consent.explicit = true
  expect gdpr.conditions is compliant
}
