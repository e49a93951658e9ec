import "support/base.fp"

provision GPDR Art. 5 {
  text "Principles relating to processing of personal data"
}
