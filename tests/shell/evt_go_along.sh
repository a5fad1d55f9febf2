#!/bin/sh
# tests/shell/evt_go_along.sh -- those who go along on a visit (…负责同志
# 随同考察; 副市长X随行) take part in it.
fail() { echo "FAIL: $*"; exit 1; }
S='<http://schema.org/'

cat >g.txt <<'TXT'
考察

5月7日,市长孙立率市政府考察团赴苏州市考察学习。市发改委、市商务局主要负责同志随同考察,副市长周波随行。
TXT
"$NG" extract --date 2025-05-08 g.txt >g.nq || fail "extract exits non-zero"
for b in 市发展和改革委员会 市商务局; do
  grep -q "${S}attendee> <[^>]*/org/[^>]*$b>" g.nq || fail "$b does not go along"
done
grep -q "${S}attendee> <[^>]*/person/周波>" g.nq || fail "who 随行 takes no part"
exit 0
