# Derived facts computed by the assessors (assessors/) beyond those in derived.fp, and one stated fact that
# the power imbalance assessor weighs. The reasoning behind each value (every factor, its value and its source) is
# in the assessment; assessors/README.md documents the inputs, outputs and sources of every factor.
#
# A deployment never states a derived fact; it may override one, or one of its factors, with a justification:
#   overrides:
#     assess.consent_freely_given: {factors: {power_imbalance: false}, justification: "..."}

derived assess.consent_freely_given : bool
  "consent to the face processing is freely given: no clear imbalance of power, not a condition of a service that does not need it, not bundled, not coerced, not assumed from silence (GDPR Art. 4(11), 7(4), Recitals 32, 42, 43; SPC-FR Art. 4; PIPL Art. 14)"
  label "Consent freely given" label_zh "同意系自愿作出"

derived assess.consent_valid_gdpr : bool
  "consent meets every GDPR condition: obtained, freely given, specific, informed, unambiguous, explicit (Art. 9(2)(a)), a guardian's where Art. 8 applies, and withdrawable (Art. 7(3))"
  label "Consent valid under the GDPR" label_zh "同意依 GDPR 有效"

derived assess.consent_valid_pipl : bool
  "consent meets every PIPL condition: obtained, voluntary, explicit and fully informed (Arts. 14, 17, 30), separate and written where a law requires it (Art. 29), a guardian's for children under 14 (Art. 31), and withdrawable (Art. 15)"
  label "Consent valid under the PIPL" label_zh "同意依《个人信息保护法》有效"

derived assess.high_risk_criteria_met : number
  "how many of the nine WP248 rev.01 criteria of high risk the processing meets; unknown while a criterion is unknown (two or more: a DPIA is required, see assess.dpia_required)"
  label "High-risk criteria met (WP248)" label_zh "符合的高风险标准数（WP248）"

derived assess.pipia_required : bool
  "a personal information protection impact assessment must be done in advance because a PIPL Art. 55 trigger applies: sensitive personal information, automated decision-making, entrusting or providing to others, or providing abroad"
  label "PIPIA required (PIPL Art. 55)" label_zh "须事前进行个人信息保护影响评估（第55条）"

fact service.essential : bool
  "the controller provides an essential service or holds a monopoly that people cannot reasonably do without (a utility, public transport, the only bank or shop within reach, housing); weighed for a clear imbalance of power (GDPR Recital 43)"
  label "Essential service or monopoly" label_zh "基本服务或独占地位"
