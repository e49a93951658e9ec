import "support/base.fp"

# A Latin-1 byte in a string, then an escape character: each declaration is refused where the byte stands.
rule gdpr.latin1 {
  title "Café entrance"
  cites GDPR Art. 9(1)
  requires consent.explicit
  severity major
  finding "no consent"
}

rule gdpr.escape {
  title "red [31m text"
  cites GDPR Art. 9(1)
  requires consent.explicit
  severity major
  finding "no consent"
}
