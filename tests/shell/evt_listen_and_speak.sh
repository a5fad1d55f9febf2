#!/bin/sh
# tests/shell/evt_listen_and_speak.sh -- X到会听取意见建议并讲话: the
# 讲话 after 并 is X's own speech, not a report X hears.
fail() { echo "FAIL: $*"; exit 1; }

cat >a.txt <<'TXT'
测试

6月19日,州政协召开“加快推进文化旅游产业发展”专题协商会。州政协主席潘建国主持会议并讲话,州委常委、副州长吴晓红到会听取意见建议并讲话。
TXT
"$NG" extract --date 2025-06-20 a.txt >a.nq || fail "extract exits non-zero"
grep -q "speaker> <[^>]*/person/吴晓红>" a.nq || fail "吴晓红 (听取…并讲话) does not speak"
exit 0
