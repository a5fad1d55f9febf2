#!/bin/sh
# tests/shell/evt_list_gaps.sh -- in a 、-list that names a body, members
# the entity stage leaves unnamed that are names of working bodies (…组,
# …部, …办, …专班) are bodies too and take part when the list reports.
fail() { echo "FAIL: $*"; exit 1; }
S='<http://schema.org/'

cat >g.txt <<'TXT'
会议

5月3日,县长李强主持召开全县运动会筹备工作座谈会。县教育局、竞赛保障组、后勤服务部、安全保卫组等汇报了筹备进展情况。
TXT
"$NG" extract --date 2025-05-04 g.txt >g.nq || fail "extract exits non-zero"
for b in 县教育局 竞赛保障组 后勤服务部 安全保卫组; do
  grep -q "${S}attendee> <[^>]*/org/[^>]*$b>" g.nq || fail "$b takes no part"
done
exit 0
