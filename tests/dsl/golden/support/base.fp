# Shared declarations for the golden cases: one instrument, its provisions, a small vocabulary. Not a case itself
# (only the *.fp files directly in golden/ are).
instrument GDPR {
  title "Regulation (EU) 2016/679"
  jurisdiction "EU"
  in_force 2018-05-25
}

provision GDPR Art. 9(1) {
  text "Processing of biometric data for the purpose of uniquely identifying a natural person shall be prohibited."
}
provision GDPR Art. 9(2) {
  text "Paragraph 1 shall not apply if one of the following applies:"
}
provision GDPR Recital 43 {
  text "consent should not provide a valid legal ground where there is a clear imbalance"
}

enum controller_type { public_authority, school, employer, commercial_venue }
enum purpose { attendance, access_control, marketing }

fact controller.type : controller_type "the kind of organisation"
fact processing.creates_templates : bool "whether templates are created"
fact consent.explicit : bool "explicit consent was given"
fact consent.separate : bool "separate consent was given"
fact data_subjects.count : number persons "how many people"
fact retention.templates : number days "how long templates are kept"
fact deployment.start : date "the day the deployment starts"
fact purposes : set of purpose "what the processing is for"
derived assess.power_imbalance : bool "a clear imbalance of power"
