#!/bin/sh
# tests/shell/evt_branch_venue.sh -- who watches a meeting from a branch
# venue (在县分会场收听收看会议) attends it.
fail() { echo "FAIL: $*"; exit 1; }
S='<http://schema.org/'

cat >b.txt <<'TXT'
会议

7月2日,全省安全生产电视电话会议召开。县长刘平在县分会场收听收看会议。
TXT
"$NG" extract --date 2025-07-03 b.txt >b.nq || fail "extract exits non-zero"
grep -q "${S}attendee> <[^>]*/person/刘平>" b.nq || fail "who 收听收看 does not attend"
exit 0
