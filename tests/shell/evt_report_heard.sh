#!/bin/sh
# tests/shell/evt_report_heard.sh -- 会议听取和审议了…的报告,X受…委托作了
# 报告: the report heard is written out before the next clause, so X's own
# verb there makes X a speaker.
fail() { echo "FAIL: $*"; exit 1; }
N='<https://w3id.org/newsgraph/ns#'

cat >r.txt <<'TXT'
县人大常委会会议

6月20日，县十八届人大常委会第二十次会议召开。县人大常委会主任宓长青主持会议。副县长鞠晓晨列席会议。
会议听取和审议了县人民政府关于2023年度财政决算的报告，鞠晓晨受县人民政府委托作了报告。
TXT
"$NG" extract --date 2024-06-22 r.txt >r.nq || fail "extract exits non-zero"
grep "${N}speaker>" r.nq | grep -q '鞠晓晨' || fail "who makes the report does not speak"
grep "${N}chair>" r.nq | grep -q '宓长青' || fail "who chairs does not chair"
exit 0
