import "support/base.fp"

fact controller.kind : controller_typ "the kind of organisation"
fact consent.given : bool days "consent was given"
