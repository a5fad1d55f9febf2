#!/bin/sh
# tests/shell/trad_deputy.sh -- a head and the deputy joined by 及 or 和
# (民政及青年事務局局長X及副局長Y, 市教育局局长X和副局长Y): the deputy's post
# is in the head's body, as with 、; a post that is no deputy's of the one
# before (市委书记X及市长Y) takes no body from it.
fail() { echo "FAIL: $*"; exit 1; }
H='<http://www.w3.org/ns/org#holds>'

cat >d.txt <<'TXT'
委員會會議

民政及青年事務局局長麥家豪及副局長鍾慧芬出席會議。市教育局局长王文斌和副局长李文明出席会议。市委书记赵文华及市长孙海出席。
TXT
"$NG" extract --date 2025-05-20 d.txt >d.nq || fail "extract exits non-zero"
grep -q "/person/钟慧芬> $H <[^>]*民政及青年事务局副局长>" d.nq || fail "副局長 after 及 is held in no bureau"
grep -q "/person/李文明> $H <[^>]*市教育局副局长>" d.nq || fail "副局长 after 和 is held in no bureau"
grep -q "/person/孙海> $H <[^>]*市委市长>" d.nq && fail "市长 after 及 is put in 市委"
exit 0
