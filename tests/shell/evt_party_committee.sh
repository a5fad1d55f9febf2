#!/bin/sh
# tests/shell/evt_party_committee.sh -- a meeting of a Party committee's
# standing committee (市委常委会(扩大)会议) is held by that committee (市委)
# when the article names it, also as the subject of 召开 (县委常委会召开
# 会议); a people's congress standing committee's
# meeting stays its own (区人大常委会).
fail() { echo "FAIL: $*"; exit 1; }
S='<http://schema.org/'

cat >p.txt <<'TXT'
市委召开常委会会议

7月2日,市委书记孙立主持召开市委常委会(扩大)会议,研究部署防汛救灾工作。市委副书记、市长郑方出席会议。
7月3日,区人大常委会主任钱明主持召开区人大常委会第十二次会议。
TXT
cat >q.txt <<'TXT'
县委常委会召开会议

7月8日,县委常委会召开会议,县委书记赵敏主持会议。
TXT
"$NG" extract --date 2025-07-09 q.txt >q.nq || fail "extract exits non-zero"
grep "${S}organizer>" q.nq | grep -q "/org/[^>]*县委>" ||
  fail "县委常委会召开会议 is not held by the Party committee"

"$NG" extract --date 2025-07-04 p.txt >p.nq || fail "extract exits non-zero"
grep "${S}organizer>" p.nq | grep -q "/org/[^>]*市委>" ||
  fail "the Party committee does not hold its standing committee's meeting"
grep "${S}organizer>" p.nq | grep -q "/org/[^>]*市委常委会>" &&
  fail "the standing committee still holds the meeting"
grep "${S}organizer>" p.nq | grep -q "/org/[^>]*区人大常委会>" ||
  fail "a congress standing committee no longer holds its meeting"
exit 0
