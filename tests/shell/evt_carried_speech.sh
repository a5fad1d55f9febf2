#!/bin/sh
# tests/shell/evt_carried_speech.sh -- who chairs a meeting named at the
# end of his clause (主持召开省长办公会,) still speaks in a later clause of
# the sentence that opens with 强调, 指出 or 要求 with no name between; not
# when the meeting's own doings (传达学习…) stand between.
fail() { echo "FAIL: $*"; exit 1; }
N='<https://w3id.org/newsgraph/ns#'

cat >c.txt <<'TXT'
会议

6月14日,副省长孙立平主持召开省政府专题会议,检视防汛抗旱工作中存在的问题,强调要压实责任,细化措施。
6月15日,区长赵刚主持召开区政府常务会议,传达学习了省委全会精神,强调要抓好落实。
TXT
"$NG" extract --date 2025-06-16 c.txt >c.nq || fail "extract exits non-zero"
grep -q "${N}speaker> <[^>]*/person/孙立平>" c.nq ||
  fail "the chair does not speak in the clause that opens with 强调"
grep -q "${N}chair> <[^>]*/person/孙立平>" c.nq || fail "the chair is lost"
grep -q "${N}speaker> <[^>]*/person/赵刚>" c.nq &&
  fail "the chair speaks what the meeting conveyed"
exit 0
