import "support/base.fp"

rules gdpr.typo {
  title "A misspelt declaration keyword"
}
