#!/bin/sh
# tests/shell/trad_county.sh -- Taiwan county news in traditional
# characters: a county's social affairs department (社會處) is a body; who
# is present at an activity (到場, 親臨) takes part in it.
fail() { echo "FAIL: $*"; exit 1; }
T='<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>'
A='<http://schema.org/attendee>'

cat >c.txt <<'TXT'
鄉公所舉辦敬老活動

萬丹鄉公所十月二十日舉辦重陽敬老活動,鄉長謝明德出席並致詞。縣議員簡淑貞、鄉民代表會主席莊志成也到場祝福,縣議會議長柯文雄親臨致意。縣長請社會處持續關懷長者。
TXT
"$NG" extract --date 2025-10-21 c.txt >c.nq || fail "extract exits non-zero"
grep -q "/org/[^>]*社会处> $T" c.nq || fail "社會處 is no body"
grep -q "$A <[^>]*/person/简淑贞>" c.nq || fail "到場 is no presence at the activity"
grep -q "$A <[^>]*/person/庄志成>" c.nq || fail "到場 is no presence (second of a list)"
grep -q "$A <[^>]*/person/柯文雄>" c.nq || fail "親臨 is no presence at the activity"
exit 0
