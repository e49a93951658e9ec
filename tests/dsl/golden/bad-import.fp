import "support/missing.fp"
import "support/base.fp"
