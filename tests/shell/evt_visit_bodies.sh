#!/bin/sh
# tests/shell/evt_visit_bodies.sh -- a meeting named after a visit takes
# the visiting delegation (…考察团) but not the bodies whose officers went
# along on the visit (县水利局相关负责人参加检查).
fail() { echo "FAIL: $*"; exit 1; }
S='<http://schema.org/'

cat >v.txt <<'TXT'
检查

7月3日,副县长吴刚带队到青山镇检查防汛工作,县水利局、县应急管理局相关负责人参加检查。
当天下午,镇党委书记郑华在镇政府会议室主持召开镇防汛工作专题会议。
TXT
"$NG" extract --date 2025-07-04 v.txt >v.nq || fail "extract exits non-zero"
ev=$(grep "${S}attendee> <[^>]*/org/[^>]*县水利局>" v.nq | cut -d' ' -f1 | sort -u)
[ -n "$ev" ] || fail "the body takes no part in the visit"
[ "$(echo "$ev" | wc -l)" -eq 1 ] || fail "the body also sits in the town's meeting"

cat >d.txt <<'TXT'
考察

7月5日,市委副书记钱进率市党政考察团到东山县考察,并召开座谈会。
TXT
"$NG" extract --date 2025-07-06 d.txt >d.nq || fail "extract exits non-zero"
n=$(grep "${S}attendee> <[^>]*/org/[^>]*考察团>" d.nq | cut -d' ' -f1 | sort -u | wc -l)
[ "$n" -eq 2 ] || fail "the delegation is in $n events, not the visit and its meeting"
exit 0
