# Every form statutes cite provisions in, checked against the provisions declared; one kind written two ways is
# one provision.
import "support/base.fp"

instrument ACT {
  title "An act cited by section, clause, annex, point and item"
  jurisdiction "X"
  in_force 2020-01-01
}
instrument CN {
  title "A law cited by 第N条"
  jurisdiction "CN"
  in_force 2021-11-01
}

provision ACT Sec. 15 {
  text "Retention; collection; disclosure."
}
provision ACT Clause 7 {
  text "A clause."
}
provision ACT Annex III {
  text "High-risk systems."
}
provision ACT point 3 {
  text "A point."
}
provision ACT item 4 {
  text "An item."
}
provision CN Art. 26 {
  text "在公共场所安装图像采集、个人身份识别设备，应当为维护公共安全所必需。"
}
provision ACT § 15 {
  text "The same section again, written with the section sign."
}

rule act.forms {
  title "Every form"
  cites ACT Sec. 15(a), ACT § 15(d)(1), ACT Section 15, ACT Clause 7(2), ACT Annex III, ACT point 3,
    ACT item 4(b), CN 第26条, CN Art. 26(1), CN 第26条(2)
  requires consent.explicit
  severity major
  finding "no explicit consent"
}

rule act.undeclared {
  title "Citations of provisions not declared"
  cites ACT Sec. 16, ACT Clause 15, ACT Annex II, CN 第27条, GDPR Art. 10
  requires consent.explicit
  severity major
  finding "no explicit consent"
}

rule act.malformed {
  title "A Chinese article without its closing character"
  cites CN 第26
  requires consent.explicit
  severity major
  finding "no explicit consent"
}

test "forms" {
  given consent.explicit = true
  expect act.forms is compliant
  expect act.undeclared is compliant
  expect act.malformed is compliant
}
