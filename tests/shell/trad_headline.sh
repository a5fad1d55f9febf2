#!/bin/sh
# tests/shell/trad_headline.sh -- what only the headline of a traditional-
# character text names keeps the form the text writes as its altLabel (the
# body's entities have it): 中國共產黨 and 澳門立法會財務委員會 from the
# headline are labelled 中国共产党 and 澳门立法会财务委员会 with the
# traditional form beside.
fail() { echo "FAIL: $*"; exit 1; }
AL='<http://www.w3.org/2004/02/skos/core#altLabel>'

cat >a.txt <<'TXT'
中國共產黨青年工作座談

9月1日,有關部門在澳門舉行座談會。
TXT
"$NG" extract --date 2025-09-02 a.txt >a.nq || fail "extract exits non-zero"
grep -q "/org/中国共产党> $AL \"中國共產黨\"" a.nq || fail "中國共產黨 from the headline has no traditional altLabel"
cat >b.txt <<'TXT'
澳門立法會財務委員會會議

9月1日,有關部門在澳門舉行座談會。
TXT
"$NG" extract --date 2025-09-02 b.txt >b.nq || fail "extract exits non-zero"
grep -q "/org/[^>]*澳门立法会财务委员会> $AL \"澳門立法會財務委員會\"" b.nq || fail "澳門立法會財務委員會 from the headline has no traditional altLabel"
exit 0
