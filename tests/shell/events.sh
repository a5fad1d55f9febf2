#!/bin/sh
# tests/shell/events.sh -- events end to end: a meeting report, a visit and
# a chronicle through `newsgraph extract`, with their roles, dates and one
# node for one meeting reported twice.
fail() { echo "FAIL: $*"; exit 1; }
E='<https://w3id.org/newsgraph/id/event/'
S='<http://schema.org/'
N='<https://w3id.org/newsgraph/ns#'

cat >meeting.txt <<'TXT'
示例县召开安全生产工作会议

本报讯 3月5日上午,示例县召开安全生产工作会议。县委副书记、县长林振华主持会议,县应急管理局局长赵明远通报了全县安全生产形势。

会议强调,要压紧压实安全生产责任。林振华指出,要深入开展隐患排查整治。

县领导钱思远、孙立新出席会议。下周将召开全县消防工作推进会。
TXT
"$NG" extract --date 2024-03-06 meeting.txt >m.nq || fail "extract of a meeting exits non-zero"
[ "$(grep -c "> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> ${S}Event>" m.nq)" -eq 1 ] ||
  fail "a meeting reported over three paragraphs is not one event"
grep -q "${S}startDate> \"2024-03-05\"" m.nq || fail "3月5日 is not 2024-03-05"
grep -q "#label> \"[^\"]*安全生产工作会议\"@zh" m.nq || fail "the meeting's own name is not its label"
grep "${N}chair>" m.nq | grep -q '林振华' || fail "主持 gives no chair"
grep "${N}speaker>" m.nq | grep -q '林振华' || fail "指出 in a later paragraph gives no speaker"
grep "${S}attendee>" m.nq | grep -q '孙立新' || fail "出席 gives no attendee"
grep -q '消防工作推进会' m.nq && fail "a planned meeting became an event"

cat >visit.txt <<'TXT'
市长调研重点项目

本报讯 昨日,市委副书记、市长林振华带队到示例县调研重点项目建设,县长孙立新陪同调研。林振华强调,要加快项目建设进度。

在县委书记钱思远的陪同下,林振华还察看了县医院新院区。
TXT
"$NG" extract --date 2024-05-10 visit.txt >v.nq || fail "extract of a visit exits non-zero"
grep -q "${N}eventType> ${N}Inspection>" v.nq || fail "调研 gives no inspection"
grep "${N}lead>" v.nq | grep -q '林振华' || fail "带队…调研 gives no lead"
grep "${N}accompany>" v.nq | grep -q '孙立新' || fail "陪同 gives no accompany"
grep "${N}accompany>" v.nq | grep -q '钱思远' || fail "在X的陪同下 gives no accompany"
[ "$(grep -c "> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> ${S}Event>" v.nq)" -eq 1 ] ||
  fail "two paragraphs of one visit are not one event"
grep -q "${S}startDate> \"2024-05-09\"" v.nq || fail "昨日 is not the day before the article"

cat >chronicle.txt <<'TXT'
2023年12月大事记

12月1日 县长林振华主持召开县政府常务会议。
同日 县长林振华到县医院调研。
12月2日 县委书记钱思远出席全县表彰大会并讲话。
TXT
"$NG" extract --date 2024-01-15 chronicle.txt >c.nq || fail "extract of a chronicle exits non-zero"
[ "$(grep -c "> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> ${S}Event>" c.nq)" -eq 3 ] ||
  fail "three dated entries do not give three events"
[ "$(grep -c "${S}startDate> \"2023-12-01\"" c.nq)" -eq 2 ] || fail "同日 is not 12月1日 of the year before"
grep "${N}speaker>" c.nq | grep -q '钱思远' || fail "出席…并讲话 gives no speaker"

# A file in traditional characters: the label is simplified, the name as
# written is an altLabel.
cat >trad.txt <<'TXT'
縣府召開縣務會議

本報訊 3月12日,縣政府召開今年第二次縣務會議,縣長林振華主持會議並講話。
TXT
"$NG" extract --date 2024-03-13 trad.txt >t.nq || fail "extract of a traditional file exits non-zero"
grep "/event/" t.nq | grep -q '#label> "[^"]*县务会议"@zh' || fail "the event label is not simplified"
grep "/event/" t.nq | grep -q 'altLabel> "[^"]*縣務會議"@zh' || fail "the traditional name is no altLabel"

# The same meeting reported by two files is one node.
cp meeting.txt again.txt
"$NG" extract --date 2024-03-06 meeting.txt again.txt >two.nq || fail "extract of two files exits non-zero"
[ "$(grep "${S}about> $E" two.nq | sed 's/.*about> \(<[^>]*>\).*/\1/' | sort -u | wc -l)" -eq 1 ] ||
  fail "one meeting in two files is two nodes"
exit 0
