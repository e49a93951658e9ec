import "support/cycle.fp"
