#!/bin/sh
# tests/shell/evt_meet_reported.sh -- a 会见 the title lines name and the
# body reports (昨日,X会见了Y一行) takes the body's date, and what is said
# next (X表示, Y介绍) is said at that meeting.
fail() { echo "FAIL: $*"; exit 1; }

cat >a.txt <<'TXT'
省政府与华源集团深化合作
顾明远会见骆建平一行

本报讯 昨日,省长顾明远在武汉会见了华源控股集团有限公司董事长骆建平一行。
顾明远表示,欢迎华源集团在新能源装备领域加大投资布局。骆建平介绍了集团发展情况。
TXT
"$NG" extract --date 2025-03-06 a.txt >a.nq || fail "extract exits non-zero"
grep -q '/event/2025-03-05_[^>]*会见' a.nq || fail "the meeting has no date (昨日)"
for p in 顾明远 骆建平; do
  grep -q "会见[^>]*> <[^>]*speaker> <[^>]*/person/$p>" a.nq ||
    fail "$p does not speak at the meeting"
done
exit 0
