#!/bin/sh
# tests/shell/evt_report_made.sh -- a person who 作关于…的报告 (a report with
# a long title) speaks at the meeting the sentence names.
fail() { echo "FAIL: $*"; exit 1; }
N='<https://w3id.org/newsgraph/ns#'

cat >r.txt <<'TXT'
会议

4月8日，县政协十一届五次会议开幕。县政协副主席牛雅楠代表县政协常委会作工作报告，县政协副主席包新民作关于十一届四次会议以来提案工作情况的报告。
TXT
"$NG" extract --date 2025-04-09 r.txt >r.nq || fail "extract exits non-zero"
grep -q "${N}speaker> <[^>]*/person/包新民>" r.nq || fail "who 作…的报告 does not speak"
grep -q "${N}speaker> <[^>]*/person/牛雅楠>" r.nq || fail "who 作工作报告 does not speak"
exit 0
