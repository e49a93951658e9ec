fact zz.b : bool "b"
rule zz.r {
  title "t"
  cites PIPL Art. 6
  applies when zz.b
  requires not (not (not (not (not (not (not (not (not (not (not (not (not (not (not (not (not (not (not (not (not (not (not (not (not (not (not (not (not (not (not (not (not (not (not (not (not (not (not (not (not (not (not (not (not (not (not (not (not (not (not (not (not (not (not (not (not (not (not (not (zz.b))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
  severity blocking
  finding "f"
  remedy "r"
}
