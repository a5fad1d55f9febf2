#!/bin/sh
# tests/shell/evt_visitors.sh -- a delegation that comes to the writer's own
# area (…党政代表团来我市考察交流) makes a visit it takes part in, led by who
# 率团 and accompanied by the host; 会见前 dates what is done before the
# meeting with the visitors by the meeting's day.
fail() { echo "FAIL: $*"; exit 1; }
S='<http://schema.org/'
N='<https://w3id.org/newsgraph/ns#'

cat >a.txt <<'TXT'
交流

6月22日，湖州市党政代表团来我市考察交流。湖州市委书记易文涛率团，市委书记韩立明陪同考察。
TXT
"$NG" extract --date 2024-06-23 a.txt >a.nq || fail "extract exits non-zero"
ev=$(grep "${N}eventType> ${N}Inspection>" a.nq | sed 's/ .*//')
[ -n "$ev" ] || fail "the delegation's visit is no inspection"
grep -q "^$ev ${S}attendee> <[^>]*/org/[^>]*湖州市党政代表团>" a.nq || fail "the delegation does not take part"
grep -q "^$ev ${N}lead> <[^>]*/person/易文涛>" a.nq || fail "who 率团 does not lead"
grep -q "^$ev ${N}accompany> <[^>]*/person/韩立明>" a.nq || fail "the host does not accompany"

cat >b.txt <<'TXT'
会见

6月20日，市委书记韩立明会见了华辰科技集团董事长司马浩然一行。
会见前，司马浩然一行参观了市规划展览馆。
TXT
"$NG" extract --date 2024-06-23 b.txt >b.nq || fail "extract exits non-zero"
ev=$(grep "${N}eventType> ${N}Inspection>" b.nq | sed 's/ .*//')
[ -n "$ev" ] || fail "the guests' tour is no inspection"
grep -q "^$ev ${S}startDate> \"2024-06-20\"" b.nq || fail "会见前 does not date the tour by the meeting"
exit 0
