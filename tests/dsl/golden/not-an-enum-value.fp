import "support/base.fp"

rule gdpr.schools {
  title "Schools"
  cites GDPR Art. 9(1)
  applies when controller.type == shcool
  requires not purposes intersects {attendence}
  severity major
  finding "a school tracks attendance"
}

test "schools" {
  given controller.type = school
  given purposes = {attendance}
  expect gdpr.schools is breach
}
