# Derived facts: judgements that an assessor computes from the stated facts (assessors/; see assessors/README.md for
# the factors of each, their inputs and their sources).
#
# A deployment never states these; it may override an assessor's result with a justification
# (`overrides: {assess.x: {value: ..., justification: "..."}}`), which the report shows. Rule tests may give them.
# Until an assessor computes one, it is unknown, and a blocking rule that needs it is undetermined (deny, fail closed).
#
# The set is kept small on purpose. Where plain facts decide a question (is there an alternative? was consent
# separate?), the rules use the facts; a derived fact is used only where the law asks for a weighing.

derived assess.power_imbalance : bool
  "there is a clear imbalance of power between the controller and the data subjects, so that refusing is not a real choice (GDPR Recital 43: public authority, school and pupils, employer and employees, or a provider people depend on)"
  label "Clear imbalance of power" label_zh "明显的权力不平衡"

derived assess.necessary_and_proportionate : bool
  "processing faces is necessary for the specified purpose and its intrusion is proportionate to that purpose, having regard to the people affected, the scale, the mode (1:1 or 1:N) and the safeguards (GDPR Art. 5(1)(c), 35(7)(b); PIPL Art. 6, 28(2))"
  label "Necessary and proportionate" label_zh "必要且相称"

derived assess.necessary_for_service : bool
  "the product or service itself cannot be provided without processing the face (the proviso of SPC-FR Art. 4(1); GDPR Art. 7(4)); convenience or cost saving for the provider is not enough"
  label "Faces necessary for the service" label_zh "人脸信息为提供产品或服务所必需"

derived assess.dpia_required : bool
  "the processing is likely to result in a high risk to the rights and freedoms of natural persons, so that a DPIA is mandatory (GDPR Art. 35(1), 35(3)): two or more of the nine WP248 rev.01 criteria are met (evaluation or scoring, automated decision, systematic monitoring, sensitive data, large scale, matching datasets, vulnerable data subjects, new technology, prevents a right or service)"
  label "DPIA required (WP248 screening)" label_zh "须开展数据保护影响评估（WP248 筛查）"

derived assess.high_residual_risk : bool
  "after the measures the DPIA identifies, the processing would still result in a high risk, so that the supervisory authority must be consulted first (GDPR Art. 36(1))"
  label "High residual risk" label_zh "剩余风险高"
