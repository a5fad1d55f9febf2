#!/bin/sh
# tests/shell/evt_also_present.sh -- 出席会议的还有X、Y: the persons and
# bodies after 的还有 take part, as after 的有.
fail() { echo "FAIL: $*"; exit 1; }
S='<http://schema.org/'

cat >a.txt <<'TXT'
会议

4月16日,市长孙立主持召开全市森林防火工作会议。出席会议的还有副市长赵刚、钱明。
4月17日,全市外贸工作会议召开。参加会议的还有市商务局、市税务局负责同志。
TXT
"$NG" extract --date 2025-04-18 a.txt >a.nq || fail "extract exits non-zero"
for p in 赵刚 钱明; do
  grep -q "${S}attendee> <[^>]*/person/$p>" a.nq || fail "$p (的还有) not there"
done
for b in 市商务局 市税务局; do
  grep -q "${S}attendee> <[^>]*/org/[^>]*$b>" a.nq || fail "$b (的还有) not there"
done
exit 0
