#!/bin/sh
# tests/shell/evt_co_organizer.sh -- 由甲主办、乙协办的X开幕: both bodies
# organize X, and its name is X alone.
fail() { echo "FAIL: $*"; exit 1; }
S='<http://schema.org/'
L='<http://www.w3.org/2000/01/rdf-schema#label>'

cat >o.txt <<'TXT'
运动会

5月11日,由市总工会主办、市体育局协办的全市职工运动会开幕。
TXT
"$NG" extract --date 2025-05-12 o.txt >o.nq || fail "extract exits non-zero"
grep -q "/event/[^>]*> $L \"全市职工运动会\"" o.nq || fail "the name is not 全市职工运动会"
for b in 市总工会 市体育局; do
  grep -q "${S}organizer> <[^>]*/org/[^>]*$b>" o.nq || fail "$b does not organize"
done
exit 0
