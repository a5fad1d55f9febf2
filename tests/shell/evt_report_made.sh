#!/bin/sh
# tests/shell/evt_report_made.sh -- a person who 作关于…的报告 (a report with
# a long title) speaks at the meeting the sentence names.
fail() { echo "FAIL: $*"; exit 1; }
N='<https://w3id.org/newsgraph/ns#'

cat >r.txt <<'TXT'
会议

4月8日，县政协十一届五次会议开幕。县政协副主席柯雅琴代表县政协常委会作工作报告，县政协副主席鲍立新作关于十一届四次会议以来提案工作情况的报告。
TXT
"$NG" extract --date 2025-04-09 r.txt >r.nq || fail "extract exits non-zero"
grep -q "${N}speaker> <[^>]*/person/鲍立新>" r.nq || fail "who 作…的报告 does not speak"
grep -q "${N}speaker> <[^>]*/person/柯雅琴>" r.nq || fail "who 作工作报告 does not speak"
exit 0
