#!/bin/sh
# tests/shell/evt_oath.sh -- at an oath of office, who supervises it (监誓)
# and who takes it (X、Y向宪法宣誓) attend the ceremony.
fail() { echo "FAIL: $*"; exit 1; }
S='<http://schema.org/'

cat >a.txt <<'TXT'
测试

8月29日上午,市人大常委会第二十三次会议闭幕。市人大常委会主任钱庆林主持会议并讲话。
闭幕会后,举行宪法宣誓仪式。仪式由公丕明主持,钱庆林监誓,鞠志远、苑雪兰等新任命人员向宪法宣誓。
TXT
"$NG" extract --date 2025-08-30 a.txt >a.nq || fail "extract exits non-zero"
for p in 钱庆林 鞠志远 苑雪兰; do
  grep -q "宣誓仪式> ${S}attendee> <[^>]*/person/$p>" a.nq || fail "$p does not attend the oath"
done
exit 0
