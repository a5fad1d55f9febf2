#!/bin/sh
# tests/shell/evt_visit_meeting.sh -- a 座谈会 held during a visit and
# reported as such (座谈会上, 在随后的座谈会上) is a meeting of its own, of
# the visit's day: who speaks there speaks at the meeting, not at the visit,
# and the visiting delegation sits in it.
fail() { echo "FAIL: $*"; exit 1; }
S='<http://schema.org/'
N='<https://w3id.org/newsgraph/ns#'
T='<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>'

cat >visit.txt <<'TXT'
考察

5月6日，市委书记韩立明到示范区调研产业发展工作，市委常委、秘书长陶文斌陪同。
韩立明一行来到智能装备产业园，了解项目建设情况。
在随后的座谈会上，示范区管委会主任赵建业汇报了工作情况。韩立明指出，要加快项目建设。
TXT
"$NG" extract --date 2024-06-10 visit.txt >v.nq || fail "extract exits non-zero"
[ "$(grep -c "$T ${S}Event>" v.nq)" -eq 2 ] || fail "the visit and its 座谈会 are not two events"
visit=$(grep "${N}eventType> ${N}Inspection>" v.nq | sed 's/ .*//')
mt=$(grep "${N}eventType> ${N}Meeting>" v.nq | sed 's/ .*//')
[ -n "$visit" ] && [ -n "$mt" ] || fail "no visit or no meeting"
grep "^$mt ${N}speaker>" v.nq | grep -q '赵建业' || fail "who reports does not speak at the meeting"
grep "^$mt ${N}speaker>" v.nq | grep -q '韩立明' || fail "the visitor does not speak at the meeting"
grep "^$visit ${N}speaker>" v.nq | grep -q . && fail "someone speaks at the visit"
grep "^$visit ${N}lead>" v.nq | grep -q '韩立明' || fail "the visitor does not lead the visit"
grep "^$mt ${S}startDate> \"2024-05-06\"" v.nq >/dev/null || fail "the meeting is not of the visit's day"

cat >group.txt <<'TXT'
参访

3月8日，南湖区青年企业家协会一行到示范区滨湖社区考察。示范区党工委委员孔令达参加活动。
座谈会上，孔令达表示，欢迎企业家们常来交流。
TXT
"$NG" extract --date 2024-03-10 group.txt >g.nq || fail "extract exits non-zero"
mt=$(grep "${N}eventType> ${N}Meeting>" g.nq | sed 's/ .*//')
[ -n "$mt" ] || fail "座谈会上 after a body's visit gives no meeting"
grep "^$mt ${N}speaker>" g.nq | grep -q '孔令达' || fail "who speaks is not at the meeting"
grep "^$mt ${S}attendee>" g.nq | grep -q '南湖区青年企业家协会' || fail "the visiting body does not sit in the meeting"
exit 0
