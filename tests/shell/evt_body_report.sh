#!/bin/sh
# tests/shell/evt_body_report.sh -- a body whose report the text cites as
# speaking (县教育局业务报告指出) speaks at the meeting being reported; a body
# that puts proposals to it (通过由县民政局提交的…) takes part.
fail() { echo "FAIL: $*"; exit 1; }
S='<http://schema.org/'
N='<https://w3id.org/newsgraph/ns#'

cat >r.txt <<'TXT'
会议

3月13日,县政府召开今年第二次县务会议。县教育局业务报告指出,全县中小学运动会进展顺利。会议讨论通过由县民政局提交的三项议案。
TXT
"$NG" extract --date 2025-03-14 r.txt >r.nq || fail "extract exits non-zero"
grep -q "${N}speaker> <[^>]*/org/[^>]*县教育局>" r.nq || fail "the body that reports does not speak"
grep -q "${S}attendee> <[^>]*/org/[^>]*县民政局>" r.nq || fail "the body that proposes takes no part"
exit 0
