#!/bin/sh
# tests/shell/trad_dates.sh -- a Hong Kong press release writes the day out
# in brackets after 今日 or 昨日 (今日(三月十二日), 昨日(3月11日)): the
# bracketed date is the event's date, not the end of a range, whatever
# date the article has or lacks; the event's label keeps the date, not
# the word and the brackets (方建邦三月十二日视察荃湾区).
fail() { echo "FAIL: $*"; exit 1; }
D='<http://schema.org/startDate>'

cat >d.txt <<'TXT'
局長視察地區設施

民政事務局局長方建邦今日(三月十二日)視察荃灣區。
TXT
"$NG" extract --date 2025-10-21 d.txt >a.nq || fail "extract exits non-zero"
grep -q "$D \"[0-9-]*03-12\"" a.nq || fail "今日(三月十二日) gives no 03-12 (article dated otherwise)"
"$NG" extract d.txt >b.nq || fail "extract exits non-zero"
grep -q "$D \"[0-9-]*03-12\"" b.nq || fail "今日(三月十二日) gives no 03-12 (article undated)"
L='<http://www.w3.org/2000/01/rdf-schema#label>'
grep -q "$L \"方建邦三月十二日视察荃湾区\"" a.nq || fail "the label keeps 今日(…) (or lost the date)"
cat >e.txt <<'TXT'
局長視察地區設施

民政事務局局長方建邦昨日(3月11日)視察荃灣區。
TXT
"$NG" extract e.txt >e.nq || fail "extract exits non-zero"
grep -q "$D \"[0-9-]*03-11\"" e.nq || fail "昨日(3月11日) gives no 03-11"
exit 0
