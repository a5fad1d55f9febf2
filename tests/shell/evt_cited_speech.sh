#!/bin/sh
# tests/shell/evt_cited_speech.sh -- words spoken at a meeting named in the
# sentence (X在…会议上强调,) are X's at that meeting: neither X nor a 他
# after it speaks at the visit an earlier paragraph reported; when the
# article reports that meeting itself, X speaks at it and no copy is made.
# 在…会议上,X指出 in a later paragraph is that meeting too, undated, not the
# visit's day.
fail() { echo "FAIL: $*"; exit 1; }
S='<http://schema.org/'
N='<https://w3id.org/newsgraph/ns#'
T='<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>'
L='<http://www.w3.org/2000/01/rdf-schema#label>'

cat >visit.txt <<'TXT'
市领导调研

5月6日，市委书记韩立明到示范区调研产业发展工作。
韩立明一行来到智能装备产业园，了解项目建设情况。

市长郭振东在全市经济形势分析会上强调，要稳住经济基本盘。他指出，要抓好项目建设。
TXT
"$NG" extract --date 2024-06-10 visit.txt >v.nq || fail "extract exits non-zero"
visit=$(grep "${N}eventType> ${N}Inspection>" v.nq | sed 's/ .*//')
[ -n "$visit" ] || fail "no visit"
grep "^$visit ${N}speaker>" v.nq | grep -q . &&
  fail "someone speaks at the visit: $(grep "^$visit ${N}speaker>" v.nq)"
grep "^$visit ${S}attendee>" v.nq | grep -q '郭振东' && fail "the mayor attends the visit"
mt=$(grep "$L \"全市经济形势分析会\"" v.nq | sed 's/ .*//')
[ -n "$mt" ] || fail "no meeting 全市经济形势分析会"
grep "^$mt ${N}speaker>" v.nq | grep -q '郭振东' || fail "the mayor does not speak at the meeting"

cat >meeting.txt <<'TXT'
全市经济工作会议召开

5月8日，全市经济工作会议召开。市委书记韩立明出席会议。
市长郭振东在全市经济工作会议上强调，要稳住经济基本盘。他指出，要抓好项目建设。
TXT
"$NG" extract --date 2024-06-10 meeting.txt >m.nq || fail "extract exits non-zero"
[ "$(grep -c "$T ${S}Event>" m.nq)" -eq 1 ] || fail "the meeting is not one event"
grep "${N}speaker>" m.nq | grep -q '郭振东' || fail "the mayor does not speak at the meeting reported"

cat >later.txt <<'TXT'
市领导调研

5月6日，市委书记韩立明到示范区调研产业发展工作。
韩立明一行来到智能装备产业园，了解项目建设情况。

在全市经济形势分析会上，市长郭振东指出，要稳住经济基本盘。
TXT
"$NG" extract --date 2024-06-10 later.txt >l.nq || fail "extract exits non-zero"
visit=$(grep "${N}eventType> ${N}Inspection>" l.nq | sed 's/ .*//')
grep "^$visit ${N}speaker>" l.nq | grep -q . && fail "the mayor speaks at the visit"
mt=$(grep "$L \"全市经济形势分析会\"" l.nq | sed 's/ .*//')
[ -n "$mt" ] || fail "在…分析会上 in a later paragraph is no meeting"
grep -q "^$mt ${N}speaker> <[^>]*/person/郭振东>" l.nq || fail "the mayor does not speak at the meeting"
grep -q "^$mt ${S}startDate>" l.nq && fail "the meeting of a later paragraph takes the visit's day"
exit 0
