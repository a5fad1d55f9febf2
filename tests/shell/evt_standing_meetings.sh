#!/bin/sh
# tests/shell/evt_standing_meetings.sh -- standing meetings by their short
# names: 主持召开县政府常务会, 召开党组会 and 召开县委常委会, (at the end of its
# clause) are meetings; 县人大常委会召开第十八次会议 is one meeting, of the
# body, and 常委会(扩大)会议 keeps its name.
fail() { echo "FAIL: $*"; exit 1; }
S='<http://schema.org/'
T='<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>'
L='<http://www.w3.org/2000/01/rdf-schema#label>'
N='<https://w3id.org/newsgraph/ns#'

cat >short.txt <<'TXT'
会议

6月3日，县长吕国华主持召开县政府常务会，研究部署防汛工作。
6月4日，县委书记程志远主持召开县委常委会，研究人事事项。
6月5日，县财政局召开党组会，传达学习有关文件精神。局长邹文杰主持。
TXT
"$NG" extract --date 2024-06-20 short.txt >s.nq || fail "extract exits non-zero"
[ "$(grep -c "$T ${S}Event>" s.nq)" -eq 3 ] || fail "three standing meetings are not three events"
grep "$L \"县政府常务会\"" s.nq >/dev/null || fail "no 县政府常务会"
grep "${N}chair>" s.nq | grep -q '程志远' || fail "the secretary does not chair 县委常委会"
grep "${N}chair>" s.nq | grep -q '邹文杰' || fail "the director does not chair 党组会"

cat >body.txt <<'TXT'
会议

5月29日，县人大常委会召开第十八次会议。县人大常委会主任宓长青主持会议。
5月30日，程志远主持召开常委会（扩大）会议，研究部署防汛工作。
TXT
"$NG" extract --date 2024-06-20 body.txt >b.nq || fail "extract exits non-zero"
[ "$(grep -c "$T ${S}Event>" b.nq)" -eq 2 ] || fail "two meetings are not two events"
grep -q "${S}organizer> <[^>]*/org/[^>]*县人大常委会>" b.nq || fail "the standing committee does not hold its meeting"
grep "$L \"常委会(扩大)会议\"" b.nq >/dev/null || fail "常委会(扩大)会议 loses its name"
exit 0
