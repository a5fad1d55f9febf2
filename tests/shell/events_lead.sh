#!/bin/sh
# tests/shell/events_lead.sh -- two ways a report opens: the meeting's name,
# then its date and 召开 (全县…会议5月6日召开), and an official's words at a
# meeting (X在…会议上强调,…). Each is one dated event with its speaker; a
# speech only cited for study (…在…会议上的讲话精神) takes no date from the
# sentence that cites it. A dated meeting by which a decision was made
# (经…2024年5月24日第28次常务会议研究, …第二十次会议通过) is an event of
# that date.
fail() { echo "FAIL: $*"; exit 1; }
S='<http://schema.org/'
N='<https://w3id.org/newsgraph/ns#'
T='<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>'

cat >held.txt <<'TXT'
全县经济工作会议召开

全县经济工作会议于12月20日在示例县行政中心召开。县委书记林振华出席会议并讲话。
TXT
"$NG" extract --date 2024-12-21 held.txt >h.nq || fail "extract exits non-zero"
[ "$(grep -c "$T ${S}Event>" h.nq)" -eq 1 ] || fail "the meeting is not one event"
grep -q "${S}startDate> \"2024-12-20\"" h.nq || fail "the date between the name and 召开 is not the meeting's"
grep "${N}speaker>" h.nq | grep -q '林振华' || fail "出席…并讲话 gives no speaker"

cat >words.txt <<'TXT'
县委书记在全县经济工作会议上强调 坚定信心

12月20日,县委书记林振华在全县经济工作会议上强调,要坚定信心。

会议传达学习了省长孙立新在全省经济工作会议上的讲话精神。
TXT
"$NG" extract --date 2024-12-21 words.txt >w.nq || fail "extract exits non-zero"
grep "${N}speaker>" w.nq | grep '林振华' >sp.nq || fail "在…会议上强调, gives no speaker"
ev=$(sed 's/ .*//' sp.nq | head -n 1)
grep -q "^$ev ${S}startDate> \"2024-12-20\"" w.nq || fail "the words reported have not the sentence's date"
grep "${N}speaker>" w.nq | grep '孙立新' >cited.nq || fail "a cited speech gives no speaker"
ev2=$(sed 's/ .*//' cited.nq | head -n 1)
[ "$ev" != "$ev2" ] || fail "the cited meeting is the one reported"
grep -q "^$ev2 ${S}startDate>" w.nq && fail "a speech cited for study takes a date"

cat >decided.txt <<'TXT'
洛阳市人民政府关于王立民等同志职务任免的通知

经市人民政府2024年5月24日第28次常务会议研究,决定任命王立民为洛阳市教育局局长。
(2024年5月30日洛阳市第十六届人民代表大会常务委员会第二十次会议通过)
TXT
"$NG" extract --date 2024-06-01 decided.txt >d.nq || fail "extract exits non-zero"
grep -q "${S}startDate> \"2024-05-24\"" d.nq || fail "经…常务会议研究 gives no meeting of its date"
grep -q "${S}startDate> \"2024-05-30\"" d.nq || fail "…会议通过 gives no meeting of its date"
grep "#label> \"[^\"]*第二十次会议\"" d.nq | grep -q '常务委员会第二十次会议' ||
  fail "the meeting's label does not run from its date"
exit 0
