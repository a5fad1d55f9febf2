#!/bin/sh
# tests/shell/evt_two_sided_name.sh -- a meeting named by two sides joined
# by a dash or a dot (甲市—乙州…联席会议, 甲县·乙镇…联席会议) is held by
# neither alone.
fail() { echo "FAIL: $*"; exit 1; }
S='<http://schema.org/'

cat >a.txt <<'TXT'
测试

8月13日上午,湖州市—黔东南州东西部协作联席会议在凯里召开。州委书记杨建明主持会议并致辞,市长陈国华讲话。
8月14日,德江县·清溪镇东西部协作党政联席会议召开。县委书记马志强主持会议。
TXT
"$NG" extract --date 2025-08-15 a.txt >a.nq || fail "extract exits non-zero"
grep -q "联席会议> ${S}organizer>" a.nq && fail "one side holds the joint meeting"
grep -q '/event/2025-08-13_[^>]*联席会议>' a.nq || fail "the 08-13 meeting is no event"
exit 0
