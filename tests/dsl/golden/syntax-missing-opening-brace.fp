instrument PIPL
  title "Personal Information Protection Law"
  jurisdiction "CN"
  in_force 2021-11-01
}
