import "../import-cycle.fp"
