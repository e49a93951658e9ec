fact consent.withdrawable : bool
fact consent.recorded : bool "a record of the consent is kept"
