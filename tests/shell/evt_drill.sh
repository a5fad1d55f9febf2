#!/bin/sh
# tests/shell/evt_drill.sh -- a drill (应急演练) held is an event: who
# commands it and the bodies that take part are there.
fail() { echo "FAIL: $*"; exit 1; }
S='<http://schema.org/'

cat >a.txt <<'TXT'
测试

6月5日,县政府举行2025年防汛抢险应急演练。副县长刘志国担任总指挥并宣布演练开始。县应急管理局、县水利局参加演练。
TXT
"$NG" extract --date 2025-06-08 a.txt >a.nq || fail "extract exits non-zero"
grep -q '/event/2025-06-05_[^>]*演练>' a.nq || fail "the drill is no event"
grep -q "演练> ${S}attendee> <[^>]*/person/刘志国>" a.nq || fail "刘志国 does not attend"
grep -q "演练> ${S}attendee> <[^>]*/org/[^>]*县水利局>" a.nq || fail "县水利局 does not take part"
exit 0
