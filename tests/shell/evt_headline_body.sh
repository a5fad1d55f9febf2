#!/bin/sh
# tests/shell/evt_headline_body.sh -- a headline that names a meeting by its
# body (立法會財務委員會會議, 县人大常委会会议) over a text where the body
# holds a bare 会议 (…举行会议) names the event once: the body does not
# open the label twice.
fail() { echo "FAIL: $*"; exit 1; }
L='<http://www.w3.org/2000/01/rdf-schema#label>'

cat >a.txt <<'TXT'
立法會財務委員會會議

立法會財務委員會今日舉行會議,審議撥款申請。
TXT
"$NG" extract --date 2025-04-09 a.txt >a.nq || fail "extract exits non-zero"
grep -q "/event/[^>]*> $L \"立法会财务委员会会议\"" a.nq || fail "the label is not 立法会财务委员会会议"
grep -q "立法会财务委员会立法会" a.nq && fail "the body opens the label twice"
cat >b.txt <<'TXT'
县人大常委会会议

县人大常委会4月9日举行会议,审议有关报告。主任林文华主持会议。
TXT
"$NG" extract --date 2025-04-10 b.txt >b.nq || fail "extract exits non-zero"
grep -q "/event/[^>]*> $L \"县人大常委会会议\"" b.nq || fail "the label is not 县人大常委会会议"
exit 0
