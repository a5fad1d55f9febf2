#!/bin/sh
# tests/shell/evt_more_verbs.sh -- more of the genre's doings: a 述职评议会
# where secretaries 作述职报告 (speakers); 讲授专题党课 and 领学 (speakers); a
# patrol led (带队巡查白沙河) and a case supervised on site (现场督办) are
# inspections; 与企业家座谈 is a meeting, and 在座谈时指出 speaks at the
# 座谈会 reported, making no second meeting.
fail() { echo "FAIL: $*"; exit 1; }
S='<http://schema.org/'
N='<https://w3id.org/newsgraph/ns#'
T='<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>'

cat >a.txt <<'TXT'
述职评议会

6月12日，全县乡镇党委书记抓基层党建工作述职评议会召开。县委书记程志远出席会议并作点评。城关镇党委书记任思远、青山乡党委书记葛海峰作述职报告。
TXT
"$NG" extract --date 2024-06-26 a.txt >a.nq || fail "extract exits non-zero"
grep -q "${N}eventType> ${N}Meeting>" a.nq || fail "述职评议会 is no meeting"
for who in 任思远 葛海峰; do
  grep -q "${N}speaker> <[^>]*/person/$who>" a.nq || fail "$who does not speak (作述职报告)"
done

cat >b.txt <<'TXT'
党课

6月25日，市委书记韩立明参加所在党支部主题党日活动，并为支部党员讲授专题党课。市委办公室主任聂文杰领学了党章有关内容。
TXT
"$NG" extract --date 2024-06-26 b.txt >b.nq || fail "extract exits non-zero"
grep -q "${N}speaker> <[^>]*/person/韩立明>" b.nq || fail "who gives the party lesson does not speak"
grep -q "${N}speaker> <[^>]*/person/聂文杰>" b.nq || fail "who leads the reading does not speak"

cat >c.txt <<'TXT'
巡河

6月9日，市委副书记葛晓明带队巡查白沙河，实地查看河道保洁情况。市水利局局长邓志华陪同。
6月13日，副市长孟庆林到临河县现场督办信访积案化解工作。
TXT
"$NG" extract --date 2024-06-26 c.txt >c.nq || fail "extract exits non-zero"
[ "$(grep -c "${N}eventType> ${N}Inspection>" c.nq)" -eq 2 ] || fail "a patrol and a case supervised are not two inspections"
grep -q "${N}lead> <[^>]*/person/葛晓明>" c.nq || fail "who leads the patrol does not lead"
grep -q "${N}lead> <[^>]*/person/孟庆林>" c.nq || fail "who supervises does not lead"

cat >d.txt <<'TXT'
座谈

6月16日，市委书记韩立明与部分民营企业家座谈，听取意见建议。宏达集团董事长曹立新先后发言。
TXT
"$NG" extract --date 2024-06-26 d.txt >d.nq || fail "extract exits non-zero"
grep -q "${N}eventType> ${N}Meeting>" d.nq || fail "与企业家座谈 is no meeting"
grep -q "${S}attendee> <[^>]*/person/韩立明>" d.nq || fail "the secretary is not at the talk"

cat >e.txt <<'TXT'
调研

6月5日，省人大常委会副主任龙振宇率调研组来我县调研。县委书记程志远陪同调研。
6日上午，调研组召开座谈会。龙振宇在座谈时指出，要推动农业农村现代化。
TXT
"$NG" extract --date 2024-06-26 e.txt >e.nq || fail "extract exits non-zero"
[ "$(grep -c "$T ${S}Event>" e.nq)" -eq 2 ] || fail "在座谈时 makes a meeting of its own"
mt=$(grep "${N}eventType> ${N}Meeting>" e.nq | sed 's/ .*//')
grep -q "^$mt ${N}speaker> <[^>]*/person/龙振宇>" e.nq || fail "who speaks in the talk does not speak at the 座谈会"
exit 0
