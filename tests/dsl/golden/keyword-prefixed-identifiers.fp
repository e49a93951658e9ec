# Identifiers that begin with a keyword (`not`, `unless`, `requires`, `in`, `is`, `text`, `set`, `decision`, ...) are
# identifiers: keywords are whole words only. This file is clean: its expected output is empty.
instrument KW {
  title "Keywords"
  jurisdiction "XX"
  in_force 2020-01-01
}
provision KW Art. 1 {
  text "Article one"
}

enum settings_kind { notice_board, index_card, istanbul, textual }
fact notice_given : bool "a notice was given"
fact unless_agreed : bool "the parties agreed otherwise"
fact requires_review : bool "a review is required"
fact informed.is_minor : bool "the person is a minor"
fact notice.settings : settings_kind "where the notice is"
fact text_count : number "how many texts"
fact decision_made : bool "a decision was made"

rule kw.notice {
  title "Notice"
  cites KW Art. 1
  applies when notice_given and not unless_agreed or requires_review
  requires notice.settings in {notice_board, index_card, istanbul} and text_count >= 1 and notice.settings != textual
    and not informed.is_minor and decision_made
  severity minor
  finding "no notice"
}

rule decision_rule.notice {
  title "A rule id that begins with a keyword"
  cites KW Art. 1
  requires unless_agreed
  severity minor
  finding "not agreed"
}

test "keywords" {
  given notice_given = true
  given unless_agreed = false
  given requires_review = false
  given informed.is_minor = false
  given notice.settings = istanbul
  given text_count = 2
  given decision_made = true
  expect kw.notice is compliant
  expect decision_rule.notice is breach
  expect decision allow
}
